#include "extractionjson.h"

#include "textoffsets.h"

#include <QJsonArray>

namespace Dossier::ExtractionJson {

namespace {

QJsonValue span(const QString &text, const TextOffsets &cp, const TextSpan &s)
{
    if (!s.isValid())
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("start"), qint64(cp.toCodePoint(s.start))},
                       {QStringLiteral("end"), qint64(cp.toCodePoint(s.end))},
                       {QStringLiteral("text"), s.text(text)}};
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

QJsonObject toJson(const QString &fileName, const QString &text, const Extraction &x)
{
    const TextOffsets cp(text);
    QJsonArray bodies;
    for (const BodyMention &b : x.bodies) {
        QJsonObject o = span(text, cp, b.span).toObject();
        o.insert(QStringLiteral("canonical"), orNull(b.canonical));
        o.insert(QStringLiteral("jurisdiction"), orNull(b.jurisdiction));
        bodies.append(o);
    }
    QJsonArray stats;
    for (const Statistic &s : x.statistics) {
        QJsonObject o = span(text, cp, s.span).toObject();
        o.insert(QStringLiteral("value"), s.value);
        if (s.high != 0)
            o.insert(QStringLiteral("high"), s.high);
        o.insert(QStringLiteral("unit"), unitName(s.unit));
        if (!s.currency.isEmpty())
            o.insert(QStringLiteral("currency"), s.currency);
        o.insert(QStringLiteral("period"), orNull(s.period));
        stats.append(o);
    }
    QJsonArray attrs;
    for (const Attribution &a : x.attributions) {
        attrs.append(QJsonObject{{QStringLiteral("speaker"), span(text, cp, a.speaker)},
                                 {QStringLiteral("cue"), span(text, cp, a.cue)},
                                 {QStringLiteral("content"), span(text, cp, a.content)},
                                 {QStringLiteral("speaker_name"), orNull(a.speakerName)}});
    }
    QJsonArray changes;
    for (const Change &c : x.changes) {
        QJsonObject o{{QStringLiteral("from"), span(text, cp, x.statistics.at(c.from).span)},
                      {QStringLiteral("to"), span(text, cp, x.statistics.at(c.to).span)},
                      {QStringLiteral("from_period"), orNull(c.fromPeriod)},
                      {QStringLiteral("to_period"), orNull(c.toPeriod)},
                      {QStringLiteral("stated_multiplier"), orNull(c.statedMultiplier)},
                      {QStringLiteral("ratio"), c.ratio},
                      {QStringLiteral("disagrees"), c.disagrees}};
        changes.append(o);
    }
    QJsonArray furniture;
    for (const TextSpan &f : x.furniture)
        furniture.append(QJsonObject{{QStringLiteral("start"), qint64(cp.toCodePoint(f.start))}, {QStringLiteral("end"), qint64(cp.toCodePoint(f.end))}});
    return QJsonObject{{QStringLiteral("file"), fileName},     {QStringLiteral("body"), bodies},
                       {QStringLiteral("stat"), stats},        {QStringLiteral("attr"), attrs},
                       {QStringLiteral("change"), changes},    {QStringLiteral("furniture"), furniture}};
}

} // namespace Dossier::ExtractionJson
