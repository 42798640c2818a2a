#include "briefingdialog.h"

#include "analysis/entityengine.h"
#include "briefing/briefingcomposer.h"
#include "briefing/briefingmaterial.h"
#include "briefing/briefingwriter.h"
#include "store/annotationstore.h"
#include "store/documentstore.h"
#include "store/tagstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <optional>

namespace Dossier {

namespace {
enum Scope { AllDocuments, SelectedDocuments, Tags };
}

BriefingDialog::BriefingDialog(DocumentStore &documents, AnalysisStore &analyses, const EntityEngine &engine,
                               const QList<qint64> &selectedDocuments, QWidget *parent)
    : QDialog(parent)
    , m_documents(documents)
    , m_analyses(analyses)
    , m_engine(engine)
    , m_selected(selectedDocuments)
{
    setWindowTitle(tr("Compose Briefing"));
    setObjectName(QStringLiteral("briefingDialog"));

    auto *form = new QFormLayout;
    m_title = new QLineEdit(tr("Briefing"), this);
    m_subtitle = new QLineEdit(this);
    m_author = new QLineEdit(qEnvironmentVariable("USER"), this);
    m_classification = new QLineEdit(this);
    m_classification->setPlaceholderText(tr("e.g. For internal use"));
    m_scope = new QComboBox(this);
    m_scope->addItem(tr("All documents"));
    m_scope->addItem(tr("%n selected document(s)", nullptr, int(m_selected.size())));
    m_scope->addItem(tr("Documents and passages with tags"));
    m_tags = new QLineEdit(this);
    m_tags->setPlaceholderText(tr("Tag paths, separated by commas"));
    m_tags->setEnabled(false);
    m_paper = new QComboBox(this);
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("US Letter"), int(QPageSize::Letter));
    m_private = new QCheckBox(tr("Include private notes"), this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("S&ubtitle:"), m_subtitle);
    form->addRow(tr("&Author:"), m_author);
    form->addRow(tr("&Classification:"), m_classification);
    form->addRow(tr("S&cope:"), m_scope);
    form->addRow(tr("Ta&gs:"), m_tags);
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(QString(), m_private);

    m_sections = new QListWidget(this);
    m_sections->setAccessibleName(tr("Sections"));
    m_sections->setDragDropMode(QAbstractItemView::InternalMove);
    for (BriefingOptions::Section s : BriefingOptions().sections) {
        auto *item = new QListWidgetItem(BriefingOptions::sectionName(s), m_sections);
        item->setData(Qt::UserRole, int(s));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        item->setCheckState(Qt::Checked);
    }
    m_summary = new QPlainTextEdit(this);
    m_summary->setAccessibleName(tr("Executive summary"));
    m_summary->setPlaceholderText(tr("Executive summary: your own text. Blank lines separate paragraphs."));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(form);
    leftLayout->addWidget(new QLabel(tr("Sections (drag to reorder):"), left));
    leftLayout->addWidget(m_sections, 1);
    leftLayout->addWidget(new QLabel(tr("Executive summary:"), left));
    leftLayout->addWidget(m_summary, 2);

    m_preview = new QPrintPreviewWidget(this);
    m_preview->setObjectName(QStringLiteral("briefingPreview"));
    m_preview->setAccessibleName(tr("Preview"));
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &BriefingDialog::paintPreview);

    m_previewNote = new QLabel(this);
    m_previewNote->setObjectName(QStringLiteral("previewNote"));
    m_previewNote->setWordWrap(true);
    m_previewNote->hide();
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_previewNote);
    rightLayout->addWidget(m_preview, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export PDF\u2026"), QDialogButtonBox::ActionRole);
    QPushButton *printButton = buttons->addButton(tr("&Print\u2026"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(printButton, &QPushButton::clicked, this, &BriefingDialog::print);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Briefing"),
                                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/briefing.pdf"),
                                                          tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            exportPdf(path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".pdf"));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1200, 800);

    // The preview follows every change, a moment after the last one.
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(400);
    connect(m_previewTimer, &QTimer::timeout, m_preview, &QPrintPreviewWidget::updatePreview);
    for (QLineEdit *edit : {m_title, m_subtitle, m_author, m_classification, m_tags})
        connect(edit, &QLineEdit::textChanged, this, &BriefingDialog::schedulePreview);
    connect(m_summary, &QPlainTextEdit::textChanged, this, &BriefingDialog::schedulePreview);
    connect(m_private, &QCheckBox::toggled, this, &BriefingDialog::schedulePreview);
    connect(m_paper, &QComboBox::currentIndexChanged, this, &BriefingDialog::schedulePreview);
    connect(m_sections, &QListWidget::itemChanged, this, &BriefingDialog::schedulePreview);
    connect(m_sections->model(), &QAbstractItemModel::rowsMoved, this, &BriefingDialog::schedulePreview);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this](int scope) {
        m_tags->setEnabled(scope == Tags);
        schedulePreview();
    });
    refreshMaterial();
}

