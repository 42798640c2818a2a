// The word lists of the attribution pass (see attribution_p.h).
#include "attribution_p.h"

#include <initializer_list>

namespace Dossier::Passes::Lexicon {

namespace {

TextScan::WordSet wordSet(std::initializer_list<const char *> words)
{
    TextScan::WordSet set;
    for (const char *w : words)
        set.insert(QString::fromLatin1(w));
    return set;
}

} // namespace

const TextScan::WordSet &pronouns()
{
    static const TextScan::WordSet set = {
        QStringLiteral("he"), QStringLiteral("she"), QStringLiteral("they"), QStringLiteral("it"),
        QStringLiteral("I"), QStringLiteral("we"), QStringLiteral("you"), QStringLiteral("He"),
        QStringLiteral("She"), QStringLiteral("They"), QStringLiteral("It"), QStringLiteral("We"),
        QStringLiteral("You"),
    };
    return set;
}

const TextScan::WordSet &sourceWords()
{
    static const TextScan::WordSet set = [] {
        TextScan::WordSet s;
        for (const char *w : {
                 "official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokespeople",
                 "agency", "news", "newspaper", "daily", "paper", "report", "statement", "strategy",
                 "document", "government", "governments", "ministry", "minister", "ministers", "secretary",
                 "senior", "top", "chief", "deputy", "former", "foreign", "defense", "defence", "cabinet",
                 "police", "military", "expert", "experts", "analyst", "analysts", "researcher",
                 "researchers", "officer", "officers", "diplomat", "diplomats", "lawmaker", "lawmakers",
                 "legislator", "legislators", "member", "members", "leader", "leaders", "side", "president",
                 "manager", "director", "head", "chairman", "chairwoman", "committee", "panel", "survey",
                 "study", "white", "data", "figures", "statistics", "company", "firm", "embassy", "mission", "ambassador", "envoy",
                 "counterpart", "predecessor", "successor", "administration", "authorities", "authority", "investigators",
                 "prosecutors", "organization", "organisation", "council", "security", "cybersecurity",
                 "cyber", "national", "high-ranking", "unnamed", "anonymous", "current", "new", "local",
                 "regional", "central", "federal", "state", "vice", "general", "executive", "professor",
                 "specialist", "specialists", "adviser", "advisor", "advisers", "aide", "aides",
                 "negotiator", "representative", "representatives", "delegation", "commander", "chief",
                 "staff", "team", "unit", "division", "bureau", "office", "center", "centre", "department",
                 "guidelines", "guidance", "plan", "paper", "policy", "program", "programme", "roadmap", "bill", "law", "resolution", "communique",
                 "declaration", "agreement", "assessment", "review", "overview", "advisory", "alert", "notice", "bulletin", "circular",
                 "release", "press", "wire", "broadcaster", "outlet", "website", "magazine", "journal",
                 "intelligence", "industry", "trade", "economy", "ruling", "opposition", "party",
                 "administration's", "government's", "ministry's", "agency's", "official's", "prime",
                 "affairs", "communications", "information", "technology", "science", "justice",
                 "internal", "home", "digital", "emergency", "response", "coordination", "public", "labour", "labor",
                 "private", "sector", "operator", "operators", "provider", "vendor", "firm's", "company's",
                 "source", "sources", "insider", "insiders", "person", "people", "citizen", "resident",
                 "agencies", "transport", "health", "hospital", "coast", "guard", "joint", "sides",
                 "ministries", "governments", "authorities'", "officials'", "panel", "white", "threat",
                 "landscape", "quarterly", "annual", "monthly", "weekly", "latest", "landmark", "draft",
                 "interim", "acting", "final", "official's", "spokesman's", "survey", "poll", "audit", "inquiry", "inspection",
                 "investigation", "investigators'", "watchdog", "regulator", "regulators", "prosecutor",
                 "court", "judge", "judges", "lawyer", "lawyers", "attorney", "police's", "army",
                 "navy", "forces", "command", "commission", "board", "firm", "firms", "companies",
                 "group", "groups", "organisations", "organizations", "association", "federation", "institute", "foundation", "university",
                 "spy", "espionage", "defense-ministry", "ministry-run", "states", "partners",
                 // local government, companies and documents that speak
                 "prefecture", "prefectural", "city", "county", "borough", "district", "parish", "municipality", "municipal", "town", "village", "province",
                 "region", "fund",
                 "contractor", "contractors", "insurer", "insurers", "bank", "exchange", "utility", "platform",
                 "airline", "carrier", "telecom", "school", "district", "secretariat", "delegate", "delegates",
                 "chair", "summary", "tally", "filing", "indictment", "affidavit", "complaint", "reply", "letter", "memo",
                 "directive", "verdict", "judgment", "judgement", "lawsuit", "documents", "manufacturer", "maker", "makers",
                 "carmaker", "automaker", "chipmaker", "retailer", "lender", "supplier", "suppliers", "conglomerate", "brokerage",
                 "presentation", "log", "statements", "proposal", "proposals", "lobby", "giant",
                 "developer", "vendor's", "contractor's", "city's", "prefecture's",
                 // offices, people in office and the parties of a case
                 "directorate", "directorates", "inspectorate", "auditor", "auditors", "inspector", "inspectors",
                 "examiner", "ombudsman", "commissioner", "commissioners", "commandant", "mayor", "governor", "senator", "parliamentarian",
                 "parliamentarians",
                 "senators", "congressman", "congresswoman", "councillor", "councilor", "chancellor", "premier",
                 "parliament", "parliamentary", "legislature", "assembly", "senate", "service", "services",
                 "taskforce", "cell", "seller", "sellers", "hacker", "hackers", "attacker", "attackers", "gang", "ransomware",
                 "perpetrators", "suspect", "suspects", "defendant", "defendants", "victim", "victims",
                 "witness", "witnesses", "employee", "employees", "staffer", "staffers", "worker", "workers",
                 "user", "users", "customer", "customers", "author", "authors", "editor", "editors",
                 "editorial", "columnist", "scholar", "scholars", "academic", "academics", "engineer",
                 "engineers", "consultant", "consultants", "founder", "chairperson", "coordinator",
                 "administrator", "administrators", "supplier", "suppliers", "lab", "laboratory", "rapporteur",
                 "rapporteurs", "shadow", "papers", "budget", "records", "broker", "brokers", "authoring", "partner", "participating",
                 // orders and updates that speak: "the order says", "The update calls for"
                 "order", "decision", "settlement", "update", "warning", "outline", "framework", "blueprint",
                 // a body's part: "GCHQ's cyber arm urges"
                 "arm", "wing",
                 // people by their work
                 "headquarters", "investigator", "recruiter", "research", "recruiters", "technician", "technicians", "executives", "spokespersons",
                 "owner", "owners", "residents", "doctor", "doctors", "teacher", "teachers", "student", "students",
                 // the parties of a regulator's case, and state enterprises
                 "controller", "controllers", "processor", "processors", "complainant", "complainants", "applicant", "applicants",
                 "plaintiff", "plaintiffs", "petitioner", "petitioners", "enterprise", "enterprises",
                 "entity", "entities"}) {
            s.insert(QString::fromLatin1(w));
        }
        return s;
    }();
    return set;
}

const TextScan::WordSet &determiners()
{
    static const TextScan::WordSet set = {
        QStringLiteral("the"), QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("this"),
        QStringLiteral("that"), QStringLiteral("these"), QStringLiteral("those"), QStringLiteral("its"),
        QStringLiteral("their"), QStringLiteral("his"), QStringLiteral("her"), QStringLiteral("our"), QStringLiteral("your"),
        QStringLiteral("another"), QStringLiteral("several"), QStringLiteral("both"), QStringLiteral("one"),
        QStringLiteral("The"), QStringLiteral("A"), QStringLiteral("An"), QStringLiteral("This"),
        QStringLiteral("That"), QStringLiteral("These"), QStringLiteral("Those"), QStringLiteral("Its"),
        QStringLiteral("Their"), QStringLiteral("His"), QStringLiteral("Her"), QStringLiteral("Our"),
        QStringLiteral("Another"), QStringLiteral("Several"), QStringLiteral("Both"), QStringLiteral("One"),
        QStringLiteral("two"), QStringLiteral("three"), QStringLiteral("many"), QStringLiteral("some"),
        QStringLiteral("Many"), QStringLiteral("Some"), QStringLiteral("Two"), QStringLiteral("Three"),
        QStringLiteral("four"), QStringLiteral("five"), QStringLiteral("six"), QStringLiteral("seven"),
        QStringLiteral("eight"), QStringLiteral("nine"), QStringLiteral("ten"), QStringLiteral("Four"),
        QStringLiteral("Five"), QStringLiteral("Six"), QStringLiteral("Seven"), QStringLiteral("Eight"),
        QStringLiteral("Nine"), QStringLiteral("Ten"), QStringLiteral("more"), QStringLiteral("More"),
        QStringLiteral("fewer"), QStringLiteral("Fewer"), QStringLiteral("most"), QStringLiteral("Most"),
    };
    return set;
}

const TextScan::WordSet &clauseOpeners()
{
    static const TextScan::WordSet set = [] {
        TextScan::WordSet s;
        for (const char *w : {"While", "When", "After", "Before", "But", "And", "If", "Although", "Though",
                              "Because", "As", "Since", "Meanwhile", "However", "Moreover", "Also", "Still",
                              "Yet", "So", "Then", "Earlier", "Later", "Separately", "Instead", "Indeed",
                              "Further", "Furthermore", "In", "On", "At", "For", "By", "With", "From", "Of",
                              "To", "During", "Under", "Over", "Yesterday", "Today", "Tomorrow", "Now",
                              "Thus", "Hence", "Therefore", "Nonetheless", "Nevertheless", "Additionally",
                              "Meantime", "Previously", "Recently", "Last", "Next", "Speaking", "Asked",
                              "According", "Despite", "Amid", "Following", "Including", "Unlike", "Like",
                              "Where", "Whether", "Once", "Until", "Why", "What", "How", "Who", "Which",
                              "Is", "Are", "Was", "Were", "Do", "Does", "Did", "Can", "Could", "Will",
                              "Would", "Should", "May", "Might", "Must", "Has", "Have", "Had", "Not", "No",
                              "Yes", "Please", "Thank", "Right", "Well", "Oh", "OK", "Okay", "Outside", "Inside",
                              "Across", "Beyond", "Within", "Without", "Among", "Around", "Throughout", "Against",
                              "Through", "Toward", "Towards", "Besides", "Via", "Upon", "Near", "Behind", "Between"}) {
            s.insert(QString::fromLatin1(w));
        }
        return s;
    }();
    return set;
}

const TextScan::WordSet &cueModifiers()
{
    static const TextScan::WordSet set = [] {
        TextScan::WordSet s;
        for (const char *w : {"also", "later", "then", "further", "has", "have", "had", "will", "would",
                              "could", "may", "might", "previously", "recently", "once", "again",
                              "repeatedly", "publicly", "separately", "earlier", "already", "first",
                              "did", "does", "do", "not", "never", "reportedly", "has also", "had also",
                              "clearly", "openly", "flatly", "strongly", "firmly", "explicitly",
                              "formally", "officially", "jointly", "immediately", "quickly",
                              "privately", "specifically", "simply", "only", "just", "even", "still",
                              "subsequently", "initially", "originally", "finally", "now", "today", "since",
                              "yesterday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                              "Saturday", "Sunday", "last", "week", "month", "year", "on", "long",
                              "consistently", "categorically", "vehemently", "itself", "himself", "herself",
                              "themselves", "partially", "partly", "fully", "broadly", "largely", "generally",
                              "reluctantly", "tacitly", "quietly", "therefore", "accordingly"}) {
            s.insert(QString::fromLatin1(w));
        }
        return s;
    }();
    return set;
}

const TextScan::WordSet &vagueSources()
{
    static const TextScan::WordSet set = {
        QStringLiteral("reports"), QStringLiteral("media"), QStringLiteral("rumors"), QStringLiteral("rumours"),
        QStringLiteral("some"), QStringLiteral("many"), QStringLiteral("others"), QStringLiteral("critics"),
        QStringLiteral("observers"), QStringLiteral("people"), QStringLiteral("sources"),
        QStringLiteral("reporters"), QStringLiteral("journalists"), QStringLiteral("data"),
        QStringLiteral("estimates"), QStringLiteral("figures"), QStringLiteral("statistics"),
    };
    return set;
}

const TextScan::WordSet &bareGroups()
{
    // (A nation's people as a whole: "Canadians reported losing …".)
    static const TextScan::WordSet set = {QStringLiteral("officials"), QStringLiteral("experts"), QStringLiteral("analysts"), QStringLiteral("lawyers"),
                                          QStringLiteral("americans"), QStringLiteral("canadians"), QStringLiteral("australians"),
                                          QStringLiteral("britons"), QStringLiteral("koreans"), QStringLiteral("indians"),
                                          QStringLiteral("germans"), QStringLiteral("russians"), QStringLiteral("singaporeans"),
                                          QStringLiteral("filipinos"), QStringLiteral("nigerians"), QStringLiteral("kenyans")};
    return set;
}

const TextScan::WordSet &peopleGroups()
{
    static const TextScan::WordSet set = wordSet({"police", "commissioners", "experts", "officials", "lawmakers", "regulators", "ministers",
                                                  "investigators", "prosecutors", "researchers", "analysts", "auditors"});
    return set;
}

const TextScan::WordSet &institutionClasses()
{
    static const TextScan::WordSet set = {
        QStringLiteral("governments"), QStringLiteral("agencies"), QStringLiteral("institutions"), QStringLiteral("companies"),
        QStringLiteral("firms"), QStringLiteral("organizations"), QStringLiteral("organisations"), QStringLiteral("businesses"),
        QStringLiteral("banks"), QStringLiteral("operators"), QStringLiteral("municipalities"), QStringLiteral("ministries"),
        QStringLiteral("departments"), QStringLiteral("insurers"), QStringLiteral("hospitals"), QStringLiteral("universities"),
    };
    return set;
}

const TextScan::WordSet &roleNouns()
{
    static const TextScan::WordSet set = {
        QStringLiteral("police"), QStringLiteral("official"), QStringLiteral("officials"), QStringLiteral("government"),
        QStringLiteral("ministry"), QStringLiteral("spokesperson"), QStringLiteral("spokesman"), QStringLiteral("spokeswoman"),
        QStringLiteral("report"), QStringLiteral("survey"), QStringLiteral("study"),
    };
    return set;
}

const TextScan::WordSet &labelRoles()
{
    static const TextScan::WordSet set = [] {
        TextScan::WordSet s;
        for (const char *w : {"SECRETARY", "MINISTER", "REPORTER", "QUESTION", "Q", "A", "ANSWER", "CHAIR", "CHAIRMAN",
                              "CHAIRWOMAN", "CHAIRPERSON", "SENATOR", "MR", "MR.", "MRS", "MRS.", "MS", "MS.", "MISS", "DR",
                              "DR.", "PROF", "PROF.", "PRESIDENT", "SPOKESPERSON", "SPOKESMAN", "SPOKESWOMAN", "PRESS",
                              "DIRECTOR", "WITNESS", "MODERATOR", "AMBASSADOR", "GOVERNOR", "MAYOR", "COMMISSIONER",
                              "REPRESENTATIVE", "REP.", "SEN.", "HON", "HON.", "SPEAKER", "INTERVIEWER", "OFFICIAL", "CHIEF",
                              "GENERAL", "PRIME", "DEPUTY", "VICE", "MEMBER", "JUDGE", "JUSTICE", "COUNSEL", "ATTORNEY",
                              "PROSECUTOR", "LORD", "LADY", "SIR", "BARONESS", "DAME", "ADMIRAL", "COMMANDER", "HOST",
                              "PANELIST", "PANELLIST", "PARTICIPANT", "CORRESPONDENT", "JOURNALIST", "AUDIENCE", "NARRATOR",
                              "ANNOUNCER"}) {
            s.insert(QString::fromLatin1(w));
        }
        return s;
    }();
    return set;
}

const TextScan::WordSet &nameParticles()
{
    static const TextScan::WordSet set = wordSet({
        "van", "von", "der", "den", "de", "da", "das", "do", "dos", "di", "del", "della", "du", "la", "le",
        "ter", "ten", "bin", "binti", "ibn", "al", "el"});
    return set;
}

const TextScan::WordSet &judgingVerbs()
{
    static const TextScan::WordSet set = wordSet({
        "welcomed", "welcomes", "criticised", "criticized", "criticises", "criticizes", "condemned", "condemns",
        "praised", "praises", "rejected", "rejects", "blamed", "blames", "accused", "accuses", "ordered",
        "orders", "directed", "directs", "demanded", "demands", "questioned", "questions", "defended", "defends",
        "disputed", "disputes", "slammed", "slams", "Slams"});
    return set;
}

const TextScan::WordSet &verbsAfterNoun()
{
    static const TextScan::WordSet set = wordSet({
        "fell", "rose", "climbed", "increased", "decreased", "dropped", "jumped", "grew", "declined", "surged",
        "doubled", "tripled", "reached", "numbered", "totalled", "totaled", "were", "are", "have", "had", "is", "was",
        "has", "will", "jump", "jumps", "rise", "rises", "fall", "falls", "climb", "climbs", "surge", "surges", "halved",
        "soared", "plunged", "hit", "hits", "received", "recorded", "handled", "logged", "detected", "blocked", "lost",
        "accounted", "remained", "stood", "exceeded", "topped"});
    return set;
}

const TextScan::WordSet &listeners()
{
    static const TextScan::WordSet set = wordSet({
        "the", "a", "an", "its", "their", "his", "her", "parliament", "congress", "lawmakers", "legislators",
        "reporters", "journalists", "police", "investigators", "prosecutors", "regulators", "authorities",
        // pronouns: "have reported to us that …"
        "us", "me", "him", "them"});
    return set;
}

const TextScan::WordSet &clauseLinks()
{
    static const TextScan::WordSet set = wordSet({
        "although", "though", "while", "but", "and", "as", "because", "that"});
    return set;
}

const TextScan::WordSet &issuingVerbs()
{
    static const TextScan::WordSet set = wordSet({"issued", "published", "released", "circulated", "dated", "posted", "sent"});
    return set;
}

const TextScan::WordSet &documentNouns()
{
    static const TextScan::WordSet set = wordSet({
        "report", "survey", "study", "review", "analysis", "audit", "assessment", "data", "figures", "statistics", "poll", "index",
        "overview", "presentation", "log", "statements", "proposal", "proposals", "documents"});
    return set;
}

const TextScan::WordSet &inquiryNouns()
{
    static const TextScan::WordSet set = wordSet({"investigation", "inquiry", "probe", "examination", "inspection"});
    return set;
}

const TextScan::WordSet &clauseWords()
{
    static const TextScan::WordSet set = wordSet({"is", "was", "were", "are", "has", "have", "had", "will", "would", "can", "could",
                                                  "may", "might", "should", "did", "does", "do", "been", "be", "that", "which", "who",
                                                  "whose", "where", "when", "while", "said", "says"});
    return set;
}

const TextScan::WordSet &proceedings()
{
    static const TextScan::WordSet set = wordSet({"case", "cases", "charge", "charges", "lawsuit", "lawsuits", "suit", "appeal", "appeals",
                                                  "petition", "motion", "indictment", "proceedings", "complaint"});
    return set;
}

const TextScan::WordSet &channelNouns()
{
    static const TextScan::WordSet set = wordSet({"statement", "statements", "interview", "release", "report", "post", "letter", "briefing",
                                                  "conference", "speech", "message", "email", "e-mail", "video", "address", "hearing",
                                                  "session", "meeting", "broadcast", "podcast", "op-ed", "column", "filing", "call"});
    return set;
}

const TextScan::WordSet &timeNouns()
{
    static const TextScan::WordSet set = wordSet({"day", "week", "month", "year", "morning", "afternoon", "evening", "night"});
    return set;
}

const TextScan::WordSet &approximators()
{
    static const TextScan::WordSet set = wordSet({"about", "around", "some", "roughly", "nearly", "almost", "approximately", "over", "just", "under"});
    return set;
}

const TextScan::WordSet &weekdays()
{
    static const TextScan::WordSet set = wordSet({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"});
    return set;
}

const TextScan::WordSet &months()
{
    static const TextScan::WordSet set = wordSet({"January", "February", "March", "April", "May", "June", "July", "August", "September",
                                                  "October", "November", "December"});
    return set;
}

const TextScan::WordSet &capitalCities()
{
    static const TextScan::WordSet set = wordSet({"Tokyo", "Beijing", "Seoul", "Pyongyang", "Taipei", "Moscow", "Kyiv", "Kiev", "Washington",
                                                  "London", "Paris", "Berlin", "Brussels", "Rome", "Madrid", "Warsaw", "Prague", "Budapest",
                                                  "Vienna", "Stockholm", "Oslo", "Copenhagen", "Helsinki", "Tallinn", "Riga", "Vilnius", "Ottawa",
                                                  "Canberra", "Wellington", "Delhi", "Islamabad", "Dhaka", "Tehran", "Jerusalem", "Riyadh",
                                                  "Ankara", "Cairo", "Manila", "Jakarta", "Hanoi", "Bangkok", "Singapore", "Minsk", "Tbilisi"});
    return set;
}

const TextScan::WordSet &pluralNounCues()
{
    static const TextScan::WordSet set = wordSet({"reports", "claims", "notes", "estimates", "calls", "orders", "shows", "findings",
                                                  "statements", "warnings", "comments", "remarks", "demands", "requests", "answers",
                                                  "replies"});
    return set;
}

const TextScan::WordSet &toldPronouns()
{
    static const TextScan::WordSet set = wordSet({"me", "us", "him", "them", "you"});
    return set;
}

const TextScan::WordSet &objectPrepositions()
{
    static const TextScan::WordSet set = wordSet({"of", "in", "for", "with", "on", "at", "by", "from", "to", "into", "about", "under",
                                                  "over", "through", "among"});
    return set;
}

const TextScan::WordSet &placeOrTime()
{
    static const TextScan::WordSet set = wordSet({"in", "on", "at", "with", "after", "before", "during", "from"});
    return set;
}

} // namespace Dossier::Passes::Lexicon
