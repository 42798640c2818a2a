#pragma once

#include "analysis/entities.h"
#include "corpus/document.h"

#include <QColor>
#include <QDate>
#include <QList>
#include <QPageSize>
#include <QStringList>

namespace Dossier {

// What a briefing is made of: the user's choices and the material.
struct BriefingOptions {
    enum class Section { Summary, KeyFigures, WhoSaidWhat, Bodies, AnnotatedPassages, Sources };

    QString title;
    QString subtitle;
    QString author;
    QDate date = QDate::currentDate();
    QString scope;          // which documents or tags, in words
    QString classification; // e.g. "For internal use"; empty for none
    QString summary;        // the executive summary, plain text with paragraphs
    QList<Section> sections = {Section::Summary, Section::KeyFigures, Section::WhoSaidWhat,
                               Section::Bodies, Section::AnnotatedPassages, Section::Sources};
    QPageSize::PageSizeId paper = QPageSize::A4;
    bool includePrivate = false;

    static QString sectionName(Section section);
};

// An annotated passage for the briefing: the user's highlight and note.
struct BriefingPassage {
    qint64 documentId = 0;
    QString quote;
    QString note;
    QStringList tags;
    QColor colour;
    bool isPrivate = false;
};

// One source document with what the engine found in it.
struct BriefingSource {
    Document document;
    Extraction extraction;
};

struct BriefingMaterial {
    QList<BriefingSource> sources;
    QList<BriefingPassage> passages;
};

} // namespace Dossier
