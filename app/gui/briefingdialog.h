#pragma once

#include "briefing/briefing.h"
#include "briefing/briefingwriter.h"
#include "result.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPrinter;
class QPrintPreviewWidget;
class QTimer;

namespace Dossier {

class AnalysisStore;
class DocumentStore;
class EntityEngine;

// The briefing composer: scope, sections and their order, summary, cover
// fields and paper, with a live preview; prints or exports a PDF.
class BriefingDialog : public QDialog
{
    Q_OBJECT
public:
    BriefingDialog(DocumentStore &documents, AnalysisStore &analyses, const EntityEngine &engine,
                   const QList<qint64> &selectedDocuments, QWidget *parent = nullptr);
    // The author and paper the form starts from (Preferences); an empty
    // author keeps the login name.
    void setDefaults(const QString &author, QPageSize::PageSizeId paper);

    BriefingOptions options() const;
    // Restores what the user last wrote and chose in the composer.
    void setDraft(const BriefingOptions &draft);
    // Gathers the material for the current scope; the error says why not.
    QString refreshMaterial();
    const BriefingMaterial &material() const { return m_material; }
    bool exportPdf(const QString &path);

    // The live preview composes the first sources only, so that it follows
    // every change at once; the export and the printout have them all.
    static constexpr int PreviewSources = 25;

Q_SIGNALS:
    // The user changed something: the caller keeps the draft (options()).
    void changed();

private:
    // Composing and painting a briefing, on a worker thread.
    using BackgroundWork = std::function<Result(const BriefingOptions &, const BriefingMaterial &, const BriefingWriter::Progress &)>;
    // Runs the work with a progress dialog and Cancel; nothing when the user
    // stopped it.
    std::optional<Result> inBackground(const QString &title, const BackgroundWork &work);
    void paintPreview(QPrinter *printer);
    void print();
    void schedulePreview();

    DocumentStore &m_documents;
    AnalysisStore &m_analyses;
    const EntityEngine &m_engine;
    QList<qint64> m_selected;
    BriefingMaterial m_material;

    QLineEdit *m_title = nullptr;
    QLineEdit *m_subtitle = nullptr;
    QLineEdit *m_author = nullptr;
    QLineEdit *m_classification = nullptr;
    QComboBox *m_scope = nullptr;
    QLineEdit *m_tags = nullptr;
    QComboBox *m_paper = nullptr;
    QCheckBox *m_private = nullptr;
    QListWidget *m_sections = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QPrintPreviewWidget *m_preview = nullptr;
    QLabel *m_previewNote = nullptr;
    QTimer *m_previewTimer = nullptr;
};

} // namespace Dossier
