#include "store/annotationstore.h"
#include "store/searchindex.h"
#include "store/textreplacement.h"
#include "testlibrary.h"

#include <QTest>

using namespace Dossier;

namespace {

const QString kOld = QStringLiteral(
    "Tokyo, 3 March. From the press conference held this morning at the Prime Minister's Office.\n"
    "Chief Cabinet Secretary Fujimura said the NISC would grow next year.\n"
    "Its budget rose to 5.08 billion yen in the fiscal year under review.\n"
    "Foreign Minister Kishida welcomed the plan on Tuesday evening.\n"
    "A paragraph about migrating zebras closed the original article.\n");

// The same article edited: a sentence inserted after the first annotation,
// the figure corrected, the last paragraph gone.
const QString kNew = QStringLiteral(
    "Tokyo, 3 March. From the press conference held this morning at the Prime Minister's Office.\n"
    "Chief Cabinet Secretary Fujimura said the NISC would grow next year.\n"
    "The Cabinet also approved a revised cybersecurity strategy.\n"
    "Its budget rose to 5.12 billion yen in the fiscal year under review.\n"
    "Foreign Minister Kishida welcomed the plan on Tuesday evening.\n");

qint64 annotate(Test::Library &library, qint64 documentId, const QString &quote, const QString &note)
{
    const qsizetype at = kOld.indexOf(quote);
    Annotation a = Annotation::forRange(documentId, kOld, at, at + quote.size()); // ASCII: code points = UTF-16
    a.note = note;
    a.colour = QStringLiteral("yellow");
    const Expected<qint64> id = AnnotationStore(library.database()).add(a);
    return id ? *id : 0;
}

QList<qint64> searchIds(Test::Library &library, const QString &query)
{
    QList<qint64> ids;
    const auto hits = SearchIndex(library.database()).search(query);
    if (hits) {
        for (const SearchHit &h : *hits)
            ids.append(h.documentId);
    }
    return ids;
}

} // namespace

class TestTextReplacement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replacesTextAndReanchors();
    void undoPutsEverythingBack();
    void sameTextChangesNothing();
    void refusesAnotherDocumentsText();
    void keepsTheUsersMetadata();
};

void TestTextReplacement::replacesTextAndReanchors()
{
    Test::Library library;
    QVERIFY(library.isOpen());
    const qint64 doc = library.addDocument(kOld, QStringLiteral("Press conference"));
    QVERIFY(doc > 0);
    const qint64 kept = annotate(library, doc, QStringLiteral("the NISC would grow"), QStringLiteral("growth"));
    const qint64 moved = annotate(library, doc, QStringLiteral("Kishida welcomed the plan"), QStringLiteral("reaction"));
    const qint64 review = annotate(library, doc, QStringLiteral("budget rose to 5.08 billion yen"), QStringLiteral("figure"));
    const qint64 orphan = annotate(library, doc, QStringLiteral("migrating zebras"), QStringLiteral("odd"));
    QVERIFY(kept && moved && review && orphan);
    QSqlQuery(library.database().connection())
        .exec(QStringLiteral("INSERT INTO mentions (document_id, engine_version, kind, entity, start, \"end\", text) "
                             "VALUES (%1, 'v', 'body', 'NISC', 0, 4, 'NISC')").arg(doc));
    QCOMPARE(searchIds(library, QStringLiteral("zebras")), QList<qint64>{doc});

    Document incoming;
    incoming.text = kNew;
    incoming.sourceName = QStringLiteral("press-edited.txt");
    const Expected<TextReplacement> r = TextReplacement::replace(library.database(), doc, incoming);
    QVERIFY2(r, qPrintable(r.error()));
    QVERIFY(!r->unchanged);
    QCOMPARE(r->count(AnchorResult::Kept), 1);
    QCOMPARE(r->count(AnchorResult::Moved), 1);
    QCOMPARE(r->count(AnchorResult::Fuzzy), 1);
    QCOMPARE(r->count(AnchorResult::Orphaned), 1);

    // The document has the new text, the search index too.
    const Document stored = DocumentStore(library.database()).byId(doc);
    QCOMPARE(stored.text, kNew);
    QCOMPARE(stored.sha256, Document::hashText(kNew));
    QCOMPARE(stored.sourceName, QStringLiteral("press-edited.txt"));
    QCOMPARE(stored.title, QStringLiteral("Press conference"));
    QVERIFY(searchIds(library, QStringLiteral("zebras")).isEmpty());
    QCOMPARE(searchIds(library, QStringLiteral("strategy")), QList<qint64>{doc});
    // The entity index of the old text is gone: the analyser runs again.
    QCOMPARE(library.rows(QStringLiteral("SELECT count(*) FROM mentions WHERE document_id = %1").arg(doc)), QStringList{QStringLiteral("0")});

    // Every annotation is still there, each where the user will look for it.
    AnnotationStore store(library.database());
    const Annotation k = store.byId(kept);
    QCOMPARE(k.anchor, Annotation::Anchor::Anchored);
    QCOMPARE(kNew.mid(k.start, k.end - k.start), QStringLiteral("the NISC would grow"));
    const Annotation m = store.byId(moved);
    QCOMPARE(m.anchor, Annotation::Anchor::Anchored);
    QCOMPARE(m.start, kNew.indexOf(QStringLiteral("Kishida welcomed the plan")));
    QCOMPARE(m.note, QStringLiteral("reaction"));
    const Annotation f = store.byId(review);
    QCOMPARE(f.anchor, Annotation::Anchor::NeedsReview);
    QCOMPARE(f.exact, QStringLiteral("budget rose to 5.12 billion yen"));
    QCOMPARE(f.previousExact, QStringLiteral("budget rose to 5.08 billion yen"));
    const Annotation o = store.byId(orphan);
    QCOMPARE(o.anchor, Annotation::Anchor::Orphaned);
    QCOMPARE(o.exact, QStringLiteral("migrating zebras"));
    QCOMPARE(o.note, QStringLiteral("odd"));
    AnnotationFilter orphans;
    orphans.anchor = Annotation::Anchor::Orphaned;
    QCOMPARE(store.count(orphans), 1);
}

