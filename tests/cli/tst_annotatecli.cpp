// dossier annotate, annotations and tags, run as the real executable.
#include "../core/testlibrary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Dossier;

namespace {
// An emoji first: code-point offsets are one less than UTF-16 indexes.
const QString kText = QStringLiteral("\U0001F4F0 Kato said NISC warned banks. Later NISC warned ports.");
}

class TestAnnotateCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_lib.isOpen());
        m_doc = m_lib.addDocument(kText, QStringLiteral("Kato"));
        QCOMPARE(m_doc, qint64(1));
    }

    void annotateByQuoteAndList()
    {
        const Run added = run({QStringLiteral("annotate"), QStringLiteral("1"), QStringLiteral("--quote"), QStringLiteral("NISC warned"),
                               QStringLiteral("--occurrence"), QStringLiteral("2"), QStringLiteral("--note"), QStringLiteral("ports too"),
                               QStringLiteral("--tag"), QStringLiteral("policy/deterrence"), QStringLiteral("--tag"), QStringLiteral("actors"),
                               QStringLiteral("--colour"), QStringLiteral("green"), QStringLiteral("--private")});
        QCOMPARE(added.status, 0);
        QCOMPARE(added.out.trimmed(), QByteArray("1"));

        const QJsonArray list = json({QStringLiteral("annotations"), QStringLiteral("--json")});
        QCOMPARE(list.size(), 1);
        const QJsonObject a = list.first().toObject();
        const qint64 utf16 = kText.lastIndexOf(QStringLiteral("NISC warned"));
        QCOMPARE(a.value(QStringLiteral("id")).toInteger(), 1);
        QCOMPARE(a.value(QStringLiteral("document")).toInteger(), m_doc);
        QCOMPARE(a.value(QStringLiteral("start")).toInteger(), utf16 - 1);
        QCOMPARE(a.value(QStringLiteral("end")).toInteger(), utf16 - 1 + 11);
        QCOMPARE(a.value(QStringLiteral("exact")).toString(), QStringLiteral("NISC warned"));
        QCOMPARE(a.value(QStringLiteral("suffix")).toString(), QStringLiteral(" ports."));
        QCOMPARE(a.value(QStringLiteral("note")).toString(), QStringLiteral("ports too"));
        QCOMPARE(a.value(QStringLiteral("colour")).toString(), QStringLiteral("green"));
        QCOMPARE(a.value(QStringLiteral("private")).toBool(), true);
        QCOMPARE(a.value(QStringLiteral("tags")).toArray(), (QJsonArray{QStringLiteral("actors"), QStringLiteral("policy/deterrence")}));
        QVERIFY(QDateTime::fromString(a.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs).isValid());
        QCOMPARE(a.value(QStringLiteral("modified")), a.value(QStringLiteral("created")));
    }

    void annotateByRangeCountsCodePoints()
    {
        const Run added = run({QStringLiteral("annotate"), QStringLiteral("1"), QStringLiteral("--range"), QStringLiteral("2:6")});
        QCOMPARE(added.status, 0);
        const qint64 id = added.out.trimmed().toLongLong();
        QVERIFY(id > 1);
        const QJsonArray list = json({QStringLiteral("annotations"), QStringLiteral("--json"), QStringLiteral("--doc"), QStringLiteral("1")});
        QCOMPARE(list.size(), 2);
        const QJsonObject a = list.first().toObject(); // ordered by start
        QCOMPARE(a.value(QStringLiteral("id")).toInteger(), id);
        QCOMPARE(a.value(QStringLiteral("exact")).toString(), QStringLiteral("Kato"));
        QCOMPARE(a.value(QStringLiteral("colour")).toString(), QStringLiteral("yellow"));
        QCOMPARE(a.value(QStringLiteral("tags")).toArray(), QJsonArray());
    }

    void filtersByTagIncludingDescendants()
    {
        QCOMPARE(json({QStringLiteral("annotations"), QStringLiteral("--json"), QStringLiteral("--tag"), QStringLiteral("policy")}).size(), 1);
        QCOMPARE(json({QStringLiteral("annotations"), QStringLiteral("--json"), QStringLiteral("--tag"), QStringLiteral("Policy/Deterrence")}).size(), 1);
        const QJsonArray tags = json({QStringLiteral("tags"), QStringLiteral("--json")});
        QCOMPARE(tags.size(), 3);
        for (const QJsonValue &t : tags) {
            const QJsonObject o = t.toObject();
            QCOMPARE(o.value(QStringLiteral("annotations")).toInt(), 1);
            if (o.value(QStringLiteral("path")).toString() == QLatin1String("policy/deterrence"))
                QVERIFY(o.value(QStringLiteral("parent")).isDouble());
        }
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString a = QStringLiteral("annotate");
        const QString one = QStringLiteral("1");
        QTest::newRow("range syntax") << QStringList{a, one, QStringLiteral("--range"), QStringLiteral("3-9")} << QStringLiteral("bad range “3-9”");
        QTest::newRow("range reversed") << QStringList{a, one, QStringLiteral("--range"), QStringLiteral("9:3")} << QStringLiteral("END must be greater");
        QTest::newRow("range outside") << QStringList{a, one, QStringLiteral("--range"), QStringLiteral("0:500")} << QStringLiteral("outside the document");
        QTest::newRow("quote missing") << QStringList{a, one, QStringLiteral("--quote"), QStringLiteral("METI")} << QStringLiteral("“METI” is not in the document");
        QTest::newRow("occurrence") << QStringList{a, one, QStringLiteral("--quote"), QStringLiteral("NISC"), QStringLiteral("--occurrence"), QStringLiteral("3")}
                                    << QStringLiteral("occurrence 3 asked for");
        QTest::newRow("occurrence zero") << QStringList{a, one, QStringLiteral("--quote"), QStringLiteral("NISC"), QStringLiteral("--occurrence"), QStringLiteral("0")}
                                         << QStringLiteral("--occurrence must be");
        QTest::newRow("unknown document") << QStringList{a, QStringLiteral("42"), QStringLiteral("--range"), QStringLiteral("0:2")} << QStringLiteral("no document 42");
        QTest::newRow("no selector") << QStringList{a, one} << QStringLiteral("either --range");
        QTest::newRow("both selectors") << QStringList{a, one, QStringLiteral("--range"), QStringLiteral("0:2"), QStringLiteral("--quote"), QStringLiteral("K")}
                                        << QStringLiteral("either --range");
        QTest::newRow("colour") << QStringList{a, one, QStringLiteral("--range"), QStringLiteral("0:2"), QStringLiteral("--colour"), QStringLiteral("teal")}
                                << QStringLiteral("unknown colour “teal”");
        QTest::newRow("bad tag") << QStringList{a, one, QStringLiteral("--range"), QStringLiteral("0:2"), QStringLiteral("--tag"), QStringLiteral("a//b")}
                                 << QStringLiteral("not a tag name");
        QTest::newRow("list unknown doc") << QStringList{QStringLiteral("annotations"), QStringLiteral("--doc"), QStringLiteral("42")} << QStringLiteral("no document 42");
        QTest::newRow("list unknown tag") << QStringList{QStringLiteral("annotations"), QStringLiteral("--tag"), QStringLiteral("nope")} << QStringLiteral("no tag “nope”");
    }
    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const int before = json({QStringLiteral("annotations"), QStringLiteral("--json")}).size();
        const Run r = run(arguments);
        QCOMPARE(r.status, 1);
        QVERIFY(r.out.isEmpty());
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.startsWith(QStringLiteral("dossier: ")) && err.count(QLatin1Char('\n')) == 1, qPrintable(err));
        QVERIFY2(err.contains(message), qPrintable(err));
        QCOMPARE(json({QStringLiteral("annotations"), QStringLiteral("--json")}).size(), before); // nothing written
    }

private:
    struct Run {
        int status = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(QStringList arguments)
    {
        arguments << QStringLiteral("--db") << m_lib.path();
        QProcess p;
        p.start(QStringLiteral(DOSSIER_EXECUTABLE), arguments);
        Run r;
        if (!p.waitForFinished(30000))
            return r;
        r.status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    QJsonArray json(const QStringList &arguments)
    {
        const Run r = run(arguments);
        return r.status == 0 ? QJsonDocument::fromJson(r.out).array() : QJsonArray{QStringLiteral("failed")};
    }

    Test::Library m_lib;
    qint64 m_doc = 0;
};

QTEST_GUILESS_MAIN(TestAnnotateCli)
#include "tst_annotatecli.moc"
