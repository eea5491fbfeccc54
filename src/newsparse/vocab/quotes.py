"""Vocabulary for finding quotations and their speakers, as data.

The quote extractor (:mod:`newsparse._quotes`) builds its patterns from these tables; it spells
no word itself. Every table is a ``frozenset`` or a ``tuple`` of plain strings, so a language is
added by extending the tables. Words are matched case-sensitively unless a table says otherwise.

>>> "said" in SPEECH_VERBS and "sagte" in SPEECH_VERBS and "déclaré" in FR_PARTICIPLES
True
"""

from __future__ import annotations

__all__ = [
    "ABBREVIATIONS",
    "AFTER_ONLY_PREPOSITIONS",
    "AGE_ENDINGS",
    "APPOSITIVE_STARTERS",
    "CLAUSE_OPENERS",
    "CONJUNCTIONS",
    "CONNECTORS",
    "COORDINATORS",
    "COURTESY_TITLES",
    "DETERMINERS",
    "FR_AUXILIARY",
    "FR_PARTICIPLES",
    "FR_PRESENT",
    "INDEFINITE_DETERMINERS",
    "NAME_PARTICLES",
    "NAME_STOP_WORDS",
    "NOT_NAME_OPENERS",
    "NOT_SPEAKER_LABELS",
    "ORG_DETERMINERS",
    "ORG_WORDS",
    "PARTICIPLE_ENDING",
    "PARTY_LETTERS",
    "PASSIVE_AUXILIARIES",
    "POST_NOMINALS",
    "PREPOSITIONS",
    "PRONOUNS",
    "QUOTED_AS",
    "QUOTE_PAIRS",
    "RELATIVE_PRONOUNS",
    "RELATIVE_SUBJECTS",
    "REPORTING_WORDS",
    "ROLE_BREAKERS",
    "ROLE_NOUNS",
    "ROLE_PROPER_NOUNS",
    "ROLE_TITLES",
    "SMALL_TITLE_WORDS",
    "SOURCE_PREPOSITIONS",
    "SPEECH_VERBS",
    "SUBORDINATORS",
    "TITLE_MARKERS",
    "TITLE_MARKER_NOUNS",
    "TITLE_PREFIXES",
    "TITLE_SUFFIXES",
    "WITH_CLAUSE_WORDS",
    "WORK_MAKERS",
]

# --- quote marks --------------------------------------------------------------------------------
#: Opening mark -> the closing marks that end it. A mark may open in one family and close in
#: another (German „…“ closes with the English opening mark; German »…« reverses French «…»).
QUOTE_PAIRS: dict[str, str] = {
    "\u201c": '\u201d"',  # “ … ”  English (and “ … " as pasted text mixes them)
    "\u201e": "\u201c\u201d",  # „ … “  German (also „ … ” in Polish, Romanian)
    "\u201d": "\u201d",  # ” … ”  Swedish, Finnish
    '"': '"\u201d',  # straight double quotes (and " … ” as pasted text mixes them)
    "\u00ab": "\u00bb",  # « … »  French, Italian, Spanish
    "\u00bb": "\u00ab",  # » … «  German, Danish
    "\u2039": "\u203a",  # ‹ … ›
    "\u203a": "\u2039",  # › … ‹
    "\u2018": "\u2019",  # ‘ … ’  English single (’ is also the apostrophe)
    "\u201a": "\u2018\u2019",  # ‚ … ‘  German single
    "'": "'",  # straight single quotes (also the apostrophe)
}

