#pragma once

#include "briefing.h"

#include <QTextDocument>

#include <memory>

namespace Dossier {

// A QTextDocument that never loads a resource: whatever the documents
// contain, rendering a briefing reads no file and no URL.
class ClosedTextDocument : public QTextDocument
{
    Q_OBJECT
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int type, const QUrl &name) override;
};

// Lays out a briefing: cover, executive summary, key figures (statistics
// and changes), who said what, government bodies, annotated passages by
// tag, sources. Every claim carries its source and date.
class BriefingComposer
{
public:
    BriefingComposer(const BriefingOptions &options, const BriefingMaterial &material);

    // The document, laid out for the options' paper (page size set).
    std::unique_ptr<QTextDocument> compose() const;

private:
    const BriefingOptions &m_options;
    const BriefingMaterial &m_material;
};

} // namespace Dossier
