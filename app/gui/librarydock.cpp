#include "librarydock.h"

#include "importsession.h"
#include "metadatadialog.h"

#include "models/libraryfiltermodel.h"
#include "models/librarymodel.h"
#include "store/documentcommands.h"
#include "store/documentstore.h"
#include "store/tagstore.h"
#include "corpus/importer.h"
#include "store/importjob.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace Dossier {

namespace {

bool askUser(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    QPushButton *remove = box.addButton(LibraryDock::tr("&Remove"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

QComboBox *filterCombo(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setMinimumContentsLength(6);
    return combo;
}

} // namespace

LibraryDock::LibraryDock(DocumentStore &store, QUndoStack *undoStack, QWidget *parent)
    : QDockWidget(tr("Library"), parent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_confirm(&askUser)
    , m_model(new LibraryModel(this))
    , m_proxy(new LibraryFilterModel(this))
    , m_import(new ImportSession(store, parent ? parent : this))
{
    setObjectName(QStringLiteral("libraryDock"));
    setAcceptDrops(true);
    m_proxy->setSourceModel(m_model);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(createFilterRow());

    m_view = new QTableView(content);
    m_view->setObjectName(QStringLiteral("libraryView"));
    m_view->setAccessibleName(tr("Library"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(LibraryModel::DateColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Documents drag onto a side of the reader.
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(LibraryModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(LibraryModel::AnnotationsColumn, QHeaderView::ResizeToContents);
    // At least as wide as its title, which is longer in some languages
    // ("Herausgeber"), with room for the sort arrow. Widths in Latin letters:
    // a CJK font's average character is a full-width one, twice as wide.
    const int letter = header->fontMetrics().horizontalAdvance(QLatin1Char('x'));
    const int publisherTitle = header->fontMetrics().horizontalAdvance(
        m_proxy->headerData(LibraryModel::PublisherColumn, Qt::Horizontal).toString());
    header->resizeSection(LibraryModel::PublisherColumn, qMax(letter * 14, publisherTitle + letter * 4));
    // The dock is narrow: the kind is off until the user turns it on from
    // the header's menu.
    m_view->setColumnHidden(LibraryModel::KindColumn, true);
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int column = LibraryModel::PublisherColumn; column < LibraryModel::ColumnCount; ++column) {
        auto *toggle = new QAction(m_model->headerData(column, Qt::Horizontal).toString(), header);
        toggle->setCheckable(true);
        toggle->setChecked(!m_view->isColumnHidden(column));
        connect(toggle, &QAction::toggled, m_view, [this, column](bool on) { m_view->setColumnHidden(column, !on); });
        header->addAction(toggle);
    }
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    layout->addWidget(m_view, 1);

    m_count = new QLabel(content);
    m_count->setObjectName(QStringLiteral("libraryCount"));
    m_count->setContentsMargins(4, 0, 4, 2);
    layout->addWidget(m_count);
    setWidget(content);

    createActions();
    connect(m_view, &QAbstractItemView::activated, this, [this] { Q_EMIT openRequested(currentDocument()); });
    connect(m_view, &QWidget::customContextMenuRequested, this, &LibraryDock::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LibraryDock::updateActions);
    connect(m_proxy, &LibraryFilterModel::filterChanged, this, &LibraryDock::updateCount);
    if (m_undoStack)
        connect(m_undoStack, &QUndoStack::indexChanged, this, &LibraryDock::reload);
    connect(m_import, &ImportSession::finished, this, [this](const ImportReport &report) {
        reload();
        Q_EMIT importFinished(report);
    });
    updateActions();
}

QWidget *LibraryDock::createFilterRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(4, 4, 4, 0);
    m_filter = new QLineEdit(row);
    m_filter->setObjectName(QStringLiteral("libraryFilter"));
    m_filter->setAccessibleName(tr("Filter the library"));
    m_filter->setPlaceholderText(tr("Filter by title or publisher"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &LibraryFilterModel::setText);

    auto *combos = new QHBoxLayout;
    m_year = filterCombo(QStringLiteral("yearFilter"), tr("Year"), row);
    m_publisher = filterCombo(QStringLiteral("publisherFilter"), tr("Publisher"), row);
    m_tag = filterCombo(QStringLiteral("tagFilter"), tr("Tag"), row);
    combos->addWidget(m_year);
    combos->addWidget(m_publisher, 1);
    combos->addWidget(m_tag, 1);
    layout->addLayout(combos);
    connect(m_year, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setYear(m_year->currentData().toInt()); });
    connect(m_publisher, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setPublisher(m_publisher->currentData().toString()); });
    connect(m_tag, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setTag(m_tag->currentData().toString()); });
    return row;
}

void LibraryDock::createActions()
{
    m_openAction = new QAction(tr("&Open"), this);
    connect(m_openAction, &QAction::triggered, this, [this] { Q_EMIT openRequested(currentDocument()); });
    m_compareAction = new QAction(tr("Open &Side by Side"), this);
    connect(m_compareAction, &QAction::triggered, this, [this] { Q_EMIT compareRequested(currentDocument()); });
    m_editAction = new QAction(tr("&Edit Metadata\u2026"), this);
    connect(m_editAction, &QAction::triggered, this, [this] { editMetadata(currentDocument()); });
    m_replaceAction = new QAction(tr("Re&place Text from File\u2026"), this);
    m_replaceAction->setToolTip(tr("Read an edited version of this document; its annotations are found again in the new text"));
    connect(m_replaceAction, &QAction::triggered, this, [this] { chooseReplacementText(currentDocument()); });
    m_removeAction = new QAction(tr("&Remove\u2026"), this);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_removeAction, &QAction::triggered, this, [this] { removeDocuments(selectedDocuments()); });
    m_view->addAction(m_removeAction);
}

void LibraryDock::showContextMenu(const QPoint &position)
{
    QMenu menu(this);
    menu.addAction(m_openAction);
    menu.addAction(m_compareAction);
    menu.addSeparator();
    menu.addAction(m_editAction);
    menu.addAction(m_replaceAction);
    menu.addAction(m_removeAction);
    menu.addSeparator();
    menu.addAction(tr("Import &Files\u2026"), this, &LibraryDock::chooseFilesToImport);
    menu.addAction(tr("Import F&older\u2026"), this, &LibraryDock::chooseFolderToImport);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void LibraryDock::updateActions()
{
    const qsizetype selected = selectedDocuments().size();
    m_openAction->setEnabled(selected == 1);
    m_compareAction->setEnabled(selected == 1);
    m_replaceAction->setEnabled(selected == 1);
    m_editAction->setEnabled(selected == 1);
    m_removeAction->setEnabled(selected > 0);
}

void LibraryDock::reload()
{
    const QList<qint64> selected = selectedDocuments();
    const qint64 current = currentDocument();
    const Expected<QList<Document>> documents = m_store.list();
    if (!documents) {
        Q_EMIT message(tr("Cannot read the library: %1").arg(documents.error()));
        return;
    }
    m_model->setDocuments(*documents);
    const Expected<QHash<qint64, int>> counts = m_store.annotationCounts();
    m_model->setAnnotationCounts(counts ? *counts : QHash<qint64, int>());
    // Document tags, for the tag column and the tag filter.
    QHash<qint64, QStringList> tagsOf;
    const TagStore tags(m_store.database());
    if (const Expected<QList<Tag>> all = tags.list()) {
        for (const Tag &tag : *all) {
            for (qint64 id : tags.documentsWithTag(tag.id))
                tagsOf[id].append(tag.path);
        }
    }
    // documentsWithTag() counts a tag's subtags too: keep the most specific.
    for (QStringList &paths : tagsOf) {
        QStringList specific;
        for (const QString &p : std::as_const(paths)) {
            const bool parentOfAnother = std::any_of(paths.cbegin(), paths.cend(), [&](const QString &q) { return q.startsWith(p + QLatin1Char('/')); });
            if (!parentOfAnother && !specific.contains(p))
                specific.append(p);
        }
        paths = specific;
    }
    m_model->setDocumentTags(tagsOf);
    updateFilterChoices();
    // Wide enough for any date in this locale, whichever rows are laid out.
    const int dateWidth = m_view->fontMetrics().horizontalAdvance(QLocale().toString(QDate(2000, 12, 28), QLocale::ShortFormat));
    const int margin = m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1;
    m_view->setColumnWidth(LibraryModel::DateColumn, dateWidth + 2 * margin + 2 * m_view->fontMetrics().horizontalAdvance(QLatin1Char('x')));
    for (const qint64 id : selected) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOfDocument(id), 0));
        if (index.isValid())
            m_view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOfDocument(current), 0));
    if (index.isValid())
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    updateCount();
    updateActions();
    Q_EMIT reloaded();
}

