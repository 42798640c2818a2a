#include "corpus/furniture.h"
#include "corpus/importer.h"
#include "store/database.h"
#include "store/documentbatch.h"
#include "store/documentstore.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Dossier;

namespace {

// A web clipping with furniture before and after its article.
QString clipping(int i)
{
    return QStringLiteral("Home | News | Politics | Business | Sign in\nTop > Politics > Security\n"
                          "Cabinet adopts cyber strategy number %1\n\n"
                          "The cabinet adopted the national cybersecurity strategy on Tuesday after a long debate "
                          "among the members of the council, officials said.\n"
                          "The strategy number %1 sets out how the ministries share information about attacks.\n\n"
                          "Share  Tweet  Email  Print\nAll rights reserved.\n")
        .arg(i);
}

Document document(const QString &text)
{
    Document d;
    d.text = text;
    d.sha256 = Document::hashText(text);
    d.title = text.section(QLatin1Char('\n'), 2, 2);
    return d;
}

} // namespace

class TestDocumentBatch : public QObject
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

    QStringList column(const QString &sql)
    {
        QStringList values;
        QSqlQuery query(m_db.connection());
        if (!query.exec(sql))
            return {QStringLiteral("error")};
        while (query.next())
            values.append(query.value(0).toString());
        return values;
    }

    // The furniture the importer found gives the store the search text it
    // would have detected itself.
    void furnitureFromTheImporterGivesTheSameSearchText()
    {
        const QString path = m_dir->filePath(QStringLiteral("clip.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(clipping(1).toUtf8());
        file.close();
        QList<TextSpan> furniture;
        const Expected<Document> imported = Importer::importFile(path, &furniture);
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QVERIFY(!furniture.isEmpty());
        QVERIFY(furniture == Furniture::detect(imported->text));
        QCOMPARE(DocumentStore::searchTextOf(imported->text, furniture), DocumentStore::searchTextOf(imported->text));
        QCOMPARE(Importer::importFile(path)->title, imported->title);

        DocumentStore store(m_db);
        DocumentBatch batch(store);
        batch.append(*imported, furniture);
        const QList<DocumentBatch::Outcome> outcomes = batch.write();
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().kind, DocumentBatch::Outcome::Added);
        QCOMPARE(column(QStringLiteral("SELECT search_text FROM documents")), QStringList{DocumentStore::searchTextOf(imported->text)});
        QVERIFY(!column(QStringLiteral("SELECT search_text FROM documents")).first().contains(QStringLiteral("Sign in")));
        // Found by the full-text index, furniture not.
        QCOMPARE(column(QStringLiteral("SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'ministries'")).size(), 1);
        QCOMPARE(column(QStringLiteral("SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'Tweet'")).size(), 0);
    }

    // A leading byte-order mark is dropped by the store: the furniture's
    // offsets then no longer fit, and the store finds its own.
    void furnitureOfATextWithAByteOrderMarkIsDetectedAgain()
    {
        const QString text = QChar(0xFEFF) + clipping(2);
        DocumentStore store(m_db);
        DocumentBatch batch(store);
        batch.append(document(text), Furniture::detect(text));
        QCOMPARE(batch.write().first().kind, DocumentBatch::Outcome::Added);
        QCOMPARE(column(QStringLiteral("SELECT search_text FROM documents")), QStringList{DocumentStore::searchTextOf(text.mid(1))});
    }

    void duplicatesInTheLibraryAndInTheBatch()
    {
        DocumentStore store(m_db);
        const Expected<qint64> first = store.add(document(clipping(1)));
        QVERIFY(first.ok());
        DocumentBatch batch(store);
        for (int i : {2, 1, 3, 2})
            batch.append(document(clipping(i)), Furniture::detect(clipping(i)));
        QCOMPARE(batch.size(), 4);
        const QList<DocumentBatch::Outcome> outcomes = batch.write();
        QVERIFY(batch.isEmpty());
        QCOMPARE(outcomes.size(), 4);
        QCOMPARE(outcomes.at(0).kind, DocumentBatch::Outcome::Added);
        QCOMPARE(outcomes.at(1).kind, DocumentBatch::Outcome::Duplicate);
        QCOMPARE(outcomes.at(1).documentId, *first);
        QCOMPARE(outcomes.at(2).kind, DocumentBatch::Outcome::Added);
        QCOMPARE(outcomes.at(3).kind, DocumentBatch::Outcome::Duplicate);
        QCOMPARE(outcomes.at(3).documentId, outcomes.at(0).documentId);
        QCOMPARE(store.count(), 3);
        QCOMPARE(store.byId(outcomes.at(2).documentId).text, clipping(3));
    }

    // A write failing half-way: the documents before it stay (whole, and in
    // the index), the failing one and those after it are not written.
    void aFailureKeepsWhatCameBefore()
    {
        DocumentStore store(m_db);
        const Expected<qint64> existing = store.add(document(clipping(1)));
        QVERIFY(existing.ok());
        DocumentBatch batch(store);
        batch.append(document(clipping(2)), Furniture::detect(clipping(2)));
        batch.append(document(clipping(3)), Furniture::detect(clipping(3)));
        Document clash = document(clipping(4));
        clash.id = *existing; // the id is taken: the insert fails
        batch.append(clash, Furniture::detect(clash.text));
        batch.append(document(clipping(5)), Furniture::detect(clipping(5)));
        const QList<DocumentBatch::Outcome> outcomes = batch.write();
        QCOMPARE(outcomes.size(), 3);
        QCOMPARE(outcomes.at(0).kind, DocumentBatch::Outcome::Added);
        QCOMPARE(outcomes.at(1).kind, DocumentBatch::Outcome::Added);
        QCOMPARE(outcomes.at(2).kind, DocumentBatch::Outcome::Failed);
        QVERIFY(!outcomes.at(2).error.isEmpty());
        QCOMPARE(store.count(), 3);
        QCOMPARE(store.byId(outcomes.at(0).documentId).text, clipping(2));
        QCOMPARE(store.byId(outcomes.at(1).documentId).text, clipping(3));
        QCOMPARE(store.idForHash(Document::hashText(clipping(5))), 0);
        QCOMPARE(column(QStringLiteral("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'strategy'")), QStringList{QStringLiteral("3")});
        // Nothing is left open: the next write is a transaction of its own.
        QVERIFY(store.add(document(clipping(5))).ok());
        QCOMPARE(store.count(), 4);
    }

    void fillsUpByText()
    {
        DocumentStore store(m_db);
        DocumentBatch batch(store);
        QVERIFY(!batch.isFull());
        Document big = document(QString(DocumentBatch::kTextPerBatch / 2, QLatin1Char('a')));
        batch.append(big, {});
        QVERIFY(!batch.isFull());
        big = document(QString(DocumentBatch::kTextPerBatch / 2, QLatin1Char('b')));
        batch.append(big, {});
        QVERIFY(batch.isFull());
        QCOMPARE(batch.write().size(), 2);
        QVERIFY(!batch.isFull());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    Database m_db;
};

QTEST_GUILESS_MAIN(TestDocumentBatch)
#include "tst_documentbatch.moc"
