#include "store/annotationstore.h"
#include "store/tagstore.h"
#include "store/transaction.h"
#include "testlibrary.h"

#include <QTest>

using namespace Dossier;

namespace {
const QString kText = QStringLiteral(
    "Chief Cabinet Secretary Kato said the government would strengthen its defences. "
    "NISC reported 5.08 million suspicious probes \U0001F4C8 in FY2013.");
}

class TestAnnotationStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_lib = std::make_unique<Test::Library>();
        QVERIFY(m_lib->isOpen());
        m_doc = m_lib->addDocument(kText);
        QVERIFY(m_doc > 0);
    }
    void cleanup() { m_lib.reset(); }

    void addAndReadBack()
    {
        AnnotationStore store(m_lib->database());
        TagStore tags(m_lib->database());
        const qint64 start = kText.indexOf(QStringLiteral("in FY2013")) - 2; // the space, after an emoji of 2 UTF-16 units
        Annotation a = Annotation::forRange(m_doc, kText, start, start + 10);
        QCOMPARE(a.exact, QStringLiteral(" in FY2013"));
        a.note = QStringLiteral("Compare FY2011.");
        a.colour = QStringLiteral("green");
        a.isPrivate = true;
        a.tagIds = *tags.ensurePaths({QStringLiteral("stats/probes"), QStringLiteral("nisc")});
        const Expected<qint64> id = store.add(a);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        const Annotation back = store.byId(*id);
        QVERIFY(back.isValid());
        QVERIFY(!back.uuid.isEmpty());
        QVERIFY(back.created.isValid());
        QCOMPARE(back.modified, back.created);
        a.id = *id;
        a.uuid = back.uuid;
        a.created = back.created;
        a.modified = back.modified;
        std::sort(a.tagIds.begin(), a.tagIds.end());
        QCOMPARE(back, a);
        QCOMPARE(store.count(), 1);
    }

    void rejectsInvalid()
    {
        AnnotationStore store(m_lib->database());
        Annotation a = Annotation::forRange(m_doc, kText, 0, 5);
        a.colour = QStringLiteral("magenta");
        const Expected<qint64> badColour = store.add(a);
        QVERIFY(!badColour.ok());
        QVERIFY(badColour.error().contains(QStringLiteral("yellow")));
        a.colour.clear();
        a.documentId = 999;
        QVERIFY(store.add(a).error().contains(QStringLiteral("no document 999")));
        QVERIFY(!store.add(Annotation()).ok());
        QCOMPARE(store.count(), 0);
    }

    void updateAndRemove()
    {
        AnnotationStore store(m_lib->database());
        TagStore tags(m_lib->database());
        Annotation a = Annotation::forRange(m_doc, kText, 0, 5);
        a.id = *store.add(a);
        a = store.byId(a.id);
        a.note = QStringLiteral("edited");
        a.tagIds = *tags.ensurePaths({QStringLiteral("x")});
        a.modified = a.modified.addSecs(60);
        QVERIFY(store.update(a).ok());
        QCOMPARE(store.byId(a.id), a);
        QVERIFY(store.remove({a.id}).ok());
        QVERIFY(!store.byId(a.id).isValid());
        QVERIFY(!store.remove({a.id}).ok());
        QVERIFY(!store.update(a).ok());
        QCOMPARE(m_lib->rows(QStringLiteral("SELECT count(*) FROM annotation_tags")), QStringList{QStringLiteral("0")});
    }

    void manyAreAddedAllOrNoneAndFoundByUuid()
    {
        AnnotationStore store(m_lib->database());
        TagStore tags(m_lib->database());
        const QList<qint64> tagIds = *tags.ensurePaths({QStringLiteral("a"), QStringLiteral("b")});
        QList<Annotation> many;
        for (int i = 0; i < 50; ++i) {
            Annotation a = Annotation::forRange(m_doc, kText, i, i + 5);
            a.note = QStringLiteral("note %1").arg(i);
            if (i % 3 == 0)
                a.tagIds = tagIds;
            many.append(a);
        }
        // One bad annotation in the middle: nothing is stored.
        QList<Annotation> withBad = many;
        withBad[25].documentId = 999;
        QVERIFY(store.addAll(withBad).error().contains(QStringLiteral("no document 999")));
        QCOMPARE(store.count(), 0);
        QCOMPARE(m_lib->rows(QStringLiteral("SELECT count(*) FROM annotation_tags")), QStringList{QStringLiteral("0")});

        const Expected<QList<qint64>> ids = store.addAll(many);
        QVERIFY2(ids.ok(), qPrintable(ids.error()));
        QCOMPARE(ids->size(), 50);
        QCOMPARE(store.count(), 50);
        QStringList uuids;
        for (int i = 0; i < 50; ++i) {
            const Annotation back = store.byId(ids->at(i));
            QCOMPARE(back.note, QStringLiteral("note %1").arg(i));
            QCOMPARE(back.tagIds, i % 3 == 0 ? tagIds : QList<qint64>());
            uuids.append(back.uuid);
        }
        uuids.append(QStringLiteral("00000000-0000-0000-0000-000000000000")); // none here
        const QHash<QString, Annotation> found = store.byUuids(uuids);
        QCOMPARE(found.size(), 50);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(found.value(uuids.at(i)), store.byId(ids->at(i)));
        QVERIFY(store.byUuids({}).isEmpty());
    }

    void restoreKeepsIdAndUuid()
    {
        AnnotationStore store(m_lib->database());
        Annotation a = Annotation::forRange(m_doc, kText, 6, 12);
        a.id = *store.add(a);
        a = store.byId(a.id);
        QVERIFY(store.remove({a.id}).ok());
        QCOMPARE(*store.add(a), a.id);
        QCOMPARE(store.byId(a.id), a);
    }

    void findFilters()
    {
        AnnotationStore store(m_lib->database());
        TagStore tags(m_lib->database());
        const qint64 other = m_lib->addDocument(QStringLiteral("Another document about NISC and deterrence."));
        const auto ids = *tags.ensurePaths({QStringLiteral("policy/deterrence"), QStringLiteral("actors")});
        const qint64 policy = tags.byPath(QStringLiteral("policy")).id;
        const QDateTime t0 = QDateTime(QDate(2024, 5, 1), QTime(10, 0), QTimeZone::UTC);
        struct Row { qint64 doc; qint64 start; QString colour; QString note; QList<qint64> tags; int days; };
        const QList<Row> rows = {
            {m_doc, 0, QStringLiteral("yellow"), QStringLiteral("kato quote"), {ids.at(0)}, 0},
            {m_doc, 24, QStringLiteral("green"), QStringLiteral("50% more_"), {ids.at(1)}, 1},
            {other, 0, QStringLiteral("yellow"), QString(), {}, 2},
            {other, 23, QStringLiteral("blue"), QStringLiteral("NISC again"), {policy}, 3},
        };
        QList<qint64> added;
        for (const Row &r : rows) {
            Annotation a = Annotation::forRange(r.doc, r.doc == m_doc ? kText : QStringLiteral("Another document about NISC and deterrence."), r.start, r.start + 4);
            QVERIFY(a.isValid());
            a.colour = r.colour;
            a.note = r.note;
            a.tagIds = r.tags;
            a.created = t0.addDays(r.days);
            added.append(*store.add(a));
        }
        auto idsOf = [&](const AnnotationFilter &f) {
            QList<qint64> result;
            const Expected<QList<Annotation>> found = store.find(f);
            for (const Annotation &a : *found)
                result.append(a.id);
            return result;
        };
        AnnotationFilter f;
        QCOMPARE(idsOf(f), added);
        f.documentId = other;
        QCOMPARE(idsOf(f), (QList<qint64>{added.at(2), added.at(3)}));
        f = {};
        f.documentIds = {other, 999};
        QCOMPARE(idsOf(f), (QList<qint64>{added.at(2), added.at(3)}));
        f.documentIds = {m_doc, other};
        QCOMPARE(idsOf(f), added);
        f.tagIds = tags.subtreeIds(policy);
        QCOMPARE(store.count(f), 2);
        f = {};
        f.tagIds = tags.subtreeIds(policy);
        QCOMPARE(idsOf(f), (QList<qint64>{added.at(0), added.at(3)}));
        f = {};
        f.colour = QStringLiteral("yellow");
        QCOMPARE(idsOf(f), (QList<qint64>{added.at(0), added.at(2)}));
        f = {};
        f.text = QStringLiteral("nisc"); // the note of one, the quote of another
        QCOMPARE(idsOf(f), (QList<qint64>{added.at(3)}));
        f.text = QStringLiteral("0% more_"); // LIKE wildcards are taken literally
        QCOMPARE(idsOf(f), (QList<qint64>{added.at(1)}));
        f.text = QStringLiteral("0_ more");
        QCOMPARE(idsOf(f), QList<qint64>{});
        f = {};
        f.createdFrom = t0.addDays(1);
        f.createdUntil = t0.addDays(3);
        QCOMPARE(idsOf(f), (QList<qint64>{added.at(1), added.at(2)}));
        QCOMPARE(store.count(f), 2);
        f = {};
        f.anchor = Annotation::Anchor::Orphaned;
        QCOMPARE(store.count(f), 0);
    }

    void nestedTransactionsCommitOrRollBackTogether()
    {
        AnnotationStore store(m_lib->database());
        {
            Transaction outer(m_lib->database());
            QVERIFY(outer.begun().ok());
            QVERIFY(store.add(Annotation::forRange(m_doc, kText, 0, 5)).ok()); // a savepoint inside
            QCOMPARE(store.count(), 1);
        } // not committed: rolled back
        QCOMPARE(store.count(), 0);
        {
            Transaction outer(m_lib->database());
            QVERIFY(store.add(Annotation::forRange(m_doc, kText, 0, 5)).ok());
            QVERIFY(!store.remove({12345}).ok()); // fails and rolls back only its savepoint
            QVERIFY(outer.commit().ok());
        }
        QCOMPARE(store.count(), 1);
    }

private:
    std::unique_ptr<Test::Library> m_lib;
    qint64 m_doc = 0;
};

QTEST_GUILESS_MAIN(TestAnnotationStore)
#include "tst_annotationstore.moc"
