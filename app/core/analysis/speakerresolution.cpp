// Speaker resolution: whom "he", "Fujimura" or "the ministry" stands for.
#include "attribution_p.h"

#include "gazetteer.h"
#include "passes.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace Dossier::Passes {

using namespace Lexicon;

// Resolves each speaker for display: "he"/"she"/"I" to the latest named
// person, "it" to the latest speaker that is not a person, "they" to the
// latest speaker; surnames to the fullest form of the name in the text;
// titles dropped. Descriptive speakers ("the official") stay as written.
namespace {

// Drops the forms of address that open a person's name, keeping one word at
// least: "Ms. Nadia Forsythe", "the Hon Amira Haddad", "Shri Ashok Kumar
// Meena", "Ir. Dr. Azman Kamaruddin".
void dropFormsOfAddress(QStringList &words)
{
    static const TextScan::WordSet forms = {
        QStringLiteral("Mr"), QStringLiteral("Mr."), QStringLiteral("Mrs"), QStringLiteral("Mrs."), QStringLiteral("Ms"),
        QStringLiteral("Ms."), QStringLiteral("Miss"), QStringLiteral("Dr"), QStringLiteral("Dr."), QStringLiteral("Hon"),
        QStringLiteral("Hon."), QStringLiteral("Sir"), QStringLiteral("Dame"), QStringLiteral("Rt"), QStringLiteral("Rt."),
        QStringLiteral("Ir"), QStringLiteral("Ir."), QStringLiteral("Shri"), QStringLiteral("Smt"), QStringLiteral("Smt."),
        QStringLiteral("H.E."), QStringLiteral("Eng."),
        // ranks written short: "Col. Masato Hirose"
        QStringLiteral("Col."), QStringLiteral("Gen."), QStringLiteral("Lt."), QStringLiteral("Maj."), QStringLiteral("Capt."),
        QStringLiteral("Cmdr."), QStringLiteral("Adm."), QStringLiteral("Sgt."), QStringLiteral("Insp."), QStringLiteral("Supt."),
    };
    while (words.size() > 1 && forms.contains(QStringView(words.constFirst())))
        words.removeFirst();
}

} // namespace

