// The real `dossier` on a database in trouble: a full disk, a read-only file
// or folder, a lock held by another program, random bytes over the file, a
// schema from a newer version; and two writers on one database at once.
// Each refusal is one clear line and a non-zero exit, and the file is left
// byte for byte as it was.
#include "../core/testlibrary.h"
#include "faultharness.h"

#include "annotations/annotation.h"
#include "annotations/annotationeditor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QStorageInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <sys/stat.h>

using namespace Dossier;

namespace {

enum class Trouble { ReadOnlyFile, ReadOnlyFolder, Locked, Newer, CorruptMagic, CorruptHeader, CorruptSecondPage, CorruptMiddlePage, CorruptLastPage };

QString text(int n)
{
    QString t = QStringLiteral("Document %1. ").arg(n);
    for (int i = 0; i < 60; ++i)
        t += QStringLiteral("Chief Cabinet Secretary Kato said NISC counted %1 incidents in FY%2. ").arg(n * 1000 + i).arg(2010 + i % 10);
    return t;
}

// A library of a few pages' worth: 12 documents with annotations and tags.
bool populate(Test::Library &lib)
{
    AnnotationEditor editor(lib.database());
    for (int n = 1; n <= 12; ++n) {
        const QString t = text(n);
        const qint64 id = lib.addDocument(t, QStringLiteral("Report %1").arg(n));
        if (!id || !editor.addAnnotation(Annotation::forRange(id, t, 0, 8), {QStringLiteral("policy/d%1").arg(n), QStringLiteral("shared")}))
            return false;
    }
    return true;
}

// root ignores file permissions: the child gives up root for nobody, to
// whom they apply (as they do to a user running the test).
void asUnprivileged()
{
    if (::geteuid() != 0)
        return;
    if (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0)
        ::_exit(125);
}

QProcessEnvironment environmentIn(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        environment.insert(QString::fromLatin1(name), home);
    return environment;
}

int pageSize(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(16))
        return 0;
    const QByteArray two = file.read(2);
    const int size = (uchar(two.at(0)) << 8) | uchar(two.at(1));
    return size == 1 ? 65536 : size;
}

bool overwrite(const QString &path, qint64 offset, qint64 length, QRandomGenerator &random)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset))
        return false;
    QByteArray bytes(length, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(random.bounded(256));
    return file.write(bytes) == length;
}

int pageCount(const QString &path)
{
    Database db;
    if (!db.open(path))
        return 0;
    QSqlQuery query(db.connection());
    return query.exec(QStringLiteral("PRAGMA page_count")) && query.next() ? query.value(0).toInt() : 0;
}

QStringList contentOf(const QString &path)
{
    Database db;
    const Result opened = db.open(path);
    if (!opened)
        return {opened.error()};
    const QString damage = Test::damage(db);
    return damage.isEmpty() ? Test::logicalContent(db) : QStringList{damage};
}

} // namespace

Q_DECLARE_METATYPE(Trouble)

class TestFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void refusals_data()
    {
        QTest::addColumn<Trouble>("trouble");
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("message");
        // Reading a read-only or locked library works; writing says why not.
        QTest::newRow("read-only file, annotate") << Trouble::ReadOnlyFile << QStringLiteral("annotate") << QStringLiteral("read-only");
        QTest::newRow("read-only file, list") << Trouble::ReadOnlyFile << QStringLiteral("list") << QString();
        QTest::newRow("read-only folder, annotate") << Trouble::ReadOnlyFolder << QStringLiteral("annotate") << QStringLiteral("read-only");
        QTest::newRow("read-only folder, list") << Trouble::ReadOnlyFolder << QStringLiteral("list") << QStringLiteral("read-only");
        QTest::newRow("locked, annotate") << Trouble::Locked << QStringLiteral("annotate") << QStringLiteral("locked by another program");
        QTest::newRow("locked, list") << Trouble::Locked << QStringLiteral("list") << QString();
        QTest::newRow("locked, search") << Trouble::Locked << QStringLiteral("search") << QString();
        QTest::newRow("read-only file, search") << Trouble::ReadOnlyFile << QStringLiteral("search") << QString();
        QTest::newRow("newer schema, annotate") << Trouble::Newer << QStringLiteral("annotate") << QStringLiteral("newer version of Dossier");
        QTest::newRow("newer schema, list") << Trouble::Newer << QStringLiteral("list") << QStringLiteral("newer version of Dossier");
        QTest::newRow("random magic, annotate") << Trouble::CorruptMagic << QStringLiteral("annotate") << QStringLiteral("not a Dossier database");
        QTest::newRow("random header, annotate") << Trouble::CorruptHeader << QStringLiteral("annotate") << QStringLiteral("damaged");
        QTest::newRow("random header, list") << Trouble::CorruptHeader << QStringLiteral("list") << QStringLiteral("damaged");
        QTest::newRow("random page 2, annotate") << Trouble::CorruptSecondPage << QStringLiteral("annotate") << QStringLiteral("damaged");
        QTest::newRow("random page 2, list") << Trouble::CorruptSecondPage << QStringLiteral("list") << QStringLiteral("damaged");
        QTest::newRow("random middle page, annotate") << Trouble::CorruptMiddlePage << QStringLiteral("annotate") << QStringLiteral("damaged");
        QTest::newRow("random middle page, list") << Trouble::CorruptMiddlePage << QStringLiteral("list") << QStringLiteral("damaged");
        QTest::newRow("random last page, annotate") << Trouble::CorruptLastPage << QStringLiteral("annotate") << QStringLiteral("damaged");
    }

    void refusals()
    {
        QFETCH(Trouble, trouble);
        QFETCH(QString, verb);
        QFETCH(QString, message);

        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QString folder = work.filePath(QStringLiteral("library"));
        const QString home = work.filePath(QStringLiteral("home"));
        const QString path = folder + QStringLiteral("/lib.sqlite");
        QVERIFY(QDir().mkpath(folder) && QDir().mkpath(home));
        {
            Test::Library lib;
            QVERIFY(lib.isOpen());
            QVERIFY(populate(lib));
            lib.database().close();
            QVERIFY(QFile::copy(lib.path(), path));
        }
        QRandomGenerator random(uint(trouble) * 7919 + 1);
        const int page = pageSize(path);
        const qint64 pages = QFileInfo(path).size() / page;
        QVERIFY(page >= 512 && pages > 8);
        switch (trouble) {
        case Trouble::Newer: {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99")));
            db.close();
            break;
        }
        case Trouble::CorruptMagic:
            QVERIFY(overwrite(path, 0, 16, random));
            break;
        case Trouble::CorruptHeader:
            QVERIFY(overwrite(path, 16, 84, random));
            break;
        case Trouble::CorruptSecondPage:
            QVERIFY(overwrite(path, page, page, random));
            break;
        case Trouble::CorruptMiddlePage:
            QVERIFY(overwrite(path, pages / 2 * page, page, random));
            break;
        case Trouble::CorruptLastPage:
            QVERIFY(overwrite(path, (pages - 1) * page, page, random));
            break;
        default:
            break;
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));

        // Permissions for the unprivileged child: a home it can write, and
        // the library's file or folder it can only read.
        QVERIFY(QFile::setPermissions(work.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                                       | QFileDevice::ExeOther));
        QCOMPARE(::chmod(QFile::encodeName(home).constData(), 0777), 0);
        QCOMPARE(::chmod(QFile::encodeName(folder).constData(), trouble == Trouble::ReadOnlyFolder ? 0555 : 0777), 0);
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), trouble == Trouble::ReadOnlyFile ? 0444 : 0666), 0);

        // Another program holds the write lock for longer than Dossier waits.
        QSqlDatabase holder;
        if (trouble == Trouble::Locked) {
            holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
            holder.setDatabaseName(path);
            QVERIFY(holder.open());
            QVERIFY(QSqlQuery(holder).exec(QStringLiteral("BEGIN IMMEDIATE")));
        }
        const QByteArray before = Test::fileHash(path);

        QStringList arguments{verb};
        if (verb == QLatin1String("annotate"))
            arguments << QStringLiteral("1") << QStringLiteral("--range") << QStringLiteral("0:8") << QStringLiteral("--note") << QStringLiteral("should not be saved");
        else if (verb == QLatin1String("search"))
            arguments << QStringLiteral("Kato");
        arguments << QStringLiteral("--db") << path;
        const Test::Run run = Test::runDossier(arguments, environmentIn(home), &asUnprivileged);
        if (holder.isOpen()) {
            QSqlQuery(holder).exec(QStringLiteral("ROLLBACK"));
            holder.close();
        }
        holder = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));

        QVERIFY2(!run.crashed, run.err.constData());
        QVERIFY2(run.exitCode != 125, "could not give up root for the test");
        if (message.isEmpty()) {
            QVERIFY2(run.exitCode == 0, run.err.constData());
            QVERIFY2(run.out.contains("Report 1"), run.out.constData());
        } else {
            QVERIFY2(run.exitCode == 1, run.out.constData());
            QVERIFY2(run.out.isEmpty(), run.out.constData());
            QVERIFY2(run.err.startsWith("dossier: ") && run.err.count('\n') == 1, run.err.constData());
            QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
            qInfo("%s", run.err.trimmed().constData());
            QVERIFY2(run.err.contains(QFile::encodeName(path)) || !run.err.contains("/"), run.err.constData());
        }
        // Never written to: the same bytes (before the file is opened again
        // here, which would checkpoint a log).
        QCOMPARE(Test::fileHash(path), before);
        if (trouble == Trouble::ReadOnlyFile || trouble == Trouble::ReadOnlyFolder || trouble == Trouble::Locked) {
            QCOMPARE(::chmod(QFile::encodeName(folder).constData(), 0777), 0);
            const QStringList content = contentOf(path);
            QVERIFY2(content.size() > 12 * 4, qPrintable(content.join(QLatin1Char('\n'))));
            QVERIFY(!content.join(QLatin1Char('\n')).contains(QStringLiteral("should not be saved")));
        }
    }

    // SQLite's max_page_count stands in for the disk (see
    // DOSSIER_TEST_MAX_PAGE_COUNT in database.cpp): writing past it fails as
    // on a full disk.
    void diskFull_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<int>("room"); // pages left
        QTest::newRow("annotate") << QStringLiteral("annotate") << 0;
        QTest::newRow("import, full from the start") << QStringLiteral("import") << 0;
        QTest::newRow("import, full half-way") << QStringLiteral("import") << 60;
        QTest::newRow("import-bundle") << QStringLiteral("import-bundle") << 0;
        // Written by the analyzer's writer thread, through its own connection.
        QTest::newRow("analyze") << QStringLiteral("analyze") << 0;
    }

    void diskFull()
    {
        QFETCH(QString, verb);
        QFETCH(int, room);
        QTemporaryDir work;
        Test::Library lib;
        QVERIFY(lib.isOpen());
        QVERIFY(populate(lib));
        lib.database().close();

        QStringList arguments{verb};
        if (verb == QLatin1String("annotate")) {
            // A note spilling over several pages: it needs pages the disk no
            // longer has.
            arguments << QStringLiteral("3") << QStringLiteral("--range") << QStringLiteral("2:9") << QStringLiteral("--note")
                      << QString(20000, QLatin1Char('n')) << QStringLiteral("--tag") << QStringLiteral("full/disk");
        } else if (verb == QLatin1String("import")) {
            const QString folder = work.filePath(QStringLiteral("texts"));
            QVERIFY(QDir().mkpath(folder));
            for (int n = 100; n < 130; ++n) {
                QFile file(QStringLiteral("%1/t%2.txt").arg(folder).arg(n));
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(text(n).toUtf8());
            }
            arguments << folder;
        } else if (verb == QLatin1String("import-bundle")) {
            Test::Library source;
            QVERIFY(source.isOpen());
            QVERIFY(populate(source));
            QVERIFY(source.addDocument(text(200) + text(201)));
            source.database().close();
            const QString bundle = work.filePath(QStringLiteral("b.dossier"));
            const Test::Run exported = Test::runDossier({QStringLiteral("export"), QStringLiteral("--bundle"), bundle, QStringLiteral("--db"), source.path()});
            QVERIFY2(exported.exitCode == 0, exported.err.constData());
            arguments << bundle;
        }
        arguments << QStringLiteral("--db") << lib.path();

        const QStringList before = contentOf(lib.path());
        const QByteArray bytesBefore = Test::fileHash(lib.path());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DOSSIER_TEST_MAX_PAGE_COUNT"), QString::number(pageCount(lib.path()) + room));
        const Test::Run run = Test::runDossier(arguments, environment);
        QVERIFY2(!run.crashed, run.err.constData());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith("dossier: ") && run.err.count('\n') == 1, run.err.constData());
        QVERIFY2(run.err.contains("The disk is full"), run.err.constData());
        qInfo("%s", run.err.trimmed().constData());

        const QStringList after = contentOf(lib.path());
        if (verb == QLatin1String("import") && room > 0) {
            // What was reported imported before the disk filled stays, whole.
            const int imported = int(run.out.count("\nimported\t") + (run.out.startsWith("imported\t") ? 1 : 0));
            QVERIFY2(imported > 0, run.out.constData());
            QVERIFY(run.err.contains(QByteArray::number(imported) + " file"));
            for (const QString &row : before)
                QVERIFY2(after.contains(row), qPrintable(row.left(200)));
            Database db;
            QVERIFY(db.open(lib.path()));
            QCOMPARE(DocumentStore(db).count(), 12 + imported);
            QCOMPARE(Test::damage(db), QString());
        } else {
            QCOMPARE(after, before);
            // Rolled back before anything reached the file itself.
            QCOMPARE(Test::fileHash(lib.path()), bytesBefore);
        }
    }

    // A real full disk: a small tmpfs, filled up but for a few pages. SQLite
    // then fails writing its log, not at a page count. Mounting needs root
    // (in the development environment's private mount namespace).
    void realDiskFull_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::newRow("annotate") << QStringLiteral("annotate");
        QTest::newRow("import") << QStringLiteral("import");
    }

    void realDiskFull()
    {
        QFETCH(QString, verb);
        QTemporaryDir work;
        const QString disk = work.filePath(QStringLiteral("disk"));
        QVERIFY(QDir().mkpath(disk));
        const QString options = QStringLiteral("size=2m,mode=0777");
        QProcess mount;
        mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), options, QStringLiteral("tmpfs"), disk});
        if (!mount.waitForFinished() || mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0)
            QSKIP("a small tmpfs cannot be mounted here (needs root in a mount namespace); diskFull() covers the same with max_page_count");
        auto unmount = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {disk}); });

        const QString path = disk + QStringLiteral("/lib.sqlite");
        {
            Test::Library lib;
            QVERIFY(lib.isOpen());
            QVERIFY(populate(lib));
            lib.database().close();
            QVERIFY(QFile::copy(lib.path(), path));
        }
        const QStringList before = contentOf(path);
        // Fill the disk but for 48 KB: room for SQLite's 32 KB -shm, not for
        // a log of the change.
        {
            QFile filler(disk + QStringLiteral("/filler"));
            QVERIFY(filler.open(QIODevice::WriteOnly));
            const QByteArray block(4096, 'x');
            while (filler.write(block) == block.size() && filler.flush()) {
            }
            filler.close();
            const qint64 free = QStorageInfo(disk).bytesAvailable();
            QVERIFY(QFile::resize(filler.fileName(), QFileInfo(filler.fileName()).size() + free - 48 * 1024));
        }
        QStringList arguments{verb};
        QTemporaryDir texts;
        if (verb == QLatin1String("annotate")) {
            arguments << QStringLiteral("3") << QStringLiteral("--range") << QStringLiteral("2:9") << QStringLiteral("--note") << QString(60000, QLatin1Char('n'));
        } else {
            for (int n = 500; n < 520; ++n) {
                QFile file(texts.filePath(QStringLiteral("t%1.txt").arg(n)));
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write((text(n) + text(n + 1000) + text(n + 2000) + text(n + 3000)).toUtf8());
            }
            arguments << texts.path();
        }
        arguments << QStringLiteral("--db") << path;
        const Test::Run run = Test::runDossier(arguments);
        QVERIFY2(!run.crashed, run.err.constData());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith("dossier: ") && run.err.count('\n') == 1, run.err.constData());
        QVERIFY2(run.err.contains("The disk is full"), run.err.constData());
        QVERIFY2(!run.out.contains("imported\t"), run.out.constData());
        qInfo("%s", run.err.trimmed().constData());
        // Everything the library had is there, intact (read on the full disk).
        QCOMPARE(contentOf(path), before);
    }

    // Two annotating loops and an import on one database at once: each
    // waits its turn, none fails, every write is there.
    void twoInstances()
    {
        Test::Library lib;
        QVERIFY(lib.isOpen());
        QVERIFY(populate(lib));
        lib.database().close();
        QTemporaryDir work;
        const QString folder = work.filePath(QStringLiteral("texts"));
        QVERIFY(QDir().mkpath(folder));
        for (int n = 300; n < 340; ++n) {
            QFile file(QStringLiteral("%1/t%2.txt").arg(folder).arg(n));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text(n).toUtf8());
        }
        const QString loop = QStringLiteral(R"sh(i=0
while [ $i -lt 25 ]; do
  i=$((i+1))
  "$0" annotate $((i % 12 + 1)) --db "$1" --range "$i:$((i + 20))" --note "$2 $i" --tag "$2/n$i" --tag shared || exit 3
done)sh");
        QList<QProcess *> writers;
        for (const QString &name : {QStringLiteral("first"), QStringLiteral("second")}) {
            auto *writer = new QProcess(this);
            writer->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), loop, QStringLiteral(DOSSIER_EXECUTABLE), lib.path(), name});
            writers.append(writer);
        }
        auto *importer = new QProcess(this);
        importer->start(QStringLiteral(DOSSIER_EXECUTABLE), {QStringLiteral("import"), folder, QStringLiteral("--db"), lib.path()});
        writers.append(importer);
        QSet<qint64> ids;
        for (QProcess *writer : std::as_const(writers)) {
            QVERIFY(writer->waitForFinished(300000));
            QVERIFY2(writer->exitStatus() == QProcess::NormalExit && writer->exitCode() == 0, writer->readAllStandardError().constData());
            if (writer == importer) {
                QVERIFY(writer->readAllStandardOutput().contains("imported: 40, duplicates: 0, rejected: 0"));
            } else {
                const QList<QByteArray> lines = writer->readAllStandardOutput().trimmed().split('\n');
                QCOMPARE(int(lines.size()), 25);
                for (const QByteArray &line : lines)
                    ids.insert(line.toLongLong());
            }
            delete writer;
        }
        QCOMPARE(int(ids.size()), 50);
        Database db;
        QVERIFY(db.open(lib.path()));
        QCOMPARE(Test::damage(db), QString());
        QCOMPARE(DocumentStore(db).count(), 52);
        QSqlQuery query(db.connection());
        for (qint64 id : std::as_const(ids)) {
            query.prepare(QStringLiteral("SELECT count(*) FROM annotation_tags WHERE annotation_id = ?"));
            query.addBindValue(id);
            QVERIFY(query.exec() && query.next());
            QVERIFY2(query.value(0).toInt() == 2, qPrintable(QStringLiteral("annotation %1 is missing or lacks tags").arg(id)));
        }
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
