// dossier-pdftext: reads PDFs' text for Dossier in a process of its own, so
// that Dossier can bound the time PDFium takes and survive its crashes
// (PdfConverter::textOf). Reads file paths from standard input, each ended
// by a NUL byte; for each, writes a line "STATUS LENGTH" (STATUS a
// PdfReader::Status, LENGTH in bytes) and then the text as LENGTH bytes of
// UTF-8 (none unless STATUS is 0). Ends at the end of its input. Not meant to
// be run by hand; to try it: printf 'file.pdf\0' | dossier-pdftext
#include "corpus/pdfreader.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <iostream>
#include <string>

#include <unistd.h>

using namespace Dossier;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 1) {
        std::fputs("usage: dossier-pdftext < PATHS (each ended by a NUL byte)\n", stderr);
        return 2;
    }
    // The answers get a stream of their own; whatever a library prints on
    // standard output goes to standard error and cannot garble them.
    const int answerFd = ::dup(STDOUT_FILENO);
    std::FILE *answers = answerFd < 0 ? nullptr : ::fdopen(answerFd, "w");
    if (!answers || ::dup2(STDERR_FILENO, STDOUT_FILENO) < 0) {
        std::perror("dossier-pdftext");
        return 1;
    }
    std::string path;
    while (std::getline(std::cin, path, '\0')) {
        const PdfReader::Result result = PdfReader::read(QFile::decodeName(path.c_str()));
        const QByteArray text = result.status == PdfReader::Status::Ok ? result.text.toUtf8() : QByteArray();
        std::fprintf(answers, "%d %lld\n", int(result.status), static_cast<long long>(text.size()));
        if (std::fwrite(text.constData(), 1, size_t(text.size()), answers) != size_t(text.size()) || std::fflush(answers) != 0)
            return 1;
    }
    return 0;
}
