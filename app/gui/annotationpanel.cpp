#include "annotationpanel.h"

#include "taginputdialog.h"

#include "annotations/annotationeditor.h"
#include "annotations/highlightcolour.h"
#include "models/annotationfiltermodel.h"
#include "models/annotationmodel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QIcon>
#include <QPixmap>
#include <QSet>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace Dossier {

AnnotationPanel::AnnotationPanel(AnnotationEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_model(new AnnotationModel(this))
    , m_filter(new AnnotationFilterModel(this))
{
    m_filter->setSourceModel(m_model);
    buildFilterRow();
    buildStatusFilter();

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("annotationView"));
    m_view->setAccessibleName(tr("Annotations"));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setSectionHidden(AnnotationModel::ModifiedColumn, true);
    m_view->header()->setSectionHidden(AnnotationModel::DocumentColumn, true);
    // Shown when a text changed, next to the quote: the panel is narrow.
    m_view->header()->moveSection(m_view->header()->visualIndex(AnnotationModel::StatusColumn), 1);
    m_view->header()->setSectionHidden(AnnotationModel::StatusColumn, true);
    m_view->header()->resizeSection(AnnotationModel::QuoteColumn, 220);
    m_view->header()->resizeSection(AnnotationModel::NoteColumn, 160);
    m_view->sortByColumn(AnnotationModel::DocumentColumn, Qt::AscendingOrder);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT annotationActivated(index.data(AnnotationModel::AnnotationIdRole).toLongLong());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AnnotationPanel::updateActions);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &AnnotationPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &AnnotationPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AnnotationPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &AnnotationPanel::updateCount);
    // Counted when the annotations change, not on every filtered row range.
    connect(m_model, &QAbstractItemModel::modelReset, this, &AnnotationPanel::countOutOfPlace);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AnnotationPanel::countOutOfPlace);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AnnotationPanel::countOutOfPlace);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AnnotationPanel::countOutOfPlace);

    // Bulk actions: on the selection, also from the keyboard.
    m_tagAction = new QAction(tr("&Tag\u2026"), this);
    m_tagAction->setToolTip(tr("Add a tag to the selected annotations"));
    connect(m_tagAction, &QAction::triggered, this, &AnnotationPanel::askForTag);
    m_deleteAction = new QAction(tr("&Delete"), this);
    m_deleteAction->setToolTip(tr("Delete the selected annotations (Edit > Undo brings them back)"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &AnnotationPanel::deleteSelected);
    m_view->addAction(m_deleteAction);
    m_acceptAction = new QAction(tr("&Accept New Place"), this);
    m_acceptAction->setToolTip(tr("The selected annotations were moved to a close match after their text changed: keep them there"));
    connect(m_acceptAction, &QAction::triggered, this, &AnnotationPanel::acceptSelected);
    m_reattachAction = new QAction(tr("&Re-attach to Selected Text"), this);
    m_reattachAction->setToolTip(tr("Put the annotation on the passage selected in the reader"));
    connect(m_reattachAction, &QAction::triggered, this, [this] {
        const QList<qint64> ids = selectedIds();
        if (ids.size() == 1)
            Q_EMIT reattachRequested(ids.first());
    });
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    for (const HighlightColour &c : HighlightColour::palette()) {
        QPixmap swatch(14, 14);
        swatch.fill(c.colour(dark));
        QAction *action = new QAction(QIcon(swatch), c.displayName(), this);
        const QString key = c.keyString();
        connect(action, &QAction::triggered, this, [this, key] { colourSelected(key); });
        m_colourActions.append(action);
    }
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        const QModelIndex at = m_view->indexAt(pos);
        if (at.isValid())
            menu.addAction(tr("&Go To Annotation"), this, [this, at] { Q_EMIT annotationActivated(at.data(AnnotationModel::AnnotationIdRole).toLongLong()); });
        menu.addAction(m_tagAction);
        QMenu *colours = menu.addMenu(tr("&Colour"));
        colours->addActions(m_colourActions);
        colours->setEnabled(m_tagAction->isEnabled());
        if (m_acceptAction->isEnabled() || m_reattachAction->isEnabled()) {
            menu.addSeparator();
            menu.addAction(m_acceptAction);
            menu.addAction(m_reattachAction);
        }
        menu.addSeparator();
        menu.addAction(m_deleteAction);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("annotationCount"));
    auto *tagButton = new QToolButton(this);
    tagButton->setDefaultAction(m_tagAction);
    auto *deleteButton = new QToolButton(this);
    deleteButton->setDefaultAction(m_deleteAction);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(tagButton);
    bottom->addWidget(deleteButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    auto *top = new QHBoxLayout;
    top->addWidget(m_scope);
    top->addWidget(m_text, 1);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_tag, 2);
    filters->addWidget(m_colour, 1);
    filters->addWidget(m_period, 1);
    filters->addWidget(m_status, 1);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    updateActions();
    updateCount();

    // Edits made anywhere (the reader, a note, undo) show here.
    auto later = [this] {
        if (m_reloadPending)
            return;
        m_reloadPending = true;
        QTimer::singleShot(0, this, [this] {
            if (m_reloadPending)
                reload();
        });
    };
    connect(&m_editor, &AnnotationEditor::annotationsChanged, this, later);
    connect(&m_editor, &AnnotationEditor::tagsChanged, this, later);
}

