#include "exchangelibrary.h"

#include "exchange/bundlecollector.h"
#include "exchange/bundlemerger.h"
#include "exchange/bundlereader.h"
#include "exchange/bundlewriter.h"
#include "store/annotationstore.h"

#include <QTest>

using namespace Dossier;

namespace {

ExportScope everything()
{
    ExportScope scope;
    scope.includePrivate = true;
    return scope;
}

} // namespace

class TestBundleMerger : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_source.isOpen());
        QVERIFY(m_content.populate(m_source));
    }

    // Export all, import into an empty library, export again: the same
    // annotations, documents and tags, ids and times included.
    void roundTrip()
    {
        const Expected<Bundle> first = BundleCollector(m_source.database()).collect(everything());
        QVERIFY(first.ok());
        QCOMPARE(first->documents.size(), 3);
        QCOMPARE(first->annotations.size(), 6);
        QCOMPARE(first->tags.size(), 6); // actors, policy, policy/deterrence, secret, sources, sources/official
        const QString path = m_dir.filePath(QStringLiteral("all.dossier"));
        QVERIFY(BundleWriter::write(*first, path).ok());
        const Expected<Bundle> read = BundleReader::read(path);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read->documents, first->documents);
        QCOMPARE(read->annotations, first->annotations);
        QCOMPARE(read->tags, first->tags);

        Test::Library target;
        QVERIFY(target.isOpen());
        const Expected<ImportSummary> dry = BundleMerger(target.database()).plan(*read);
        QVERIFY(dry.ok());
        QCOMPARE(dry->newDocuments, 3);
        QCOMPARE(dry->newAnnotations, 6);
        QCOMPARE(dry->newTags, 6);
        QCOMPARE(dry->newDocumentTags, 1);
        QVERIFY(dry->unanchored.isEmpty());
        QCOMPARE(target.rows(QStringLiteral("SELECT count(*) FROM annotations")), QStringList{QStringLiteral("0")}); // a plan writes nothing

        const Expected<ImportSummary> merged = BundleMerger(target.database()).merge(*read);
        QVERIFY2(merged.ok(), qPrintable(merged.error()));
        QCOMPARE(merged->newAnnotations, 6);
        const Expected<Bundle> again = BundleCollector(target.database()).collect(everything());
        QVERIFY(again.ok());
        QCOMPARE(again->documents, first->documents);
        QCOMPARE(again->annotations, first->annotations);
        QCOMPARE(again->tags, first->tags);

        // The second time changes nothing, down to the file's bytes.
        const QByteArray before = Test::databaseHash(target);
        const Expected<ImportSummary> second = BundleMerger(target.database()).merge(*read);
        QVERIFY(second.ok());
        QVERIFY(!second->hasChanges());
        QCOMPARE(second->unchangedAnnotations, 6);
        QVERIFY(second->conflicts.isEmpty());
        QCOMPARE(Test::databaseHash(target), before);
    }

    void privateAnnotationsStayHomeUnlessAsked()
    {
        const Expected<Bundle> bundle = BundleCollector(m_source.database()).collect({});
        QVERIFY(bundle.ok());
        QCOMPARE(bundle->annotations.size(), 5);
        for (const BundleAnnotation &a : bundle->annotations)
            QVERIFY(!a.annotation.isPrivate && a.annotation.note != QStringLiteral("my own"));
    }

    void scope_data()
    {
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<bool>("byDocument");
        QTest::addColumn<int>("documents");
        QTest::addColumn<int>("annotations");
        QTest::addColumn<QStringList>("tagPaths");
        QTest::newRow("tag with descendants") << QStringList{QStringLiteral("policy")} << false << 2 << 2
                                              << QStringList{QStringLiteral("actors"), QStringLiteral("policy"), QStringLiteral("policy/deterrence")};
        QTest::newRow("leaf tag") << QStringList{QStringLiteral("Policy/Deterrence")} << false << 1 << 1
                                  << QStringList{QStringLiteral("actors"), QStringLiteral("policy"), QStringLiteral("policy/deterrence")};
        QTest::newRow("document tag reaches the document") << QStringList{QStringLiteral("sources")} << false << 1 << 0
                                                           << QStringList{QStringLiteral("sources"), QStringLiteral("sources/official")};
        QTest::newRow("one document") << QStringList() << true << 1 << 3
                                      << QStringList{QStringLiteral("actors"), QStringLiteral("policy"), QStringLiteral("policy/deterrence")};
    }
    void scope()
    {
        QFETCH(QStringList, tags);
        QFETCH(bool, byDocument);
        QFETCH(int, documents);
        QFETCH(int, annotations);
        QFETCH(QStringList, tagPaths);
        ExportScope scope;
        scope.tagPaths = tags;
        if (byDocument)
            scope.documentIds = {m_content.news};
        const Expected<Bundle> bundle = BundleCollector(m_source.database()).collect(scope);
        QVERIFY2(bundle.ok(), qPrintable(bundle.error()));
        QCOMPARE(bundle->documents.size(), documents);
        QCOMPARE(bundle->annotations.size(), annotations);
        QStringList paths;
        for (const BundleTag &t : bundle->tags)
            paths.append(t.path);
        QCOMPARE(paths, tagPaths);
    }

    void unknownScope_data()
    {
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<qint64>("document");
        QTest::addColumn<QString>("message");
        QTest::newRow("tag") << QStringList{QStringLiteral("nope")} << qint64(0) << QStringLiteral("There is no tag “nope”.");
        QTest::newRow("document") << QStringList() << qint64(99) << QStringLiteral("There is no document 99.");
    }
    void unknownScope()
    {
        QFETCH(QStringList, tags);
        QFETCH(qint64, document);
        QFETCH(QString, message);
        ExportScope scope;
        scope.tagPaths = tags;
        if (document)
            scope.documentIds = {document};
        const Expected<Bundle> bundle = BundleCollector(m_source.database()).collect(scope);
        QCOMPARE(bundle.error(), message);
    }

    // A colleague's copy: newer edits win, older ones are kept here, equal
    // times with different content are conflicts, new ones are added.
    void mergesAColleaguesChanges()
    {
        Test::Library mine;
        QVERIFY(mine.isOpen());
        const Expected<Bundle> original = BundleCollector(m_source.database()).collect(everything());
        QVERIFY(original.ok());
        QVERIFY(BundleMerger(mine.database()).merge(*original).ok());

        Bundle theirs = *original;
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(3600);
        auto find = [&](const QString &exact) -> Annotation & {
            for (BundleAnnotation &b : theirs.annotations) {
                if (b.annotation.exact == exact)
                    return b.annotation;
            }
            static Annotation none;
            return none;
        };
        find(QStringLiteral("ports")).note = QStringLiteral("edited by a colleague");
        find(QStringLiteral("ports")).modified = later;
        find(QStringLiteral("cyber defence")).note = QStringLiteral("an older edit");
        find(QStringLiteral("cyber defence")).modified = find(QStringLiteral("cyber defence")).modified.addSecs(-60);
        find(QStringLiteral("=SUM(A1)")).note = QStringLiteral("same time, other note");
        // A quote no longer in the text: imported as orphaned, listed.
        const BundleAnnotation banks = [&] {
            for (const BundleAnnotation &b : std::as_const(theirs.annotations)) {
                if (b.annotation.exact == QStringLiteral("NISC warned banks."))
                    return b;
            }
            return BundleAnnotation();
        }();
        QVERIFY(!banks.documentSha256.isEmpty());
        BundleAnnotation lost = banks;
        lost.annotation.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        lost.annotation.exact = QStringLiteral("a passage that is not there at all, not even close");
        lost.annotation.start = 2;
        lost.annotation.end = 40;
        theirs.annotations.append(lost);
        // A position that is off, with a quote found once: moved there.
        BundleAnnotation moved = banks;
        moved.annotation.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        moved.annotation.exact = QStringLiteral("The end.");
        moved.annotation.prefix = QStringLiteral("NISC warned ports.\r\n");
        moved.annotation.suffix = QStringLiteral("\r\n");
        moved.annotation.start = 0;
        moved.annotation.end = 8;
        theirs.annotations.append(moved);

        const Expected<ImportSummary> summary = BundleMerger(mine.database()).merge(theirs);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->newAnnotations, 2);
        QCOMPARE(summary->updatedAnnotations, 1);
        QCOMPARE(summary->newerHere, 1);
        QCOMPARE(summary->conflicts.size(), 1);
        QCOMPARE(summary->conflicts.first().quote, QStringLiteral("=SUM(A1)"));
        QCOMPARE(summary->unanchored.size(), 1);
        QCOMPARE(summary->unanchored.first().uuid, lost.annotation.uuid);
        QCOMPARE(summary->movedAnnotations, 1);
        QCOMPARE(summary->unchangedAnnotations, 3);
        QVERIFY(summary->describe().contains(QStringLiteral("1 conflict(s), kept as they are here")));

        AnnotationStore store(mine.database());
        QCOMPARE(store.byUuid(find(QStringLiteral("ports")).uuid).note, QStringLiteral("edited by a colleague"));
        QCOMPARE(store.byUuid(find(QStringLiteral("cyber defence")).uuid).note, QStringLiteral("=1+1"));
        QCOMPARE(store.byUuid(find(QStringLiteral("=SUM(A1)")).uuid).note, QString());
        QCOMPARE(store.byUuid(lost.annotation.uuid).anchor, Annotation::Anchor::Orphaned);
        const Annotation placed = store.byUuid(moved.annotation.uuid);
        const qint64 endAt = TextOffsets(Test::kNewsText).toCodePoint(Test::kNewsText.indexOf(QStringLiteral("The end.")));
        QCOMPARE(placed.start, endAt);
        QCOMPARE(placed.anchor, Annotation::Anchor::Anchored);

        // Merging theirs again: nothing more to do.
        const QByteArray before = Test::databaseHash(mine);
        const Expected<ImportSummary> again = BundleMerger(mine.database()).merge(theirs);
        QVERIFY(again.ok());
        QVERIFY(!again->hasChanges());
        QCOMPARE(Test::databaseHash(mine), before);
    }

    // Tags merge by name, whatever their case; a colour fills in a tag
    // that has none; the library's colour otherwise stays.
    void mergesTagsByName()
    {
        Test::Library mine;
        QVERIFY(mine.isOpen());
        TagStore tags(mine.database());
        QVERIFY(tags.ensurePaths({QStringLiteral("Actors"), QStringLiteral("Policy/Deterrence")}).ok());
        QVERIFY(tags.setColour(tags.byPath(QStringLiteral("actors")).id, QStringLiteral("#123456")));
        const Expected<Bundle> bundle = BundleCollector(m_source.database()).collect({});
        QVERIFY(bundle.ok());
        const Expected<ImportSummary> summary = BundleMerger(mine.database()).merge(*bundle);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->newTags, 3); // secret, sources, sources/official
        QCOMPARE(summary->recolouredTags, 1); // Policy/Deterrence had none
        QCOMPARE(tags.byPath(QStringLiteral("actors")).colour, QStringLiteral("#123456"));
        QCOMPARE(tags.byPath(QStringLiteral("actors")).name, QStringLiteral("Actors"));
        QCOMPARE(tags.byPath(QStringLiteral("policy/deterrence")).colour, QStringLiteral("#aa3355"));
        QCOMPARE(mine.rows(QStringLiteral("SELECT count(*) FROM tags")), QStringList{QStringLiteral("6")});
    }

private:
    QTemporaryDir m_dir;
    Test::Library m_source;
    Test::ExchangeLibrary m_content;
};

QTEST_GUILESS_MAIN(TestBundleMerger)
#include "tst_bundlemerger.moc"