# --- speech verbs -------------------------------------------------------------------------------
#: Verb forms that attribute a quotation. The cue reported is the form itself.
SPEECH_VERBS: frozenset[str] = frozenset(
    {
        # English
        "said", "says", "say", "told", "tells", "added", "adds", "explained", "explains",
        "wrote", "writes", "asked", "asks", "insisted", "insists", "warned", "warns",
        "argued", "argues", "noted", "continued", "continues", "stated", "declared",
        "declares", "claimed", "replied", "replies", "responded", "recalled", "recalls",
        "acknowledged", "admitted", "admits", "conceded", "concedes", "concluded", "remarked",
        "observed", "suggested", "suggests", "stressed", "stresses", "emphasised",
        "emphasized", "announced", "confirmed", "complained", "complains", "tweeted",
        "shouted", "cried", "whispered", "joked", "jokes", "laughed", "sighed", "predicted",
        "cautioned", "urged", "countered", "described", "describes", "called", "calls",
        "pointed out", "points out", "went on", "goes on", "wrote in", "testified",
        "added in", "insisted in", "recounted", "mused", "quipped", "boasted", "promised",
        "put it", "reads", "read",
        # German
        "sagte", "sagt", "sagten", "erklärte", "erklärt", "erklärten", "betonte", "betont",
        "meinte", "meint", "warnte", "warnt", "kritisierte", "kritisiert", "schrieb",
        "schreibt", "ergänzte", "ergänzt", "berichtete", "berichtet", "fragte", "fragt",
        "bekräftigte", "versicherte", "räumte ein", "fügte hinzu", "teilte mit",
        # French (the simple forms; compound past forms are built from FR_AUXILIARY)
        "dit", "déclare", "affirme", "explique", "ajoute", "indique", "souligne", "précise",
        "estime", "confie", "assure", "lance", "répond", "prévient", "raconte", "insiste",
        "poursuit", "regrette", "s’exclame",
    }
)  # fmt: skip

#: Words that make a sentence report speech, beyond :data:`SPEECH_VERBS`: a short quoted fragment
#: in such a sentence is a partial quotation (``vowed to “fix it”``, ``calling it “a farce”``),
#: not a scare quote. Any form of the verb, as written.
REPORTING_WORDS: frozenset[str] = frozenset(
    {
        # English
        "saying", "telling", "adding", "writing", "noting", "arguing", "asking", "calling",
        "describing", "insisting", "warning", "claiming", "suggesting", "declaring",
        "stating", "asserting", "admitting", "acknowledging", "promised", "promises",
        "promising", "pledged", "pledges", "pledging", "vowed", "vows", "vowing", "accused",
        "accuses", "accusing", "blamed", "blames", "blaming", "praised", "praises",
        "praising", "denounced", "denounces", "denouncing", "criticized", "criticizes",
        "criticizing", "criticised", "criticises", "slammed", "slams", "blasted", "blasts",
        "mocked", "mocks", "mocking", "touted", "touts", "touting", "lamented", "laments",
        "urging", "referred", "refers", "referring", "characterized", "characterizes",
        "rails", "railed", "railing", "decried", "decries", "hailed", "hails", "dismissed",
        "dismisses", "attacked", "attacks", "questioned", "asserted", "asserts", "argue",
        "describe", "promise", "pledge", "vow", "accuse", "blame", "praise",
        "according", "statement", "interview", "tweet", "letter", "speech", "remarks",
        "tweeting", "posting", "explaining", "recalling", "responding", "replying",
        "predicting", "quipping", "joking", "boasting", "complaining", "conceding",
        # German
        "nannte", "nennt", "bezeichnete", "bezeichnet", "forderte", "fordert", "versprach",
        "verspricht", "sprach", "spricht", "lobte", "lobt",
        # French
        "qualifié", "qualifie", "dénoncé", "dénonce", "promis", "promet", "jugé", "juge",
        "évoqué", "évoque", "parlé", "parle",
    }
)  # fmt: skip

#: French compound past: ``a déclaré``, ``a-t-elle ajouté``.
FR_AUXILIARY: str = "a"
FR_PARTICIPLES: frozenset[str] = frozenset(
    {
        "dit", "déclaré", "affirmé", "expliqué", "ajouté", "indiqué", "souligné", "précisé",
        "estimé", "confié", "assuré", "lancé", "répondu", "prévenu", "raconté", "insisté",
        "poursuivi", "regretté", "averti", "martelé", "reconnu", "annoncé",
    }
)  # fmt: skip
#: French present-tense verbs that take an inverted pronoun: ``explique-t-il``, ``dit-elle``.
FR_PRESENT: frozenset[str] = frozenset(
    {
        "dit", "déclare", "affirme", "explique", "ajoute", "indique", "souligne", "précise",
        "estime", "confie", "assure", "lance", "répond", "raconte", "insiste", "poursuit",
    }
)  # fmt: skip