void AnnotationPanel::buildFilterRow()
{
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("annotationScope"));
    m_scope->setAccessibleName(tr("Which annotations"));
    m_scope->addItem(tr("This document"));
    m_scope->addItem(tr("All documents"));
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        m_view->header()->setSectionHidden(AnnotationModel::DocumentColumn, scope() == Scope::Document);
        reload();
    });

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("annotationFilterText"));
    m_text->setPlaceholderText(tr("Filter quotes, notes and tags"));
    m_text->setAccessibleName(tr("Filter annotations"));
    m_text->setClearButtonEnabled(true);
    connect(m_text, &QLineEdit::textChanged, m_filter, &AnnotationFilterModel::setTextFilter);

    m_tag = new QComboBox(this);
    m_tag->setObjectName(QStringLiteral("annotationFilterTag"));
    m_tag->setAccessibleName(tr("Filter by tag"));
    connect(m_tag, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 id = m_tag->currentData().toLongLong();
        const QList<qint64> ids = id > 0 ? m_editor.tags().subtreeIds(id) : QList<qint64>();
        m_filter->setTagFilter(QSet<qint64>(ids.cbegin(), ids.cend()));
    });

    m_colour = new QComboBox(this);
    m_colour->setObjectName(QStringLiteral("annotationFilterColour"));
    m_colour->setAccessibleName(tr("Filter by colour"));
    m_colour->addItem(tr("Any colour"), QString());
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    for (const HighlightColour &c : HighlightColour::palette()) {
        QPixmap swatch(14, 14);
        swatch.fill(c.colour(dark));
        m_colour->addItem(QIcon(swatch), c.displayName(), c.keyString());
    }
    connect(m_colour, &QComboBox::currentIndexChanged, this, [this] { m_filter->setColourFilter(m_colour->currentData().toString()); });

    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("annotationFilterDate"));
    m_period->setAccessibleName(tr("Filter by date made"));
    m_period->addItem(tr("Any time"), int(Period::Any));
    m_period->addItem(tr("Today"), int(Period::Today));
    m_period->addItem(tr("Past 7 days"), int(Period::Week));
    m_period->addItem(tr("Past 30 days"), int(Period::Month));
    m_period->addItem(tr("Past year"), int(Period::Year));
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        const QDate today = QDate::currentDate();
        QDate from;
        switch (Period(m_period->currentData().toInt())) {
        case Period::Any:
            break;
        case Period::Today:
            from = today;
            break;
        case Period::Week:
            from = today.addDays(-6);
            break;
        case Period::Month:
            from = today.addDays(-29);
            break;
        case Period::Year:
            from = today.addYears(-1);
            break;
        }
        m_filter->setDateFilter(from, QDate());
    });
}

