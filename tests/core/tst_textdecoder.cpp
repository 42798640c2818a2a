#include "corpus/textdecoder.h"

#include <QStringEncoder>
#include <QTest>

using namespace Dossier;

namespace {
QByteArray encoded(QStringConverter::Encoding encoding, const QString &text)
{
    QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
    return encoder.encode(text);
}
} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("encoding");

        const QString sample = QStringLiteral("  NISC \u201Ccyber\u201D 5.08 million \u5185\u95A3 \U0001F600\r\nline two\n");
        QTest::newRow("utf-8") << sample.toUtf8() << sample << QStringLiteral("UTF-8");
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF" + sample.toUtf8()) << sample << QStringLiteral("UTF-8");
        QTest::newRow("utf-16le bom") << encoded(QStringConverter::Utf16LE, sample) << sample << QStringLiteral("UTF-16LE");
        QTest::newRow("utf-16be bom") << encoded(QStringConverter::Utf16BE, sample) << sample << QStringLiteral("UTF-16BE");
        QTest::newRow("utf-32le bom") << encoded(QStringConverter::Utf32LE, sample) << sample << QStringLiteral("UTF-32LE");
        // Only the first mark is a BOM; a second U+FEFF is text and stays.
        QTest::newRow("utf-16 keeps later feff") << encoded(QStringConverter::Utf16LE, QStringLiteral("\uFEFFa"))
                                                 << QStringLiteral("\uFEFFa") << QStringLiteral("UTF-16LE");
        QTest::newRow("ascii") << QByteArray("plain ASCII\n") << QStringLiteral("plain ASCII\n") << QStringLiteral("UTF-8");
        QTest::newRow("windows-1252") << QByteArray("Caf\xE9 \x93quoted\x94 \x96 5 \x80 na\xEFve\n")
                                      << QStringLiteral("Caf\u00E9 \u201Cquoted\u201D \u2013 5 \u20AC na\u00EFve\n")
                                      << QStringLiteral("windows-1252");
        // "Кибербезопасность Японии" in windows-1251: whole words of high bytes.
        QTest::newRow("windows-1251") << QByteArray("\xCA\xE8\xE1\xE5\xF0\xE1\xE5\xE7\xEE\xEF\xE0\xF1\xED\xEE\xF1\xF2\xFC \xDF\xEF\xEE\xED\xE8\xE8 2015")
                                      << QStringLiteral("\u041A\u0438\u0431\u0435\u0440\u0431\u0435\u0437\u043E\u043F\u0430\u0441\u043D\u043E\u0441\u0442\u044C \u042F\u043F\u043E\u043D\u0438\u0438 2015")
                                      << QStringLiteral("windows-1251");
    }
    void decodes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(QString, encoding);
        const Expected<TextDecoder::Decoded> decoded = TextDecoder::decode(bytes);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        QCOMPARE(decoded->text, text);
        QCOMPARE(decoded->encoding, encoding);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("nul bytes") << QByteArray("PK\x03\x04\x00\x00\x08\x00 binary", 16) << QStringLiteral("binary");
        QTest::newRow("control bytes") << QByteArray("\x01\x02\x03\x04\x05\x06\x07\x08text") << QStringLiteral("binary");
        // Valid UTF-8 (é) next to a broken sequence: damaged UTF-8, not Latin-1.
        QTest::newRow("invalid utf-8") << QByteArray("caf\xC3\xA9 and \xC3\x28 broken") << QStringLiteral("not valid UTF-8");
        QTest::newRow("truncated utf-8") << QByteArray("\xE2\x80\x9Cquote\xE2\x80") << QStringLiteral("not valid UTF-8");
        QTest::newRow("odd utf-16") << QByteArray("\xFF\xFE" "a\x00" "b", 5) << QStringLiteral("not valid UTF-16LE");
        QTest::newRow("lone surrogate utf-16") << QByteArray("\xFF\xFE\x00\xD8" "a\x00", 6) << QStringLiteral("not valid UTF-16LE");
        QTest::newRow("undefined windows-1252") << QByteArray("abc \x81\x8D\x8F def") << QStringLiteral("neither UTF-8");
    }
    void rejects()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const Expected<TextDecoder::Decoded> decoded = TextDecoder::decode(bytes);
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error().contains(message), qPrintable(decoded.error()));
    }

    void declaredCharsetIsPreferred()
    {
        // Valid UTF-8 bytes, but the page says ISO-8859-15: the page wins.
        const QByteArray bytes("price \xC2\xA4");
        const Expected<TextDecoder::Decoded> decoded = TextDecoder::decode(bytes, "iso-8859-15");
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->text, QStringLiteral("price \u00C2\u20AC"));
        // An unknown charset falls back to detection.
        QCOMPARE(TextDecoder::decode(bytes, "no-such-charset")->text, QStringLiteral("price \u00A4"));
    }

    void decodeUtf8KeepsBomForExtraction()
    {
        QCOMPARE(*TextDecoder::decodeUtf8(QByteArray("\xEF\xBB\xBFx")), QStringLiteral("\uFEFFx"));
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
