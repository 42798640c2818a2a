#include "clicontext.h"
#include "verbs.h"

#include "analysis/entityengine.h"
#include "analysis/extractionjson.h"
#include "corpus/textdecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Dossier::Cli {

int runExtract(Context &context)
{
    context.parser().addPositionalArgument(QStringLiteral("file"), tr("A UTF-8 text file."));
    if (!context.parse())
        return context.exitCode();
    const QStringList files = context.parser().positionalArguments();
    if (files.size() != 1)
        return Context::fail(tr("extract needs exactly one FILE."));
    QFile file(files.first());
    if (!file.open(QIODevice::ReadOnly))
        return Context::fail(tr("cannot read %1: %2").arg(files.first(), file.errorString()));
    const Expected<QString> text = TextDecoder::decodeUtf8(file.readAll());
    if (!text)
        return Context::fail(tr("%1: %2").arg(files.first(), text.error()));

    EntityEngine engine;
    if (!engine.isValid())
        return Context::fail(engine.errorString());
    const Extraction extraction = engine.extract(*text);
    if (context.json()) {
        Context::printJson(ExtractionJson::toJson(QFileInfo(files.first()).fileName(), *text, extraction));
        return 0;
    }
    for (const BodyMention &b : extraction.bodies)
        Context::print(QStringLiteral("body\t%1\t%2").arg(b.span.text(*text), b.canonical));
    for (const Statistic &s : extraction.statistics) {
        const QString value = s.high != 0 ? QStringLiteral("%1\u2013%2").arg(s.value).arg(s.high) : QString::number(s.value);
        Context::print(QStringLiteral("stat\t%1\t%2 %3").arg(s.span.text(*text), value, unitName(s.unit)));
    }
    for (const Attribution &a : extraction.attributions)
        Context::print(QStringLiteral("attr\t%1\t%2\t%3").arg(a.speaker.text(*text), a.cue.text(*text), a.speakerName));
    for (const Change &c : extraction.changes)
        Context::print(QStringLiteral("change\t%1 -> %2\tx%3\t%4")
                           .arg(extraction.statistics.at(c.from).span.text(*text), extraction.statistics.at(c.to).span.text(*text))
                           .arg(c.ratio, 0, 'f', 1)
                           .arg(c.statedMultiplier));
    return 0;
}

} // namespace Dossier::Cli
