#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Dossier {

// One text of the corpus. The text is kept exactly as imported: offsets into
// it are the coordinate system of every highlight and annotation.
struct Document {
    qint64 id = 0;
    QString uuid;
    QString title;
    QString publisher;
    QDate publishedOn;
    QString language;
    QString kind;
    QString sourceName;
    QString sha256;
    QString text;
    QDateTime importedAt;

    bool isValid() const { return id > 0; }

    // Hex SHA-256 of the UTF-8 text: the identity of a document's text.
    static QString hashText(const QString &text);
};

} // namespace Dossier
