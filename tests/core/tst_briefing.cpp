#include "analysis/entityengine.h"
#include "briefing/briefingcomposer.h"
#include "briefing/briefingmaterial.h"
#include "briefing/briefingwriter.h"
#include "corpus/bundledcorpus.h"
#include "store/analysisstore.h"
#include "store/database.h"
#include "store/documentstore.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextTable>

using namespace Dossier;

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestBriefing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        DocumentStore documents(m_db);
        QVERIFY(BundledCorpus::addToEmptyLibrary(documents).ok());
        AnalysisStore analyses(m_db);
        const auto material = collectBriefingMaterial(documents, analyses, m_engine, {});
        QVERIFY2(material.ok(), qPrintable(material.error()));
        m_material = *material;
        QCOMPARE(m_material.sources.size(), 5);
        // Sources come in date order.
        QCOMPARE(m_material.sources.first().document.publishedOn.year(), 2011);
    }

    void bundledCorpusBriefingHasEverySection()
    {
        BriefingOptions options;
        options.title = QStringLiteral("Japan cyber policy");
        options.author = QStringLiteral("A. Analyst");
        options.subtitle = QStringLiteral("Who said what, 2011-2021");
        options.classification = QStringLiteral("For internal use");
        options.summary = QStringLiteral("Japan built its cyber institutions.\n\nAttribution became explicit.");
        const auto doc = BriefingComposer(options, m_material).compose();
        const QString pdf = m_dir.filePath(QStringLiteral("brief.pdf"));
        const Result written = BriefingWriter::writePdf(pdf, options, *doc);
        QVERIFY2(written.ok(), qPrintable(written.error()));

        const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}).simplified();
        QVERIFY2(!text.isEmpty(), "pdftotext found no text (is poppler-utils installed?)");
        for (const char *expected : {"Executive summary", "Key figures", "Who said what", "Government bodies", "Annotated passages",
                                     "Sources", "FOR INTERNAL USE", "Attribution became explicit", "Prepared by A. Analyst",
                                     "sevenfold", "Osamu Fujimura", "Fumio Kishida", "National Police Agency",
                                     "Ministry, sites abroad hit by cyber-attacks", "The Japan Times", "5.08 million", "97%",
                                     "Page 2 of"}) {
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        }
        QVERIFY(text.contains(QStringLiteral("660,000 (FY2011)")));
        QVERIFY(text.contains(QStringLiteral("\u00D77.7")));

        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY(info.contains(QStringLiteral("Title:           Japan cyber policy")));
        QVERIFY(info.contains(QStringLiteral("A4")));
        const int pages = info.section(QStringLiteral("Pages:"), 1).section(QLatin1Char('\n'), 0, 0).trimmed().toInt();
        QVERIFY(pages >= 3);
        const QString meta = run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf});
        QVERIFY(meta.contains(QStringLiteral("A. Analyst")));
        QVERIFY(meta.contains(QStringLiteral("Who said what, 2011-2021")));
        // Every font is embedded: pdffonts' "emb" column, fifth from the end.
        const QStringList fontLines = run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!fontLines.isEmpty());
        for (const QString &line : fontLines) {
            const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(columns.size() >= 5 && columns.at(columns.size() - 5) == QLatin1String("yes"), qPrintable(line));
        }
    }

    void passagesByTagPrivateLeftOutAndJapaneseRenders()
    {
        BriefingMaterial material = m_material;
        const qint64 doc = material.sources.first().document.id;
        material.passages = {
            {doc, QStringLiteral("the number of spam mails drastically increased"), QStringLiteral("Spike before the breach."), {QStringLiteral("policy/deterrence")}, QColor(Qt::yellow), false},
            {doc, QStringLiteral("\u5185\u95A3\u30B5\u30A4\u30D0\u30FC\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30BB\u30F3\u30BF\u30FC"), QStringLiteral("NISC in Japanese."), {QStringLiteral("names")}, QColor(Qt::green), false},
            {doc, QStringLiteral("a private passage"), QStringLiteral("my private thought"), {QStringLiteral("policy/deterrence")}, QColor(Qt::red), true},
        };
        BriefingOptions options;
        options.title = QStringLiteral("Passages");
        options.sections = {BriefingOptions::Section::AnnotatedPassages, BriefingOptions::Section::Sources};
        options.paper = QPageSize::Letter;
        const QString pdf = m_dir.filePath(QStringLiteral("passages.pdf"));
        QVERIFY(BriefingWriter::writePdf(pdf, options, *BriefingComposer(options, material).compose()).ok());
        QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.contains(QStringLiteral("policy/deterrence")));
        QVERIFY(text.contains(QStringLiteral("Spike before the breach.")));
        QVERIFY(text.contains(QStringLiteral("\u5185\u95A3\u30B5\u30A4\u30D0\u30FC")));
        QVERIFY(!text.contains(QStringLiteral("my private thought")));
        QVERIFY(run(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("letter")));

        options.includePrivate = true;
        QVERIFY(BriefingWriter::writePdf(pdf, options, *BriefingComposer(options, material).compose()).ok());
        text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.contains(QStringLiteral("my private thought")));
    }

    void nothingIsEverLoaded()
    {
        // Text that looks like markup stays text; the document refuses resources.
        BriefingMaterial material = m_material;
        material.passages = {{material.sources.first().document.id, QStringLiteral("<img src=\"file:///etc/passwd\">"), {}, {}, {}, false}};
        BriefingOptions options;
        options.sections = {BriefingOptions::Section::AnnotatedPassages};
        auto doc = BriefingComposer(options, material).compose();
        QVERIFY(doc->toPlainText().contains(QStringLiteral("<img src=\"file:///etc/passwd\">")));
        QVERIFY(!doc->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("file:///etc/passwd"))).isValid());
        QVERIFY(!doc->toPlainText().contains(QStringLiteral("root:")));
    }

    void progressIsToldAndAStopLeavesNoFile()
    {
        BriefingOptions options;
        const auto doc = BriefingComposer(options, m_material).compose();
        const QString pdf = m_dir.filePath(QStringLiteral("stopped.pdf"));
        QList<QPair<int, int>> told;
        const auto stopAfterTwoPages = [&told](int page, int pages) {
            told.append({page, pages});
            return page < 2;
        };
        QVERIFY(!BriefingWriter::writePdf(pdf, options, *doc, stopAfterTwoPages).ok());
        QVERIFY(!QFile::exists(pdf));
        QCOMPARE(told.first(), qMakePair(0, 0)); // laying out
        QCOMPARE(told.last().first, 2);
        QVERIFY(told.last().second >= 3);

        // A file that was there stays as it was.
        QFile old(pdf);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("earlier briefing");
        old.close();
        QVERIFY(!BriefingWriter::writePdf(pdf, options, *BriefingComposer(options, m_material).compose(), stopAfterTwoPages).ok());
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArrayLiteral("earlier briefing"));
        old.close();

        // Not stopped: every page is told, in order, and the file is written.
        told.clear();
        QVERIFY(BriefingWriter::writePdf(pdf, options, *BriefingComposer(options, m_material).compose(), [&told](int page, int pages) {
                    told.append({page, pages});
                    return true;
                }).ok());
        const int pages = told.last().second;
        QCOMPARE(told.last().first, pages);
        for (int page = 1; page <= pages; ++page)
            QVERIFY(told.contains(qMakePair(page, pages)));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.read(5), QByteArrayLiteral("%PDF-"));
    }

    void firstSourcesKeepTheirPassagesOnly()
    {
        BriefingMaterial material = m_material;
        for (const BriefingSource &s : std::as_const(m_material.sources))
            material.passages.append({s.document.id, QStringLiteral("quote of %1").arg(s.document.id), {}, {}, {}, false});
        const BriefingMaterial first = firstSources(material, 2);
        QCOMPARE(first.sources.size(), 2);
        QCOMPARE(first.sources.at(1).document.id, m_material.sources.at(1).document.id);
        QCOMPARE(first.passages.size(), 2);
        QCOMPARE(first.passages.at(1).documentId, m_material.sources.at(1).document.id);
        QCOMPARE(firstSources(material, 5).passages.size(), 5); // all there: the same material
    }

    void longTablesKeepEveryRowInOrder()
    {
        // Forty times the bundled sources: hundreds of figures, written as
        // tables of at most 100 rows, each with its header row.
        BriefingMaterial material = m_material;
        for (int i = 1; i < 40; ++i)
            material.sources += m_material.sources;
        BriefingOptions options;
        options.sections = {BriefingOptions::Section::KeyFigures};
        const auto doc = BriefingComposer(options, material).compose();
        QStringList figures;
        int tables = 0;
        for (QTextFrame *frame : doc->rootFrame()->childFrames()) {
            auto *table = qobject_cast<QTextTable *>(frame);
            QVERIFY(table);
            ++tables;
            QVERIFY(table->rows() <= 101);
            QCOMPARE(table->cellAt(0, 0).firstCursorPosition().block().text(), QStringLiteral("Figure"));
            for (int r = 1; r < table->rows(); ++r)
                figures.append(table->cellAt(r, 0).firstCursorPosition().block().text());
        }
        QVERIFY2(figures.size() > 200, qPrintable(QString::number(figures.size())));
        QCOMPARE(figures.size() % 40, 0);
        QCOMPARE(tables, int((figures.size() + 99) / 100));
        const QStringList once = figures.mid(0, figures.size() / 40);
        for (int i = 0; i < 40; ++i)
            QCOMPARE(figures.mid(i * once.size(), once.size()), once);
    }

    void headingsNeverEndAPage_data()
    {
        // Smaller paper, more pages and more headings that fall near a
        // page's end: the moves are made in rounds, each read off one layout.
        QTest::addColumn<QPageSize::PageSizeId>("paper");
        QTest::addColumn<int>("minimumPages");
        QTest::newRow("A4") << QPageSize::A4 << 3;
        QTest::newRow("Letter") << QPageSize::Letter << 3;
        QTest::newRow("A5") << QPageSize::A5 << 8;
        QTest::newRow("A6") << QPageSize::A6 << 20;
    }

    void headingsNeverEndAPage()
    {
        QFETCH(QPageSize::PageSizeId, paper);
        QFETCH(int, minimumPages);
        BriefingOptions options;
        options.title = QStringLiteral("Layout");
        options.paper = paper;
        auto doc = BriefingComposer(options, m_material).compose();
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&buffer);
        pdf.setResolution(300);
        const int pages = BriefingWriter::paint(&pdf, options, *doc);
        QVERIFY2(pages >= minimumPages, qPrintable(QString::number(pages)));
        const qreal pageHeight = doc->pageSize().height();
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            if (b.blockFormat().headingLevel() == 0)
                continue;
            const qreal top = doc->documentLayout()->blockBoundingRect(b).top();
            const qreal inPage = std::fmod(top, pageHeight);
            QVERIFY2(inPage <= pageHeight * 0.86, qPrintable(b.text()));
        }
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
    EntityEngine m_engine{nullptr, QString()};
    BriefingMaterial m_material;
};

QTEST_MAIN(TestBriefing)
#include "tst_briefing.moc"
