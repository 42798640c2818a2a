#include "briefingcomposer.h"

#include "models/entitytreemodel.h"
#include "models/librarymodel.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QTextCursor>
#include <QTextList>
#include <QTextTable>

#include <algorithm>
#include <functional>

namespace Dossier {

QVariant ClosedTextDocument::loadResource(int, const QUrl &)
{
    return {};
}

QString BriefingOptions::sectionName(Section section)
{
    const char *name = "";
    switch (section) {
    case Section::Summary:
        name = QT_TRANSLATE_NOOP("Dossier::Briefing", "Executive summary");
        break;
    case Section::KeyFigures:
        name = QT_TRANSLATE_NOOP("Dossier::Briefing", "Key figures");
        break;
    case Section::WhoSaidWhat:
        name = QT_TRANSLATE_NOOP("Dossier::Briefing", "Who said what");
        break;
    case Section::Bodies:
        name = QT_TRANSLATE_NOOP("Dossier::Briefing", "Government bodies");
        break;
    case Section::AnnotatedPassages:
        name = QT_TRANSLATE_NOOP("Dossier::Briefing", "Annotated passages");
        break;
    case Section::Sources:
        name = QT_TRANSLATE_NOOP("Dossier::Briefing", "Sources");
        break;
    }
    return QCoreApplication::translate("Dossier::Briefing", name);
}

namespace {

// What a figure counts: the words after it up to the clause's end
// ("5.08 million" -> "cases of unauthorized access to ...").
QString countedBy(const QString &text, const TextSpan &span)
{
    int end = span.end;
    const int limit = qMin(int(text.size()), span.end + 90);
    while (end < limit && !QStringLiteral(",.;:()\n\u201C\u201D\"").contains(text.at(end)))
        ++end;
    QString words = text.mid(span.end, end - span.end).simplified();
    if (words.isEmpty()) {
        // Nothing follows: the words before, back to the clause's start.
        int start = span.start;
        while (start > qMax(0, span.start - 90) && !QStringLiteral(",.;:()\n").contains(text.at(start - 1)))
            --start;
        words = text.mid(start, span.start - start).simplified();
    }
    return words;
}

class Writer
{
    Q_DECLARE_TR_FUNCTIONS(Dossier::Briefing)
public:
    Writer(const BriefingOptions &options, const BriefingMaterial &material, QTextDocument *doc)
        : m_options(options)
        , m_material(material)
        , m_cursor(doc)
    {
        for (int i = 0; i < material.sources.size(); ++i)
            m_sourceNumber.insert(material.sources.at(i).document.id, i + 1);
        m_body.setFontPointSize(10.5);
        m_small.setFontPointSize(9);
        m_small.setForeground(QColor(0x55, 0x55, 0x55));
    }

    void cover();
    void section(BriefingOptions::Section section);

private:
    void heading(const QString &text, int level);
    void paragraph(const QString &text, const QTextCharFormat &format, Qt::Alignment alignment = Qt::AlignLeft);
    QString cite(qint64 documentId) const;
    void insertTable(const QTextTableFormat &format, const QStringList &headers, const QTextCharFormat &headerFormat, int rows,
               const std::function<void(QTextTable *, int tableRow, int row)> &fillRow);
    void summary();
    void keyFigures();
    void whoSaidWhat();
    void bodies();
    void passages();
    void sources();

