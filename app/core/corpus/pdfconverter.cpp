#include "pdfconverter.h"

#include <QCoreApplication>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QRegularExpression>
#include <QStringList>

namespace Dossier::PdfConverter {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Dossier::PdfConverter", text);
}
} // namespace

Expected<QString> textOf(const QString &path)
{
    QPdfDocument pdf;
    switch (pdf.load(path)) {
    case QPdfDocument::Error::None:
        break;
    case QPdfDocument::Error::FileNotFound:
        return Result::failure(tr("The PDF file cannot be opened."));
    case QPdfDocument::Error::IncorrectPassword:
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return Result::failure(tr("The PDF is protected by a password; Dossier cannot read it."));
    case QPdfDocument::Error::InvalidFileFormat:
        return Result::failure(tr("The PDF is damaged or not a PDF; no text could be read."));
    default:
        return Result::failure(tr("The PDF cannot be read."));
    }
    if (pdf.pageCount() <= 0)
        return Result::failure(tr("The PDF has no pages."));

    static const QRegularExpression trailing(QStringLiteral("[ \\t]+\n"));
    QStringList pages;
    bool anyText = false;
    for (int page = 0; page < pdf.pageCount(); ++page) {
        QString text = pdf.getAllText(page).text();
        // PDFium ends lines with CR LF or a lone CR.
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
        text.remove(kPageBreak);
        text.replace(trailing, QStringLiteral("\n"));
        text = text.trimmed();
        anyText = anyText || !text.isEmpty();
        pages.append(text);
    }
    if (!anyText)
        return Result::failure(tr("The PDF has no text layer (it may be scanned images); Dossier cannot read it."));
    return pages.join(QStringLiteral("\n%1\n").arg(kPageBreak));
}

} // namespace Dossier::PdfConverter
