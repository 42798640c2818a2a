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
        {2,
         {
             // What the analysis engine found in each text, keyed by the text's
             // hash and the engine's version, so a pass runs once per text.
             QStringLiteral(R"(CREATE TABLE extractions (
                 sha256 TEXT NOT NULL,
                 engine_version TEXT NOT NULL,
                 data BLOB NOT NULL,
                 PRIMARY KEY (sha256, engine_version)))"),
             // The corpus-wide entity index: every mention of a body, every
             // statement by a speaker, every figure, by document.
             QStringLiteral(R"(CREATE TABLE mentions (
                 document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                 engine_version TEXT NOT NULL,
                 kind TEXT NOT NULL,
                 entity TEXT NOT NULL,
                 start INTEGER NOT NULL,
                 "end" INTEGER NOT NULL,
                 text TEXT NOT NULL))"),
             QStringLiteral("CREATE INDEX mentions_entity ON mentions(kind, entity)"),
             QStringLiteral("CREATE INDEX mentions_document ON mentions(document_id)"),
         }},
        // 3: full-text search over the text with page furniture blanked (so
        // menus and footers neither match nor show in snippets, while offsets
        // stay those of the text), and the user's metadata corrections, kept
        // by text hash so that they survive removing and re-importing.
        {3,
         {
             QStringLiteral("ALTER TABLE documents ADD COLUMN search_text TEXT NOT NULL DEFAULT ''"),
             // Which furniture detector wrote search_text; rows of another are
             // redone by DocumentStore::refreshSearchText().
             QStringLiteral("ALTER TABLE documents ADD COLUMN search_version INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("UPDATE documents SET search_text = text"),
             QStringLiteral("DROP TRIGGER documents_ai"),
             QStringLiteral("DROP TRIGGER documents_ad"),
             QStringLiteral("DROP TRIGGER documents_au"),
             QStringLiteral("DROP TABLE documents_fts"),
             QStringLiteral(R"(CREATE VIRTUAL TABLE documents_fts USING fts5(
                 title, search_text, content='documents', content_rowid='id',
                 tokenize='unicode61 remove_diacritics 2'))"),
             QStringLiteral(R"(CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
                 INSERT INTO documents_fts(rowid, title, search_text) VALUES (new.id, new.title, new.search_text);
             END)"),
             QStringLiteral(R"(CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
                 INSERT INTO documents_fts(documents_fts, rowid, title, search_text)
                     VALUES ('delete', old.id, old.title, old.search_text);
             END)"),
             QStringLiteral(R"(CREATE TRIGGER documents_au AFTER UPDATE OF title, search_text ON documents BEGIN
                 INSERT INTO documents_fts(documents_fts, rowid, title, search_text)
                     VALUES ('delete', old.id, old.title, old.search_text);
                 INSERT INTO documents_fts(rowid, title, search_text) VALUES (new.id, new.title, new.search_text);
             END)"),
             QStringLiteral("INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')"),
             QStringLiteral(R"(CREATE TABLE metadata_overrides (
                 sha256 TEXT PRIMARY KEY,
                 title TEXT,
                 publisher TEXT,
                 published_on TEXT,
                 language TEXT,
                 kind TEXT,
                 modified TEXT NOT NULL))"),
         }},
        // Annotations and tags: where an annotation stands after its text
        // changed (0 anchored, 1 needs review, 2 orphaned) and its quote
        // before a fuzzy move; indexes for filtering by tag; one top-level
        // tag per name (UNIQUE(parent_id, name) lets NULL parents repeat).
        {4,
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

QString importStagingTable()
{
    return QStringLiteral(R"(CREATE TEMP TABLE IF NOT EXISTS import_staging (
        seq INTEGER PRIMARY KEY,
        id INTEGER,
        uuid TEXT,
        title TEXT,
        publisher TEXT,
        published_on TEXT,
        language TEXT,
        kind TEXT,
        source_name TEXT,
        sha256 TEXT,
        text TEXT,
        imported_at TEXT,
        search_text TEXT,
        search_version INTEGER))");
}

int latestVersion()
{
    return migrations().isEmpty() ? 0 : migrations().constLast().version;
}

} // namespace Dossier::Schema
