#pragma once

namespace Dossier::Cli {

class Context;

int runList(Context &context);
int runExtract(Context &context);
int runAnnotate(Context &context);
int runAnnotations(Context &context);
int runTags(Context &context);

} // namespace Dossier::Cli
