#pragma once

#include "entities.h"
#include "gazetteer.h"

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

    explicit EntityEngine(QObject *parent = nullptr);

    // False when the definition could not be loaded; errorString() says why.
    bool isValid() const { return m_definition.isValid() && m_gazetteer.isValid(); }
    QString errorString() const;

    KSyntaxHighlighting::Repository &repository() { return m_repository; }
    KSyntaxHighlighting::Definition definition() const { return m_definition; }
    const Gazetteer &gazetteer() const { return m_gazetteer; }

    // Everything found in text. Not thread-safe: use one engine per thread.
    Extraction extract(const QString &text) const;

private:
    KSyntaxHighlighting::Repository m_repository;
    KSyntaxHighlighting::Definition m_definition;
    Gazetteer m_gazetteer;
};

} // namespace Dossier