#: Prepositions that name a source: ``according to X``, ``selon X``, ``laut X``, ``so X``.
#: Key: surface form; value: the cue reported.
SOURCE_PREPOSITIONS: dict[str, str] = {
    "according to": "according to",
    "According to": "according to",
    "selon": "selon",
    "Selon": "selon",
    "d’après": "d’après",
    "D’après": "d’après",
    "d'après": "d’après",
    "D'après": "d’après",
    "laut": "laut",
    "Laut": "laut",
}
#: Source words that only attribute right after a quotation: ``„…“, so Müller``.
AFTER_ONLY_PREPOSITIONS: dict[str, str] = {"so": "so"}

#: ``was quoted as saying`` and its kin; ``quoted X as saying`` names the speaker as object.
PASSIVE_AUXILIARIES: frozenset[str] = frozenset(
    {"was", "is", "were", "are", "has been", "had been"}
)
QUOTED_AS: tuple[str, str] = ("quoted", "as saying")

# --- who speaks ---------------------------------------------------------------------------------
#: Personal pronouns that may stand for a speaker, with their kind: ``m``, ``f`` (a person of
#: that grammatical gender), ``pl`` (a group), ``org``.
PRONOUNS: dict[str, str] = {
    "he": "m",
    "she": "f",
    "they": "pl",
    "it": "org",
    "er": "m",
    "sie": "f",
    "il": "m",
    "elle": "f",
    "ils": "pl",
    "elles": "pl",
}

#: Honorifics, ranks and offices written before a name (stripped: ``Prime Minister Jane Doe``
#: -> ``Jane Doe``). The value is a gender hint (``m``/``f``) or ``""``.
TITLE_PREFIXES: dict[str, str] = {
    **dict.fromkeys(("Mr", "Mr.", "Herr", "M.", "Sir", "Lord", "King", "Prince", "Father"), "m"),
    **dict.fromkeys(
        ("Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Frau", "Mme", "Mme.", "Madame", "Mlle", "Dame"),
        "f",
    ),
    **dict.fromkeys(("Lady", "Queen", "Princess", "Sister"), "f"),
    **dict.fromkeys(
        (
            "Mx", "Dr", "Dr.", "Prof", "Prof.", "Professor", "President", "Vice", "Prime",
            "Minister", "Secretary", "Ambassador", "Senator", "Sen.", "Rep.", "Representative",
            "Gov.", "Governor", "Mayor", "Councillor", "Councilman", "Councilwoman",
            "Councilor", "Judge", "Justice", "Chief", "Executive", "Lt", "Lt.", "Lieutenant",
            "Gen", "Gen.", "General", "Col", "Col.", "Colonel", "Maj", "Maj.", "Major", "Capt",
            "Capt.", "Captain", "Sgt", "Sgt.", "Sergeant", "Cpl", "Corporal", "Commander",
            "Group", "Admiral", "Marshal", "Detective", "Inspector", "Superintendent",
            "Constable", "Officer", "Chancellor", "Pope", "Rev", "Rev.", "Reverend", "Rabbi",
            "Imam", "Sheikh", "Bishop", "Archbishop", "Cardinal", "Coach", "Manager",
            "Chairman", "Chairwoman", "Chair", "Director", "Deputy", "Foreign", "Finance",
            "Defence", "Defense", "Interior", "Health", "Home", "State", "Education", "Trade",
            "Labour", "Labor", "Economy", "Transport", "Environment", "Energy", "Culture",
            "Agriculture", "Attorney", "Speaker", "Senior", "Assistant", "Associate",
            "Acting", "Former", "Veteran", "MP", "MEP", "Dean", "Principal", "CEO", "Chef",
            "Doktor", "Bundeskanzler", "Bundeskanzlerin", "Kanzler", "Kanzlerin",
            "Staatssekretär", "Staatssekretärin", "Pfarrer", "Landrat", "Landrätin", "Maître",
            "Me", "Docteur", "Général", "Président", "Présidente", "Ministre", "Maire",
            # abbreviated, with and without their period (``Sen. Roe``, ``Lt Gen Lee``)
            "Sen", "Sens", "Sens.", "Rep", "Reps", "Reps.", "Gov", "Gov.", "Govs.", "Rev",
            "Gens.", "Brig", "Brig.", "Adm", "Adm.", "Cmdr", "Cmdr.", "Msgr", "Msgr.", "Supt",
            "Supt.", "Atty", "Atty.", "Det", "Det.", "Amb", "Amb.", "Sec", "Sec.", "Pres",
            "Pres.", "Hon", "Hon.", "Cpl.", "Pvt", "Pvt.", "Gen", "Drs", "Drs.",
            "Messrs", "Messrs.", "Leader", "Whip",
        ),
        "",
    ),
}  # fmt: skip