void LibraryDock::updateFilterChoices()
{
    auto refill = [](QComboBox *combo, const QString &all, const QVariant &any, const QVariantList &values, const QStringList &labels) {
        const QVariant current = combo->currentData();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(all, any);
        for (int i = 0; i < values.size(); ++i)
            combo->addItem(labels.at(i), values.at(i));
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
    };
    QVariantList years;
    QStringList yearLabels;
    for (const int year : m_model->years()) {
        years.append(year);
        yearLabels.append(QString::number(year));
    }
    refill(m_year, tr("All years"), 0, years, yearLabels);
    const QStringList publishers = m_model->publishers();
    refill(m_publisher, tr("All publishers"), QString(), QVariantList(publishers.cbegin(), publishers.cend()), publishers);
    const QStringList tags = m_model->tags();
    refill(m_tag, tr("All tags"), QString(), QVariantList(tags.cbegin(), tags.cend()), tags);
    m_tag->setVisible(!tags.isEmpty());
    // A value that is gone from the library no longer filters.
    m_proxy->setYear(m_year->currentData().toInt());
    m_proxy->setPublisher(m_publisher->currentData().toString());
    m_proxy->setTag(m_tag->currentData().toString());
}

void LibraryDock::updateCount()
{
    const int total = m_model->rowCount();
    if (m_proxy->isFiltering())
        m_count->setText(tr("%1 of %n document(s)", nullptr, total).arg(m_proxy->rowCount()));
    else
        m_count->setText(tr("%n document(s)", nullptr, total));
}

