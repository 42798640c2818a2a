#include "models/annotationfiltermodel.h"
#include "models/annotationmodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QTest>

using namespace Dossier;

namespace {

Annotation make(qint64 id, qint64 doc, const QString &exact, const QString &colour, QList<qint64> tags, QDate day, const QString &note = {})
{
    Annotation a;
    a.id = id;
    a.documentId = doc;
    a.start = id * 10;
    a.end = a.start + exact.size();
    a.exact = exact;
    a.colour = colour;
    a.tagIds = std::move(tags);
    a.note = note;
    a.created = QDateTime(day, QTime(12, 0));
    a.modified = a.created;
    return a;
}

QList<Tag> tags()
{
    Tag policy{1, QStringLiteral("u1"), QStringLiteral("policy"), 0, QString(), QStringLiteral("policy")};
    Tag deterrence{2, QStringLiteral("u2"), QStringLiteral("deterrence"), 1, QString(), QStringLiteral("policy/deterrence")};
    Tag actors{3, QStringLiteral("u3"), QStringLiteral("actors"), 0, QString(), QStringLiteral("actors")};
    return {policy, deterrence, actors};
}

QList<qint64> visibleIds(const QAbstractItemModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(AnnotationModel::AnnotationIdRole).toLongLong());
    return ids;
}

} // namespace

class TestAnnotationModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsAndFilters()
    {
        AnnotationModel model;
        AnnotationFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        model.setTags(tags());
        model.setDocumentTitles({{7, QStringLiteral("Kato urges vigilance")}});
        model.setAnnotations({
            make(1, 7, QStringLiteral("NISC warned"), QStringLiteral("yellow"), {2}, QDate(2024, 5, 1), QStringLiteral("Compare 2013")),
            make(2, 7, QStringLiteral("Kato said"), QStringLiteral("green"), {3}, QDate(2024, 5, 3)),
            make(3, 8, QStringLiteral("5.08 million"), QStringLiteral("yellow"), {}, QDate(2024, 5, 5)),
        });
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(AnnotationModel::ColumnCount));
        QCOMPARE(model.index(0, AnnotationModel::TagsColumn).data().toString(), QStringLiteral("policy/deterrence"));
        QCOMPARE(model.index(0, AnnotationModel::ColourColumn).data().toString(), QStringLiteral("Yellow"));
        QCOMPARE(model.index(0, AnnotationModel::DocumentColumn).data().toString(), QStringLiteral("Kato urges vigilance"));
        QCOMPARE(model.index(2, AnnotationModel::DocumentColumn).data().toString(), QStringLiteral("8"));
        QCOMPARE(model.rowOfAnnotation(3), 2);

        proxy.setTagFilter({1, 2}); // policy and below
        QCOMPARE(visibleIds(proxy), QList<qint64>{1});
        proxy.setTagFilter({});
        proxy.setColourFilter(QStringLiteral("yellow"));
        QCOMPARE(visibleIds(proxy), (QList<qint64>{1, 3}));
        proxy.setColourFilter({});
        proxy.setTextFilter(QStringLiteral("compare")); // in the note
        QCOMPARE(visibleIds(proxy), QList<qint64>{1});
        proxy.setTextFilter(QStringLiteral("ACTORS")); // a tag path
        QCOMPARE(visibleIds(proxy), QList<qint64>{2});
        proxy.setTextFilter({});
        proxy.setDateFilter(QDate(2024, 5, 2), QDate(2024, 5, 5));
        QCOMPARE(visibleIds(proxy), (QList<qint64>{2, 3}));
        proxy.setDateFilter({}, {});

        proxy.sort(AnnotationModel::QuoteColumn, Qt::AscendingOrder);
        QCOMPARE(visibleIds(proxy), (QList<qint64>{3, 2, 1}));
        proxy.sort(AnnotationModel::CreatedColumn, Qt::DescendingOrder);
        QCOMPARE(visibleIds(proxy), (QList<qint64>{3, 2, 1}));
    }

    void followsEdits()
    {
        AnnotationModel model;
        AnnotationFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTags(tags());
        model.setAnnotations({make(1, 7, QStringLiteral("a"), QStringLiteral("yellow"), {}, QDate(2024, 1, 1)),
                              make(2, 7, QStringLiteral("b"), QStringLiteral("yellow"), {}, QDate(2024, 1, 1))});
        proxy.setTagFilter({3});
        QCOMPARE(proxy.rowCount(), 0);
        Annotation edited = model.annotation(1);
        edited.tagIds = {3};
        model.upsert(edited); // tagged: now it passes the filter
        QCOMPARE(visibleIds(proxy), QList<qint64>{2});
        model.upsert(make(5, 7, QStringLiteral("c"), QStringLiteral("blue"), {3}, QDate(2024, 1, 2)));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(visibleIds(proxy), (QList<qint64>{2, 5}));
        model.remove({2, 1});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOfAnnotation(5), 0);
        QCOMPARE(model.rowOfAnnotation(2), -1);
        QCOMPARE(visibleIds(proxy), QList<qint64>{5});
    }

    // The panel of a document with 2,000 annotations, in a corpus of
    // 100,000: loading and each filter step must stay interactive.
    void twoThousandStayInteractive()
    {
        QList<Annotation> annotations;
        for (int i = 1; i <= 2000; ++i)
            annotations.append(make(i, 1, QStringLiteral("quote number %1 about deterrence").arg(i), i % 3 ? QStringLiteral("yellow") : QStringLiteral("blue"),
                                    {qint64(1 + i % 3)}, QDate(2024, 1, 1).addDays(i % 300), QStringLiteral("note %1").arg(i)));
        AnnotationModel model;
        AnnotationFilterModel proxy;
        proxy.setSourceModel(&model);
        model.setTags(tags());
        QElapsedTimer timer;
        timer.start();
        model.setAnnotations(annotations);
        proxy.sort(AnnotationModel::CreatedColumn);
        QCOMPARE(proxy.rowCount(), 2000); // the proxy maps lazily: make it work now
        const qint64 load = timer.restart();
        proxy.setTextFilter(QStringLiteral("number 19"));
        QCOMPARE(proxy.rowCount(), 111); // 19, 190-199, 1900-1999
        proxy.setColourFilter(QStringLiteral("yellow"));
        QVERIFY(proxy.rowCount() < 111);
        proxy.setTagFilter({2});
        const qint64 filter = timer.elapsed();
        qInfo("2,000 annotations: load and sort %lld ms, three filter steps %lld ms", load, filter);
        QVERIFY(proxy.rowCount() > 0);
        // Speed is a benchmark figure (packaging/dev bench), not a test: only reported here.
    }
};

QTEST_GUILESS_MAIN(TestAnnotationModel)
#include "tst_annotationmodel.moc"
