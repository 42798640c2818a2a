#include "exchangelibrary.h"

#include "exchange/bundlecollector.h"
#include "exchange/csvwriter.h"

#include <QTest>

using namespace Dossier;

class TestCsvWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void field_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << QStringLiteral("NISC") << QStringLiteral("NISC");
        QTest::newRow("comma") << QStringLiteral("a, b") << QStringLiteral("\"a, b\"");
        QTest::newRow("quote") << QStringLiteral("say \"no\"") << QStringLiteral("\"say \"\"no\"\"\"");
        QTest::newRow("line break") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("crlf") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
        QTest::newRow("formula") << QStringLiteral("=SUM(A1)") << QStringLiteral("'=SUM(A1)");
        QTest::newRow("plus") << QStringLiteral("+81 3") << QStringLiteral("'+81 3");
        QTest::newRow("at") << QStringLiteral("@nisc") << QStringLiteral("'@nisc");
        QTest::newRow("formula with comma") << QStringLiteral("=A1,B1") << QStringLiteral("\"'=A1,B1\"");
        QTest::newRow("unicode") << QStringLiteral("\U0001F4F0 日本") << QStringLiteral("\U0001F4F0 日本");
        QTest::newRow("empty") << QString() << QString();
    }
    void field()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::field(value), written);
    }

    void writesOneRowPerAnnotation()
    {
        Test::Library lib;
        QVERIFY(lib.isOpen());
        Test::ExchangeLibrary content;
        QVERIFY(content.populate(lib));
        const Expected<Bundle> bundle = BundleCollector(lib.database()).collect({});
        QVERIFY2(bundle.ok(), qPrintable(bundle.error()));
        QCOMPARE(bundle->annotations.size(), 5); // the private one left out

        const QString path = QDir(QDir::tempPath()).filePath(QStringLiteral("dossier-csv-%1.csv").arg(QCoreApplication::applicationPid()));
        QVERIFY(CsvWriter::write(*bundle, path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        file.remove();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        QVERIFY(text.endsWith(QStringLiteral("\r\n")));
        QVERIFY(text.startsWith(QStringLiteral("document,date,publisher,quote,note,tags,colour,start,end,created,modified,id\r\n")));

        // Records split on CRLF outside quotes.
        QStringList records;
        QString current;
        bool quoted = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('"'))
                quoted = !quoted;
            if (!quoted && c == QLatin1Char('\r') && text.mid(i, 2) == QStringLiteral("\r\n")) {
                records.append(current);
                current.clear();
                ++i;
                continue;
            }
            current.append(c);
        }
        QVERIFY(!quoted);
        QCOMPARE(records.size(), 1 + 5);
        const BundleAnnotation *banks = nullptr;
        for (const BundleAnnotation &b : bundle->annotations) {
            if (b.annotation.exact == QStringLiteral("NISC warned banks."))
                banks = &b;
        }
        QVERIFY(banks);
        const QString expected = QStringLiteral("Kato on NISC,2013-05-01,Kyodo,NISC warned banks.,\"banks, first\",actors; policy/deterrence,green,12,30,%1,%2,urn:uuid:%3")
                                     .arg(banks->annotation.created.toUTC().toString(Qt::ISODate),
                                          banks->annotation.modified.toUTC().toString(Qt::ISODate), banks->annotation.uuid);
        QVERIFY2(records.contains(expected), qPrintable(records.join(QLatin1Char('\n'))));
        QVERIFY(text.contains(QStringLiteral("\"a \"\"quoted\"\"\nnote\"")));
        QVERIFY(text.contains(QStringLiteral(",'=1+1,")));
        QVERIFY(text.contains(QStringLiteral("Formulae,,,'=SUM(A1),,,orange,0,8,")));
        QVERIFY(text.contains(QStringLiteral("\"Diet, \"\"cyber\"\" debate\",2015-06-02,NHK,cyber defence,")));
        QVERIFY(!text.contains(QStringLiteral("my own")));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
