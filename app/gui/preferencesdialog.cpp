#include "preferencesdialog.h"

#include "settings.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Dossier {

namespace {

enum FurnitureChoice { ShowFurniture, DimFurniture, HideFurniture };

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::Disabled, QPalette::WindowText));
    label->setPalette(palette);
    return label;
}

} // namespace

EntityHighlighter::Layers PreferencesDialog::defaultLayers()
{
    return EntityHighlighter::Layers(EntityHighlighter::Bodies | EntityHighlighter::Statistics | EntityHighlighter::Attributions
                                     | EntityHighlighter::Changes | EntityHighlighter::Furniture);
}

PreferencesDialog::PreferencesDialog(Settings &settings, const QList<QPair<QString, QString>> &themes, const QString &databasePath,
                                     QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(createAppearancePage(themes), tr("&Appearance"));
    tabs->addTab(createHighlightsPage(), tr("&Highlights"));
    tabs->addTab(createLibraryPage(databasePath), tr("&Library and Briefings"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &PreferencesDialog::apply);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    // Room for a database path and for the longer German and the wrapped
    // Japanese notes without clipping (in Latin letters: a CJK font's
    // average character is a full-width one).
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 80);
    load();
}

QWidget *PreferencesDialog::createAppearancePage(const QList<QPair<QString, QString>> &themes)
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);

    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System language"), QString());
    // Each language in its own words, so that anyone can find theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), note(tr("A new language is used when Dossier is next started."), page));

    m_theme = new QComboBox(page);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("Follow the system (light or dark)"), QString());
    for (const auto &[name, translated] : themes)
        m_theme->addItem(translated, name);
    form->addRow(tr("Highlight &theme:"), m_theme);

    m_systemFont = new QCheckBox(tr("Use the &system font"), page);
    m_systemFont->setObjectName(QStringLiteral("systemFont"));
    form->addRow(tr("Reader font:"), m_systemFont);
    m_font = new QFontComboBox(page);
    m_font->setObjectName(QStringLiteral("font"));
    m_fontSize = new QSpinBox(page);
    m_fontSize->setObjectName(QStringLiteral("fontSize"));
    m_fontSize->setRange(6, 72);
    m_fontSize->setSuffix(tr(" pt"));
    auto *fontRow = new QHBoxLayout;
    fontRow->addWidget(m_font, 1);
    fontRow->addWidget(m_fontSize);
    // A row of two widgets has no buddy of its own: give the label one, or
    // its "&" would show.
    auto *fontLabel = new QLabel(tr("&Font and size:"), page);
    fontLabel->setBuddy(m_font);
    form->addRow(fontLabel, fontRow);
    connect(m_systemFont, &QCheckBox::toggled, this, [this](bool system) {
        m_font->setEnabled(!system);
        m_fontSize->setEnabled(!system);
    });
    return page;
}

QWidget *PreferencesDialog::createHighlightsPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *layersBox = new QGroupBox(tr("Highlight in the reader"), page);
    auto *layersLayout = new QVBoxLayout(layersBox);
    const QList<QPair<QString, EntityHighlighter::Layer>> layers = {
        {tr("Who said what (&attributions)"), EntityHighlighter::Attributions},
        {tr("Government &bodies"), EntityHighlighter::Bodies},
        {tr("&Statistics"), EntityHighlighter::Statistics},
        {tr("&Changes in figures"), EntityHighlighter::Changes},
    };
    for (const auto &[label, layer] : layers) {
        auto *box = new QCheckBox(label, layersBox);
        box->setObjectName(QStringLiteral("layer%1").arg(int(layer)));
        layersLayout->addWidget(box);
        m_layers.append({box, layer});
    }
    layout->addWidget(layersBox);

    auto *furnitureBox = new QGroupBox(tr("Page furniture (menus, advertisements, footers)"), page);
    auto *furnitureLayout = new QVBoxLayout(furnitureBox);
    m_furniture = new QButtonGroup(this);
    const QList<QPair<QString, FurnitureChoice>> choices = {
        {tr("Show it like the &text"), ShowFurniture},
        {tr("&Dim it"), DimFurniture},
        {tr("&Hide it"), HideFurniture},
    };
    for (const auto &[label, choice] : choices) {
        auto *radio = new QRadioButton(label, furnitureBox);
        radio->setObjectName(QStringLiteral("furniture%1").arg(int(choice)));
        m_furniture->addButton(radio, choice);
        furnitureLayout->addWidget(radio);
    }
    layout->addWidget(furnitureBox);
    layout->addWidget(note(tr("These also are the View \u203a Highlights menu; both are remembered for the next start."), page));
    layout->addStretch(1);
    return page;
}

