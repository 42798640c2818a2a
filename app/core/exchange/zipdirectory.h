#pragma once

#include "result.h"

#include <QList>
#include <QString>

class QIODevice;

namespace Dossier {

// A zip archive's central directory, read byte by byte before any zip
// library sees the file, so that what a bundle claims to hold (names,
// sizes, links) is judged on the raw record and not on how a library
// tidies it up.
class ZipDirectory
{
public:
    struct Entry {
        QString name; // as recorded, undecoded beyond UTF-8
        qint64 compressedSize = 0;
        qint64 uncompressedSize = 0;
        int method = 0; // 0 stored, 8 deflated
        bool encrypted = false;
        bool isSymlink = false;
        bool isDirectory = false;
    };

    // Reads the directory of the archive in device (open, seekable). Fails
    // for what is not a zip archive, a truncated one and ZIP64 archives.
    static Expected<QList<Entry>> read(QIODevice &device);

    // A name safe to use as a path below a folder: relative, "/"-separated
    // segments of letters, digits, ".", "_" and "-", none of them "." or "..".
    static bool isPlainName(const QString &name);
};

} // namespace Dossier
