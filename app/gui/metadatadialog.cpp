#include "metadatadialog.h"

#include "models/librarymodel.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

namespace Dossier {

namespace {

QLineEdit *lineEdit(const QString &text, const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(text, parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

MetadataDialog::MetadataDialog(const Document &document, const QStringList &publishers, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("metadataDialog"));
    setWindowTitle(tr("Edit Metadata"));
    auto *form = new QFormLayout(this);

    auto *source = new QLabel(document.sourceName, this);
    source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("File:"), source);

    m_title = lineEdit(document.title, QStringLiteral("titleEdit"), tr("Title"), this);
    m_title->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 60); // not the CJK full width
    form->addRow(tr("&Title:"), m_title);

    m_publisher = lineEdit(document.publisher, QStringLiteral("publisherEdit"), tr("Publisher"), this);
    auto *completer = new QCompleter(publishers, m_publisher);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_publisher->setCompleter(completer);
    form->addRow(tr("&Publisher:"), m_publisher);

    m_date = lineEdit(document.publishedOn.toString(Qt::ISODate), QStringLiteral("dateEdit"), tr("Publication date"), this);
    //: Placeholder of the date field: the ISO 8601 form
    m_date->setPlaceholderText(tr("YYYY-MM-DD"));
    m_date->setToolTip(tr("The publication date as year-month-day; leave empty when it is not known."));
    form->addRow(tr("&Date:"), m_date);

    m_language = lineEdit(document.language, QStringLiteral("languageEdit"), tr("Language"), this);
    m_language->setPlaceholderText(tr("e.g. en, ja"));
    m_language->setToolTip(tr("The ISO 639-1 code of the language"));
    m_language->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z]{0,3}")), m_language));
    form->addRow(tr("&Language:"), m_language);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->setAccessibleName(tr("Kind"));
    m_kind->addItem(tr("Not known"), QString());
    for (const char *key : {"news-article", "press-conference-transcript", "government-report"}) {
        const QString kind = QString::fromLatin1(key);
        m_kind->addItem(LibraryModel::kindLabel(kind), kind);
    }
    if (m_kind->findData(document.kind) < 0)
        m_kind->addItem(document.kind, document.kind);
    m_kind->setCurrentIndex(m_kind->findData(document.kind));
    form->addRow(tr("&Kind:"), m_kind);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("metadataProblem"));
    m_problem->setWordWrap(true);
    form->addRow(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_date, &QLineEdit::textChanged, this, &MetadataDialog::validate);
    validate();
}

void MetadataDialog::validate()
{
    const QString date = m_date->text().trimmed();
    const bool ok = date.isEmpty() || QDate::fromString(date, Qt::ISODate).isValid();
    m_problem->setText(ok ? QString() : tr("The date is not a valid year-month-day date."));
    m_problem->setVisible(!ok);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(ok);
}

Document MetadataDialog::edited() const
{
    Document d = m_document;
    d.title = m_title->text().trimmed();
    d.publisher = m_publisher->text().trimmed();
    d.publishedOn = QDate::fromString(m_date->text().trimmed(), Qt::ISODate);
    d.language = m_language->text().trimmed();
    d.kind = m_kind->currentData().toString();
    return d;
}

} // namespace Dossier
