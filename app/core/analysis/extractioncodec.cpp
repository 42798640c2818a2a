#include "extractioncodec.h"

#include <QCborStreamReader>
#include <QCborStreamWriter>

#include <climits>

namespace Dossier::ExtractionCodec {

namespace {

// The format's version: 2 added each statistic's upper end of a range.
constexpr qint64 kVersion = 2;

bool valid(const TextSpan &s)
{
    return s.start >= -1 && s.end >= s.start;
}

} // namespace

// Written straight to the stream: building the same QCborArray tree first
// took most of the writer thread's time. The bytes are the same.
QByteArray encode(const Extraction &x)
{
    QByteArray data;
    QCborStreamWriter w(&data);
    auto span = [&w](const TextSpan &s) {
        w.startArray(2);
        w.append(qint64(s.start));
        w.append(qint64(s.end));
        w.endArray();
    };
    w.startArray(6);
    w.append(qint64(kVersion));
    w.startArray(quint64(x.bodies.size()));
    for (const BodyMention &b : x.bodies) {
        w.startArray(3);
        span(b.span);
        w.append(b.canonical);
        w.append(b.jurisdiction);
        w.endArray();
    }
    w.endArray();
    w.startArray(quint64(x.statistics.size()));
    for (const Statistic &s : x.statistics) {
        w.startArray(6);
        span(s.span);
        w.append(s.value);
        w.append(s.high);
        w.append(qint64(s.unit));
        w.append(s.currency);
        w.append(s.period);
        w.endArray();
    }
    w.endArray();
    w.startArray(quint64(x.attributions.size()));
    for (const Attribution &a : x.attributions) {
        w.startArray(4);
        span(a.speaker);
        span(a.cue);
        span(a.content);
        w.append(a.speakerName);
        w.endArray();
    }
    w.endArray();
    w.startArray(quint64(x.changes.size()));
    for (const Change &c : x.changes) {
        w.startArray(8);
        w.append(qint64(c.from));
        w.append(qint64(c.to));
        w.append(c.fromPeriod);
        w.append(c.toPeriod);
        w.append(c.statedMultiplier);
        w.append(c.statedRatio);
        w.append(c.ratio);
        w.append(c.disagrees);
        w.endArray();
    }
    w.endArray();
    w.startArray(quint64(x.furniture.size()));
    for (const TextSpan &f : x.furniture)
        span(f);
    w.endArray();
    w.endArray();
    return data;
}

namespace {

// Reads what encode() writes, in the same order, and fails on anything
// else (a damaged cache entry reads as none). Read from the stream, not
// through a QCborValue tree: a library's timeline decodes every entry.
class Reader
{
public:
    explicit Reader(const QByteArray &data)
        : m_stream(data)
        , m_size(data.size())
    {
    }

    bool failed() const { return m_failed || m_stream.lastError() != QCborError::NoError; }

    // An array of exactly n items (n < 0: any length, stored in *length;
    // never more items than bytes, whatever a damaged entry claims).
    bool enter(qint64 n, qint64 *length = nullptr)
    {
        if (!m_stream.isArray() || !m_stream.isLengthKnown() || (n >= 0 && qint64(m_stream.length()) != n)
            || m_stream.length() > quint64(m_size))
            return fail();
        if (length)
            *length = qint64(m_stream.length());
        return m_stream.enterContainer() || fail();
    }
    bool leave() { return (!m_stream.hasNext() && m_stream.leaveContainer()) || fail(); }

    bool integer(qint64 *value)
    {
        if (!m_stream.isInteger())
            return fail();
        *value = m_stream.toInteger();
        return m_stream.next() || fail();
    }
    bool integer(int *value)
    {
        qint64 v = 0;
        if (!integer(&v) || v < INT_MIN || v > INT_MAX)
            return fail();
        *value = int(v);
        return true;
    }
    bool number(double *value)
    {
        if (!m_stream.isDouble())
            return fail();
        *value = m_stream.toDouble();
        return m_stream.next() || fail();
    }
    bool boolean(bool *value)
    {
        if (!m_stream.isBool())
            return fail();
        *value = m_stream.toBool();
        return m_stream.next() || fail();
    }
    bool string(QString *value)
    {
        if (!m_stream.isString())
            return fail();
        value->clear();
        auto chunk = m_stream.readString();
        while (chunk.status == QCborStreamReader::Ok) {
            value->append(chunk.data);
            chunk = m_stream.readString();
        }
        return chunk.status == QCborStreamReader::EndOfString || fail();
    }
    bool span(TextSpan *s) { return enter(2) && integer(&s->start) && integer(&s->end) && leave(); }

private:
    bool fail()
    {
        m_failed = true;
        return false;
    }

    QCborStreamReader m_stream;
    qsizetype m_size;
    bool m_failed = false;
};

} // namespace

std::optional<Extraction> decode(const QByteArray &data)
{
    Reader r(data);
    Extraction x;
    qint64 version = 0;
    qint64 n = 0;
    if (!r.enter(6) || !r.integer(&version) || version != kVersion)
        return std::nullopt;
    if (!r.enter(-1, &n))
        return std::nullopt;
    x.bodies.resize(n);
    for (BodyMention &b : x.bodies) {
        if (!r.enter(3) || !r.span(&b.span) || !r.string(&b.canonical) || !r.string(&b.jurisdiction) || !r.leave() || !valid(b.span))
            return std::nullopt;
    }
    if (!r.leave() || !r.enter(-1, &n))
        return std::nullopt;
    x.statistics.resize(n);
    for (Statistic &s : x.statistics) {
        qint64 unit = -1;
        if (!r.enter(6) || !r.span(&s.span) || !r.number(&s.value) || !r.number(&s.high) || !r.integer(&unit) || !r.string(&s.currency) || !r.string(&s.period)
            || !r.leave() || unit < 0 || unit > int(Statistic::Unit::PercentagePoints))
            return std::nullopt;
        s.unit = Statistic::Unit(unit);
    }
    if (!r.leave() || !r.enter(-1, &n))
        return std::nullopt;
    x.attributions.resize(n);
    for (Attribution &a : x.attributions) {
        if (!r.enter(4) || !r.span(&a.speaker) || !r.span(&a.cue) || !r.span(&a.content) || !r.string(&a.speakerName) || !r.leave())
            return std::nullopt;
    }
    if (!r.leave() || !r.enter(-1, &n))
        return std::nullopt;
    x.changes.resize(n);
    for (Change &c : x.changes) {
        if (!r.enter(8) || !r.integer(&c.from) || !r.integer(&c.to) || !r.string(&c.fromPeriod) || !r.string(&c.toPeriod)
            || !r.string(&c.statedMultiplier) || !r.number(&c.statedRatio) || !r.number(&c.ratio) || !r.boolean(&c.disagrees) || !r.leave())
            return std::nullopt;
        if (c.from < 0 || c.to < 0 || c.from >= x.statistics.size() || c.to >= x.statistics.size())
            return std::nullopt;
    }
    if (!r.leave() || !r.enter(-1, &n))
        return std::nullopt;
    x.furniture.resize(n);
    for (TextSpan &f : x.furniture) {
        if (!r.span(&f))
            return std::nullopt;
    }
    if (!r.leave() || !r.leave() || r.failed())
        return std::nullopt;
    return x;
}

} // namespace Dossier::ExtractionCodec
