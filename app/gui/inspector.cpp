#include "inspector.h"

#include "models/entitytreemodel.h"
#include "models/mentionlistmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace Dossier {

Inspector::Inspector(EntityTreeModel *entities, MentionListModel *mentions, QWidget *parent)
    : QWidget(parent)
    , m_entities(entities)
    , m_mentions(mentions)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("inspectorStatus"));
    m_status->setWordWrap(true);

    m_entityView = new QTreeView(this);
    m_entityView->setObjectName(QStringLiteral("entityView"));
    m_entityView->setAccessibleName(tr("Entities in this document"));
    m_entityView->setModel(entities);
    m_entityView->setUniformRowHeights(true);
    m_entityView->header()->setSectionResizeMode(EntityTreeModel::NameColumn, QHeaderView::Interactive);
    m_entityView->header()->resizeSection(EntityTreeModel::NameColumn, 220);
    m_entityView->setExpandsOnDoubleClick(true);

    auto *corpus = new QWidget(this);
    auto *corpusLayout = new QVBoxLayout(corpus);
    corpusLayout->setContentsMargins(0, 0, 0, 0);
    m_corpusTitle = new QLabel(tr("Across the corpus: select a body or a speaker above."), corpus);
    m_corpusTitle->setWordWrap(true);
    m_mentionView = new QTreeView(corpus);
    m_mentionView->setObjectName(QStringLiteral("mentionView"));
    m_mentionView->setAccessibleName(tr("Mentions across the corpus"));
    m_mentionView->setModel(mentions);
    m_mentionView->setRootIsDecorated(false);
    m_mentionView->setUniformRowHeights(true);
    corpusLayout->addWidget(m_corpusTitle);
    corpusLayout->addWidget(m_mentionView, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_entityView);
    splitter->addWidget(corpus);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(entities, &QAbstractItemModel::modelReset, this, [this] {
        m_entityView->expandToDepth(0);
        m_entityView->header()->resizeSection(EntityTreeModel::NameColumn, 220);
    });
    connect(m_entityView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const int start = index.data(EntityTreeModel::SpanStartRole).toInt();
        const int end = index.data(EntityTreeModel::SpanEndRole).toInt();
        if (start >= 0)
            Q_EMIT spanActivated(TextSpan{start, end});
    });
    connect(m_entityView, &QTreeView::clicked, m_entityView, &QTreeView::activated);
    connect(m_entityView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        const QString entity = index.data(EntityTreeModel::EntityRole).toString();
        if (!entity.isEmpty())
            Q_EMIT entitySelected(index.data(EntityTreeModel::GroupRole).toInt(), entity);
    });
    connect(mentions, &QAbstractItemModel::modelReset, this, [this] {
        if (m_mentions->entity().isEmpty())
            return;
        m_corpusTitle->setText(tr("%1: %2 in %3").arg(m_mentions->entity(),
                                                      tr("%n mention(s)", nullptr, m_mentions->rowCount()),
                                                      tr("%n document(s)", nullptr, m_mentions->documentCount())));
        m_mentionView->resizeColumnToContents(MentionListModel::DateColumn);
    });
    connect(m_mentionView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT mentionActivated(index.data(MentionListModel::DocumentIdRole).toLongLong(), index.data(MentionListModel::StartRole).toInt(),
                                index.data(MentionListModel::EndRole).toInt());
    });
}

void Inspector::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

} // namespace Dossier
