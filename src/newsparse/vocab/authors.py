"""Words of bylines and author names, per language: adding a language is adding its words here.

Read by :mod:`newsparse._authors`, the one byline recogniser. Every entry is lower case; the
recogniser matches them case-blind unless its comment says otherwise.
"""

from __future__ import annotations

#: Labels that open a byline whatever follows (``Written by Jane Doe``, ``Eine Analyse von …``).
BYLINE_LABELS_LONG = (
    "posted by",
    "written by",
    "words by",
    "reported by",
    "edited by",
    "story by",
    "text by",
    "eine analyse von",
    "ein kommentar von",
    "geschrieben von",
    "escrito por",
    "publicado por",
    "écrit par",
    "publié par",
    "scritto da",
    "a cura di",
    "написано",
    # Danish, Norwegian, Swedish, Dutch, Polish, Czech ("Skrevet af Jane Doe", "Geschreven door")
    "skrevet af",
    "skrevet av",
    "skriven av",
    "skrivet av",
    "geschreven door",
    "napisał",
    "napisała",
    "napsal",
    "napsala",
    # a piece's kind before "by" in French, Spanish, Italian and German ("Un article de Jeanne
    # Morel", "Firmado por …", "Articolo di …", "Eine Kolumne von …")
    "un article de",
    "une chronique de",
    "une tribune de",
    "redactado por",
    "firmado por",
    "articolo di",
    "un articolo di",
    "eine kolumne von",
    "eine glosse von",
    # "by our reporter" and its kin: the role set between the label and the name ("From our
    # correspondent Jane Doe", "Von unserer Redakteurin Jana Berger", "De notre correspondante
    # Jeanne Morel", "De nuestra corresponsal Juana Ortiz", "Dal nostro inviato Marco Bruni")
    "by our reporter",
    "by our correspondent",
    "by our special correspondent",
    "by our staff reporter",
    "from our correspondent",
    "from our special correspondent",
    "from our reporter",
    "von unserem korrespondenten",
    "von unserer korrespondentin",
    "von unserem redakteur",
    "von unserer redakteurin",
    "von unserem reporter",
    "von unserer reporterin",
    "von unserem mitarbeiter",
    "von unserer mitarbeiterin",
    "de notre correspondant",
    "de notre correspondante",
    "de notre envoyé spécial",
    "de notre envoyée spéciale",
    "de nuestro corresponsal",
    "de nuestra corresponsal",
    "de nuestro enviado especial",
    "de nuestra enviada especial",
    "dal nostro corrispondente",
    "dalla nostra corrispondente",
    "dal nostro inviato",
    "dalla nostra inviata",
)

#: Short labels that open a byline only before a colon, a capitalised name, an agency or the
#: end of the line (a sentence opens with ``By the``, ``Von wegen``, ``Por qué``; an ``Author``
#: button stands alone).
BYLINE_LABELS = (
    "by",
    "af",
    "av",
    "von",
    "par",
    "por",
    "door",
    "autor",
    "autorin",
    "author",
    "auteur",
    "autore",
    "autora",
    "autrice",
    "автор",
    "авторка",
    "автори",
    # Italian, Turkish, Hungarian, Croatian and Serbian, Finnish ("di Giulia Conti", "Yazar:",
    # "Szerző:", "Piše:", "Kirjoittaja:")
    "di",
    "yazar",
    "szerző",
    "piše",
    "napisao",
    "napisala",
    "kirjoittaja",
    "tác giả",
)

#: Byline labels of scripts without capitals, Arabic and Hebrew (``بقلم سارة الخطيب``, ``מאת
#: נועה לוי``): the name after one is read in that script alone (:func:`~newsparse._authors.names`).
BYLINE_LABELS_CASELESS = ("بقلم", "מאת")

#: Labels that mark a byline late in a line (``Photo and text by Jane Doe``, ``… von Jane Doe``).
BYLINE_LABELS_LATE = ("by", "von", "par")

