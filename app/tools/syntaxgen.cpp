// Build-time tool: writes Dossier's entity syntax definition from its
// template and the gazetteer.
//   dossier-syntaxgen TEMPLATE GAZETTEER_DIR OUTPUT VERSION
#include "analysis/definitionwriter.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: dossier-syntaxgen TEMPLATE GAZETTEER_DIR OUTPUT VERSION\n");
        return 2;
    }
    const Dossier::Result result = Dossier::DefinitionWriter::writeDefinition(args.at(1), args.at(2), args.at(3), args.at(4).toInt());
    if (!result) {
        std::fprintf(stderr, "dossier-syntaxgen: %s\n", qPrintable(result.error()));
        return 1;
    }
    return 0;
}