#: Courtesy titles: only a surname follows them, so the word after one is a name even when it is
#: also a title (``Mr. King``, ``Ms. Major``, ``Dr. Bishop``).
COURTESY_TITLES: frozenset[str] = frozenset(
    {"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Herr", "Frau", "M.", "Mme",
     "Mme.", "Mlle"}
)  # fmt: skip

#: Capitalised job and role nouns that stand before a name like a title (``Owner Lucia Ferreira``
#: -> ``Lucia Ferreira``, ``Striker Tom Vale``). Stripped from the front of a name, never kept
#: as a name on their own. Words that are also common surnames or first names
#: (Baker, Cook, Farmer, Head, Dean) stay out.
ROLE_TITLES: frozenset[str] = frozenset(
    {
        "Owner", "Co-owner", "Landlord", "Landlady", "Founder", "Co-founder", "Headteacher",
        "Headmaster", "Headmistress", "Coach", "Manager", "Chairman",
        "Chairwoman", "Chairperson", "Spokesman", "Spokeswoman", "Spokesperson", "Director",
        "Captain", "Skipper", "Striker", "Midfielder", "Defender", "Goalkeeper", "Winger",
        "Mayor", "Councillor", "Professor", "Prof", "Dr", "Detective",
        "Inspector", "Sergeant", "Chef", "Pastor", "Vicar", "Curator", "Editor", "Organiser",
        "Organizer", "Campaigner", "Activist", "Economist", "Analyst", "Scientist",
        "Researcher", "Midwife", "Surgeon", "Consultant", "Paramedic", "Firefighter",
        "Lawyer", "Solicitor", "Barrister", "Prosecutor", "Attorney", "Resident",
        "Fisherman", "Winemaker", "Shopkeeper", "Trader", "Landowner",
        "Architect", "Engineer", "Officer", "Constable",
        "Superintendent", "Principal", "Chancellor", "President",
        "Treasurer", "Secretary", "Administrator", "Trustee", "Caretaker",
        "Volunteer", "Organist", "Author", "Novelist", "Poet", "Artist", "Photographer",
        "Astronomer", "Historian", "Archaeologist", "Veterinarian", "Pharmacist",
        "Councilman", "Councilwoman", "Commissioner", "Chief", "Entrepreneur",
        "Veteran", "Athlete", "Cyclist", "Swimmer",
        "Referee", "Umpire", "Jockey",
    }
)  # fmt: skip

#: Endings of (mostly German) job nouns written before a name: ``Energieexperte Jonas Albrecht``.
TITLE_SUFFIXES: tuple[str, ...] = (
    "experte", "expertin", "sprecher", "sprecherin", "meister", "meisterin", "führer",
    "führerin", "leiter", "leiterin", "minister", "ministerin", "präsident", "präsidentin",
    "chef", "chefin", "direktor", "direktorin", "vorsitzende", "vorsitzender", "anwalt",
    "anwältin", "wohner", "wohnerin", "trainer", "trainerin", "politiker", "politikerin",
    "sekretär", "sekretärin", "kommissar", "kommissarin", "rat", "rätin",
)  # fmt: skip

#: Initials of parties in the tags US papers write after a lawmaker's name: ``(D-Ohio)``,
#: ``R-Ky.``, ``I-Vt.``: party and state, never the name.
PARTY_LETTERS: str = "DRI"

#: Letters after a name that are not part of it: ``Alun Pryce KC``.
POST_NOMINALS: frozenset[str] = frozenset(
    {"KC", "QC", "MP", "MEP", "MSP", "Jr", "Jr.", "Sr", "Sr.", "PhD", "OBE", "MBE", "CBE",
     "KBE", "DBE", "MD", "Esq", "Esq."}
)  # fmt: skip