void BriefingDialog::setDefaults(const QString &author, QPageSize::PageSizeId paper)
{
    if (!author.isEmpty())
        m_author->setText(author);
    m_paper->setCurrentIndex(qMax(0, m_paper->findData(int(paper))));
}

BriefingOptions BriefingDialog::options() const
{
    BriefingOptions o;
    o.title = m_title->text().trimmed();
    o.subtitle = m_subtitle->text().trimmed();
    o.author = m_author->text().trimmed();
    o.classification = m_classification->text().trimmed();
    o.summary = m_summary->toPlainText();
    o.paper = QPageSize::PageSizeId(m_paper->currentData().toInt());
    o.includePrivate = m_private->isChecked();
    o.sections.clear();
    for (int i = 0; i < m_sections->count(); ++i) {
        if (m_sections->item(i)->checkState() == Qt::Checked)
            o.sections.append(BriefingOptions::Section(m_sections->item(i)->data(Qt::UserRole).toInt()));
    }
    switch (m_scope->currentIndex()) {
    case SelectedDocuments:
        o.scope = tr("%n selected document(s)", nullptr, int(m_selected.size()));
        break;
    case Tags:
        o.scope = tr("Tagged %1").arg(m_tags->text());
        break;
    default:
        o.scope = tr("The whole library");
    }
    return o;
}

QString BriefingDialog::refreshMaterial()
{
    Database &database = m_documents.database();
    AnnotationStore annotations(database);
    TagStore tags(database);
    QList<qint64> ids;
    QList<qint64> tagIds;
    if (m_scope->currentIndex() == SelectedDocuments) {
        if (m_selected.isEmpty())
            return tr("No document is selected in the library.");
        ids = m_selected;
    }
    if (m_scope->currentIndex() == Tags) {
        QStringList paths;
        for (const QString &p : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            paths.append(p.trimmed());
        const auto subtrees = tagSubtrees(tags, paths);
        if (!subtrees)
            return subtrees.error();
        tagIds = *subtrees;
        const auto tagged = documentsWithTags(annotations, tags, tagIds);
        if (!tagged)
            return tagged.error();
        ids = *tagged;
        if (ids.isEmpty())
            return tr("No document carries these tags.");
    }
    const auto material = collectBriefingMaterial(m_documents, m_analyses, m_engine, ids);
    if (!material)
        return material.error();
    m_material = *material;
    QList<qint64> sourceIds;
    for (const BriefingSource &s : std::as_const(m_material.sources))
        sourceIds.append(s.document.id);
    const auto passages = collectBriefingPassages(annotations, tags, sourceIds, tagIds);
    if (!passages)
        return passages.error();
    m_material.passages = *passages;
    return {};
}

void BriefingDialog::schedulePreview()
{
    m_previewTimer->start();
    Q_EMIT changed();
}

void BriefingDialog::setDraft(const BriefingOptions &draft)
{
    if (!draft.title.isEmpty())
        m_title->setText(draft.title);
    m_subtitle->setText(draft.subtitle);
    m_classification->setText(draft.classification);
    m_summary->setPlainText(draft.summary);
    m_private->setChecked(draft.includePrivate);
    // The chosen sections in their order, then the others, unchecked.
    QList<QListWidgetItem *> items;
    while (m_sections->count() > 0)
        items.append(m_sections->takeItem(0));
    auto takeSection = [&](BriefingOptions::Section section) -> QListWidgetItem * {
        for (int i = 0; i < items.size(); ++i) {
            if (items.at(i)->data(Qt::UserRole).toInt() == int(section))
                return items.takeAt(i);
        }
        return nullptr;
    };
    for (BriefingOptions::Section section : draft.sections) {
        if (QListWidgetItem *item = takeSection(section)) {
            item->setCheckState(Qt::Checked);
            m_sections->addItem(item);
        }
    }
    for (QListWidgetItem *item : std::as_const(items)) {
        item->setCheckState(Qt::Unchecked);
        m_sections->addItem(item);
    }
}

void BriefingDialog::paintPreview(QPrinter *printer)
{
    const QString error = refreshMaterial();
    BriefingOptions o = options();
    if (!error.isEmpty())
        o.summary = error; // shown in place of the summary so the preview explains itself
    const BriefingMaterial shown = firstSources(m_material, PreviewSources);
    const int all = int(m_material.sources.size());
    m_previewNote->setVisible(shown.sources.size() < all);
    m_previewNote->setText(tr("The preview shows the first %1 of %n documents; the exported PDF and the printout have them all.", nullptr, all)
                               .arg(PreviewSources));
    auto document = BriefingComposer(o, shown).compose();
    BriefingWriter::paint(printer, o, *document);
}

void BriefingDialog::print()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString error = refreshMaterial();
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Print Briefing"), error);
        return;
    }
    // QPainter paints onto a QPrinter from a worker thread as well. A stop
    // aborts the print job there, before the pages painted so far are sent.
    QPrinter *device = &printer;
    const auto work = [device](const BriefingOptions &o, const BriefingMaterial &material, const BriefingWriter::Progress &progress) {
        auto document = BriefingComposer(o, material).compose();
        const int pages = BriefingWriter::paint(device, o, *document, [device, &progress](int page, int pages) {
            if (progress(page, pages))
                return true;
            device->abort();
            return false;
        });
        return pages < 0 ? Result::failure(tr("The briefing was not printed: stopped.")) : Result::success();
    };
    const std::optional<Result> printed = inBackground(tr("Print Briefing"), work);
    if (printed && !printed->ok())
        QMessageBox::warning(this, tr("Print Briefing"), printed->error());
}

