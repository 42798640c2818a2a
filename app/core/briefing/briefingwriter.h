#pragma once

#include "briefing.h"
#include "result.h"

#include <functional>

class QPagedPaintDevice;
class QTextDocument;

namespace Dossier {

// Paints a composed briefing onto pages: running header with the title
// (from the second page), page numbers, the options' paper size; headings
// never stand alone at the foot of a page. The same code prints (QPrinter)
// and writes PDF (QPdfWriter: vector text, fonts embedded, metadata set).
namespace BriefingWriter {

// Told how far the painting is: (0, 0) while the pages are laid out, then
// (pages painted, pages). Returning false stops the painting.
using Progress = std::function<bool(int page, int pages)>;

// Paints onto a device; returns the number of pages, or -1 when stopped.
int paint(QPagedPaintDevice *device, const BriefingOptions &options, QTextDocument &document, const Progress &progress = {});

// Writes a PDF file (through QSaveFile: a failed or stopped write leaves no
// file, and a file that was there as it was).
Result writePdf(const QString &path, const BriefingOptions &options, QTextDocument &document, const Progress &progress = {});

} // namespace BriefingWriter
} // namespace Dossier
