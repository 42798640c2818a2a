#include "zipdirectory.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QRegularExpression>
#include <QtEndian>

namespace Dossier {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Dossier::ZipDirectory", text);
}

constexpr quint32 kEndSignature = 0x06054b50;
constexpr quint32 kEntrySignature = 0x02014b50;
constexpr qint64 kEndSize = 22;
constexpr qint64 kEntrySize = 46;
constexpr qint64 kMaxComment = 0xffff;

quint16 u16(const QByteArray &data, qint64 at)
{
    return qFromLittleEndian<quint16>(data.constData() + at);
}

quint32 u32(const QByteArray &data, qint64 at)
{
    return qFromLittleEndian<quint32>(data.constData() + at);
}

} // namespace

bool ZipDirectory::isPlainName(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$"));
    if (!plain.match(name).hasMatch())
        return false;
    for (QStringView segment : QStringView(name).split(QLatin1Char('/'))) {
        if (segment == QLatin1String(".") || segment == QLatin1String(".."))
            return false;
    }
    return true;
}

Expected<QList<ZipDirectory::Entry>> ZipDirectory::read(QIODevice &device)
{
    const qint64 size = device.size();
    const Result notZip = Result::failure(tr("it is not a zip archive"));
    if (size < kEndSize)
        return notZip;
    device.seek(0);
    const bool looksLikeZip = device.read(4) == QByteArrayLiteral("PK\x03\x04");
    const Result damaged = Result::failure(tr("the zip archive is damaged or truncated"));

    // The end record sits in the last 22 bytes plus at most a comment.
    const qint64 tailSize = qMin(size, kEndSize + kMaxComment);
    device.seek(size - tailSize);
    const QByteArray tail = device.read(tailSize);
    if (tail.size() != tailSize)
        return damaged;
    qint64 end = -1;
    for (qint64 at = tail.size() - kEndSize; at >= 0; --at) {
        if (u32(tail, at) == kEndSignature && at + kEndSize + u16(tail, at + 20) == tail.size()) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return looksLikeZip ? damaged : notZip;
    const quint16 count = u16(tail, end + 10);
    const quint32 directorySize = u32(tail, end + 12);
    const quint32 directoryOffset = u32(tail, end + 16);
    if (count == 0xffff || directorySize == 0xffffffff || directoryOffset == 0xffffffff)
        return Result::failure(tr("the archive uses ZIP64, for archives larger than a bundle may be"));
    if (u16(tail, end + 4) != 0 || u16(tail, end + 6) != 0 || u16(tail, end + 8) != count)
        return Result::failure(tr("the archive is split over several files"));
    const qint64 endOffset = size - tailSize + end;
    if (qint64(directoryOffset) + directorySize > endOffset)
        return damaged;

    device.seek(directoryOffset);
    const QByteArray directory = device.read(directorySize);
    if (directory.size() != qint64(directorySize))
        return damaged;
    QList<Entry> entries;
    qint64 at = 0;
    for (int i = 0; i < count; ++i) {
        if (at + kEntrySize > directory.size() || u32(directory, at) != kEntrySignature)
            return damaged;
        const quint16 nameLength = u16(directory, at + 28);
        const qint64 next = at + kEntrySize + nameLength + u16(directory, at + 30) + u16(directory, at + 32);
        if (next > directory.size())
            return damaged;
        Entry e;
        e.encrypted = u16(directory, at + 8) & 1;
        e.method = u16(directory, at + 10);
        e.compressedSize = u32(directory, at + 20);
        e.uncompressedSize = u32(directory, at + 24);
        if (e.compressedSize == 0xffffffff || e.uncompressedSize == 0xffffffff)
            return Result::failure(tr("the archive uses ZIP64, for archives larger than a bundle may be"));
        const quint32 external = u32(directory, at + 38);
        const int host = u16(directory, at + 4) >> 8;
        const quint32 mode = external >> 16;
        e.isSymlink = host == 3 && (mode & 0170000) == 0120000; // 3: Unix
        e.name = QString::fromUtf8(directory.constData() + at + kEntrySize, nameLength);
        e.isDirectory = e.name.endsWith(QLatin1Char('/')) || (host == 3 && (mode & 0170000) == 0040000);
        entries.append(e);
        at = next;
    }
    return entries;
}

} // namespace Dossier
