// Kills the real `dossier import` (a folder of many files) and `dossier
// import-bundle` with SIGKILL at 20 random (seeded) moments each, and checks
// after each kill that the database is intact, that everything reported as
// imported is there, and that no import is half there: a document is whole
// (text and full-text index entry) or absent; a bundle is merged completely
// or not at all.
#include "../core/testlibrary.h"
#include "faultharness.h"

#include "annotations/annotation.h"
#include "annotations/annotationeditor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Dossier;

namespace {
constexpr int kKills = 20;
constexpr int kFilesPerRound = 60;

// A text that says which file it is at its start and at its end, long
// enough (up to ~90 KB) that storing and indexing it takes a moment.
QByteArray fileText(int round, int file, QRandomGenerator &random)
{
    QByteArray text = QByteArrayLiteral("Report r%1f%2 on cyber policy.\n").replace("%1", QByteArray::number(round)).replace("%2", QByteArray::number(file));
    // About 50 KB a file, 3 MB a round: the import writes a round in several
    // batches (DocumentBatch::kTextPerBatch), so that kills can fall between
    // a batch reported and the next.
    const int paragraphs = 100 + int(random.bounded(500));
    for (int i = 0; i < paragraphs; ++i)
        text += "NISC said the number of incidents rose to " + QByteArray::number(random.bounded(100000)) + " in FY" + QByteArray::number(2010 + i % 12)
            + ", according to the Cabinet Secretariat, which called it a sevenfold increase over the period under review.\n";
    text += "End of r" + QByteArray::number(round) + "f" + QByteArray::number(file) + ".\n";
    return text;
}

// An import verb's "imported\tFILE\tdocument ID: TITLE" lines: ids by file.
QHash<QString, qint64> reportedImports(const QByteArray &out)
{
    static const QRegularExpression line(QStringLiteral("^imported\\t(.+)\\tdocument (\\d+): "), QRegularExpression::MultilineOption);
    QHash<QString, qint64> ids;
    for (auto it = line.globalMatch(QString::fromUtf8(out)); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        ids.insert(m.captured(1), m.captured(2).toLongLong());
    }
    return ids;
}
} // namespace

class TestKillImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void documentImport()
    {
        Test::Library lib;
        QVERIFY(lib.isOpen());
        lib.database().close();
        QTemporaryDir files;
        QRandomGenerator random(1111);

        // An uninterrupted import of a folder like the others gives the
        // span in which the kills fall.
        QHash<QString, QByteArray> texts; // by file path
        auto makeFolder = [&](int round) {
            const QString folder = files.filePath(QStringLiteral("round%1").arg(round));
            QDir().mkpath(folder);
            for (int i = 0; i < kFilesPerRound; ++i) {
                const QString path = QStringLiteral("%1/r%2f%3.txt").arg(folder).arg(round).arg(i);
                QFile file(path);
                const QByteArray text = fileText(round, i, random);
                if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
                    return QString();
                texts.insert(path, text);
            }
            return folder;
        };
        const QString calibration = makeFolder(kKills);
        QVERIFY(!calibration.isEmpty());
        const Test::Run full = Test::runDossier({QStringLiteral("import"), calibration, QStringLiteral("--db"), lib.path()});
        QVERIFY2(full.exitCode == 0, full.err.constData());
        QCOMPARE(int(reportedImports(full.out).size()), kFilesPerRound);

        QHash<QString, qint64> committed = reportedImports(full.out);
        int killedMidway = 0;
        for (int round = 0; round < kKills; ++round) {
            const QString folder = makeFolder(round);
            QVERIFY(!folder.isEmpty());
            // Every other kill anywhere in the run (start-up included), the
            // others in its second half, where batches have been reported.
            const qint64 span = qMax<qint64>(50, full.elapsedMs);
            const int moment = round % 2 == 0 ? int(random.bounded(span * 6 / 5)) : int(span / 2 + random.bounded(span / 2));
            const Test::Killed killed = Test::startAndKill(QStringLiteral(DOSSIER_EXECUTABLE),
                                                           {QStringLiteral("import"), folder, QStringLiteral("--db"), lib.path()}, 0, moment);
            const QHash<QString, qint64> reported = reportedImports(killed.out);
            if (!killed.finishedFirst && !reported.isEmpty())
                ++killedMidway;
            committed.insert(reported);
            checkDocuments(lib.path(), committed, texts, round);
        }
        qInfo("import: %d kills, %d of them after some files were reported imported; %lld documents reported; "
              "an uninterrupted import of %d files took %lld ms",
              kKills, killedMidway, qint64(committed.size()), kFilesPerRound, full.elapsedMs);
        QVERIFY(killedMidway > 0); // the kills hit imports under way, not only start-ups
    }

    void bundleImport()
    {
        // The bundle: 30 documents, 300 annotations with 3 tags each.
        Test::Library source;
        QVERIFY(source.isOpen());
        QRandomGenerator random(2222);
        {
            AnnotationEditor editor(source.database());
            for (int d = 0; d < 30; ++d) {
                const QString text = QString::fromUtf8(fileText(99, d, random));
                const qint64 id = source.addDocument(text, QStringLiteral("Bundle document %1").arg(d));
                QVERIFY(id);
                for (int a = 0; a < 10; ++a) {
                    Annotation annotation = Annotation::forRange(id, text, a * 50, a * 50 + 30);
                    annotation.note = QStringLiteral("note %1/%2").arg(d).arg(a);
                    QVERIFY(editor.addAnnotation(annotation, {QStringLiteral("bundle/d%1").arg(d), QStringLiteral("bundle/a%1").arg(a),
                                                              QStringLiteral("shared")}));
                }
            }
        }
        source.database().close();
        QTemporaryDir work;
        const QString bundle = work.filePath(QStringLiteral("b.dossier"));
        const Test::Run exported = Test::runDossier({QStringLiteral("export"), QStringLiteral("--bundle"), bundle, QStringLiteral("--db"), source.path()});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());

        // The library it goes into already has a document and an annotation.
        Test::Library target;
        QVERIFY(target.isOpen());
        const QString own = QStringLiteral("Chief Cabinet Secretary Kato said NISC would publish the figures.");
        const qint64 ownId = target.addDocument(own);
        QVERIFY(AnnotationEditor(target.database()).addAnnotation(Annotation::forRange(ownId, own, 0, 5), {QStringLiteral("mine")}));
        const QStringList before = Test::logicalContent(target.database());
        target.database().close();

        const QString merged = work.filePath(QStringLiteral("merged.sqlite"));
        QVERIFY(QFile::copy(target.path(), merged));
        const Test::Run full = Test::runDossier({QStringLiteral("import-bundle"), bundle, QStringLiteral("--db"), merged});
        QVERIFY2(full.exitCode == 0, full.err.constData());
        QStringList after;
        {
            Database db;
            QVERIFY(db.open(merged));
            after = Test::logicalContent(db);
        }
        QVERIFY(after.size() > before.size() + 300);

        // A dry run reads and plans as the merge does, without the
        // transaction: the merge writes between its end and the full run's.
        const QString dry = work.filePath(QStringLiteral("dry.sqlite"));
        QVERIFY(QFile::copy(target.path(), dry));
        const Test::Run planned = Test::runDossier({QStringLiteral("import-bundle"), QStringLiteral("--dry-run"), bundle, QStringLiteral("--db"), dry});
        QVERIFY2(planned.exitCode == 0, planned.err.constData());

        int none = 0, all = 0, walWritten = 0, inWindow = 0;
        for (int round = 0; round < kKills; ++round) {
            const QString path = work.filePath(QStringLiteral("round%1.sqlite").arg(round));
            QVERIFY(QFile::copy(target.path(), path));
            // Every other kill anywhere in the run, the others aimed at the
            // stretch where the merge writes.
            const qint64 from = round % 2 ? planned.elapsedMs * 4 / 5 : 0;
            const qint64 to = round % 2 ? full.elapsedMs * 11 / 10 : full.elapsedMs * 6 / 5;
            const int moment = int(from + random.bounded(qMax<qint64>(50, to - from)));
            inWindow += moment >= planned.elapsedMs && moment <= full.elapsedMs ? 1 : 0;
            const Test::Killed killed = Test::startAndKill(QStringLiteral(DOSSIER_EXECUTABLE),
                                                           {QStringLiteral("import-bundle"), bundle, QStringLiteral("--db"), path}, 0, moment);
            // A write-ahead log left with frames in it: the kill came during or
            // after the merge's transaction, not before it.
            walWritten += QFileInfo(path + QStringLiteral("-wal")).size() > 0 ? 1 : 0;
            Database db;
            const Result opened = db.open(path);
            QVERIFY2(opened.ok(), qPrintable(opened.error()));
            const QString damage = Test::damage(db);
            QVERIFY2(damage.isEmpty(), qPrintable(damage));
            const QStringList content = Test::logicalContent(db);
            if (killed.out.contains("Merged into the library."))
                QVERIFY2(content == after, qPrintable(QStringLiteral("round %1: reported merged, but the merge is not all there").arg(round)));
            if (content == before)
                ++none;
            else if (content == after)
                ++all;
            else
                QFAIL(qPrintable(QStringLiteral("round %1: a bundle merged in part (%2 rows, %3 before, %4 merged)")
                                     .arg(round).arg(content.size()).arg(before.size()).arg(after.size())));
        }
        qInfo("import-bundle: %d kills: %d left the library as it was, %d found it merged completely; %d left a written "
              "write-ahead log; %d fell between the end of a dry run (%lld ms) and of an uninterrupted merge (%lld ms)",
              kKills, none, all, walWritten, inWindow, planned.elapsedMs, full.elapsedMs);
    }

