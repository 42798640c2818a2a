#pragma once

#include "analysis/entities.h"

#include <QWidget>

class QLabel;
class QTreeView;

namespace Dossier {

class EntityTreeModel;
class MentionListModel;

// The inspector: what the engine found in the current document (bodies,
// speakers and statements, statistics, changes) and, for the entity
// selected there, every mention across the corpus.
class Inspector : public QWidget
{
    Q_OBJECT
public:
    Inspector(EntityTreeModel *entities, MentionListModel *mentions, QWidget *parent = nullptr);

    QTreeView *entityView() const { return m_entityView; }
    QTreeView *mentionView() const { return m_mentionView; }
    void setStatus(const QString &text);

Q_SIGNALS:
    void spanActivated(const Dossier::TextSpan &span);
    // An entity (group: EntityTreeModel::Group) was selected.
    void entitySelected(int group, const QString &entity);
    // A corpus mention was chosen: open the document there (code points).
    void mentionActivated(qint64 documentId, int start, int end);

private:
    EntityTreeModel *m_entities;
    MentionListModel *m_mentions;
    QTreeView *m_entityView = nullptr;
    QTreeView *m_mentionView = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_corpusTitle = nullptr;
};

} // namespace Dossier
