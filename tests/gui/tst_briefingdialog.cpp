#include "briefingdialog.h"

#include "analysis/entityengine.h"
#include "corpus/bundledcorpus.h"
#include "store/analysisstore.h"
#include "store/database.h"
#include "store/documentstore.h"

#include <QComboBox>
#include "settings.h"
#include <QPlainTextEdit>
#include <QFile>
#include <QListWidget>
#include <QPrintPreviewWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QApplication>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QLabel>
#include <QProcess>

using namespace Dossier;

class TestBriefingDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        DocumentStore documents(m_db);
        QVERIFY(BundledCorpus::addToEmptyLibrary(documents).ok());
    }

    void composesAndExports()
    {
        DocumentStore documents(m_db);
        AnalysisStore analyses(m_db);
        BriefingDialog dialog(documents, analyses, m_engine, {2});
        QCOMPARE(dialog.material().sources.size(), 5); // the whole library by default

        // Unchecking a section leaves it out of the options.
        auto *sections = dialog.findChild<QListWidget *>();
        QVERIFY(sections);
        QCOMPARE(sections->count(), 6);
        sections->item(0)->setCheckState(Qt::Unchecked);
        QCOMPARE(dialog.options().sections.size(), 5);
        QVERIFY(!dialog.options().sections.contains(BriefingOptions::Section::Summary));

        // Scope: the selected document only.
        auto *scope = dialog.findChildren<QComboBox *>().first();
        scope->setCurrentIndex(1);
        QCOMPARE(dialog.refreshMaterial(), QString());
        QCOMPARE(dialog.material().sources.size(), 1);
        QCOMPARE(dialog.material().sources.first().document.id, 2);

        // Tags that no document carries: a clear message.
        scope->setCurrentIndex(2);
        QVERIFY(!dialog.refreshMaterial().isEmpty());
        scope->setCurrentIndex(1);

        const QString pdf = m_dir.filePath(QStringLiteral("brief.pdf"));
        QVERIFY(dialog.exportPdf(pdf));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == QByteArrayLiteral("%PDF-"));

        // The live preview renders pages.
        dialog.show();
        auto *preview = dialog.findChild<QPrintPreviewWidget *>();
        preview->updatePreview();
        QTRY_VERIFY(preview->pageCount() >= 2);
    }

    void aLargeScopeIsPreviewedInPartAndExportedWhole()
    {
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("large.sqlite"))).ok());
        DocumentStore documents(db);
        AnalysisStore analyses(db);
        const int count = BriefingDialog::PreviewSources + 5;
        for (int i = 0; i < count; ++i) {
            Document d;
            d.title = QStringLiteral("Report %1").arg(i);
            d.text = QStringLiteral("Report %1. The National Police Agency said %1 cases were reported.").arg(i);
            QVERIFY(documents.add(d).ok());
        }
        BriefingDialog dialog(documents, analyses, m_engine, {});
        QCOMPARE(dialog.material().sources.size(), count);
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("previewNote"));
        QVERIFY(note);
        dialog.show();
        auto *preview = dialog.findChild<QPrintPreviewWidget *>();
        preview->updatePreview();
        QTRY_VERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("first %1 of %2 documents").arg(BriefingDialog::PreviewSources).arg(count)),
                 qPrintable(note->text()));

        // The export has every document.
        const QString pdf = m_dir.filePath(QStringLiteral("large.pdf"));
        QVERIFY(dialog.exportPdf(pdf));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString out = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("%1 source document").arg(count)), qPrintable(out.left(400)));
        QVERIFY(out.contains(QStringLiteral("Report %1").arg(count - 1)));
    }

    void printsThroughTheDialog()
    {
        DocumentStore documents(m_db);
        AnalysisStore analyses(m_db);
        BriefingDialog dialog(documents, analyses, m_engine, {});
        dialog.show();
        const QString pdf = m_dir.filePath(QStringLiteral("printed.pdf"));
        bool accepted = false;
        QTimer::singleShot(0, &dialog, [&] {
            auto *print = qobject_cast<QPrintDialog *>(QApplication::activeModalWidget());
            QVERIFY(print);
            // After the dialog has set the printer up from its own fields.
            QObject::connect(print, qOverload<QPrinter *>(&QPrintDialog::accepted), print, [&](QPrinter *printer) {
                printer->setOutputFormat(QPrinter::PdfFormat);
                printer->setOutputFileName(pdf);
                accepted = true;
            });
            print->accept();
        });
        QPushButton *button = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
            if (b->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Print")))
                button = b;
        }
        QVERIFY(button);
        button->click(); // runs the print dialog, then prints on a worker thread
        QVERIFY(accepted);
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY(info.waitForFinished(60000));
        const QString out = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(out.contains(QRegularExpression(QStringLiteral("Pages:\\s+([3-9]|\\d\\d)"))), qPrintable(out));
    }

    void aSmallScopeIsPreviewedWhole()
    {
        DocumentStore documents(m_db);
        AnalysisStore analyses(m_db);
        BriefingDialog dialog(documents, analyses, m_engine, {});
        dialog.show();
        dialog.findChild<QPrintPreviewWidget *>()->updatePreview();
        QTRY_VERIFY(dialog.findChild<QPrintPreviewWidget *>()->pageCount() >= 2);
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("previewNote"))->isVisible());
    }

    void theDraftIsKept()
    {
        DocumentStore documents(m_db);
        AnalysisStore analyses(m_db);
        Settings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        QVERIFY(!settings.hasBriefingDraft());
        {
            BriefingDialog dialog(documents, analyses, m_engine, {});
            QObject::connect(&dialog, &BriefingDialog::changed, &dialog, [&] { settings.setBriefingDraft(dialog.options()); });
            dialog.findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("Attribution became explicit."));
            auto *sections = dialog.findChild<QListWidget *>();
            sections->item(1)->setCheckState(Qt::Unchecked); // no key figures
        }
        QVERIFY(settings.hasBriefingDraft());
        BriefingDialog again(documents, analyses, m_engine, {});
        again.setDraft(settings.briefingDraft());
        QCOMPARE(again.options().summary, QStringLiteral("Attribution became explicit."));
        QVERIFY(!again.options().sections.contains(BriefingOptions::Section::KeyFigures));
        QCOMPARE(again.options().sections.size(), 5);
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
    EntityEngine m_engine{nullptr, QString()};
};

QTEST_MAIN(TestBriefingDialog)
#include "tst_briefingdialog.moc"
