#include "models/libraryfiltermodel.h"
#include "models/librarymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Dossier;

namespace {

Document document(qint64 id, const QString &title, const QString &publisher, const QDate &date)
{
    Document d;
    d.id = id;
    d.title = title;
    d.publisher = publisher;
    d.publishedOn = date;
    return d;
}

QList<qint64> ids(const QAbstractItemModel &model)
{
    QList<qint64> result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, 0).data(LibraryModel::DocumentIdRole).toLongLong());
    return result;
}

} // namespace

class TestLibraryFilterModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<LibraryModel>();
        m_model->setDocuments({
            document(1, QStringLiteral("Ministry sites hit by cyber-attacks"), QStringLiteral("The Japan Times"), {2011, 10, 27}),
            document(2, QStringLiteral("Press conference by the Chief Cabinet Secretary"), QStringLiteral("Prime Minister's Office"), {2012, 9, 20}),
            document(3, QStringLiteral("Japan sets up a cyber defence unit"), QStringLiteral("Nikkei"), {2015, 2, 3}),
            document(4, QStringLiteral("Tokyo blames hackers"), QStringLiteral("The Japan Times"), {2015, 7, 6}),
            document(5, QStringLiteral("Undated clipping"), QString(), {}),
        });
        m_proxy = std::make_unique<LibraryFilterModel>();
        m_proxy->setSourceModel(m_model.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_proxy.reset();
        m_model.reset();
    }

    void textMatchesTitleOrPublisherWordByWord_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("empty") << QString() << QList<qint64>{1, 2, 3, 4, 5};
        QTest::newRow("title word, any case") << QStringLiteral("CYBER") << QList<qint64>{1, 3};
        QTest::newRow("publisher") << QStringLiteral("japan times") << QList<qint64>{1, 4};
        QTest::newRow("title and publisher words") << QStringLiteral("times hackers") << QList<qint64>{4};
        QTest::newRow("every word must match") << QStringLiteral("cyber hackers") << QList<qint64>{};
        QTest::newRow("spaces") << QStringLiteral("  nikkei  ") << QList<qint64>{3};
    }

    void textMatchesTitleOrPublisherWordByWord()
    {
        QFETCH(QString, text);
        QFETCH(QList<qint64>, expected);
        QSignalSpy changed(m_proxy.get(), &LibraryFilterModel::filterChanged);
        m_proxy->setText(text);
        QCOMPARE(ids(*m_proxy), expected);
        QCOMPARE(m_proxy->isFiltering(), !text.trimmed().isEmpty());
    }

    void yearPublisherAndTagNarrow()
    {
        m_proxy->setYear(2015);
        QCOMPARE(ids(*m_proxy), (QList<qint64>{3, 4}));
        m_proxy->setPublisher(QStringLiteral("The Japan Times"));
        QCOMPARE(ids(*m_proxy), (QList<qint64>{4}));
        m_proxy->setYear(0);
        QCOMPARE(ids(*m_proxy), (QList<qint64>{1, 4}));
        m_proxy->setText(QStringLiteral("ministry"));
        QCOMPARE(ids(*m_proxy), (QList<qint64>{1}));
        m_proxy->setText(QString());
        m_proxy->setPublisher(QString());
        QVERIFY(!m_proxy->isFiltering());
        QCOMPARE(m_proxy->rowCount(), 5);

        // Tags come from outside the model; a tag keeps only its documents.
        m_model->setDocumentTags({{2, {QStringLiteral("attribution")}}, {3, {QStringLiteral("deterrence"), QStringLiteral("attribution")}}});
        m_proxy->setTag(QStringLiteral("attribution"));
        QCOMPARE(ids(*m_proxy), (QList<qint64>{2, 3}));
        m_proxy->setTag(QStringLiteral("deterrence"));
        QCOMPARE(ids(*m_proxy), (QList<qint64>{3}));
    }

    void filterChangedOnlyWhenTheFilterChanges()
    {
        QSignalSpy changed(m_proxy.get(), &LibraryFilterModel::filterChanged);
        m_proxy->setYear(2012);
        m_proxy->setYear(2012);
        m_proxy->setText(QStringLiteral("press"));
        m_proxy->setText(QStringLiteral(" press "));
        QCOMPARE(changed.count(), 2);
    }

    void sortsByDateAndAnnotations()
    {
        m_proxy->sort(LibraryModel::DateColumn, Qt::DescendingOrder);
        QCOMPARE(ids(*m_proxy).first(), 4);
        QCOMPARE(ids(*m_proxy).last(), 5); // no date sorts before every date
        m_model->setAnnotationCounts({{2, 7}, {4, 1}});
        m_proxy->sort(LibraryModel::AnnotationsColumn, Qt::DescendingOrder);
        QCOMPARE(ids(*m_proxy).mid(0, 2), (QList<qint64>{2, 4}));
        // Sorting stays while the filter changes.
        m_proxy->setYear(2015);
        QCOMPARE(ids(*m_proxy), (QList<qint64>{4, 3}));
    }

private:
    std::unique_ptr<LibraryModel> m_model;
    std::unique_ptr<LibraryFilterModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestLibraryFilterModel)
#include "tst_libraryfiltermodel.moc"