#: Labels that open a byline only before a colon or a slash (``Text: Jane Doe``, ``作者：谢若含``,
#: ``文/王小明``: "text by").
BYLINE_LABELS_COLON = (
    "text",
    "texte",
    "texto",
    "testo",
    "tekst",
    "teksti",
    "текст",
    "作者",
    "记者",
    "記者",
    "撰文",
    "文",
    # Japanese and Chinese writing credits ("執筆：" written by, "取材・文：" reporting and text,
    # "文・写真：" text and photos, "撰稿：" written by)
    "執筆",
    "执笔",
    "取材・文",
    "文・写真",
    "撰稿",
    # a reporter's label, and Indonesian and Malay bylines ("Reporter: Jane Doe", "Penulis: …",
    # "Oleh: …"; "Oleh" is a Ukrainian given name too: only before a colon)
    "reporter",
    "reporters",
    "penulis",
    "oleh",
    # the plural labels of a byline of several writers ("Authors: Jane Doe, Omar Farouk"; alone
    # on a line, "Authors" is a menu's link to the site's list of writers)
    "authors",
    "autoren",
    "auteurs",
    "autores",
    "autori",
    "авторы",
    "contributors",
    # a guest's labels ("Guest author: Jane Doe", "Gastautorin: Jana Berger")
    "guest author",
    "guest writer",
    "guest contributor",
    "gastautor",
    "gastautorin",
    "gastautoren",
    # more writers' labels before a colon ("Story: Jane Doe", "Words and pictures: …", "Autor/in:
    # …", "Text und Fotos: …", "Verfasser: …", "Skribent: …", "Toimittaja: …", "Muhabir: …",
    # "Корреспондент: …", "Συντάκτης: …", "Phóng viên: …", "Wartawan: …"); alone or before a
    # capitalised word, each is a heading's or a menu's word
    "story",
    "words",
    "reporting",
    "writer",
    "byline",
    "text and photos",
    "text & photos",
    "words and pictures",
    "words and photos",
    "words & photos",
    "words & pictures",
    "autor/in",
    "autor*in",
    "verfasser",
    "verfasserin",
    "text und fotos",
    "text & fotos",
    "texte et photos",
    "texto y fotos",
    "testo e foto",
    "skribent",
    "journalist",
    "autor článku",
    "yazan",
    "muhabir",
    "kirjoittanut",
    "toimittaja",
    "автор текста",
    "корреспондент",
    "αρθρογράφος",
    "συντάκτης",
    "phóng viên",
    "wartawan",
    "pewarta",
    # Hindi ("लेखक: राहुल शर्मा": writer, correspondent, report; before a colon only, as
    # "संवाददाता सम्मेलन" is a press conference)
    "लेखक",
    "लेखिका",
    "संवाददाता",
    "रिपोर्ट",
    # the newsroom's and the editor's labels before the names they credit, in the languages of
    # Europe and Indonesia ("Redakcja: Jan Kowalski", "Redaktion: …", "Rédaction : …",
    # "Redazione: …", "Redaksi: …", "Редакция: …"), and more writers' labels of Polish, Czech,
    # Slovak, Swedish, Danish and Norwegian, Baltic, Greek and Finnish ("Autorka: …",
    # "Opracowanie: …", "Författare: …", "Autorius: …", "Συγγραφέας: …", "Tekijä: …"); alone
    # or before a capitalised word, each is a heading's or a menu's word
    "redakcja",
    "redakce",
    "redakcia",
    "redakcija",
    "redaktion",
    "redactie",
    "rédaction",
    "redaction",
    "redacción",
    "redaccion",
    "redação",
    "redacao",
    "redazione",
    "redaksi",
    "redaksjon",
    "редакция",
    "редакція",
    "redaktor",
    "redaktorka",
    "autorka",
    "opracowanie",
    "författare",
    "forfatter",
    "autorius",
    "autors",
    "συγγραφέας",
    "tekijä",
)

#: Labels that open a byline in Chinese, Japanese or Korean before a space and a name in those
#: characters (``记者 王小明``, ``기자 김철수``: "reporter"), which has no capital to tell it.
BYLINE_LABELS_CJK = ("记者", "記者", "기자", "作者", "撰文")

#: The word "reporter" in Chinese and Japanese, which opens a byline with the outlet's name
#: before it (``本报记者 王小明``: "this paper's reporter"; ``港口社记者 王小明``).
CJK_REPORTER_LABELS = ("记者", "記者")

#: Roles written after a name in Chinese, Japanese or Korean (``김철수 기자``, ``山田太郎 記者``,
#: ``王小明 报道``: reporter, correspondent, "reports"): the line is a byline.
CJK_ROLES_AFTER = ("기자", "특파원", "記者", "记者", "特派員", "特派员", "报道", "報道")

