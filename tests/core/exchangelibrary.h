#pragma once

// A small library with what exchange formats find hard: an emoji before
// the annotations (code points differ from UTF-16), CRLF line ends, a text
// opening with a byte-order mark, commas and quotes in titles and notes,
// nested coloured tags, document tags and a private annotation.
#include "testlibrary.h"

#include "annotations/annotationeditor.h"
#include "store/documentstore.h"
#include "store/tagstore.h"
#include "textoffsets.h"

#include <QCryptographicHash>
#include <QFile>

namespace Dossier::Test {

inline const QString kNewsText = QStringLiteral("\U0001F4F0 Kato said NISC warned banks.\r\nLater NISC warned ports.\r\nThe end.\r\n");
// (A leading U+FEFF cannot be stored: SQLite drops it; ExportText covers it.)
inline const QString kOddText = QStringLiteral("The Diet\uFEFF debated\fcyber defence on Tuesday.\rIt passed.");
inline const QString kPlainText = QStringLiteral("=SUM(A1) is not a formula here, said the \"analyst\", twice.");

struct ExchangeLibrary {
    qint64 news = 0;
    qint64 bom = 0;
    qint64 plain = 0;
    qint64 privateAnnotation = 0;

    static qint64 addDocument(Library &lib, const QString &text, const QString &title, const QString &publisher, const QDate &date)
    {
        Document d;
        d.text = text;
        d.title = title;
        d.publisher = publisher;
        d.publishedOn = date;
        d.language = QStringLiteral("en");
        d.kind = QStringLiteral("news");
        d.sourceName = title + QStringLiteral(".txt");
        const Expected<qint64> id = DocumentStore(lib.database()).add(d);
        return id ? *id : 0;
    }

    // Annotates the occurrence-th match of quote.
    static qint64 annotate(AnnotationEditor &editor, qint64 document, const QString &text, const QString &quote, int occurrence,
                           const QString &note, const QStringList &tags, const QString &colour, bool isPrivate = false)
    {
        qsizetype at = -1;
        for (int i = 0; i < occurrence; ++i)
            at = text.indexOf(quote, at + 1);
        const TextOffsets offsets(text);
        Annotation a = Annotation::forRange(document, text, offsets.toCodePoint(at), offsets.toCodePoint(at + quote.size()));
        a.note = note;
        a.colour = colour;
        a.isPrivate = isPrivate;
        const Expected<qint64> id = editor.addAnnotation(a, tags);
        return id ? *id : 0;
    }

    bool populate(Library &lib)
    {
        news = addDocument(lib, kNewsText, QStringLiteral("Kato on NISC"), QStringLiteral("Kyodo"), QDate(2013, 5, 1));
        bom = addDocument(lib, kOddText, QStringLiteral("Diet, \"cyber\" debate"), QStringLiteral("NHK"), QDate(2015, 6, 2));
        plain = addDocument(lib, kPlainText, QStringLiteral("Formulae"), QString(), QDate());
        AnnotationEditor editor(lib.database());
        bool ok = news && bom && plain;
        ok = ok && annotate(editor, news, kNewsText, QStringLiteral("NISC warned banks."), 1, QStringLiteral("banks, first"),
                            {QStringLiteral("policy/deterrence"), QStringLiteral("actors")}, QStringLiteral("green"));
        // Spans a CRLF: its end moves by one when the CR is dropped.
        ok = ok && annotate(editor, news, kNewsText, QStringLiteral("banks.\r\nLater"), 1, QString(), {QStringLiteral("actors")}, QStringLiteral("blue"));
        ok = ok && annotate(editor, news, kNewsText, QStringLiteral("ports"), 1, QStringLiteral("a \"quoted\"\nnote"), {}, QStringLiteral("yellow"));
        ok = ok && annotate(editor, bom, kOddText, QStringLiteral("cyber defence"), 1, QStringLiteral("=1+1"), {QStringLiteral("policy")}, QStringLiteral("pink"));
        ok = ok && annotate(editor, plain, kPlainText, QStringLiteral("=SUM(A1)"), 1, QString(), {}, QStringLiteral("orange"));
        privateAnnotation = annotate(editor, plain, kPlainText, QStringLiteral("twice"), 1, QStringLiteral("my own"), {QStringLiteral("secret")},
                                     QStringLiteral("purple"), true);
        ok = ok && privateAnnotation;
        TagStore tags(lib.database());
        ok = ok && tags.setColour(tags.byPath(QStringLiteral("policy/deterrence")).id, QStringLiteral("#aa3355"));
        ok = ok && tags.setColour(tags.byPath(QStringLiteral("actors")).id, QStringLiteral("#00ff00"));
        ok = ok && editor.tagDocuments({plain}, QStringLiteral("sources/official"));
        return ok;
    }
};

// The hash of the database file with its write-ahead log folded in.
inline QByteArray databaseHash(Library &lib)
{
    QSqlQuery(lib.database().connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    QFile file(lib.path());
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace Dossier::Test