    const BriefingOptions &m_options;
    const BriefingMaterial &m_material;
    QTextCursor m_cursor;
    QHash<qint64, int> m_sourceNumber;
    QTextCharFormat m_body;
    QTextCharFormat m_small;
    bool m_firstBlock = true;
};

void Writer::paragraph(const QString &text, const QTextCharFormat &format, Qt::Alignment alignment)
{
    QTextBlockFormat block;
    block.setAlignment(alignment);
    block.setBottomMargin(4);
    if (m_firstBlock) {
        m_cursor.setBlockFormat(block);
        m_cursor.setBlockCharFormat(format);
        m_firstBlock = false;
    } else {
        m_cursor.insertBlock(block, format);
    }
    m_cursor.insertText(text, format);
}

void Writer::heading(const QString &text, int level)
{
    QTextBlockFormat block;
    block.setHeadingLevel(level);
    block.setTopMargin(level == 1 ? 14 : 8);
    block.setBottomMargin(4);
    QTextCharFormat format;
    format.setFontWeight(QFont::Bold);
    format.setFontPointSize(level == 1 ? 15 : 12);
    format.setForeground(QColor(0x1d, 0x3b, 0x5c));
    m_cursor.insertBlock(block, format);
    m_cursor.insertText(text, format);
}

QString Writer::cite(qint64 documentId) const
{
    for (const BriefingSource &s : m_material.sources) {
        if (s.document.id != documentId)
            continue;
        const QString date = s.document.publishedOn.isValid() ? QLocale().toString(s.document.publishedOn, QLocale::ShortFormat) : tr("undated");
        const QString who = s.document.publisher.isEmpty() ? tr("unknown publisher") : s.document.publisher;
        return tr("[%1] %2, %3").arg(m_sourceNumber.value(documentId)).arg(who, date);
    }
    return {};
}

// A table with a header row. Qt lays out and draws a table as a whole on
// every page it reaches, so a table of thousands of rows costs its rows
// times its pages; a long one is written as tables of 100 rows, each with
// its header (a 500-document briefing of 1,000 pages: 17.9 s → 11.9 s).
void Writer::insertTable(const QTextTableFormat &format, const QStringList &headers, const QTextCharFormat &headerFormat, int rows,
                   const std::function<void(QTextTable *, int tableRow, int row)> &fillRow)
{
    constexpr int partRows = 100;
    for (int first = 0; first < rows; first += partRows) {
        const int n = qMin(partRows, rows - first);
        QTextTable *t = m_cursor.insertTable(n + 1, int(headers.size()), format);
        for (int c = 0; c < headers.size(); ++c)
            t->cellAt(0, c).firstCursorPosition().insertText(headers.at(c), headerFormat);
        for (int r = 0; r < n; ++r)
            fillRow(t, r + 1, first + r);
        m_cursor.movePosition(QTextCursor::End);
    }
}

void Writer::cover()
{
    QTextCharFormat title;
    title.setFontPointSize(24);
    title.setFontWeight(QFont::Bold);
    title.setForeground(QColor(0x1d, 0x3b, 0x5c));
    QTextCharFormat sub;
    sub.setFontPointSize(14);
    QTextCharFormat meta;
    meta.setFontPointSize(11);

    if (!m_options.classification.isEmpty()) {
        QTextCharFormat classified;
        classified.setFontPointSize(11);
        classified.setFontWeight(QFont::Bold);
        classified.setForeground(QColor(0xa0, 0x1c, 0x1c));
        paragraph(m_options.classification.toUpper(), classified, Qt::AlignCenter);
    }
    QTextBlockFormat spacer;
    spacer.setTopMargin(140);
    if (m_firstBlock) {
        m_cursor.setBlockFormat(spacer);
        m_firstBlock = false;
    } else {
        m_cursor.insertBlock(spacer);
    }
    m_cursor.insertText(m_options.title.isEmpty() ? tr("Briefing") : m_options.title, title);
    if (!m_options.subtitle.isEmpty())
        paragraph(m_options.subtitle, sub);
    QTextBlockFormat gap;
    gap.setTopMargin(40);
    m_cursor.insertBlock(gap, meta);
    if (!m_options.author.isEmpty())
        m_cursor.insertText(tr("Prepared by %1").arg(m_options.author), meta);
    paragraph(QLocale().toString(m_options.date, QLocale::LongFormat), meta);
    if (!m_options.scope.isEmpty())
        paragraph(tr("Scope: %1").arg(m_options.scope), meta);
    paragraph(QCoreApplication::translate("Dossier::Briefing", "%n source document(s)", nullptr, int(m_material.sources.size())), meta);
}

void Writer::section(BriefingOptions::Section section)
{
    // Each section starts on a new page after the cover; later sections
    // follow on.
    QTextBlockFormat block;
    block.setHeadingLevel(1);
    block.setTopMargin(16);
    block.setBottomMargin(6);
    if (section == m_options.sections.constFirst())
        block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCharFormat format;
    format.setFontWeight(QFont::Bold);
    format.setFontPointSize(16);
    format.setForeground(QColor(0x1d, 0x3b, 0x5c));
    m_cursor.insertBlock(block, format);
    m_cursor.insertText(BriefingOptions::sectionName(section), format);
    switch (section) {
    case BriefingOptions::Section::Summary:
        summary();
        break;
    case BriefingOptions::Section::KeyFigures:
        keyFigures();
        break;
    case BriefingOptions::Section::WhoSaidWhat:
        whoSaidWhat();
        break;
    case BriefingOptions::Section::Bodies:
        bodies();
        break;
    case BriefingOptions::Section::AnnotatedPassages:
        passages();
        break;
    case BriefingOptions::Section::Sources:
        sources();
        break;
    }
}

void Writer::summary()
{
    const QString text = m_options.summary.trimmed();
    if (text.isEmpty()) {
        paragraph(tr("No summary was written."), m_small);
        return;
    }
    const QStringList paragraphs = text.split(QRegularExpression(QStringLiteral("\\n\\s*\\n")));
    for (const QString &p : paragraphs)
        paragraph(p.simplified(), m_body);
}

void Writer::keyFigures()
{
    struct Row {
        QString figure, counts, period, source;
        bool flagged = false;
    };
    QList<Row> rows;
    for (const BriefingSource &s : m_material.sources) {
        const QString &text = s.document.text;
        const Extraction &x = s.extraction;
        for (const Change &c : x.changes) {
            Row row;
            row.figure = EntityTreeModel::describeChange(text, x, c);
            row.counts = countedBy(text, x.statistics.at(c.to).span);
            row.period = c.fromPeriod.isEmpty() && c.toPeriod.isEmpty() ? QString() : tr("%1 \u2192 %2").arg(c.fromPeriod, c.toPeriod);
            row.source = cite(s.document.id);
            row.flagged = c.disagrees;
            rows.append(row);
        }
        for (const Statistic &st : x.statistics) {
            if (st.unit == Statistic::Unit::Multiplier)
                continue;
            rows.append({st.span.text(text), countedBy(text, st.span), st.period, cite(s.document.id), false});
        }
    }
    if (rows.isEmpty()) {
        paragraph(tr("The sources state no figures."), m_small);
        return;
    }
    QTextTableFormat table;
    table.setHeaderRowCount(1);
    table.setCellPadding(3);
    table.setCellSpacing(0);
    table.setBorder(0.5);
    table.setBorderBrush(QColor(0xbb, 0xbb, 0xbb));
    table.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    table.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 30), QTextLength(QTextLength::PercentageLength, 34),
                                     QTextLength(QTextLength::PercentageLength, 14), QTextLength(QTextLength::PercentageLength, 22)});
    QTextCharFormat head = m_small;
    head.setFontWeight(QFont::Bold);
    head.setForeground(QColor(0x22, 0x22, 0x22));
    QTextCharFormat cell = m_body;
    cell.setFontPointSize(9.5);
    QTextCharFormat flagged = cell;
    flagged.setForeground(QColor(0xa0, 0x1c, 0x1c));
    insertTable(table, {tr("Figure"), tr("What it counts"), tr("Period"), tr("Source")}, head, int(rows.size()),
                  [&](QTextTable *t, int tableRow, int r) {
                      const Row &row = rows.at(r);
                      QString figure = row.figure;
                      if (row.flagged)
                          figure += QLatin1Char('\n') + tr("\u26A0 stated and computed change disagree");
                      t->cellAt(tableRow, 0).firstCursorPosition().insertText(figure, row.flagged ? flagged : cell);
                      t->cellAt(tableRow, 1).firstCursorPosition().insertText(row.counts, cell);
                      t->cellAt(tableRow, 2).firstCursorPosition().insertText(row.period, cell);
                      t->cellAt(tableRow, 3).firstCursorPosition().insertText(row.source, cell);
                  });
}

