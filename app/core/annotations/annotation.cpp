#include "annotation.h"

#include "textoffsets.h"

namespace Dossier {

bool Annotation::operator==(const Annotation &o) const
{
    return id == o.id && uuid == o.uuid && documentId == o.documentId && start == o.start && end == o.end
        && exact == o.exact && prefix == o.prefix && suffix == o.suffix && note == o.note && colour == o.colour
        && isPrivate == o.isPrivate && created == o.created && modified == o.modified && tagIds == o.tagIds
        && anchor == o.anchor && previousExact == o.previousExact;
}

Annotation Annotation::forRange(qint64 documentId, const QString &text, qint64 start, qint64 end)
{
    const TextOffsets offsets(text);
    const qsizetype from = offsets.toUtf16(start);
    const qsizetype to = offsets.toUtf16(end);
    if (from < 0 || to < 0 || to <= from)
        return {};
    const qsizetype before = offsets.toUtf16(qMax<qint64>(0, start - ContextLength));
    const qsizetype after = offsets.toUtf16(qMin<qint64>(offsets.codePointLength(), end + ContextLength));
    Annotation a;
    a.documentId = documentId;
    a.start = start;
    a.end = end;
    a.exact = text.mid(from, to - from);
    a.prefix = text.mid(before, from - before);
    a.suffix = text.mid(to, after - to);
    return a;
}

} // namespace Dossier
