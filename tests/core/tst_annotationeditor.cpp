#include "annotations/annotationeditor.h"
#include "testlibrary.h"

#include <QSignalSpy>
#include <QTest>

using namespace Dossier;

namespace {
const QString kText = QStringLiteral(
    "Chief Cabinet Secretary Kato said the government would strengthen its defences against cyber attacks. "
    "NISC reported 5.08 million suspicious probes in FY2013, up from 660,000 in FY2011.");
}

class TestAnnotationEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_lib = std::make_unique<Test::Library>();
        QVERIFY(m_lib->isOpen());
        m_doc = m_lib->addDocument(kText);
        QVERIFY(m_doc > 0);
        m_editor = std::make_unique<AnnotationEditor>(m_lib->database());
    }
    void cleanup()
    {
        m_editor.reset();
        m_lib.reset();
    }

    void addUndoRedoCreatesTagsOnTheFly()
    {
        QSignalSpy changed(m_editor.get(), &AnnotationEditor::annotationsChanged);
        QSignalSpy tagsChanged(m_editor.get(), &AnnotationEditor::tagsChanged);
        const QStringList empty = m_lib->content();
        const Expected<qint64> id = m_editor->addAnnotation(highlight(0, 23, QStringLiteral("yellow")), {QStringLiteral("actors/kato")});
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(tagsChanged.count(), 1);
        QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Add highlight"));
        QCOMPARE(m_editor->tags().byPath(QStringLiteral("actors/kato")).path, QStringLiteral("actors/kato"));
        const QStringList added = m_lib->content();

        m_editor->undoStack()->undo();
        QCOMPARE(m_lib->content(), empty); // the annotation and both new tags are gone
        QCOMPARE(m_editor->undoStack()->redoText(), QStringLiteral("Add highlight"));
        m_editor->undoStack()->redo();
        QCOMPARE(m_lib->content(), added); // same ids, uuids and times

        QCOMPARE(*m_editor->addAnnotation(highlight(24, 28, QString())) , *id + 1);
        QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Add note"));
    }

    // After a text change: an orphan is put on a passage the user chose,
    // and a moved one's place accepted; each one undo step that keeps the
    // note.
    void reattachAndAcceptAfterATextChange()
    {
        Annotation lost = highlight(0, 23, QStringLiteral("pink"));
        lost.note = QStringLiteral("who?");
        lost.exact = QStringLiteral("Deputy Secretary Kato");
        lost.anchor = Annotation::Anchor::Orphaned;
        const qint64 orphan = *m_editor->addAnnotation(lost);
        Annotation moved = highlight(24, 28, QStringLiteral("green"));
        moved.anchor = Annotation::Anchor::NeedsReview;
        moved.previousExact = QStringLiteral("Sato");
        const qint64 review = *m_editor->addAnnotation(moved);
        const QStringList before = m_lib->content();

        QVERIFY(m_editor->reattach(orphan, kText, 0, 28));
        Annotation a = m_editor->annotations().byId(orphan);
        QCOMPARE(a.anchor, Annotation::Anchor::Anchored);
        QCOMPARE(a.exact, kText.left(28));
        QCOMPARE(a.note, QStringLiteral("who?"));
        QCOMPARE(a.colour, QStringLiteral("pink"));
        QVERIFY(!m_editor->reattach(orphan, kText, 10, 10)); // nothing selected
        QVERIFY(m_editor->acceptPlaces({orphan, review}));
        QCOMPARE(m_editor->annotations().byId(review).anchor, Annotation::Anchor::Anchored);
        QVERIFY(m_editor->annotations().byId(review).previousExact.isEmpty());
        QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Accept new place"));

        m_editor->undoStack()->undo();
        m_editor->undoStack()->undo();
        QCOMPARE(m_lib->content(), before);
    }

    void consecutiveNoteEditsMerge()
    {
        const qint64 id = *m_editor->addAnnotation(highlight(0, 23, QStringLiteral("green")));
        const qint64 other = *m_editor->addAnnotation(highlight(24, 28, QStringLiteral("green")));
        const QStringList before = m_lib->content();
        for (const char *note : {"K", "Ka", "Kato: defences"})
            QVERIFY(m_editor->setNote(id, QString::fromLatin1(note)).ok());
        QCOMPARE(m_editor->undoStack()->count(), 3);
        QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Edit note"));
        QVERIFY(m_editor->setNote(other, QStringLiteral("a different annotation")).ok());
        QCOMPARE(m_editor->undoStack()->count(), 4); // not merged into the other's edits
        m_editor->undoStack()->undo();
        const QStringList typed = m_lib->content();
        QCOMPARE(m_editor->annotations().byId(id).note, QStringLiteral("Kato: defences"));
        m_editor->undoStack()->undo();
        QCOMPARE(m_lib->content(), before);
        m_editor->undoStack()->redo();
        QCOMPARE(m_lib->content(), typed);
    }

    void bulkEditsAreOneStepAndOneTransaction()
    {
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i)
            ids.append(*m_editor->addAnnotation(highlight(i * 10, i * 10 + 5, QStringLiteral("blue"))));
        const QStringList before = m_lib->content();
        const int steps = m_editor->undoStack()->count();

        QVERIFY(m_editor->addTag(ids, QStringLiteral("policy/deterrence")).ok());
        QCOMPARE(m_editor->undoStack()->count(), steps + 1);
        QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Tag 3 annotations with “policy/deterrence”"));
        const qint64 tag = m_editor->tags().byPath(QStringLiteral("policy/deterrence")).id;
        for (qint64 id : ids)
            QCOMPARE(m_editor->annotations().byId(id).tagIds, QList<qint64>{tag});
        const QStringList tagged = m_lib->content();

        QVERIFY(m_editor->removeAnnotations(ids).ok());
        QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Delete 3 annotations"));
        QCOMPARE(m_editor->annotations().count(), 0);
        m_editor->undoStack()->undo();
        QCOMPARE(m_lib->content(), tagged);
        m_editor->undoStack()->undo();
        QCOMPARE(m_lib->content(), before);
        m_editor->undoStack()->redo();
        QCOMPARE(m_lib->content(), tagged);

        // One of them vanished behind the editor's back: the bulk delete
        // fails as a whole and deletes none.
        QVERIFY(m_editor->annotations().remove({ids.at(1)}).ok());
        QVERIFY(!m_editor->removeAnnotations(ids).ok());
        QCOMPARE(m_editor->annotations().count(), 2);
    }

    // A long mixed session, undone step by step and redone: after each step
    // the database holds exactly what it held at that point the first time.
    void longSessionRoundTrips()
    {
        QList<QStringList> states{m_lib->content()};
        QStringList texts;
        auto step = [&](const Result &result) {
            QVERIFY2(result.ok(), qPrintable(result.error()));
            states.append(m_lib->content());
            texts.append(m_editor->undoStack()->undoText());
        };
        const qint64 a = *m_editor->addAnnotation(highlight(0, 23, QStringLiteral("yellow")), {QStringLiteral("actors/kato")});
        states.append(m_lib->content());
        texts.append(m_editor->undoStack()->undoText());
        const qint64 b = *m_editor->addAnnotation(highlight(103, 133, QStringLiteral("orange")), {QStringLiteral("stats"), QStringLiteral("actors/nisc")});
        states.append(m_lib->content());
        texts.append(m_editor->undoStack()->undoText());
        step(m_editor->setColour({a, b}, QStringLiteral("purple")));
        step(m_editor->setPrivate({b}, true));
        step(m_editor->setTags(a, {QStringLiteral("people/kato"), QStringLiteral("stats")}));
        step(m_editor->tagDocuments({m_doc}, QStringLiteral("japan/cabinet")));
        const qint64 actors = m_editor->tags().byPath(QStringLiteral("actors")).id;
        const qint64 people = m_editor->tags().byPath(QStringLiteral("people")).id;
        step(m_editor->mergeTags(actors, people));
        step(m_editor->renameTag(people, QStringLiteral("speakers")));
        step(m_editor->setTagColour(people, QStringLiteral("#336699")));
        const qint64 japan = m_editor->tags().byPath(QStringLiteral("japan")).id;
        step(m_editor->moveTag(people, japan));
        step(m_editor->removeTag({a}, m_editor->tags().byPath(QStringLiteral("stats")).id));
        step(m_editor->deleteTag(japan));
        step(m_editor->removeAnnotations({a, b}));

        QCOMPARE(m_editor->undoStack()->count(), states.size() - 1);
        QCOMPARE(texts.at(2), QStringLiteral("Change colour of 2 annotations"));
        QCOMPARE(texts.at(6), QStringLiteral("Merge tag “actors” into “people”"));
        QCOMPARE(texts.at(7), QStringLiteral("Rename tag “people” to “speakers”"));
        QCOMPARE(texts.at(11), QStringLiteral("Delete tag “japan”"));
        QCOMPARE(m_editor->annotations().count(), 0);
        QVERIFY(m_lib->rows(QStringLiteral("SELECT * FROM tags")).isEmpty() == false); // "stats" remains

        for (qsizetype i = states.size() - 2; i >= 0; --i) {
            m_editor->undoStack()->undo();
            QCOMPARE(m_lib->content(), states.at(i));
        }
        QVERIFY(!m_editor->undoStack()->canUndo());
        for (qsizetype i = 1; i < states.size(); ++i) {
            m_editor->undoStack()->redo();
            QCOMPARE(m_lib->content(), states.at(i));
        }
    }

    void failuresAreReportedAndLeaveNoStep()
    {
        Annotation bad = highlight(0, 5, QStringLiteral("yellow"));
        bad.documentId = 999;
        const Expected<qint64> id = m_editor->addAnnotation(bad, {QStringLiteral("new/tag")});
        QVERIFY(!id.ok());
        QCOMPARE(m_editor->undoStack()->count(), 0);
        QVERIFY(m_editor->tags().list()->isEmpty()); // the tag made on the way was rolled back
        QVERIFY(!m_editor->setColour({1}, QStringLiteral("magenta")).ok());
        QVERIFY(!m_editor->addTag({1}, QStringLiteral("a//b")).ok());

        const qint64 real = *m_editor->addAnnotation(highlight(0, 5, QStringLiteral("yellow")));
        QVERIFY(m_editor->setNote(real, QStringLiteral("n")).ok());
        // Another process deletes it; undoing the note edit must fail loudly
        // and leave the database as it was.
        QVERIFY(m_editor->annotations().remove({real}).ok());
        const QStringList now = m_lib->content();
        QSignalSpy errors(m_editor.get(), &AnnotationEditor::errorOccurred);
        m_editor->undoStack()->undo();
        QCOMPARE(errors.count(), 1);
        QCOMPARE(m_lib->content(), now);
        QCOMPARE(m_editor->undoStack()->count(), 1); // the failed step was dropped
    }

private:
    Annotation highlight(qint64 start, qint64 end, const QString &colour) const
    {
        Annotation a = Annotation::forRange(m_doc, kText, start, end);
        a.colour = colour;
        return a;
    }

    std::unique_ptr<Test::Library> m_lib;
    std::unique_ptr<AnnotationEditor> m_editor;
    qint64 m_doc = 0;
};

QTEST_GUILESS_MAIN(TestAnnotationEditor)
#include "tst_annotationeditor.moc"
