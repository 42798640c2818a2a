#pragma once

#include "bundle.h"
#include "bundlemerger.h"
#include "result.h"

#include <optional>

namespace Dossier {

class Database;

// Importing a bundle in two steps, for the GUI's dialog and the command
// line alike: prepare() reads and checks the file and says what merging it
// would do (the dry run); commit() merges it in one transaction. Nothing is
// written before commit(), and a bundle that fails a check is never merged.
class BundleImport
{
public:
    explicit BundleImport(Database &database);

    Expected<ImportSummary> prepare(const QString &path);
    // The same for a bundle already read with BundleReader.
    Expected<ImportSummary> prepare(Bundle bundle);
    // Merges the prepared bundle; fails when none is prepared.
    Expected<ImportSummary> commit();

    bool isPrepared() const { return m_bundle.has_value(); }
    const BundleManifest &manifest() const;

private:
    Database &m_database;
    std::optional<Bundle> m_bundle;
};

} // namespace Dossier
