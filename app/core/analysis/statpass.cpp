// Statistics: the definition's numbers, money, percentages and multipliers,
// minus list markers, parts of identifiers and furniture; each normalised to
// a value and a unit, with the period its sentence states.
#include "passes.h"

#include "textscan.h"

#include "corpus/furniture.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace Dossier::Passes {

namespace {

double wordValue(const QString &word)
{
    static const QHash<QString, double> values = {
        {QStringLiteral("one"), 1},      {QStringLiteral("two"), 2},       {QStringLiteral("three"), 3},
        {QStringLiteral("four"), 4},     {QStringLiteral("five"), 5},      {QStringLiteral("six"), 6},
        {QStringLiteral("seven"), 7},    {QStringLiteral("eight"), 8},     {QStringLiteral("nine"), 9},
        {QStringLiteral("ten"), 10},     {QStringLiteral("eleven"), 11},   {QStringLiteral("twelve"), 12},
        {QStringLiteral("thirteen"), 13}, {QStringLiteral("fourteen"), 14}, {QStringLiteral("fifteen"), 15},
        {QStringLiteral("sixteen"), 16}, {QStringLiteral("seventeen"), 17}, {QStringLiteral("eighteen"), 18},
        {QStringLiteral("nineteen"), 19}, {QStringLiteral("twenty"), 20}, {QStringLiteral("thirty"), 30},
        {QStringLiteral("forty"), 40},   {QStringLiteral("fifty"), 50},    {QStringLiteral("sixty"), 60},
        {QStringLiteral("seventy"), 70}, {QStringLiteral("eighty"), 80},   {QStringLiteral("ninety"), 90},
        {QStringLiteral("hundred"), 100}, {QStringLiteral("thousand"), 1000}, {QStringLiteral("dozen"), 12},
        {QStringLiteral("a"), 1},        {QStringLiteral("twice"), 2},     {QStringLiteral("thrice"), 3},
        {QStringLiteral("doubled"), 2},  {QStringLiteral("tripled"), 3},   {QStringLiteral("trebled"), 3},
        {QStringLiteral("quadrupled"), 4}, {QStringLiteral("halved"), 0.5}, {QStringLiteral("half"), 0.5},
        {QStringLiteral("doubling"), 2}, {QStringLiteral("tripling"), 3}, {QStringLiteral("quadrupling"), 4}, {QStringLiteral("halving"), 0.5},
        {QStringLiteral("double"), 2},   {QStringLiteral("triple"), 3},    {QStringLiteral("quadruple"), 4},
    };
    const QString lower = word.toLower();
    // "seventy-eight": tens and units joined by a hyphen.
    if (const qsizetype hyphen = lower.indexOf(u'-'); hyphen > 0) {
        const double tens = values.value(lower.left(hyphen), -1);
        const double units = values.value(lower.mid(hyphen + 1), -1);
        if (tens >= 20 && tens <= 90 && units >= 1 && units <= 9)
            return tens + units;
    }
    return values.value(lower, -1);
}

double scaleOf(const QString &word)
{
    const QString w = word.toLower();
    if (w == QLatin1String("thousand") || w == QLatin1String("k"))
        return 1e3;
    if (w == QLatin1String("lakh"))
        return 1e5;
    if (w == QLatin1String("crore"))
        return 1e7;
    if (w == QLatin1String("million") || w == QLatin1String("mn") || w == QLatin1String("m") || w == QLatin1String("mil"))
        return 1e6;
    if (w == QLatin1String("billion") || w == QLatin1String("bn") || w == QLatin1String("b") || w == QLatin1String("bil"))
        return 1e9;
    if (w == QLatin1String("trillion") || w == QLatin1String("tn"))
        return 1e12;
    return 0;
}

// Symbols and codes written before a figure, lower case, each with its
// currency ("US$" before "$": "us$830" contains "s$").
const QList<QPair<QString, QString>> &currencyMarks()
{
    static const QList<QPair<QString, QString>> marks = {
        {QStringLiteral("$us"), QStringLiteral("USD")}, {QStringLiteral("$u"), QStringLiteral("UYU")}, {QStringLiteral("$a"), QStringLiteral("AUD")},
        {QStringLiteral("$nz"), QStringLiteral("NZD")},
        {QStringLiteral("us$"), QStringLiteral("USD")}, {QStringLiteral("nz$"), QStringLiteral("NZD")},
        {QStringLiteral("hk$"), QStringLiteral("HKD")}, {QStringLiteral("nt$"), QStringLiteral("TWD")},
        {QStringLiteral("t$"), QStringLiteral("TWD")},  {QStringLiteral("a$"), QStringLiteral("AUD")},
        {QStringLiteral("c$"), QStringLiteral("CAD")},  {QStringLiteral("s$"), QStringLiteral("SGD")},
        {QStringLiteral("rs"), QStringLiteral("INR")},
        {QStringLiteral("₹"), QStringLiteral("INR")},   {QStringLiteral("¥"), QStringLiteral("JPY")},
        {QStringLiteral("€"), QStringLiteral("EUR")},   {QStringLiteral("£"), QStringLiteral("GBP")},
        {QStringLiteral("₩"), QStringLiteral("KRW")},   {QStringLiteral("$"), QStringLiteral("USD")},
        {QStringLiteral("usd"), QStringLiteral("USD")}, {QStringLiteral("jpy"), QStringLiteral("JPY")},
        {QStringLiteral("eur"), QStringLiteral("EUR")}, {QStringLiteral("gbp"), QStringLiteral("GBP")},
        {QStringLiteral("krw"), QStringLiteral("KRW")}, {QStringLiteral("cny"), QStringLiteral("CNY")},
        {QStringLiteral("rmb"), QStringLiteral("CNY")}, {QStringLiteral("₱"), QStringLiteral("PHP")},
        {QStringLiteral("php"), QStringLiteral("PHP")}, {QStringLiteral("₪"), QStringLiteral("ILS")},
        {QStringLiteral("nis"), QStringLiteral("ILS")}, {QStringLiteral("₴"), QStringLiteral("UAH")},
        {QStringLiteral("aud"), QStringLiteral("AUD")}, {QStringLiteral("cad"), QStringLiteral("CAD")},
        {QStringLiteral("chf"), QStringLiteral("CHF")}, {QStringLiteral("sgd"), QStringLiteral("SGD")},
        {QStringLiteral("hkd"), QStringLiteral("HKD")}, {QStringLiteral("nzd"), QStringLiteral("NZD")},
        {QStringLiteral("inr"), QStringLiteral("INR")}, {QStringLiteral("ils"), QStringLiteral("ILS")},
        {QStringLiteral("uah"), QStringLiteral("UAH")}, {QStringLiteral("twd"), QStringLiteral("TWD")},
        {QStringLiteral("aed"), QStringLiteral("AED")}, {QStringLiteral("dh"), QStringLiteral("AED")},
        {QStringLiteral("r$"), QStringLiteral("BRL")},  {QStringLiteral("sr"), QStringLiteral("SAR")},
        {QStringLiteral("sar"), QStringLiteral("SAR")}, {QStringLiteral("ngn"), QStringLiteral("NGN")},
        {QStringLiteral("₦"), QStringLiteral("NGN")},   {QStringLiteral("pln"), QStringLiteral("PLN")},
        {QStringLiteral("mex$"), QStringLiteral("MXN")}, {QStringLiteral("ksh"), QStringLiteral("KES")},
        {QStringLiteral("shs"), QStringLiteral("UGX")},
        {QStringLiteral("sh"), QStringLiteral("KES")},  {QStringLiteral("rm"), QStringLiteral("MYR")},
        {QStringLiteral("₺"), QStringLiteral("TRY")},   {QStringLiteral("tl"), QStringLiteral("TRY")},
        {QStringLiteral("₡"), QStringLiteral("CRC")},
        {QStringLiteral("rp"), QStringLiteral("IDR")},  {QStringLiteral("idr"), QStringLiteral("IDR")},
        {QStringLiteral("sek"), QStringLiteral("SEK")}, {QStringLiteral("try"), QStringLiteral("TRY")},
        {QStringLiteral("nok"), QStringLiteral("NOK")}, {QStringLiteral("dkk"), QStringLiteral("DKK")},
        {QStringLiteral("mxn"), QStringLiteral("MXN")}, {QStringLiteral("kes"), QStringLiteral("KES")},
        {QStringLiteral("myr"), QStringLiteral("MYR")}, {QStringLiteral("zar"), QStringLiteral("ZAR")},
        {QStringLiteral("brl"), QStringLiteral("BRL")}, {QStringLiteral("czk"), QStringLiteral("CZK")},
        {QStringLiteral("huf"), QStringLiteral("HUF")}, {QStringLiteral("clp$"), QStringLiteral("CLP")},
        {QStringLiteral("cop$"), QStringLiteral("COP")}, {QStringLiteral("ars$"), QStringLiteral("ARS")},
        {QStringLiteral("vnd"), QStringLiteral("VND")}, {QStringLiteral("vnđ"), QStringLiteral("VND")}, {QStringLiteral("le"), QStringLiteral("EGP")},
        {QStringLiteral("egp"), QStringLiteral("EGP")}, {QStringLiteral("clp"), QStringLiteral("CLP")},
        {QStringLiteral("gh¢"), QStringLiteral("GHS")}, {QStringLiteral("gh₵"), QStringLiteral("GHS")},
        {QStringLiteral("ghs"), QStringLiteral("GHS")}, {QStringLiteral("tk"), QStringLiteral("BDT")},
        {QStringLiteral("bdt"), QStringLiteral("BDT")}, {QStringLiteral("ron"), QStringLiteral("RON")},
        {QStringLiteral("ars"), QStringLiteral("ARS")}, {QStringLiteral("cop"), QStringLiteral("COP")},
        {QStringLiteral("pkr"), QStringLiteral("PKR")}, {QStringLiteral("thb"), QStringLiteral("THB")},
        {QStringLiteral("ugx"), QStringLiteral("UGX")}, {QStringLiteral("tzs"), QStringLiteral("TZS")},
        {QStringLiteral("zmw"), QStringLiteral("ZMW")}, {QStringLiteral("rwf"), QStringLiteral("RWF")},
        {QStringLiteral("etb"), QStringLiteral("ETB")}, {QStringLiteral("mad"), QStringLiteral("MAD")},
        {QStringLiteral("xof"), QStringLiteral("XOF")}, {QStringLiteral("xaf"), QStringLiteral("XAF")},
        {QStringLiteral("bgn"), QStringLiteral("BGN")}, {QStringLiteral("rsd"), QStringLiteral("RSD")},
        {QStringLiteral("pen"), QStringLiteral("PEN")}, {QStringLiteral("uyu"), QStringLiteral("UYU")},
        {QStringLiteral("lkr"), QStringLiteral("LKR")}, {QStringLiteral("npr"), QStringLiteral("NPR")},
        {QStringLiteral("kzt"), QStringLiteral("KZT")}, {QStringLiteral("jod"), QStringLiteral("JOD")},
        {QStringLiteral("s/"), QStringLiteral("PEN")},
        {QStringLiteral("kwd"), QStringLiteral("KWD")}, {QStringLiteral("qar"), QStringLiteral("QAR")},
        {QStringLiteral("bhd"), QStringLiteral("BHD")}, {QStringLiteral("omr"), QStringLiteral("OMR")},
        // The Gulf's and Jordan's own marks ("KD 6.2 million", "JD5,000",
        // "QR3.2m"), and Rwanda's ("Rwf486 million", "Frw 2 billion"); after
        // "bdt" and "ron", which start with two of them.
        {QStringLiteral("kd"), QStringLiteral("KWD")},  {QStringLiteral("jd"), QStringLiteral("JOD")},
        {QStringLiteral("qr"), QStringLiteral("QAR")},  {QStringLiteral("bd"), QStringLiteral("BHD")},
        {QStringLiteral("ro"), QStringLiteral("OMR")},  {QStringLiteral("frw"), QStringLiteral("RWF")},
        // Smaller economies' dollars, and the vatu and Malawi's kwacha
        // written before the figure ("TT$38.6 million", "VT640 million").
        {QStringLiteral("tt$"), QStringLiteral("TTD")}, {QStringLiteral("j$"), QStringLiteral("JMD")},
        {QStringLiteral("ec$"), QStringLiteral("XCD")}, {QStringLiteral("fj$"), QStringLiteral("FJD")},
        {QStringLiteral("si$"), QStringLiteral("SBD")}, {QStringLiteral("ws$"), QStringLiteral("WST")},
        {QStringLiteral("bz$"), QStringLiteral("BZD")}, {QStringLiteral("bds$"), QStringLiteral("BBD")},
        {QStringLiteral("n$"), QStringLiteral("NAD")},  {QStringLiteral("g$"), QStringLiteral("GYD")},
        {QStringLiteral("l$"), QStringLiteral("LRD")},  {QStringLiteral("vt"), QStringLiteral("VUV")},
        {QStringLiteral("rd$"), QStringLiteral("DOP")}, {QStringLiteral("gs."), QStringLiteral("PYG")},
        {QStringLiteral("mk"), QStringLiteral("MWK")},  {QStringLiteral("km"), QStringLiteral("BAM")},
        {QStringLiteral("wst"), QStringLiteral("WST")},
        {QStringLiteral("ttd"), QStringLiteral("TTD")}, {QStringLiteral("jmd"), QStringLiteral("JMD")},
        {QStringLiteral("xcd"), QStringLiteral("XCD")}, {QStringLiteral("fjd"), QStringLiteral("FJD")},
        {QStringLiteral("vuv"), QStringLiteral("VUV")}, {QStringLiteral("pgk"), QStringLiteral("PGK")},
        {QStringLiteral("bbd"), QStringLiteral("BBD")}, {QStringLiteral("isk"), QStringLiteral("ISK")},
        {QStringLiteral("mdl"), QStringLiteral("MDL")}, {QStringLiteral("gel"), QStringLiteral("GEL")},
        {QStringLiteral("azn"), QStringLiteral("AZN")}, {QStringLiteral("uzs"), QStringLiteral("UZS")},
        {QStringLiteral("mnt"), QStringLiteral("MNT")}, {QStringLiteral("kgs"), QStringLiteral("KGS")},
        {QStringLiteral("mkd"), QStringLiteral("MKD")}, {QStringLiteral("bam"), QStringLiteral("BAM")},
        {QStringLiteral("dzd"), QStringLiteral("DZD")}, {QStringLiteral("tnd"), QStringLiteral("TND")},
        {QStringLiteral("mur"), QStringLiteral("MUR")}, {QStringLiteral("mvr"), QStringLiteral("MVR")},
        {QStringLiteral("bwp"), QStringLiteral("BWP")}, {QStringLiteral("nad"), QStringLiteral("NAD")},
        {QStringLiteral("mzn"), QStringLiteral("MZN")}, {QStringLiteral("mwk"), QStringLiteral("MWK")},
        {QStringLiteral("dop"), QStringLiteral("DOP")}, {QStringLiteral("gtq"), QStringLiteral("GTQ")},
        {QStringLiteral("hnl"), QStringLiteral("HNL")}, {QStringLiteral("bob"), QStringLiteral("BOB")},
        {QStringLiteral("pyg"), QStringLiteral("PYG")}, {QStringLiteral("crc"), QStringLiteral("CRC")},
        {QStringLiteral("bs"), QStringLiteral("BOB")},  {QStringLiteral("bob"), QStringLiteral("BOB")},
        {QStringLiteral("b$"), QStringLiteral("BND")},  {QStringLiteral("fcfa"), QStringLiteral("XOF")},
        {QStringLiteral("tsh"), QStringLiteral("TZS")},  {QStringLiteral("sbd$"), QStringLiteral("SBD")},
        {QStringLiteral("b/."), QStringLiteral("PAB")},  {QStringLiteral("nu"), QStringLiteral("BTN")},
    };
    return marks;
}

// The currency of a code or mark written as a word before the figure, by
// its lower-case form: "SEK 1.2 billion", "Tk 50 crore", "GHS 2.3 million".
QString currencyOfCode(const QString &lower)
{
    static const QHash<QString, QString> codes = [] {
        QHash<QString, QString> h;
        for (const auto &[mark, code] : currencyMarks()) {
            if (std::all_of(mark.cbegin(), mark.cend(), [](QChar c) { return c.isLetter(); }))
                h.insert(mark, code);
        }
        return h;
    }();
    return codes.value(lower);
}

// Parses "5.08 million", "$1.2 billion", "97%", "100 million yen", "sevenfold".
Statistic parse(const QString &s, TextSpan span, bool multiplier)
{
    Statistic stat;
    stat.span = span;
    const QString lower = s.toLower();
    if (multiplier) {
        stat.unit = Statistic::Unit::Multiplier;
        // "sevenfold", "2.5 times", "two and a half times".
        static const QRegularExpression fold(QStringLiteral("^([\\d.]+|[a-z]+)( and a half)?[- ]?(?:fold|times)$"));
        const QRegularExpressionMatch m = fold.match(lower);
        if (m.hasMatch()) {
            bool ok = false;
            stat.value = m.captured(1).toDouble(&ok);
            if (!ok)
                stat.value = wordValue(m.captured(1));
            if (m.hasCaptured(2) && stat.value > 0)
                stat.value += 0.5;
        } else {
            stat.value = wordValue(lower);
        }
        return stat;
    }
    // The first number: digits and their group separators, then decimals
    // ("5,080.5"; "1 104" and "480 000" with a space or a no-break space).
    const auto isDigit = [&s](qsizetype i) { return i < s.size() && s.at(i) >= u'0' && s.at(i) <= u'9'; };
    // (A comma before one or two digits is a decimal comma, as Southern
    // Africa and much of Europe write it: "N$8,4 million".)
    const auto decimalComma = [&s, &isDigit](qsizetype i) {
        return i < s.size() && s.at(i) == u',' && isDigit(i + 1) && !isDigit(i + 3);
    };
    const auto isGroupSeparator = [&s, &isDigit, &decimalComma](qsizetype i) {
        return i < s.size()
            && ((s.at(i) == u',' && !decimalComma(i)) || ((s.at(i) == u' ' || s.at(i) == QChar(0x00A0) || s.at(i) == QChar(0x202F)) && isDigit(i + 1)));
    };
    qsizetype first = 0;
    while (first < s.size() && !isDigit(first))
        ++first;
    double value = 0;
    // Dots that group thousands: "1.234.567" in any text; "Bs 380.000" and
    // "Gs. 6.100" where the currency is written so (Bolivia, Paraguay,
    // Brazil, Uruguay, Colombia, Chile, Argentina, Indonesia), not "RO
    // 1.250", an Omani sum in baisa.
    static const QRegularExpression dotted(QStringLiteral("\\d{1,3}((?:\\.\\d{3})+)(?![\\d.,])"));
    static const QStringList dotMarks = {QStringLiteral("bs"), QStringLiteral("gs"), QStringLiteral("r$"), QStringLiteral("$u"), QStringLiteral("cop"),
                                         QStringLiteral("clp"), QStringLiteral("ars"), QStringLiteral("rp"), QStringLiteral("pyg"), QStringLiteral("brl"),
                                         QStringLiteral("idr"), QStringLiteral("bob")};
    // (The expression only where a dot has three digits after it and no
    // fourth.)
    const qsizetype dot = first < s.size() ? s.indexOf(u'.', first) : -1;
    const bool threeAfter = dot > first && dot <= first + 3 && isDigit(dot + 1) && isDigit(dot + 2) && isDigit(dot + 3) && !isDigit(dot + 4);
    const QRegularExpressionMatch groups = threeAfter ? dotted.match(s, first, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption)
                                                      : QRegularExpressionMatch();
    const bool dotGrouped = groups.hasMatch()
        && (groups.capturedLength(1) > 4 || std::any_of(dotMarks.cbegin(), dotMarks.cend(), [&lower](const QString &m) { return lower.startsWith(m); }));
    if (dotGrouped) {
        QString digits = groups.captured();
        digits.remove(u'.');
        value = digits.toDouble();
    } else if (first < s.size()) {
        qsizetype end = first + 1;
        while (isDigit(end) || isGroupSeparator(end))
            ++end;
        const bool comma = decimalComma(end);
        if (end < s.size() && (s.at(end) == u'.' || comma) && isDigit(end + 1)) {
            end += 2;
            while (isDigit(end))
                ++end;
        }
        QString digits = s.mid(first, end - first);
        if (comma)
            digits.replace(digits.lastIndexOf(u','), 1, u'.');
        digits.removeIf([](QChar c) { return c != u'.' && !c.isDigit(); });
        value = digits.toDouble();
    } else {
        // "two million", "a thousand"
        value = wordValue(lower.section(QLatin1Char(' '), 0, 0));
        if (value < 0)
            value = 1;
        // "Five hundred people", "two hundred million yen".
        if (value < 100 && lower.section(QLatin1Char(' '), 1, 1) == QLatin1String("hundred"))
            value *= 100;
    }
    static const QRegularExpression scale(QStringLiteral("\\b(thousand|million|billion|trillion|bn|mn|tn|lakh|crore)\\b|\\d(bn|mn|tn|bil|mil|[mbk])$"));
    // (Only where a scale's word or letter stands.)
    static constexpr QLatin1StringView scaleWords[] = {QLatin1StringView("thousand"), QLatin1StringView("illion"), QLatin1StringView("bn"),
                                                       QLatin1StringView("mn"), QLatin1StringView("tn"), QLatin1StringView("lakh"),
                                                       QLatin1StringView("crore")};
    const bool scaled = lower.endsWith(u'm') || lower.endsWith(u'b') || lower.endsWith(u'k') || lower.endsWith(QLatin1String("il"))
        || std::any_of(std::begin(scaleWords), std::end(scaleWords), [&lower](QLatin1StringView w) { return lower.contains(w); });
    const QRegularExpressionMatch sm = scaled ? scale.match(lower) : QRegularExpressionMatch();
    if (sm.hasMatch())
        value *= sm.hasCaptured(2) ? scaleOf(sm.captured(2)) : scaleOf(sm.captured(1));
    stat.value = value;
    if (lower.contains(QLatin1String("percentage point"))) {
        stat.unit = Statistic::Unit::PercentagePoints;
    } else if (lower.contains(QLatin1Char('%')) || lower.contains(QLatin1String("percent")) || lower.contains(QLatin1String("per cent"))
               || lower.endsWith(QLatin1String("pct")) || (lower.endsWith(QLatin1String("pc")) && lower.size() > 2 && lower.at(lower.size() - 3).isDigit())) {
        stat.unit = Statistic::Unit::Percent;
    } else {
        static const QList<QPair<QString, QString>> words = {
            {QStringLiteral("yen"), QStringLiteral("JPY")},     {QStringLiteral("euro"), QStringLiteral("EUR")},
            {QStringLiteral("pound"), QStringLiteral("GBP")},   {QStringLiteral("won"), QStringLiteral("KRW")},
            {QStringLiteral("yuan"), QStringLiteral("CNY")},    {QStringLiteral("rubles"), QStringLiteral("RUB")},
            {QStringLiteral("roubles"), QStringLiteral("RUB")}, {QStringLiteral("rupees"), QStringLiteral("INR")},
            {QStringLiteral("baht"), QStringLiteral("THB")},    {QStringLiteral("dong"), QStringLiteral("VND")},
            {QStringLiteral("ringgit"), QStringLiteral("MYR")}, {QStringLiteral("pesos"), QStringLiteral("PHP")},
            {QStringLiteral("rupiah"), QStringLiteral("IDR")},  {QStringLiteral("shekels"), QStringLiteral("ILS")},
            {QStringLiteral("dirhams"), QStringLiteral("AED")}, {QStringLiteral("riyal"), QStringLiteral("SAR")},
            {QStringLiteral("rand"), QStringLiteral("ZAR")},    {QStringLiteral("naira"), QStringLiteral("NGN")},
            {QStringLiteral("reais"), QStringLiteral("BRL")},   {QStringLiteral("zloty"), QStringLiteral("PLN")},
            {QStringLiteral("złoty"), QStringLiteral("PLN")},   {QStringLiteral("zł"), QStringLiteral("PLN")},
            {QStringLiteral("shilling"), QStringLiteral("KES")}, {QStringLiteral("franc"), QStringLiteral("CHF")},
            {QStringLiteral("lira"), QStringLiteral("TRY")},     {QStringLiteral("kronor"), QStringLiteral("SEK")},
            {QStringLiteral("crowns"), QStringLiteral("CZK")},
            // (Iceland's before Sweden's "kr".)
            {QStringLiteral("krónur"), QStringLiteral("ISK")},  {QStringLiteral("kronur"), QStringLiteral("ISK")},
            {QStringLiteral(" kr"), QStringLiteral("SEK")},
            {QStringLiteral("cedi"), QStringLiteral("GHS")},    {QStringLiteral("taka"), QStringLiteral("BDT")},
            {QStringLiteral(" lei"), QStringLiteral("RON")},    {QStringLiteral("kwacha"), QStringLiteral("ZMW")},
            {QStringLiteral("forint"), QStringLiteral("HUF")},  {QStringLiteral("soles"), QStringLiteral("PEN")},
            {QStringLiteral("tenge"), QStringLiteral("KZT")},   {QStringLiteral(" lek"), QStringLiteral("ALL")},
            {QStringLiteral("denar"), QStringLiteral("MKD")},   {QStringLiteral("lari"), QStringLiteral("GEL")},
            {QStringLiteral("drams"), QStringLiteral("AMD")},   {QStringLiteral(" som"), QStringLiteral("KGS")},   {QStringLiteral("tugrik"), QStringLiteral("MNT")},
            {QStringLiteral("leva"), QStringLiteral("BGN")},    {QStringLiteral("kuna"), QStringLiteral("HRK")},
            {QStringLiteral("hryvnia"), QStringLiteral("UAH")}, {QStringLiteral("vatu"), QStringLiteral("VUV")},
            {QStringLiteral("kina"), QStringLiteral("PGK")},    {QStringLiteral("tala"), QStringLiteral("WST")},
            {QStringLiteral("rufiyaa"), QStringLiteral("MVR")}, {QStringLiteral("birr"), QStringLiteral("ETB")},
            {QStringLiteral("pula"), QStringLiteral("BWP")},    {QStringLiteral("kyat"), QStringLiteral("MMK")},
            {QStringLiteral("riel"), QStringLiteral("KHR")},    {QStringLiteral("afghanis"), QStringLiteral("AFN")},
            {QStringLiteral("quetzales"), QStringLiteral("GTQ")}, {QStringLiteral("lempiras"), QStringLiteral("HNL")},
            {QStringLiteral("bolivianos"), QStringLiteral("BOB")}, {QStringLiteral("guaran"), QStringLiteral("PYG")},
            {QStringLiteral("colones"), QStringLiteral("CRC")}, {QStringLiteral("leones"), QStringLiteral("SLE")},
            {QStringLiteral("kwanza"), QStringLiteral("AOA")},  {QStringLiteral("meticais"), QStringLiteral("MZN")},
            {QStringLiteral("dollar"), QStringLiteral("USD")},
        };
        QString code;
        const bool marked = !lower.isEmpty() && !lower.front().isDigit(); // no marker starts with a digit
        // (The longest mark that opens it: "bds$" before "bd".)
        qsizetype longest = 0;
        for (qsizetype k = 0; marked && k < currencyMarks().size(); ++k) {
            const QString &mark = currencyMarks().at(k).first;
            if (mark.front() == lower.front() && mark.size() > longest && lower.startsWith(mark)) {
                code = currencyMarks().at(k).second;
                longest = mark.size();
            }
        }
        // Philippine pesos, South African rand and Nigerian naira written
        // with a bare letter: "P468 million", "R28 million", "N131bn".
        if (code.isEmpty() && s.size() > 1 && s.at(1).isDigit()) {
            if (s.at(0) == u'P')
                code = QStringLiteral("PHP");
            else if (s.at(0) == u'R')
                code = QStringLiteral("ZAR");
            else if (s.at(0) == u'N')
                code = QStringLiteral("NGN");
            else if (s.at(0) == u'B')
                code = QStringLiteral("THB");
            else if (s.at(0) == u'K') // Zambia's kwacha: "K14.6 million", "K150,000"
                code = QStringLiteral("ZMW");
            else if (s.at(0) == u'Q') // Guatemala's quetzal: "Q26.5 million", "Q5,000"
                code = QStringLiteral("GTQ");
            else if (s.at(0) == u'L') // Honduras's lempira: "L46 million"
                code = QStringLiteral("HNL");
        }
        // (Words only where a letter follows the figure.)
        const bool worded = code.isEmpty() && std::any_of(lower.cbegin() + (first < lower.size() ? first : 0), lower.cend(), [](QChar c) { return c.isLetter(); });
        // Kroner are Norway's or Denmark's, dinars and manats each several
        // countries': money, but the figure does not say whose (and kroner
        // are not the Swedish "kr").
        const bool whoseUnsaid = worded
            && (lower.endsWith(QLatin1String("kroner")) || lower.endsWith(QLatin1String("dinar")) || lower.endsWith(QLatin1String("dinars"))
                || lower.endsWith(QLatin1String("manat")) || lower.endsWith(QLatin1String("manats")));
        for (int k = 0; worded && !whoseUnsaid && code.isEmpty() && k < words.size(); ++k) {
            if (lower.contains(words.at(k).first))
                code = words.at(k).second;
        }
        if (!code.isEmpty() || whoseUnsaid) {
            stat.unit = Statistic::Unit::Money;
            stat.currency = code;
        }
    }
    return stat;
}

// A number word counts things when a plural noun follows, after at most
// three modifiers ("six state government agencies", "Seven Chinese
// Nationals", "five other EU countries"), or a partitive does ("two of the
// defendants"); not a time unit ("Twenty months on"), nor sources counted
// as they speak ("Two EU diplomats said").
bool countsThingsAfter(const QString &text, int start, int pos)
{
    // "Twenty months on", "five and a half minutes": a duration, not a count.
    // So is a duration's range: "two or three years at a time", "two to three years".
    static const QRegularExpression unit(QStringLiteral("^\\s(?:(?:or|to)\\s[a-z]+\\s)?(?:more\\s|additional\\s|further\\s|and\\sa\\shalf\\s)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\\b"));
    if (unit.matchView(QStringView(text).mid(pos, 24)).hasMatch())
        return false;
    // Part of a number's written form, or a charge's count: "the last four
    // digits of card numbers", "two counts of wire fraud".
    static const QRegularExpression digits(QStringLiteral("^\\s(?:digits?|characters?|counts?\\sof)\\b"));
    if (digits.matchView(QStringView(text).mid(pos, 12)).hasMatch())
        return false;
    // More of the things just counted: "16 operators have been registered
    // so far. Another three are still operating …".
    const QStringView lead = QStringView(text).mid(qMax(0, start - 10), qMin(10, start));
    if (lead.endsWith(QLatin1String("another "), Qt::CaseInsensitive) || lead.endsWith(QLatin1String("a further ")))
        return true;
    // A count of a whole the sentence named, its noun left out: "of the 24
    // ministries surveyed, only nine had an approved policy, and only five
    // had tested …".
    if (lead.endsWith(QLatin1String("only ")) || lead.endsWith(QLatin1String("just "))) {
        static const QRegularExpression verb(QStringLiteral("^\\s(?:had|have|has|were|are|was|did|do|does)\\b"));
        if (verb.matchView(QStringView(text).mid(pos, 8)).hasMatch()) {
            const QStringView clause = QStringView(text).mid(qMax(0, start - 160), qMin(160, start));
            const qsizetype whole = clause.lastIndexOf(QLatin1String("of the "), -1, Qt::CaseInsensitive);
            if (whole >= 0 && !clause.mid(whole).contains(u'.') && !clause.mid(whole).contains(u';'))
                return true;
        }
    }
    // The count a number is brought to: "bringing the number of defense
    // contractors known to have been targeted to four,".
    if (lead.endsWith(QLatin1String(" to ")) && pos < text.size() && (text.at(pos) == u',' || text.at(pos) == u'.')) {
        const QStringView clause = QStringView(text).mid(qMax(0, start - 120), qMin(120, start));
        const qsizetype number = clause.lastIndexOf(QLatin1String("the number of "));
        if (number >= 0 && !clause.mid(number).contains(u'.') && !clause.mid(number).contains(u';'))
            return true;
    }
    // A noun counted, past up to three words ("three U.S. citizens").
    static const QRegularExpression next(QStringLiteral(
        "^[\\s\\-]+(?:of\\s(?:(?:the|its|their)\\s)?(?:[A-Z][\\w.]*[’']s\\s|(?:last|this|next)\\s(?:year|month|week)[’']s\\s)?(?:\\d[\\d,]*\\s)?)?(?:(?:[A-Za-z][A-Za-z\\-]*|[A-Z](?:\\.[A-Z])+\\.|[A-Z]{2,5})\\s){0,3}?(?:[A-Za-z][a-z]{2,}s|[A-Z]{2,}s|[Mm]en|[Ww]omen|[Pp]eople|[Cc]hildren)\\b"));
    const QRegularExpressionMatch counted = next.matchView(QStringView(text).mid(pos, 60));
    if (!counted.hasMatch())
        return false;
    // Sources counted as they speak, opening the sentence or its clause, are
    // no figure: "Two EU diplomats said" (but "Officials from four of the six
    // agencies told GAO" counts).
    int before = start - 1;
    while (before >= 0 && text.at(before).isSpace())
        --before;
    if (before >= 0 && text.at(before).isLetterOrNumber())
        return true;
    // (A share of a whole speaks as a count: "Three of the four audited
    // agencies told the audit".)
    static const QRegularExpression speaking(QStringLiteral("^\\s(?:said|told|say|says)\\b"));
    return QStringView(text).mid(pos, 4) == QLatin1String(" of ") || !speaking.matchView(QStringView(text).mid(pos + int(counted.capturedEnd()), 8)).hasMatch();
}

// Fractions as a share in percent: "a third", "one in three", "1 in 4";
// "half" only where it measures ("roughly half", "half of the
// delegations"), not in "the first half of 2024". The definition marks the
// fraction words and number words; the phrase around them is read here.
// Returns the fraction's span and value, or nothing.
std::optional<Statistic> fractionAt(const QString &text, const TextSpan &word)
{
    const QString w = word.text(text).toLower();
    const QStringView before = QStringView(text).mid(qMax(0, word.start - 16), qMin(16, word.start));
    Statistic stat;
    stat.unit = Statistic::Unit::Percent;
    // Measuring something: "half of", "roughly half", "a third of", "nearly a quarter".
    static const QRegularExpression hedge(
        QStringLiteral("\\b(?:roughly|nearly|about|almost|around|than|over|under|by|some|just|barely|only)\\s(?:(?:a|one)\\s)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto measures = [&] { return QStringView(text).mid(word.end, 4) == QLatin1String(" of ") || hedge.matchView(before).hasMatch(); };
    if (w == QLatin1String("half")) {
        if (!measures() || before.endsWith(QLatin1String("first ")) || before.endsWith(QLatin1String("second ")))
            return std::nullopt;
        stat.span = word;
        stat.value = 50;
        return stat;
    }
    static const QHash<QString, double> parts = {{QStringLiteral("third"), 100.0 / 3}, {QStringLiteral("quarter"), 25},
                                                 {QStringLiteral("fourth"), 25}, {QStringLiteral("fifth"), 20},
                                                 {QStringLiteral("sixth"), 100.0 / 6}, {QStringLiteral("eighth"), 12.5},
                                                 {QStringLiteral("tenth"), 10}};
    // "two-thirds", "three-quarters", "two thirds": a count of parts.
    const qsizetype hyphen = w.indexOf(u'-');
    const QString plural = hyphen > 0 ? w.mid(hyphen + 1) : w;
    if (plural.endsWith(u's') && parts.contains(plural.chopped(1))) {
        double count = hyphen > 0 ? wordValue(w.left(hyphen)) : -1;
        int start = word.start;
        if (hyphen < 0) {
            static const QRegularExpression countBefore(QStringLiteral("\\b(two|three|four|five|seven|nine)\\s\\z"), QRegularExpression::CaseInsensitiveOption);
            const QRegularExpressionMatch c = countBefore.matchView(before);
            if (c.hasMatch()) {
                count = wordValue(c.captured(1));
                start = word.start - int(before.size() - c.capturedStart(1));
            }
        }
        if (count < 2)
            return std::nullopt;
        stat.span = {start, word.end};
        stat.value = count * parts.value(plural.chopped(1));
        return stat.value < 100 ? std::optional<Statistic>(stat) : std::nullopt;
    }
    if (parts.contains(w)) {
        // "a third", "one quarter", measuring like "half"; not "the third"
        // or "a third party".
        for (const QLatin1StringView article : {QLatin1StringView("a "), QLatin1StringView("one ")}) {
            if (before.endsWith(article, Qt::CaseInsensitive) && measures()
                && (word.start - article.size() == 0 || !text.at(word.start - article.size() - 1).isLetter())) {
                stat.span = {word.start - int(article.size()), word.end};
                stat.value = parts.value(w);
                return stat;
            }
        }
        return std::nullopt;
    }
    // "one in three", "four in ten", "2 in 5": the word or number after "in".
    static const QRegularExpression inBefore(QStringLiteral("\\b(one|two|three|four|five|six|seven|eight|nine|\\d{1,3})\\sin\\s\\z"),
                                             QRegularExpression::CaseInsensitiveOption);
    // (Only after "in" and a space.)
    const QStringView beforeIn = before.isEmpty() ? before : before.chopped(1);
    if (before.isEmpty() || !TextScan::isAsciiSpace(before.back()) || !beforeIn.endsWith(QLatin1String("in"), Qt::CaseInsensitive))
        return std::nullopt;
    const QRegularExpressionMatch m = inBefore.matchView(before);
    if (!m.hasMatch())
        return std::nullopt;
    bool okA = false;
    bool okB = false;
    double a = m.captured(1).toDouble(&okA);
    double b = w.toDouble(&okB);
    a = okA ? a : wordValue(m.captured(1));
    b = okB ? b : wordValue(w);
    if (b <= a || a <= 0)
        return std::nullopt;
    stat.span = {word.start - int(before.size() - m.capturedStart(0)), word.end};
    stat.value = 100.0 * a / b;
    return stat;
}

// A bare number that is part of a name or a model, after a capitalised word
// inside a sentence: "the Estlink 2 power cable", "Haldor Series 7
// routers", "Lagos Zonal Directorate 2 arrested", "a group calling itself
// "Shadow Cobra 404"", "SecureGate OS 7.4". Not a count opening a sentence
// ("About 45 of them", "DICT: Over 40"), after a day or a month ("On
// Tuesday 45 people"), nor in a headline's capitals ("Police Arrest 45 in
// Raid").
// The line the span stands on, without its line break.
TextSpan lineAround(const QString &text, const TextSpan &span)
{
    const int start = int(text.lastIndexOf(u'\n', qMax(0, span.start - 1)) + 1);
    const qsizetype end = text.indexOf(u'\n', span.end);
    return {start, int(end < 0 ? text.size() : end)};
}

bool isPartOfName(const QString &text, const TextSpan &span, QStringView before, QStringView figure)
{
    const qsizetype dot = figure.indexOf(u'.');
    const auto digitsOnly = [](QStringView v) { return !v.isEmpty() && std::all_of(v.cbegin(), v.cend(), [](QChar c) { return c.isDigit(); }); };
    const bool bare = figure.size() <= 6
        && (dot < 0 ? digitsOnly(figure) && figure.size() <= 4 : digitsOnly(figure.left(dot)) && digitsOnly(figure.mid(dot + 1)));
    if (!bare || before.size() < 4 || before.back() != u' ' || !before.at(before.size() - 2).isLetter())
        return false;
    // (After a colon, a name in capitals: "By: FRANCE 24 with AFP"; not
    // "DICT: Over 40 …".)
    static const QRegularExpression nameWord(QStringLiteral("(?<=[\\w,] )[A-Z][A-Za-z]+\\s\\z|(?<=: )[A-Z]{3,}\\s\\z"));
    const QRegularExpressionMatch m = nameWord.matchView(before);
    if (!m.hasMatch())
        return false;
    static const TextScan::WordSet timeWords = {
        QStringLiteral("Monday"), QStringLiteral("Tuesday"), QStringLiteral("Wednesday"), QStringLiteral("Thursday"),
        QStringLiteral("Friday"), QStringLiteral("Saturday"), QStringLiteral("Sunday"), QStringLiteral("January"),
        QStringLiteral("February"), QStringLiteral("March"), QStringLiteral("April"), QStringLiteral("May"), QStringLiteral("June"),
        QStringLiteral("July"), QStringLiteral("August"), QStringLiteral("September"), QStringLiteral("October"),
        QStringLiteral("November"), QStringLiteral("December"), QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"),
        QStringLiteral("Apr"), QStringLiteral("Jun"), QStringLiteral("Jul"), QStringLiteral("Aug"), QStringLiteral("Sep"),
        QStringLiteral("Sept"), QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec"),
    };
    if (timeWords.contains(m.capturedView(0).trimmed()))
        return false;
    // A headline in capitals has no lower-case word of four letters or more.
    const TextSpan around = lineAround(text, span);
    const QStringView line = QStringView(text).mid(around.start, around.length());
    int run = 0;
    bool lowerWord = false;
    for (qsizetype i = 0; i < line.size() && !lowerWord; ++i) {
        const QChar c = line.at(i);
        if (c.isLower() && (run > 0 || i == 0 || !line.at(i - 1).isLetter()))
            ++run;
        else
            run = 0;
        lowerWord = run >= 4;
    }
    return lowerWord;
}

// Numbers that are not data although they look like it: ages ("Zhou Wenbo,
// 38;", "aged 19 to 24", "aged between 26 and 43"), emergency numbers, clock times with a dot ("11.49
// am"), numbers of sections, forms, paragraphs and era years, versions and
// severity scores, numbers of names, acronyms and directives, sizes written
// as adjectives ("13-digit"), phone lines and reading times, temperatures,
// references in brackets ("[902114]"), legal citations ("18 U.S.C. §
// 1030") and phone words ("1-800-CALL-FBI", "1300 CYBER1", "24/7").
// Whether the number at span is a place in a ranking set out as a table of
// rows numbered in turn: the row's number at the line's start ("1   Damage
// caused by ransomware"), and, under a heading that opens with "Rank", the
// earlier place in brackets at the row's end ("   (3)").
bool isRankingPlace(const QString &text, const TextSpan &span)
{
    const TextSpan around = lineAround(text, span);
    const int lineStart = around.start;
    const int lineEnd = around.end;
    const QStringView line = QStringView(text).mid(lineStart, lineEnd - lineStart);
    const auto rowNumber = [](QStringView row) {
        qsizetype digits = 0;
        while (digits < row.size() && digits < 3 && row.at(digits).isDigit())
            ++digits;
        return digits > 0 && digits <= 2 && row.mid(digits).startsWith(QLatin1String("  ")) ? row.left(digits).toInt() : -1;
    };
    const int place = rowNumber(line);
    if (place < 0)
        return false;
    const bool bracketed = span.start > lineStart + 3 && text.at(span.start - 1) == u'(' && QStringView(text).mid(span.start - 3, 2) == QLatin1String("  ")
        && span.end + 1 == lineEnd && text.at(span.end) == u')';
    if (span.start != lineStart && !bracketed)
        return false;
    // The rows before and after, numbered in turn.
    const qsizetype previousStart = lineStart >= 2 ? text.lastIndexOf(u'\n', lineStart - 2) + 1 : -1;
    const bool inTurn = (previousStart >= 0 && rowNumber(QStringView(text).mid(previousStart, lineStart - 1 - previousStart)) == place - 1)
        || (lineEnd + 1 < text.size() && rowNumber(QStringView(text).mid(lineEnd + 1, 8)) == place + 1);
    if (!bracketed)
        return inTurn;
    // (The heading: "Rank   Threat   (Rank in 2022)".)
    const qsizetype from = qMax<qsizetype>(0, lineStart - 1200);
    const qsizetype heading = text.lastIndexOf(QLatin1String("\nRank "), lineStart - 1);
    return inTurn && heading >= from;
}

bool isNotData(const QString &text, const TextSpan &span)
{
    const QStringView before = QStringView(text).mid(qMax(0, span.start - 24), qMin(24, span.start));
    const QStringView after = QStringView(text).mid(span.end, 16);
    const QStringView figure = QStringView(text).mid(span.start, span.length());
    const QChar next = after.isEmpty() ? QChar() : after.front();
    const QChar afterNext = after.size() > 1 ? after.at(1) : QChar();
    // A number to call, "the police number 10111", and a file's size in a
    // link, "PDF (412 KB)".
    if (before.endsWith(QLatin1String(" number ")) && !figure.contains(u','))
        return true;
    // A page's count of its readers, "Views: 1 362", and a written answer's
    // heading for the question's item, "Regarding 1".
    if (before.endsWith(QLatin1String("Views: ")) || before.endsWith(QLatin1String("views: ")) || before.endsWith(QLatin1String("Reads: ")))
        return true;
    if (before.endsWith(QLatin1String("\nRegarding ")) && (next == u'\n' || next.isNull()))
        return true;
    if (before.endsWith(u'(') && (after.startsWith(QLatin1String(" KB)")) || after.startsWith(QLatin1String(" MB)")) || after.startsWith(QLatin1String("KB)"))
                                  || after.startsWith(QLatin1String("MB)")) || after.startsWith(QLatin1String(" kB)"))))
        return true;
    // Each expression runs only where a plain character test lets it: this
    // runs for every number of every text.
    const bool plain = figure.size() <= 3 && std::all_of(figure.cbegin(), figure.cend(), [](QChar c) { return c.isDigit(); });
    if (plain) {
        static const QRegularExpression ageBefore(
            QStringLiteral("\\b(?:[Aa]ged?|[Aa]ges|who\\s(?:is|are|was|were))(?:\\sbetween)?(?:\\s\\d{1,3}\\s?(?:to|and|-|–))?\\s\\z"));
        if ((before.contains(QLatin1String("age")) || before.contains(QLatin1String("who "))) && ageBefore.matchView(before).hasMatch())
            return true;
        // (Names may have letters beyond ASCII: "Gen. Ricardo Treviño, 61,".)
        // (Not a sentence's adverb: "Further, 110, 61 and 54 websites".)
        static const QRegularExpression nameBefore(QStringLiteral(
            "\\b(?!(?:Further|Furthermore|Moreover|However|Also|Additionally|Besides|Overall|Meanwhile|Similarly|Likewise|Again|"
            "Altogether|Separately|Thus|Hence|Therefore|Still|Then|Now|Today|Currently|Previously|Earlier|Later|Finally|Lastly|"
            "Instead|Nationally|Globally|Together|Combined|Respectively)\\b)[A-Z][\\w’'\\-]+,\\s\\z"),
            QRegularExpression::UseUnicodePropertiesOption);
        const bool closesApposition = next == u',' || next == u';' || next == u')'
            || (next == u' ' && (afterNext == u'\u2014' || afterNext == u'\u2013') && after.size() > 2 && after.at(2) == u' ');
        if (closesApposition && before.endsWith(QLatin1String(", ")) && figure.toInt() <= 110 && nameBefore.matchView(before).hasMatch())
            return true;
        // The same closing a sentence after a full name: "…, including its
        // alleged leader, Dmitry Volkov, 36."
        static const QRegularExpression fullNameBefore(QStringLiteral("\\b[A-Z][\\w’'\\-]+\\s[A-Z][\\w’'\\-]+,\\s\\z"),
                                                       QRegularExpression::UseUnicodePropertiesOption);
        const bool closesSentence = next == u'.' && (afterNext.isNull() || afterNext == u' ' || afterNext == u'\n');
        if (closesSentence && before.endsWith(QLatin1String(", ")) && figure.toInt() <= 110 && fullNameBefore.matchView(before).hasMatch())
            return true;
        // Or after a person named by a noun: "a former technician, 27, and his cousin, 31,".
        static const QRegularExpression personBefore(QStringLiteral(
            "\\b(?:[a-z]+(?:er|or|ist|ian|ant|ent)|man|woman|son|daughter|cousin|brother|sister|wife|husband|father|mother|boy|girl|"
            "suspect|national|citizen|employee|student|teenager|resident)\\s?,\\s\\z"));
        if (closesApposition && before.endsWith(QLatin1String(", ")) && figure.toInt() <= 110 && personBefore.matchView(before).hasMatch())
            return true;
        // A day of a date in capitals, "03 DEC 2025", or the second day of
        // two, "On March 10 and 11".
        static const QRegularExpression monthCaps(QStringLiteral("^\\s(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\\b"));
        static const QRegularExpression dayBefore(QStringLiteral(
            "\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s\\d{1,2}\\s?(?:and|&|to|-|–)\\s?$"));
        // (The second day only after a joining word or dash.)
        const QStringView joinedBy = !before.isEmpty() && TextScan::isAsciiSpace(before.back()) ? before.chopped(1) : before;
        const bool second = joinedBy.endsWith(QLatin1String("and")) || joinedBy.endsWith(u'&') || joinedBy.endsWith(QLatin1String("to"))
            || joinedBy.endsWith(u'-') || joinedBy.endsWith(u'\u2013');
        if (figure.size() <= 2 && figure.toInt() >= 1 && figure.toInt() <= 31
            && ((next == u' ' && afterNext.isUpper() && monthCaps.matchView(after).hasMatch()) || (second && dayBefore.matchView(before).hasMatch())))
            return true;
        // The first day of two before the month: "on the night of 6 to 7
        // August 2023", "6-7 May".
        static const QRegularExpression dayThenMonth(QStringLiteral(
            "^\\s?(?:to|and|&|-|–)\\s?\\d{1,2}\\s(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b"));
        const bool joins = next == u'-' || next == u'\u2013' || after.startsWith(QLatin1String(" to ")) || after.startsWith(QLatin1String(" and "))
            || after.startsWith(QLatin1String(" & ")) || after.startsWith(QLatin1String(" - ")) || after.startsWith(QLatin1String(" \u2013 "));
        if (joins && figure.size() <= 2 && figure.toInt() >= 1 && figure.toInt() <= 31
            && dayThenMonth.matchView(QStringView(text).mid(span.end, 24)).hasMatch())
            return true;
        // A phone number in groups of digits: "1800 595 160", "1300 262 784".
        // (Only with a group of digits beside it.)
        const bool grouped = (after.size() > 1 && TextScan::isAsciiSpace(next) && afterNext.isDigit())
            || (before.size() > 1 && TextScan::isAsciiSpace(before.back()) && before.at(before.size() - 2).isDigit());
        if (figure.size() >= 2 && grouped) {
            static const QRegularExpression groups(QStringLiteral("(?<![\\d,.])\\d{2,4}(?:\\s\\d{2,4}){2,}(?!\\d|[,.]\\d)"));
            const int from = qMax(0, span.start - 10);
            const QRegularExpressionMatch g = groups.matchView(QStringView(text).mid(from, span.end + 10 - from));
            if (g.hasMatch() && from + g.capturedStart() <= span.start && from + g.capturedEnd() >= span.end)
                return true;
        }
        // A street address and a ZIP code: "45 L Street NE, Washington, DC
        // 20554".
        static const QRegularExpression street(QStringLiteral("^\\s(?:[A-Z]\\s|[A-Z][a-z]+\\s){1,2}(?:Street|St\\.|Avenue|Ave\\.|Road|Rd\\.|Boulevard|Blvd\\.)"));
        if (next == u' ' && afterNext.isUpper() && street.matchView(QStringView(text).mid(span.end, 30)).hasMatch())
            return true;
        // People under or over an age: "patients under 18", "those over 65"
        // (not "under 18 percent").
        static const QRegularExpression agedGroup(QStringLiteral(
            "\\b(?:patients|children|people|users|persons|minors|adults|anyone|those|citizens|students|customers|victims|engineers|workers|employees|"
            "youths|teenagers|applicants|of\\sthem)\\s(?:under|over|aged)\\s\\z"));
        if (figure.toInt() <= 99 && (before.endsWith(QLatin1String("under ")) || before.endsWith(QLatin1String("over ")) || before.endsWith(QLatin1String("aged ")))
            && (next.isNull() || next == u',' || next == u'.' || next == u';' || next == u')' || after.startsWith(QLatin1String(" and ")) || after.startsWith(QLatin1String(" or ")))
            && agedGroup.matchView(before).hasMatch())
            return true;
        // A title that opens with its number, in quotation marks: "10 Major
        // Security Threats 2023".
        if (!before.isEmpty() && (before.back() == u'"' || before.back() == u'\u201C') && next == u' ' && afterNext.isUpper()) {
            static const QRegularExpression titleWords(QStringLiteral("^\\s[A-Z][a-z]+\\s[A-Z][a-z]+"));
            if (titleWords.matchView(after).hasMatch())
                return true;
        }
        // A ranking's places: a row's number, "1   Damage caused by
        // ransomware   (1)", and, under a "Rank" heading, the place before
        // in brackets.
        if (figure.size() <= 2 && isRankingPlace(text, span))
            return true;
        // A code, not a count: "088" (no count is written with a leading zero).
        if (figure.size() >= 2 && figure.front() == u'0')
            return true;
        // A legislature's number: "[House Hearing, 119 Congress]".
        if (after.startsWith(QLatin1String(" Congress")) || after.startsWith(QLatin1String(" Parliament")))
            return true;
        // An emergency number: "911 dispatch center", "999 calls", "calls to
        // 112 did not reach …".
        static const QRegularExpression emergency(QStringLiteral("^\\s(?:dispatch|calls?|cent(?:er|re)s?|operators?|lines?|emergency|system)\\b"));
        if ((figure == QLatin1String("911") || figure == QLatin1String("999") || figure == QLatin1String("112") || figure == QLatin1String("000"))
            && (emergency.matchView(after).hasMatch() || before.endsWith(QLatin1String("calls to ")) || before.endsWith(QLatin1String("call to "))
                || before.endsWith(QLatin1String("calls to the ")) || before.endsWith(QLatin1String("dial ")) || before.endsWith(QLatin1String("dialled "))))
            return true;
    }
    // A number to call or report to, closing its clause: "can call the
    // National Scam Response Centre (NSRC) at 997.", "report it to the
    // police on 155.", "report it on 114 14." (not "attacks at 155
    // hospitals").
    static const QRegularExpression groupThenEnd(QStringLiteral("^\\s\\d{2,4}(?:[.,;)\\n]|$)"));
    const bool closes = next.isNull() || next == u'.' || next == u',' || next == u';' || next == u')' || next == u'\n'
        || (next == u' ' && afterNext.isDigit() && groupThenEnd.matchView(after).hasMatch())
        || after.startsWith(QLatin1String(" or ")) || after.startsWith(QLatin1String(" and "))
        || (next == u'-' && after.size() >= 5 && std::all_of(after.begin() + 1, after.begin() + 5, [](QChar c) { return c.isDigit(); })
            && (after.size() == 5 || !after.at(5).isDigit()));
    const bool reached = before.endsWith(QLatin1String(" on ")) || before.endsWith(QLatin1String(" at "))
        || (before.size() > 2 && before.back() == u' ' && before.at(before.size() - 2).isDigit());
    if (closes && reached && figure.size() <= 5 && std::all_of(figure.cbegin(), figure.cend(), [](QChar c) { return c.isDigit(); })) {
        static const QRegularExpression reportTo(QStringLiteral(
            "\\b(?:[Cc]all|[Dd]ial|[Rr]ing|[Tt]ext|[Rr]eport|[Cc]ontact|[Pp]hone|[Rr]each)(?:s|ed|ing)?\\b[^.;:!?\\n]{0,64}\\s(?:on|at)\\s(?:\\d{2,4}\\s)?$"));
        if (reportTo.matchView(QStringView(text).mid(qMax(0, span.start - 88), qMin(88, span.start))).hasMatch())
            return true;
    }
    if (figure.contains(QLatin1Char('.')) && (next == u' ' || next.isLetter())) {
        // (German pages write "18.04 Uhr".)
        static const QRegularExpression clock(QStringLiteral("^\\s?(?:[ap]\\.m\\.|[ap]m\\b|[AP]M\\b|Uhr\\b)"));
        if (clock.matchView(after).hasMatch())
            return true;
    }
    // A sitting's clock time without "am" or "pm": "The committee will
    // suspend and resume at 4.15 with …", "adjourned until 11.40."
    if (figure.size() >= 4 && figure.size() <= 5 && figure.at(figure.size() - 3) == u'.' && (before.endsWith(QLatin1String(" at ")) || before.endsWith(QLatin1String("until ")))) {
        static const QRegularExpression sitting(QStringLiteral(
            "\\b(?:resum|suspend|adjourn|reconven|recess|break|meet|sit|start|begin|commenc|return)[a-z]*\\b[^.;\\n]{0,24}\\s(?:at|until)\\s\\z"));
        const bool clockLike = figure.left(figure.size() - 3).toInt() <= 24 && figure.right(2).toInt() <= 59;
        if (clockLike && sitting.matchView(QStringView(text).mid(qMax(0, span.start - 48), qMin(48, span.start))).hasMatch())
            return true;
    }
    // A number of a section, form, bill, port or room, or a Japanese era
    // year: "Sections 43 and 66C", "Item 1.05 of Form 8-K", "H.R. 4312", "S. Hrg. 117-219",
    // "port 502", "in room 310", "Reiwa 7".
    if (before.endsWith(u' ')) {
        static const TextScan::WordSet labels = {
            QStringLiteral("Section"), QStringLiteral("Sections"), QStringLiteral("Item"), QStringLiteral("Items"), QStringLiteral("Form"),
            QStringLiteral("H.R."), QStringLiteral("Hrg."), QStringLiteral("port"), QStringLiteral("Port"), QStringLiteral("Reiwa"),
            QStringLiteral("Heisei"), QStringLiteral("Showa"), QStringLiteral("paragraph"), QStringLiteral("paragraphs"),
            QStringLiteral("Paragraphs"), QStringLiteral("page"), QStringLiteral("Page"), QStringLiteral("pages"), QStringLiteral("pp."),
            QStringLiteral("p."), QStringLiteral("Grade"),
            QStringLiteral("Recommendation"), QStringLiteral("Recommendations"), QStringLiteral("Order"), QStringLiteral("Figure"),
            QStringLiteral("Table"), QStringLiteral("Chart"), QStringLiteral("Box"), QStringLiteral("Appendix"),
            QStringLiteral("Objective"), QStringLiteral("Goal"), QStringLiteral("Pillar"), QStringLiteral("Priority"),
            QStringLiteral("Principle"), QStringLiteral("Step"), QStringLiteral("Question"), QStringLiteral("Questions"),
            QStringLiteral("room"), QStringLiteral("Room"), QStringLiteral("suite"), QStringLiteral("Suite"),
            QStringLiteral("Building"), QStringLiteral("flight"), QStringLiteral("Flight"), QStringLiteral("Route"),
            QStringLiteral("Highway"), QStringLiteral("Gate"), QStringLiteral("Decision"), QStringLiteral("Decree"),
            QStringLiteral("Circular"), QStringLiteral("Ordinance"), QStringLiteral("B.E."), QStringLiteral("para"), QStringLiteral("paras"),
            QStringLiteral("Para"), QStringLiteral("Paras"), QStringLiteral("Ver."), QStringLiteral("ver."), QStringLiteral("level"),
            QStringLiteral("Level"), QStringLiteral("levels"), QStringLiteral("Levels"), QStringLiteral("Tier"), QStringLiteral("Phase"),
            // (A law's provision in lower case, and a French document's
            // number: "as required by section 18 of the Act", "n° 2714".)
            QStringLiteral("section"), QStringLiteral("sections"), QStringLiteral("article"), QStringLiteral("articles"),
            QStringLiteral("clause"), QStringLiteral("n°"), QStringLiteral("N°"),
        };
        const QStringView head = before.chopped(1);
        const qsizetype space = head.lastIndexOf(u' ');
        QStringView label = space < 0 ? head : head.mid(space + 1);
        if (label.startsWith(u'(')) // "(Recommendation 5)"
            label = label.mid(1);
        if (labels.contains(label))
            return true;
        // The range's end after a label: "on pages 41 to 47".
        static const QRegularExpression labelledRange(QStringLiteral("\\b([A-Za-z.]+)\\s\\d+[A-Za-z]?\\s?(?:to|and|or|&|-|–)\\s\\z"));
        if (plain && (head.endsWith(QLatin1String("to")) || head.endsWith(QLatin1String("and")) || head.endsWith(QLatin1String(" or")) || head.endsWith(u'-') || head.endsWith(u'–'))) {
            const QRegularExpressionMatch range = labelledRange.matchView(before);
            if (range.hasMatch() && labels.contains(range.capturedView(1)))
                return true;
        }
    }
    // A paragraph's number at its line's start: "1.1 On 9 August …",
    // "2.3 The Commissioner found …".
    if ((span.start == 0 || text.at(span.start - 1) == u'\n') && (next == u' ' || next == u'\t') && afterNext.isUpper() && figure.size() <= 5
        && figure.count(u'.') == 1 && !figure.endsWith(u'.') && std::all_of(figure.cbegin(), figure.cend(), [](QChar c) { return c.isDigit() || c == u'.'; }))
        return true;
    // A port with its protocol: "445/TCP", "53/udp".
    if (next == u'/' && (after.mid(1, 3).compare(QLatin1String("TCP"), Qt::CaseInsensitive) == 0
                         || after.mid(1, 3).compare(QLatin1String("UDP"), Qt::CaseInsensitive) == 0))
        return true;
    // A version ("7.2.14"), a severity score ("CVSS 9.8", "scores 9.8 out
    // of 10"), a number attached to a name ("NoName057(16)"), an acronym's
    // number ("SAU 103", "RSA 359"), a directive's ("Directive 22-01"), a
    // size or span written as one adjective ("13-digit", "12-day").
    if (next == u'.' && afterNext.isDigit())
        return true;
    // A stock's code: "Sony Corp's (6758.T)".
    if (next == u'.' && afterNext.isUpper() && before.endsWith(u'(') && (after.size() < 3 || !after.at(2).isLetter()))
        return true;
    // The figure just named again: "Of the 165, four were classed as serious".
    if (next == u',' && (before.endsWith(QLatin1String("Of the ")) || before.endsWith(QLatin1String("of the "))) && plain)
        return true;
    // A generation after a name: "Cyber Command 2.0", "Society 5.0".
    if (figure.size() == 3 && figure.endsWith(QLatin1String(".0")) && figure.front().isDigit() && (next.isNull() || next.isSpace() || next.isPunct())
        && !after.startsWith(QLatin1Char('%'))) {
        static const QRegularExpression nameBefore(QStringLiteral("\\b[A-Z][A-Za-z]+\\s\\z"));
        static const QRegularExpression measureAfter(QStringLiteral("^\\s(?:percent|per\\scent|times|million|billion|trillion|points?)\\b"));
        if (nameBefore.matchView(before).hasMatch() && !measureAfter.matchView(after).hasMatch())
            return true;
    }
    if (before.endsWith(QLatin1String("CVSS ")) || before.endsWith(QLatin1String("(CVSS ")))
        return true;
    static const QRegularExpression rating(QStringLiteral("\\b(?:scor(?:es|ed|ing)|rated|rates)\\s(?:\\d+(?:\\.\\d+)?\\sout\\sof\\s)?$"));
    if ((before.contains(QLatin1String("scor")) || before.contains(QLatin1String("rate"))) && rating.matchView(before).hasMatch())
        return true;
    if (before.endsWith(u'(') && before.size() > 1 && before.at(before.size() - 2).isLetterOrNumber())
        return true;
    // A transcript's time stamp alone on its line: "(1110)".
    const bool digits = std::all_of(figure.cbegin(), figure.cend(), [](QChar c) { return c.isDigit(); });
    // A US ZIP code after its state: "Washington, DC 20554".
    if (digits && figure.size() == 5 && before.size() > 4 && before.endsWith(u' ') && before.at(before.size() - 2).isUpper()
        && before.at(before.size() - 3).isUpper() && before.at(before.size() - 4) == u' ' && before.at(before.size() - 5) == u',')
        return true;
    if (digits && figure.size() == 4 && before.endsWith(QLatin1String("\n(")) && after.startsWith(u')')
        && (after.size() == 1 || after.at(1) == u'\n'))
        return true;
    // An exchange rate given as a note: "($1 = 32.8500 Taiwan dollars)".
    if (const qsizetype open = before.lastIndexOf(u'('); open >= 0 && !before.mid(open).contains(u')')) {
        static const QRegularExpression rateNote(QStringLiteral("^\\((?:[A-Z]{1,3})?[$€£¥]?\\s?1\\s?(?:[A-Za-z]+\\s)?=\\s"));
        const qsizetype from = span.start - (before.size() - open);
        if (rateNote.matchView(QStringView(text).mid(from, 24)).hasMatch())
            return true;
    }
    // A list's marker inside a sentence: "examines (1) trends in …, (2) …".
    if (plain && before.endsWith(u'(') && next == u')' && figure.toInt() <= 20 && after.size() > 2 && after.at(1) == u' ' && after.at(2).isLower())
        return true;
    // A phone number with its area code in brackets: "(202) 512-6244",
    // "(01) 431-8898".
    if (plain && (before.endsWith(u'(') || before.endsWith(QLatin1String(") ")))) {
        static const QRegularExpression usPhone(QStringLiteral("\\(\\d{2,4}\\)\\s?\\d{3,4}-\\d{4}\\b"));
        const int from = qMax(0, span.start - 6);
        const QRegularExpressionMatch m = usPhone.matchView(QStringView(text).mid(from, 22));
        if (m.hasMatch() && from + m.capturedStart() <= span.start && from + m.capturedEnd() >= span.end)
            return true;
    }
    // The first end of a duration's range: "prison terms of 48 to 96
    // months", "2 to 5 years", "2 or 3 years".
    if (next == u' ' && (afterNext == u't' || afterNext == u'a' || afterNext == u'o')) {
        static const QRegularExpression durationRange(QStringLiteral(
            "^\\s(?:to|and|or)\\s\\d[\\d,.]*\\s(?:years?|months?|weeks?|days?|hours?|minutes?)\\b"));
        if (durationRange.matchView(after).hasMatch())
            return true;
    }
    // A distance or length is a measurement, not data: "for 90 kilometres".
    static const QRegularExpression distance(QStringLiteral(
        "^\\s?(?:km|kilomet(?:re|er)s?|miles?|metres?|meters?|feet|ft|nautical\\smiles?|inches|cm|mm)\\b"));
    if (next == u' ' && (afterNext == u'k' || afterNext == u'm' || afterNext == u'f' || afterNext == u'n' || afterNext == u'i' || afterNext == u'c')
        && distance.matchView(after).hasMatch())
        return true;
    static const QRegularExpression acronymBefore(QStringLiteral("\\b[A-Z]{2,5}\\s\\z"));
    if (plain && before.size() >= 3 && before.back() == u' ' && before.at(before.size() - 2).isUpper() && acronymBefore.matchView(before).hasMatch())
        return true;
    static const QRegularExpression capitalisedBefore(QStringLiteral("\\b[A-Z][a-z]+\\s\\z"));
    if (next == u'-' && afterNext.isDigit() && capitalisedBefore.matchView(before).hasMatch())
        return true;
    if (isPartOfName(text, span, before, figure))
        return true;
    static const QRegularExpression unitAdjective(QStringLiteral(
        "^-(?:digits?|days?|weeks?|months?|years?|hours?|minutes?|seconds?|pages?|points?|characters?|bits?|inch|foot|feet|miles?|km|kilometres?|kilometers?)\\b"));
    if (next == u'-' && unitAdjective.matchView(after).hasMatch())
        return true;
    // A position's degrees and minutes: "37°20′N, 133°40′E".
    if (next == QChar(0x2032) || next == QChar(0x2033) || before.endsWith(u'°'))
        return true;
    // A mobile service's short code: "*165#".
    if (next == u'#' && before.endsWith(u'*'))
        return true;
    // A phone line: "the 119 hotline", "hotline on 1212", "Tel: +352…",
    // "the emergency numbers 110 and 119", "by telephone (118)", "its
    // toll-free line 166";
    // minutes of reading: "4 min".
    // A line named by words before it, "the country's 118 cyber incident
    // hotline"; a short number to text, "or text 7726".
    static const QRegularExpression lineBefore(QStringLiteral("\\b(?:hotline|helpline|toll-?free\\s(?:line|number)|dial(?:l?ing)?|call(?:ing)?|phone|tel\\.?|telephone|fax|text|sms|short\\scode|emergency\\s(?:service|numbers?|lines?))(?:\\smessages?)?(?:\\s(?:on|at|to|number))?[:,]?\\s\\(?\\+?(?:\\d{2,4}(?:\\s\\([^()]{1,30}\\))?(?:\\s|,\\s|,?\\s(?:and|or)\\s)){0,2}$"),
                                               QRegularExpression::CaseInsensitiveOption);
    // (The words before it name the line, "a count on its hotline" does not.)
    static const QRegularExpression lineAfter(QStringLiteral(
        "^\\s(?:(?:(?!(?:on|to|at|via|through|the|its|their|by|from|in|of|for|a|an|and|or)\\s)[a-z]+(?:-[a-z]+)?\\s){0,3}(?:hotline|helpline)|line\\b(?!s)|call(?:\\sand\\stext)?\\s(?:line|centre|center)|[Mm]in|[Mm]ins|min read)\\b"));
    // The words one of lineBefore's must contain: it runs only where one stands.
    static constexpr QLatin1StringView lineWords[] = {QLatin1StringView("line"), QLatin1StringView("dial"), QLatin1StringView("call"),
                                                      QLatin1StringView("phone"), QLatin1StringView("tel"), QLatin1StringView("fax"),
                                                      QLatin1StringView("text"), QLatin1StringView("sms"), QLatin1StringView("emergency"),
                                                      QLatin1StringView("code"), QLatin1StringView("free")};
    // A number of eight digits or more without separators is a phone or
    // account number: "by calling 67085888", "hotline, 9851286770" (a
    // count that large is written "67,085,888" or "67 million").
    // (Seven digits too, as many countries dial them: "to BruCERT at
    // 2458001".)
    if (figure.size() >= 7 && std::all_of(figure.cbegin(), figure.cend(), [](QChar c) { return c.isDigit(); }))
        return true;
    // Phone numbers are digits alone, three to six of them ("the national
    // helpline number 155260").
    const bool dialled = figure.size() >= 3 && figure.size() <= 6 && std::all_of(figure.cbegin(), figure.cend(), [](QChar c) { return c.isDigit(); });
    // (Past a first number: "the emergency numbers 110 and 119".)
    const bool listed = before.endsWith(QLatin1String(" and ")) || before.endsWith(QLatin1String(" or ")) || before.endsWith(QLatin1String(", "));
    // ("the emergency numbers 110 (police), 118 (Japan Coast Guard) and 119")
    const QStringView lineStretch = listed ? QStringView(text).mid(qMax(0, span.start - 80), qMin(80, span.start)) : before;
    const auto mentionsLine = [&lineStretch] {
        return std::any_of(std::begin(lineWords), std::end(lineWords), [&lineStretch](QLatin1StringView w) { return lineStretch.contains(w, Qt::CaseInsensitive); });
    };
    // (Or in groups of digits: "by telephone on 800 700 100".)
    const bool spaced = figure.size() <= 14 && figure.contains(u' ')
        && std::all_of(figure.cbegin(), figure.cend(), [](QChar c) { return c.isDigit() || c == u' '; });
    if (spaced && mentionsLine() && lineBefore.matchView(lineStretch).hasMatch())
        return true;
    const QStringView afterWords = QStringView(text).mid(span.end, 40);
    if (dialled && ((next == u' ' && afterNext.isLower() && (afterWords.contains(QLatin1String("line")) || afterWords.contains(QLatin1String("call")))
                     && lineAfter.matchView(afterWords).hasMatch())
                    || (mentionsLine() && lineBefore.matchView(lineStretch).hasMatch())))
        return true;
    if (!dialled && next == u' ' && (afterNext == u'm' || afterNext == u'M') && lineAfter.matchView(after).hasMatch())
        return true;
    // A line open at all hours, no noun between: "report scams to the AOC
    // on 1441 around the clock".
    if (dialled && (afterWords.startsWith(QLatin1String(" around the clock")) || afterWords.startsWith(QLatin1String(" round the clock"))
                    || afterWords.startsWith(QLatin1String(" 24/7")) || afterWords.startsWith(QLatin1String(" (24/7)"))))
        return true;
    // A download's size: "(PDF, 612 KB, Japanese only)".
    if (next == u' ' && (after.startsWith(QLatin1String(" KB")) || after.startsWith(QLatin1String(" MB")) || after.startsWith(QLatin1String(" kB")))
        && (before.endsWith(QLatin1String("PDF, ")) || before.endsWith(QLatin1String("(PDF ")) || before.endsWith(QLatin1String("DOCX, "))
            || before.endsWith(QLatin1String("XLSX, "))))
        return true;
    // The day after a weekday, as Brazilian papers write it: "last Friday
    // (10)", "on Monday (13)".
    if (next == u')' && figure.size() <= 2 && before.endsWith(QLatin1String("day ("))) {
        static const QRegularExpression weekday(QStringLiteral("(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\s\\($"));
        if (weekday.matchView(before).hasMatch())
            return true;
    }
    // A temperature in a site's weather widget ("34°F").
    if (next == QChar(0x00B0))
        return true;
    if (before.endsWith(QLatin1Char('[')) && next == u']')
        return true;
    if (before.endsWith(QStringLiteral("§ ")) || before.endsWith(QStringLiteral("§")))
        return true;
    // A reporter's page after its volume: "515 F.2d 385".
    if (before.endsWith(QLatin1String("F.2d ")) || before.endsWith(QLatin1String("F.3d ")) || before.endsWith(QLatin1String("F.4th ")))
        return true;
    if (next == u' ' && (afterNext == u'U' || afterNext == u'C' || afterNext == u'N' || afterNext == u'F')) {
        static const QRegularExpression citation(QStringLiteral("^\\s(?:U\\.S\\.C\\.|USC\\b|C\\.F\\.R\\.|CFR\\b|NYCRR\\b|U\\.S\\.\\s\\d|F\\.\\dd\\b|F\\.\\s?Supp\\.)"));
        if (citation.matchView(after).hasMatch())
            return true;
    }
    if (next == u'-' || next == u'/' || (next == u' ' && afterNext.isUpper())) {
        static const QRegularExpression phoneWord(QStringLiteral("^(?:-\\w+-|\\s[A-Z]{2,}\\d|/\\d)"));
        return phoneWord.matchView(after).hasMatch();
    }
    return false;
}

// A period stated for the figure: "in FY2013", "in 2020", "as of March 2021".
QString periodFor(const QString &text, const Statistic &stat, const QList<Token> &tokens, const TextSpan &sentence,
                  const QList<Statistic> &all)
{
    static const QRegularExpression yearish(QStringLiteral("(?:FY|[Ff]iscal\\s)?\\s?(?:19|20)\\d{2}"));
    const Token *before = nullptr;
    const Token *after = nullptr;
    // The same sum in another currency, in brackets right after the figure,
    // stands between it and its period: "TL 412 million ($9.8 million) in
    // 2024".
    int bracketEnd = stat.span.end;
    if (QStringView(text).mid(stat.span.end, 2) == QLatin1String(" (")) {
        const qsizetype close = text.indexOf(u')', stat.span.end + 2);
        if (close > 0 && close - stat.span.end <= 40)
            bracketEnd = int(close) + 1;
    }
    auto first = std::lower_bound(tokens.cbegin(), tokens.cend(), sentence.start,
                                  [](const Token &t, int pos) { return t.span.start < pos; });
    for (auto it = first; it != tokens.cend() && it->span.start < sentence.end; ++it) {
        const Token &t = *it;
        if (t.kind != Token::Date || !yearish.match(t.span.text(text)).hasMatch())
            continue;
        if (t.span.start >= stat.span.end) {
            // Only a period close after the figure, with no other figure between.
            bool blocked = t.span.start - bracketEnd > 40 || (t.span.start > stat.span.end && t.span.start < bracketEnd);
            for (const Statistic &o : all)
                blocked |= o.span.start >= bracketEnd && o.span.end <= t.span.start && o.unit != Statistic::Unit::Multiplier;
            if (!blocked && !after)
                after = &t;
        } else {
            // Nor one before it in another clause: "… first used in July
            // 2020, and the number of entities to seven"; but "by fiscal
            // 2027, and some 20,000 if …" leaves out what it shares.
            static const QRegularExpression elided(QStringLiteral(", and (?:some|about|around|roughly|nearly|almost|over) $"));
            const QStringView between = QStringView(text).mid(t.span.end, stat.span.start - t.span.end);
            bool blocked = between.contains(u';')
                || (between.contains(QLatin1String(", and ")) && !elided.matchView(between).hasMatch());
            for (const Statistic &o : all)
                blocked |= o.span.start >= t.span.end && o.span.end <= stat.span.start && o.unit != Statistic::Unit::Multiplier;
            if (!blocked)
                before = &t;
        }
    }
    const Token *chosen = after ? after : before;
    return chosen ? chosen->span.text(text).trimmed() : QString();
}

} // namespace

void completeNumberPhrases(const QString &text, QList<Token> &tokens)
{
    // Each phrase's first words, as the expressions the list replaces
    // allowed them: a multiple opens with two to ten ("three times the", "one
    // and a half times") or any number to a hundred ("sevenfold", "fifteen
    // fold"); a sum with one to fifty, "a", "half a" or "several", its
    // currency written after it in lower case only ("two million yen",
    // "Two million", "several thousand yen": "several" only with one).
    static const TextScan::WordSet times = {
        QStringLiteral("two"), QStringLiteral("three"), QStringLiteral("four"), QStringLiteral("five"), QStringLiteral("six"),
        QStringLiteral("seven"), QStringLiteral("eight"), QStringLiteral("nine"), QStringLiteral("ten"),
    };
    static const TextScan::WordSet folds = {
        QStringLiteral("two"), QStringLiteral("three"), QStringLiteral("four"), QStringLiteral("five"), QStringLiteral("six"),
        QStringLiteral("seven"), QStringLiteral("eight"), QStringLiteral("nine"), QStringLiteral("ten"), QStringLiteral("eleven"),
        QStringLiteral("twelve"), QStringLiteral("fifteen"), QStringLiteral("twenty"), QStringLiteral("thirty"), QStringLiteral("forty"),
        QStringLiteral("fifty"), QStringLiteral("hundred"),
    };
    static const TextScan::WordSet sumsWithCurrency = {
        QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three"), QStringLiteral("four"), QStringLiteral("five"),
        QStringLiteral("six"), QStringLiteral("seven"), QStringLiteral("eight"), QStringLiteral("nine"), QStringLiteral("ten"),
        QStringLiteral("twenty"), QStringLiteral("thirty"), QStringLiteral("forty"), QStringLiteral("fifty"), QStringLiteral("a"),
        QStringLiteral("several"),
    };
    static const TextScan::WordSet sums = {
        QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three"), QStringLiteral("four"), QStringLiteral("five"),
        QStringLiteral("six"), QStringLiteral("seven"), QStringLiteral("eight"), QStringLiteral("nine"), QStringLiteral("ten"),
        QStringLiteral("eleven"), QStringLiteral("twelve"), QStringLiteral("fifteen"), QStringLiteral("twenty"), QStringLiteral("thirty"),
        QStringLiteral("forty"), QStringLiteral("fifty"), QStringLiteral("One"), QStringLiteral("Two"), QStringLiteral("Three"),
        QStringLiteral("Four"), QStringLiteral("Five"), QStringLiteral("Six"), QStringLiteral("Seven"), QStringLiteral("Eight"),
        QStringLiteral("Nine"), QStringLiteral("Ten"), QStringLiteral("Eleven"), QStringLiteral("Twelve"), QStringLiteral("Fifteen"),
        QStringLiteral("Twenty"), QStringLiteral("Thirty"), QStringLiteral("Forty"), QStringLiteral("Fifty"), QStringLiteral("a"),
    };
    // Multiples in one word, and the verbs that are one only where a
    // comparison leads to them or "the" follows: "more than double",
    // "will roughly triple", "double the 19 victims", a headline's
    // "… double: NSB" (not "double extortion", "double check").
    static const TextScan::WordSet multiplierWords = {
        QStringLiteral("twice"), QStringLiteral("thrice"), QStringLiteral("doubled"), QStringLiteral("tripled"), QStringLiteral("trebled"),
        QStringLiteral("quadrupled"), QStringLiteral("halved"), QStringLiteral("Doubled"), QStringLiteral("Tripled"), QStringLiteral("Trebled"),
        QStringLiteral("Quadrupled"), QStringLiteral("Halved"), QStringLiteral("doubling"), QStringLiteral("tripling"),
        QStringLiteral("quadrupling"), QStringLiteral("halving"),
    };
    static const TextScan::WordSet multiplierVerbs = {QStringLiteral("double"), QStringLiteral("triple"), QStringLiteral("quadruple")};
    static const QRegularExpression verbLeads(QStringLiteral("\\b(?:than|roughly|nearly|almost|will|would|could|to)\\s$"));
    static const QRegularExpression verbObjects(QStringLiteral("^(?:[\"”]?\\sthe\\b|:\\s)"));
    static const QRegularExpression notMultiples(QStringLiteral("^\\s(?:extortion|digits?|agents?|standards?|taxation|check|click)\\b"));
    // Words the list holds only to open a phrase: alone they are no number.
    static const TextScan::WordSet leadsOnly = {QStringLiteral("one"), QStringLiteral("One"), QStringLiteral("a"), QStringLiteral("several"),
                                                QStringLiteral("double"), QStringLiteral("triple"), QStringLiteral("quadruple")};
    static const QRegularExpression fold(QStringLiteral("^[- ]fold\\b"));
    static const QRegularExpression multiple(QStringLiteral(
        "^\\s(?:and\\sa\\shalf\\s)?times\\b(?=\\s(?:more|higher|larger|greater|bigger|as|the|that|than|over|faster|increase|rise|growth|what|its|their)\\b)"));
    static const QRegularExpression sum(QStringLiteral(
        "^\\s(?:hundred|thousand|million|billion|trillion)(\\s(?:yen|dollars|euros|pounds|won|yuan))?\\b"));
    static const QRegularExpression duration(QStringLiteral(
        "^(?:-|\\s)(?:(?:business|working|calendar|fiscal|financial|academic|school)\\s)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)\\b"));
    QList<Token> out;
    out.reserve(tokens.size());
    int end = -1; // the end of the last phrase: the tokens inside it go
    for (const Token &t : std::as_const(tokens)) {
        if (t.span.start < end)
            continue;
        if (t.kind != Token::NumberWord) {
            out.append(t);
            continue;
        }
        const QStringView word = QStringView(text).mid(t.span.start, t.span.length());
        const QStringView after = QStringView(text).mid(t.span.end, 40);
        Token phrase = t;
        const auto through = [&](Token::Kind kind, qsizetype length) {
            phrase = {{t.span.start, t.span.end + int(length)}, kind};
        };
        if (word.endsWith(QLatin1String("fold")) || multiplierWords.contains(word)) {
            phrase.kind = Token::Multiplier;
        } else if (multiplierVerbs.contains(word)) {
            const QStringView before = QStringView(text).mid(qMax(0, t.span.start - 12), qMin(12, t.span.start));
            if (verbObjects.matchView(after).hasMatch() || (verbLeads.matchView(before).hasMatch() && !notMultiples.matchView(after).hasMatch()))
                phrase.kind = Token::Multiplier;
        } else if (after.size() >= 3 && (after.front() == u' ' || after.front() == u'-')) {
            QRegularExpressionMatch m;
            const QChar next = after.at(1);
            if (next == u'f' && folds.contains(word) && (m = fold.matchView(after)).hasMatch()) {
                through(Token::Multiplier, m.capturedLength());
            } else if ((next == u't' || next == u'a') && (times.contains(word) || (word == QLatin1String("one") && after.startsWith(QLatin1String(" and a half"))))
                       && (m = multiple.matchView(after)).hasMatch()) {
                through(Token::Multiplier, m.capturedLength());
            } else if ((next == u'h' || next == u't' || next == u'm' || next == u'b') && (sums.contains(word) || sumsWithCurrency.contains(word))
                       && (m = sum.matchView(after)).hasMatch()) {
                const bool withCurrency = m.hasCaptured(1) && sumsWithCurrency.contains(word);
                const qsizetype scaleEnd = m.hasCaptured(1) ? m.capturedStart(1) : m.capturedLength();
                if (withCurrency || sums.contains(word))
                    through(Token::Statistic, withCurrency ? m.capturedLength() : scaleEnd);
            } else if (next == u'a' && word == QLatin1String("half") && after.startsWith(QLatin1String(" a "))) {
                // "half a million"
                if ((m = sum.matchView(after.mid(2))).hasMatch())
                    through(Token::Statistic, 2 + m.capturedLength());
            } else if ((m = duration.matchView(after)).hasMatch()) {
                // A duration is no count: "within five business days".
                end = t.span.end + int(m.capturedLength());
                continue;
            }
        }
        // (But "one" counts in a vote's tally: "with one abstention".)
        static const QRegularExpression oneInTally(QStringLiteral("^\\s(?:abstention|vote\\s(?:against|in\\sfavou?r))\\b"));
        if (phrase.kind == Token::NumberWord && leadsOnly.contains(word) && !(word == QLatin1String("one") && oneInTally.matchView(after).hasMatch()))
            continue;
        if (phrase.span.end > t.span.end)
            end = phrase.span.end;
        out.append(phrase);
    }
    tokens = out;
}

QList<Statistic> statistics(const TextScan::Layout &layout, const QList<Token> &tokens, const QList<TextSpan> &furniture)
{
    const QString &text = layout.text();
    QList<Statistic> out;
    for (const Token &t : tokens) {
        if (t.kind != Token::Statistic && t.kind != Token::Multiplier && t.kind != Token::NumberWord)
            continue;
        if (Furniture::contains(furniture, t.span))
            continue;
        TextSpan span = t.span;
        // Mexican, Chilean, Colombian and Argentine pesos: "Mex$1.9
        // billion", "CLP$9.6 billion" (the definition reads "$" as a word's
        // end, so the rule matches from "$").
        static const TextScan::WordSet pesoMarks = {QStringLiteral("Mex"), QStringLiteral("CLP"), QStringLiteral("COP"), QStringLiteral("ARS")};
        if (t.kind == Token::Statistic && text.at(span.start) == u'$' && span.start >= 3 && pesoMarks.contains(QStringView(text).mid(span.start - 3, 3))
            && (span.start == 3 || !text.at(span.start - 4).isLetterOrNumber()))
            span.start -= 3;
        // Money and counts abbreviated: "$2.4M", "€45m", "$300K", "9.8m".
        if (t.kind == Token::Statistic && span.end + 1 <= text.size() && QStringLiteral("MmBbKk").contains(text.at(span.end))
            && (span.end + 1 == text.size() || !text.at(span.end + 1).isLetterOrNumber())) {
            const QChar first = text.at(span.start);
            // (A whole number only before what it counts: "27m citizens",
            // not "a 400m tower".)
            static const QRegularExpression counted(QStringLiteral("^[mMbB]\\s(?:people|[a-z]{3,}s)\\b"));
            if (first == u'$' || first == u'€' || first == u'£' || first == u'¥' || first == u'₩' || span.text(text).contains(u'.')
                || (text.at(span.end) != u'M' && counted.matchView(QStringView(text).mid(span.end, 24)).hasMatch()))
                span.end += 1;
        }
        // Written as one adjective: "a 1.2-billion-baht budget".
        if (t.kind == Token::Statistic && span.end < text.size() && text.at(span.end) == u'-') {
            static const QRegularExpression compound(QStringLiteral(
                "^-(?:thousand|million|billion|trillion)(?:-(?:yen|dollars?|euros?|baht|won|yuan|pounds?|rupees?|dong|ringgit|pesos?))?\\b"));
            const QRegularExpressionMatch m = compound.matchView(QStringView(text).mid(span.end, 24));
            if (m.hasMatch())
                span.end += int(m.capturedLength());
        }
        // Pesos and baht: "P468 million", "B1.2 billion" (the definition lets
        // a bare P or B stand before a figure), only with a scale or
        // thousands: "the P5 countries" are no money.
        if (t.kind == Token::Statistic && (text.at(span.start) == u'P' || text.at(span.start) == u'B')) {
            static const QRegularExpression sized(QStringLiteral("\\d,\\d{3}|\\s?(?:thousand|million|billion|trillion|bn)$|\\d[mMbB]$"));
            if (!sized.match(span.text(text)).hasMatch())
                continue;
        }
        // New Israeli shekels, "NIS 13.5 billion": the definition gives
        // "NIS" to the body of that acronym. Not "the NIS 2 directive".
        if (t.kind == Token::Statistic && span.start >= 4 && QStringView(text).mid(span.start - 4, 4) == QLatin1String("NIS ")
            && (span.start == 4 || !text.at(span.start - 5).isLetterOrNumber())) {
            static const QRegularExpression sized(QStringLiteral("\\d,\\d{3}|\\d{3}|\\s?(?:thousand|million|billion|trillion|bn)$"));
            if (sized.match(span.text(text)).hasMatch())
                span.start -= 4;
        }
        // A currency's code before the figure: "TL 412 million", "SEK 1.2
        // billion", "Tk 50 crore" (the definition itself reads only the
        // commonest codes). Written in capitals, or as Kenyans, Bangladeshis
        // and Rwandans write theirs: "to try 5 times" is no lira. (Shekels
        // only with a sum, above: "the NIS 2 directive".)
        if (t.kind == Token::Statistic && span.start >= 3 && text.at(span.start - 1) == u' ' && text.at(span.start).isDigit()) {
            int word = span.start - 1;
            while (word > 0 && word > span.start - 5 && text.at(word - 1).isLetter())
                --word;
            const QString code = text.mid(word, span.start - 1 - word);
            static const TextScan::WordSet mixedCase = {QStringLiteral("KSh"), QStringLiteral("Tk"), QStringLiteral("Rwf"), QStringLiteral("Frw"),
                                                        QStringLiteral("Bs"), QStringLiteral("TSh"), QStringLiteral("Nu")};
            if (code.size() >= 2 && code != QLatin1String("NIS") && (word == 0 || !text.at(word - 1).isLetterOrNumber())
                && (std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c.isUpper(); }) || mixedCase.contains(code))
                && !currencyOfCode(code.toLower()).isEmpty())
                span.start = word;
        }
        // A mark set apart by a space, one the marks' table holds: a
        // dollar's, "US$ 2.5 million", "R$ 48 million"; Uruguay's peso, "$U
        // 96 million"; Paraguay's guaraní, "Gs. 6,100 million".
        if (t.kind == Token::Statistic && span.start >= 2 && text.at(span.start - 1) == u' ' && text.at(span.start).isDigit()) {
            int mark = -1;
            if (span.start >= 3 && text.at(span.start - 2) == u'U' && text.at(span.start - 3) == u'$') {
                mark = span.start - 3;
            } else if (text.at(span.start - 2) == u'$' || text.at(span.start - 2) == u'.') {
                mark = span.start - 2;
                while (mark > 0 && mark > span.start - 6 && text.at(mark - 1).isLetter())
                    --mark;
            }
            if (mark >= 0 && (mark == 0 || !text.at(mark - 1).isLetterOrNumber())) {
                const QString lower = text.mid(mark, span.start - 1 - mark).toLower();
                if (std::any_of(currencyMarks().cbegin(), currencyMarks().cend(), [&lower](const QPair<QString, QString> &m) { return m.first == lower; }))
                    span.start = mark;
            }
        }
        // Peruvian soles: "S/ 312 million", "S/312 million".
        if (t.kind == Token::Statistic && span.start >= 2 && text.at(span.start).isDigit()) {
            const int mark = text.at(span.start - 1) == u' ' ? span.start - 3 : span.start - 2;
            if (mark >= 0 && QStringView(text).mid(mark, 2) == QLatin1String("S/") && (mark == 0 || !text.at(mark - 1).isLetterOrNumber()))
                span.start = mark;
        }
        // Ghanaian cedis: "GH¢14.6 million" (the figure is read from "¢").
        if (t.kind == Token::Statistic && span.start >= 1 && (text.at(span.start - 1) == u'¢' || text.at(span.start - 1) == QChar(0x20B5))) {
            span.start -= 1;
            if (span.start >= 2 && QStringView(text).mid(span.start - 2, 2) == QLatin1String("GH") && (span.start == 2 || !text.at(span.start - 3).isLetterOrNumber()))
                span.start -= 2;
        }
        const QString s = span.text(text);
        const int after = span.end;
        const QChar next = after < text.size() ? text.at(after) : QChar();
        QChar prev = span.start > 0 ? text.at(span.start - 1) : QChar();
        // A share with its sign, as tables and summaries write a change:
        // "+6%", "−5%" (not "+61 2 …", a phone number).
        // So is a count with its share after it: "+437 (+80.5%)".
        double sign = 1;
        const QStringView share = QStringView(text).mid(after, 3);
        const bool signedShareAfter = share.size() == 3 && share.startsWith(QLatin1String(" (")) && (share.at(2) == u'+' || share.at(2) == u'-' || share.at(2) == QChar(0x2212));
        if (t.kind == Token::Statistic && (prev == u'+' || prev == u'-' || prev == QChar(0x2212))
            && (span.start == 1 || !text.at(span.start - 2).isLetterOrNumber()) && (s.endsWith(u'%') || signedShareAfter)) {
            sign = prev == u'+' ? 1 : -1;
            span.start -= 1;
            prev = span.start > 0 ? text.at(span.start - 1) : QChar();
        }
        // Part of a word or identifier: "5G", "A-10", "3D".
        if (next.isLetterOrNumber() || (prev.isLetter() && t.kind != Token::Multiplier) || prev == QLatin1Char('-') || prev == QLatin1Char('/')
            || prev == QChar(0x2013) || prev == QLatin1Char(':') || prev == QLatin1Char('+'))
            continue;
        // A name written with a sum: the "2+2" talks of two ministers each.
        if (next == u'+' && after + 1 < text.size() && text.at(after + 1).isDigit())
            continue;
        if (t.kind != Token::Multiplier && isNotData(text, span))
            continue;
        if (t.kind == Token::NumberWord || (t.kind == Token::Statistic && s.size() <= 3)) {
            if (const std::optional<Statistic> fraction = fractionAt(text, span)) {
                // "1 in 4": the "1" before is part of it.
                while (!out.isEmpty() && out.constLast().span.start >= fraction->span.start)
                    out.removeLast();
                out.append(*fraction);
                continue;
            }
            if (t.kind == Token::NumberWord && (wordValue(s) < 0 || s.compare(QLatin1String("half"), Qt::CaseInsensitive) == 0))
                continue; // "the third", "first half": a fraction word that is no fraction here
        }
        if (t.kind == Token::Statistic) {
            // A list marker or heading number at the start of a line: "1. ", "2) ".
            int ls = t.span.start;
            while (ls > 0 && text.at(ls - 1) != QLatin1Char('\n') && text.at(ls - 1).isSpace())
                --ls;
            const bool lineStart = ls == 0 || text.at(ls - 1) == QLatin1Char('\n');
            if (lineStart && (next == QLatin1Char('.') || next == QLatin1Char(')')))
                continue;
            // Or in brackets: "(1) Number of participating ISPs: 42", "  (2) The
            // Company had not …" (an indented item).
            int bs = span.start - 1;
            while (bs > 0 && text.at(bs - 1) != QLatin1Char('\n') && text.at(bs - 1).isSpace())
                --bs;
            const bool bracketed = prev == u'(' && (bs == 0 || text.at(bs - 1) == u'\n');
            if (bracketed && next == u')')
                continue;
            out.append(parse(s, span, false));
            out.last().value *= sign;
        } else if (t.kind == Token::Multiplier) {
            if (s == QLatin1String("twice")) {
                // A multiple: "twice as many", "twice the 29", "more than
                // twice its current strength". Not a rate ("twice a year")
                // nor advice ("think twice").
                static const QRegularExpression comparative(QStringLiteral(
                    "^\\s(?:as|the|that|than|over|more|higher|larger|its|their|his|her|our|what|a\\s(?!(?:day|week|month|year)\\b))"));
                static const QRegularExpression rate(QStringLiteral("^\\s(?:a|per|each|every)\\s(?:day|week|month|year|quarter)\\b"));
                const QStringView before = QStringView(text).mid(qMax(0, t.span.start - 9), qMin(9, t.span.start));
                if (rate.matchView(QStringView(text).mid(after, 16)).hasMatch() || before.endsWith(QLatin1String("think "), Qt::CaseInsensitive)
                    || before.endsWith(QLatin1String("thought "), Qt::CaseInsensitive))
                    continue;
                // Otherwise how often: "had already ordered Tech Bureau twice
                // this year", "have met at least twice".
                if (!comparative.matchView(QStringView(text).mid(after, 12)).hasMatch()) {
                    Statistic stat;
                    stat.span = t.span;
                    stat.value = 2;
                    out.append(stat);
                    continue;
                }
            }
            out.append(parse(s, t.span, true));
        } else {
            // Number words count only things ("six agencies") and not after
            // a determiner ("the two governments", but "four of the six
            // agencies" counts); a capitalised one after a capitalised word
            // is part of a name ("the Essential Eight"). A share in words
            // ("about six per cent") and the earlier figure of a change ("up
            // from nine", "compared with two") are data too.
            const QStringView wider = QStringView(text).mid(qMax(0, t.span.start - 16), qMin(16, t.span.start));
            static const QRegularExpression percent(QStringLiteral("^\\s(?:per\\s?cent|percent)\\b"));
            static const QRegularExpression earlier(QStringLiteral(
                "\\b(?:up|down)\\sfrom\\s\\z|\\bcompared\\s(?:with|to)\\s\\z|\\b(?:times|than|twice|double|triple|half)\\sthe\\s\\z|\\bvotes\\sto\\s\\z"
                "|\\bas\\s(?:many|much)\\sas\\sthe\\s\\z"));
            const QRegularExpressionMatch share = percent.matchView(QStringView(text).mid(after, 12));
            if (share.hasMatch() && wordValue(s) > 0) {
                Statistic stat;
                stat.span = {t.span.start, after + int(share.capturedLength())};
                stat.value = wordValue(s);
                stat.unit = Statistic::Unit::Percent;
                out.append(stat);
                continue;
            }
            // "seven of them", "nine of those", "seven of which" count (not
            // "one of them": a choice among them).
            static const QRegularExpression ofThem(QStringLiteral("^\\sof\\s(?:them|those|these|which|whom)\\b"));
            // A sentence that opens with a count of what the one before
            // spoke of: "… 1,250 incidents … Twenty-three were rated level 3".
            static const QRegularExpression verbAfter(QStringLiteral("^\\s(?:were|are|had|have)\\s"));
            qsizetype opener = t.span.start;
            while (opener > 0 && text.at(opener - 1) == u' ')
                --opener;
            const bool opensSentence = s.at(0).isUpper() && wordValue(s) > 1 && opener >= 2 && opener < t.span.start && text.at(opener - 1) == u'.'
                && verbAfter.matchView(QStringView(text).mid(after, 7)).hasMatch();
            // A vote's tally: "41 votes in favour, three against and one
            // abstention", "adopted with one abstention".
            static const QRegularExpression tallied(QStringLiteral("^\\s(?:abstentions?|abstained|vote\\b|votes\\b|(?:against|in\\sfavou?r)\\b(?!\\s(?:the|a|an|it|them)\\b))"));
            const auto isTally = [&] {
                if (!tallied.matchView(QStringView(text).mid(after, 16)).hasMatch())
                    return false;
                const QStringView around = QStringView(text).mid(qMax(0, t.span.start - 80), qMin(80, t.span.start) + 24);
                return around.contains(QLatin1String("vote")) || around.contains(QLatin1String("abstention")) || around.contains(QLatin1String("in favo"));
            };
            const bool counts = countsThingsAfter(text, t.span.start, after) || (wordValue(s) > 1 && ofThem.matchView(QStringView(text).mid(after, 12)).hasMatch())
                || opensSentence || isTally();
            const auto endsWith = [&wider](QLatin1StringView w) { return wider.endsWith(w, Qt::CaseInsensitive); };
            const auto figure = [](const QString &word) { return word.front().isDigit() || wordValue(word) > 1; };
            // ("between our two countries": the speakers' own, no figure;
            // "the foreign ministers of the three countries": a back-reference,
            // but "four of the six agencies", "most of the 12" are shares.)
            static const QRegularExpression partitive(QStringLiteral("\\b(\\d[\\d,]*|[A-Za-z]+)\\sof\\sthe\\s\\z"));
            static const TextScan::WordSet quantifiers = {
                QStringLiteral("all"), QStringLiteral("most"), QStringLiteral("some"), QStringLiteral("none"), QStringLiteral("many"),
                QStringLiteral("each"), QStringLiteral("several"), QStringLiteral("few"), QStringLiteral("both"), QStringLiteral("any"),
                QStringLiteral("either"), QStringLiteral("neither"), QStringLiteral("one"), QStringLiteral("half"),
            };
            const QRegularExpressionMatch whole = endsWith(QLatin1StringView(" of the ")) ? partitive.matchView(wider) : QRegularExpressionMatch();
            const bool ofTheWhole = whole.hasMatch()
                && (figure(whole.captured(1)) || quantifiers.contains(whole.capturedView(1).toString().toLower()));
            const bool determined = (endsWith(QLatin1StringView("the ")) && !ofTheWhole)
                || endsWith(QLatin1StringView("all ")) || endsWith(QLatin1StringView("top ")) || endsWith(QLatin1StringView("our "));
            // "to 22 cases from six", "to seven, from three": the two
            // figures of a change stated with "to" and "from".
            static const QRegularExpression fromAfterFigure(QStringLiteral("\\bto\\s(\\d[\\d,.]*|[a-z]+)(?:\\s[a-z]+){0,3},?\\sfrom\\s\\z"));
            static const QRegularExpression fromNext(QStringLiteral("^,?\\sfrom\\s(\\d|[a-z]+\\b)"));
            QRegularExpressionMatch m;
            const bool changeFrom = wider.endsWith(QLatin1String("from "))
                && (m = fromAfterFigure.matchView(QStringView(text).mid(qMax(0, t.span.start - 48), qMin(48, t.span.start)))).hasMatch()
                && figure(m.captured(1));
            const bool changeTo = wider.endsWith(QLatin1String(" to ")) && (m = fromNext.matchView(QStringView(text).mid(after, 16))).hasMatch()
                && figure(m.captured(1));
            if (!changeFrom && !changeTo && !earlier.matchView(wider).hasMatch() && (determined || !counts))
                continue;
            // "I have two announcements", "three questions": a speaker's
            // agenda, no figure; nor a plan's "four pillars".
            static const QRegularExpression agenda(QStringLiteral("^\\s(?:announcements|questions|points|matters|things|remarks|pillars)\\b"));
            if (agenda.matchView(QStringView(text).mid(after, 16)).hasMatch())
                continue;
            // "the two countries", "both sides": the pair a text is about, no figure.
            static const QRegularExpression pair(QStringLiteral("^\\s(?:countries|sides|governments|nations|leaders|allies)\\b"));
            if (wordValue(s) == 2 && wider.endsWith(QLatin1String("the ")) && pair.matchView(QStringView(text).mid(after, 14)).hasMatch())
                continue;
            // So is one before a capitalised plural that modifies a noun:
            // "Five Eyes agencies" (a headline in title case counts:
            // "Seven Chinese Nationals Charged").
            static const QRegularExpression nameBefore(QStringLiteral("\\b[A-Z][\\w\\-]*\\s\\z"));
            static const QRegularExpression nameAfter(QStringLiteral("^\\s[A-Z][a-z]+s\\s[a-z]+s\\b"));
            if (s.at(0).isUpper()
                && (nameBefore.matchView(QStringView(text).mid(qMax(0, t.span.start - 20), qMin(20, t.span.start))).hasMatch()
                    || nameAfter.matchView(QStringView(text).mid(after, 40)).hasMatch()))
                continue;
            Statistic stat;
            stat.span = t.span;
            stat.value = wordValue(s);
            out.append(stat);
        }
    }
    // A bare "$" is the text's own dollar when its first dollar figure names
    // one: "NZ$21.6 million …, up from $16.9m" (not when a US story quotes
    // S$ further down).
    // (A dollar: not the real, "R$80,000 (about $15,000)".)
    const auto isDollar = [](const QString &code) {
        return code == QLatin1String("USD") || code == QLatin1String("AUD") || code == QLatin1String("NZD") || code == QLatin1String("CAD")
            || code == QLatin1String("SGD") || code == QLatin1String("HKD") || code == QLatin1String("TWD");
    };
    const auto named = std::find_if(out.cbegin(), out.cend(), [&text](const Statistic &s) {
        return s.unit == Statistic::Unit::Money && s.span.text(text).contains(u'$');
    });
    if (named != out.cend() && named->currency != QLatin1String("USD") && isDollar(named->currency)) {
        const QString dollar = named->currency;
        for (Statistic &s : out) {
            // "T$17.9 billion ($545 million)": a conversion in brackets stays in US dollars.
            const bool converted = s.span.start > 2 && text.at(s.span.start - 1) == u'(' && text.at(s.span.start - 2) == u' '
                && std::any_of(out.cbegin(), out.cend(), [&s](const Statistic &o) {
                       return o.span.end == s.span.start - 2 && o.unit == Statistic::Unit::Money;
                   });
            if (s.unit == Statistic::Unit::Money && s.currency == QLatin1String("USD") && text.at(s.span.start) == u'$' && !converted)
                s.currency = dollar;
        }
    }
    // So are "pesos" the text's own, when a figure names them: "CLP$9.6
    // billion …, more than double the 4.1 billion pesos" (the word alone is
    // read as the Philippines').
    const auto peso = std::find_if(out.cbegin(), out.cend(), [](const Statistic &s) {
        return s.currency == QLatin1String("MXN") || s.currency == QLatin1String("CLP") || s.currency == QLatin1String("COP")
            || s.currency == QLatin1String("ARS");
    });
    if (peso != out.cend()) {
        const QString code = peso->currency;
        for (Statistic &s : out) {
            if (s.currency == QLatin1String("PHP") && s.span.text(text).contains(QLatin1String("peso"), Qt::CaseInsensitive))
                s.currency = code;
        }
    }
    // Within a sentence, a bare "$" after another country's dollar is that
    // dollar too: "rose to NZ$31.4 million, from $26.3 million".
    for (int i = 1; i < out.size(); ++i) {
        Statistic &s = out[i];
        if (s.unit != Statistic::Unit::Money || s.currency != QLatin1String("USD") || text.at(s.span.start) != u'$'
            || (s.span.start > 0 && text.at(s.span.start - 1) == u'('))
            continue;
        for (int k = i - 1; k >= 0; --k) {
            const Statistic &o = out.at(k);
            const QStringView between = QStringView(text).mid(o.span.end, s.span.start - o.span.end);
            if (between.size() > 120 || between.contains(u'\n') || between.contains(QLatin1String(". ")))
                break;
            if (o.unit == Statistic::Unit::Money && o.currency != QLatin1String("USD") && isDollar(o.currency) && text.at(o.span.start) != u'$'
                && o.span.text(text).contains(u'$')) {
                s.currency = o.currency;
                break;
            }
        }
    }
    // A range is one figure: "S$50,000 to S$2.6 million", "between $300
    // and $1,000", "5 to 10 per cent", "1.5 to 2 times". Not a change ("rose
    // from 240 to 310", "up 8.6 percent to 2.03 million", "by 200 to 1,400"),
    // though demands "ranged from" one to the other.
    static const QRegularExpression rangeFrom(QStringLiteral("\\b(?:rang(?:ed|ing|es?)|var(?:ied|ying|ies|y))\\sfrom\\s\\z"));
    static const QRegularExpression changeLead(QStringLiteral(
        "\\b(?:from|by|rose|fell|grew|increased|decreased|dropped|jumped|climbed|surged|declined|up|down|raise|cut)\\s"
        "(?:about\\s|around\\s|some\\s|roughly\\s|nearly\\s|almost\\s|more\\sthan\\s)*$"));
    for (int i = 0; i + 1 < out.size(); ++i) {
        Statistic &low = out[i];
        const Statistic &high = out.at(i + 1);
        const QStringView between = QStringView(text).mid(low.span.end, high.span.start - low.span.end);
        const bool to = between == QLatin1String(" to ");
        const bool andBetween = between == QLatin1String(" and ") && low.span.start >= 8
            && QStringView(text).mid(low.span.start - 8, 8) == QLatin1String("between ");
        if (!to && !andBetween)
            continue;
        // ("15 million to 23 million yen": the unit written once.)
        const bool sameUnit = low.unit == high.unit || (low.unit == Statistic::Unit::Count && text.at(low.span.start).isDigit());
        const int from = qMax(0, low.span.start - 40);
        const QStringView lead = QStringView(text).mid(from, low.span.start - from);
        if (!sameUnit || (to && changeLead.matchView(lead).hasMatch() && !rangeFrom.matchView(lead).hasMatch()))
            continue;
        low.span.end = high.span.end;
        low.high = high.value;
        low.unit = high.unit;
        low.currency = high.currency;
        out.removeAt(i + 1);
    }
    // Periods from each figure's sentence (figures are in text order).
    int next = 0;
    for (const TextSpan &line : layout.lines()) {
        if (next >= out.size())
            break;
        if (out.at(next).span.start >= line.end)
            continue;
        for (const TextSpan &sentence : layout.sentencesOf(line)) {
            const int begin = next;
            while (next < out.size() && out.at(next).span.start < sentence.end)
                ++next;
            const QList<Statistic> inSentence = out.mid(begin, next - begin);
            for (int i = begin; i < next; ++i) {
                if (out.at(i).unit != Statistic::Unit::Multiplier)
                    out[i].period = periodFor(text, out.at(i), tokens, sentence, inSentence);
            }
        }
    }
    return out;
}

} // namespace Dossier::Passes
