#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Dossier {

// A range of a text in UTF-16 code units (QString indexes), end exclusive.
// Code points appear only at the boundary (JSON, database, bundles).
struct TextSpan {
    int start = -1;
    int end = -1;

    bool isValid() const { return start >= 0 && end >= start; }
    int length() const { return end - start; }
    bool overlaps(const TextSpan &other) const { return start < other.end && other.start < end; }
    bool contains(int pos) const { return pos >= start && pos < end; }
    QString text(const QString &source) const { return isValid() ? source.mid(start, end - start) : QString(); }
    bool operator==(const TextSpan &o) const { return start == o.start && end == o.end; }
};

struct BodyMention {
    TextSpan span;
    QString canonical;    // empty when the body is not in the gazetteer
    QString jurisdiction; // ISO 3166 code, INT, or empty
};

struct Statistic {
    enum class Unit { Count, Percent, Money, Multiplier, PercentagePoints };
    TextSpan span;
    double value = 0;     // normalised: 5.08 million -> 5080000; 97% -> 97; sevenfold -> 7
    double high = 0;      // a range's upper end: "S$50,000 to S$2.6 million" -> 2600000 (value 50000); else 0
    Unit unit = Unit::Count;
    QString currency;     // ISO 4217 for money
    QString period;       // "FY2013", "2020" where the sentence states one
};

struct Attribution {
    TextSpan speaker;
    TextSpan cue;
    TextSpan content;     // invalid when the words said are not in the text
    QString speakerName;  // the named person or body the speaker resolves to
};

struct Change {
    int from = -1; // indexes into Extraction::statistics
    int to = -1;
    QString fromPeriod;
    QString toPeriod;
    QString statedMultiplier; // as written ("sevenfold"), or empty
    double statedRatio = 0;   // 0 when none is stated
    double ratio = 0;         // to / from
    bool disagrees = false;   // stated and computed ratios differ beyond rounding
};

// Everything the engine finds in one text.
struct Extraction {
    QList<BodyMention> bodies;
    QList<Statistic> statistics;
    QList<Attribution> attributions;
    QList<Change> changes;
    QList<TextSpan> furniture; // page-furniture lines
};

QString unitName(Statistic::Unit unit);

} // namespace Dossier

Q_DECLARE_METATYPE(Dossier::Extraction)
