#include "extractioncodec.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>

namespace Dossier::ExtractionCodec {

namespace {

QCborArray span(const TextSpan &s)
{
    return {s.start, s.end};
}

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

QByteArray encode(const Extraction &x)
{
    QCborArray bodies;
    for (const BodyMention &b : x.bodies)
        bodies.append(QCborArray{span(b.span), b.canonical, b.jurisdiction});
    QCborArray stats;
    for (const Statistic &s : x.statistics)
        stats.append(QCborArray{span(s.span), s.value, int(s.unit), s.currency, s.period});
    QCborArray attrs;
    for (const Attribution &a : x.attributions)
        attrs.append(QCborArray{span(a.speaker), span(a.cue), span(a.content), a.speakerName});
    QCborArray changes;
    for (const Change &c : x.changes)
        changes.append(QCborArray{c.from, c.to, c.fromPeriod, c.toPeriod, c.statedMultiplier, c.statedRatio, c.ratio, c.disagrees});
    QCborArray furniture;
    for (const TextSpan &f : x.furniture)
        furniture.append(span(f));
    return QCborArray{1, bodies, stats, attrs, changes, furniture}.toCborValue().toCbor();
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
