#include "annotationpanel.h"

#include "annotations/annotationeditor.h"
#include "models/annotationfiltermodel.h"
#include "models/annotationmodel.h"
#include "store/textreplacement.h"
#include "testlibrary.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>

using namespace Dossier;

namespace {
const QString First = QStringLiteral("NISC said attacks rose sharply. The ministry blamed state actors for the breach.");
const QString Second = QStringLiteral("A second report on deterrence and on the budget for cyber defence.");
} // namespace

class TestAnnotationPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_library = std::make_unique<Test::Library>();
        QVERIFY(m_library->isOpen());
        m_first = m_library->addDocument(First, QStringLiteral("First"));
        m_second = m_library->addDocument(Second, QStringLiteral("Second"));
        m_editor = std::make_unique<AnnotationEditor>(m_library->database());
        auto add = [this](qint64 doc, const QString &text, const QString &quote, const QString &colour, const QStringList &tags,
                          const QString &note = {}) {
            const qsizetype at = text.indexOf(quote);
            Annotation a = Annotation::forRange(doc, text, at, at + quote.size());
            a.colour = colour;
            a.note = note;
            const Expected<qint64> id = m_editor->addAnnotation(a, tags);
            return id.ok() ? *id : 0;
        };
        m_attacks = add(m_first, First, QStringLiteral("attacks rose sharply"), QStringLiteral("yellow"), {QStringLiteral("stats")});
        m_blame = add(m_first, First, QStringLiteral("blamed state actors"), QStringLiteral("pink"), {QStringLiteral("attribution/china")},
                      QStringLiteral("Who exactly?"));
        m_deterrence = add(m_second, Second, QStringLiteral("deterrence"), QStringLiteral("pink"), {QStringLiteral("attribution")});
        QVERIFY(m_attacks && m_blame && m_deterrence);
        m_editor->undoStack()->clear();
    }

    void cleanup()
    {
        m_editor.reset();
        m_library.reset();
    }

    void scopesAndFilters()
    {
        AnnotationPanel panel(*m_editor);
        panel.setDocumentTitles({{m_first, QStringLiteral("First")}, {m_second, QStringLiteral("Second")}});
        panel.setDocument(m_first);
        QAbstractItemModel *shown = panel.view()->model();
        QCOMPARE(shown->rowCount(), 2);
        panel.setScope(AnnotationPanel::Scope::Corpus);
        QCOMPARE(shown->rowCount(), 3);

        // Text: in quotes and notes, case-insensitive.
        panel.setTextFilter(QStringLiteral("WHO EXACTLY"));
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(shown->index(0, 0).data(AnnotationModel::AnnotationIdRole).toLongLong(), m_blame);
        panel.setTextFilter({});

        // Colour, through the panel's own combo box.
        auto *colour = panel.findChild<QComboBox *>(QStringLiteral("annotationFilterColour"));
        colour->setCurrentIndex(colour->findData(QStringLiteral("pink")));
        QCOMPARE(shown->rowCount(), 2);
        colour->setCurrentIndex(0);
        QCOMPARE(shown->rowCount(), 3);

        // A tag takes its subtags along.
        panel.setTagFilter(m_editor->tags().byPath(QStringLiteral("attribution")).id);
        QCOMPARE(shown->rowCount(), 2);
        panel.setTagFilter(m_editor->tags().byPath(QStringLiteral("attribution/china")).id);
        QCOMPARE(shown->rowCount(), 1);
        panel.setTagFilter(0);

        // Dates: everything was made today.
        panel.setPeriod(AnnotationPanel::Period::Today);
        QCOMPARE(shown->rowCount(), 3);
        panel.filterModel()->setDateFilter(QDate::currentDate().addDays(1), QDate());
        QCOMPARE(shown->rowCount(), 0);
        panel.setPeriod(AnnotationPanel::Period::Any);
        QCOMPARE(shown->rowCount(), 3);

        // Sorting by colour puts the yellow one first (palette order).
        panel.view()->sortByColumn(AnnotationModel::ColourColumn, Qt::AscendingOrder);
        QCOMPARE(shown->index(0, 0).data(AnnotationModel::AnnotationIdRole).toLongLong(), m_attacks);
    }

    void bulkEditsAreOneStep()
    {
        AnnotationPanel panel(*m_editor);
        panel.setScope(AnnotationPanel::Scope::Corpus);
        panel.view()->selectAll();
        QCOMPARE(panel.selectedIds().size(), 3);
        QUndoStack *stack = m_editor->undoStack();

        QVERIFY(panel.tagSelected(QStringLiteral("review")));
        QCOMPARE(stack->count(), 1);
        const qint64 review = m_editor->tags().byPath(QStringLiteral("review")).id;
        QCOMPARE(m_editor->tags().usage(review).annotations, 3);

        QVERIFY(panel.deleteSelected());
        QCOMPARE(stack->count(), 2);
        QCOMPARE(stack->undoText(), QStringLiteral("Delete 3 annotations"));
        QCOMPARE(m_editor->annotations().count(), 0);
        QTRY_COMPARE(panel.view()->model()->rowCount(), 0);
        stack->undo();
        QCOMPARE(m_editor->annotations().count(), 3);
        panel.reload();
        QCOMPARE(panel.view()->model()->rowCount(), 3);
    }

    void orphansAreListed()
    {
        Annotation lost = Annotation::forRange(m_first, First, 0, 4);
        lost.exact = QStringLiteral("a sentence since removed");
        lost.anchor = Annotation::Anchor::Orphaned;
        const Expected<qint64> id = m_editor->addAnnotation(lost);
        QVERIFY(id.ok());
        AnnotationPanel panel(*m_editor);
        panel.setDocument(m_first);
        QCOMPARE(panel.view()->model()->rowCount(), 3);
        const QModelIndex row = panel.filterModel()->mapFromSource(panel.model()->index(panel.model()->rowOfAnnotation(*id), 0));
        QVERIFY(row.data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(row.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Not found")));
    }

    // After the document's text changed: the one moved to a close match and
    // the one not found show with their status, can be filtered for, and the
    // moved one's place can be accepted (undoably).
    void outOfPlaceAfterATextChange()
    {
        AnnotationPanel panel(*m_editor);
        panel.setDocument(m_first);
        QVERIFY(panel.view()->header()->isSectionHidden(AnnotationModel::StatusColumn));
        Document edited;
        edited.text = QStringLiteral("NISC said attacks rose very sharply. The ministry named nobody at all.");
        const Expected<TextReplacement> done = TextReplacement::replace(m_library->database(), m_first, edited);
        QVERIFY2(done, qPrintable(done.error()));
        QCOMPARE(done->count(AnchorResult::Fuzzy), 1);
        QCOMPARE(done->count(AnchorResult::Orphaned), 1);
        m_editor->notifyChanged(true, false);

        QAbstractItemModel *shown = panel.view()->model();
        QTRY_VERIFY(!panel.view()->header()->isSectionHidden(AnnotationModel::StatusColumn));
        QCOMPARE(shown->rowCount(), 2);
        auto status = [&](qint64 id) {
            const QModelIndex row = panel.filterModel()->mapFromSource(panel.model()->index(panel.model()->rowOfAnnotation(id), 0));
            return row.siblingAtColumn(AnnotationModel::StatusColumn).data().toString();
        };
        QCOMPARE(status(m_attacks), QStringLiteral("Needs review"));
        QCOMPARE(status(m_blame), QStringLiteral("Orphaned"));
        auto *count = panel.findChild<QLabel *>(QStringLiteral("annotationCount"));
        QVERIFY2(count->text().contains(QStringLiteral("to review: 1, orphaned: 1")), qPrintable(count->text()));

        auto *filter = panel.findChild<QComboBox *>(QStringLiteral("annotationFilterStatus"));
        QVERIFY(filter);
        filter->setCurrentIndex(filter->findData(int(AnnotationPanel::Status::Orphaned)));
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(shown->index(0, 0).data(AnnotationModel::AnnotationIdRole).toLongLong(), m_blame);
        QCOMPARE(shown->index(0, 0).data().toString(), QStringLiteral("blamed state actors")); // listed with its quote
        panel.setStatusFilter(AnnotationPanel::Status::NeedsReview);
        QCOMPARE(shown->rowCount(), 1);
        panel.setStatusFilter(AnnotationPanel::Status::NeedsAttention);
        QCOMPARE(shown->rowCount(), 2);

        panel.selectAnnotation(m_attacks);
        QVERIFY(panel.acceptSelected());
        QCOMPARE(m_editor->annotations().byId(m_attacks).anchor, Annotation::Anchor::Anchored);
        QTRY_COMPARE(shown->rowCount(), 1);
        m_editor->undoStack()->undo();
        QCOMPARE(m_editor->annotations().byId(m_attacks).anchor, Annotation::Anchor::NeedsReview);
        QTRY_COMPARE(shown->rowCount(), 2);
    }

private:
    std::unique_ptr<Test::Library> m_library;
    std::unique_ptr<AnnotationEditor> m_editor;
    qint64 m_first = 0, m_second = 0, m_attacks = 0, m_blame = 0, m_deterrence = 0;
};

QTEST_MAIN(TestAnnotationPanel)
#include "tst_annotationpanel.moc"
