// dossier import --replace and annotations --status, run as the real
// executable: an edited version of a document's source replaces its text
// and its annotations are found again.
#include "../core/testlibrary.h"
#include "faultharness.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Dossier;

namespace {

const QString kOld = QStringLiteral(
    "Tokyo, 3 March. From the press conference held this morning at the Prime Minister's Office.\n"
    "Chief Cabinet Secretary Fujimura said the NISC would grow next year.\n"
    "Its budget rose to 5.08 billion yen in the fiscal year under review.\n"
    "Foreign Minister Kishida welcomed the plan on Tuesday evening.\n"
    "A paragraph about migrating zebras closed the original article.\n");

const QString kNew = QStringLiteral(
    "Tokyo, 3 March. From the press conference held this morning at the Prime Minister's Office.\n"
    "Chief Cabinet Secretary Fujimura said the NISC would grow next year.\n"
    "The Cabinet also approved a revised cybersecurity strategy.\n"
    "Its budget rose to 5.12 billion yen in the fiscal year under review.\n"
    "Foreign Minister Kishida welcomed the plan on Tuesday evening.\n");

} // namespace

class TestReimportCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_lib.isOpen());
        QVERIFY(m_files.isValid());
        m_old = write(QStringLiteral("press.txt"), kOld);
        m_new = write(QStringLiteral("press-edited.txt"), kNew);
        QCOMPARE(run({QStringLiteral("import"), m_old}).status(), 0);
        for (const QString &quote : {QStringLiteral("the NISC would grow"), QStringLiteral("Kishida welcomed the plan"),
                                     QStringLiteral("budget rose to 5.08 billion yen"), QStringLiteral("migrating zebras")}) {
            const Test::Run r = run({QStringLiteral("annotate"), QStringLiteral("1"), QStringLiteral("--quote"), quote, QStringLiteral("--note"), quote});
            QCOMPARE(r.status(), 0);
            m_ids.append(r.out.trimmed().toLongLong());
        }
    }

    void refusesWhatItCannotDo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no such document") << QStringList{QStringLiteral("--replace"), QStringLiteral("42"), m_new} << QStringLiteral("no document 42");
        QTest::newRow("not an id") << QStringList{QStringLiteral("--replace"), QStringLiteral("press"), m_new} << QStringLiteral("needs a document id");
        QTest::newRow("two files") << QStringList{QStringLiteral("--replace"), QStringLiteral("1"), m_new, m_old} << QStringLiteral("exactly one FILE");
        QTest::newRow("unreadable") << QStringList{QStringLiteral("--replace"), QStringLiteral("1"), m_files.filePath(QStringLiteral("gone.txt"))}
                                    << QStringLiteral("cannot read");
    }
    void refusesWhatItCannotDo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QJsonArray before = json({QStringLiteral("annotations"), QStringLiteral("--json")});
        const Test::Run r = run(QStringList{QStringLiteral("import")} + arguments);
        QCOMPARE(r.status(), 1);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.startsWith(QStringLiteral("dossier: ")) && err.count(QLatin1Char('\n')) == 1, qPrintable(err));
        QVERIFY2(err.contains(message), qPrintable(err));
        QCOMPARE(json({QStringLiteral("annotations"), QStringLiteral("--json")}), before);
    }

    void replacesAndReportsEveryAnnotation()
    {
        const Test::Run r = run({QStringLiteral("import"), QStringLiteral("--replace"), QStringLiteral("1"), m_new});
        QCOMPARE(r.status(), 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QStringLiteral("orphaned\tannotation %1\tmigrating zebras\n").arg(m_ids.at(3))), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("review\tannotation %1\t").arg(m_ids.at(2))), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("replaced\t%1\tdocument 1").arg(m_new)), qPrintable(out));
        QVERIFY2(out.endsWith(QStringLiteral("annotations kept: 1, moved: 1, to review: 1, orphaned: 1\n")), qPrintable(out));

        // Still one document, with the new text; nothing deleted.
        const QJsonArray list = json({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.size(), 1);
        QVERIFY(json({QStringLiteral("search"), QStringLiteral("zebras"), QStringLiteral("--json")}).isEmpty());
        QCOMPARE(json({QStringLiteral("search"), QStringLiteral("strategy"), QStringLiteral("--json")}).size(), 1);

        const QJsonArray all = json({QStringLiteral("annotations"), QStringLiteral("--json")});
        QCOMPARE(all.size(), 4);
        QHash<qint64, QJsonObject> byId;
        for (const QJsonValue &v : all)
            byId.insert(v.toObject().value(QStringLiteral("id")).toInteger(), v.toObject());
        QCOMPARE(byId.value(m_ids.at(0)).value(QStringLiteral("status")).toString(), QStringLiteral("anchored"));
        const QJsonObject moved = byId.value(m_ids.at(1));
        QCOMPARE(moved.value(QStringLiteral("status")).toString(), QStringLiteral("anchored"));
        QCOMPARE(moved.value(QStringLiteral("start")).toInteger(), kNew.indexOf(QStringLiteral("Kishida welcomed")));
        const QJsonObject review = byId.value(m_ids.at(2));
        QCOMPARE(review.value(QStringLiteral("status")).toString(), QStringLiteral("needs-review"));
        QCOMPARE(review.value(QStringLiteral("exact")).toString(), QStringLiteral("budget rose to 5.12 billion yen"));
        QCOMPARE(review.value(QStringLiteral("previous_exact")).toString(), QStringLiteral("budget rose to 5.08 billion yen"));
        const QJsonObject orphan = byId.value(m_ids.at(3));
        QCOMPARE(orphan.value(QStringLiteral("status")).toString(), QStringLiteral("orphaned"));
        QCOMPARE(orphan.value(QStringLiteral("note")).toString(), QStringLiteral("migrating zebras"));

        const QJsonArray orphans = json({QStringLiteral("annotations"), QStringLiteral("--status"), QStringLiteral("orphaned"), QStringLiteral("--json")});
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(orphans.first().toObject().value(QStringLiteral("id")).toInteger(), m_ids.at(3));
        QCOMPARE(run({QStringLiteral("annotations"), QStringLiteral("--status"), QStringLiteral("lost")}).status(), 1);
    }

    void sameTextAgainChangesNothing()
    {
        const QJsonArray before = json({QStringLiteral("annotations"), QStringLiteral("--json")});
        const Test::Run r = run({QStringLiteral("import"), QStringLiteral("--replace"), QStringLiteral("1"), m_new});
        QCOMPARE(r.status(), 0);
        QVERIFY(r.out.startsWith("unchanged\t"));
        QCOMPARE(json({QStringLiteral("annotations"), QStringLiteral("--json")}), before);
    }

    void anotherDocumentsTextIsRefused()
    {
        QCOMPARE(run({QStringLiteral("import"), m_old}).status(), 0); // document 2 has the old text now
        const Test::Run r = run({QStringLiteral("import"), QStringLiteral("--replace"), QStringLiteral("1"), m_old});
        QCOMPARE(r.status(), 1);
        QVERIFY2(r.err.contains("document 2"), r.err.constData());
        QCOMPARE(json({QStringLiteral("search"), QStringLiteral("strategy"), QStringLiteral("--json")}).size(), 1);
    }

private:
    QString write(const QString &name, const QString &text)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
            return {};
        return path;
    }
    Test::Run run(QStringList arguments)
    {
        arguments << QStringLiteral("--db") << m_lib.path();
        return Test::runDossier(arguments);
    }
    QJsonArray json(const QStringList &arguments)
    {
        const Test::Run r = run(arguments);
        return r.status() == 0 ? QJsonDocument::fromJson(r.out).array() : QJsonArray{QStringLiteral("failed")};
    }

    Test::Library m_lib;
    QTemporaryDir m_files;
    QString m_old;
    QString m_new;
    QList<qint64> m_ids;
};

QTEST_GUILESS_MAIN(TestReimportCli)
#include "tst_reimportcli.moc"
