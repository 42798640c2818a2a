#pragma once

#include "bundle.h"
#include "result.h"

namespace Dossier {

// Writes a Bundle as a REFI-QDA project (.qdpx, QDA-XML 1.0, for NVivo,
// ATLAS.ti, MAXQDA, QualCoder...): project.qde in the namespace
// urn:QDA-XML:project:1.0 and a lowercase sources/ folder of <GUID>.txt
// files, referenced as internal://<GUID>.txt. Documents become text
// sources, tags codes (hierarchy kept, colours as #RRGGBB), annotations
// codings on PlainTextSelections with their notes as Notes, the author the
// User. Texts are written as UTF-8 with LF line ends and no byte-order
// mark, and positions (code points, end exclusive) are counted on the text
// as written (see ExportText). Orphaned annotations have no place in the
// text and are left out.
class QdpxWriter
{
public:
    struct Report {
        int sources = 0;
        int selections = 0;
        int skipped = 0; // orphaned, or empty once CRLF became LF
    };

    static Expected<Report> write(const Bundle &bundle, const QString &path);
    // The project.qde of a bundle, and the source files it refers to.
    static QByteArray projectXml(const Bundle &bundle, QList<QPair<QString, QByteArray>> *sources, Report *report);
};

} // namespace Dossier
