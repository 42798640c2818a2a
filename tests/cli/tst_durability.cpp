// Kills the real `dossier annotate`, looping as a writer, with SIGKILL at
// random (seeded) moments, and checks after each kill that the database is
// intact and holds every annotation whose id was printed, i.e. committed,
// each with all its tags: no half-written action.
#include "../core/testlibrary.h"
#include "faultharness.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

using namespace Dossier;

namespace {
constexpr int kKills = 20;
constexpr int kTagsPerAnnotation = 6;

// Each round writes annotations with kTagsPerAnnotation new tags (three
// levels deep), so that a transaction has many rows to get half-way through.
const char *kWriterLoop = R"sh(i=0
while :; do
  i=$((i+1))
  "$0" annotate 1 --db "$1" --range "$((i % 40)):$((i % 40 + 12))" --note "round $2 note $i" \
    --tag "r$2/n$i/a" --tag "r$2/n$i/b" --tag "r$2/n$i/c" --tag "r$2/m$i" --tag "shared" --tag "r$2/n$i/a/deep" || exit 3
done)sh";
} // namespace

class TestDurability : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void survivesSigkill()
    {
        Test::Library lib;
        QVERIFY(lib.isOpen());
        QCOMPARE(lib.addDocument(QStringLiteral("Chief Cabinet Secretary Kato said NISC would publish the figures for FY2013 soon.")), qint64(1));
        lib.database().close(); // only the child writes

        QRandomGenerator random(4242);
        QSet<qint64> committed;
        int killedWithOutput = 0;
        for (int round = 0; round < kKills; ++round) {
            // Once the writer has committed a few annotations, a random
            // moment more: a kill anywhere in start-up, transaction or commit.
            const int wantIds = int(random.bounded(4));
            const Test::Killed killed = Test::startAndKill(QStringLiteral("/bin/sh"),
                                                           {QStringLiteral("-c"), QString::fromLatin1(kWriterLoop),
                                                            QStringLiteral(DOSSIER_EXECUTABLE), lib.path(), QString::number(round)},
                                                           wantIds, int(random.bounded(250)));
            QVERIFY2(!killed.finishedFirst, killed.err.constData());
            const QList<QByteArray> lines = killed.out.split('\n');
            for (const QByteArray &line : lines) {
                bool ok = false;
                const qint64 id = line.trimmed().toLongLong(&ok);
                if (ok)
                    committed.insert(id);
            }
            killedWithOutput += killed.out.isEmpty() ? 0 : 1;
            checkDatabase(lib, committed, round);
        }
        qInfo("%d kills, %lld annotations committed before them", kKills, qint64(committed.size()));
        QVERIFY(committed.size() >= kKills / 2); // the test exercised writes, not only start-ups
        QVERIFY(killedWithOutput > 0);
    }

private:
    void checkDatabase(Test::Library &lib, const QSet<qint64> &committed, int round)
    {
        Database db;
        const Result opened = db.open(lib.path());
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        const QString damage = Test::damage(db);
        QVERIFY2(damage.isEmpty(), qPrintable(damage));
        QSqlQuery query(db.connection());
        QSet<qint64> present;
        QVERIFY(query.exec(QStringLiteral("SELECT a.id, a.note, (SELECT count(*) FROM annotation_tags t WHERE t.annotation_id = a.id) FROM annotations a")));
        while (query.next()) {
            present.insert(query.value(0).toLongLong());
            // Every annotation there is whole: its note and all its tags.
            QVERIFY2(query.value(1).toString().startsWith(QStringLiteral("round ")), qPrintable(QString::number(round)));
            QCOMPARE(query.value(2).toInt(), kTagsPerAnnotation);
        }
        for (qint64 id : committed)
            QVERIFY2(present.contains(id), qPrintable(QStringLiteral("annotation %1, printed as committed, is missing after kill %2").arg(id).arg(round)));
    }
};

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
