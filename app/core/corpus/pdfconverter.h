#pragma once

#include "result.h"

#include <QString>

namespace Dossier::PdfConverter {

// The separator between two pages of a PDF's text: a line holding only a
// form feed (U+000C), as pdftotext marks pages. Offsets stay plain text
// offsets; the reader shows the page break as an empty line.
inline constexpr QChar kPageBreak = QChar(0x000C);

// The text of a PDF through Qt PDF, page by page, pages joined by
// "\n\f\n". A damaged, encrypted or text-less (scanned) PDF is an error with
// a message saying which.
Expected<QString> textOf(const QString &path);

} // namespace Dossier::PdfConverter
