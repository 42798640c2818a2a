#include "store/annotationstore.h"
#include "store/tagstore.h"
#include "testlibrary.h"

#include <QSqlQuery>
#include <QTest>

using namespace Dossier;

class TestTagStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_lib = std::make_unique<Test::Library>();
        QVERIFY(m_lib->isOpen());
        m_doc = m_lib->addDocument(QStringLiteral("The Cabinet Secretariat warned of attacks."));
        QVERIFY(m_doc > 0);
    }
    void cleanup() { m_lib.reset(); }

    void splitPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("segments");
        QTest::newRow("one") << QStringLiteral("deterrence") << QStringList{QStringLiteral("deterrence")};
        QTest::newRow("nested, spaced") << QStringLiteral(" policy / active  defence ")
                                        << QStringList{QStringLiteral("policy"), QStringLiteral("active defence")};
        QTest::newRow("empty segment") << QStringLiteral("policy//x") << QStringList{};
        QTest::newRow("trailing slash") << QStringLiteral("policy/") << QStringList{};
        QTest::newRow("blank") << QStringLiteral("  ") << QStringList{};
    }
    void splitPath()
    {
        QFETCH(QString, path);
        QFETCH(QStringList, segments);
        QCOMPARE(Tag::splitPath(path), segments);
    }

    void ensurePathsCreatesOnTheFlyAndReuses()
    {
        TagStore tags(m_lib->database());
        TagChange change;
        const auto ids = tags.ensurePaths({QStringLiteral("policy/deterrence"), QStringLiteral("Policy/attribution"), QStringLiteral("policy")}, &change);
        QVERIFY2(ids.ok(), qPrintable(ids.error()));
        QCOMPARE(ids->size(), 3);
        QCOMPARE(change.addedTags.size(), 3); // policy, deterrence, attribution
        const Tag deterrence = tags.byId(ids->at(0));
        QCOMPARE(deterrence.path, QStringLiteral("policy/deterrence"));
        QCOMPARE(tags.byId(ids->at(1)).path, QStringLiteral("policy/attribution"));
        QCOMPARE(ids->at(2), deterrence.parentId);
        QCOMPARE(tags.byPath(QStringLiteral("POLICY/Deterrence")).id, deterrence.id);
        QVERIFY(!tags.byPath(QStringLiteral("policy/nothing")).isValid());

        TagChange again;
        const auto same = tags.ensurePaths({QStringLiteral("policy/deterrence")}, &again);
        QCOMPARE(same->first(), deterrence.id);
        QVERIFY(again.isEmpty());
        QCOMPARE(tags.list()->size(), 3);
        QVERIFY(!tags.ensurePaths({QStringLiteral("a//b")}).ok());
        QCOMPARE(tags.list()->size(), 3);
    }

    void topLevelNamesAreUnique()
    {
        QSqlQuery query(m_lib->database().connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO tags (uuid, name) VALUES ('u1', 'x')")));
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO tags (uuid, name) VALUES ('u2', 'x')")));
    }

    void renameMoveAndConflicts()
    {
        TagStore tags(m_lib->database());
        const auto ids = *tags.ensurePaths({QStringLiteral("policy/deterrence"), QStringLiteral("policy/attribution"), QStringLiteral("actors")});
        QVERIFY(tags.rename(ids.at(0), QStringLiteral("Deterrence by denial")).ok());
        QCOMPARE(tags.byId(ids.at(0)).path, QStringLiteral("policy/Deterrence by denial"));
        const auto clash = tags.rename(ids.at(0), QStringLiteral("ATTRIBUTION"));
        QVERIFY(!clash.ok());
        QVERIFY(clash.error().contains(QStringLiteral("merge")));
        QVERIFY(!tags.rename(ids.at(0), QStringLiteral("a/b")).ok());

        QVERIFY(tags.move(ids.at(1), ids.at(2)).ok());
        QCOMPARE(tags.byId(ids.at(1)).path, QStringLiteral("actors/attribution"));
        const Tag policy = tags.byPath(QStringLiteral("policy"));
        QVERIFY(!tags.move(policy.id, ids.at(0)).ok()); // into its own child
        QVERIFY(tags.move(ids.at(0), 0).ok());
        QCOMPARE(tags.byId(ids.at(0)).path, QStringLiteral("Deterrence by denial"));
    }

    void mergeMovesEverythingAndCanBeUndone()
    {
        TagStore tags(m_lib->database());
        AnnotationStore annotations(m_lib->database());
        const auto ids = *tags.ensurePaths({QStringLiteral("china"), QStringLiteral("china/apt10"), QStringLiteral("prc"),
                                            QStringLiteral("prc/apt10"), QStringLiteral("prc/apt41")});
        const qint64 china = ids.at(0), chinaApt10 = ids.at(1), prc = ids.at(2), prcApt10 = ids.at(3), prcApt41 = ids.at(4);
        const QString text = QStringLiteral("The Cabinet Secretariat warned of attacks.");
        Annotation a = Annotation::forRange(m_doc, text, 4, 11);
        a.tagIds = {prc, prcApt10};
        const qint64 first = *annotations.add(a);
        a.tagIds = {china, prcApt41};
        const qint64 second = *annotations.add(a);
        QVERIFY(tags.tagDocuments({m_doc}, prc).ok());

        const TagUsage before = tags.usage(prc);
        QCOMPARE(before.tags, 3);
        QCOMPARE(before.annotations, 2);
        QCOMPARE(before.documents, 1);

        const QStringList original = m_lib->content();
        const auto merged = tags.merge(prc, china);
        QVERIFY2(merged.ok(), qPrintable(merged.error()));
        QVERIFY(!tags.byId(prc).isValid());
        QVERIFY(!tags.byId(prcApt10).isValid());
        QCOMPARE(tags.byId(prcApt41).path, QStringLiteral("china/apt41"));
        QCOMPARE(annotations.byId(first).tagIds, (QList<qint64>{china, chinaApt10}));
        QCOMPARE(annotations.byId(second).tagIds, (QList<qint64>{china, prcApt41}));
        QCOMPARE(tags.documentsWithTag(china), QList<qint64>{m_doc});
        QCOMPARE(tags.usage(china).annotations, 2);

        const QStringList afterMerge = m_lib->content();
        QVERIFY(tags.apply(merged->inverted()).ok());
        QCOMPARE(m_lib->content(), original);
        QVERIFY(tags.apply(*merged).ok());
        QCOMPARE(m_lib->content(), afterMerge);
        // Replaying it twice does not silently do half of it.
        QVERIFY(!tags.apply(*merged).ok());
        QCOMPARE(m_lib->content(), afterMerge);

        QVERIFY(!tags.merge(china, chinaApt10).ok()); // into its own child
    }

    void removeTakesSubtreeAndLinksAndCanBeUndone()
    {
        TagStore tags(m_lib->database());
        AnnotationStore annotations(m_lib->database());
        const auto ids = *tags.ensurePaths({QStringLiteral("policy/deterrence/denial"), QStringLiteral("other")});
        const Tag policy = tags.byPath(QStringLiteral("policy"));
        Annotation a = Annotation::forRange(m_doc, QStringLiteral("The Cabinet Secretariat warned of attacks."), 0, 3);
        a.tagIds = {ids.at(0), ids.at(1)};
        const qint64 id = *annotations.add(a);
        QVERIFY(tags.tagDocuments({m_doc}, ids.at(0)).ok());
        const QStringList original = m_lib->content();

        const auto removed = tags.remove(policy.id);
        QVERIFY(removed.ok());
        QCOMPARE(removed->removedTags.size(), 3);
        QCOMPARE(tags.list()->size(), 1);
        QCOMPARE(annotations.byId(id).tagIds, QList<qint64>{ids.at(1)});
        QVERIFY(tags.documentTags(m_doc).isEmpty());
        QVERIFY(tags.apply(removed->inverted()).ok());
        QCOMPARE(m_lib->content(), original);
        QCOMPARE(tags.documentTags(m_doc).first().path, QStringLiteral("policy/deterrence/denial"));
    }

    void colourAndDocumentTags()
    {
        TagStore tags(m_lib->database());
        const qint64 id = tags.ensurePaths({QStringLiteral("deterrence")})->first();
        QVERIFY(tags.setColour(id, QStringLiteral("#FF8800")).ok());
        QCOMPARE(tags.byId(id).colour, QStringLiteral("#ff8800"));
        QVERIFY(!tags.setColour(id, QStringLiteral("not-a-colour")).ok());
        const qint64 other = m_lib->addDocument(QStringLiteral("Another text."));
        const auto tagged = tags.tagDocuments({m_doc, other, m_doc}, id);
        QCOMPARE(tagged->addedDocumentLinks.size(), 2);
        QCOMPARE(tags.documentsWithTag(id), (QList<qint64>{m_doc, other}));
        QVERIFY(tags.tagDocuments({m_doc}, id)->isEmpty());
        QVERIFY(tags.untagDocuments({m_doc}, id).ok());
        QCOMPARE(tags.documentsWithTag(id), QList<qint64>{other});
        QVERIFY(!tags.tagDocuments({4242}, id).ok()); // no such document
        QCOMPARE(tags.documentsWithTag(id), QList<qint64>{other});
    }

private:
    std::unique_ptr<Test::Library> m_lib;
    qint64 m_doc = 0;
};

QTEST_GUILESS_MAIN(TestTagStore)
#include "tst_tagstore.moc"