#: Labels that a line of older templates writes into the byline without a space before the name
#: (``ByJane Doe``); matched case-sensitively, in this case only.
BYLINE_LABELS_GLUED = ("By", "Von", "Par", "Por")

#: The words of :data:`BYLINE_PREFIXES` that the reference layout and the explain view read.
BYLINE_PREFIXES = ("by", "written by", "words by", "von", "par", "text:", "autor:", "author:")

#: Words joining the persons of a byline (``Jane Doe and Omar Farouk``, ``Ana Ruiz y Luis Gil``).
#: One-letter joiners are matched in lower case only (``Jane Y Doe`` keeps its initial).
NAME_JOINERS = (
    "and",
    "&",
    "und",
    "et",
    "y",
    "e",
    "i",
    "en",
    "og",
    "och",
    "и",
    "та",
    "і",
    "a także",
    "ve",
    "és",
    "ja",
)

#: Words in lower case that end a byline's names and open an affiliation, a place or a helper
#: after them (``Jane Doe for The Daily``, ``Jane Doe in Lisbon``, ``Jeanne Morel avec AFP``,
#: ``Juana Ortiz con EFE``, ``Jana Berger mit dpa``); matched case-sensitively.
AFFILIATION_WORDS = (
    "for",
    "with",
    "in",
    "at",
    "aus",
    "für",
    "mit",
    "pour",
    "à",
    "avec",
    "con",
    "com",
)

#: Words that close a byline's count of the writers it does not show (``Jane Doe and 2 more``,
#: ``Jana Berger und 2 weitere``, ``Jane Doe et al.``): no writer's name.
MORE_WRITERS_WORDS = (
    "more",
    "others",
    "other",
    "weitere",
    "andere",
    "autres",
    "más",
    "otros",
    "altri",
    "al.",
)

#: Labels that a page sets or glues right before or after a name and that are not part of it:
#: of an author's box, a date, a profile (``BiographyJane Doe``, ``Jane Doe Updated``).
NAME_LABELS = (
    "biography",
    "bio",
    "updated",
    "published",
    "posted",
    "last",
    "follow",
    "followed",
    "email",
    "e-mail",
    "contact",
    "twitter",
    "linkedin",
    "facebook",
    "instagram",
    "profile",
    "aktualisiert",
    "veröffentlicht",
    "publié",
    "actualizado",
    "publicado",
)

#: Roles and titles that a page glues to a name without a space (``Jane DoeContributor``,
#: ``Jane DoeCEO``), besides the roles of ``vocab.page.AUTHOR_ROLES`` and the desks of
#: ``vocab.page.DESK_NOUNS``. Set apart by a space, a role stays for the desk reader to judge
#: (``Valley Times Staff`` names no writer).
GLUED_ROLES = (
    "ceo",
    "cto",
    "cfo",
    "founder",
    "co-founder",
    "president",
    "senior",
    "staff",
    "contributing",
    "chief",
    "executive",
    "managing",
    "associate",
    "deputy",
    "news",
    "opinion",
)

#: Writers' roles besides those of ``vocab.page.AUTHOR_ROLES`` (``Jane Doe Editor-in-Chief``,
#: ``Ana Sousa Jornalista``): a name's last words that are one of them, after beats, are no part
#: of it.
MORE_WRITER_ROLES = (
    "editor-in-chief",
    "chefredakteur",
    "chefredakteurin",
    "giornalista",
    "periodista",
    "jornalista",
    "redattore",
    "redattrice",
    "redactor",
    "redactora",
    "repórter",
)

#: Degrees and licences that health, law and finance sites set after a writer's name without a
#: comma (``Jane Doe MD``, ``Jane Doe RD LDN``, ``Jane Doe Ph.D.``): no part of the name. Written
#: without the last full stop, as the reader matches a word (``Ph.D.`` is ``ph.d``).
CREDENTIALS = (
    "md",
    "m.d",
    "phd",
    "ph.d",
    "dphil",
    "mph",
    "mba",
    "msc",
    "rn",
    "bsn",
    "msn",
    "rd",
    "ldn",
    "cde",
    "dds",
    "dmd",
    "dvm",
    "pharmd",
    "rph",
    "lcsw",
    "lmft",
    "psyd",
    "facs",
    "facp",
    "cfa",
    "cfp",
    "cpa",
    "jd",
    "j.d",
    "esq",
    "llm",
)