QWidget *PreferencesDialog::createLibraryPage(const QString &databasePath)
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);

    m_databasePath = new QLineEdit(databasePath, page);
    m_databasePath->setObjectName(QStringLiteral("databasePath"));
    m_databasePath->setReadOnly(true);
    m_moveDatabase = new QPushButton(tr("&Move\u2026"), page);
    m_moveDatabase->setObjectName(QStringLiteral("moveDatabase"));
    connect(m_moveDatabase, &QPushButton::clicked, this, &PreferencesDialog::chooseDatabaseTarget);
    auto *databaseRow = new QHBoxLayout;
    databaseRow->addWidget(m_databasePath, 1);
    databaseRow->addWidget(m_moveDatabase);
    auto *databaseLabel = new QLabel(tr("Database:"), page);
    databaseLabel->setBuddy(m_databasePath);
    form->addRow(databaseLabel, databaseRow);
    form->addRow(QString(), note(tr("Moving copies the library to the new place, checks the copy and then uses it. "
                                    "The old file is kept until you delete it."),
                                 page));

    m_author = new QLineEdit(page);
    m_author->setObjectName(QStringLiteral("author"));
    m_author->setPlaceholderText(tr("Your name, as colleagues should read it"));
    form->addRow(tr("&Author name:"), m_author);
    form->addRow(QString(), note(tr("Named in the briefings and annotation bundles you make."), page));

    m_paper = new QComboBox(page);
    m_paper->setObjectName(QStringLiteral("paper"));
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("US Letter"), int(QPageSize::Letter));
    form->addRow(tr("Briefing &paper size:"), m_paper);
    return page;
}

void PreferencesDialog::load()
{
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings.language())));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(m_settings.theme())));
    const QString family = m_settings.readerFontFamily();
    m_systemFont->setChecked(family.isEmpty());
    m_font->setEnabled(!family.isEmpty());
    m_fontSize->setEnabled(!family.isEmpty());
    m_font->setCurrentFont(family.isEmpty() ? QFontDatabase::systemFont(QFontDatabase::GeneralFont) : QFont(family));
    m_fontSize->setValue(m_settings.readerFontSize() > 0 ? m_settings.readerFontSize() : 12);

    const int stored = m_settings.readerLayers();
    const EntityHighlighter::Layers layers = stored < 0 ? defaultLayers() : EntityHighlighter::Layers(stored);
    for (const auto &[box, layer] : std::as_const(m_layers))
        box->setChecked(layers.testFlag(layer));
    const FurnitureChoice furniture = layers.testFlag(EntityHighlighter::HideFurniture) ? HideFurniture
        : layers.testFlag(EntityHighlighter::Furniture)                                 ? DimFurniture
                                                                                        : ShowFurniture;
    m_furniture->button(furniture)->setChecked(true);

    m_author->setText(m_settings.authorName());
    m_paper->setCurrentIndex(qMax(0, m_paper->findData(int(m_settings.paperSize()))));
}

void PreferencesDialog::apply()
{
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setTheme(m_theme->currentData().toString());
    // The family as listed, not as resolved: what the user picked.
    m_settings.setReaderFontFamily(m_systemFont->isChecked() ? QString() : m_font->currentText());
    m_settings.setReaderFontSize(m_systemFont->isChecked() ? 0 : m_fontSize->value());

    EntityHighlighter::Layers layers;
    for (const auto &[box, layer] : std::as_const(m_layers)) {
        if (box->isChecked())
            layers |= layer;
    }
    if (m_furniture->checkedId() == DimFurniture)
        layers |= EntityHighlighter::Furniture;
    else if (m_furniture->checkedId() == HideFurniture)
        layers |= EntityHighlighter::HideFurniture;
    m_settings.setReaderLayers(int(layers));

    m_settings.setAuthorName(m_author->text());
    m_settings.setPaperSize(QPageSize::PageSizeId(m_paper->currentData().toInt()));
    m_settings.sync();
    Q_EMIT applied();
}

void PreferencesDialog::setDatabasePath(const QString &path)
{
    m_databasePath->setText(path);
}

void PreferencesDialog::chooseDatabaseTarget()
{
    const QString target = QFileDialog::getSaveFileName(this, tr("Move the Database To"), QFileInfo(m_databasePath->text()).absolutePath(),
                                                        tr("Dossier databases (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!target.isEmpty())
        Q_EMIT databaseMoveRequested(target);
}

} // namespace Dossier
