#pragma once

#include "result.h"

#include <QDialog>

class QPushButton;
class QTreeView;

namespace Dossier {

class AnnotationEditor;
class TagTreeModel;

// The tag manager: the tag tree with how many annotations and documents
// carry each tag; rename, move, merge, delete (saying what it touches) and a
// colour per tag. Every change is one undo step on the editor's stack, and
// Undo works inside the dialog too.
class TagManager : public QDialog
{
    Q_OBJECT
public:
    explicit TagManager(AnnotationEditor &editor, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    TagTreeModel *model() const { return m_model; }
    qint64 currentTag() const;
    void setCurrentTag(qint64 id);

    // What the buttons do once they have asked the user.
    Result rename(qint64 id, const QString &name);
    Result move(qint64 id, qint64 newParentId);
    Result merge(qint64 sourceId, qint64 targetId);
    Result remove(qint64 id);
    Result setColour(qint64 id, const QString &colour);
    // The confirmation asked before deleting: with how much it touches.
    QString deleteQuestion(qint64 id) const;

private:
    void reload();
    void updateButtons();
    void report(const Result &result);
    void askRename();
    void askMove();
    void askMerge();
    void askDelete();
    void askColour();
    // Tag paths to choose from, without id's subtree (and the tag itself).
    QList<QPair<QString, qint64>> otherTags(qint64 id) const;

    AnnotationEditor &m_editor;
    TagTreeModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QList<QPushButton *> m_tagButtons;
};

} // namespace Dossier
