#pragma once

#include <QHash>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace Dossier {

class AnnotationEditor;
class AnnotationFilterModel;
class AnnotationModel;

// The annotations panel: the current document's annotations or the whole
// corpus's, filtered by text, tag (with its subtags), colour and date,
// sorted by any column. Orphaned ones are listed too, in italics, with
// those moved to a close match after their text changed (Status column and
// filter): the user accepts the new place or re-attaches them. Several
// can be tagged, coloured or deleted at once, each as one undo step.
class AnnotationPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Scope { Document, Corpus };
    enum class Period { Any, Today, Week, Month, Year };
    // Where annotations stand after their text changed.
    enum class Status { Any, NeedsAttention, NeedsReview, Orphaned };

    explicit AnnotationPanel(AnnotationEditor &editor, QWidget *parent = nullptr);

    void setScope(Scope scope);
    Scope scope() const;
    // The document whose annotations are listed in Document scope.
    void setDocument(qint64 documentId);
    void setDocumentTitles(const QHash<qint64, QString> &titles);
    // Reads the annotations and tags again, keeping the selection.
    void reload();

    void setTextFilter(const QString &text);
    void setColourFilter(const QString &colourKey);
    // A tag and its subtags; 0 for any.
    void setTagFilter(qint64 tagId);
    void setPeriod(Period period);
    void setStatusFilter(Status status);

    QList<qint64> selectedIds() const;
    void selectAnnotation(qint64 id);

    // Bulk edits of the selection, one undo step each.
    bool deleteSelected();
    bool tagSelected(const QString &tagPath);
    bool colourSelected(const QString &colourKey);
    // The selected annotations to review stay where they were moved.
    bool acceptSelected();

    QTreeView *view() const { return m_view; }
    AnnotationModel *model() const { return m_model; }
    AnnotationFilterModel *filterModel() const { return m_filter; }

Q_SIGNALS:
    // The user chose an annotation to go to.
    void annotationActivated(qint64 id);
    // Put this annotation on the text selected in the reader.
    void reattachRequested(qint64 id);
    void errorOccurred(const QString &message);

private:
    void buildFilterRow();
    void buildStatusFilter();
    void reloadTagChoices();
    void updateActions();
    void updateCount();
    void countOutOfPlace();
    bool report(const QString &error);
    void askForTag();

    AnnotationEditor &m_editor;
    AnnotationModel *m_model = nullptr;
    AnnotationFilterModel *m_filter = nullptr;
    qint64 m_documentId = 0;
    bool m_reloadPending = false;
    int m_review = 0; // annotations of the model to review
    int m_orphaned = 0;
    QComboBox *m_scope = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_colour = nullptr;
    QComboBox *m_period = nullptr;
    QComboBox *m_status = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QAction *m_tagAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_acceptAction = nullptr;
    QAction *m_reattachAction = nullptr;
    QList<QAction *> m_colourActions;
};

} // namespace Dossier