private:
    void checkDocuments(const QString &path, const QHash<QString, qint64> &committed, const QHash<QString, QByteArray> &texts, int round)
    {
        Database db;
        const Result opened = db.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        const QString damage = Test::damage(db);
        QVERIFY2(damage.isEmpty(), qPrintable(QStringLiteral("after kill %1: %2").arg(round).arg(damage)));
        // Every document there is whole: all its text, and found by the
        // full-text search on the last word of its text.
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT id, source_name, text FROM documents")));
        QHash<qint64, QString> present;
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            const QString text = query.value(2).toString();
            const QRegularExpressionMatch end = QRegularExpression(QStringLiteral("End of (r\\d+f\\d+)\\.\\n$")).match(text);
            QVERIFY2(end.hasMatch(), qPrintable(QStringLiteral("document %1 is cut short after kill %2").arg(id).arg(round)));
            QVERIFY(text.startsWith(QStringLiteral("Report %1 ").arg(end.captured(1))));
            present.insert(id, end.captured(1));
        }
        for (auto it = present.cbegin(); it != present.cend(); ++it) {
            QSqlQuery fts(db.connection());
            fts.prepare(QStringLiteral("SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?"));
            fts.addBindValue(QStringLiteral("\"%1\"").arg(it.value()));
            QVERIFY(fts.exec());
            QVERIFY2(fts.next() && fts.value(0).toLongLong() == it.key() && !fts.next(),
                     qPrintable(QStringLiteral("document %1 is not in the search index after kill %2").arg(it.key()).arg(round)));
        }
        for (auto it = committed.cbegin(); it != committed.cend(); ++it) {
            QVERIFY2(present.contains(it.value()),
                     qPrintable(QStringLiteral("%1, reported imported as document %2, is missing after kill %3").arg(it.key()).arg(it.value()).arg(round)));
            const Document stored = DocumentStore(db).byId(it.value());
            QCOMPARE(stored.text.toUtf8(), texts.value(it.key()));
        }
    }
};

QTEST_GUILESS_MAIN(TestKillImport)
#include "tst_killimport.moc"
