#include "noteeditor.h"

#include "taglineedit.h"

#include "annotations/annotationeditor.h"
#include "annotations/highlightcolour.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QIcon>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Dossier {

namespace {

QStringList pathsOf(AnnotationEditor &editor, const QList<qint64> &tagIds)
{
    QStringList paths;
    for (qint64 id : tagIds)
        paths.append(editor.tags().byId(id).path);
    paths.sort(Qt::CaseInsensitive);
    return paths;
}

QStringList allPaths(AnnotationEditor &editor)
{
    QStringList paths;
    const Expected<QList<Tag>> tags = editor.tags().list();
    if (tags) {
        for (const Tag &t : *tags)
            paths.append(t.path);
    }
    return paths;
}

} // namespace

NoteEditor::NoteEditor(AnnotationEditor &editor, qint64 annotationId, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_id(annotationId)
{
    setObjectName(QStringLiteral("noteEditor"));
    setWindowTitle(tr("Note"));
    setAttribute(Qt::WA_DeleteOnClose);

    m_quote = new QLabel(this);
    m_quote->setObjectName(QStringLiteral("noteQuote"));
    m_quote->setTextFormat(Qt::PlainText);
    m_quote->setWordWrap(true);
    m_quote->setForegroundRole(QPalette::PlaceholderText);
    QFont italic = m_quote->font();
    italic.setItalic(true);
    m_quote->setFont(italic);

    m_colour = new QComboBox(this);
    m_colour->setAccessibleName(tr("Highlight colour"));
    m_colour->addItem(tr("None (note only)"), QString());
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    for (const HighlightColour &c : HighlightColour::palette()) {
        QPixmap swatch(14, 14);
        swatch.fill(c.colour(dark));
        m_colour->addItem(QIcon(swatch), c.displayName(), c.keyString());
    }

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("noteText"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Write a note\u2026"));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumSize(360, 140);

    m_tags = new TagLineEdit(this);
    m_tags->setObjectName(QStringLiteral("noteTags"));
    m_tags->setKnownPaths(allPaths(editor));

    m_private = new QCheckBox(tr("&Private: keep this note out of bundles and briefings"), this);
    m_private->setObjectName(QStringLiteral("notePrivate"));

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *remove = buttons->addButton(tr("&Delete Annotation"), QDialogButtonBox::DestructiveRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(remove, &QPushButton::clicked, this, [this] {
        commitTags();
        Q_EMIT deleteRequested(m_id);
        reject();
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Colour:"), m_colour);
    form->addRow(tr("&Tags:"), m_tags);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_quote);
    layout->addWidget(m_note, 1);
    layout->addLayout(form);
    layout->addWidget(m_private);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    reload();
    m_note->setFocus();
    m_note->moveCursor(QTextCursor::End);

    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            showResult(m_editor.setNote(m_id, m_note->toPlainText()).error());
    });
    connect(m_private, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_loading)
            showResult(m_editor.setPrivate({m_id}, on).error());
    });
    connect(m_colour, &QComboBox::activated, this, [this] {
        showResult(m_editor.setColour({m_id}, m_colour->currentData().toString()).error());
    });
    connect(m_tags, &QLineEdit::editingFinished, this, &NoteEditor::commitTags);
    connect(&m_editor, &AnnotationEditor::annotationsChanged, this, &NoteEditor::reload);
    connect(&m_editor, &AnnotationEditor::tagsChanged, this, [this] { m_tags->setKnownPaths(allPaths(m_editor)); });
}

void NoteEditor::reload()
{
    const Annotation a = m_editor.annotations().byId(m_id);
    if (!a.isValid()) {
        // Deleted, or its adding undone.
        close();
        return;
    }
    m_loading = true;
    m_quote->setText(tr("\u201c%1\u201d").arg(a.exact.simplified().left(300)));
    if (m_note->toPlainText() != a.note)
        m_note->setPlainText(a.note);
    m_private->setChecked(a.isPrivate);
    m_colour->setCurrentIndex(qMax(0, m_colour->findData(a.colour)));
    if (!m_tags->hasFocus())
        m_tags->setTags(pathsOf(m_editor, a.tagIds));
    m_loading = false;
}

void NoteEditor::commitTags()
{
    const Annotation a = m_editor.annotations().byId(m_id);
    if (!a.isValid())
        return;
    const QStringList typed = m_tags->tags();
    QStringList current = pathsOf(m_editor, a.tagIds);
    QStringList wanted = typed;
    auto folded = [](QStringList list) {
        for (QString &s : list)
            s = Tag::splitPath(s).join(Tag::Separator).toCaseFolded();
        list.sort();
        return list;
    };
    if (folded(current) == folded(wanted))
        return;
    showResult(m_editor.setTags(m_id, typed).error());
}

void NoteEditor::showResult(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

void NoteEditor::done(int result)
{
    commitTags();
    QDialog::done(result);
}

} // namespace Dossier