void TestTextReplacement::undoPutsEverythingBack()
{
    Test::Library library;
    const qint64 doc = library.addDocument(kOld, QStringLiteral("Press conference"));
    QVERIFY(annotate(library, doc, QStringLiteral("Kishida welcomed the plan"), QString()));
    QVERIFY(annotate(library, doc, QStringLiteral("migrating zebras"), QString()));
    const QStringList before = library.content();
    Document incoming;
    incoming.text = kNew;
    const Expected<TextReplacement> r = TextReplacement::replace(library.database(), doc, incoming);
    QVERIFY(r);
    QVERIFY(library.content() != before);

    QVERIFY(TextReplacement::restore(library.database(), r->before, r->annotationsBefore));
    QCOMPARE(library.content(), before);
    QCOMPARE(DocumentStore(library.database()).byId(doc).text, kOld);
    QCOMPARE(searchIds(library, QStringLiteral("zebras")), QList<qint64>{doc});
    QVERIFY(searchIds(library, QStringLiteral("strategy")).isEmpty());

    QVERIFY(TextReplacement::restore(library.database(), r->after, r->annotationsAfter));
    QCOMPARE(DocumentStore(library.database()).byId(doc).text, kNew);
    AnnotationFilter orphans;
    orphans.anchor = Annotation::Anchor::Orphaned;
    QCOMPARE(AnnotationStore(library.database()).count(orphans), 1);
}

void TestTextReplacement::sameTextChangesNothing()
{
    Test::Library library;
    const qint64 doc = library.addDocument(kOld);
    QVERIFY(annotate(library, doc, QStringLiteral("migrating zebras"), QString()));
    const QStringList before = library.content();
    Document incoming;
    incoming.text = kOld;
    const Expected<TextReplacement> r = TextReplacement::replace(library.database(), doc, incoming);
    QVERIFY(r);
    QVERIFY(r->unchanged);
    QCOMPARE(library.content(), before);
}

void TestTextReplacement::refusesAnotherDocumentsText()
{
    Test::Library library;
    const qint64 doc = library.addDocument(kOld);
    const qint64 other = library.addDocument(kNew);
    QVERIFY(annotate(library, doc, QStringLiteral("migrating zebras"), QString()));
    const QStringList before = library.content();
    Document incoming;
    incoming.text = kNew;
    const Expected<TextReplacement> r = TextReplacement::replace(library.database(), doc, incoming);
    QVERIFY(!r);
    QVERIFY(r.error().contains(QString::number(other)));
    QCOMPARE(library.content(), before);
    QCOMPARE(DocumentStore(library.database()).byId(doc).text, kOld);
    QVERIFY(!TextReplacement::replace(library.database(), 999, incoming));
}

void TestTextReplacement::keepsTheUsersMetadata()
{
    Test::Library library;
    const qint64 doc = library.addDocument(kOld, QStringLiteral("Press conference"));
    Document incoming;
    incoming.text = kNew;
    incoming.title = QStringLiteral("Imported title");
    incoming.publisher = QStringLiteral("Kyodo");
    QVERIFY(TextReplacement::replace(library.database(), doc, incoming));
    const Document stored = DocumentStore(library.database()).byId(doc);
    QCOMPARE(stored.title, QStringLiteral("Press conference")); // the user's
    QCOMPARE(stored.publisher, QStringLiteral("Kyodo")); // was empty
}

QTEST_GUILESS_MAIN(TestTextReplacement)
#include "tst_textreplacement.moc"