bool BriefingDialog::exportPdf(const QString &path)
{
    const QString error = refreshMaterial();
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export Briefing"), error);
        return false;
    }
    const auto work = [path](const BriefingOptions &o, const BriefingMaterial &material, const BriefingWriter::Progress &progress) {
        auto document = BriefingComposer(o, material).compose();
        return BriefingWriter::writePdf(path, o, *document, progress);
    };
    const std::optional<Result> written = inBackground(tr("Export Briefing"), work);
    if (written && !written->ok())
        QMessageBox::warning(this, tr("Export Briefing"), written->error());
    return written && written->ok();
}

std::optional<Result> BriefingDialog::inBackground(const QString &title, const BackgroundWork &work)
{
    // A briefing of hundreds of documents takes seconds to lay out and
    // paint: that runs on a worker thread, with its own copy of the options
    // and the material, while the window stays responsive and shows how far
    // it is.
    m_previewTimer->stop();
    QProgressDialog progress(tr("Laying out the briefing\u2026"), tr("Cancel"), 0, 0, this);
    progress.setWindowTitle(title);
    // Shown at once, window-modal: nothing in the composer or the main
    // window can change or close while the worker runs.
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.show();
    std::atomic<bool> stopped{false};
    connect(&progress, &QProgressDialog::canceled, this, [&stopped] { stopped = true; });
    const BriefingWriter::Progress report = [&progress, &stopped](int page, int pages) {
        // Queued to the dialog, which outlives the worker.
        QMetaObject::invokeMethod(
            &progress,
            [&progress, page, pages] {
                if (pages == 0)
                    return;
                progress.setLabelText(tr("Writing page %1 of %2\u2026").arg(page).arg(pages));
                progress.setMaximum(pages);
                progress.setValue(page);
            },
            Qt::QueuedConnection);
        return !stopped;
    };
    QFutureWatcher<Result> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([work, o = options(), material = m_material, report] { return work(o, material, report); }));
    if (!watcher.isFinished())
        loop.exec();
    const Result result = watcher.result();
    if (stopped && !result)
        return std::nullopt;
    return result;
}

} // namespace Dossier
