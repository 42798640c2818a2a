#include "localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcLocalization, "dossier.localization")

namespace Dossier {

QStringList Localization::languages()
{
    return {QStringLiteral("en"), QStringLiteral("ja"), QStringLiteral("de")};
}

QString Localization::resolve(const QString &override, const QStringList &uiLanguages)
{
    const QStringList shipped = languages();
    const QString wanted = override.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
    if (shipped.contains(wanted))
        return wanted;
    for (const QString &ui : uiLanguages) {
        const QString code = ui.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (shipped.contains(code))
            return code;
    }
    return QStringLiteral("en");
}

bool Localization::install(QCoreApplication *app, const QString &code)
{
    // English needs its translation too: it holds the plural forms
    // ("%n document(s)" -> "1 document", "2 documents").
    auto *own = new QTranslator(app);
    const bool loaded = own->load(QStringLiteral(":/i18n/dossier_%1.qm").arg(code));
    if (loaded)
        QCoreApplication::installTranslator(own);
    else
        qCWarning(lcLocalization) << "no translation for" << code;
    if (code != QLatin1String("en")) {
        auto *qt = new QTranslator(app);
        if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            qCWarning(lcLocalization) << "no Qt translation for" << code;
    }
    // Dates and numbers follow the language shown, so a Japanese screen does
    // not mix in an English date. English keeps the system's formats.
    if (code != QLatin1String("en") && QLocale().language() != QLocale(code).language())
        QLocale::setDefault(QLocale(code));
    return loaded;
}

} // namespace Dossier