#: Lower-case words that may sit inside a name: ``Ludwig van Beethoven``, ``Charles de Gaulle``.
NAME_PARTICLES: frozenset[str] = frozenset(
    {"de", "da", "di", "do", "dos", "das", "del", "della", "der", "den", "van", "von", "le",
     "la", "du", "bin", "ibn", "al", "el", "ter", "ten", "y", "zu", "af", "st", "bint"}
)  # fmt: skip

#: Words joining two names into one subject (``Ann Lee and Tom Park``): a pronoun after them is
#: unclear. The empty string stands for a bare comma.
CONJUNCTIONS: frozenset[str] = frozenset({"", "and", "or", "&", "und", "oder", "et", "ou"})
#: Conjunctions joining two verbs of one subject: a cue after one shares the subject opening
#: the sentence (``Roe met Lind and added, “…”``, ``… declined to comment but said “…”``).
COORDINATORS: frozenset[str] = frozenset({"and", "but", "und", "aber", "et", "mais"})

#: Lower-case words that join the words of an organisation's name: ``Bank of England``.
CONNECTORS: frozenset[str] = frozenset({"of", "for", "and", "&", "on", "für", "de", "des", "du"})

#: Organisation heads: a capitalised phrase holding one of these is an organisation.
ORG_WORDS: frozenset[str] = frozenset(
    {
        "Association", "Union", "Party", "Ministry", "Department", "University", "Bank",
        "Federation", "Journal", "Times", "Post", "News", "Office", "Bureau", "Council",
        "Court", "Institute", "Agency", "Committee", "Commission", "League", "Society",
        "Foundation", "Board", "Authority", "Service", "Services", "Group", "Company", "Corp",
        "Corporation", "Inc", "Inc.", "Ltd", "Ltd.", "plc", "Trust", "Alliance", "Network",
        "Organisation", "Organization", "Police", "Army", "Government", "Systems", "Herald",
        "Gazette", "Tribune", "Guardian", "Telegraph", "Press", "Reuters", "Club", "Faithful",
        "Stadtwerke", "Verband", "Ministerium", "Regierung", "Polizei", "Feuerwehr",
        "Ministère", "Gouvernement", "Mairie",
    }
)  # fmt: skip

#: Nouns naming a speaker by office or role when no name is given: ``A police spokeswoman``.
ROLE_NOUNS: frozenset[str] = frozenset(
    {
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "official", "officials",
        "source", "sources", "government", "ministry", "police", "analyst", "analysts",
        "judges", "judge", "jury", "panel", "company", "firm", "newspaper", "paper", "agency",
        "resident", "residents", "witness", "witnesses", "officer", "officers", "aide",
        "aides", "adviser", "advisers", "advisor", "diplomat", "diplomats", "minister",
        "mayor", "lawyer", "lawyers", "attorney", "prosecutor", "prosecutors",
        "investigators", "researchers", "expert", "experts", "doctor", "doctors", "teacher",
        "student", "fan", "fans", "manager", "coach", "leader", "leaders", "chief",
        "executive", "director", "president", "chairman", "chairwoman", "spokesmen",
        "organisers", "organizers", "campaigners", "critics", "supporters", "protesters",
        "union", "council", "court", "senator", "governor", "candidate", "nominee",
        "hopeful", "congressman", "congresswoman", "lawmaker", "lawmakers", "strategist",
        "pollster", "secretary", "ally", "allies",
        "businessman", "businesswoman", "billionaire", "surgeon", "neurosurgeon", "justice",
        "operative", "operatives", "attorneys", "host", "journalist",
        "journalists", "reporter", "reporters", "voter", "voters", "activist", "activists",
        "economist", "economists", "historian", "professor", "scientist", "scientists",
        "author", "writer", "columnist", "commentator", "editor", "delegate", "delegates",
        "lobbyist", "lobbyists", "donor", "donors", "staffer", "staffers", "volunteer",
        "volunteers", "protester", "demonstrators",
        "Kandidat", "Kandidatin", "Journalist", "Journalistin", "candidat", "journaliste",
        "Sprecher", "Sprecherin", "Polizeisprecher", "Polizeisprecherin", "Regierung",
        "Polizei", "porte-parole", "gouvernement", "ministère", "maire", "préfecture",
    }
)  # fmt: skip

