#include "pdfreader.h"

#include <QPdfDocument>
#include <QPdfSelection>
#include <QRegularExpression>
#include <QStringList>

namespace Dossier::PdfReader {

Result read(const QString &path)
{
    QPdfDocument pdf;
    switch (pdf.load(path)) {
    case QPdfDocument::Error::None:
        break;
    case QPdfDocument::Error::FileNotFound:
        return {Status::FileNotFound, {}};
    case QPdfDocument::Error::IncorrectPassword:
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return {Status::Protected, {}};
    case QPdfDocument::Error::InvalidFileFormat:
        return {Status::Damaged, {}};
    default:
        return {Status::Unreadable, {}};
    }
    if (pdf.pageCount() <= 0)
        return {Status::NoPages, {}};

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
        return {Status::NoText, {}};
    return {Status::Ok, pages.join(QStringLiteral("\n%1\n").arg(kPageBreak))};
}

} // namespace Dossier::PdfReader
