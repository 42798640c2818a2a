#include "entityengine.h"

#include "passes.h"
#include "tokenizer.h"

#include "corpus/furniture.h"

#include <QCoreApplication>

namespace Dossier {

EntityEngine::EntityEngine(QObject *parent)
    : QObject(parent)
{
    m_repository.addCustomSearchPath(QStringLiteral(":/dossier"));
    m_definition = m_repository.definitionForName(QString::fromLatin1(DefinitionName));
    m_gazetteer = Gazetteer::load(Gazetteer::defaultLocation());
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
    Tokenizer tokenizer(m_definition);
    const QList<Token> tokens = tokenizer.tokenize(text);
    result.furniture = Furniture::detect(text);
    result.bodies = Passes::bodies(text, tokens, result.furniture, m_gazetteer);
    result.statistics = Passes::statistics(text, tokens, result.furniture);
    result.attributions = Passes::attributions(text, tokens, result.furniture, m_gazetteer);
    result.changes = Passes::changes(text, result.statistics);
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
