#include "corpus/bundledcorpus.h"
#include "store/database.h"
#include "store/documentstore.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dossier;

class TestBundledCorpus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsFiveDocumentsWithCuratedMetadata()
    {
        const Expected<QList<Document>> docs = BundledCorpus::load();
        QVERIFY2(docs.ok(), qPrintable(docs.error()));
        QCOMPARE(docs->size(), 5);
        for (const Document &d : *docs) {
            QVERIFY(!d.title.isEmpty());
            QVERIFY(!d.publisher.isEmpty());
            QVERIFY(d.publishedOn.isValid());
            QCOMPARE(d.language, QStringLiteral("en"));
            QVERIFY(d.kind == QLatin1String("news-article") || d.kind == QLatin1String("press-conference-transcript"));
        }
        QCOMPARE(docs->at(0).publishedOn, QDate(2012, 9, 20));
        QCOMPARE(docs->at(0).kind, QStringLiteral("press-conference-transcript"));
    }

    void textsAreTheFilesUnchanged()
    {
        const Expected<QList<Document>> docs = BundledCorpus::load();
        QVERIFY(docs.ok());
        const QDir corpus(QStringLiteral(DOSSIER_SOURCE_DIR "/corpus"));
        for (const Document &d : *docs) {
            QFile file(corpus.filePath(d.sourceName));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(d.text.toUtf8(), file.readAll());
        }
    }

    void addedOnlyToAnEmptyLibrary()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        DocumentStore store(db);
        QVERIFY(BundledCorpus::addToEmptyLibrary(store).ok());
        QCOMPARE(store.count(), 5);
        QVERIFY(BundledCorpus::addToEmptyLibrary(store).ok());
        QCOMPARE(store.count(), 5);
    }

    void missingManifestIsAClearError()
    {
        QTemporaryDir dir;
        const Expected<QList<Document>> docs = BundledCorpus::load(dir.path());
        QVERIFY(!docs.ok());
        QVERIFY(docs.error().contains(QStringLiteral("manifest")));
    }
};

QTEST_GUILESS_MAIN(TestBundledCorpus)
#include "tst_bundledcorpus.moc"
