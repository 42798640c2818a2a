#pragma once

#include "corpus/pdfreader.h"
#include "result.h"

#include <QString>

namespace Dossier::PdfConverter {

// The text of a PDF (see PdfReader::read), read by the helper program
// dossier-pdftext in its own process, so that a file on which PDFium loops
// forever or crashes costs a bounded time and one message, never the app.
// A damaged, encrypted or text-less (scanned) PDF is an error with a message
// saying which. Blocks the calling thread: call it on a worker. Each worker
// thread keeps its helper running for the next files (a few dozen, then a
// fresh one); a helper that hangs, crashes or is abandoned is ended.
// The time limit is 30 s plus 2 s per megabyte; DOSSIER_PDF_TIME_LIMIT
// (seconds) replaces it. DOSSIER_PDF_HELPER names another helper program.
Expected<QString> textOf(const QString &path);

// Stops every read in progress in this process: each ends its helper and
// returns an error at once. For Cancel and for quitting during an import.
void abandonReads();

} // namespace Dossier::PdfConverter
