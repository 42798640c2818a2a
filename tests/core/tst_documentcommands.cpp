#include "store/database.h"
#include "store/documentcommands.h"
#include "annotations/annotation.h"
#include "store/tagstore.h"
#include "store/annotationstore.h"
#include "store/documentstore.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Dossier;

class TestDocumentCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("lib.sqlite"))).ok());
        m_store = std::make_unique<DocumentStore>(*m_db);
        for (int i = 0; i < 3; ++i) {
            Document d;
            d.title = QStringLiteral("Report %1").arg(i);
            d.publisher = QStringLiteral("Cabinet Office");
            d.text = QStringLiteral("The text of report %1.").arg(i);
            const Expected<qint64> id = m_store->add(d);
            QVERIFY(id.ok());
            m_ids.append(*id);
        }
        m_errors.clear();
    }

    void cleanup()
    {
        m_ids.clear();
        m_store.reset();
        m_db.reset();
        m_dir.reset();
    }

    void removeAndUndoKeepIds()
    {
        QUndoStack stack;
        const QList<Document> two = {m_store->byId(m_ids.at(0)), m_store->byId(m_ids.at(2))};
        stack.push(new RemoveDocumentsCommand(*m_store, two, errorHandler()));
        QCOMPARE(m_store->count(), 1);
        QCOMPARE(stack.undoText(), QStringLiteral("Remove 2 Document(s)"));
        stack.undo();
        QCOMPARE(m_store->count(), 3);
        const Document back = m_store->byId(m_ids.at(2));
        QCOMPARE(back.title, QStringLiteral("Report 2"));
        QCOMPARE(back.text, QStringLiteral("The text of report 2."));
        QCOMPARE(back.uuid, two.at(1).uuid);
        stack.redo();
        QCOMPARE(m_store->count(), 1);
        QVERIFY(!m_store->byId(m_ids.at(0)).isValid());
        QVERIFY(m_errors.isEmpty());
    }

    void undoBringsBackAnnotationsAndTags()
    {
        const qint64 id = m_ids.at(1);
        const Document doc = m_store->byId(id);
        AnnotationStore annotations(*m_db);
        TagStore tags(*m_db);
        const auto tagIds = tags.ensurePaths({QStringLiteral("policy/deterrence"), QStringLiteral("sources")});
        QVERIFY(tagIds.ok());
        Annotation a = Annotation::forRange(id, doc.text, 0, 4);
        a.note = QStringLiteral("A note that must survive");
        a.tagIds = {tagIds->at(0)};
        const Expected<qint64> annotationId = annotations.add(a);
        QVERIFY(annotationId.ok());
        QVERIFY(tags.tagDocuments({id}, tagIds->at(1)).ok());

        QUndoStack stack;
        stack.push(new RemoveDocumentsCommand(*m_store, {doc}, errorHandler()));
        QVERIFY(!m_store->byId(id).isValid());
        AnnotationFilter filter;
        filter.documentId = id;
        QVERIFY(annotations.find(filter)->isEmpty());

        stack.undo();
        const auto back = annotations.find(filter);
        QVERIFY(back.ok());
        QCOMPARE(back->size(), 1);
        QCOMPARE(back->first().id, *annotationId);
        QCOMPARE(back->first().note, a.note);
        QCOMPARE(back->first().tagIds, QList<qint64>{tagIds->at(0)});
        QCOMPARE(tags.documentTags(id).size(), 1);
        QCOMPARE(tags.documentTags(id).first().id, tagIds->at(1));
    }

    void removingNothingLeavesNoCommand()
    {
        QUndoStack stack;
        Document gone;
        gone.id = 999;
        stack.push(new RemoveDocumentsCommand(*m_store, {gone}, errorHandler()));
        QCOMPARE(stack.count(), 0);
        QCOMPARE(m_errors.size(), 1);
    }

    void undoReportsATextImportedAgainMeanwhile()
    {
        QUndoStack stack;
        const Document doc = m_store->byId(m_ids.at(1));
        stack.push(new RemoveDocumentsCommand(*m_store, {doc}, errorHandler()));
        Document again = doc;
        again.id = 0;
        again.uuid.clear();
        QVERIFY(m_store->add(again).ok());
        stack.undo();
        QCOMPARE(m_errors.size(), 1);
        QVERIFY(m_errors.first().contains(QLatin1String("Report 1")));
        QCOMPARE(m_store->count(), 3);
    }

    void editMetadataUndoesAndSurvivesReimport()
    {
        QUndoStack stack;
        const Document before = m_store->byId(m_ids.at(0));
        Document after = before;
        after.title = QStringLiteral("Corrected title");
        after.publishedOn = QDate(2014, 11, 6);
        after.kind = QStringLiteral("government-report");
        stack.push(new EditMetadataCommand(*m_store, before, after, errorHandler()));
        QCOMPARE(m_store->byId(before.id).title, QStringLiteral("Corrected title"));
        QCOMPARE(m_store->byId(before.id).publishedOn, QDate(2014, 11, 6));
        stack.undo();
        QCOMPARE(m_store->byId(before.id).title, QStringLiteral("Report 0"));
        stack.redo();

        // Removed and imported again (a new id), the correction comes back.
        QVERIFY(m_store->remove(before.id).ok());
        Document fresh;
        fresh.title = QStringLiteral("Detected title");
        fresh.text = before.text;
        const Expected<qint64> id = m_store->add(fresh);
        QVERIFY(id.ok());
        QCOMPARE(m_store->byId(*id).title, QStringLiteral("Corrected title"));
        QCOMPARE(m_store->byId(*id).kind, QStringLiteral("government-report"));
        QVERIFY(m_errors.isEmpty());
    }

    void annotationCountsPerDocument()
    {
        QSqlQuery insert(m_db->connection());
        for (int i = 0; i < 3; ++i) {
            QVERIFY(insert.exec(QStringLiteral("INSERT INTO annotations (uuid, document_id, start, \"end\", exact, created, modified) "
                                               "VALUES ('u%1', %2, 0, 3, 'The', '', '')")
                                    .arg(i)
                                    .arg(m_ids.at(i == 2 ? 2 : 0))));
        }
        const Expected<QHash<qint64, int>> counts = m_store->annotationCounts();
        QVERIFY(counts.ok());
        QCOMPARE(counts->value(m_ids.at(0)), 2);
        QCOMPARE(counts->value(m_ids.at(1)), 0);
        QCOMPARE(counts->value(m_ids.at(2)), 1);
    }

private:
    CommandErrorHandler errorHandler()
    {
        return [this](const QString &message) { m_errors.append(message); };
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DocumentStore> m_store;
    QList<qint64> m_ids;
    QStringList m_errors;
};

QTEST_GUILESS_MAIN(TestDocumentCommands)
#include "tst_documentcommands.moc"
