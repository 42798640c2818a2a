// The bad-input matrix: every row of tests/cli/bad_inputs.tsv run through
// the real `dossier` against a prepared library. Each must exit with the
// status the table gives, print one line on stderr, say what the table says
// (on stdout or stderr: import reports each file on stdout), and leave every
// database of the test byte for byte as it was.
#include "../core/testlibrary.h"
#include "faultharness.h"

#include "annotations/annotation.h"
#include "annotations/annotationeditor.h"
#include "exchange/zipwriter.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KZip>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Dossier;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

void collect(const KArchiveDirectory *directory, const QString &prefix, QList<ZipWriter::Entry> &entries)
{
    const QStringList names = directory->entries();
    for (const QString &name : names) {
        const KArchiveEntry *entry = directory->entry(name);
        if (entry->isDirectory())
            collect(static_cast<const KArchiveDirectory *>(entry), prefix + name + QLatin1Char('/'), entries);
        else
            entries.append({prefix + name, static_cast<const KArchiveFile *>(entry)->data()});
    }
}

// The table's arguments: split at spaces; 'single quotes' keep spaces and
// double quotes in one argument, as in a shell.
QStringList splitArguments(const QString &line)
{
    QStringList arguments;
    QString current;
    bool quoted = false, started = false;
    for (const QChar c : line) {
        if (c == QLatin1Char('\'') ) {
            quoted = !quoted;
            started = true;
        } else if (c == QLatin1Char(' ') && !quoted) {
            if (started)
                arguments.append(current);
            current.clear();
            started = false;
        } else {
            current.append(c);
            started = true;
        }
    }
    if (started)
        arguments.append(current);
    return arguments;
}

// A copy of a good bundle with its entries changed by edit.
bool rewriteBundle(const QString &from, const QString &to, const std::function<void(QList<ZipWriter::Entry> &)> &edit)
{
    KZip zip(from);
    if (!zip.open(QIODevice::ReadOnly))
        return false;
    QList<ZipWriter::Entry> entries;
    collect(zip.directory(), QString(), entries);
    edit(entries);
    return ZipWriter::write(to, entries).ok();
}

void editManifest(QList<ZipWriter::Entry> &entries, const QString &key, const QJsonValue &value)
{
    for (auto &[name, data] : entries) {
        if (name == QLatin1String("manifest.json")) {
            QJsonObject manifest = QJsonDocument::fromJson(data).object();
            manifest.insert(key, value);
            data = QJsonDocument(manifest).toJson();
        }
    }
}

// After an edit: the manifest lists each entry's true size and checksum
// again, so that the bundle gets past the checksum test to the next one.
void reseal(QList<ZipWriter::Entry> &entries)
{
    QHash<QString, QByteArray> data;
    for (const auto &[name, bytes] : std::as_const(entries))
        data.insert(name, bytes);
    for (auto &[name, bytes] : entries) {
        if (name != QLatin1String("manifest.json"))
            continue;
        QJsonObject manifest = QJsonDocument::fromJson(bytes).object();
        QJsonArray listed = manifest.value(QStringLiteral("entries")).toArray();
        for (QJsonValueRef value : listed) {
            QJsonObject entry = value.toObject();
            const QByteArray content = data.value(entry.value(QStringLiteral("name")).toString());
            entry.insert(QStringLiteral("size"), content.size());
            entry.insert(QStringLiteral("sha256"), QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
            value = entry;
        }
        manifest.insert(QStringLiteral("entries"), listed);
        bytes = QJsonDocument(manifest).toJson();
    }
}

void replaceEntry(QList<ZipWriter::Entry> &entries, const QString &name, const QByteArray &content)
{
    for (auto &entry : entries) {
        if (entry.first == name)
            entry.second = content;
    }
    reseal(entries);
}

} // namespace

