#pragma once

#include "analysis/entities.h"
#include "corpus/document.h"
#include "result.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

namespace Dossier {

class Database;

// The analysis cache (what the engine found in a text, keyed by the text's
// hash and the engine's version) and the corpus-wide entity index built
// from it.
class AnalysisStore
{
public:
    enum class Kind { Body, Speaker, Statistic };

    struct Mention {
        qint64 documentId = 0;
        QString documentTitle;
        QDate documentDate;
        Kind kind = Kind::Body;
        QString entity; // canonical body, resolved speaker, or statistic unit
        int start = 0;  // code points
        int end = 0;
        QString text;
    };

    struct EntityCount {
        QString entity;
        int mentions = 0;
        int documents = 0;
    };

    explicit AnalysisStore(Database &database);

    std::optional<Extraction> cached(const QString &sha256, const QString &engineVersion) const;
    // The cached extractions of the texts with these hashes, by hash; one
    // query for all of them.
    QHash<QString, Extraction> cached(const QStringList &sha256s, const QString &engineVersion) const;

    struct Analysed {
        Document document; // with its text
        Extraction extraction;
    };

    // Stores the extraction of a document and replaces its index entries,
    // in one transaction.
    Result save(const Document &document, const QString &engineVersion, const Extraction &extraction);
    // The same for many documents, all in one transaction.
    Result save(const QString &engineVersion, const QList<Analysed> &analysed);

    // Ids of documents without an index for this engine version.
    Expected<QList<qint64>> documentsToAnalyse(const QString &engineVersion) const;

    // Every mention of an entity across the corpus, in date order.
    Expected<QList<Mention>> mentions(Kind kind, const QString &entity, const QString &engineVersion) const;
    // Every mention of a kind, in the given documents (all when empty), by
    // document and position; without titles and dates.
    Expected<QList<Mention>> mentionsOfKind(Kind kind, const QString &engineVersion, const QList<qint64> &documentIds = {}) const;
    // The entities of a kind with their counts, most mentioned first.
    Expected<QList<EntityCount>> entities(Kind kind, const QString &engineVersion) const;

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);

private:
    Database &m_database;
};

} // namespace Dossier
