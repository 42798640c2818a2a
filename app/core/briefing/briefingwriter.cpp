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

// The headings to move so that none sits in the last lines of a page, read
// off the document as laid out now: the text after a moved heading moves
// down by the space left on its page, and a block that starts a new page
// places what follows it as before.
QList<QTextBlock> estimatedMoves(const QTextDocument &document, qreal pageHeight)
{
    QList<QTextBlock> moves;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    qreal shift = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) {
            shift = 0;
            continue;
        }
        if (format.headingLevel() == 0)
            continue;
        const qreal inPage = std::fmod(layout->blockBoundingRect(block).top() + shift, pageHeight);
        if (inPage > pageHeight * 0.86) {
            moves.append(block);
            shift += pageHeight - inPage;
        }
    }
    return moves;
}

// Moves headings that would sit in the last lines of a page to the next
// page. Each move shifts the text after it, and the layout answers every
// change of format by laying the document out again (0.13 s for each of the
// 55 moves of a 350-page briefing), so the moves are estimated on one layout
// and made in one edit. Where the estimate was off (a paragraph broke across
// a page differently once moved), the next round finds the rest; a round
// that finds none has read the layout as it is.
// Returns false when told to stop.
bool keepHeadingsWithText(QTextDocument &document, qreal pageHeight, const std::function<bool()> &goOn)
{
    for (int round = 0; round < 8; ++round) {
        if (!goOn())
            return false;
        const QList<QTextBlock> moves = estimatedMoves(document, pageHeight);
        if (moves.isEmpty())
            return true;
        QTextCursor edit(&document);
        edit.beginEditBlock();
        for (const QTextBlock &block : moves) {
            QTextBlockFormat format = block.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(format);
        }
        edit.endEditBlock();
    }
    return true;
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

int paint(QPagedPaintDevice *device, const BriefingOptions &options, QTextDocument &document, const Progress &progress)
{
    const auto goOn = [&progress](int page, int pages) { return !progress || progress(page, pages); };
    if (!goOn(0, 0))
        return -1;
    QPageLayout layout(QPageSize(options.paper), QPageLayout::Portrait, QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
    device->setPageLayout(layout);
    const int dpi = device->logicalDpiX();
    const QRectF paintRect = layout.paintRectPixels(dpi);
    const qreal headerHeight = dpi * 0.32; // about 8 mm
    const qreal footerHeight = dpi * 0.32;
    const QSizeF body(paintRect.width(), paintRect.height() - headerHeight - footerHeight);

    document.documentLayout()->setPaintDevice(device);
    document.setPageSize(body);
    if (!keepHeadingsWithText(document, body.height(), [&goOn] { return goOn(0, 0); }))
        return -1;
    const int pages = document.pageCount();
    if (!goOn(0, pages))
        return -1;

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
        if (!goOn(page + 1, pages)) {
            painter.end();
            return -1;
        }
    }
    painter.end();
    return pages;
}

Result writePdf(const QString &path, const BriefingOptions &options, QTextDocument &document, const Progress &progress)
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
        if (paint(&pdf, options, document, progress) < 0) {
            file.cancelWriting();
            return Result::failure(tr("The briefing was not written: stopped."));
        }
    }
    if (!file.commit())
        return Result::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Result::success();
}

} // namespace Dossier::BriefingWriter
