#include "importer.h"

#include "corpus/furniture.h"
#include "corpus/htmlconverter.h"
#include "corpus/markdownconverter.h"
#include "corpus/metadata.h"
#include "corpus/pdfconverter.h"
#include "corpus/textdecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcImport, "dossier.import", QtInfoMsg)

namespace Dossier::Importer {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Dossier::Importer", text);
}

Format formatFromSuffix(const QString &fileName, bool *known)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    *known = true;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("xhtml"))
        return Format::Html;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return Format::Markdown;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    *known = suffix == QLatin1String("txt") || suffix == QLatin1String("text");
    return Format::Text;
}

Expected<Document> finish(QString text, const QString &fileName, const QString &title, QList<TextSpan> *furniture)
{
    if (text.trimmed().isEmpty())
        return Result::failure(tr("The file has no text."));
    Document document;
    QList<TextSpan> found = Furniture::detect(text);
    const Metadata metadata = Metadata::detect(text, found);
    if (furniture)
        *furniture = std::move(found);
    document.text = std::move(text);
    // A page's declared title wins unless it is the detected headline with
    // the site's name around it ("Headline | Site").
    document.title = !title.isEmpty() && !(metadata.title.size() > 0 && title.contains(metadata.title)) ? title : metadata.title;
    document.publisher = metadata.publisher;
    document.publishedOn = metadata.date;
    document.language = metadata.language;
    document.kind = metadata.kind;
    document.sourceName = QFileInfo(fileName).fileName();
    document.sha256 = Document::hashText(document.text);
    return document;
}

} // namespace

QStringList suffixes()
{
    return {QStringLiteral("txt"), QStringLiteral("text"), QStringLiteral("html"), QStringLiteral("htm"),
            QStringLiteral("xhtml"), QStringLiteral("md"), QStringLiteral("markdown"), QStringLiteral("pdf")};
}

Format formatOf(const QString &fileName, const QByteArray &head)
{
    if (head.startsWith("%PDF-"))
        return Format::Pdf;
    bool known = false;
    const Format format = formatFromSuffix(fileName, &known);
    if (known)
        return format;
    const QByteArray start = head.left(512).trimmed().toLower();
    if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<html"))
        return Format::Html;
    return Format::Text;
}

Expected<Document> importBytes(const QByteArray &bytes, const QString &fileName)
{
    return importBytes(bytes, fileName, nullptr);
}

Expected<Document> importBytes(const QByteArray &bytes, const QString &fileName, QList<TextSpan> *furniture)
{
    if (bytes.isEmpty())
        return Result::failure(tr("The file is empty."));
    if (bytes.size() > kMaximumFileSize)
        return Result::failure(tr("The file is larger than %1 MB, the most Dossier imports.").arg(kMaximumFileSize / (1024 * 1024)));
    const Format format = formatOf(fileName, bytes.left(1024));
    if (format == Format::Pdf)
        return Result::failure(tr("A PDF is read from its file, not from memory."));

    const QByteArray charset = format == Format::Html ? HtmlConverter::declaredCharset(bytes) : QByteArray();
    const Expected<TextDecoder::Decoded> decoded = TextDecoder::decode(bytes, charset);
    if (!decoded)
        return Result::failure(decoded.error());
    qCDebug(lcImport) << fileName << "decoded as" << decoded->encoding;

    switch (format) {
    case Format::Html: {
        const HtmlConverter html(decoded->text);
        return finish(html.text(), fileName, html.title(), furniture);
    }
    case Format::Markdown: {
        const MarkdownConverter markdown(decoded->text);
        return finish(markdown.text(), fileName, markdown.title(), furniture);
    }
    default:
        return finish(decoded->text, fileName, QString(), furniture);
    }
}

Expected<Document> importFile(const QString &path)
{
    return importFile(path, nullptr);
}

ReadFile readFile(const QString &path)
{
    ReadFile read;
    read.path = path;
    Expected<Document> document = importFile(path, &read.furniture);
    if (document)
        read.document = std::move(document.value());
    else
        read.error = document.error();
    return read;
}

Expected<Document> importFile(const QString &path, QList<TextSpan> *furniture)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Result::failure(tr("The file does not exist."));
    if (info.isDir())
        return Result::failure(tr("This is a folder, not a file."));
    if (!info.isFile())
        return Result::failure(tr("This is not a regular file."));
    if (info.size() > kMaximumFileSize)
        return Result::failure(tr("The file is %1 MB; Dossier imports files of up to %2 MB.")
                                   .arg((info.size() + 1024 * 1024 - 1) / (1024 * 1024))
                                   .arg(kMaximumFileSize / (1024 * 1024)));
    if (info.size() == 0)
        return Result::failure(tr("The file is empty."));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result::failure(tr("The file cannot be read: %1.").arg(file.errorString()));
    const QByteArray head = file.peek(1024);
    if (formatOf(path, head) == Format::Pdf) {
        file.close();
        Expected<QString> text = PdfConverter::textOf(path);
        if (!text)
            return Result::failure(text.error());
        return finish(text.value(), path, QString(), furniture);
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Result::failure(tr("The file cannot be read: %1.").arg(file.errorString()));
    return importBytes(bytes, path, furniture);
}

QStringList expandPaths(const QStringList &paths)
{
    QStringList files;
    QStringList patterns;
    for (const QString &suffix : suffixes())
        patterns.append(QStringLiteral("*.") + suffix);
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            files.append(path);
            continue;
        }
        QStringList found;
        QDirIterator it(path, patterns, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            found.append(it.next());
        found.sort();
        files.append(found);
    }
    return files;
}

} // namespace Dossier::Importer
