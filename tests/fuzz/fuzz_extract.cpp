// Fuzz target: the extractor (syntax definition, gazetteer and the passes)
// on arbitrary text.
#include "analysis/entityengine.h"
#include "fuzzsupport.h"

using namespace Dossier;

namespace {
const EntityEngine *s_engine = nullptr;

void requireInside(const TextSpan &span, const QString &text, bool optional = false)
{
    if (optional && !span.isValid())
        return;
    Fuzz::require(span.isValid() && span.end <= text.size(), "every span lies inside the text");
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***argv)
{
    Fuzz::start(*argv);
    // Never destroyed, like the application object's other globals.
    const EntityEngine *engine = new EntityEngine(nullptr, Fuzz::scratch().filePath(QStringLiteral("user")));
    if (!engine->isValid()) {
        qCritical("fuzz: the engine did not load: %s", qPrintable(engine->errorString()));
        std::abort();
    }
    s_engine = engine;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(Fuzz::bytes(data, size));
    const Extraction found = s_engine->extract(text);
    for (const BodyMention &b : found.bodies)
        requireInside(b.span, text);
    for (const Statistic &s : found.statistics)
        requireInside(s.span, text);
    for (const Attribution &a : found.attributions) {
        requireInside(a.speaker, text);
        requireInside(a.cue, text);
        requireInside(a.content, text, true);
    }
    for (const Change &c : found.changes)
        Fuzz::require(c.from >= 0 && c.from < found.statistics.size() && c.to >= 0 && c.to < found.statistics.size(),
                      "a change joins two statistics of the text");
    for (const TextSpan &f : found.furniture)
        requireInside(f, text);
    return 0;
}
