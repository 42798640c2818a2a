#include "zipwriter.h"

#include <KZip>

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QSaveFile>

namespace Dossier {

Result ZipWriter::write(const QString &path, const QList<Entry> &entries)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("Dossier::ZipWriter", text); };
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        KZip zip(&buffer);
        zip.setCompression(KZip::DeflateCompression);
        zip.setExtraField(KZip::NoExtraField);
        if (!zip.open(QIODevice::WriteOnly))
            return Result::failure(tr("Cannot write %1: %2").arg(path, zip.errorString()));
        const QDateTime time = QDateTime::currentDateTime();
        for (const Entry &e : entries) {
            if (!zip.writeFile(e.first, e.second, 0100644, QString(), QString(), time, time, time))
                return Result::failure(tr("Cannot write %1: %2").arg(path, zip.errorString()));
        }
        if (!zip.close())
            return Result::failure(tr("Cannot write %1: %2").arg(path, zip.errorString()));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Result::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Result::success();
}

} // namespace Dossier
