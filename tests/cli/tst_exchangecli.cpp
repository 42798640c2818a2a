// dossier export and import-bundle, run as the real executable.
#include "../core/exchangelibrary.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KZip>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Dossier;

namespace {

struct Run {
    int status = -1;
    QString out;
    QString err;
};

Run run(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(DOSSIER_EXECUTABLE), arguments);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QJsonObject entryJson(const QString &bundle, const QString &name)
{
    KZip zip(bundle);
    if (!zip.open(QIODevice::ReadOnly) || !zip.directory()->file(name))
        return {};
    return QJsonDocument::fromJson(zip.directory()->file(name)->data()).object();
}

} // namespace

class TestExchangeCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_source.isOpen() && m_dir.isValid());
        Test::ExchangeLibrary content;
        QVERIFY(content.populate(m_source));
        m_source.database().close(); // the executable opens it
    }

    void bundleRoundTrip()
    {
        const QString first = m_dir.filePath(QStringLiteral("first.dossier"));
        const QString second = m_dir.filePath(QStringLiteral("second.dossier"));
        const QString target = m_dir.filePath(QStringLiteral("target.sqlite"));
        Run r = run({QStringLiteral("export"), QStringLiteral("--bundle"), first, QStringLiteral("--include-private"), QStringLiteral("--author"),
                     QStringLiteral("Aiko"), QStringLiteral("--db"), m_source.path()});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("Wrote 6 annotations on 3 documents to %1.").arg(first));

        r = run({QStringLiteral("import-bundle"), first, QStringLiteral("--dry-run"), QStringLiteral("--db"), target});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(QStringLiteral("3 new documents\n")) && r.out.contains(QStringLiteral("6 new annotations\n")), qPrintable(r.out));
        QVERIFY(r.out.trimmed().endsWith(QStringLiteral("Dry run: nothing was changed.")));
        QCOMPARE(run({QStringLiteral("annotations"), QStringLiteral("--json"), QStringLiteral("--db"), target}).out.trimmed(), QStringLiteral("[\n]"));

        r = run({QStringLiteral("import-bundle"), first, QStringLiteral("--db"), target});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.trimmed().endsWith(QStringLiteral("Merged into the library.")), qPrintable(r.out));
        r = run({QStringLiteral("export"), QStringLiteral("--bundle"), second, QStringLiteral("--include-private"), QStringLiteral("--author"),
                 QStringLiteral("Aiko"), QStringLiteral("--db"), target});
        QCOMPARE(r.status, 0);

        const QJsonObject a = entryJson(first, QStringLiteral("annotations.jsonld"));
        const QJsonObject b = entryJson(second, QStringLiteral("annotations.jsonld"));
        QCOMPARE(a.value(QStringLiteral("total")).toInt(), 6);
        QCOMPARE(b.value(QStringLiteral("first")), a.value(QStringLiteral("first")));
        QCOMPARE(entryJson(second, QStringLiteral("documents.json")), entryJson(first, QStringLiteral("documents.json")));
        QCOMPARE(entryJson(second, QStringLiteral("tags.json")), entryJson(first, QStringLiteral("tags.json")));
        QCOMPARE(entryJson(first, QStringLiteral("manifest.json")).value(QStringLiteral("author")).toString(), QStringLiteral("Aiko"));

        r = run({QStringLiteral("import-bundle"), second, QStringLiteral("--db"), target});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(QStringLiteral("6 annotations already here, unchanged")), qPrintable(r.out));
        QVERIFY(r.out.trimmed().endsWith(QStringLiteral("Nothing new: the library was left as it was.")));
    }

    void otherFormats_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QByteArray>("head");
        QTest::newRow("qdpx") << QStringLiteral("--qdpx") << QByteArray("PK\x03\x04");
        QTest::newRow("csv") << QStringLiteral("--csv") << QByteArray("\xEF\xBB\xBF" "document,date,publisher,quote,note,tags,colour,start,end");
    }
    void otherFormats()
    {
        QFETCH(QString, option);
        QFETCH(QByteArray, head);
        const QString out = m_dir.filePath(QStringLiteral("out") + option.mid(2));
        const Run r = run({QStringLiteral("export"), option, out, QStringLiteral("--tag"), QStringLiteral("policy"), QStringLiteral("--db"), m_source.path()});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("Wrote 2 annotations on 2 documents to %1.").arg(out));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith(head));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString e = QStringLiteral("export");
        const QString out = m_dir.filePath(QStringLiteral("never.dossier"));
        QTest::newRow("no format") << QStringList{e} << QStringLiteral("exactly one of --bundle FILE, --qdpx FILE or --csv FILE");
        QTest::newRow("two formats") << QStringList{e, QStringLiteral("--csv"), out, QStringLiteral("--qdpx"), out} << QStringLiteral("exactly one of");
        QTest::newRow("unknown tag") << QStringList{e, QStringLiteral("--bundle"), out, QStringLiteral("--tag"), QStringLiteral("nope")} << QStringLiteral("There is no tag “nope”.");
        QTest::newRow("unknown doc") << QStringList{e, QStringLiteral("--bundle"), out, QStringLiteral("--doc"), QStringLiteral("42")} << QStringLiteral("There is no document 42.");
        QTest::newRow("bad doc") << QStringList{e, QStringLiteral("--bundle"), out, QStringLiteral("--doc"), QStringLiteral("x")} << QStringLiteral("--doc takes a document id");
        QTest::newRow("unwritable") << QStringList{e, QStringLiteral("--bundle"), QStringLiteral("/proc/no/such/dir/x.dossier")} << QStringLiteral("Cannot write");
        QTest::newRow("no bundle") << QStringList{QStringLiteral("import-bundle")} << QStringLiteral("import-bundle needs one FILE");
        QTest::newRow("missing bundle") << QStringList{QStringLiteral("import-bundle"), m_dir.filePath(QStringLiteral("none.dossier"))} << QStringLiteral("no such file");
        QTest::newRow("not a bundle") << QStringList{QStringLiteral("import-bundle"), QStringLiteral(DOSSIER_TEST_DATA "/Project-mrt2019.xsd")}
                                      << QStringLiteral("Project-mrt2019.xsd cannot be imported: it is not a zip archive");
    }
    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QFile db(m_source.path());
        QVERIFY(db.open(QIODevice::ReadOnly));
        const QByteArray before = QCryptographicHash::hash(db.readAll(), QCryptographicHash::Sha256);
        db.close();
        const Run r = run(arguments + QStringList{QStringLiteral("--db"), m_source.path()});
        QCOMPARE(r.status, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(QStringLiteral("dossier: ")) && r.err.count(QLatin1Char('\n')) == 1, qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.dossier"))));
        QVERIFY(db.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(db.readAll(), QCryptographicHash::Sha256), before);
    }

private:
    QTemporaryDir m_dir;
    Test::Library m_source;
};

QTEST_GUILESS_MAIN(TestExchangeCli)
#include "tst_exchangecli.moc"
