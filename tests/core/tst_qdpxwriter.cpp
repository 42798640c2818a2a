#include "exchangelibrary.h"

#include "exchange/bundlecollector.h"
#include "exchange/exporttext.h"
#include "exchange/qdpxwriter.h"
#include "store/annotationstore.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KZip>

#include <QProcess>
#include <QTest>
#include <QXmlStreamReader>

using namespace Dossier;

namespace {

const QString kSchema = QStringLiteral(DOSSIER_TEST_DATA "/Project-mrt2019.xsd");

// Runs xmllint --schema on xml; its verdict and what it said.
QPair<bool, QString> validate(const QByteArray &xml, const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("project.qde"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(xml) != xml.size())
        return {false, QStringLiteral("cannot write")};
    file.close();
    QProcess lint;
    lint.start(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--schema"), kSchema, path});
    if (!lint.waitForFinished(60000))
        return {false, QStringLiteral("xmllint did not run: ") + lint.errorString()};
    return {lint.exitStatus() == QProcess::NormalExit && lint.exitCode() == 0, QString::fromUtf8(lint.readAllStandardError())};
}

QString codePoints(const QString &text, qint64 start, qint64 end)
{
    const TextOffsets o(text);
    return text.mid(o.toUtf16(start), o.toUtf16(end) - o.toUtf16(start));
}

} // namespace

class TestQdpxWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(kSchema));
    }

    // The check can fail: the schema rejects an empty container.
    void schemaRejectsEmptyContainers()
    {
        QTemporaryDir dir;
        const QByteArray xml = "<?xml version=\"1.0\"?><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><Sources/></Project>";
        QVERIFY(!validate(xml, dir).first);
        const QByteArray fine = "<?xml version=\"1.0\"?><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"/>";
        const auto verdict = validate(fine, dir);
        QVERIFY2(verdict.first, qPrintable(verdict.second));
    }

    void validatesAgainstTheSchema_data()
    {
        QTest::addColumn<bool>("populated");
        QTest::addColumn<bool>("includePrivate");
        QTest::newRow("empty library") << false << false;
        QTest::newRow("populated") << true << false;
        QTest::newRow("with private") << true << true;
    }
    void validatesAgainstTheSchema()
    {
        QFETCH(bool, populated);
        QFETCH(bool, includePrivate);
        Test::Library lib;
        QVERIFY(lib.isOpen());
        Test::ExchangeLibrary content;
        if (populated)
            QVERIFY(content.populate(lib));
        ExportScope scope;
        scope.includePrivate = includePrivate;
        scope.author = QStringLiteral("Aiko <Researcher> & \"co\"");
        const Expected<Bundle> bundle = BundleCollector(lib.database()).collect(scope);
        QVERIFY(bundle.ok());
        QList<QPair<QString, QByteArray>> sources;
        QdpxWriter::Report report;
        const QByteArray xml = QdpxWriter::projectXml(*bundle, &sources, &report);
        QTemporaryDir dir;
        const auto verdict = validate(xml, dir);
        QVERIFY2(verdict.first, qPrintable(verdict.second + QString::fromUtf8(xml)));
        QCOMPARE(report.sources, populated ? 3 : 0);
        QCOMPARE(report.selections, populated ? (includePrivate ? 6 : 5) : 0);
    }

    void writesSourcesAndPositions()
    {
        Test::Library lib;
        QVERIFY(lib.isOpen());
        Test::ExchangeLibrary content;
        QVERIFY(content.populate(lib));
        // An orphan has no place in the text: left out.
        AnnotationStore store(lib.database());
        Annotation orphan = store.byId(content.privateAnnotation);
        orphan.anchor = Annotation::Anchor::Orphaned;
        QVERIFY(store.update(orphan));
        ExportScope scope;
        scope.includePrivate = true;
        const Expected<Bundle> bundle = BundleCollector(lib.database()).collect(scope);
        QVERIFY(bundle.ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.qdpx"));
        const Expected<QdpxWriter::Report> report = QdpxWriter::write(*bundle, path);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->skipped, 1);

        KZip zip(path);
        QVERIFY(zip.open(QIODevice::ReadOnly));
        QStringList top = zip.directory()->entries();
        top.sort();
        QCOMPARE(top, (QStringList{QStringLiteral("project.qde"), QStringLiteral("sources")}));
        const KArchiveDirectory *sources = dynamic_cast<const KArchiveDirectory *>(zip.directory()->entry(QStringLiteral("sources")));
        QVERIFY(sources);
        QCOMPARE(sources->entries().size(), 3);
        const QByteArray xml = zip.directory()->file(QStringLiteral("project.qde"))->data();
        QVERIFY(validate(xml, dir).first);

        QHash<QString, const BundleAnnotation *> byUuid;
        for (const BundleAnnotation &a : bundle->annotations)
            byUuid.insert(a.annotation.uuid, &a);
        QXmlStreamReader reader(xml);
        QString text;
        QStringList codePath;
        int selections = 0;
        QHash<QString, QString> notes; // guid -> content
        QHash<QString, QString> noteRefs; // annotation uuid -> note guid
        QString currentSelection;
        QString currentNote;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isEndElement() && reader.name() == QLatin1String("Code"))
                codePath.removeLast();
            if (reader.isEndElement() && reader.name() == QLatin1String("PlainTextSelection"))
                currentSelection.clear();
            if (!reader.isStartElement())
                continue;
            const auto attr = reader.attributes();
            if (reader.name() == QLatin1String("Code")) {
                codePath.append(attr.value(QStringLiteral("name")).toString());
                if (codePath.join(QLatin1Char('/')) == QLatin1String("policy/deterrence"))
                    QCOMPARE(attr.value(QStringLiteral("color")).toString(), QStringLiteral("#AA3355"));
                QCOMPARE(attr.value(QStringLiteral("isCodable")).toString(), QStringLiteral("true"));
            } else if (reader.name() == QLatin1String("TextSource")) {
                const QString guid = attr.value(QStringLiteral("guid")).toString();
                QCOMPARE(attr.value(QStringLiteral("plainTextPath")).toString(), QStringLiteral("internal://%1.txt").arg(guid));
                const KArchiveFile *file = sources->file(guid + QStringLiteral(".txt"));
                QVERIFY(file);
                const QByteArray bytes = file->data();
                QVERIFY(!bytes.contains('\r'));
                QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
                text = QString::fromUtf8(bytes);
            } else if (reader.name() == QLatin1String("PlainTextSelection")) {
                currentSelection = attr.value(QStringLiteral("guid")).toString();
                const BundleAnnotation *a = byUuid.value(currentSelection);
                QVERIFY2(a, qPrintable(currentSelection));
                QString expected = a->annotation.exact;
                expected.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
                const qint64 start = attr.value(QStringLiteral("startPosition")).toLongLong();
                const qint64 end = attr.value(QStringLiteral("endPosition")).toLongLong();
                QCOMPARE(codePoints(text, start, end), expected);
                ++selections;
            } else if (reader.name() == QLatin1String("NoteRef") && !currentSelection.isEmpty()) {
                noteRefs.insert(currentSelection, attr.value(QStringLiteral("targetGUID")).toString());
            } else if (reader.name() == QLatin1String("Note")) {
                currentNote = attr.value(QStringLiteral("guid")).toString();
            } else if (reader.name() == QLatin1String("PlainTextContent")) {
                notes.insert(currentNote, reader.readElementText());
            }
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(selections, 5);
        QCOMPARE(noteRefs.size(), 3);
        for (auto it = noteRefs.cbegin(); it != noteRefs.cend(); ++it)
            QCOMPARE(notes.value(it.value()), byUuid.value(it.key())->annotation.note);
    }

    // The same library gives the same project (derived GUIDs are stable).
    void isDeterministic()
    {
        Test::Library lib;
        QVERIFY(lib.isOpen());
        Test::ExchangeLibrary content;
        QVERIFY(content.populate(lib));
        Expected<Bundle> bundle = BundleCollector(lib.database()).collect({});
        QVERIFY(bundle.ok());
        bundle.value().manifest.created = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), QTimeZone::UTC);
        QList<QPair<QString, QByteArray>> a, b;
        QdpxWriter::Report ra, rb;
        QCOMPARE(QdpxWriter::projectXml(*bundle, &a, &ra), QdpxWriter::projectXml(*bundle, &b, &rb));
        QCOMPARE(a, b);
    }
};

QTEST_GUILESS_MAIN(TestQdpxWriter)
#include "tst_qdpxwriter.moc"