qint64 LibraryDock::currentDocument() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(LibraryModel::DocumentIdRole).toLongLong() : 0;
}

QList<qint64> LibraryDock::selectedDocuments() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(index.data(LibraryModel::DocumentIdRole).toLongLong());
    return ids;
}

void LibraryDock::selectDocument(qint64 id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOfDocument(id), 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void LibraryDock::removeDocuments(const QList<qint64> &ids)
{
    QList<Document> documents;
    int annotations = 0;
    for (const qint64 id : ids) {
        const int row = m_model->rowOfDocument(id);
        if (row < 0)
            continue;
        documents.append(m_model->document(row));
        annotations += m_store.annotationCount(id);
    }
    if (documents.isEmpty())
        return;
    const int n = int(documents.size());
    const Document &first = documents.first();
    const QString name = first.title.isEmpty() ? first.sourceName : first.title;
    QString text;
    if (n == 1 && annotations == 0)
        text = tr("Remove \u201C%1\u201D from the library? You can undo this.").arg(name);
    else if (n == 1)
        text = tr("\u201C%1\u201D has %n annotation(s). Remove it and its annotations from the library? You can undo this.",
                  nullptr, annotations).arg(name);
    else if (annotations == 0)
        text = tr("Remove %n document(s) from the library? You can undo this.", nullptr, n);
    else
        text = tr("Remove %n document(s) from the library?", nullptr, n) + QLatin1Char(' ')
            + tr("Their %n annotation(s) go with them. You can undo this.", nullptr, annotations);
    if (!m_confirm(this, tr("Remove Documents", nullptr, n), text))
        return;
    QPointer<LibraryDock> self(this);
    auto onError = [self](const QString &error) {
        if (self)
            Q_EMIT self->message(error);
    };
    if (m_undoStack) {
        m_undoStack->push(new RemoveDocumentsCommand(m_store, documents, onError));
    } else {
        RemoveDocumentsCommand(m_store, documents, onError).redo();
        reload();
    }
}

void LibraryDock::editMetadata(qint64 id)
{
    const Document before = m_store.byId(id);
    if (!before.isValid())
        return;
    auto *dialog = new MetadataDialog(before, m_model->publishers(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] {
        const Document after = dialog->edited();
        if (after.title == before.title && after.publisher == before.publisher && after.publishedOn == before.publishedOn
            && after.language == before.language && after.kind == before.kind)
            return;
        QPointer<LibraryDock> self(this);
        auto onError = [self](const QString &error) {
            if (self)
                Q_EMIT self->message(error);
        };
        if (m_undoStack) {
            m_undoStack->push(new EditMetadataCommand(m_store, before, after, onError));
        } else {
            EditMetadataCommand(m_store, before, after, onError).redo();
            reload();
        }
    });
    dialog->open();
}

void LibraryDock::chooseReplacementText(qint64 id)
{
    const Document document = m_store.byId(id);
    if (!document.isValid())
        return;
    const QString name = document.title.isEmpty() ? document.sourceName : document.title;
    const QString filter = tr("Texts (%1);;All files (*)").arg(QStringLiteral("*.") + Importer::suffixes().join(QStringLiteral(" *.")));
    const QString file = QFileDialog::getOpenFileName(this, tr("Replace Text of \u201C%1\u201D").arg(name), QString(), filter);
    if (!file.isEmpty())
        replaceText(id, file);
}

bool LibraryDock::replaceText(qint64 id, const QString &file)
{
    const Expected<Document> incoming = Importer::importFile(file);
    if (!incoming) {
        Q_EMIT message(tr("%1 cannot be read: %2").arg(QFileInfo(file).fileName(), incoming.error()));
        return false;
    }
    const Expected<TextReplacement> done = TextReplacement::replace(m_store.database(), id, *incoming);
    if (!done) {
        Q_EMIT message(done.error());
        return false;
    }
    if (done->unchanged) {
        Q_EMIT message(tr("The document already has this text; nothing changed."));
        return true;
    }
    const QString summary = tr("Text replaced. Annotations kept: %1, moved: %2, to review: %3, orphaned: %4.")
                                .arg(done->count(AnchorResult::Kept))
                                .arg(done->count(AnchorResult::Moved))
                                .arg(done->count(AnchorResult::Fuzzy))
                                .arg(done->count(AnchorResult::Orphaned));
    QPointer<LibraryDock> self(this);
    auto onError = [self](const QString &error) {
        if (self)
            Q_EMIT self->message(error);
    };
    auto onChanged = [self, id] {
        if (self)
            Q_EMIT self->textReplaced(id);
    };
    if (m_undoStack)
        m_undoStack->push(new ReplaceTextCommand(m_store.database(), *done, onError, onChanged));
    else
        reload();
    Q_EMIT textReplaced(id);
    Q_EMIT message(summary);
    return true;
}

bool LibraryDock::importPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return false;
    if (!m_import->start(paths)) {
        Q_EMIT message(tr("An import is already running; wait until it finishes."));
        return false;
    }
    return true;
}

bool LibraryDock::isImporting() const
{
    return m_import->isRunning();
}

void LibraryDock::chooseFilesToImport()
{
    const QString filter = tr("Texts (%1);;All files (*)").arg(QStringLiteral("*.") + Importer::suffixes().join(QStringLiteral(" *.")));
    importPaths(QFileDialog::getOpenFileNames(this, tr("Import Files"), QString(), filter));
}

void LibraryDock::chooseFolderToImport()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import Folder"));
    if (!folder.isEmpty())
        importPaths({folder});
}

QStringList LibraryDock::localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

void LibraryDock::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void LibraryDock::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importPaths(paths);
}

} // namespace Dossier
