#pragma once

#include "briefing.h"
#include "result.h"

class QPagedPaintDevice;
class QTextDocument;

namespace Dossier {

// Paints a composed briefing onto pages: running header with the title
// (from the second page), page numbers, the options' paper size; headings
// never stand alone at the foot of a page. The same code prints (QPrinter)
// and writes PDF (QPdfWriter: vector text, fonts embedded, metadata set).
namespace BriefingWriter {

// Paints onto a device; returns the number of pages.
int paint(QPagedPaintDevice *device, const BriefingOptions &options, QTextDocument &document);

// Writes a PDF file (through QSaveFile: a failed write leaves no file).
Result writePdf(const QString &path, const BriefingOptions &options, QTextDocument &document);

} // namespace BriefingWriter
} // namespace Dossier
