#include "bundleimport.h"

#include "bundlereader.h"

#include <QCoreApplication>

namespace Dossier {

BundleImport::BundleImport(Database &database)
    : m_database(database)
{
}

Expected<ImportSummary> BundleImport::prepare(const QString &path)
{
    m_bundle.reset();
    Expected<Bundle> bundle = BundleReader::read(path);
    if (!bundle)
        return Result::failure(bundle.error());
    return prepare(std::move(bundle.value()));
}

Expected<ImportSummary> BundleImport::prepare(Bundle bundle)
{
    m_bundle.reset();
    const Expected<ImportSummary> summary = BundleMerger(m_database).plan(bundle);
    if (summary)
        m_bundle = std::move(bundle);
    return summary;
}

Expected<ImportSummary> BundleImport::commit()
{
    if (!m_bundle)
        return Result::failure(QCoreApplication::translate("Dossier::BundleImport", "No bundle is ready to import."));
    const Expected<ImportSummary> summary = BundleMerger(m_database).merge(*m_bundle);
    if (summary)
        m_bundle.reset();
    return summary;
}

const BundleManifest &BundleImport::manifest() const
{
    static const BundleManifest none;
    return m_bundle ? m_bundle->manifest : none;
}

} // namespace Dossier
