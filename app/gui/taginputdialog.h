#pragma once

#include <QDialog>

namespace Dossier {

class TagLineEdit;

// Asks for tag paths with completion: tagging several annotations at once,
// or the tags of a document.
class TagInputDialog : public QDialog
{
    Q_OBJECT
public:
    TagInputDialog(const QString &title, const QString &label, const QStringList &knownPaths, QWidget *parent = nullptr);

    TagLineEdit *tagEdit() const { return m_tags; }
    void setTags(const QStringList &paths);
    QStringList tags() const;

private:
    TagLineEdit *m_tags = nullptr;
};

} // namespace Dossier
