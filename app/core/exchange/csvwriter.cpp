#include "csvwriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QSaveFile>

namespace Dossier {

QString CsvWriter::field(const QString &value)
{
    QString text = value;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.at(0)))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char('"')) || text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QByteArray CsvWriter::csv(const Bundle &bundle)
{
    QHash<QString, const Document *> documents;
    for (const BundleDocument &d : bundle.documents)
        documents.insert(d.document.sha256, &d.document);
    const QStringList header{
        QStringLiteral("document"), QStringLiteral("date"), QStringLiteral("publisher"), QStringLiteral("quote"),
        QStringLiteral("note"), QStringLiteral("tags"), QStringLiteral("colour"), QStringLiteral("start"),
        QStringLiteral("end"), QStringLiteral("created"), QStringLiteral("modified"), QStringLiteral("id"),
    };
    QString out = header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const BundleAnnotation &b : bundle.annotations) {
        const Annotation &a = b.annotation;
        const Document *d = documents.value(b.documentSha256);
        const QStringList row{
            field(d ? d->title : QString()),
            d && d->publishedOn.isValid() ? d->publishedOn.toString(Qt::ISODate) : QString(),
            field(d ? d->publisher : QString()),
            field(a.exact),
            field(a.note),
            field(b.tagPaths.join(QStringLiteral("; "))),
            a.colour,
            QString::number(a.start),
            QString::number(a.end),
            a.created.toUTC().toString(Qt::ISODate),
            a.modified.toUTC().toString(Qt::ISODate),
            QStringLiteral("urn:uuid:") + a.uuid,
        };
        out += row.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

Result CsvWriter::write(const Bundle &bundle, const QString &path)
{
    const QByteArray bytes = csv(bundle);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Result::failure(QCoreApplication::translate("Dossier::CsvWriter", "Cannot write %1: %2").arg(path, file.errorString()));
    return Result::success();
}

} // namespace Dossier
