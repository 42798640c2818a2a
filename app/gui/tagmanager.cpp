#include "tagmanager.h"

#include "annotations/annotationeditor.h"
#include "models/tagtreemodel.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Dossier {

TagManager::TagManager(AnnotationEditor &editor, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_model(new TagTreeModel(this))
{
    setObjectName(QStringLiteral("tagManager"));
    setWindowTitle(tr("Manage Tags"));
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("tagTree"));
    m_view->setAccessibleName(tr("Tags"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(TagTreeModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(TagTreeModel::AnnotationsColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(TagTreeModel::DocumentsColumn, QHeaderView::ResizeToContents);
    m_view->setMinimumSize(420, 320);

    auto *buttons = new QVBoxLayout;
    auto addButton = [&](const QString &text, const QString &tip, void (TagManager::*slot)()) {
        auto *button = new QPushButton(text, this);
        button->setToolTip(tip);
        connect(button, &QPushButton::clicked, this, slot);
        buttons->addWidget(button);
        m_tagButtons.append(button);
    };
    addButton(tr("&Rename\u2026"), tr("Rename the selected tag"), &TagManager::askRename);
    addButton(tr("&Move\u2026"), tr("Put the selected tag under another one"), &TagManager::askMove);
    addButton(tr("M&erge Into\u2026"), tr("Give everything tagged with the selected tag another tag instead"), &TagManager::askMerge);
    addButton(tr("&Colour\u2026"), tr("Choose a colour for the selected tag"), &TagManager::askColour);
    addButton(tr("&Delete\u2026"), tr("Delete the selected tag and its subtags"), &TagManager::askDelete);
    buttons->addStretch(1);
    // The main window's Edit menu is out of reach while this is open.
    auto *undo = new QToolButton(this);
    QAction *undoAction = m_editor.undoStack()->createUndoAction(this, tr("&Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    undo->setDefaultAction(undoAction);
    undo->setToolButtonStyle(Qt::ToolButtonTextOnly);
    undo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    buttons->addWidget(undo);

    auto *row = new QHBoxLayout;
    row->addWidget(m_view, 1);
    row->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(close);

    reload();
    connect(&m_editor, &AnnotationEditor::tagsChanged, this, &TagManager::reload);
    connect(&m_editor, &AnnotationEditor::annotationsChanged, this, &TagManager::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &TagManager::updateButtons);
}

void TagManager::reload()
{
    const qint64 current = currentTag();
    m_model->load(m_editor.tags());
    m_view->expandAll();
    setCurrentTag(current);
    updateButtons();
}

qint64 TagManager::currentTag() const
{
    return m_view->currentIndex().data(TagTreeModel::TagIdRole).toLongLong();
}

void TagManager::setCurrentTag(qint64 id)
{
    const QModelIndex index = m_model->indexOfTag(id);
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void TagManager::updateButtons()
{
    const bool any = currentTag() > 0;
    for (QPushButton *b : std::as_const(m_tagButtons))
        b->setEnabled(any);
}

void TagManager::report(const Result &result)
{
    if (!result)
        QMessageBox::warning(this, windowTitle(), result.error());
}

Result TagManager::rename(qint64 id, const QString &name)
{
    return m_editor.renameTag(id, name);
}

Result TagManager::move(qint64 id, qint64 newParentId)
{
    return m_editor.moveTag(id, newParentId);
}

Result TagManager::merge(qint64 sourceId, qint64 targetId)
{
    return m_editor.mergeTags(sourceId, targetId);
}

Result TagManager::remove(qint64 id)
{
    return m_editor.deleteTag(id);
}

Result TagManager::setColour(qint64 id, const QString &colour)
{
    return m_editor.setTagColour(id, colour);
}

QString TagManager::deleteQuestion(qint64 id) const
{
    const Tag tag = m_editor.tags().byId(id);
    const TagUsage usage = m_editor.tags().usage(id);
    QStringList lines{tr("Delete the tag \u201c%1\u201d?").arg(tag.path)};
    if (usage.tags > 1)
        lines.append(tr("Its %n subtag(s) will be deleted too.", nullptr, usage.tags - 1));
    lines.append(tr("It will be taken off %n annotation(s) (the annotations are kept).", nullptr, usage.annotations));
    lines.append(tr("It will be taken off %n document(s).", nullptr, usage.documents));
    lines.append(tr("Edit > Undo brings it back."));
    return lines.join(QLatin1Char('\n'));
}

QList<QPair<QString, qint64>> TagManager::otherTags(qint64 id) const
{
    const QList<qint64> subtree = m_editor.tags().subtreeIds(id);
    QList<QPair<QString, qint64>> others;
    const Expected<QList<Tag>> tags = m_editor.tags().list();
    if (tags) {
        for (const Tag &t : *tags) {
            if (!subtree.contains(t.id))
                others.append({t.path, t.id});
        }
    }
    return others;
}

void TagManager::askRename()
{
    const Tag tag = m_editor.tags().byId(currentTag());
    if (!tag.isValid())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Tag"), tr("New name for \u201c%1\u201d:").arg(tag.path), QLineEdit::Normal, tag.name, &ok);
    if (ok && !name.trimmed().isEmpty() && name != tag.name)
        report(rename(tag.id, name.trimmed()));
}

void TagManager::askMove()
{
    const Tag tag = m_editor.tags().byId(currentTag());
    if (!tag.isValid())
        return;
    const QList<QPair<QString, qint64>> others = otherTags(tag.id);
    QStringList choices{tr("(top level)")};
    for (const auto &o : others)
        choices.append(o.first);
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("Move Tag"), tr("Put \u201c%1\u201d under:").arg(tag.path), choices, 0, false, &ok);
    if (!ok)
        return;
    const qsizetype at = choices.indexOf(choice);
    report(move(tag.id, at <= 0 ? 0 : others.at(at - 1).second));
}

void TagManager::askMerge()
{
    const Tag tag = m_editor.tags().byId(currentTag());
    if (!tag.isValid())
        return;
    const QList<QPair<QString, qint64>> others = otherTags(tag.id);
    if (others.isEmpty())
        return;
    QStringList choices;
    for (const auto &o : others)
        choices.append(o.first);
    const TagUsage usage = m_editor.tags().usage(tag.id);
    bool ok = false;
    const QString label = tr("Give the %n annotation(s) tagged \u201c%1\u201d this tag instead:", nullptr, usage.annotations).arg(tag.path);
    const QString choice = QInputDialog::getItem(this, tr("Merge Tag"), label, choices, 0, false, &ok);
    if (ok)
        report(merge(tag.id, others.at(choices.indexOf(choice)).second));
}

void TagManager::askDelete()
{
    const qint64 id = currentTag();
    if (id <= 0)
        return;
    if (QMessageBox::question(this, tr("Delete Tag"), deleteQuestion(id), QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes)
        report(remove(id));
}

void TagManager::askColour()
{
    const Tag tag = m_editor.tags().byId(currentTag());
    if (!tag.isValid())
        return;
    const QColor initial = tag.colour.isEmpty() ? QColor(Qt::white) : QColor::fromString(tag.colour);
    const QColor colour = QColorDialog::getColor(initial, this, tr("Colour of \u201c%1\u201d").arg(tag.path));
    if (colour.isValid())
        report(setColour(tag.id, colour.name()));
}

} // namespace Dossier