#: A writer's beat, rank or standing set before the role after a name (``Jane Doe Political
#: Reporter``, ``Jane Doe Chief Science Correspondent``, ``Jane Doe Freelance Writer``): with a
#: role last, words of these are the role's, not the name's.
BEAT_WORDS = (
    "political",
    "politics",
    "sports",
    "sport",
    "business",
    "science",
    "health",
    "tech",
    "technology",
    "culture",
    "arts",
    "food",
    "travel",
    "music",
    "film",
    "fashion",
    "style",
    "features",
    "investigative",
    "national",
    "foreign",
    "international",
    "legal",
    "economics",
    "economy",
    "climate",
    "environment",
    "education",
    "entertainment",
    "weather",
    "crime",
    "courts",
    "markets",
    "finance",
    "video",
    "digital",
    "social",
    "media",
    "freelance",
    "guest",
    "special",
    "chief",
    "lead",
    "general",
    "assignment",
    "breaking",
    "audience",
    "copy",
    "bureau",
)

#: Words that open a sentence or a widget and never a person's name, though capitalised at the
#: head of a line (``Older Article``, ``Edit Story``, ``Go VIP``, ``Ad Feedback``).
NOT_NAME_WORDS = (
    # prepositions opening a phrase in title case ("From Our Correspondent", "Via Harbour Wire")
    "from",
    "via",
    "older",
    "newer",
    "previous",
    "next",
    "edit",
    "story",
    "go",
    "vip",
    "ad",
    "ads",
    "feedback",
    "taboola",
    "zitat",
    "quote",
    "ingredient",
    "ingredients",
    # widgets and navigation in other words ("Text Size", "Vorheriger Artikel", "Permalink")
    "text",
    "size",
    "permalink",
    "recipes",
    "private",
    "nachricht",
    "vorheriger",
    "nächster",
    "artikel",
    "immediate",
    "release",
    "interview",
    "theme",
    "xing",
    "linkedin",
    "linked",
    "instagram",
    "telegram",
    "pinterest",
    "youtube",
    "tiktok",
    "reddit",
    "flipboard",
    "outbrain",
    "sponsored",
    "promoted",
    "recommended",
    "related",
    "trending",
    "popular",
    "latest",
    "read",
    "watch",
    "listen",
    "play",
    "sign",
    "log",
    "login",
    "register",
    "subscribe",
    "donate",
    "donation",
    "become",
    "membership",
    "print",
    "desk",
    "team",
    "staff",
    "editor",
    "editors",
    "editorial",
    "newsroom",
    "admin",
    "administrator",
    "guest",
    "anonymous",
    "unknown",
    # organisations and offices ("Europäische Union", "President-elect …")
    "union",
    "unión",
    "party",
    "partei",
    "council",
    "commission",
    "kommission",
    "ministry",
    "ministerium",
    "government",
    "regierung",
    "university",
    "universität",
    "institute",
    "institut",
    "association",
    "verband",
    "foundation",
    "stiftung",
)

#: Name particles: lower-case words inside a name (``Anna von Berg``, ``Luis de la Cruz``). An
#: all-capital name is given title case with these in lower case (``ANNA VON BERG``).
PARTICLES = (
    "von",
    "van",
    "der",
    "den",
    "de",
    "del",
    "della",
    "di",
    "da",
    "du",
    "le",
    "la",
    "bin",
    "al",
    "ibn",
    "y",
    "dos",
    "das",
    "do",
    "ten",
    "ter",
    "zu",
)

#: Particles glued to the name after them with a hyphen or an apostrophe, in lower case
#: (``Abdul Rahman al-Hakim``, ``Omar el-Sayed``, ``Jean d'Ormesson``, ``Carla dell'Orto``): such a
#: word is a name's part though it opens in lower case. (Not ``o``: ``O'Neil`` opens in capitals.)
GLUED_PARTICLES = (
    "al",
    "el",
    "ad",
    "an",
    "ar",
    "as",
    "ash",
    "at",
    "az",
    "ul",
    "bin",
    "ibn",
    "ben",
    "abu",
    "d",
    "l",
    "dell",
    "dall",
    "degli",
)

