#include "preferencesdialog.h"

#include "settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dossier;

namespace {

const QList<QPair<QString, QString>> Themes = {{QStringLiteral("Breeze Light"), QStringLiteral("Breeze Light")},
                                               {QStringLiteral("Solarized Dark"), QStringLiteral("Solarized Dark")}};

template<typename T>
T *child(QWidget &dialog, const char *name)
{
    auto *widget = dialog.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qWarning() << "no" << name;
    return widget;
}

} // namespace

class TestPreferencesDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsTheDefaults()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        PreferencesDialog dialog(settings, Themes, QStringLiteral("/data/dossier.sqlite"));
        QCOMPARE(child<QComboBox>(dialog, "language")->currentData().toString(), QString());
        QCOMPARE(child<QComboBox>(dialog, "theme")->currentData().toString(), QString());
        QCOMPARE(child<QComboBox>(dialog, "theme")->count(), 3); // follow the system, and the two themes
        QVERIFY(child<QCheckBox>(dialog, "systemFont")->isChecked());
        QVERIFY(!child<QFontComboBox>(dialog, "font")->isEnabled());
        for (int layer : {EntityHighlighter::Bodies, EntityHighlighter::Statistics, EntityHighlighter::Attributions, EntityHighlighter::Changes})
            QVERIFY(child<QCheckBox>(dialog, QStringLiteral("layer%1").arg(layer).toLatin1().constData())->isChecked());
        QVERIFY(child<QRadioButton>(dialog, "furniture1")->isChecked()); // dimmed
        QCOMPARE(child<QLineEdit>(dialog, "databasePath")->text(), QStringLiteral("/data/dossier.sqlite"));
        QCOMPARE(child<QComboBox>(dialog, "paper")->currentData().toInt(), int(QPageSize::A4));
    }

    void writesTheSettings()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        {
            Settings settings(file);
            PreferencesDialog dialog(settings, Themes, QString());
            QSignalSpy applied(&dialog, &PreferencesDialog::applied);
            auto *language = child<QComboBox>(dialog, "language");
            language->setCurrentIndex(language->findData(QStringLiteral("ja")));
            auto *theme = child<QComboBox>(dialog, "theme");
            theme->setCurrentIndex(theme->findData(QStringLiteral("Solarized Dark")));
            child<QCheckBox>(dialog, "systemFont")->setChecked(false);
            QVERIFY(child<QFontComboBox>(dialog, "font")->isEnabled());
            auto *font = child<QFontComboBox>(dialog, "font");
            const QString family = font->itemText(0);
            font->setCurrentIndex(0);
            child<QSpinBox>(dialog, "fontSize")->setValue(17);
            child<QCheckBox>(dialog, QStringLiteral("layer%1").arg(int(EntityHighlighter::Statistics)).toLatin1().constData())->setChecked(false);
            child<QRadioButton>(dialog, "furniture2")->setChecked(true); // hidden
            child<QLineEdit>(dialog, "author")->setText(QStringLiteral("  Aiko Tanaka "));
            auto *paper = child<QComboBox>(dialog, "paper");
            paper->setCurrentIndex(paper->findData(int(QPageSize::Letter)));

            dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->click();
            QCOMPARE(applied.count(), 1);
            QVERIFY(dialog.isVisible() == false); // Apply does not close (it was never shown)

            QCOMPARE(settings.language(), QStringLiteral("ja"));
            QCOMPARE(settings.theme(), QStringLiteral("Solarized Dark"));
            QCOMPARE(settings.readerFontFamily(), family);
            QCOMPARE(settings.readerFontSize(), 17);
            const auto layers = EntityHighlighter::Layers(settings.readerLayers());
            QVERIFY(layers.testFlag(EntityHighlighter::Bodies));
            QVERIFY(!layers.testFlag(EntityHighlighter::Statistics));
            QVERIFY(layers.testFlag(EntityHighlighter::HideFurniture));
            QVERIFY(!layers.testFlag(EntityHighlighter::Furniture));
            QCOMPARE(settings.authorName(), QStringLiteral("Aiko Tanaka"));
            QCOMPARE(settings.paperSize(), QPageSize::Letter);
        }
        // Written to the file, and shown again by a new dialog.
        Settings again(file);
        QCOMPARE(again.paperSize(), QPageSize::Letter);
        PreferencesDialog dialog(again, Themes, QString());
        QCOMPARE(child<QComboBox>(dialog, "language")->currentData().toString(), QStringLiteral("ja"));
        QCOMPARE(child<QComboBox>(dialog, "theme")->currentData().toString(), QStringLiteral("Solarized Dark"));
        QVERIFY(!child<QCheckBox>(dialog, "systemFont")->isChecked());
        QCOMPARE(child<QSpinBox>(dialog, "fontSize")->value(), 17);
        QVERIFY(child<QRadioButton>(dialog, "furniture2")->isChecked());
        QVERIFY(!child<QCheckBox>(dialog, QStringLiteral("layer%1").arg(int(EntityHighlighter::Statistics)).toLatin1().constData())->isChecked());
        QCOMPARE(child<QLineEdit>(dialog, "author")->text(), QStringLiteral("Aiko Tanaka"));
    }

    void cancelWritesNothing()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        PreferencesDialog dialog(settings, Themes, QString());
        child<QLineEdit>(dialog, "author")->setText(QStringLiteral("Someone"));
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        QCOMPARE(settings.authorName(), QString());
        QCOMPARE(settings.readerLayers(), -1);
    }

    void asksTheWindowToMoveTheDatabase()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        PreferencesDialog dialog(settings, Themes, QStringLiteral("/old/dossier.sqlite"));
        QSignalSpy requested(&dialog, &PreferencesDialog::databaseMoveRequested);
        QVERIFY(requested.isValid());
        dialog.setDatabasePath(QStringLiteral("/new/dossier.sqlite"));
        QCOMPARE(child<QLineEdit>(dialog, "databasePath")->text(), QStringLiteral("/new/dossier.sqlite"));
        QVERIFY(child<QPushButton>(dialog, "moveDatabase")->isEnabled());
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
