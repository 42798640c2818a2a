#pragma once

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace Dossier {

struct ImportReport;

// What an import did: how many documents were imported, which files were
// duplicates, which were rejected and why.
class ImportSummaryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportSummaryDialog(const ImportReport &report, QWidget *parent = nullptr);

    QString summary() const;
    QTreeWidget *details() const { return m_details; }

private:
    QLabel *m_summary = nullptr;
    QTreeWidget *m_details = nullptr;
};

} // namespace Dossier