void AnnotationPanel::buildStatusFilter()
{
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("annotationFilterStatus"));
    m_status->setAccessibleName(tr("Filter by place in the text"));
    m_status->setToolTip(tr("After a document's text changed: the annotations to review and those not found"));
    m_status->addItem(tr("Any status"), int(Status::Any));
    m_status->addItem(tr("Review or orphaned"), int(Status::NeedsAttention));
    m_status->addItem(tr("Needs review"), int(Status::NeedsReview));
    m_status->addItem(tr("Orphaned"), int(Status::Orphaned));
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        QSet<int> anchors;
        switch (Status(m_status->currentData().toInt())) {
        case Status::Any:
            break;
        case Status::NeedsAttention:
            anchors = {int(Annotation::Anchor::NeedsReview), int(Annotation::Anchor::Orphaned)};
            break;
        case Status::NeedsReview:
            anchors = {int(Annotation::Anchor::NeedsReview)};
            break;
        case Status::Orphaned:
            anchors = {int(Annotation::Anchor::Orphaned)};
            break;
        }
        m_filter->setAnchorFilter(anchors);
    });
}

void AnnotationPanel::setStatusFilter(Status status)
{
    m_status->setCurrentIndex(qMax(0, m_status->findData(int(status))));
}

void AnnotationPanel::setScope(Scope scope)
{
    m_scope->setCurrentIndex(scope == Scope::Corpus ? 1 : 0);
}

AnnotationPanel::Scope AnnotationPanel::scope() const
{
    return m_scope->currentIndex() == 1 ? Scope::Corpus : Scope::Document;
}

void AnnotationPanel::setDocument(qint64 documentId)
{
    if (documentId == m_documentId)
        return;
    m_documentId = documentId;
    if (scope() == Scope::Document)
        reload();
}

void AnnotationPanel::setDocumentTitles(const QHash<qint64, QString> &titles)
{
    m_model->setDocumentTitles(titles);
}

