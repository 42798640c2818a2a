#pragma once

namespace Dossier::Cli {

class Context;

int runList(Context &context);
int runExtract(Context &context);

} // namespace Dossier::Cli
