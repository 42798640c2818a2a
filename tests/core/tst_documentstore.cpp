#include "store/database.h"
#include "store/documentstore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Dossier;

class TestDocumentStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(m_db.open(m_dir->filePath(QStringLiteral("lib.sqlite"))).ok());
    }
    void cleanup()
    {
        m_db.close();
        m_dir.reset();
    }

    void addKeepsTextExactly()
    {
        DocumentStore store(m_db);
        Document d;
        d.title = QStringLiteral("Kato urges vigilance");
        d.publishedOn = QDate(2021, 7, 6);
        // Leading spaces, CRLF, a zero-width no-break space and non-BMP text
        // all survive. (A leading U+FEFF is a byte-order mark: importers
        // drop it before the text reaches the store.)
        d.text = QStringLiteral("  \uFEFFLine one\r\nLine two \U0001F600 \u5185\u95A3\n\n");
        const Expected<qint64> id = store.add(d);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        const Document back = store.byId(*id);
        QVERIFY(back.isValid());
        QCOMPARE(back.text, d.text);
        QCOMPARE(back.title, d.title);
        QCOMPARE(back.publishedOn, d.publishedOn);
        QCOMPARE(back.sha256, Document::hashText(d.text));
        QVERIFY(!back.uuid.isEmpty());
        QCOMPARE(store.count(), 1);
    }

    void leadingByteOrderMarkIsDropped()
    {
        DocumentStore store(m_db);
        Document d;
        d.text = QStringLiteral("\uFEFFText with a mark");
        const Expected<qint64> id = store.add(d);
        QVERIFY(id.ok());
        const Document back = store.byId(*id);
        QCOMPARE(back.text, QStringLiteral("Text with a mark"));
        QCOMPARE(back.sha256, Document::hashText(back.text));
    }

    void duplicateTextIsRefused()
    {
        DocumentStore store(m_db);
        Document d;
        d.text = QStringLiteral("Same text");
        QVERIFY(store.add(d).ok());
        d.title = QStringLiteral("Another title");
        const Expected<qint64> second = store.add(d);
        QVERIFY(!second.ok());
        QVERIFY(second.error().contains(QStringLiteral("already")));
        QCOMPARE(store.count(), 1);
    }

    void listOmitsTextAndKeepsOrder()
    {
        DocumentStore store(m_db);
        for (int i = 0; i < 3; ++i) {
            Document d;
            d.title = QStringLiteral("Doc %1").arg(i);
            d.text = QStringLiteral("Text %1").arg(i);
            QVERIFY(store.add(d).ok());
        }
        const Expected<QList<Document>> all = store.list();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(2).title, QStringLiteral("Doc 2"));
        QVERIFY(all->at(0).text.isEmpty());
        QVERIFY(!store.byId(9999).isValid());
    }

    void correctionsSurviveReimport()
    {
        DocumentStore store(m_db);
        Document d;
        d.title = QStringLiteral("Detected title");
        d.publisher = QStringLiteral("Detected");
        d.text = QStringLiteral("Some article text.");
        const Expected<qint64> id = store.add(d);
        QVERIFY(id.ok());
        Document edited = store.byId(*id);
        edited.title = QStringLiteral("Corrected title");
        edited.publishedOn = QDate(2015, 2, 3);
        QVERIFY(store.updateMetadata(edited).ok());
        QCOMPARE(store.byId(*id).title, QStringLiteral("Corrected title"));

        const Expected<Document> removed = store.remove(*id);
        QVERIFY(removed.ok());
        QCOMPARE(removed->text, d.text);
        QCOMPARE(store.count(), 0);
        const Expected<qint64> again = store.add(d); // re-import: detected values
        QVERIFY(again.ok());
        const Document back = store.byId(*again);
        QCOMPARE(back.title, QStringLiteral("Corrected title"));
        QCOMPARE(back.publishedOn, QDate(2015, 2, 3));
        QCOMPARE(back.publisher, QStringLiteral("Detected"));
        QVERIFY(!store.updateMetadata(Document()).ok());
    }

    void removalCanBeUndone()
    {
        DocumentStore store(m_db);
        Document d;
        d.text = QStringLiteral("Text to remove.");
        const Expected<qint64> id = store.add(d);
        QVERIFY(id.ok());
        const Expected<Document> removed = store.remove(*id);
        QVERIFY(removed.ok());
        QVERIFY(!store.remove(*id).ok());
        const Expected<qint64> restored = store.add(*removed);
        QVERIFY(restored.ok());
        QCOMPARE(*restored, *id);
        QCOMPARE(store.byId(*id).uuid, removed->uuid);
    }

    void searchTextBlanksFurnitureKeepingOffsets()
    {
        const QString text = QStringLiteral("Home > News > Politics\nThe cabinet adopted the strategy on Tuesday after a long debate among the members.\n");
        const QString search = DocumentStore::searchTextOf(text);
        QCOMPARE(search.size(), text.size());
        QVERIFY(!search.contains(QStringLiteral("Politics")));
        QCOMPARE(search.mid(text.indexOf(QStringLiteral("The cabinet"))), text.mid(text.indexOf(QStringLiteral("The cabinet"))));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    Database m_db;
};

QTEST_GUILESS_MAIN(TestDocumentStore)
#include "tst_documentstore.moc"
