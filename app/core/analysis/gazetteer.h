#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Dossier {

// The reference lists behind the entity rules (resources/gazetteer/):
// government bodies with their aliases, names that look like bodies but are
// not, and job titles. Plain data; loading never throws, and an empty
// gazetteer says so through isValid().
class Gazetteer
{
public:
    struct Body {
        QString canonical;
        QString jurisdiction;
        QStringList aliases;
    };

    // Reads bodies.tsv, not-bodies.tsv and titles.txt from dir; missing files
    // leave their part empty. errors receives one line per malformed line.
    static Gazetteer load(const QString &dir, QStringList *errors = nullptr);
    static QString defaultLocation(); // the copy built into the program

    bool isValid() const { return !m_bodies.isEmpty(); }
    const QList<Body> &bodies() const { return m_bodies; }

    // Every written form of every body, with the capitalised variants that
    // running text uses ("trade ministry" also as "Trade Ministry").
    QStringList matchForms() const;

    // The length of the longest name written at text[start] whose first
    // word is text[start, start + firstWordLength), as a whole word: not
    // followed by a letter, a digit or a dot and one ("NCSC.GOV.UK"). A
    // space in a name stands for any space. 0 when there is none.
    qsizetype nameLengthAt(QStringView text, qsizetype start, qsizetype firstWordLength) const;

    // The bodies a written name can denote (several for shared acronyms).
    QList<const Body *> lookup(const QString &name) const;
    bool isNotABody(const QString &name) const;
    const QStringList &titles() const { return m_titles; }
    bool isTitle(const QString &words) const;

    void addBody(const Body &body);

    // Forms of a name as running text writes it.
    static QStringList variantsOf(const QString &name);

private:
    void index(int bodyIndex);

    QList<Body> m_bodies;
    QHash<QString, QList<int>> m_byName; // lower-cased form -> body indexes
    QHash<QString, QStringList> m_byFirstWord; // first word -> forms, longest first
    QSet<QString> m_notBodies;           // lower-cased
    QStringList m_titles;
    QSet<QString> m_titleSet;            // lower-cased
};

} // namespace Dossier
