#include "entityengine.h"

#include "passes.h"
#include "tokenizer.h"

#include "corpus/furniture.h"

#include "definitionwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <memory>

namespace Dossier {

namespace {

QString userGazetteerPath(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("gazetteer/bodies.tsv"));
}

} // namespace

EntityEngine::EntityEngine(QObject *parent, const QString &userDirectory)
    : QObject(parent)
    , m_userDirectory(userDirectory)
{
    m_repository.addCustomSearchPath(QStringLiteral(":/dossier"));
    // A user definition has a higher version than the built-in one, so the
    // repository prefers it.
    if (!m_userDirectory.isEmpty())
        m_repository.addCustomSearchPath(m_userDirectory);
    if (!m_userDirectory.isEmpty())
        m_userBodies = Gazetteer::load(QFileInfo(userGazetteerPath(m_userDirectory)).absolutePath()).bodies();
    load();
}

const EntityEngine &EntityEngine::forThisThread()
{
    thread_local std::unique_ptr<EntityEngine> engine;
    if (!engine)
        engine = std::make_unique<EntityEngine>();
    return *engine;
}

QString EntityEngine::defaultUserDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

void EntityEngine::load()
{
    m_definition = m_repository.definitionForName(QString::fromLatin1(DefinitionName));
    m_gazetteer = Gazetteer::load(Gazetteer::defaultLocation());
    for (const Gazetteer::Body &body : std::as_const(m_userBodies))
        m_gazetteer.addBody(body);
}

Result EntityEngine::addUserBody(const QString &name, const QString &canonical, const QString &jurisdiction)
{
    const QString written = name.simplified();
    if (written.isEmpty() || written.contains(QLatin1Char('\t')) || written.size() > 200)
        return Result::failure(QCoreApplication::translate("Dossier::EntityEngine", "A body's name must be a short line of text."));
    if (m_userDirectory.isEmpty())
        return Result::failure(QCoreApplication::translate("Dossier::EntityEngine", "There is no folder for user data."));

    QList<Gazetteer::Body> bodies = m_userBodies;
    bodies.append({canonical.simplified().isEmpty() ? written : canonical.simplified(), jurisdiction.simplified(), {written}});

    // The user's gazetteer, in the format of the built-in one.
    const QString gazetteerPath = userGazetteerPath(m_userDirectory);
    QDir().mkpath(QFileInfo(gazetteerPath).absolutePath());
    QSaveFile tsv(gazetteerPath);
    if (!tsv.open(QIODevice::WriteOnly))
        return Result::failure(QCoreApplication::translate("Dossier::EntityEngine", "Cannot write %1.").arg(gazetteerPath));
    tsv.write("# Bodies marked by the user in Dossier: canonical<TAB>jurisdiction<TAB>aliases\n");
    for (const Gazetteer::Body &b : std::as_const(bodies))
        tsv.write(QStringLiteral("%1\t%2\t%3\n").arg(b.canonical, b.jurisdiction, b.aliases.join(QStringLiteral(" | "))).toUtf8());
    if (!tsv.commit())
        return Result::failure(QCoreApplication::translate("Dossier::EntityEngine", "Cannot write %1.").arg(gazetteerPath));

    // The definition with the user's bodies, from the built-in template.
    Gazetteer all = Gazetteer::load(Gazetteer::defaultLocation());
    for (const Gazetteer::Body &b : std::as_const(bodies))
        all.addBody(b);
    QFile templ(QStringLiteral(":/dossier/syntax-template/dossier-entities.xml.in"));
    if (!templ.open(QIODevice::ReadOnly))
        return Result::failure(QCoreApplication::translate("Dossier::EntityEngine", "The entity syntax definition could not be loaded."));
    const int version = BuiltInDefinitionVersion * 100000 + int(bodies.size());
    const QString xml = DefinitionWriter::fill(QString::fromUtf8(templ.readAll()), all.matchForms(), version);
    const QString definitionPath = QDir(m_userDirectory).filePath(QStringLiteral("syntax/dossier-entities.xml"));
    QDir().mkpath(QFileInfo(definitionPath).absolutePath());
    QSaveFile out(definitionPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(xml.toUtf8()) < 0 || !out.commit())
        return Result::failure(QCoreApplication::translate("Dossier::EntityEngine", "Cannot write %1.").arg(definitionPath));

    m_userBodies = bodies;
    m_repository.reload();
    load();
    Q_EMIT definitionChanged();
    return Result::success();
}

QString EntityEngine::errorString() const
{
    if (!m_definition.isValid())
        return QCoreApplication::translate("Dossier::EntityEngine", "The entity syntax definition could not be loaded.");
    if (!m_gazetteer.isValid())
        return QCoreApplication::translate("Dossier::EntityEngine", "The gazetteer of government bodies could not be loaded.");
    return {};
}

Extraction EntityEngine::extract(const QString &text) const
{
    Extraction result;
    result.furniture = Furniture::detect(text);
    Tokenizer tokenizer(m_definition);
    QList<Token> tokens = tokenizer.tokenize(text, result.furniture);
    Passes::completeBodyNames(text, tokens, m_gazetteer, tokenizer);
    Passes::completeNumberPhrases(text, tokens);
    const TextScan::Layout layout(text);
    result.bodies = Passes::bodies(layout, tokens, result.furniture, m_gazetteer);
    result.statistics = Passes::statistics(layout, tokens, result.furniture);
    // A currency's code is no body inside a sum: "MVR 31.2 million" is
    // rufiyaa, not Bulgaria's interior ministry.
    result.bodies.removeIf([&result](const BodyMention &b) {
        return std::any_of(result.statistics.cbegin(), result.statistics.cend(), [&b](const Statistic &s) {
            return s.unit == Statistic::Unit::Money && s.span.start <= b.span.start && b.span.end <= s.span.end;
        });
    });
    result.attributions = Passes::attributions(layout, tokens, result.furniture, m_gazetteer);
    Passes::nameBodySpeakers(text, result.attributions, result.bodies, m_gazetteer);
    result.changes = Passes::changes(layout, result.statistics);
    return result;
}

QString unitName(Statistic::Unit unit)
{
    switch (unit) {
    case Statistic::Unit::Count:
        return QStringLiteral("count");
    case Statistic::Unit::Percent:
        return QStringLiteral("percent");
    case Statistic::Unit::Money:
        return QStringLiteral("money");
    case Statistic::Unit::Multiplier:
        return QStringLiteral("multiplier");
    case Statistic::Unit::PercentagePoints:
        return QStringLiteral("percentage points");
    }
    return {};
}

} // namespace Dossier