#: Words that never open a person's name, though capitalised at a sentence start: numbers
#: (``Two weeks after …``) and contractions of ``I`` (``I'm old enough …``).
NOT_NAME_OPENERS: frozenset[str] = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens",
     "hundreds", "thousands", "millions", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d",
     "i'll", "i’ll", "zwei", "drei", "deux", "trois"}
)  # fmt: skip

#: Relative pronouns: a name right after one before a cue is the cue's subject (``the plan,
#: which Roe had called …``).
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"which", "whom", "that", "die", "den", "que"})
#: Relative pronouns that are a clause's own subject: a clause opening on one before a cue has
#: its own speaker (``Ann Roe, the mayor, met Ivo Marsh, who said …``).
RELATIVE_SUBJECTS: frozenset[str] = frozenset({"who", "wer", "qui"})

#: Words opening an absolute clause whose subject speaks (``…, with Ann Roe calling it “…”``).
WITH_CLAUSE_WORDS: frozenset[str] = frozenset({"with", "and"})
#: The ending of the present participle that follows that subject (``calling``, ``telling``), or
#: opens a sentence before its subject (``Speaking on Monday in Dover, Roe said …``).
PARTICIPLE_ENDING: str = "ing"

#: Capitalised nouns that may close a role phrase like a lower-case noun (``one senior
#: Democrat``, ``a leading Republican``): members of parties and movements.
ROLE_PROPER_NOUNS: frozenset[str] = frozenset(
    {"Democrat", "Democrats", "Republican", "Republicans", "Conservative", "Conservatives",
     "Tory", "Tories", "Liberal", "Liberals", "Socialist", "Socialists", "Green", "Greens",
     "Independent", "Independents", "Libertarian", "Libertarians"}
)  # fmt: skip

#: Lower-case words that never stand inside a role phrase (``the man who …``, ``the one that``):
#: a phrase holding one is a clause, not a speaker. Auxiliaries and negations too.
ROLE_BREAKERS: frozenset[str] = frozenset(
    {"and", "or", "but", "that", "than", "as", "if", "not", "is", "was", "were", "are",
     "has", "have", "had", "be", "been", "will", "would", "could", "should", "can", "may",
     "might", "must", "do", "does", "did", "also", "then", "there", "being", "und", "oder",
     "et", "ou"}
)  # fmt: skip

#: Determiners that open a role phrase (``the`` before a capitalised name marks an organisation).
DETERMINERS: frozenset[str] = frozenset(
    {"a", "an", "the", "A", "An", "The", "one", "One", "its", "Its", "his", "His", "her",
     "Her", "their", "Their", "this", "This", "that", "these", "those", "another", "Another",
     "ein", "eine", "Ein", "Eine", "der", "die", "Der", "Die", "des", "le", "la", "Le",
     "La", "un", "une", "Un", "Une", "l’", "L’", "l'", "L'"}
)  # fmt: skip
#: Indefinite determiners: a phrase they open describes, it never names (``a former official``).
INDEFINITE_DETERMINERS: frozenset[str] = frozenset(
    {"a", "an", "A", "An", "ein", "eine", "Ein", "Eine", "un", "une", "Un", "Une", "another"}
)
#: Determiners before a capitalised phrase that make it an organisation (dropped from the name).
ORG_DETERMINERS: frozenset[str] = frozenset(
    {"the", "The", "der", "die", "das", "Der", "Die", "Das", "le", "la", "les", "Le", "La",
     "Les", "l’", "L’", "l'", "L'"}
)  # fmt: skip

#: Prepositions: a capitalised phrase right after one is a place or an employer, not a speaker.
PREPOSITIONS: frozenset[str] = frozenset(
    {"in", "at", "of", "for", "from", "to", "near", "with", "by", "on", "into", "outside",
     "inside", "across", "under", "over", "than", "like", "about", "against", "after",
     "before", "during", "since", "until", "via", "through", "between", "among", "toward",
     "towards", "upon", "amid", "im", "am", "aus", "bei",
     "nach", "von", "vom", "zum", "zur", "à", "au", "aux", "en", "dans", "chez", "sur",
     "pour", "avec", "par"}
)  # fmt: skip

