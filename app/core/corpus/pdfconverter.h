#pragma once

#include "corpus/pdfreader.h"
#include "result.h"

#include <QString>

#include <chrono>

namespace Dossier::PdfConverter {

using PdfReader::kPageBreak;

// The text of a PDF (see PdfReader::read), read by the helper program
// dossier-pdftext in its own process, so that a file on which PDFium loops
// forever or crashes costs a bounded time and one message, never the app.
// A damaged, encrypted or text-less (scanned) PDF is an error with a message
// saying which. Blocks the calling thread: call it on a worker. Each worker
// thread keeps its helper running for the next files (a few dozen, then a
// fresh one); a helper that hangs, crashes or is abandoned is ended.
Expected<QString> textOf(const QString &path);

// How long textOf() lets the helper read a file of this size: 30 s plus 2 s
// per megabyte. The environment variable DOSSIER_PDF_TIME_LIMIT (seconds)
// replaces it, for tests and for very slow machines.
std::chrono::milliseconds timeLimitFor(qint64 bytes);

// Stops every read in progress in this process: each ends its helper and
// returns an error at once. For Cancel and for quitting during an import.
void abandonReads();

// The helper: DOSSIER_PDF_HELPER if set, else dossier-pdftext beside the
// running program (the build tree), else the installed one.
QString helperPath();

} // namespace Dossier::PdfConverter