void Writer::whoSaidWhat()
{
    struct Statement {
        QString said;
        qint64 documentId;
        QString asWritten;
    };
    QMap<QString, QList<Statement>> bySpeaker; // sorted by name
    QHash<QString, QString> longestForm;
    for (const BriefingSource &s : m_material.sources) {
        const QString &text = s.document.text;
        for (const Attribution &a : s.extraction.attributions) {
            const QString who = a.speakerName.isEmpty() ? a.speaker.text(text) : a.speakerName;
            const QString written = a.speaker.text(text).simplified();
            if (written.size() > longestForm.value(who).size())
                longestForm.insert(who, written);
            const QString said = a.content.isValid() ? a.content.text(text).simplified() : QString();
            // Nested reports can give one statement twice ("X said he told Y that ...").
            bool repeated = false;
            for (const Statement &st : std::as_const(bySpeaker[who]))
                repeated |= st.documentId == s.document.id && !said.isEmpty() && st.said == said;
            if (!repeated)
                bySpeaker[who].append({said, s.document.id, written});
        }
    }
    if (bySpeaker.isEmpty()) {
        paragraph(tr("No statements were found."), m_small);
        return;
    }
    // Most quoted speakers first.
    QStringList speakers = bySpeaker.keys();
    std::stable_sort(speakers.begin(), speakers.end(), [&](const QString &a, const QString &b) { return bySpeaker[a].size() > bySpeaker[b].size(); });
    for (const QString &who : std::as_const(speakers)) {
        const QString form = longestForm.value(who);
        heading(form.compare(who, Qt::CaseInsensitive) == 0 || form.isEmpty() ? who : tr("%1 (%2)").arg(who, form), 2);
        QTextListFormat list;
        list.setStyle(QTextListFormat::ListDisc);
        list.setIndent(1);
        QTextList *items = nullptr;
        for (const Statement &st : bySpeaker.value(who)) {
            QTextBlockFormat block;
            block.setBottomMargin(3);
            m_cursor.insertBlock(block, m_body);
            if (!items)
                items = m_cursor.createList(list);
            else
                items->add(m_cursor.block());
            const QString said = st.said.isEmpty() ? tr("(no words quoted)") : tr("\u201C%1\u201D").arg(st.said);
            m_cursor.insertText(said, m_body);
            m_cursor.insertText(QStringLiteral(" \u2014 ") + cite(st.documentId), m_small);
        }
    }
}

