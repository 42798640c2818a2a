#include "corpus/importer.h"
#include "corpus/pdfconverter.h"
#include "localization.h"

#include <QDir>
#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Dossier;

class TestImporter : public QObject
{
    Q_OBJECT
private:
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return {};
        return path;
    }

    QString writePdf(const QString &name, const QStringList &pages)
    {
        const QString path = m_dir.filePath(name);
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        for (int i = 0; i < pages.size(); ++i) {
            if (i > 0)
                writer.newPage();
            painter.drawText(QRect(0, 0, writer.width(), writer.height()), Qt::TextWordWrap, pages.at(i));
        }
        return painter.end() ? path : QString();
    }

    // A PDF's text read on one of pool's threads (never on this one: a
    // waiting QFuture may run the task itself).
    static Expected<QString> readOn(QThreadPool &pool, const QString &path)
    {
        QFuture<Expected<QString>> future = QtConcurrent::run(&pool, [path] { return PdfConverter::textOf(path); });
        while (!future.isFinished())
            QTest::qWait(10);
        return future.result();
    }

    // Our child processes running the PDF reader (Linux /proc).
    static int helperChildren()
    {
        int count = 0;
        const QString me = QString::number(QCoreApplication::applicationPid());
        const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &pid : pids) {
            QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            // pid (comm) state ppid ...
            const QString line = QString::fromUtf8(stat.readAll());
            const qsizetype close = line.lastIndexOf(QLatin1Char(')'));
            const QString comm = line.mid(line.indexOf(QLatin1Char('(')) + 1, close - line.indexOf(QLatin1Char('(')) - 1);
            const QStringList rest = line.mid(close + 2).split(QLatin1Char(' '));
            if (comm.startsWith(QLatin1String("dossier-pdftext")) && rest.size() > 1 && rest.at(1) == me)
                ++count;
        }
        return count;
    }

    static QString cyclicPdf()
    {
        return QStringLiteral(DOSSIER_SOURCE_DIR "/tests/fuzz/pdf/cyclic-page-tree.pdf");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // English plural forms, as the app has them.
        QVERIFY(Localization::install(QCoreApplication::instance(), QStringLiteral("en")));
    }

    void formats_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("title");

        const QString body = QStringLiteral("NISC said on Tuesday.\r\n\r\n  Indented \u201Cquote\u201D.\n");
        QTest::newRow("txt utf-8 kept exactly") << QStringLiteral("a.txt") << body.toUtf8() << body << QString();
        QTest::newRow("txt utf-8 bom dropped") << QStringLiteral("b.txt") << QByteArray("\xEF\xBB\xBF" + body.toUtf8()) << body << QString();
        QTest::newRow("txt utf-16") << QStringLiteral("c.txt") << QByteArray("\xFF\xFE" "N\x00" "I\x00" "\x0A\x00", 8) << QStringLiteral("NI\n") << QString();
        QTest::newRow("txt windows-1252") << QStringLiteral("d.txt") << QByteArray("Caf\xE9 \x93" "cyber\x94\n") << QStringLiteral("Caf\u00E9 \u201Ccyber\u201D\n") << QString();
        QTest::newRow("html") << QStringLiteral("e.html")
                              << QByteArray("<html><head><meta charset=\"windows-1252\"><title>Page title</title><script>alert(1)</script></head>"
                                            "<body><nav>Home</nav><h1>Headline</h1><p>Caf\xE9 text.</p></body></html>")
                              << QStringLiteral("Headline\n\nCaf\u00E9 text.") << QStringLiteral("Page title");
        QTest::newRow("html sniffed without suffix") << QStringLiteral("page") << QByteArray("<!DOCTYPE html><p>Sniffed</p>")
                                                     << QStringLiteral("Sniffed") << QString();
        QTest::newRow("markdown") << QStringLiteral("f.md") << QByteArray("# Heading\n\nSome **bold** [link](http://x).\n")
                                  << QStringLiteral("Heading\n\nSome bold link.") << QStringLiteral("Heading");
    }
    void formats()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(QString, title);
        const QString path = write(name, bytes);
        QVERIFY(!path.isEmpty());
        const Expected<Document> document = Importer::importFile(path);
        QVERIFY2(document.ok(), qPrintable(document.error()));
        QCOMPARE(document->text, text);
        QCOMPARE(document->sourceName, name);
        QCOMPARE(document->sha256, Document::hashText(text));
        if (!title.isEmpty())
            QCOMPARE(document->title, title);
    }

    void pdfKeepsPageBreaks()
    {
        const QString path = writePdf(QStringLiteral("report.pdf"), {QStringLiteral("First page about NISC"), QStringLiteral("Second page about NPA")});
        QVERIFY(!path.isEmpty());
        const Expected<Document> document = Importer::importFile(path);
        QVERIFY2(document.ok(), qPrintable(document.error()));
        const QStringList pages = document->text.split(QStringLiteral("\n\f\n"));
        QCOMPARE(pages.size(), 2);
        QVERIFY2(pages.at(0).contains(QStringLiteral("First page about NISC")), qPrintable(pages.at(0)));
        QVERIFY2(pages.at(1).contains(QStringLiteral("Second page about NPA")), qPrintable(pages.at(1)));
        QCOMPARE(document->sourceName, QStringLiteral("report.pdf"));
    }

    // PDFium's load never returns on this file (its page tree is a cycle):
    // the read stops at the time limit with one message.
    void aPdfThatHangsTheReaderIsRejectedAtTheTimeLimit()
    {
        qputenv("DOSSIER_PDF_TIME_LIMIT", "2");
        const Expected<Document> document = Importer::importFile(cyclicPdf());
        qunsetenv("DOSSIER_PDF_TIME_LIMIT");
        QVERIFY(!document.ok());
        QVERIFY2(document.error().contains(QStringLiteral("took longer than 2 seconds")), qPrintable(document.error()));
    }

    void abandonReadsStopsAReadInProgress()
    {
        qputenv("DOSSIER_PDF_TIME_LIMIT", "3600");
        QFuture<Expected<QString>> read = QtConcurrent::run([path = cyclicPdf()] { return PdfConverter::textOf(path); });
        while (!read.isFinished()) {
            PdfConverter::abandonReads();
            QTest::qWait(50);
        }
        qunsetenv("DOSSIER_PDF_TIME_LIMIT");
        QVERIFY(!read.result().ok());
        QVERIFY2(read.result().error().contains(QStringLiteral("stopped")), qPrintable(read.result().error()));
    }

    // A worker thread keeps its reader for the next files; after a hang the
    // reader is replaced and the next files read as before.
    void aWorkerReadsOnAfterAHang()
    {
        const QString first = writePdf(QStringLiteral("first.pdf"), {QStringLiteral("First report about NISC")});
        // A name with spaces and non-ASCII letters crosses the pipe intact.
        const QString second = writePdf(QStringLiteral("zweiter Bericht \u00C4 \u5831\u544A.pdf"), {QStringLiteral("Second report"), QStringLiteral("about the NPA")});
        QThreadPool worker;
        worker.setMaxThreadCount(1);
        const auto read = [&worker](const QString &path) { return readOn(worker, path); };
        qputenv("DOSSIER_PDF_TIME_LIMIT", "2");
        const Expected<QString> a = read(first);
        const Expected<QString> hung = read(cyclicPdf());
        const Expected<QString> b = read(second);
        const Expected<QString> again = read(first);
        qunsetenv("DOSSIER_PDF_TIME_LIMIT");
        QVERIFY2(a.ok(), qPrintable(a.error()));
        QVERIFY(a->contains(QStringLiteral("First report about NISC")));
        QVERIFY(!hung.ok());
        QVERIFY2(hung.error().contains(QStringLiteral("took longer")), qPrintable(hung.error()));
        QVERIFY2(b.ok(), qPrintable(b.error()));
        QCOMPARE(b->split(QStringLiteral("\n\f\n")).size(), 2);
        QVERIFY(b->contains(QStringLiteral("about the NPA")));
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(*again, *a);
    }

    // A worker thread that ends (an idle pool thread expires) ends its
    // reader: no helper process is left behind.
    void anEndingWorkerEndsItsReader()
    {
        const QString pdf = writePdf(QStringLiteral("brief.pdf"), {QStringLiteral("A page about NISC")});
        {
            QThreadPool worker;
            worker.setMaxThreadCount(1);
            worker.setExpiryTimeout(50);
            const Expected<QString> read = readOn(worker, pdf);
            QVERIFY2(read.ok(), qPrintable(read.error()));
            QCOMPARE(helperChildren(), 1);
            QTRY_COMPARE_WITH_TIMEOUT(worker.activeThreadCount(), 0, 10000);
            QTRY_COMPARE_WITH_TIMEOUT(helperChildren(), 0, 10000);
        }
        QCOMPARE(helperChildren(), 0);
    }

    // The reader itself fails: one message each, never a hang or a crash.
    void aFailingReaderIsOneMessage_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << QByteArray() << QStringLiteral("cannot be started");
        QTest::newRow("crashes") << QByteArray("#!/bin/sh\nkill -SEGV $$\n") << QStringLiteral("crash");
        QTest::newRow("ends without answering") << QByteArray("#!/bin/sh\nexit 3\n") << QStringLiteral("exit status 3");
        QTest::newRow("garbled answer") << QByteArray("#!/bin/sh\necho nonsense\nexec sleep 30\n") << QStringLiteral("does not understand");
        QTest::newRow("unknown status") << QByteArray("#!/bin/sh\nprintf '99 0\\n'\nexec sleep 30\n") << QStringLiteral("does not understand");
    }
    void aFailingReaderIsOneMessage()
    {
        QFETCH(QByteArray, script);
        QFETCH(QString, message);
        const QString pdf = writePdf(QStringLiteral("fine.pdf"), {QStringLiteral("A page about NISC")});
        QString reader = m_dir.filePath(QStringLiteral("no-such-reader"));
        if (!script.isEmpty()) {
            reader = write(QStringLiteral("reader-%1.sh").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))), script);
            QVERIFY(QFile::setPermissions(reader, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        }
        const QByteArray previous = qgetenv("DOSSIER_PDF_HELPER");
        qputenv("DOSSIER_PDF_HELPER", reader.toLocal8Bit());
        const Expected<Document> document = Importer::importFile(pdf);
        qputenv("DOSSIER_PDF_HELPER", previous);
        QVERIFY(!document.ok());
        QVERIFY2(document.error().contains(message), qPrintable(document.error()));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QStringLiteral("empty.txt") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("whitespace only") << QStringLiteral("blank.txt") << QByteArray(" \n\t\n") << QStringLiteral("no text");
        QTest::newRow("binary") << QStringLiteral("image.txt") << QByteArray("\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR", 16) << QStringLiteral("binary");
        QTest::newRow("invalid utf-8") << QStringLiteral("broken.txt") << QByteArray("r\xC3\xA9sum\xC3\xA9 \xFF\xFE\xC3 end") << QStringLiteral("not valid UTF-8");
        QTest::newRow("broken pdf") << QStringLiteral("broken.pdf") << QByteArray("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\ngarbage") << QStringLiteral("PDF is damaged");
        QTest::newRow("pdf without text") << QStringLiteral("notapdf.pdf") << QByteArray("just text called .pdf") << QStringLiteral("PDF is damaged");
    }
    void badInput()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QString path = m_dir.filePath(name);
        if (bytes.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
        } else {
            path = write(name, bytes);
        }
        const Expected<Document> document = Importer::importFile(path);
        QVERIFY(!document.ok());
        QVERIFY2(document.error().contains(message), qPrintable(document.error()));
        QVERIFY(!document.error().contains(QLatin1Char('\n')));
    }

    void oversizedFileIsRefusedUnread()
    {
        // Sparse: 300 MB on paper, nothing on disk.
        const QString path = m_dir.filePath(QStringLiteral("huge.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(300LL * 1024 * 1024));
        file.close();
        const Expected<Document> document = Importer::importFile(path);
        QVERIFY(!document.ok());
        QCOMPARE(document.error(), QStringLiteral("The file is 300 MB; Dossier imports files of up to 50 MB."));
        QVERIFY(file.remove());
    }

    void unreadablePaths()
    {
        QVERIFY(Importer::importFile(m_dir.filePath(QStringLiteral("missing.txt"))).error().contains(QStringLiteral("does not exist")));
        QVERIFY(Importer::importFile(m_dir.path()).error().contains(QStringLiteral("folder")));
        const QString locked = write(QStringLiteral("locked.txt"), "secret");
        QVERIFY(QFile::setPermissions(locked, QFileDevice::Permissions()));
        QFile probe(locked);
        if (probe.open(QIODevice::ReadOnly))
            QSKIP("running as root: permissions do not stop reading");
        const Expected<Document> document = Importer::importFile(locked);
        QVERIFY(!document.ok());
        QVERIFY2(document.error().startsWith(QStringLiteral("The file cannot be read")), qPrintable(document.error()));
    }

    void htmlNeverReadsWhatItReferences()
    {
        // A canary file the page points at in every way a browser would load.
        const QString canary = write(QStringLiteral("canary/secret.txt"), "CANARY-CONTENT");
        const QString url = QUrl::fromLocalFile(canary).toString();
        const QByteArray page = QStringLiteral(
            "<html><head><link rel=stylesheet href=\"%1\"><script src=\"%1\"></script></head><body>"
            "<p>Visible</p><img src=\"file:///etc/passwd\"><img src=\"%1\"><iframe src=\"%1\"></iframe>"
            "<img src=\"canary/secret.txt\"><object data=\"%1\"></object></body></html>").arg(url).toUtf8();
        const QString path = write(QStringLiteral("page.html"), page);
        const QByteArray markdown = QStringLiteral("Visible ![x](%1) ![y](file:///etc/passwd) <img src=\"%1\">\n").arg(url).toUtf8();
        const QString mdPath = write(QStringLiteral("page.md"), markdown);

#ifdef Q_OS_LINUX
        const int watch = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        QVERIFY(watch >= 0);
        QVERIFY(inotify_add_watch(watch, QFile::encodeName(canary).constData(), IN_OPEN | IN_ACCESS) >= 0);
        QVERIFY(inotify_add_watch(watch, "/etc/passwd", IN_OPEN | IN_ACCESS) >= 0);
#endif
        const Expected<Document> html = Importer::importFile(path);
        const Expected<Document> md = Importer::importFile(mdPath);
#ifdef Q_OS_LINUX
        char events[4096];
        const ssize_t got = ::read(watch, events, sizeof events);
        ::close(watch);
        QCOMPARE(got, ssize_t(-1)); // nothing opened or read either file
#endif
        QVERIFY2(html.ok(), qPrintable(html.error()));
        QVERIFY2(md.ok(), qPrintable(md.error()));
        QCOMPARE(html->text, QStringLiteral("Visible"));
        for (const QString &text : {html->text, md->text}) {
            QVERIFY(!text.contains(QStringLiteral("CANARY")));
            QVERIFY(!text.contains(QStringLiteral("root:")));
        }
    }

    void expandPathsRecursesFolders()
    {
        QTemporaryDir root;
        const QDir dir(root.path());
        QVERIFY(dir.mkpath(QStringLiteral("a/b")));
        for (const QString &name : {QStringLiteral("x.txt"), QStringLiteral("a/y.HTML"), QStringLiteral("a/b/z.md"),
                                    QStringLiteral("a/skip.png"), QStringLiteral(".hidden.txt")}) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        const QString single = dir.filePath(QStringLiteral("a/skip.png"));
        const QStringList files = Importer::expandPaths({root.path(), single, dir.filePath(QStringLiteral("nope"))});
        QCOMPARE(files, QStringList({dir.filePath(QStringLiteral("a/b/z.md")), dir.filePath(QStringLiteral("a/y.HTML")),
                                     dir.filePath(QStringLiteral("x.txt")), single, dir.filePath(QStringLiteral("nope"))}));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestImporter)
#include "tst_importer.moc"
