#pragma once

#include "analysis/entities.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Dossier {

// What a text says about itself: its title, publisher, publication date,
// language (ISO 639-1) and kind ("news-article",
// "press-conference-transcript" or empty). Detected from the text alone, by
// general rules about web-clipped news and government pages; a field stays
// empty when the text does not tell.
struct Metadata {
    QString title;
    QString publisher;
    QDate date;
    QString language;
    QString kind;

    bool isEmpty() const { return title.isEmpty() && publisher.isEmpty() && !date.isValid() && language.isEmpty(); }

    static Metadata detect(const QString &text);
    // The same for the page furniture already found in text
    // (Furniture::detect(text), which the importer also hands the store).
    static Metadata detect(const QString &text, const QList<TextSpan> &furniture);

    // The first calendar date written in s, in any of the forms news pages
    // use ("Thursday, Oct. 27, 2011", "20 September 2012", "2015-02-03
    // 15:00:00", "2015/02/03", "2015年2月3日"); invalid when there is none.
    static QDate parseDate(const QString &s, int *position = nullptr);
    // The ISO 639-1 code of the text's language, or empty when unsure.
    static QString detectLanguage(const QString &text);
};

} // namespace Dossier
