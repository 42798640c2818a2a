#include "gazetteer.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>

#include <algorithm>

namespace Dossier {

namespace {

QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringDecoder decoder(QStringConverter::Utf8);
    return QString(decoder.decode(file.readAll())).split(QLatin1Char('\n'));
}

bool isFunctionWord(const QString &word)
{
    static const QSet<QString> words = {QStringLiteral("of"), QStringLiteral("and"), QStringLiteral("for"),
                                        QStringLiteral("the"), QStringLiteral("on"), QStringLiteral("in"),
                                        QStringLiteral("&"), QStringLiteral("de"), QStringLiteral("to")};
    return words.contains(word);
}

// The key a name is found by: the name in lower case. Names are mostly
// ASCII, lowered here without Unicode's case tables; the rest by
// QString::toLower (the same result). A name already in lower case is
// shared, not copied.
QString keyOf(const QString &name)
{
    QString key;
    char16_t *d = nullptr;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name.at(i).unicode();
        if (c >= 128)
            return name.toLower();
        if (c < u'A' || c > u'Z')
            continue;
        if (!d) {
            key = name;
            d = reinterpret_cast<char16_t *>(key.data());
        }
        d[i] = char16_t(c + (u'a' - u'A'));
    }
    return d ? key : name;
}

} // namespace

QString Gazetteer::defaultLocation()
{
    return QStringLiteral(":/dossier/gazetteer");
}

Gazetteer Gazetteer::load(const QString &dir, QStringList *errors)
{
    Gazetteer g;
    const QDir base(dir);
    int lineNumber = 0;
    for (const QString &raw : readLines(base.filePath(QStringLiteral("bodies.tsv")))) {
        ++lineNumber;
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList columns = raw.split(QLatin1Char('\t'));
        if (columns.size() < 2 || columns.at(0).trimmed().isEmpty()) {
            if (errors)
                errors->append(QStringLiteral("bodies.tsv:%1: expected canonical<TAB>jurisdiction<TAB>aliases").arg(lineNumber));
            continue;
        }
        Body body;
        body.canonical = columns.at(0).trimmed();
        body.jurisdiction = columns.at(1).trimmed();
        if (columns.size() > 2) {
            for (const QString &alias : columns.at(2).split(QLatin1Char('|'))) {
                const QString a = alias.trimmed();
                if (!a.isEmpty() && a != body.canonical && !body.aliases.contains(a))
                    body.aliases.append(a);
            }
        }
        g.addBody(body);
    }
    for (const QString &raw : readLines(base.filePath(QStringLiteral("not-bodies.tsv")))) {
        const QString name = raw.section(QLatin1Char('\t'), 0, 0).trimmed();
        if (!name.isEmpty() && !name.startsWith(QLatin1Char('#')))
            g.m_notBodies.insert(keyOf(name));
    }
    for (const QString &raw : readLines(base.filePath(QStringLiteral("titles.txt")))) {
        const QString title = raw.trimmed();
        if (!title.isEmpty() && !title.startsWith(QLatin1Char('#')) && !g.m_titleSet.contains(keyOf(title))) {
            g.m_titles.append(title);
            g.m_titleSet.insert(keyOf(title));
        }
    }
    return g;
}

void Gazetteer::addBody(const Body &body)
{
    m_bodies.append(body);
    index(int(m_bodies.size()) - 1);
}

void Gazetteer::index(int bodyIndex)
{
    const Body &body = m_bodies.at(bodyIndex);
    QStringList names = body.aliases;
    names.prepend(body.canonical);
    for (const QString &name : std::as_const(names)) {
        for (const QString &form : variantsOf(name)) {
            QList<int> &list = m_byName[keyOf(form)];
            if (!list.contains(bodyIndex))
                list.append(bodyIndex);
            QStringList &forms = m_byFirstWord[form.section(QLatin1Char(' '), 0, 0)];
            if (!forms.contains(form)) {
                const auto longer = [](const QString &a, const QString &b) { return a.size() > b.size(); };
                forms.insert(std::upper_bound(forms.begin(), forms.end(), form, longer) - forms.begin(), form);
            }
        }
    }
}

QStringList Gazetteer::variantsOf(const QString &name)
{
    QStringList forms{name};
    // Typographic and plain apostrophes are both common.
    if (name.contains(QChar(0x2019)))
        forms.append(QString(name).replace(QChar(0x2019), QLatin1Char('\'')));
    else if (name.contains(QLatin1Char('\'')))
        forms.append(QString(name).replace(QLatin1Char('\''), QChar(0x2019)));
    // A descriptive name written in lower case ("trade ministry") also
    // appears capitalised: at a sentence start and as a title.
    const QStringList words = name.split(QLatin1Char(' '));
    bool hasLowerWord = false;
    for (const QString &word : words)
        hasLowerWord |= !word.isEmpty() && word.at(0).isLower() && !isFunctionWord(word);
    if (hasLowerWord) {
        QStringList titled;
        for (const QString &word : words)
            titled.append(isFunctionWord(word) || word.isEmpty() ? word : word.at(0).toUpper() + word.mid(1));
        forms.append(titled.join(QLatin1Char(' ')));
        QString first = name;
        first[0] = first.at(0).toUpper();
        forms.append(first);
    }
    forms.removeDuplicates();
    return forms;
}

QStringList Gazetteer::matchForms() const
{
    QSet<QString> seen;
    QStringList forms;
    for (const Body &body : m_bodies) {
        QStringList names = body.aliases;
        names.prepend(body.canonical);
        for (const QString &name : std::as_const(names)) {
            for (const QString &form : variantsOf(name)) {
                if (!seen.contains(form)) {
                    seen.insert(form);
                    forms.append(form);
                }
            }
        }
    }
    return forms;
}

qsizetype Gazetteer::nameLengthAt(QStringView text, qsizetype start, qsizetype firstWordLength) const
{
    const auto it = m_byFirstWord.constFind(text.mid(start, firstWordLength).toString());
    if (it == m_byFirstWord.constEnd())
        return 0;
    const auto isAsciiWordChar = [](QChar c) {
        const char16_t u = c.unicode();
        return u < 128 && (char16_t((u | 0x20) - u'a') < 26 || char16_t(u - u'0') < 10 || u == u'_');
    };
    const QStringView rest = text.mid(start);
    for (const QString &form : it.value()) {
        if (form.size() > rest.size())
            continue;
        bool same = true;
        for (qsizetype i = firstWordLength; same && i < form.size(); ++i)
            same = form.at(i) == u' ' ? rest.at(i).isSpace() : form.at(i) == rest.at(i);
        if (!same)
            continue;
        const qsizetype end = form.size();
        if (end < rest.size()
            && (isAsciiWordChar(rest.at(end)) || (rest.at(end) == u'.' && end + 1 < rest.size() && isAsciiWordChar(rest.at(end + 1)))))
            continue;
        return end;
    }
    return 0;
}

QList<const Gazetteer::Body *> Gazetteer::lookup(const QString &name) const
{
    QList<const Body *> result;
    const auto it = m_byName.constFind(keyOf(name));
    if (it == m_byName.constEnd())
        return result;
    for (int i : it.value())
        result.append(&m_bodies.at(i));
    return result;
}

bool Gazetteer::isNotABody(const QString &name) const
{
    return m_notBodies.contains(keyOf(name));
}

bool Gazetteer::isTitle(const QString &words) const
{
    return m_titleSet.contains(keyOf(words));
}

} // namespace Dossier
