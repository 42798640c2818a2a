// Writes PDFs with a real text layer for the PDF import figure: each text
// file given becomes OUTDIR/<its name>.pdf, set as plain text on A4 pages
// through QTextDocument and QPdfWriter (as a word processor's export would).
//   bench_pdfgen OUTDIR FILE...
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

#include <cstdio>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.size() < 2) {
        std::fputs("usage: bench_pdfgen OUTDIR FILE...\n", stderr);
        return 2;
    }
    const QDir out(arguments.first());
    if (!QDir().mkpath(out.path())) {
        std::fprintf(stderr, "bench_pdfgen: cannot make %s\n", qPrintable(out.path()));
        return 1;
    }
    for (const QString &path : arguments.mid(1)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "bench_pdfgen: cannot read %s\n", qPrintable(path));
            return 1;
        }
        QTextDocument document;
        document.setPlainText(QString::fromUtf8(file.readAll()));
        QPdfWriter writer(out.filePath(QFileInfo(path).completeBaseName() + QStringLiteral(".pdf")));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        document.print(&writer);
    }
    return 0;
}
