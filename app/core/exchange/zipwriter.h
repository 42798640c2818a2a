#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Dossier {

// Writes a zip archive (KArchive's KZip) all at once: built in memory, then
// saved with QSaveFile, so that a failure leaves no half-written file and an
// existing one untouched.
class ZipWriter
{
public:
    using Entry = QPair<QString, QByteArray>; // name, content

    static Result write(const QString &path, const QList<Entry> &entries);
};

} // namespace Dossier