#: A generation's numeral after a name (``Martin Luther King III``): in capitals whatever the
#: case the rest of the name is given.
GENERATIONS = ("ii", "iii", "iv")

#: Words in Chinese, Japanese or Korean characters of a name's length that label a date, a
#: share button or a list beside which a name would stand (``기사입력 2017-…``, ``发布 …``).
CJK_HEADER_WORDS = (
    "기사입력",
    "입력",
    "수정",
    "발행",
    "최종수정",
    "기사수정",
    "등록",
    "등록일",
    "작성",
    "작성일",
    "입력일",
    "수정일",
    "발행일",
    "发布",
    "发表",
    "更新",
    "时间",
    "時間",
    "日期",
    "来源",
    "來源",
    "印刷",
    "関連記事",
    "動画一覧",
    "我要分享",
    "分享",
    "投稿",
    "公開",
    "更新日",
    "公開日",
    "配信",
    "配信日",
    "投稿日",
    "掲載日",
    "作成日",
    "更新日時",
    "最終更新",
    "发布时间",
    "发表时间",
    "更新时间",
    "发布日期",
    "發佈時間",
)

#: Roles of a writer set among the names of a byline row in Chinese (``记者 王小明 通讯员 李华``:
#: reporter …, correspondent …): a word of the row, not a name.
CJK_WRITER_ROLES = ("通讯员", "通訊員", "实习生", "實習生", "特约记者", "见习记者", "记者", "記者")

#: Labels of the other credits of a byline row in Chinese and Japanese, after the writers'
#: names (``编辑：李华`` editor, ``图/李华`` picture, ``摄影 李华`` photos, ``来源`` source,
#: ``撮影`` photos): the names after one are no writers'.
CJK_OTHER_CREDITS = (
    "编辑",
    "編輯",
    "责任编辑",
    "責任編輯",
    "责编",
    "校对",
    "摄影",
    "攝影",
    "撮影",
    "写真",
    "图",
    "圖",
    "编审",
    "审核",
    "制图",
    "来源",
    "來源",
)

#: Words in Chinese, Japanese or Korean characters that are no person's name: the header's
#: words, and the roles and credits of a byline row ("记者 王小明 通讯员 李华", "编辑：李华").
CJK_NOT_NAMES = CJK_HEADER_WORDS + CJK_WRITER_ROLES + CJK_OTHER_CREDITS

#: Links of an author's box to the writer's own accounts, set after the name or on the line
#: under it (``Jane Doe Twitter Staff Writer``, ``Jane Doe`` / ``Twitter``): a name beside one
#: is the writer's.
AUTHOR_ACCOUNTS = ("twitter", "facebook", "linkedin", "instagram", "mastodon", "bluesky")

#: Headings of an author's box at an article's foot, over the writer's name on a line of its
#: own (``About the Author`` / ``Jane Doe`` / a bio): the writer when the header names none.
ABOUT_AUTHOR_HEADINGS = (
    "about the author",
    "about the writer",
    "about the authors",
    "über die autorin",
    "über den autor",
    "über die autoren",
    "zur autorin",
    "zum autor",
    "à propos de l'auteur",
    "à propos de l'autrice",
    "à propos de l’auteur",
    "à propos de l’autrice",
    "sobre el autor",
    "sobre la autora",
    "sobre o autor",
    "sobre a autora",
    "sull'autore",
    "sull'autrice",
    "l'autore",
    "over de auteur",
)

#: Picture libraries and photo agencies that close a photographer's credit under a picture
#: (``Jane Doe / Alamy``), besides ``vocab.page.CREDIT_SOURCES``: a name before one is no
#: writer's. (Not ``PA`` nor ``Anadolu``: their wires credit writers too.)
PICTURE_LIBRARIES = (
    "epa",
    "pa images",
    "alamy",
    "unsplash",
    "pexels",
    "pixabay",
    "imago",
    "imago images",
    "wireimage",
    "filmmagic",
    "nurphoto",
    "zuma press",
    "adobe stock",
    "getty",
    "afp via getty images",
    "sopa images",
    "flickr",
)

#: Offices that a sentence names before a person (``President-elect Jane Doe``): a name with one
#: is the person a sentence is about, never a byline's writer, nor a desk.
OFFICE_WORDS = (
    "president",
    "president-elect",
    "vice-president",
    "minister",
    "senator",
    "governor",
    "chancellor",
    "secretary",
    "judge",
    "präsident",
    "präsidentin",
    "bundeskanzler",
    "bundeskanzlerin",
    "ministre",
    "président",
    "présidente",
)

