#pragma once

#include "result.h"

#include <QString>

#include <functional>

class QMessageBox;
class QWidget;

namespace Dossier::Gui {

// What the GUI does when the library's database cannot be used (damaged,
// read-only, locked, from a newer version): it says why and offers to open
// another database, to start a new library beside the default one, or to
// quit. The database that failed is never written to, let alone replaced.
class LibraryChooser
{
public:
    // Opens and prepares the library at a path, or says why it cannot.
    using Attempt = std::function<Result(const QString &path)>;
    // Asks for an existing database to open; empty when cancelled. The
    // default is a QFileDialog; tests answer in its place.
    using FilePicker = std::function<QString(QWidget *parent)>;

    LibraryChooser(Attempt attempt, QWidget *parent = nullptr);
    void setFilePicker(FilePicker picker) { m_picker = std::move(picker); }

    // Tries path, then whatever the user chooses while attempts fail. The
    // path of the library that opened, or empty when the user quit.
    QString open(const QString &path);
    // The last failure's message (for stderr when the user quits).
    QString lastError() const { return m_lastError; }

    // The message box that explains a failure and offers the ways out
    // (shown by open(); a screenshot run draws it). The caller owns it.
    static QMessageBox *problemBox(const QString &path, const QString &error, QWidget *parent);
    // A database file that does not exist yet, beside the default one.
    static QString newLibraryPath();

private:
    Attempt m_attempt;
    FilePicker m_picker;
    QWidget *m_parent;
    QString m_lastError;
};

} // namespace Dossier::Gui
