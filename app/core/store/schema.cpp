#include "schema.h"

namespace Dossier::Schema {

const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
        {1,
         {
             QStringLiteral(R"(CREATE TABLE documents (
                 id INTEGER PRIMARY KEY,
                 uuid TEXT NOT NULL UNIQUE,
                 title TEXT NOT NULL DEFAULT '',
                 publisher TEXT NOT NULL DEFAULT '',
                 published_on TEXT,
                 language TEXT NOT NULL DEFAULT '',
                 kind TEXT NOT NULL DEFAULT '',
                 source_name TEXT NOT NULL DEFAULT '',
                 sha256 TEXT NOT NULL UNIQUE,
                 text TEXT NOT NULL,
                 imported_at TEXT NOT NULL))"),
             QStringLiteral(R"(CREATE VIRTUAL TABLE documents_fts USING fts5(
                 title, text, content='documents', content_rowid='id',
                 tokenize='unicode61 remove_diacritics 2'))"),
             QStringLiteral(R"(CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
                 INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
             END)"),
             QStringLiteral(R"(CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
                 INSERT INTO documents_fts(documents_fts, rowid, title, text)
                     VALUES ('delete', old.id, old.title, old.text);
             END)"),
             QStringLiteral(R"(CREATE TRIGGER documents_au AFTER UPDATE ON documents BEGIN
                 INSERT INTO documents_fts(documents_fts, rowid, title, text)
                     VALUES ('delete', old.id, old.title, old.text);
                 INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
             END)"),
             QStringLiteral(R"(CREATE TABLE tags (
                 id INTEGER PRIMARY KEY,
                 uuid TEXT NOT NULL UNIQUE,
                 name TEXT NOT NULL,
                 colour TEXT NOT NULL DEFAULT '',
                 parent_id INTEGER REFERENCES tags(id) ON DELETE CASCADE,
                 UNIQUE(parent_id, name)))"),
             QStringLiteral(R"(CREATE TABLE annotations (
                 id INTEGER PRIMARY KEY,
                 uuid TEXT NOT NULL UNIQUE,
                 document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                 start INTEGER NOT NULL,
                 "end" INTEGER NOT NULL,
                 exact TEXT NOT NULL,
                 prefix TEXT NOT NULL DEFAULT '',
                 suffix TEXT NOT NULL DEFAULT '',
                 note TEXT NOT NULL DEFAULT '',
                 colour TEXT NOT NULL DEFAULT '',
                 private INTEGER NOT NULL DEFAULT 0,
                 created TEXT NOT NULL,
                 modified TEXT NOT NULL,
                 CHECK (start >= 0 AND "end" >= start)))"),
             QStringLiteral("CREATE INDEX annotations_document ON annotations(document_id)"),
             QStringLiteral(R"(CREATE TABLE annotation_tags (
                 annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
                 tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
                 PRIMARY KEY (annotation_id, tag_id)))"),
             QStringLiteral(R"(CREATE TABLE document_tags (
                 document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                 tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
                 PRIMARY KEY (document_id, tag_id)))"),
         }},
        // Annotations and tags: where an annotation stands after its text
        // changed (0 anchored, 1 needs review, 2 orphaned) and its quote
        // before a fuzzy move; indexes for filtering by tag; one top-level
        // tag per name (UNIQUE(parent_id, name) lets NULL parents repeat).
        {2,
         {
             QStringLiteral("ALTER TABLE annotations ADD COLUMN anchor INTEGER NOT NULL DEFAULT 0 CHECK (anchor IN (0, 1, 2))"),
             QStringLiteral("ALTER TABLE annotations ADD COLUMN previous_exact TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("CREATE INDEX annotation_tags_tag ON annotation_tags(tag_id)"),
             QStringLiteral("CREATE INDEX document_tags_tag ON document_tags(tag_id)"),
             QStringLiteral("CREATE UNIQUE INDEX tags_top_level_name ON tags(name) WHERE parent_id IS NULL"),
         }},
    };
    return list;
}

int latestVersion()
{
    return migrations().isEmpty() ? 0 : migrations().constLast().version;
}

} // namespace Dossier::Schema
