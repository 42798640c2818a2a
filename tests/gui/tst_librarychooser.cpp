// Starting on a library that cannot be used: the user sees why, and gets
// another library (one they pick, or a new one) or quits; the file that
// failed is never written to.
#include "librarychooser.h"

#include "store/database.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Dossier;
using namespace Dossier::Gui;

namespace {

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

// Answers the problem box each time one shows, with the next of answers
// (button object names), noting what each said.
class Answerer : public QObject
{
public:
    explicit Answerer(QStringList answers)
        : m_answers(std::move(answers))
    {
        // Polls for the modal box (no sleep: the event loop of exec() runs it).
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QLatin1String("libraryProblem") || !box->isVisible())
                return;
            shown.append(box->text() + QLatin1Char('\n') + box->informativeText());
            auto *button = box->findChild<QPushButton *>(m_answers.isEmpty() ? QStringLiteral("quit") : m_answers.takeFirst());
            if (button)
                button->click();
        });
        m_timer.start(10);
    }
    QStringList shown;

private:
    QStringList m_answers;
    QTimer m_timer;
};

} // namespace

class TestLibraryChooser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(Database::defaultPath());
        QFile::remove(LibraryChooser::newLibraryPath());
        QVERIFY(m_dir.isValid());
        m_broken = m_dir.filePath(QStringLiteral("broken.sqlite"));
        QFile file(m_broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("My notes, saved over the library by mistake.\n");
        file.close();
        m_brokenHash = hashOf(m_broken);
    }

    void opensTheLibraryWithoutAsking()
    {
        Database database;
        int attempts = 0;
        LibraryChooser chooser([&](const QString &path) { ++attempts; return database.open(path); });
        Answerer answerer({});
        const QString good = m_dir.filePath(QStringLiteral("good.sqlite"));
        QCOMPARE(chooser.open(good), good);
        QCOMPARE(attempts, 1);
        QVERIFY(answerer.shown.isEmpty());
        QVERIFY(database.isOpen());
    }

    void offersAnotherLibrary()
    {
        const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
        {
            Database db; // an existing library to pick
            QVERIFY(db.open(other));
        }
        Database database;
        LibraryChooser chooser([&](const QString &path) { return database.open(path); });
        int picked = 0;
        chooser.setFilePicker([&](QWidget *) { ++picked; return other; });
        Answerer answerer({QStringLiteral("openOther")});
        QCOMPARE(chooser.open(m_broken), other);
        QCOMPARE(picked, 1);
        QCOMPARE(int(answerer.shown.size()), 1);
        QVERIFY2(answerer.shown.first().contains(m_broken), qPrintable(answerer.shown.first()));
        QVERIFY2(answerer.shown.first().contains(QStringLiteral("not a Dossier database")), qPrintable(answerer.shown.first()));
        QVERIFY(database.isOpen());
        QCOMPARE(database.path(), other);
        QCOMPARE(hashOf(m_broken), m_brokenHash);
    }

    void offersANewLibraryBesideTheDefault()
    {
        // The default library itself is the one that fails: the new one
        // goes beside it, never over it.
        const QString standard = Database::defaultPath();
        QDir().mkpath(QFileInfo(standard).absolutePath());
        QVERIFY(QFile::copy(m_broken, standard));
        Database database;
        LibraryChooser chooser([&](const QString &path) { return database.open(path); });
        Answerer answerer({QStringLiteral("newLibrary")});
        const QString opened = chooser.open(standard);
        QVERIFY(!opened.isEmpty());
        QVERIFY(opened != standard);
        QCOMPARE(QFileInfo(opened).absolutePath(), QFileInfo(standard).absolutePath());
        QVERIFY(database.isOpen());
        QCOMPARE(hashOf(standard), m_brokenHash);
        QFile::remove(standard);
        database.close();
        QFile::remove(opened);
    }

    void asksAgainWhenTheChoiceFailsToo_andQuits()
    {
        const QString newer = m_dir.filePath(QStringLiteral("newer.sqlite"));
        {
            Database db;
            QVERIFY(db.open(newer));
            QVERIFY(QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        const QByteArray newerHash = hashOf(newer);
        Database database;
        LibraryChooser chooser([&](const QString &path) { return database.open(path); });
        chooser.setFilePicker([&](QWidget *) { return newer; });
        Answerer answerer({QStringLiteral("openOther"), QStringLiteral("quit")});
        QCOMPARE(chooser.open(m_broken), QString());
        QCOMPARE(int(answerer.shown.size()), 2);
        QVERIFY2(answerer.shown.at(1).contains(QStringLiteral("newer version of Dossier")), qPrintable(answerer.shown.at(1)));
        QVERIFY(chooser.lastError().contains(QStringLiteral("newer version of Dossier")));
        QVERIFY(!database.isOpen());
        QCOMPARE(hashOf(m_broken), m_brokenHash);
        QCOMPARE(hashOf(newer), newerHash);
    }

    void cancellingThePickerAsksAgain()
    {
        Database database;
        LibraryChooser chooser([&](const QString &path) { return database.open(path); });
        chooser.setFilePicker([](QWidget *) { return QString(); });
        Answerer answerer({QStringLiteral("openOther"), QStringLiteral("quit")});
        QCOMPARE(chooser.open(m_broken), QString());
        QCOMPARE(int(answerer.shown.size()), 2);
        QCOMPARE(answerer.shown.at(0), answerer.shown.at(1));
        QCOMPARE(hashOf(m_broken), m_brokenHash);
    }

private:
    QTemporaryDir m_dir;
    QString m_broken;
    QByteArray m_brokenHash;
};

QTEST_MAIN(TestLibraryChooser)
#include "tst_librarychooser.moc"
