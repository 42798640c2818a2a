#pragma once

#include <QStringList>

namespace Dossier::Cli {

// True when the first argument names a command-line verb (`dossier VERB`).
bool isVerb(const QString &argument);

// True when the verb lays out text and so needs a QGuiApplication (it runs
// on the offscreen platform: no display needed).
bool needsGuiApplication(const QString &argument);

// A one-line description of each verb, for --help.
QString verbSummary();

// Runs `dossier VERB ...`; arguments as QCoreApplication::arguments().
// Prints results on stdout, one clear line on stderr on failure.
int run(const QStringList &arguments);

} // namespace Dossier::Cli
