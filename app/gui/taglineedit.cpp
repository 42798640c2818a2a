#include "taglineedit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStringListModel>

namespace Dossier {

namespace {
constexpr QLatin1Char Comma(',');
} // namespace

TagLineEdit::TagLineEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_completer(new QCompleter(this))
    , m_paths(new QStringListModel(this))
{
    setPlaceholderText(tr("Tags, separated by commas (policy/deterrence)"));
    setAccessibleName(tr("Tags"));
    setClearButtonEnabled(true);
    m_completer->setModel(m_paths);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setWidget(this);
    connect(this, &QLineEdit::textEdited, this, &TagLineEdit::complete);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &TagLineEdit::insertCompletion);
}

void TagLineEdit::setKnownPaths(const QStringList &paths)
{
    m_paths->setStringList(paths);
}

void TagLineEdit::setTags(const QStringList &paths)
{
    setText(paths.join(QStringLiteral(", ")));
}

QStringList TagLineEdit::tags() const
{
    QStringList paths;
    const QStringList parts = text().split(Comma);
    for (const QString &part : parts) {
        const QString path = part.trimmed();
        if (!path.isEmpty() && !paths.contains(path, Qt::CaseInsensitive))
            paths.append(path);
    }
    return paths;
}

int TagLineEdit::tokenStart() const
{
    return int(text().lastIndexOf(Comma, qMax(0, cursorPosition() - 1))) + 1;
}

void TagLineEdit::complete()
{
    const int start = tokenStart();
    const QString prefix = text().mid(start, cursorPosition() - start).trimmed();
    if (prefix.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(prefix);
    m_completer->complete();
}

void TagLineEdit::insertCompletion(const QString &path)
{
    const int start = tokenStart();
    const int end = int(text().indexOf(Comma, cursorPosition()));
    QString value = text();
    const QString replacement = (start > 0 ? QStringLiteral(" ") : QString()) + path;
    value.replace(start, (end < 0 ? int(value.size()) : end) - start, replacement);
    setText(value);
    setCursorPosition(start + int(replacement.size()));
}

} // namespace Dossier