#: The prepositions of a place written after a name (``Sen. Ann Lind of Ohio``, ``Ann Lind,
#: Republican of Ohio,``).
PLACE_OF_WORDS: frozenset[str] = frozenset({"of", "from", "aus", "von", "de"})
#: :data:`PLACE_OF_WORDS` as a pattern.
PLACE_OF: str = "(?:" + "|".join(sorted(PLACE_OF_WORDS)) + ")"

#: Words of :data:`PREPOSITIONS` after which a word in ``-ed`` is a participle, not a cue verb
#: (``the sum needed to win``, ``a report issued by the court``).
AGENT_WORDS: frozenset[str] = frozenset({"to", "by", "zu", "von", "par", "à"})

#: Endings of an English verb in the past or the third person (``vowed``, ``quips``): after a
#: role joined to a quotation, such a word is read as the cue even when no table holds it.
FINITE_VERB_ENDINGS: tuple[str, ...] = ("ed", "s")

#: Words opening a clause whose subject may speak right before a quotation (``…, when a young boy
#: shouted, “…”``, ``as the crowd sang, “…”``).
CLAUSE_OPENERS: frozenset[str] = frozenset(
    {"when", "as", "and", "but", "then", "while", "wenn", "als", "und", "aber", "quand",
     "et", "mais", "lorsque"}
)  # fmt: skip

#: Words in capitals that open a quotation with a colon but name no speaker (``“UPDATE: …”``);
#: any other such label is a transcript's speaker (``“PENCE: Well, …”``).
NOT_SPEAKER_LABELS: frozenset[str] = frozenset(
    {"UPDATE", "BREAKING", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "CORRECTION", "VIDEO",
     "PHOTO", "PHOTOS", "WATCH", "READ", "LISTEN", "SOURCE", "SOURCES", "WARNING", "NEWS",
     "ALERT", "EXCLUSIVE", "FULL TEXT", "TRANSCRIPT", "QUOTE", "LIVE", "MEHR", "ACHTUNG",
     "MISE À JOUR", "EXCLUSIF"}
)  # fmt: skip

#: Adverbs that complete a verb of speech (``the crowd shouted back``, ``she snapped out``).
VERB_PARTICLES: frozenset[str] = frozenset({"back", "out", "up", "zurück", "aus"})

#: Words of :data:`PREPOSITIONS` that also open a clause: a name after one may be its subject
#: (``after Ann Lind said``, ``bevor Jan Roth sagte``), not a place or an employer.
SUBORDINATORS: frozenset[str] = frozenset({"after", "before", "since", "until", "bevor"})

#: Words that open a relative clause or a participle phrase: a comma-separated piece starting
#: with one of these is an appositive, never the speaker (``…, who led the team, said``).
APPOSITIVE_STARTERS: frozenset[str] = frozenset(
    {"who", "whose", "whom", "which", "where", "when", "speaking", "writing", "asked",
     "adding", "himself", "herself", "themselves", "also", "now", "then", "once", "formerly",
     "dessen", "deren", "die", "der", "welche", "welcher", "qui", "dont", "lui", "elle"}
)  # fmt: skip

#: Capitalised words that are not names (sentence openers, days, months, pronouns ...).
NAME_STOP_WORDS: frozenset[str] = frozenset(
    {
        "But", "And", "Or", "Also", "Then", "Now", "So", "Yet", "However", "Meanwhile",
        "Still", "Later", "Earlier", "Asked", "When", "While", "After", "Before", "As", "In",
        "On", "At", "For", "From", "To", "With", "By", "Of", "If", "Though", "Although",
        "Last", "Next", "This", "That", "These", "Those", "There", "Here", "It", "He", "She",
        "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our", "My", "Your", "A",
        "An", "The", "One", "Some", "Many", "Most", "All", "Both", "Each", "Every", "No",
        "Not", "Mr", "Ms", "Mrs", "Dr", "Speaking", "According", "Monday", "Tuesday",
        "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
        "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Today", "Yesterday", "Tomorrow", "Tonight", "Instead",
        "Indeed", "Even", "Only", "Just", "Why", "What", "How", "Who", "Where",
        "Aber", "Und", "Auch", "Doch", "Laut", "Am", "Im", "Er", "Sie", "Es", "Wir",
        "Mais", "Et", "Selon", "Il", "Elle", "Ils", "Elles", "Nous", "Montag", "Dienstag",
        "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Lundi", "Mardi",
        "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche",
        # auxiliaries that open a question (``Does Roe deserve it?``); ``Will`` is a name too
        "Do", "Does", "Did", "Has", "Have", "Had", "Is", "Are", "Was", "Were", "Can", "Could",
        "Should", "Would", "Must", "Hat", "Ist", "War", "Wird", "Kann", "Est",
    }
)  # fmt: skip

