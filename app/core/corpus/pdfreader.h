#pragma once

#include <QString>

// Reading a PDF's text with Qt PDF (PDFium), in this process and without a
// time limit. Only the helper program dossier-pdftext calls this: PDFium can
// loop forever on a damaged file and cannot be interrupted inside a thread,
// so Dossier itself reads PDFs through PdfConverter::textOf(), which runs the
// helper in its own process with a time limit.
namespace Dossier::PdfReader {

// How a read ended. The helper's exit status is this value, so it must stay
// apart from the statuses a process ends with for other reasons (0 is
// success; 1 and 2 are common failures; 126, 127 and above 128 come from the
// shell and signals).
enum class Status {
    Ok = 0,
    FileNotFound = 10,
    Protected = 11, // a password or an unsupported security scheme
    Damaged = 12,
    NoPages = 13,
    NoText = 14, // pages without a text layer (scanned images)
    Unreadable = 15,
};

struct Result {
    Status status = Status::Unreadable;
    QString text; // with Status::Ok
};

// The separator between two pages of a PDF's text: a line holding only a
// form feed (U+000C), as pdftotext marks pages. Offsets stay plain text
// offsets; the reader shows the page break as an empty line.
inline constexpr QChar kPageBreak = QChar(0x000C);

// The text page by page, pages joined by "\n\f\n", lines ended by "\n",
// trailing blanks removed.
Result read(const QString &path);

} // namespace Dossier::PdfReader
