#include "exchangeactions.h"

#include "exchange/bundlecollector.h"
#include "exchange/bundleimport.h"
#include "exchange/bundlemerger.h"
#include "exchange/bundlewriter.h"
#include "exchange/csvwriter.h"
#include "exchange/qdpxwriter.h"
#include "store/tagstore.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace Dossier {

ExchangeActions::ExchangeActions(Database &database, std::function<QList<qint64>()> selection, QWidget *window)
    : QObject(window)
    , m_database(database)
    , m_selection(std::move(selection))
    , m_window(window)
{
}

void ExchangeActions::addTo(QMenu *menu)
{
    QMenu *exportMenu = menu->addMenu(tr("&Export"));
    exportMenu->addAction(tr("Annotation &Bundle\u2026"), this, [this] { exportTo(Format::Bundle); });
    exportMenu->addAction(tr("&REFI-QDA Project (.qdpx)\u2026"), this, [this] { exportTo(Format::Qdpx); });
    exportMenu->addAction(tr("&Spreadsheet (CSV)\u2026"), this, [this] { exportTo(Format::Csv); });
    menu->addAction(tr("Import Annotation B&undle\u2026"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Annotation Bundle"),
                                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                          tr("Dossier bundles (*.dossier)"));
        if (!path.isEmpty())
            importBundle(path);
    });
}

void ExchangeActions::exportTo(Format format)
{
    QString filter;
    QString suffix;
    switch (format) {
    case Format::Bundle:
        filter = tr("Dossier bundles (*.dossier)");
        suffix = QStringLiteral(".dossier");
        break;
    case Format::Qdpx:
        filter = tr("REFI-QDA projects (*.qdpx)");
        suffix = QStringLiteral(".qdpx");
        break;
    case Format::Csv:
        filter = tr("CSV files (*.csv)");
        suffix = QStringLiteral(".csv");
        break;
    }
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/annotations") + suffix;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export"), suggested, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix))
        path += suffix;
    const bool includePrivate = QMessageBox::question(m_window, tr("Export"), tr("Include private notes?"),
                                                      QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
    ExportScope scope;
    // Scope: the documents selected in the library, or everything.
    const QList<qint64> selected = m_selection ? m_selection() : QList<qint64>();
    if (!selected.isEmpty()
        && QMessageBox::question(m_window, tr("Export"), tr("Export only the %n document(s) selected in the library?", nullptr, int(selected.size())),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
            == QMessageBox::Yes)
        scope.documentIds = selected;
    // Or the annotations of one tag (and the tags below it).
    if (scope.documentIds.isEmpty()) {
        const auto tags = TagStore(m_database).list();
        if (tags && !tags->isEmpty()) {
            QStringList choices{tr("All annotations")};
            for (const Tag &tag : *tags)
                choices.append(tag.path);
            bool ok = false;
            const QString choice = QInputDialog::getItem(m_window, tr("Export"), tr("Export annotations with the tag:"), choices, 0, false, &ok);
            if (!ok)
                return;
            if (choice != choices.first())
                scope.tagPaths = {choice};
        }
    }
    scope.includePrivate = includePrivate;
    scope.author = m_author.isEmpty() ? qEnvironmentVariable("USER") : m_author;
    const Expected<Bundle> bundle = BundleCollector(m_database).collect(scope);
    if (!bundle) {
        QMessageBox::warning(m_window, tr("Export"), bundle.error());
        return;
    }
    QString error;
    switch (format) {
    case Format::Bundle:
        if (const Result r = BundleWriter::write(*bundle, path); !r)
            error = r.error();
        break;
    case Format::Qdpx:
        if (const auto r = QdpxWriter::write(*bundle, path); !r)
            error = r.error();
        break;
    case Format::Csv:
        if (const Result r = CsvWriter::write(*bundle, path); !r)
            error = r.error();
        break;
    }
    if (!error.isEmpty())
        QMessageBox::warning(m_window, tr("Export"), error);
}

bool ExchangeActions::importBundle(const QString &path)
{
    BundleImport import(m_database);
    const Expected<ImportSummary> dryRun = import.prepare(path);
    if (!dryRun) {
        QMessageBox::warning(m_window, tr("Import Annotation Bundle"), dryRun.error());
        return false;
    }
    QMessageBox ask(QMessageBox::Question, tr("Import Annotation Bundle"),
                    tr("Merging this bundle will do the following:"), QMessageBox::Cancel, m_window);
    ask.setInformativeText(dryRun->describe().join(QLatin1Char('\n')));
    QPushButton *merge = ask.addButton(tr("&Merge"), QMessageBox::AcceptRole);
    ask.setDefaultButton(merge);
    ask.exec();
    if (ask.clickedButton() != static_cast<QAbstractButton *>(merge))
        return false;
    const Expected<ImportSummary> done = import.commit();
    if (!done) {
        QMessageBox::warning(m_window, tr("Import Annotation Bundle"), done.error());
        return false;
    }
    Q_EMIT imported();
    return true;
}

} // namespace Dossier