# --- sentences ----------------------------------------------------------------------------------
#: Abbreviations whose period ends no sentence when a capitalised word follows: ``Mr. Clyburn``,
#: ``the Rev. Al Sharpton``, ``Lt. Gen. Lee``, ``Sen. Roe``, ``St. Louis``, ``Prof. Dr. Weber``.
#: (Written without the period. A single capital letter, ``Thomas E. Perez``, and a dotted
#: acronym, ``U.S.``, are read by rule.)
ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Sen", "Sens", "Rep", "Reps",
        "Gov", "Govs", "Lt", "Gen", "Gens", "Col", "Maj", "Capt", "Sgt", "Cpl", "Pvt", "Cmdr",
        "Adm", "Brig", "Rev", "Revs", "Msgr", "Fr", "Sr", "Jr", "St", "Ste", "Ft", "Mt", "Hon",
        "Pres", "Supt", "Insp", "Det", "Atty", "Amb", "Sec", "Secs", "Hr", "Frl", "Mme",
        "Mlle", "MM", "Me", "Mgr",
    }
)  # fmt: skip

# --- what is not a quotation --------------------------------------------------------------------
#: Words right before an opening mark that make the quoted words a name or a title, not speech:
#: ``the so-called “green corridor”``, ``a folder labelled “Misc.”``, ``nicknamed “the Hammer”``.
TITLE_MARKERS: tuple[str, ...] = (
    "so-called", "so called", "dubbed", "nicknamed", "titled", "entitled", "called",
    "named", "labelled", "labeled", "codenamed", "code-named", "branded", "known as",
    "the word", "the words", "the term", "the phrase", "the slogan", "the motto",
    "the hashtag", "sogenannte", "sogenannten", "sogenannter", "sogenanntes", "genannt",
    "Motto", "surnommé", "surnommée", "baptisé", "baptisée", "intitulé", "intitulée",
    "appelé", "appelée", "so-named",
)  # fmt: skip
#: Nouns right before an opening mark that introduce a title: ``the film “…”``, ``Aktion »…«``.
TITLE_MARKER_NOUNS: frozenset[str] = frozenset(
    {
        "book", "novel", "film", "movie", "album", "song", "single", "series", "show",
        "play", "documentary", "programme", "program", "campaign", "project", "operation",
        "initiative", "exhibition", "report", "slogan", "motto", "hashtag", "brand",
        "label", "title", "headline", "column", "podcast", "painting", "opera", "poem",
        "game", "app", "autobiography", "memoir", "drama", "thriller", "comedy", "sitcom",
        "season", "episode", "Operation", "Aktion", "Kampagne", "Projekt", "Buch", "Roman", "Film",
        "Titel", "Motto", "Initiative", "livre", "roman", "opération", "campagne", "projet",
    }
)  # fmt: skip
#: Words left lower-case in titles (a quoted phrase in title case is a title, not speech).
SMALL_TITLE_WORDS: frozenset[str] = frozenset(
    {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with",
     "from", "de", "la", "le", "les", "du", "des", "et", "der", "die", "das", "und", "von",
     "im", "am", "y", "e", "o", "del", "el", "van", "vs", "vs.", "&", "-", "—", "–"}
)  # fmt: skip

#: Makers of works: ``of`` and a title-case quotation after one name a work (``author of “…”``).
WORK_MAKERS: frozenset[str] = frozenset(
    {"author", "director", "creator", "writer", "star", "host", "Autor", "Autorin", "auteur"}
)

#: Endings of an age written as one word before a name (``81-year-old Ann Roe``).
AGE_ENDINGS: frozenset[str] = frozenset({"-old", "-jährige", "-jähriger"})
