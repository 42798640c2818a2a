#include "clicontext.h"
#include "verbs.h"

namespace Dossier::Cli {

int runExtract(Context &context)
{
    if (!context.parse())
        return context.exitCode();
    return Context::fail(QStringLiteral("extract: not built yet"));
}

} // namespace Dossier::Cli
