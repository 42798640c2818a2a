#pragma once

#include "entityhighlighter.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QFontComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Dossier {

class Settings;

// Settings > Preferences: the reader's font and theme, the language, which
// highlights are on and what happens to page furniture, where the database
// lives, and the defaults for briefings and bundles. OK and Apply write the
// settings and emit applied(); moving the database is asked of the window,
// which owns it.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    // themes: KSyntaxHighlighting theme names with their translated names.
    PreferencesDialog(Settings &settings, const QList<QPair<QString, QString>> &themes, const QString &databasePath,
                      QWidget *parent = nullptr);

    // Writes what the dialog shows into the settings.
    void apply();
    // Shows where the database now is (after a move).
    void setDatabasePath(const QString &path);

    static EntityHighlighter::Layers defaultLayers();

Q_SIGNALS:
    void applied();
    void databaseMoveRequested(const QString &target);

private:
    QWidget *createAppearancePage(const QList<QPair<QString, QString>> &themes);
    QWidget *createHighlightsPage();
    QWidget *createLibraryPage(const QString &databasePath);
    void load();
    void chooseDatabaseTarget();

    Settings &m_settings;
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QCheckBox *m_systemFont = nullptr;
    QFontComboBox *m_font = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QList<QPair<QCheckBox *, EntityHighlighter::Layer>> m_layers;
    QButtonGroup *m_furniture = nullptr;
    QLineEdit *m_databasePath = nullptr;
    QPushButton *m_moveDatabase = nullptr;
    QLineEdit *m_author = nullptr;
    QComboBox *m_paper = nullptr;
};

} // namespace Dossier
