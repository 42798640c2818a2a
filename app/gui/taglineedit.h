#pragma once

#include <QLineEdit>

class QCompleter;
class QStringListModel;

namespace Dossier {

// Tag paths separated by commas ("policy/deterrence, attribution-to-China"),
// completing the one being typed from the existing tags (any part of the
// path matches). Tags not yet known are simply new ones.
class TagLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit TagLineEdit(QWidget *parent = nullptr);

    void setKnownPaths(const QStringList &paths);
    QCompleter *completer() const { return m_completer; }

    void setTags(const QStringList &paths);
    // The paths typed, trimmed, without empty ones or repeats.
    QStringList tags() const;

private:
    void complete();
    void insertCompletion(const QString &path);
    // The start of the path the cursor is in.
    int tokenStart() const;

    QCompleter *m_completer = nullptr;
    QStringListModel *m_paths = nullptr;
};

} // namespace Dossier
