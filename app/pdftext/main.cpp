// dossier-pdftext FILE: prints the text of a PDF as UTF-8 on standard
// output, read by PdfReader. Its exit status is a PdfReader::Status. Dossier
// runs it in a process of its own with a time limit (PdfConverter::textOf);
// it is not meant to be run by hand.
#include "corpus/pdfreader.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace Dossier;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        std::fputs("usage: dossier-pdftext FILE.pdf\n", stderr);
        return int(PdfReader::Status::Unreadable);
    }
    const PdfReader::Result result = PdfReader::read(arguments.at(1));
    if (result.status == PdfReader::Status::Ok) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(result.text.toUtf8()) < 0 || !out.flush())
            return int(PdfReader::Status::Unreadable);
    }
    return int(result.status);
}
