#pragma once

#include "entities.h"
#include "gazetteer.h"
#include "result.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

#include <QObject>

namespace Dossier {

// The analysis engine: Dossier's syntax definition (one source of truth for
// the reader's colours and the extractor) plus the gazetteer and the C++
// passes. One owner per application, passed to who needs it.
class EntityEngine : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *DefinitionName = "Dossier Entities";
    static constexpr int BuiltInDefinitionVersion = DOSSIER_DEFINITION_VERSION;

    // userDirectory holds the bodies a user marked and the definition made
    // from them (default: the per-user data location).
    explicit EntityEngine(QObject *parent = nullptr, const QString &userDirectory = defaultUserDirectory());
    static QString defaultUserDirectory();

    // False when the definition could not be loaded; errorString() says why.
    bool isValid() const { return m_definition.isValid() && m_gazetteer.isValid(); }
    QString errorString() const;

    KSyntaxHighlighting::Repository &repository() { return m_repository; }
    KSyntaxHighlighting::Definition definition() const { return m_definition; }
    const Gazetteer &gazetteer() const { return m_gazetteer; }

    // Everything found in text. Not thread-safe: use one engine per thread.
    Extraction extract(const QString &text) const;

    // KSyntaxHighlighting's repository is not thread-safe: an engine of the
    // calling thread's own, made on first use (for QtConcurrent workers).
    static const EntityEngine &forThisThread();

    // Marks name as a government body: it is added to the user's gazetteer
    // and a definition with it is written to the user directory and loaded,
    // so it takes effect at once (definitionChanged()) and after restarts.
    Result addUserBody(const QString &name, const QString &canonical = {}, const QString &jurisdiction = {});
    QList<Gazetteer::Body> userBodies() const { return m_userBodies; }

Q_SIGNALS:
    void definitionChanged();

private:
    void load();

    QString m_userDirectory;
    QList<Gazetteer::Body> m_userBodies;
    KSyntaxHighlighting::Repository m_repository;
    KSyntaxHighlighting::Definition m_definition;
    Gazetteer m_gazetteer;
};

} // namespace Dossier
