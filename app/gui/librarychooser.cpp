#include "librarychooser.h"

#include "store/database.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

#include <memory>

namespace Dossier::Gui {

namespace {

QString tr(const char *text)
{
    return QApplication::translate("Dossier::Gui::LibraryChooser", text);
}

QString pickDatabase(QWidget *parent)
{
    return QFileDialog::getOpenFileName(parent, tr("Open a Dossier Library"), QFileInfo(Database::defaultPath()).absolutePath(),
                                        tr("Dossier libraries (*.sqlite *.db);;All files (*)"));
}

} // namespace

LibraryChooser::LibraryChooser(Attempt attempt, QWidget *parent)
    : m_attempt(std::move(attempt))
    , m_picker(&pickDatabase)
    , m_parent(parent)
{
}

QMessageBox *LibraryChooser::problemBox(const QString &path, const QString &error, QWidget *parent)
{
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Dossier"), tr("Dossier cannot use the library %1.").arg(QDir::toNativeSeparators(path)),
                                QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("libraryProblem"));
    box->setInformativeText(error + QStringLiteral("\n\n") + tr("The file was left as it is. You can open another library, start a new one, or quit."));
    QPushButton *other = box->addButton(tr("&Open Another…"), QMessageBox::AcceptRole);
    other->setObjectName(QStringLiteral("openOther"));
    box->addButton(tr("&New Library"), QMessageBox::AcceptRole)->setObjectName(QStringLiteral("newLibrary"));
    box->addButton(tr("&Quit"), QMessageBox::RejectRole)->setObjectName(QStringLiteral("quit"));
    box->setDefaultButton(other);
    return box;
}

QString LibraryChooser::newLibraryPath()
{
    const QFileInfo standard(Database::defaultPath());
    QString path = standard.absoluteFilePath();
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = standard.dir().filePath(QStringLiteral("%1-%2.%3").arg(standard.completeBaseName()).arg(n).arg(standard.suffix()));
    return path;
}

QString LibraryChooser::open(const QString &path)
{
    QString candidate = path;
    for (;;) {
        const Result result = m_attempt(candidate);
        if (result)
            return candidate;
        m_lastError = result.error();
        std::unique_ptr<QMessageBox> box(problemBox(candidate, m_lastError, m_parent));
        box->exec();
        const QString chosen = box->clickedButton() ? box->clickedButton()->objectName() : QString();
        if (chosen == QLatin1String("openOther")) {
            const QString picked = m_picker(m_parent);
            if (!picked.isEmpty())
                candidate = picked;
            // Cancelled: the same question about the same library again.
        } else if (chosen == QLatin1String("newLibrary")) {
            candidate = newLibraryPath();
        } else {
            return {};
        }
    }
}

} // namespace Dossier::Gui