void AnnotationPanel::reload()
{
    m_reloadPending = false;
    const QList<qint64> selected = selectedIds();
    const qint64 current = m_view->currentIndex().data(AnnotationModel::AnnotationIdRole).toLongLong();
    reloadTagChoices();
    const Expected<QList<Tag>> tags = m_editor.tags().list();
    m_model->setTags(tags ? *tags : QList<Tag>());
    QList<Annotation> annotations;
    if (scope() == Scope::Corpus || m_documentId > 0) {
        AnnotationFilter filter;
        filter.documentId = scope() == Scope::Document ? m_documentId : 0;
        const Expected<QList<Annotation>> found = m_editor.annotations().find(filter);
        if (!found)
            report(found.error());
        else
            annotations = *found;
    }
    // The status column shows while any annotation is out of place.
    const bool outOfPlace = std::any_of(annotations.cbegin(), annotations.cend(),
                                        [](const Annotation &a) { return a.anchor != Annotation::Anchor::Anchored; });
    m_view->header()->setSectionHidden(AnnotationModel::StatusColumn, !outOfPlace);
    m_model->setAnnotations(annotations);
    QItemSelection selection;
    for (qint64 id : selected) {
        const QModelIndex index = m_filter->mapFromSource(m_model->index(m_model->rowOfAnnotation(id), 0));
        if (index.isValid())
            selection.select(index, index);
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (const int row = m_model->rowOfAnnotation(current); row >= 0)
        m_view->selectionModel()->setCurrentIndex(m_filter->mapFromSource(m_model->index(row, 0)), QItemSelectionModel::NoUpdate);
    updateActions();
}

void AnnotationPanel::reloadTagChoices()
{
    const qint64 chosen = m_tag->currentData().toLongLong();
    const QSignalBlocker blocker(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("Any tag"), qint64(0));
    const Expected<QList<Tag>> tags = m_editor.tags().list();
    if (tags) {
        for (const Tag &t : *tags)
            m_tag->addItem(t.path, t.id);
    }
    const int index = m_tag->findData(chosen);
    m_tag->setCurrentIndex(qMax(0, index));
    if (index < 0 && chosen > 0)
        m_filter->setTagFilter({}); // the tag is gone
}

void AnnotationPanel::setTextFilter(const QString &text)
{
    m_text->setText(text);
}

void AnnotationPanel::setColourFilter(const QString &colourKey)
{
    m_colour->setCurrentIndex(qMax(0, m_colour->findData(colourKey)));
}

void AnnotationPanel::setTagFilter(qint64 tagId)
{
    reloadTagChoices();
    m_tag->setCurrentIndex(qMax(0, m_tag->findData(tagId)));
}

void AnnotationPanel::setPeriod(Period period)
{
    m_period->setCurrentIndex(qMax(0, m_period->findData(int(period))));
}

QList<qint64> AnnotationPanel::selectedIds() const
{
    QList<qint64> ids;
    if (!m_view)
        return ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(index.data(AnnotationModel::AnnotationIdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void AnnotationPanel::selectAnnotation(qint64 id)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->index(m_model->rowOfAnnotation(id), 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

bool AnnotationPanel::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    return !ids.isEmpty() && report(m_editor.removeAnnotations(ids).error());
}

bool AnnotationPanel::tagSelected(const QString &tagPath)
{
    const QList<qint64> ids = selectedIds();
    return !ids.isEmpty() && report(m_editor.addTag(ids, tagPath).error());
}

bool AnnotationPanel::acceptSelected()
{
    const QList<qint64> ids = selectedIds();
    return !ids.isEmpty() && report(m_editor.acceptPlaces(ids).error());
}

bool AnnotationPanel::colourSelected(const QString &colourKey)
{
    const QList<qint64> ids = selectedIds();
    return !ids.isEmpty() && report(m_editor.setColour(ids, colourKey).error());
}

void AnnotationPanel::askForTag()
{
    const int count = int(selectedIds().size());
    if (count == 0)
        return;
    QStringList known;
    for (int i = 1; i < m_tag->count(); ++i)
        known.append(m_tag->itemText(i));
    TagInputDialog dialog(tr("Tag Annotations"), tr("Add these tags to the %n selected annotation(s):", nullptr, count), known, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QStringList paths = dialog.tags();
    // Several tags at once are still one step to undo.
    QUndoStack *stack = m_editor.undoStack();
    if (paths.size() > 1)
        stack->beginMacro(tr("Tag %n annotations", nullptr, count));
    for (const QString &path : paths) {
        if (!tagSelected(path))
            break;
    }
    if (paths.size() > 1)
        stack->endMacro();
}

bool AnnotationPanel::report(const QString &error)
{
    if (!error.isEmpty())
        Q_EMIT errorOccurred(error);
    return error.isEmpty();
}

void AnnotationPanel::updateActions()
{
    const bool any = !selectedIds().isEmpty();
    m_tagAction->setEnabled(any);
    m_deleteAction->setEnabled(any);
    for (QAction *a : std::as_const(m_colourActions))
        a->setEnabled(any);
    bool review = false;
    bool placeable = false;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const auto anchor = Annotation::Anchor(index.data(AnnotationModel::AnchorRole).toInt());
        review = review || anchor == Annotation::Anchor::NeedsReview;
        placeable = placeable || anchor != Annotation::Anchor::Anchored;
    }
    m_acceptAction->setEnabled(review);
    m_reattachAction->setEnabled(placeable && rows.size() == 1);
}

void AnnotationPanel::countOutOfPlace()
{
    m_review = m_orphaned = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Annotation::Anchor anchor = m_model->annotation(row).anchor;
        m_review += anchor == Annotation::Anchor::NeedsReview;
        m_orphaned += anchor == Annotation::Anchor::Orphaned;
    }
    updateCount();
}

void AnnotationPanel::updateCount()
{
    if (!m_count)
        return;
    const int shown = m_filter->rowCount();
    const int all = m_model->rowCount();
    QString text = shown == all ? tr("%n annotation(s)", nullptr, all) : tr("%1 of %n annotation(s)", nullptr, all).arg(shown);
    if (m_review + m_orphaned > 0)
        text = tr("%1 (to review: %2, orphaned: %3)").arg(text).arg(m_review).arg(m_orphaned);
    m_count->setText(text);
}

} // namespace Dossier
