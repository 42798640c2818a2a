#include "textdecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace Dossier::TextDecoder {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Dossier::TextDecoder", text);
}

struct Bom {
    QByteArray bytes;
    QStringConverter::Encoding encoding;
    const char *name;
    int unit;
};

// UTF-32LE's mark starts with UTF-16LE's: test the longer one first.
const Bom kBoms[] = {
    {QByteArrayLiteral("\xEF\xBB\xBF"), QStringConverter::Utf8, "UTF-8", 1},
    {QByteArray("\xFF\xFE\x00\x00", 4), QStringConverter::Utf32LE, "UTF-32LE", 4},
    {QByteArray("\x00\x00\xFE\xFF", 4), QStringConverter::Utf32BE, "UTF-32BE", 4},
    {QByteArrayLiteral("\xFF\xFE"), QStringConverter::Utf16LE, "UTF-16LE", 2},
    {QByteArrayLiteral("\xFE\xFF"), QStringConverter::Utf16BE, "UTF-16BE", 2},
};

// Length of the valid UTF-8 sequence starting at i (2..4), or 0.
int utf8SequenceAt(const QByteArray &bytes, qsizetype i)
{
    const auto b = uchar(bytes.at(i));
    int length = 0;
    if (b >= 0xC2 && b <= 0xDF)
        length = 2;
    else if (b >= 0xE0 && b <= 0xEF)
        length = 3;
    else if (b >= 0xF0 && b <= 0xF4)
        length = 4;
    if (length == 0 || i + length > bytes.size())
        return 0;
    for (int k = 1; k < length; ++k) {
        if ((uchar(bytes.at(i + k)) & 0xC0) != 0x80)
            return 0;
    }
    return length;
}

struct Utf8Census {
    qsizetype sequences = 0; // valid multi-byte sequences
    qsizetype invalid = 0;   // bytes above 127 outside a valid sequence
    qsizetype firstInvalid = -1;
};

Utf8Census utf8Census(const QByteArray &bytes)
{
    Utf8Census census;
    for (qsizetype i = 0; i < bytes.size();) {
        if (uchar(bytes.at(i)) < 0x80) {
            ++i;
            continue;
        }
        const int length = utf8SequenceAt(bytes, i);
        if (length > 0) {
            ++census.sequences;
            i += length;
        } else {
            if (census.firstInvalid < 0)
                census.firstInvalid = i;
            ++census.invalid;
            ++i;
        }
    }
    return census;
}

// Cyrillic in windows-1251 writes whole words in bytes >= 0xC0; Western
// European text in windows-1252 has single accented letters between ASCII.
bool looksCyrillic(const QByteArray &bytes)
{
    qsizetype letters = 0;
    qsizetype paired = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (uchar(bytes.at(i)) < 0xC0)
            continue;
        ++letters;
        const bool before = i > 0 && uchar(bytes.at(i - 1)) >= 0xC0;
        const bool after = i + 1 < bytes.size() && uchar(bytes.at(i + 1)) >= 0xC0;
        paired += (before || after) ? 1 : 0;
    }
    return letters >= 4 && paired * 10 >= letters * 7;
}

// Qt's UTF-16 decoder replaces a lone surrogate without reporting an error.
bool validUtf16(const QByteArray &bytes, bool bigEndian)
{
    bool expectLow = false;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2) {
        const auto hi = uchar(bytes.at(bigEndian ? i : i + 1));
        const bool high = hi >= 0xD8 && hi <= 0xDB;
        const bool low = hi >= 0xDC && hi <= 0xDF;
        if (low != expectLow)
            return false;
        expectLow = high;
    }
    return !expectLow;
}

Expected<Decoded> decodeWith(QStringDecoder &decoder, const QByteArray &bytes, const QString &name, int unit = 1)
{
    Decoded decoded{decoder.decode(bytes), name};
    // Qt's UTF-16/32 decoders replace a cut-off unit or a lone surrogate
    // without an error: check both here.
    bool valid = !decoder.hasError() && bytes.size() % unit == 0;
    if (valid && unit == 2)
        valid = validUtf16(bytes, name.endsWith(QLatin1String("BE")));
    if (!valid)
        return Result::failure(tr("The text is not valid %1.").arg(name));
    return decoded;
}

} // namespace

Expected<QString> decodeUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Result::failure(tr("The text is not valid UTF-8."));
    return text;
}

bool looksBinary(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(64 * 1024);
    qsizetype control = 0;
    for (const char c : head) {
        const auto b = uchar(c);
        if (b == 0)
            return true;
        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v' && b != 0x1B)
            ++control;
    }
    return control * 100 > head.size();
}

Expected<Decoded> decode(const QByteArray &bytes, const QByteArray &preferred)
{
    if (bytes.isEmpty())
        return Result::failure(tr("The file is empty."));

    for (const Bom &bom : kBoms) {
        if (!bytes.startsWith(bom.bytes))
            continue;
        // Without ConvertInitialBom the decoder drops the one leading mark.
        QStringDecoder decoder(bom.encoding, QStringConverter::Flag::Stateless);
        Expected<Decoded> decoded = decodeWith(decoder, bytes, QLatin1String(bom.name), bom.unit);
        return decoded;
    }

    if (looksBinary(bytes))
        return Result::failure(tr("The file is binary data, not text."));

    if (!preferred.isEmpty()) {
        QStringDecoder decoder(preferred.constData());
        if (decoder.isValid()) {
            Expected<Decoded> decoded = decodeWith(decoder, bytes, QString::fromLatin1(preferred));
            if (decoded)
                return decoded;
        }
    }

    const Utf8Census census = utf8Census(bytes);
    if (census.invalid == 0) {
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        return decodeWith(decoder, bytes, QStringLiteral("UTF-8"));
    }
    if (census.sequences > 0) {
        // Valid UTF-8 elsewhere: this is damaged UTF-8, not another encoding.
        return Result::failure(tr("The text is not valid UTF-8 (first bad byte at offset %1).").arg(census.firstInvalid));
    }

    const char *legacy = looksCyrillic(bytes) ? "windows-1251" : "windows-1252";
    QStringDecoder decoder(legacy);
    if (!decoder.isValid())
        decoder = QStringDecoder(QStringConverter::Latin1);
    Expected<Decoded> decoded = decodeWith(decoder, bytes, QString::fromLatin1(legacy));
    // C1 controls are what undefined windows-125x bytes decode to: not text.
    if (decoded) {
        for (const QChar c : decoded->text) {
            if (c.unicode() >= 0x80 && c.unicode() < 0xA0)
                return Result::failure(tr("The text is neither UTF-8 nor a known single-byte encoding."));
        }
    }
    return decoded;
}

} // namespace Dossier::TextDecoder