class TestBadInputs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QString in = m_dir.filePath(QStringLiteral("in"));
        QVERIFY(QDir().mkpath(in + QStringLiteral("/nothing")) && QDir().mkpath(m_dir.filePath(QStringLiteral("home"))));
        m_placeholders.insert(QStringLiteral("{in}"), in);

        // The library: two documents, an annotation with a tag.
        {
            Test::Library lib;
            QVERIFY(lib.isOpen());
            const QString text = QStringLiteral("Chief Cabinet Secretary Kato said NISC counted 660,000 incidents in FY2011.");
            const qint64 id = lib.addDocument(text, QStringLiteral("Kato on NISC"));
            QVERIFY(id);
            QVERIFY(lib.addDocument(QStringLiteral("The Diet debated cyber defence."), QStringLiteral("Diet")));
            QVERIFY(AnnotationEditor(lib.database()).addAnnotation(Annotation::forRange(id, text, 0, 5), {QStringLiteral("policy")}));
            lib.database().close();
            QVERIFY(QFile::copy(lib.path(), m_dir.filePath(QStringLiteral("lib.sqlite"))));
            QVERIFY(QFile::copy(lib.path(), m_dir.filePath(QStringLiteral("newer.sqlite"))));
        }
        m_placeholders.insert(QStringLiteral("{db}"), m_dir.filePath(QStringLiteral("lib.sqlite")));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(m_dir.filePath(QStringLiteral("newer.sqlite")));
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        m_placeholders.insert(QStringLiteral("{newer}"), m_dir.filePath(QStringLiteral("newer.sqlite")));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("notadb.sqlite")), "These are my notes, not a database.\n"));
        m_placeholders.insert(QStringLiteral("{notadb}"), m_dir.filePath(QStringLiteral("notadb.sqlite")));

        // Files to import.
        QRandomGenerator random(77);
        QByteArray garbage(4096, Qt::Uninitialized);
        for (char &c : garbage)
            c = char(random.bounded(256));
        QVERIFY(writeFile(in + QStringLiteral("/empty.txt"), QByteArray()));
        // Text in an unknown single-byte encoding is read as one (not a bad
        // input); text that says it is UTF-8 or UTF-16 and is not, is.
        QVERIFY(writeFile(in + QStringLiteral("/utf8-broken.md"), "\xef\xbb\xbf# Title\n\nNISC said \xe2\x82 and \xc3("));
        QVERIFY(writeFile(in + QStringLiteral("/utf16-broken.txt"), QByteArray("\xff\xfe" "b\0a\0d\0\x00\xd8", 10)));
        QVERIFY(writeFile(in + QStringLiteral("/binary.txt"), QByteArray("\x00\x01\x02\x03 binary", 11)));
        QVERIFY(writeFile(in + QStringLiteral("/garbage.html"), garbage));
        QVERIFY(writeFile(in + QStringLiteral("/garbage.pdf"), garbage));
        QVERIFY(writeFile(in + QStringLiteral("/fake.pdf"), "%PDF-1.7\nthis is not really a PDF\n"));
        QVERIFY(writeFile(in + QStringLiteral("/spaces.txt"), "   \n\n\t  \n"));
        {
            QFile large(in + QStringLiteral("/large.txt"));
            QVERIFY(large.open(QIODevice::WriteOnly) && large.resize(51 * 1024 * 1024)); // sparse: cheap
        }
        QCOMPARE(::mkfifo(QFile::encodeName(in + QStringLiteral("/fifo.txt")).constData(), 0600), 0);

        // Bundles: a good one exported from the library, then spoilt.
        const QString good = in + QStringLiteral("/good.dossier");
        const Test::Run exported = Test::runDossier({QStringLiteral("export"), QStringLiteral("--bundle"), good, QStringLiteral("--db"), m_placeholders.value(QStringLiteral("{db}"))},
                                                    environment());
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QFile goodFile(good);
        QVERIFY(goodFile.open(QIODevice::ReadOnly));
        const QByteArray bundle = goodFile.readAll();
        QVERIFY(writeFile(in + QStringLiteral("/truncated.dossier"), bundle.left(bundle.size() / 2)));
        QVERIFY(writeFile(in + QStringLiteral("/notes.docx"), bundle)); // a zip, as a word processor's file is
        QVERIFY(writeFile(in + QStringLiteral("/text.dossier"), "I am a text file, not an archive.\n"));
        QVERIFY(writeFile(in + QStringLiteral("/empty.dossier"), QByteArray()));
        QVERIFY(rewriteBundle(good, in + QStringLiteral("/newer.dossier"), [](auto &e) { editManifest(e, QStringLiteral("version"), 99); }));
        QVERIFY(rewriteBundle(good, in + QStringLiteral("/otherformat.dossier"),
                              [](auto &e) { editManifest(e, QStringLiteral("format"), QStringLiteral("org.example.other")); }));
        QVERIFY(rewriteBundle(good, in + QStringLiteral("/nomanifest.dossier"), [](auto &e) {
            e.removeIf([](const ZipWriter::Entry &entry) { return entry.first == QLatin1String("manifest.json"); });
        }));
        QVERIFY(rewriteBundle(good, in + QStringLiteral("/badmanifest.dossier"), [](auto &e) {
            for (auto &entry : e) {
                if (entry.first == QLatin1String("manifest.json"))
                    entry.second = "{ \"format\": ";
            }
        }));
        QVERIFY(rewriteBundle(good, in + QStringLiteral("/tampered.dossier"), [](auto &e) {
            for (auto &entry : e) {
                if (entry.first == QLatin1String("annotations.jsonld"))
                    entry.second.replace("policy", "POLICY");
            }
        }));

        QVERIFY(rewriteBundle(good, in + QStringLiteral("/unlisted.dossier"), [](auto &e) { e.append({QStringLiteral("extra.txt"), "smuggled"}); }));
        QVERIFY(rewriteBundle(good, in + QStringLiteral("/annotationsnotjson.dossier"),
                              [](auto &e) { replaceEntry(e, QStringLiteral("annotations.jsonld"), "{ \"items\": [ "); }));
        QVERIFY(rewriteBundle(good, in + QStringLiteral("/tagsnotobject.dossier"), [](auto &e) { replaceEntry(e, QStringLiteral("tags.json"), "[1, 2]"); }));
        QVERIFY(rewriteBundle(good, in + QStringLiteral("/nodocuments.dossier"), [](auto &e) {
            e.removeIf([](const ZipWriter::Entry &entry) { return entry.first == QLatin1String("documents.json"); });
            QList<ZipWriter::Entry> &list = e;
            for (auto &[name, bytes] : list) {
                if (name == QLatin1String("manifest.json")) {
                    QJsonObject manifest = QJsonDocument::fromJson(bytes).object();
                    QJsonArray kept;
                    for (const QJsonValue &v : manifest.value(QStringLiteral("entries")).toArray()) {
                        if (v.toObject().value(QStringLiteral("name")).toString() != QLatin1String("documents.json"))
                            kept.append(v);
                    }
                    manifest.insert(QStringLiteral("entries"), kept);
                    bytes = QJsonDocument(manifest).toJson();
                }
            }
        }));

        for (const QString &database : {QStringLiteral("{db}"), QStringLiteral("{newer}"), QStringLiteral("{notadb}")}) {
            const QString path = m_placeholders.value(database);
            QVERIFY(QFile::copy(path, path + QStringLiteral(".pristine")));
            m_hashes.insert(database, Test::fileHash(path));
        }
    }

    // Each row starts from the same databases: one that went wrong cannot
    // hide behind another.
    void init()
    {
        for (auto it = m_hashes.cbegin(); it != m_hashes.cend(); ++it) {
            const QString path = m_placeholders.value(it.key());
            for (const QString &side : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + side);
            QVERIFY(QFile::copy(path + QStringLiteral(".pristine"), path));
        }
    }

    void matrix_data()
    {
        QTest::addColumn<QString>("arguments");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QFile table(QStringLiteral(DOSSIER_SOURCE_DIR "/tests/cli/bad_inputs.tsv"));
        QVERIFY(table.open(QIODevice::ReadOnly | QIODevice::Text));
        int rows = 0;
        while (!table.atEnd()) {
            const QString line = QString::fromUtf8(table.readLine()).chopped(1);
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const QStringList fields = line.split(QLatin1Char('\t'));
            QVERIFY2(fields.size() == 4, qPrintable(line));
            QTest::newRow(qPrintable(fields.at(0))) << fields.at(1) << fields.at(2).toInt() << fields.at(3);
            ++rows;
        }
        QVERIFY(rows >= 40);
    }

    void matrix()
    {
        QFETCH(QString, arguments);
        QFETCH(int, status);
        QFETCH(QString, message);
        QStringList argv = splitArguments(arguments);
        for (QString &argument : argv) {
            for (auto it = m_placeholders.cbegin(); it != m_placeholders.cend(); ++it)
                argument.replace(it.key(), it.value());
        }
        for (auto it = m_placeholders.cbegin(); it != m_placeholders.cend(); ++it)
            message.replace(it.key(), it.value());

        const Test::Run run = Test::runDossier(argv, environment());
        QVERIFY2(!run.crashed, run.err.constData());
        QVERIFY2(run.exitCode == status, qPrintable(QStringLiteral("exit %1\n%2%3").arg(run.exitCode).arg(QString::fromUtf8(run.out), QString::fromUtf8(run.err))));
        QVERIFY2(run.err.startsWith("dossier: ") && run.err.count('\n') == 1, run.err.constData());
        QVERIFY2((run.out + run.err).contains(message.toUtf8()), qPrintable(QString::fromUtf8(run.out + run.err)));
        // Byte-identical: a refused command writes nothing, not even a
        // checkpoint of SQLite's log.
        for (auto it = m_hashes.cbegin(); it != m_hashes.cend(); ++it)
            QVERIFY2(Test::fileHash(m_placeholders.value(it.key())) == it.value(), qPrintable(it.key() + QStringLiteral(" was changed")));
    }

private:
    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QString home = m_dir.filePath(QStringLiteral("home"));
        for (const char *name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
            environment.insert(QString::fromLatin1(name), home);
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return environment;
    }

    QTemporaryDir m_dir;
    QHash<QString, QString> m_placeholders;
    QHash<QString, QByteArray> m_hashes;
};

QTEST_GUILESS_MAIN(TestBadInputs)
#include "tst_badinputs.moc"