#: Head nouns of a byline that names no writer, besides the desks of ``vocab.page.DESK_NOUNS``:
#: a sponsor's content, a press release, a bureau's head (``Sponsored Content``, ``Press
#: Release``, ``Washington Bureau Chief`` after a writer's name and a comma). (Not
#: ``Staff Reports`` nor ``Valley Wire``: the pages' own metadata names them as authors.)
MORE_DESK_NOUNS = ("content", "release", "chief")

#: Desk nouns that head a byline from the front in English (``Team Valley``).
MORE_DESK_NOUNS_FIRST = ("team",)

#: Titles written before a name with a full stop (``Prof. Jane Doe``): part of the name as
#: written, no sentence's end.
HONORIFICS = ("prof.", "dr.", "mr.", "mrs.", "ms.", "mme.", "mlle.", "rev.")

#: How a blog's post-meta sentence opens, which names the writer after a "by" word somewhere
#: inside it (``Posted in News by Jane Doe on May 2, 2024``, ``This entry was posted in News on
#: May 2, 2024 by Jane Doe.``, ``Veröffentlicht in Lokales von Jana Berger``).
POST_META_OPENERS = (
    "posted",
    "this entry was posted",
    "this post was posted",
    "veröffentlicht",
    "dieser eintrag wurde veröffentlicht",
    "publié",
    "cette entrée a été publiée",
    "publicado",
    "esta entrada fue publicada",
    "pubblicato",
    "questo articolo è stato pubblicato",
    "geplaatst",
)
#: The words before the writer's name in a post-meta sentence.
POST_META_BY = ("by", "von", "par", "por", "da", "door", "av", "af")
#: The words after the writer's name in a post-meta sentence (the date, the category).
POST_META_AFTER = ("on", "at", "in", "am", "um", "le", "à", "el", "en", "il", "op")

#: A segment of a link's path that names a writer's page (``/author/jane-doe``,
#: ``/autoren/jana-berger``): the link's text is a writer's name, as html2text keeps it
#: (``[Jane Doe](https://example.org/author/jane-doe)``). Not ``people`` or ``topics``: a
#: person a story is about has such a page too.
AUTHOR_URL_SEGMENTS = (
    "author",
    "authors",
    "autor",
    "autoren",
    "autorin",
    "auteur",
    "auteurs",
    "autore",
    "autori",
    "writer",
    "writers",
    "journalist",
    "journalists",
    "reporter",
    "reporters",
    "columnist",
    "columnists",
    "contributor",
    "contributors",
    "byline",
    "redakteur",
    "periodista",
    "periodistas",
)

#: A segment of a link's path that names a topic's page (``/tag/harbour-works``,
#: ``/themen/…``): a name linked so is a tag or a story's subject, no writer, though it stands
#: over the date as a byline does (``[Harbour Works](/tag/harbour-works)`` / ``May 2, 2024``).
#: Not ``people``: a site links its writers to ``/people/…`` as often as its subjects.
TOPIC_URL_SEGMENTS = (
    "tag",
    "tags",
    "topic",
    "topics",
    "category",
    "categories",
    "section",
    "subject",
    "subjects",
    "keyword",
    "keywords",
    "thema",
    "themen",
    "schlagwort",
    "stichwort",
    "rubrik",
    "rubrique",
    "tema",
    "temas",
    "etiqueta",
    "argomenti",
)

#: Words before a "by" that make the line a credit of another kind than the writer's: a
#: picture's (``Photo by Jane Doe``), a sponsor's (``Sponsored by …``, ``Presented by …``), a
#: reviewer's (``Medically reviewed by …``, ``Fact-checked by …``).
NOT_WRITER_BY = (
    "photo",
    "photos",
    "photograph",
    "photographs",
    "image",
    "images",
    "illustration",
    "illustrations",
    "video",
    "videos",
    "foto",
    "fotos",
    "bild",
    "bilder",
    "grafik",
    "credit",
    "credits",
    "sponsored",
    "presented",
    "powered",
    "funded",
    "supported",
    "brought to you",
    "reviewed",
    "medically reviewed",
    "fact-checked",
    "fact checked",
    "produced",
)
