#include "importsummarydialog.h"

#include "store/importjob.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Dossier {

ImportSummaryDialog::ImportSummaryDialog(const ImportReport &report, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importSummary"));
    setWindowTitle(tr("Import Finished"));
    auto *layout = new QVBoxLayout(this);

    QStringList lines;
    lines.append(tr("%n document(s) imported.", nullptr, int(report.imported.size())));
    if (!report.duplicates.isEmpty())
        lines.append(tr("%n file(s) skipped: their text is already in the library.", nullptr, int(report.duplicates.size())));
    if (!report.rejected.isEmpty())
        lines.append(tr("%n file(s) could not be imported.", nullptr, int(report.rejected.size())));
    if (report.cancelled && report.notReached > 0)
        lines.append(tr("The import was cancelled; %n file(s) were not imported.", nullptr, report.notReached));
    if (!report.error.isEmpty())
        lines.append(tr("The import stopped because the database failed: %1").arg(report.error));
    m_summary = new QLabel(lines.join(QLatin1Char('\n')), this);
    m_summary->setObjectName(QStringLiteral("importSummaryText"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_details = new QTreeWidget(this);
    m_details->setObjectName(QStringLiteral("importDetails"));
    m_details->setAccessibleName(tr("Imported files"));
    m_details->setRootIsDecorated(false);
    m_details->setHeaderLabels({tr("File"), tr("Result"), tr("Details")});
    m_details->setWordWrap(false);
    const QIcon rejected = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QIcon duplicate = style()->standardIcon(QStyle::SP_MessageBoxInformation);
    auto add = [this](const ImportReport::Entry &entry, const QString &result, const QIcon &icon, const QString &detail) {
        auto *item = new QTreeWidgetItem(m_details, {QDir::toNativeSeparators(entry.path), result, detail});
        item->setIcon(1, icon);
        item->setToolTip(0, QDir::toNativeSeparators(entry.path));
        item->setToolTip(2, detail);
    };
    // Problems first: they are what the user has to act on.
    for (const ImportReport::Entry &entry : report.rejected)
        add(entry, tr("Rejected"), rejected, entry.detail);
    for (const ImportReport::Entry &entry : report.duplicates)
        add(entry, tr("Duplicate"), duplicate, tr("The same text is already document %1.").arg(entry.documentId));
    for (const ImportReport::Entry &entry : report.imported)
        add(entry, tr("Imported"), QIcon(), entry.detail);
    m_details->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_details->header()->setStretchLastSection(true);
    m_details->setVisible(m_details->topLevelItemCount() > 0);
    layout->addWidget(m_details, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);
    resize(760, 420);
}

QString ImportSummaryDialog::summary() const
{
    return m_summary->text();
}

} // namespace Dossier
