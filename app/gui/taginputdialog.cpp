#include "taginputdialog.h"

#include "taglineedit.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace Dossier {

TagInputDialog::TagInputDialog(const QString &title, const QString &label, const QStringList &knownPaths, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("tagInputDialog"));
    setWindowTitle(title);
    m_tags = new TagLineEdit(this);
    m_tags->setKnownPaths(knownPaths);
    m_tags->setMinimumWidth(380);
    auto *caption = new QLabel(label, this);
    caption->setWordWrap(true);
    caption->setBuddy(m_tags);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(caption);
    layout->addWidget(m_tags);
    layout->addWidget(buttons);
}

void TagInputDialog::setTags(const QStringList &paths)
{
    m_tags->setTags(paths);
}

QStringList TagInputDialog::tags() const
{
    return m_tags->tags();
}

} // namespace Dossier
