#include "models/librarymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Dossier;

class TestLibraryModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsDocumentsAndSortsByDate()
    {
        LibraryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Document> docs;
        for (int i = 0; i < 3; ++i) {
            Document d;
            d.id = i + 1;
            d.title = QStringLiteral("Title %1").arg(i);
            d.publisher = QStringLiteral("Kyodo");
            d.publishedOn = QDate(2015 - i, 1, 1);
            d.kind = QStringLiteral("news-article");
            docs.append(d);
        }
        model.setDocuments(docs);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(LibraryModel::ColumnCount));
        QCOMPARE(model.index(1, LibraryModel::TitleColumn).data().toString(), QStringLiteral("Title 1"));
        QCOMPARE(model.index(1, LibraryModel::KindColumn).data().toString(), QStringLiteral("News article"));
        QCOMPARE(model.index(2, 0).data(LibraryModel::DocumentIdRole).toLongLong(), 3);
        QCOMPARE(model.rowOfDocument(2), 1);
        QCOMPARE(model.rowOfDocument(42), -1);

        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(LibraryModel::SortRole);
        proxy.sort(LibraryModel::DateColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, LibraryModel::TitleColumn).data().toString(), QStringLiteral("Title 2"));
    }

    void annotationCountsTagsAndFilterChoices()
    {
        LibraryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Document> docs;
        const QStringList publishers = {QStringLiteral("Nikkei"), QStringLiteral("Kyodo"), QStringLiteral("Nikkei"), QString()};
        for (int i = 0; i < 4; ++i) {
            Document d;
            d.id = i + 1;
            d.publisher = publishers.at(i);
            d.publishedOn = i == 3 ? QDate() : QDate(2013 + i % 2, 5, 1);
            docs.append(d);
        }
        model.setDocuments(docs);
        QCOMPARE(model.years(), (QList<int>{2014, 2013}));
        QCOMPARE(model.publishers(), (QStringList{QStringLiteral("Kyodo"), QStringLiteral("Nikkei")}));
        QVERIFY(model.tags().isEmpty());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setAnnotationCounts({{2, 5}});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(1, LibraryModel::AnnotationsColumn).data().toInt(), 5);
        QVERIFY(!model.index(0, LibraryModel::AnnotationsColumn).data().isValid()); // none: blank, not 0
        QCOMPARE(model.index(0, LibraryModel::AnnotationsColumn).data(LibraryModel::SortRole).toInt(), 0);
        QCOMPARE(model.headerData(LibraryModel::AnnotationsColumn, Qt::Horizontal).toString(), QStringLiteral("Notes"));

        model.setDocumentTags({{1, {QStringLiteral("deterrence")}}, {4, {QStringLiteral("attribution"), QStringLiteral("deterrence")}}});
        QCOMPARE(model.tags(), (QStringList{QStringLiteral("attribution"), QStringLiteral("deterrence")}));
        QCOMPARE(model.index(3, 0).data(LibraryModel::TagsRole).toStringList().size(), 2);
        QCOMPARE(model.index(0, 0).data(LibraryModel::DateRole).toDate(), QDate(2013, 5, 1));
    }

    void untitledDocumentShowsItsFileName()
    {
        LibraryModel model;
        Document d;
        d.id = 1;
        d.sourceName = QStringLiteral("clip.txt");
        model.setDocuments({d});
        QCOMPARE(model.index(0, LibraryModel::TitleColumn).data().toString(), QStringLiteral("clip.txt"));
    }
};

QTEST_GUILESS_MAIN(TestLibraryModel)
#include "tst_librarymodel.moc"
