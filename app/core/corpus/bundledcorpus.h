#pragma once

#include "corpus/document.h"
#include "result.h"

#include <QList>

namespace Dossier {

class DocumentStore;

// The sample corpus shipped with Dossier: texts plus a manifest of curated
// metadata (title, publisher, ISO date, language, kind).
namespace BundledCorpus {

// Where the bundled corpus is read from (a resource folder).
QString location();

// Reads the manifest and the texts in dir; each text decoded from UTF-8
// exactly as stored.
Expected<QList<Document>> load(const QString &dir = location());

// Adds the bundled corpus to an empty library; a library that already has
// documents is left alone.
Result addToEmptyLibrary(DocumentStore &store);

} // namespace BundledCorpus
} // namespace Dossier