void resolveSpeakers(const QString &text, QList<Attribution> &attributions, const Gazetteer &gazetteer)
{
    static const QRegularExpression properName(QStringLiteral("\\b(?!(?:The|An?|This|That)\\b)[A-Z][\\w\\-]+"));
    QString lastPerson;
    QString lastThing;
    QString lastAny;
    QHash<QString, QString> fullNames; // surname -> "Osamu Fujimura"
    for (Attribution &a : attributions) {
        QString name = a.speaker.text(text).simplified();
        // A former office is the person's all the same: "then Defense
        // Minister Kenji Narita".
        if (name.startsWith(QLatin1String("then ")) && name.size() > 5 && name.at(5).isUpper())
            name.remove(0, 5);
        // A restrictive clause says no more of whom: "An official of the
        // Lands Commission who spoke on condition of anonymity".
        if (const qsizetype who = name.indexOf(QLatin1String(" who ")); who > 0)
            name.truncate(who);
        // A source is known by the name it takes: "A ransomware group
        // calling itself “Bituin”" is Bituin.
        static const QRegularExpression takesName(QStringLiteral("\\s(?:calling|called)\\s(?:itself|themselves)\\s[\"“]?([^\"“”]+)[\"”]?$"));
        if (name.size() > 20 && name.contains(QLatin1String(" call"))) {
            if (const QRegularExpressionMatch m = takesName.match(name); m.hasMatch()) {
                // (A group, not a person: "it" refers to it.)
                a.speakerName = m.captured(1).trimmed();
                lastThing = a.speakerName;
                lastAny = a.speakerName;
                continue;
            }
        }
        // An office holder with the name in brackets, as Hansard labels a
        // minister: "The Parliamentary Secretary, Cabinet Office (Michael
        // Brennan)" is Michael Brennan.
        // So is "The Chair (Mr. Darren Holloway (Brampton North—Caledon, Lib.))".
        static const QRegularExpression holder(QStringLiteral(
            "^The\\s[^()]+\\((?:(?:Mr|Mrs|Ms|Dr)\\.?\\s)?((?:[A-Z][\\w.'’\\-]*\\s){1,3}[A-Z][\\w'’\\-]+)(?:\\s\\([^()]*\\))?\\)$"));
        // So is the Diet's "Minister of State for Cybersecurity (Mr.
        // HIGASHIYAMA Ryo)", and "Government Witness (Ms. MORITA Aki,
        // Director-General, Cyber Affairs Bureau, …)" with the post after
        // the name.
        static const QRegularExpression addressed(QStringLiteral(
            "^[^()]+\\((?:Mr|Mrs|Ms|Dr)\\.\\s((?:\\p{Lu}[\\w.'’\\-]*\\s){1,3}\\p{Lu}[\\w'’\\-]+)(?:,[^()]*)?\\)$"),
            QRegularExpression::UseUnicodePropertiesOption);
        if (name.endsWith(u')')) {
            if (const QRegularExpressionMatch m = name.startsWith(QLatin1String("The")) ? holder.match(name) : addressed.match(name); m.hasMatch())
                name = m.captured(1);
        }
        // "Stefan Kahlert, the BKA's president" is Stefan Kahlert; "the
        // Minister for Cyber Security, the Hon Amira Haddad MP" is the
        // person named after the office.
        // A title with commas before the name: "Economy, Trade and Industry
        // Minister Taro Sato" is Taro Sato.
        // (Such a title lists its portfolios: "X, Y and Z".)
        if (name.contains(QLatin1Char(',')) && name.at(0).isUpper() && name.contains(QLatin1String(" and "))) {
            const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (qsizetype take = qMin<qsizetype>(words.size() - 1, 8); take >= 3; --take) {
                if (words.at(take - 1).endsWith(QLatin1Char(',')) || !words.at(take).at(0).isUpper()
                    || !gazetteer.isTitle(words.first(take).join(QLatin1Char(' '))))
                    continue;
                name = words.sliced(take).join(QLatin1Char(' '));
                break;
            }
        }
        // (A figure's group separator is no such comma: "A survey of 1,200 …".)
        if (name.contains(QLatin1String(", "))) {
            const QString office = name.section(QLatin1String(", "), 0, 0).trimmed();
            // (Past forms of address: "Ir. Dr. Azman Kamaruddin".)
            QStringList holderWords = name.section(QLatin1String(", "), 1, 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            dropFormsOfAddress(holderWords);
            const QString holder = holderWords.join(QLatin1Char(' '));
            // (Names have letters beyond ASCII: "Andrés Felipe Rincón".)
            static const QRegularExpression named(QStringLiteral("^(?:the\\s)?\\p{Lu}[\\w\\-]+(?:\\s\\p{Lu}[\\w\\-.]+){1,4}$"),
                                                  QRegularExpression::UseUnicodePropertiesOption);
            const QString officeFirst = office.section(QLatin1Char(' '), 0, 0);
            const bool described = determiners().contains(officeFirst) || officeFirst.endsWith(QLatin1String("'s"))
                || officeFirst.endsWith(u"’s");
            name = described && named.match(holder).hasMatch() ? (holder.startsWith(QLatin1String("the ")) ? holder.mid(4) : holder) : office;
        }
        if (pronouns().contains(name)) {
            const QString lower = name.toLower();
            if (lower == QLatin1String("it"))
                a.speakerName = lastThing.isEmpty() ? name : lastThing;
            else if (lower == QLatin1String("they") || lower == QLatin1String("we") || lower == QLatin1String("you"))
                a.speakerName = lastAny.isEmpty() ? name : lastAny;
            else
                a.speakerName = lastPerson.isEmpty() ? name : lastPerson;
            continue;
        }
        // A role in lower case opening the speaker, then the name:
        // "opposition spokesperson Chanda Mulenga", "deputy minister John
        // Smith" (not "officials at the Foreign Ministry").
        if (!name.isEmpty() && name.at(0).isLower()) {
            const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            qsizetype role = words.size() - 1;
            while (role > 0 && words.at(role).at(0).isUpper())
                --role;
            const qsizetype named = words.size() - 1 - role;
            if (named >= 2 && named <= 4 && (gazetteer.isTitle(words.at(role)) || sourceWords().contains(words.at(role)))
                && !hasHeadNoun(words.constLast()))
                name = words.sliced(role + 1).join(QLatin1Char(' '));
        }
        const QString firstWord = name.section(QLatin1Char(' '), 0, 0);
        const bool described = determiners().contains(firstWord);
        // A person's name or title opens with a capital; "data tabled by
        // MeitY" is a description that only contains a name.
        // Nor is "GCHQ's cyber arm", a body's part.
        static const QRegularExpression ownedPart(QStringLiteral("[’']s\\s[a-z]"));
        // Nor a name that ends in a body's head noun: "Security Ministry
        // says" (a person's name ends in a surname, before what follows it:
        // "Marcus Hale of the Justice Department's National Security
        // Division").
        const QStringView named = QStringView(name).left(name.indexOf(QLatin1String(" of ")));
        bool bodyName = hasHeadNoun(named.mid(named.lastIndexOf(u' ') + 1));
        // But a body's officer named after its title is that person:
        // "Ministry of Foreign Affairs spokesman Chen Haoran". (A role in
        // lower case, then one to three capitalised words: "… Chief
        // Information Officer" is a title's words, not a name.)
        if (bodyName) {
            const QStringView view(name);
            qsizetype end = view.size();
            for (int capitalised = 0; end > 0 && capitalised <= 3; ++capitalised) {
                const qsizetype start = view.lastIndexOf(u' ', end - 1) + 1;
                const QStringView word = view.mid(start, end - start);
                if (word.isEmpty() || start == 0)
                    break;
                if (word.front().isLower()) {
                    if (capitalised >= 1 && word.size() > 3 && gazetteer.isTitle(word.toString())) {
                        name = view.mid(end + 1).toString();
                        bodyName = false;
                    }
                    break;
                }
                if (hasHeadNoun(word))
                    break;
                end = start - 1;
            }
        }
        // A group named by an adjective and what it is, as a headline writes
        // it: "German police", "Privacy commissioners".
        const qsizetype space = name.indexOf(u' ');
        // (A body's officials are the body's: "CISA officials", "EU auditors".)
        const bool group = space > 0 && name.indexOf(u' ', space + 1) < 0 && peopleGroups().contains(QStringView(name).mid(space + 1))
            && name.at(1).isLower() && gazetteer.lookup(name.left(space)).isEmpty();
        // (Nor people by their kind, with where they work: "Officials at the
        // Cabinet Office", "Lawyers for the firm", "Data from KISA".)
        const QString firstLower = firstWord.toLower();
        const bool kind = (firstLower.endsWith(u's') || firstLower == QLatin1String("police") || firstLower == QLatin1String("data"))
            && sourceWords().contains(firstLower) && name.contains(u' ');
        // (A document is shown by whose it is, "CERT Polska report" as CERT
        // Polska, but is no person "he" refers to.)
        const bool document = space > 0 && documentNouns().contains(QStringView(name).mid(name.lastIndexOf(u' ') + 1));
        const bool person = !group && !kind && !name.isEmpty() && name.at(0).isUpper() && properName.match(name).hasMatch() && !gazetteer.lookup(name).size() && !described
            && !bodyName && !((name.contains(u'’') || name.contains(u'\'')) && ownedPart.match(name).hasMatch());
        if (!person) {
            // "the government" and "The government" are one speaker.
            if (described)
                name[0] = name.at(0).toUpper();
            // A page or a number in brackets is no part of it: "the NTRA's
            // annual report (p. 46)" (an acronym is: "… Centre (NCSC)").
            if (name.endsWith(u')')) {
                const qsizetype open = name.lastIndexOf(QLatin1String(" ("));
                const QStringView inside = QStringView(name).sliced(open + 2).chopped(1);
                const bool acronym = !inside.isEmpty() && inside.front().isUpper() && !inside.contains(u' ');
                if (open > 0 && !acronym && std::any_of(inside.cbegin(), inside.cend(), [](QChar c) { return c.isDigit(); }))
                    name.truncate(open);
            }
            a.speakerName = name;
            lastThing = name;
            lastAny = name;
            continue;
        }
        // Drop titles written before the name: "Chief Cabinet Secretary Osamu
        // Fujimura", also after a national adjective ("Japanese Foreign
        // Minister") or a body's name.
        QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // And forms of address: "Ms. Nadia Forsythe", "the Hon Amira Haddad".
        dropFormsOfAddress(words);
        // Words in brackets are no part of it: "Lin Yi-fan (林宜帆)", "Deputy
        // Commissioner of Police (IFSO) Priya Sharma".
        for (int i = 1; i < words.size(); ++i) {
            if (!words.at(i).startsWith(QLatin1Char('(')))
                continue;
            int close = i;
            while (close < words.size() - 1 && !words.at(close).endsWith(QLatin1Char(')')))
                ++close;
            words.erase(words.begin() + i, words.begin() + close + 1);
            --i;
        }
        // The title may follow a body's name written with its acronym or
        // ending in a head noun: "FBI Cyber Division Assistant Director Dana
        // Whitfield", "Chinese Foreign Ministry spokesperson Xu Lan",
        // "Kuomintang (KMT) Legislator Lin Pei-hsiang" (not
        // "Osaka Minami General Medical Center").
        const auto bodyBefore = [&words](int skip) {
            return skip <= 1 || (words.constFirst().size() > 1 && words.constFirst() == words.constFirst().toUpper())
                || hasHeadNoun(words.at(skip - 1)) || words.at(skip - 1) == QLatin1String("Party");
        };
        for (int skip = 0; skip <= qMin(3, int(words.size()) - 2); ++skip) {
            if (!bodyBefore(skip))
                continue;
            bool dropped = false;
            for (int take = qMin(int(words.size()) - 1 - skip, 5); take > 0; --take) {
                if (gazetteer.isTitle(words.mid(skip, take).join(QLatin1Char(' ')))) {
                    words = words.mid(skip + take);
                    dropped = true;
                    break;
                }
            }
            if (dropped)
                break;
        }
        // A title's complement is not part of the name: "DICT Undersecretary
        // for Cybersecurity Joel Macaraeg" is Joel Macaraeg.
        if (words.size() > 2 && words.constFirst().at(0).isLower()) {
            // (with a middle initial: "Michael T. Branson")
            const QString &middle = words.at(words.size() - 2);
            const bool initial = middle.size() == 2 && middle.at(1) == QLatin1Char('.') && words.size() > 3;
            // (and particles: "Minister of Justice and Security Ingrid van
            // der Laan" is Ingrid van der Laan)
            qsizetype start = words.size() - (initial ? 3 : 2);
            while (start > 1 && (nameParticles().contains(words.at(start)) || nameParticles().contains(words.at(start - 1))))
                --start;
            words = words.mid(start);
        }
        // Nor a title after it: "Sir Geoffrey Pennant MP".
        if (words.size() > 2 && gazetteer.isTitle(words.constLast()))
            words.removeLast();
        // A role in lower case between a body and the name: "LDP upper house
        // member Ichiro Kusano" is Ichiro Kusano.
        // (Not past "of": "Rep. Lee Ha-neul of the ruling Democratic Party".)
        const bool affiliated = words.contains(QLatin1String("of"));
        for (int i = int(words.size()) - 2; !affiliated && i >= 1 && i >= int(words.size()) - 4; --i) {
            if (!words.at(i).at(0).isLower())
                continue;
            // (Only before a name: "Kyodo news agency" stays.)
            const bool nameAfter = std::all_of(words.cbegin() + i + 1, words.cend(), [](const QString &w) { return w.at(0).isUpper(); });
            if (sourceWords().contains(words.at(i)) && nameAfter)
                words = words.mid(i + 1);
            break;
        }
        // A post-modifier is not part of the name: "Ban Ki-moon of the United
        // Nations (UN)" is Ban Ki-moon.
        for (int i = 1; i < words.size(); ++i) {
            const QString &w = words.at(i);
            const bool particle = nameParticles().contains(w) && i + 1 < words.size() && words.at(i + 1).at(0).isLetter()
                && (words.at(i + 1).at(0).isUpper() || nameParticles().contains(words.at(i + 1)));
            if ((w.at(0).isLower() && !particle) || w.startsWith(QLatin1Char('('))) {
                words = words.mid(0, i);
                break;
            }
        }
        // Transcript labels shout: "FUJIMURA" and "Minister NAKAGAWA" are
        // Fujimura and Nakagawa; a body's acronym stays ("EU and NATO"), and
        // a name written in mixed case keeps its capitals ("BKA President").
        // (In mixed-case text a short word in capitals is an acronym:
        // "Public broadcaster NHK", not a shouted name.)
        const QString kept = words.join(QLatin1Char(' '));
        if (kept == kept.toUpper()) {
            // (What a label adds in brackets does not count: "FUJII (Komeito)".)
            static const QRegularExpression bracketed(QStringLiteral("\\([^()]*\\)"));
            const QString written = a.speaker.text(text).remove(bracketed);
            // (A short word in capitals before a verb in prose is an
            // acronym too: "KDDI said", "ASPI found"; so is one after "According
            // to" before a comma: "According to JAL, …".)
            const QChar after = a.speaker.end < text.size() ? text.at(a.speaker.end) : QChar();
            const bool inProse = a.speaker.end + 1 < text.size()
                && ((after == u' ' && text.at(a.speaker.end + 1).isLower()) || ((after == u',' || after == u'.') && text.at(a.speaker.end + 1) == u' '));
            const bool shouted = written == written.toUpper() && !(inProse && words.size() == 1 && words.constFirst().size() <= 5);
            for (QString &w : words) {
                if (w.size() > 1 && w.at(0).isLetter() && !w.contains(QLatin1Char('.')) && gazetteer.lookup(w).isEmpty() && (shouted || w.size() >= 6))
                    w = w.at(0) + w.mid(1).toLower();
            }
        }
        QString resolved = words.join(QLatin1Char(' '));
        const QString surname = words.constLast();
        if (words.size() >= 2 && words.size() <= 4)
            fullNames.insert(surname, resolved);
        else if (words.size() == 1 && fullNames.contains(surname))
            resolved = fullNames.value(surname);
        a.speakerName = resolved;
        if (!document)
            lastPerson = resolved;
        lastAny = resolved;
    }
    // Surnames seen before their full form get it too.
    for (Attribution &a : attributions) {
        if (!a.speakerName.contains(QLatin1Char(' ')) && fullNames.contains(a.speakerName))
            a.speakerName = fullNames.value(a.speakerName);
    }
}

void nameBodySpeakers(const QString &text, QList<Attribution> &attributions, const QList<BodyMention> &bodies, const Gazetteer &gazetteer)
{
    QHash<QString, QString> renamed; // as shown until now -> the body's name
    for (Attribution &a : attributions) {
        // The bodies named in the speaker: one, perhaps with its acronym.
        const BodyMention *body = nullptr;
        bool one = true;
        for (const BodyMention &b : bodies) {
            if (b.span.start >= a.speaker.end)
                break;
            if (b.span.start < a.speaker.start || b.span.end > a.speaker.end)
                continue;
            // (A name the text gives an acronym is one body with it: "The
            // Water and Sewerage Authority (WASA)".)
            one &= !body || b.canonical == body->canonical || (body->canonical.isEmpty() && b.canonical == body->span.text(text));
            if (!body)
                body = &b;
        }
        if (!body || !one)
            continue;
        // The body is the speaker, not a person's office or a document's
        // owner: around its name only a determiner, its acronym and "officials".
        const QStringView before = QStringView(text).mid(a.speaker.start, body->span.start - a.speaker.start).trimmed();
        QStringView after = QStringView(text).mid(body->span.end, a.speaker.end - body->span.end).trimmed();
        if (after.startsWith(u'(')) {
            const qsizetype close = after.indexOf(u')');
            after = close < 0 ? after : after.sliced(close + 1).trimmed();
        }
        // A body the gazetteer lacks is shown by its words: described and
        // the whole speaker ("Cyber directorate says": not a person called
        // Cyber), or named with its determiner or acronym ("The Water and
        // Sewerage Authority (WASA)").
        if (body->canonical.isEmpty()) {
            const bool whole = body->span.start == a.speaker.start && body->span.end == a.speaker.end;
            const bool named = body->span.text(text).front().isUpper() && (before.isEmpty() || before == QLatin1String("the") || before == QLatin1String("The"))
                && after.isEmpty();
            if (whole || named) {
                if (!a.speakerName.isEmpty())
                    renamed.insert(a.speakerName, body->span.text(text));
                a.speakerName = body->span.text(text);
            }
            continue;
        }
        // (Or whose it is: "The country's Central Election Commission",
        // "Japan's National Police Agency".)
        static const QRegularExpression owner(QStringLiteral("^(?:(?:[Tt]he\\s)?(?:country|nation|island|kingdom|republic)|(\\p{Lu}[\\w.]+))[’']s$"),
                                              QRegularExpression::UseUnicodePropertiesOption);
        const QRegularExpressionMatch owned = before.isEmpty() ? QRegularExpressionMatch() : owner.matchView(before);
        const bool ownedByCountry = owned.hasMatch() && (!owned.hasCaptured(1) || isCountry(owned.captured(1)));
        if (!(before.isEmpty() || before == QLatin1String("the") || before == QLatin1String("The") || ownedByCountry)
            || !(after.isEmpty() || after == QLatin1String("officials")))
            continue;
        // Named, not described: its acronym, its name, or a name with the
        // acronym after it.
        const QStringView written = QStringView(text).mid(body->span.start, body->span.length());
        const bool acronym = written.size() >= 2 && written.size() <= 10
            && std::all_of(written.cbegin(), written.cend(), [](QChar c) { return c.isUpper() || c.isDigit() || c == u'&' || c == u'-'; });
        const bool withAcronym = QStringView(text).mid(body->span.end, a.speaker.end - body->span.end).trimmed().startsWith(u'(');
        if (!acronym && !withAcronym && written.compare(body->canonical, Qt::CaseInsensitive) != 0)
            continue;
        // (A name the gazetteer lacks is the text's own: "The Government of
        // Vanuatu", an acronym the text defines.)
        if (gazetteer.lookup(body->canonical).size() > 1) {
            // (A name several countries' bodies share is shown as written,
            // past whose it is: "the island's National Security Bureau".)
            if (ownedByCountry) {
                const QString shown = written.toString();
                if (!a.speakerName.isEmpty())
                    renamed.insert(a.speakerName, shown);
                a.speakerName = shown;
            }
            continue;
        }
        if (!a.speakerName.isEmpty())
            renamed.insert(a.speakerName, body->canonical);
        a.speakerName = body->canonical;
    }
    // "it said" after "The NISC said" was shown as "The NISC".
    for (Attribution &a : attributions) {
        if (const auto it = renamed.constFind(a.speakerName); it != renamed.cend())
            a.speakerName = *it;
    }
}

} // namespace Dossier::Passes
