#pragma once

#include "corpus/document.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Dossier {

// Edits what the library says about a document: title, publisher,
// publication date, language and kind. The text itself is never edited.
class MetadataDialog : public QDialog
{
    Q_OBJECT
public:
    MetadataDialog(const Document &document, const QStringList &publishers, QWidget *parent = nullptr);

    // The document with the fields as edited (its text is not loaded).
    Document edited() const;

private:
    void validate();

    Document m_document;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_publisher = nullptr;
    QLineEdit *m_date = nullptr;
    QLineEdit *m_language = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Dossier
