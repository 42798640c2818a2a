#include "localization.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Dossier;

// The translations are embedded and found: Japanese and German menus, and
// the English plural forms that the source text writes as "(s)".
class TestLocalization : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void resolve_data()
    {
        QTest::addColumn<QString>("override");
        QTest::addColumn<QStringList>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("override") << QStringLiteral("ja") << QStringList{QStringLiteral("de-DE")} << QStringLiteral("ja");
        QTest::newRow("override with country") << QStringLiteral("de_AT") << QStringList{QStringLiteral("en-US")} << QStringLiteral("de");
        QTest::newRow("system") << QString() << QStringList{QStringLiteral("ja-JP"), QStringLiteral("en-US")} << QStringLiteral("ja");
        QTest::newRow("first shipped") << QString() << QStringList{QStringLiteral("fr-FR"), QStringLiteral("de-CH")} << QStringLiteral("de");
        QTest::newRow("unknown override") << QStringLiteral("xx") << QStringList{QStringLiteral("de-DE")} << QStringLiteral("de");
        QTest::newRow("nothing shipped") << QString() << QStringList{QStringLiteral("fr-FR")} << QStringLiteral("en");
    }

    void resolve()
    {
        QFETCH(QString, override);
        QFETCH(QStringList, system);
        QFETCH(QString, expected);
        QCOMPARE(Localization::resolve(override, system), expected);
    }

    void translations_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("one");
        QTest::addColumn<QString>("two");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("&File") << QStringLiteral("1 document in the library")
                            << QStringLiteral("2 documents in the library");
        QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("ファイル(&F)") << QStringLiteral("ライブラリに 1 件の文書")
                            << QStringLiteral("ライブラリに 2 件の文書");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&Datei") << QStringLiteral("1 Dokument in der Bibliothek")
                            << QStringLiteral("2 Dokumente in der Bibliothek");
    }

    void translations()
    {
        QFETCH(QString, code);
        QFETCH(QString, file);
        QFETCH(QString, one);
        QFETCH(QString, two);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/dossier_%1.qm").arg(code)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QCOMPARE(QCoreApplication::translate("Dossier::MainWindow", "&File"), file);
        QCOMPARE(QCoreApplication::translate("Dossier::MainWindow", "%n document(s) in the library", nullptr, 1), one);
        QCOMPARE(QCoreApplication::translate("Dossier::MainWindow", "%n document(s) in the library", nullptr, 2), two);
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_GUILESS_MAIN(TestLocalization)
#include "tst_localization.moc"
