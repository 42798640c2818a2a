#include "models/librarymodel.h"

#include <QAbstractItemModelTester>
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
