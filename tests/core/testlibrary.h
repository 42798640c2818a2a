#pragma once

// A throw-away library for core tests: a database in a temporary folder with
// documents added through the real store.
#include "store/database.h"
#include "store/documentstore.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Dossier::Test {

class Library
{
public:
    Library()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_opened = m_dir.isValid() && m_database.open(path()).ok();
    }
    bool isOpen() const { return m_opened; }
    QString path() const { return m_dir.filePath(QStringLiteral("lib.sqlite")); }
    Database &database() { return m_database; }

    qint64 addDocument(const QString &text, const QString &title = QString())
    {
        DocumentStore store(m_database);
        Document d;
        d.title = title;
        d.text = text;
        const Expected<qint64> id = store.add(d);
        return id.ok() ? *id : 0;
    }

    // The rows of a query, each as one string: compares database content.
    QStringList rows(const QString &sql)
    {
        QStringList result;
        QSqlQuery query(m_database.connection());
        if (!query.exec(sql))
            return {QStringLiteral("error")};
        while (query.next()) {
            QStringList fields;
            for (int i = 0; i < query.record().count(); ++i)
                fields.append(query.value(i).isNull() ? QStringLiteral("<null>") : query.value(i).toString());
            result.append(fields.join(QLatin1Char('|')));
        }
        return result;
    }

    // Everything annotations and tags are made of, in a stable order.
    QStringList content()
    {
        return rows(QStringLiteral("SELECT * FROM annotations ORDER BY id"))
            + rows(QStringLiteral("SELECT * FROM tags ORDER BY id"))
            + rows(QStringLiteral("SELECT * FROM annotation_tags ORDER BY annotation_id, tag_id"))
            + rows(QStringLiteral("SELECT * FROM document_tags ORDER BY document_id, tag_id"));
    }

private:
    QTemporaryDir m_dir;
    Database m_database;
    bool m_opened = false;
};

} // namespace Dossier::Test
