#pragma once

#include "analysis/entities.h"
#include "corpus/document.h"
#include "result.h"

#include <QByteArray>
#include <QStringList>

namespace Dossier::Importer {

// Files above this size are refused: a corpus text is rarely above a few
// megabytes, and a larger file is almost always something else (a video, a
// disk image, a scanned book).
inline constexpr qint64 kMaximumFileSize = 50 * 1024 * 1024;

enum class Format { Text, Html, Markdown, Pdf };

// The file name suffixes taken from folders (lower case, without the dot).
QStringList suffixes();

// The format of a file from its suffix, or from its first bytes when the
// suffix is unknown (a PDF's %PDF- header wins over any suffix).
Format formatOf(const QString &fileName, const QByteArray &head);

// Reads one file and turns it into a Document: text converted (BOM dropped,
// HTML and Markdown markup stripped, PDF pages joined), metadata detected,
// source name set. The only path this opens is path itself. On rejection the
// message says why in one sentence.
Expected<Document> importFile(const QString &path);
// The same, also giving the page furniture found in the text
// (Furniture::detect's spans), which DocumentBatch::append() takes so that
// it is not detected a second time for the search text.
Expected<Document> importFile(const QString &path, QList<TextSpan> *furniture);

// One file read for an import, as a worker thread hands it to the thread
// that writes: the document with its furniture, or why it was rejected.
struct ReadFile {
    QString path;
    Document document;
    QList<TextSpan> furniture;
    QString error; // empty when the file was read
};
ReadFile readFile(const QString &path);

// The same for bytes already read (not for PDF, which Qt PDF reads from the
// file); fileName gives the format and the source name.
Expected<Document> importBytes(const QByteArray &bytes, const QString &fileName);
Expected<Document> importBytes(const QByteArray &bytes, const QString &fileName, QList<TextSpan> *furniture);

// The files to import for paths given by the user: files as they are,
// folders recursively (files with a known suffix, hidden ones skipped), in a
// stable order. A path that does not exist is kept so that importing it
// reports the problem.
QStringList expandPaths(const QStringList &paths);

} // namespace Dossier::Importer
