#include "briefingwriter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextDocument>

#include <cmath>

namespace Dossier::BriefingWriter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Dossier::BriefingWriter", text);
}

// Moves headings that would sit in the last lines of a page to the next
// page; returns whether anything moved.
bool keepHeadingsWithText(QTextDocument &document, qreal pageHeight)
{
    bool moved = false;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (format.headingLevel() == 0 || format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            continue;
        const QRectF rect = layout->blockBoundingRect(block);
        const qreal inPage = std::fmod(rect.top(), pageHeight);
        if (inPage > pageHeight * 0.86) {
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(format);
            moved = true;
        }
    }
    return moved;
}

QByteArray xmp(const BriefingOptions &options)
{
    auto esc = [](QString s) {
        return s.replace(QLatin1Char('&'), QLatin1String("&amp;")).replace(QLatin1Char('<'), QLatin1String("&lt;")).toUtf8();
    };
    QByteArray x = "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
                   "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n"
                   "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' xmlns:pdf='http://ns.adobe.com/pdf/1.3/'"
                   " xmlns:xmp='http://ns.adobe.com/xap/1.0/'>\n";
    x += "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>" + esc(options.title) + "</rdf:li></rdf:Alt></dc:title>\n";
    if (!options.author.isEmpty())
        x += "<dc:creator><rdf:Seq><rdf:li>" + esc(options.author) + "</rdf:li></rdf:Seq></dc:creator>\n";
    const QString subject = options.subtitle.isEmpty() ? options.scope : options.subtitle;
    if (!subject.isEmpty())
        x += "<dc:description><rdf:Alt><rdf:li xml:lang='x-default'>" + esc(subject) + "</rdf:li></rdf:Alt></dc:description>\n";
    x += "<pdf:Producer>Dossier</pdf:Producer><xmp:CreatorTool>Dossier</xmp:CreatorTool>\n";
    x += "</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end='w'?>";
    return x;
}

} // namespace

int paint(QPagedPaintDevice *device, const BriefingOptions &options, QTextDocument &document)
{
    QPageLayout layout(QPageSize(options.paper), QPageLayout::Portrait, QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
    device->setPageLayout(layout);
    const int dpi = device->logicalDpiX();
    const QRectF paintRect = layout.paintRectPixels(dpi);
    const qreal headerHeight = dpi * 0.32; // about 8 mm
    const qreal footerHeight = dpi * 0.32;
    const QSizeF body(paintRect.width(), paintRect.height() - headerHeight - footerHeight);

    document.documentLayout()->setPaintDevice(device);
    document.setPageSize(body);
    for (int pass = 0; pass < 8 && keepHeadingsWithText(document, body.height()); ++pass)
        document.setPageSize(body); // lay out again
    const int pages = document.pageCount();

    QPainter painter(device);
    QFont small(document.defaultFont());
    small.setPointSizeF(8);
    const QString title = options.title.isEmpty() ? tr("Briefing") : options.title;
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();
        painter.save();
        painter.translate(paintRect.left(), paintRect.top() + headerHeight - page * body.height());
        const QRectF clip(0, page * body.height(), body.width(), body.height());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(small);
        painter.setPen(QColor(0x66, 0x66, 0x66));
        if (page > 0) {
            const QRectF header(paintRect.left(), paintRect.top(), paintRect.width(), headerHeight * 0.7);
            painter.drawText(header, Qt::AlignLeft | Qt::AlignTop, title);
            if (!options.classification.isEmpty())
                painter.drawText(header, Qt::AlignRight | Qt::AlignTop, options.classification.toUpper());
            painter.drawLine(QPointF(header.left(), header.bottom()), QPointF(header.right(), header.bottom()));
        }
        const QRectF footer(paintRect.left(), paintRect.bottom() - footerHeight * 0.7, paintRect.width(), footerHeight * 0.7);
        painter.drawText(footer, Qt::AlignHCenter | Qt::AlignBottom, tr("Page %1 of %2").arg(page + 1).arg(pages));
    }
    painter.end();
    return pages;
}

Result writePdf(const QString &path, const BriefingOptions &options, QTextDocument &document)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(600);
        pdf.setTitle(options.title.isEmpty() ? tr("Briefing") : options.title);
        pdf.setCreator(QStringLiteral("Dossier"));
        pdf.setDocumentXmpMetadata(xmp(options));
        paint(&pdf, options, document);
    }
    if (!file.commit())
        return Result::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Result::success();
}

} // namespace Dossier::BriefingWriter
