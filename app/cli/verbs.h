#pragma once

namespace Dossier::Cli {

class Context;

int runList(Context &context);
int runExtract(Context &context);
int runAnalyze(Context &context);
int runMentions(Context &context);
int runMarkBody(Context &context);
int runBrief(Context &context);
int runImport(Context &context);
int runSearch(Context &context);
int runAnnotate(Context &context);
int runAnnotations(Context &context);
int runTags(Context &context);
int runTagEntities(Context &context);
int runExport(Context &context);
int runImportBundle(Context &context);

} // namespace Dossier::Cli
