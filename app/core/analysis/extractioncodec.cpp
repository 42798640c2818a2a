#include "extractioncodec.h"

#include <QCborArray>
#include <QCborStreamWriter>
#include <QCborValue>

namespace Dossier::ExtractionCodec {

namespace {

TextSpan span(const QCborValue &v)
{
    const QCborArray a = v.toArray();
    return {int(a.at(0).toInteger(-1)), int(a.at(1).toInteger(-1))};
}

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
    w.append(qint64(1));
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
        w.startArray(5);
        span(s.span);
        w.append(s.value);
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

std::optional<Extraction> decode(const QByteArray &data)
{
    const QCborArray root = QCborValue::fromCbor(data).toArray();
    if (root.size() != 6 || root.at(0).toInteger() != 1)
        return std::nullopt;
    Extraction x;
    for (const QCborValue &v : root.at(1).toArray()) {
        const QCborArray a = v.toArray();
        x.bodies.append({span(a.at(0)), a.at(1).toString(), a.at(2).toString()});
    }
    for (const QCborValue &v : root.at(2).toArray()) {
        const QCborArray a = v.toArray();
        Statistic s;
        s.span = span(a.at(0));
        s.value = a.at(1).toDouble();
        const qint64 unit = a.at(2).toInteger();
        if (unit < 0 || unit > int(Statistic::Unit::PercentagePoints))
            return std::nullopt;
        s.unit = Statistic::Unit(unit);
        s.currency = a.at(3).toString();
        s.period = a.at(4).toString();
        x.statistics.append(s);
    }
    for (const QCborValue &v : root.at(3).toArray()) {
        const QCborArray a = v.toArray();
        x.attributions.append({span(a.at(0)), span(a.at(1)), span(a.at(2)), a.at(3).toString()});
    }
    for (const QCborValue &v : root.at(4).toArray()) {
        const QCborArray a = v.toArray();
        Change c;
        c.from = int(a.at(0).toInteger(-1));
        c.to = int(a.at(1).toInteger(-1));
        if (c.from < 0 || c.to < 0 || c.from >= x.statistics.size() || c.to >= x.statistics.size())
            return std::nullopt;
        c.fromPeriod = a.at(2).toString();
        c.toPeriod = a.at(3).toString();
        c.statedMultiplier = a.at(4).toString();
        c.statedRatio = a.at(5).toDouble();
        c.ratio = a.at(6).toDouble();
        c.disagrees = a.at(7).toBool();
        x.changes.append(c);
    }
    for (const QCborValue &v : root.at(5).toArray())
        x.furniture.append(span(v));
    for (const BodyMention &b : x.bodies) {
        if (!valid(b.span))
            return std::nullopt;
    }
    return x;
}

} // namespace Dossier::ExtractionCodec
