#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace Dossier {

class AnnotationEditor;
class TagLineEdit;

// The small window for one annotation's note, tags, colour and private flag.
// Every change is saved as it is made, through AnnotationEditor: typing is
// one undo step (the editor merges note edits), so there is nothing to
// cancel; Edit > Undo takes a change back.
class NoteEditor : public QDialog
{
    Q_OBJECT
public:
    NoteEditor(AnnotationEditor &editor, qint64 annotationId, QWidget *parent = nullptr);

    qint64 annotationId() const { return m_id; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    TagLineEdit *tagEdit() const { return m_tags; }
    QCheckBox *privateBox() const { return m_private; }
    QComboBox *colourBox() const { return m_colour; }

    // Saves the tags typed, when they differ from the annotation's.
    void commitTags();

Q_SIGNALS:
    void deleteRequested(qint64 id);

public:
    void done(int result) override;

private:
    // Shows the annotation as stored (after an undo, say); closes when it is gone.
    void reload();
    void showResult(const QString &error);

    AnnotationEditor &m_editor;
    qint64 m_id;
    bool m_loading = false;
    QLabel *m_quote = nullptr;
    QComboBox *m_colour = nullptr;
    QPlainTextEdit *m_note = nullptr;
    TagLineEdit *m_tags = nullptr;
    QCheckBox *m_private = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Dossier
