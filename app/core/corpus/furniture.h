#pragma once

#include "analysis/entities.h"

#include <QList>
#include <QString>

namespace Dossier::Furniture {

// Finds the page furniture of a web-clipped text: menus and breadcrumbs,
// share and login widgets, "Article 1 of 14", comment counts, lists of other
// headlines, footers and copyright lines. Works on whole lines and never
// changes the text; returns the furniture lines' spans (without line breaks),
// in order.
QList<TextSpan> detect(const QString &text);

// True when pos lies in one of the spans (sorted, as detect() returns them).
bool contains(const QList<TextSpan> &furniture, const TextSpan &span);

} // namespace Dossier::Furniture
