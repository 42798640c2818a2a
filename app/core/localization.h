#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Dossier {

// Which language the application speaks and the translators that make it:
// Dossier's own (embedded as :/i18n/dossier_CODE.qm) and Qt's (qtbase_CODE.qm
// from Qt's translations folder, for standard dialogs and buttons).
class Localization
{
public:
    // The languages Dossier ships, as codes ("en", "ja", "de").
    static QStringList languages();
    // The code to use: the override when it names a shipped language, else
    // the first of the system's UI languages that is shipped, else English.
    static QString resolve(const QString &override, const QStringList &uiLanguages = QLocale().uiLanguages());
    // Installs the translators for code on the application (their parent).
    // Returns false when Dossier's own translation could not be loaded.
    static bool install(QCoreApplication *app, const QString &code);
};

} // namespace Dossier