void Writer::bodies()
{
    struct Count {
        int mentions = 0;
        QList<qint64> documents;
    };
    QMap<QString, Count> counts;
    for (const BriefingSource &s : m_material.sources) {
        for (const BodyMention &b : s.extraction.bodies) {
            Count &c = counts[b.canonical.isEmpty() ? b.span.text(s.document.text) : b.canonical];
            ++c.mentions;
            if (!c.documents.contains(s.document.id))
                c.documents.append(s.document.id);
        }
    }
    if (counts.isEmpty()) {
        paragraph(tr("No government bodies were found."), m_small);
        return;
    }
    QStringList names = counts.keys();
    std::stable_sort(names.begin(), names.end(), [&](const QString &a, const QString &b) { return counts[a].mentions > counts[b].mentions; });
    QTextTableFormat table;
    table.setHeaderRowCount(1);
    table.setCellPadding(3);
    table.setCellSpacing(0);
    table.setBorder(0.5);
    table.setBorderBrush(QColor(0xbb, 0xbb, 0xbb));
    table.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    table.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 60), QTextLength(QTextLength::PercentageLength, 14),
                                     QTextLength(QTextLength::PercentageLength, 26)});
    QTextCharFormat head = m_small;
    head.setFontWeight(QFont::Bold);
    insertTable(table, {tr("Body"), tr("Mentions"), tr("Documents")}, head, int(names.size()), [&](QTextTable *t, int tableRow, int r) {
        const Count &c = counts.value(names.at(r));
        QStringList refs;
        for (qint64 id : c.documents)
            refs.append(QStringLiteral("[%1]").arg(m_sourceNumber.value(id)));
        t->cellAt(tableRow, 0).firstCursorPosition().insertText(names.at(r), m_body);
        t->cellAt(tableRow, 1).firstCursorPosition().insertText(QLocale().toString(c.mentions), m_body);
        t->cellAt(tableRow, 2).firstCursorPosition().insertText(refs.join(QLatin1Char(' ')), m_body);
    });
}

