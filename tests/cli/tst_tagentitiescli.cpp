// dossier tag-entities, run as the real executable on an analysed library:
// what it annotates is checked against what dossier extract finds in the
// same file, so the figures follow the engine.
#include "../core/testlibrary.h"
#include "faultharness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Dossier;

namespace {

using Span = QPair<qint64, qint64>;

Span spanOf(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    return {o.value(QStringLiteral("start")).toInteger(), o.value(QStringLiteral("end")).toInteger()};
}

} // namespace

class TestTagEntitiesCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_lib.isOpen());
        m_file = QStringLiteral(DOSSIER_SOURCE_DIR "/corpus/001_08a5a90dfd274b14.txt");
        QCOMPARE(run({QStringLiteral("import"), m_file}).status(), 0);
        const Test::Run analysed = run({QStringLiteral("analyze")});
        QVERIFY2(analysed.status() == 0, analysed.err.constData());
        const Test::Run extracted = run({QStringLiteral("extract"), m_file, QStringLiteral("--json")}, false);
        QCOMPARE(extracted.status(), 0);
        m_extraction = QJsonDocument::fromJson(extracted.out).object();
        QVERIFY(!m_extraction.value(QStringLiteral("attr")).toArray().isEmpty());
    }

    // --speaker Fujimura: every statement the engine gives to Osamu
    // Fujimura, "he said" included, as speaker to end of what was said.
    void tagsStatementsOfASpeaker()
    {
        QSet<Span> expected;
        bool pronoun = false;
        for (const QJsonValue &v : m_extraction.value(QStringLiteral("attr")).toArray()) {
            const QJsonObject a = v.toObject();
            if (!a.value(QStringLiteral("speaker_name")).toString().endsWith(QStringLiteral("Fujimura")))
                continue;
            qint64 start = spanOf(a.value(QStringLiteral("speaker"))).first;
            qint64 end = spanOf(a.value(QStringLiteral("speaker"))).second;
            for (const char *part : {"cue", "content"}) {
                if (a.value(QLatin1String(part)).isObject()) {
                    start = qMin(start, spanOf(a.value(QLatin1String(part))).first);
                    end = qMax(end, spanOf(a.value(QLatin1String(part))).second);
                }
            }
            expected.insert({start, end});
            pronoun = pronoun || a.value(QStringLiteral("speaker")).toObject().value(QStringLiteral("text")).toString() == QLatin1String("he");
        }
        QVERIFY(expected.size() >= 2);
        QVERIFY(pronoun); // the case the option is for

        const Test::Run r = run({QStringLiteral("tag-entities"), QStringLiteral("--type"), QStringLiteral("attr"), QStringLiteral("--speaker"),
                           QStringLiteral("fujimura"), QStringLiteral("--tag"), QStringLiteral("actors/fujimura")});
        QCOMPARE(r.status(), 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("created: %1, tagged: 0, skipped: 0").arg(expected.size()).toUtf8()), r.out.constData());

        const QJsonArray tagged = json({QStringLiteral("annotations"), QStringLiteral("--tag"), QStringLiteral("actors/fujimura"), QStringLiteral("--json")});
        QSet<Span> got;
        for (const QJsonValue &v : tagged)
            got.insert(spanOf(v));
        QCOMPARE(got, expected);

        // Again: nothing new, every one skipped.
        const Test::Run again = run({QStringLiteral("tag-entities"), QStringLiteral("--type"), QStringLiteral("attr"), QStringLiteral("--speaker"),
                               QStringLiteral("Fujimura"), QStringLiteral("--tag"), QStringLiteral("actors/fujimura")});
        QCOMPARE(again.status(), 0);
        QVERIFY2(again.out.startsWith(QStringLiteral("created: 0, tagged: 0, skipped: %1").arg(expected.size()).toUtf8()), again.out.constData());
        QCOMPARE(json({QStringLiteral("annotations"), QStringLiteral("--json")}).size(), expected.size());

        // Another tag on the same statements tags the same annotations.
        const Test::Run other = run({QStringLiteral("tag-entities"), QStringLiteral("--type"), QStringLiteral("attr"), QStringLiteral("--speaker"),
                               QStringLiteral("Osamu Fujimura"), QStringLiteral("--tag"), QStringLiteral("cabinet"), QStringLiteral("--doc"), QStringLiteral("1")});
        QCOMPARE(other.status(), 0);
        QVERIFY2(other.out.startsWith(QStringLiteral("created: 0, tagged: %1, skipped: 0").arg(expected.size()).toUtf8()), other.out.constData());
        const Test::Run counted = run({QStringLiteral("tag-entities"), QStringLiteral("--type"), QStringLiteral("attr"), QStringLiteral("--speaker"),
                                 QStringLiteral("Fujimura"), QStringLiteral("--tag"), QStringLiteral("cabinet"), QStringLiteral("--json")});
        const QJsonObject figures = QJsonDocument::fromJson(counted.out).object();
        QCOMPARE(figures.value(QStringLiteral("created")).toInt(), 0);
        QCOMPARE(figures.value(QStringLiteral("skipped")).toInt(), int(expected.size()));
        QCOMPARE(figures.value(QStringLiteral("documents")).toInt(), 1);
        QCOMPARE(json({QStringLiteral("annotations"), QStringLiteral("--json")}).size(), expected.size());
    }

    void tagsBodiesAndStatistics()
    {
        const QJsonArray bodies = m_extraction.value(QStringLiteral("body")).toArray();
        QVERIFY(!bodies.isEmpty());
        const QJsonObject first = bodies.first().toObject();
        const QString name = first.value(QStringLiteral("canonical")).isString() ? first.value(QStringLiteral("canonical")).toString()
                                                                                 : first.value(QStringLiteral("text")).toString();
        QSet<Span> expected;
        for (const QJsonValue &v : bodies) {
            const QJsonObject b = v.toObject();
            const QString canonical = b.value(QStringLiteral("canonical")).toString();
            if ((canonical.isEmpty() ? b.value(QStringLiteral("text")).toString() : canonical) == name
                || b.value(QStringLiteral("text")).toString() == name)
                expected.insert(spanOf(b));
        }
        const Test::Run r = run({QStringLiteral("tag-entities"), QStringLiteral("--type"), QStringLiteral("body"), QStringLiteral("--name"), name,
                           QStringLiteral("--tag"), QStringLiteral("bodies")});
        QCOMPARE(r.status(), 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("created: %1,").arg(expected.size()).toUtf8()), r.out.constData());
        QSet<Span> got;
        for (const QJsonValue &v : json({QStringLiteral("annotations"), QStringLiteral("--tag"), QStringLiteral("bodies"), QStringLiteral("--json")}))
            got.insert(spanOf(v));
        QCOMPARE(got, expected);

        QSet<Span> figures;
        for (const QJsonValue &v : m_extraction.value(QStringLiteral("stat")).toArray())
            figures.insert(spanOf(v));
        QVERIFY(!figures.isEmpty());
        const Test::Run s = run({QStringLiteral("tag-entities"), QStringLiteral("--type"), QStringLiteral("stat"), QStringLiteral("--tag"), QStringLiteral("figures")});
        QCOMPARE(s.status(), 0);
        got.clear();
        for (const QJsonValue &v : json({QStringLiteral("annotations"), QStringLiteral("--tag"), QStringLiteral("figures"), QStringLiteral("--json")}))
            got.insert(spanOf(v));
        QCOMPARE(got, figures);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString t = QStringLiteral("--tag");
        QTest::newRow("no type") << QStringList{t, QStringLiteral("x")} << QStringLiteral("--type attr, body or stat");
        QTest::newRow("bad type") << QStringList{QStringLiteral("--type"), QStringLiteral("people"), t, QStringLiteral("x")} << QStringLiteral("--type attr, body or stat");
        QTest::newRow("no speaker") << QStringList{QStringLiteral("--type"), QStringLiteral("attr"), t, QStringLiteral("x")} << QStringLiteral("needs --speaker or --name");
        QTest::newRow("no tag") << QStringList{QStringLiteral("--type"), QStringLiteral("stat")} << QStringLiteral("needs --tag");
        QTest::newRow("bad doc") << QStringList{QStringLiteral("--type"), QStringLiteral("stat"), t, QStringLiteral("x"), QStringLiteral("--doc"), QStringLiteral("9")}
                                 << QStringLiteral("no document 9");
        QTest::newRow("bad colour") << QStringList{QStringLiteral("--type"), QStringLiteral("stat"), t, QStringLiteral("x"), QStringLiteral("--colour"), QStringLiteral("teal")}
                                    << QStringLiteral("unknown colour");
    }
    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QJsonArray before = json({QStringLiteral("annotations"), QStringLiteral("--json")});
        const Test::Run r = run(QStringList{QStringLiteral("tag-entities")} + arguments);
        QCOMPARE(r.status(), 1);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.startsWith(QStringLiteral("dossier: ")) && err.count(QLatin1Char('\n')) == 1, qPrintable(err));
        QVERIFY2(err.contains(message), qPrintable(err));
        QCOMPARE(json({QStringLiteral("annotations"), QStringLiteral("--json")}), before);
    }

private:
    Test::Run run(QStringList arguments, bool withDatabase = true)
    {
        if (withDatabase)
            arguments << QStringLiteral("--db") << m_lib.path();
        return Test::runDossier(arguments);
    }
    QJsonArray json(const QStringList &arguments)
    {
        const Test::Run r = run(arguments);
        return r.status() == 0 ? QJsonDocument::fromJson(r.out).array() : QJsonArray{QStringLiteral("failed")};
    }

    Test::Library m_lib;
    QString m_file;
    QJsonObject m_extraction;
};

QTEST_GUILESS_MAIN(TestTagEntitiesCli)
#include "tst_tagentitiescli.moc"
