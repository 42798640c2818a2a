// Fuzz target: the search query parser, and the query it makes run against a
// real library (the bundled corpus): hits or a message, never a crash, and
// every highlighted span lies inside its snippet.
#include "corpus/bundledcorpus.h"
#include "fuzzsupport.h"
#include "store/database.h"
#include "store/documentstore.h"
#include "store/searchindex.h"

using namespace Dossier;

namespace {
Database *s_db = nullptr;
qint64 s_firstId = 0;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***argv)
{
    Fuzz::start(*argv);
    // Never destroyed: at exit Qt SQL's own globals may already be gone.
    s_db = new Database;
    if (!s_db->open(Fuzz::scratch().filePath(QStringLiteral("library.sqlite"))).ok())
        std::abort();
    DocumentStore documents(*s_db);
    if (!BundledCorpus::addToEmptyLibrary(documents).ok())
        std::abort();
    const Expected<QList<Document>> all = documents.list();
    if (!all.ok() || all->isEmpty())
        std::abort();
    s_firstId = all->first().id;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString query = QString::fromUtf8(Fuzz::bytes(data, size));
    SearchIndex::toFtsQuery(query);
    SearchIndex::codePointIndex(query, int(size));
    const SearchIndex index(*s_db);
    const Expected<QList<SearchHit>> hits = index.search(query, 5);
    if (hits.ok()) {
        for (const SearchHit &hit : *hits) {
            for (const TextSpan &span : hit.snippetMatches)
                Fuzz::require(span.isValid() && span.end <= hit.snippet.size(), "a highlight lies inside its snippet");
        }
    }
    index.matches(s_firstId, query);
    return 0;
}