void Writer::passages()
{
    QMap<QString, QList<const BriefingPassage *>> byTag;
    for (const BriefingPassage &p : m_material.passages) {
        if (p.isPrivate && !m_options.includePrivate)
            continue;
        if (p.tags.isEmpty())
            byTag[tr("Untagged")].append(&p);
        for (const QString &tag : p.tags)
            byTag[tag].append(&p);
    }
    if (byTag.isEmpty()) {
        paragraph(tr("No annotated passages in scope."), m_small);
        return;
    }
    for (auto it = byTag.cbegin(); it != byTag.cend(); ++it) {
        heading(it.key(), 2);
        for (const BriefingPassage *p : it.value()) {
            QTextBlockFormat quote;
            quote.setLeftMargin(12);
            quote.setTopMargin(4);
            QTextCharFormat quoted = m_body;
            quoted.setFontItalic(true);
            QColor tint = p->colour.isValid() ? p->colour : QColor(0xff, 0xe0, 0x66);
            tint.setAlpha(110);
            quoted.setBackground(tint);
            m_cursor.insertBlock(quote, quoted);
            m_cursor.insertText(tr("\u201C%1\u201D").arg(p->quote.simplified()), quoted);
            m_cursor.insertText(QStringLiteral(" \u2014 ") + cite(p->documentId), m_small);
            if (!p->note.trimmed().isEmpty()) {
                QTextBlockFormat note;
                note.setLeftMargin(24);
                m_cursor.insertBlock(note, m_body);
                m_cursor.insertText(p->note.trimmed(), m_body);
            }
        }
    }
}

void Writer::sources()
{
    for (const BriefingSource &s : m_material.sources) {
        const Document &d = s.document;
        QStringList parts;
        parts.append(d.title.isEmpty() ? d.sourceName : d.title);
        if (!d.publisher.isEmpty())
            parts.append(d.publisher);
        parts.append(d.publishedOn.isValid() ? QLocale().toString(d.publishedOn, QLocale::LongFormat) : tr("undated"));
        if (!d.kind.isEmpty())
            parts.append(LibraryModel::kindLabel(d.kind));
        paragraph(tr("[%1] %2").arg(m_sourceNumber.value(d.id)).arg(parts.join(QStringLiteral(". "))), m_body);
    }
}

} // namespace

BriefingComposer::BriefingComposer(const BriefingOptions &options, const BriefingMaterial &material)
    : m_options(options)
    , m_material(material)
{
}

std::unique_ptr<QTextDocument> BriefingComposer::compose() const
{
    auto doc = std::make_unique<ClosedTextDocument>();
    doc->setUndoRedoEnabled(false);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10.5);
    // No ligatures: text copied or searched in the PDF reads "figures", not "ﬁgures".
    font.setFeature(QFont::Tag("liga"), 0);
    font.setFeature(QFont::Tag("clig"), 0);
    doc->setDefaultFont(font);
    Writer writer(m_options, m_material, doc.get());
    writer.cover();
    for (BriefingOptions::Section section : m_options.sections)
        writer.section(section);
    return doc;
}

} // namespace Dossier
