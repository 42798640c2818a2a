// Bad bundles, each rejected with one clear message before the library is
// touched: the database file stays the same byte for byte.
#include "exchangelibrary.h"

#include "exchange/bundlecollector.h"
#include "exchange/bundleimport.h"
#include "exchange/bundlewriter.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KZip>

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QtEndian>

#include <functional>

using namespace Dossier;

namespace {

using Entries = QList<QPair<QString, QByteArray>>;

QByteArray zipOf(const Entries &entries, const std::function<void(KZip &)> &more = {})
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    KZip zip(&buffer);
    zip.open(QIODevice::WriteOnly);
    for (const auto &[name, data] : entries)
        zip.writeFile(name, data);
    if (more)
        more(zip);
    zip.close();
    return bytes;
}

QString sha(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray bytesOf(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

// Sets the uncompressed size an archive claims for an entry, in its local
// header and in the central directory, leaving the data as it is.
void claimSize(QByteArray &zip, const QByteArray &name, quint32 size)
{
    for (qsizetype at = zip.indexOf("PK\x03\x04"); at >= 0; at = zip.indexOf("PK\x03\x04", at + 1)) {
        if (zip.mid(at + 30, name.size()) == name)
            qToLittleEndian<quint32>(size, zip.data() + at + 22);
    }
    for (qsizetype at = zip.indexOf("PK\x01\x02"); at >= 0; at = zip.indexOf("PK\x01\x02", at + 1)) {
        if (zip.mid(at + 46, name.size()) == name)
            qToLittleEndian<quint32>(size, zip.data() + at + 24);
    }
}

} // namespace

class TestBundleImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_source.isOpen() && m_target.isOpen());
        Test::ExchangeLibrary content;
        QVERIFY(content.populate(m_source));
        QVERIFY(Test::ExchangeLibrary::addDocument(m_target, QStringLiteral("Already here."), QStringLiteral("Here"), QString(), QDate()));
        const Expected<Bundle> bundle = BundleCollector(m_source.database()).collect({});
        QVERIFY(bundle.ok());
        const QString good = m_dir.filePath(QStringLiteral("good.dossier"));
        QVERIFY(BundleWriter::write(*bundle, good).ok());
        KZip zip(good);
        QVERIFY(zip.open(QIODevice::ReadOnly));
        std::function<void(const KArchiveDirectory *, const QString &)> collect = [&](const KArchiveDirectory *dir, const QString &prefix) {
            for (const QString &name : dir->entries()) {
                const KArchiveEntry *e = dir->entry(name);
                if (e->isDirectory())
                    collect(static_cast<const KArchiveDirectory *>(e), prefix + name + QLatin1Char('/'));
                else
                    m_entries.append({prefix + name, static_cast<const KArchiveFile *>(e)->data()});
            }
        };
        collect(zip.directory(), QString());
        std::sort(m_entries.begin(), m_entries.end(), [](const auto &a, const auto &b) {
            const QLatin1String manifest("manifest.json");
            if ((a.first == manifest) != (b.first == manifest))
                return a.first == manifest;
            return a.first < b.first;
        });
        QCOMPARE(m_entries.size(), 4 + 3);
        QFile file(good);
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_good = file.readAll();
    }

    // The builders below are sound: a bundle rebuilt from its entries with
    // a recomputed manifest is accepted.
    void rebuiltBundleIsAccepted()
    {
        const QString path = m_dir.filePath(QStringLiteral("rebuilt.dossier"));
        write(path, zipOf(withManifest(m_entries)));
        Test::Library scratch;
        BundleImport import(scratch.database());
        const Expected<ImportSummary> summary = import.prepare(path);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->newAnnotations, 5);
        QVERIFY(import.commit().ok());
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("defect");
        QTest::addColumn<QString>("message");
        const QList<QPair<const char *, const char *>> cases = {
            {"not a zip", "it is not a zip archive"},
            {"empty file", "it is not a zip archive"},
            {"truncated", "damaged or truncated"},
            {"end record cut", "damaged or truncated"},
            {"zip slip", "“../evil.json”, which is not a plain relative name"},
            {"absolute name", "“/etc/passwd”, which is not a plain relative name"},
            {"link", "it contains a link, “documents/link.txt”"},
            {"1 GB entry", "the entry documents/huge.txt expands to 1024 MB"},
            {"size understated", "annotations.jsonld"},
            {"too many megabytes in total", "expands to 600 MB, more than the 512 MB"},
            {"checksum mismatch", "the checksum of documents/"},
            {"unknown version", "format version 99"},
            {"other format", "not a Dossier annotation bundle (its manifest names the format “zip-of-cats”)"},
            {"no manifest", "it has no manifest.json"},
            {"unlisted entry", "it contains notes.txt, which its manifest does not list"},
            {"listed entry missing", "its manifest lists ghost.txt, which is not in it"},
            {"entry twice", "the entry tags.json is there twice"},
            {"malformed json", "annotations.jsonld: not well-formed JSON"},
            {"wrong shape", "annotations.jsonld: an AnnotationCollection with its items"},
            {"missing document", "refers to the document 0000000000000000000000000000000000000000000000000000000000000000, which is not in the bundle"},
            {"duplicate ids", "annotations.jsonld, item 2: the id urn:uuid:"},
            {"text not its hash", "does not have the SHA-256"},
            {"bad colour", "a body with purpose “highlighting” and value “mauve” is not understood"},
        };
        for (const auto &[defect, message] : cases)
            QTest::newRow(defect) << QString::fromUtf8(defect) << QString::fromUtf8(message);
    }
    void rejects()
    {
        QFETCH(QString, defect);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(QStringLiteral("bad.dossier"));
        write(path, build(defect));
        const QByteArray before = Test::databaseHash(m_target);
        const QStringList contentBefore = m_target.content();
        BundleImport import(m_target.database());
        const Expected<ImportSummary> summary = import.prepare(path);
        QVERIFY(!summary.ok());
        QVERIFY2(summary.error().contains(message), qPrintable(summary.error()));
        QVERIFY2(summary.error().startsWith(QStringLiteral("bad.dossier cannot be imported: ")), qPrintable(summary.error()));
        QVERIFY(!summary.error().contains(QLatin1Char('\n')));
        QVERIFY(!import.isPrepared());
        QVERIFY(!import.commit().ok());
        QCOMPARE(m_target.content(), contentBefore);
        QCOMPARE(Test::databaseHash(m_target), before);
    }

private:
    static void write(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    // The entries with a manifest listing all of them, edited by edit.
    Entries withManifest(Entries entries, const std::function<void(QJsonObject &)> &edit = {}) const
    {
        QJsonObject manifest = object(m_entries.first().second);
        QJsonArray listed;
        for (const auto &[name, data] : std::as_const(entries)) {
            if (name != QLatin1String("manifest.json"))
                listed.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("size"), data.size()}, {QStringLiteral("sha256"), sha(data)}});
        }
        manifest.insert(QStringLiteral("entries"), listed);
        if (edit)
            edit(manifest);
        entries.removeIf([](const auto &e) { return e.first == QLatin1String("manifest.json"); });
        entries.prepend({QStringLiteral("manifest.json"), bytesOf(manifest)});
        return entries;
    }

    QByteArray &entry(Entries &entries, const QString &prefix) const
    {
        for (auto &e : entries) {
            if (e.first.startsWith(prefix))
                return e.second;
        }
        static QByteArray none;
        return none;
    }

    QByteArray build(const QString &defect) const
    {
        Entries e = m_entries;
        const QString annotationsName = QStringLiteral("annotations.jsonld");
        auto editAnnotations = [&](const std::function<void(QJsonArray &)> &edit) {
            QJsonObject collection = object(entry(e, annotationsName));
            QJsonObject page = collection.value(QStringLiteral("first")).toObject();
            QJsonArray items = page.value(QStringLiteral("items")).toArray();
            edit(items);
            page.insert(QStringLiteral("items"), items);
            collection.insert(QStringLiteral("first"), page);
            collection.insert(QStringLiteral("total"), items.size());
            entry(e, annotationsName) = bytesOf(collection);
            return zipOf(withManifest(e));
        };
        if (defect == QLatin1String("not a zip"))
            return "Dear colleague, here are my notes.";
        if (defect == QLatin1String("empty file"))
            return QByteArray();
        if (defect == QLatin1String("truncated"))
            return m_good.left(m_good.size() / 2);
        if (defect == QLatin1String("end record cut"))
            return m_good.chopped(10);
        if (defect == QLatin1String("zip slip") || defect == QLatin1String("absolute name")) {
            const bool slip = defect == QLatin1String("zip slip");
            const QByteArray placeholder = slip ? "xx/evil.json" : "Xetc/passwd";
            e.append({QString::fromLatin1(placeholder), "{}"});
            QByteArray bytes = zipOf(withManifest(e));
            return bytes.replace(placeholder, slip ? "../evil.json" : "/etc/passwd");
        }
        if (defect == QLatin1String("link"))
            return zipOf(withManifest(e), [](KZip &zip) { zip.writeSymLink(QStringLiteral("documents/link.txt"), QStringLiteral("/etc/passwd")); });
        if (defect == QLatin1String("1 GB entry") || defect == QLatin1String("too many megabytes in total")) {
            // Zeros compress about a thousandfold: a few MB on disk, never the
            // expanded size. The second case: six entries of 100 MB each.
            const bool one = defect == QLatin1String("1 GB entry");
            return zipOf(e, [one](KZip &zip) {
                const QByteArray zeros(1 << 20, '\0');
                const int files = one ? 1 : 6;
                const int megabytes = one ? 1024 : 100;
                for (int f = 0; f < files; ++f) {
                    const QString name = one ? QStringLiteral("documents/huge.txt") : QStringLiteral("documents/big%1.txt").arg(f);
                    zip.prepareWriting(name, QString(), QString(), qint64(megabytes) << 20);
                    for (int i = 0; i < megabytes; ++i)
                        zip.writeData(zeros.constData(), zeros.size());
                    zip.finishWriting(qint64(megabytes) << 20);
                }
            });
        }
        if (defect == QLatin1String("size understated")) {
            // The annotations claim 200 bytes but expand to 50 MB of spaces
            // inside a valid JSON object: reading stops at the claim.
            QByteArray padded = entry(e, annotationsName);
            padded.insert(1, QByteArray(50 << 20, ' '));
            entry(e, annotationsName) = padded;
            Entries listed = withManifest(e, [&](QJsonObject &manifest) {
                QJsonArray entries = manifest.value(QStringLiteral("entries")).toArray();
                for (qsizetype i = 0; i < entries.size(); ++i) {
                    QJsonObject o = entries.at(i).toObject();
                    if (o.value(QStringLiteral("name")).toString() == annotationsName)
                        o.insert(QStringLiteral("size"), 200);
                    entries.replace(i, o);
                }
                manifest.insert(QStringLiteral("entries"), entries);
            });
            QByteArray bytes = zipOf(listed);
            claimSize(bytes, annotationsName.toLatin1(), 200);
            return bytes;
        }
        if (defect == QLatin1String("checksum mismatch")) {
            Entries listed = withManifest(e);
            QByteArray &text = entry(listed, QStringLiteral("documents/"));
            text[0] = text.at(0) == 'x' ? 'y' : 'x';
            return zipOf(listed);
        }
        if (defect == QLatin1String("unknown version"))
            return zipOf(withManifest(e, [](QJsonObject &m) { m.insert(QStringLiteral("version"), 99); }));
        if (defect == QLatin1String("other format"))
            return zipOf(withManifest(e, [](QJsonObject &m) { m.insert(QStringLiteral("format"), QStringLiteral("zip-of-cats")); }));
        if (defect == QLatin1String("no manifest")) {
            e.removeFirst();
            return zipOf(e);
        }
        if (defect == QLatin1String("unlisted entry")) {
            Entries listed = withManifest(e);
            listed.append({QStringLiteral("notes.txt"), "hello"});
            return zipOf(listed);
        }
        if (defect == QLatin1String("listed entry missing")) {
            e.append({QStringLiteral("ghost.txt"), "boo"});
            Entries listed = withManifest(e);
            listed.removeLast();
            return zipOf(listed);
        }
        if (defect == QLatin1String("entry twice")) {
            // KZip keeps one entry per name; a second one is renamed in the bytes.
            Entries listed = withManifest(e);
            listed.append({QStringLiteral("tags.jsoX"), entry(e, QStringLiteral("tags.json"))});
            return zipOf(listed).replace("tags.jsoX", "tags.json");
        }
        if (defect == QLatin1String("malformed json")) {
            entry(e, annotationsName) = "{\"type\": \"AnnotationCollection\", \"first\": [";
            return zipOf(withManifest(e));
        }
        if (defect == QLatin1String("wrong shape")) {
            entry(e, annotationsName) = "{\"type\": \"AnnotationCollection\", \"first\": \"everything\"}";
            return zipOf(withManifest(e));
        }
        if (defect == QLatin1String("missing document")) {
            return editAnnotations([](QJsonArray &items) {
                QJsonObject item = items.at(0).toObject();
                QJsonObject target = item.value(QStringLiteral("target")).toObject();
                target.insert(QStringLiteral("source"), QStringLiteral("urn:sha256:") + QString(64, QLatin1Char('0')));
                item.insert(QStringLiteral("target"), target);
                items.replace(0, item);
            });
        }
        if (defect == QLatin1String("duplicate ids"))
            return editAnnotations([](QJsonArray &items) { items.insert(1, items.at(0)); });
        if (defect == QLatin1String("bad colour")) {
            return editAnnotations([](QJsonArray &items) {
                QJsonObject item = items.at(0).toObject();
                QJsonArray body = item.value(QStringLiteral("body")).toArray();
                body.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("TextualBody")}, {QStringLiteral("purpose"), QStringLiteral("highlighting")},
                                        {QStringLiteral("value"), QStringLiteral("mauve")}});
                item.insert(QStringLiteral("body"), body);
                items.replace(0, item);
            });
        }
        if (defect == QLatin1String("text not its hash")) {
            QByteArray &text = entry(e, QStringLiteral("documents/"));
            text.append("tampered");
            return zipOf(withManifest(e));
        }
        qFatal("unknown defect");
        return QByteArray();
    }

    QTemporaryDir m_dir;
    Test::Library m_source;
    Test::Library m_target;
    Entries m_entries; // of a good bundle, manifest first
    QByteArray m_good;
};

QTEST_GUILESS_MAIN(TestBundleImport)
#include "tst_bundleimport.moc"
