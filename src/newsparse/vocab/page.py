"""Page vocabulary: labels that mark a page's parts, button labels, month and time words.

English first, German and French beside it. All entries are lower case; code matches them
case-insensitively.
"""

from __future__ import annotations

from newsparse.vocab import authors as _authors

#: Month names and abbreviations -> month number (English, German, French and the languages below).
MONTHS: dict[str, int] = {
    **{
        name: i + 1
        for i, names in enumerate(
            [
                ("january", "jan", "januar", "jän", "janvier", "janv"),
                ("february", "feb", "februar", "février", "fevrier", "févr", "fevr", "fév"),
                ("march", "mar", "märz", "maerz", "mär", "mars"),
                ("april", "apr", "avril", "avr"),
                ("may", "mai"),
                ("june", "jun", "juni", "juin"),
                ("july", "jul", "juli", "juillet", "juil"),
                ("august", "aug", "août", "aout"),
                ("september", "sep", "sept", "septembre"),
                ("october", "oct", "oktober", "okt", "octobre"),
                ("november", "nov", "novembre"),
                ("december", "dec", "dezember", "dez", "décembre", "decembre", "déc"),
            ]
        )
        for name in names
    },
    # Spanish, Portuguese, Italian, Dutch and Indonesian full names (bylines of agency copy)
    **{
        name: i + 1
        for i, names in enumerate(
            [
                ("enero", "janeiro", "gennaio", "januari"),
                ("febrero", "fevereiro", "febbraio", "februari"),
                ("marzo", "março", "maart", "maret"),
                ("abril", "aprile"),
                ("mayo", "maio", "maggio", "mei"),
                ("junio", "junho", "giugno"),
                ("julio", "julho", "luglio"),
                ("agosto", "augustus", "agustus"),
                ("septiembre", "setiembre", "setembro", "settembre"),
                ("octubre", "outubro", "ottobre"),
                ("noviembre", "novembro"),
                ("diciembre", "dezembro", "dicembre", "desember"),
            ]
        )
        for name in names
    },
    # Russian month names as dates write them (genitive: "11 октября 2018")
    **{
        name: i + 1
        for i, name in enumerate(
            "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
        )
    },
    # ... and their short forms (forum boards: "14 янв 2021", "3 сент. 2020")
    **{
        name: i + 1
        for i, names in enumerate(
            [
                ("янв",),
                ("фев", "февр"),
                ("мар",),
                ("апр",),
                ("май",),
                ("июн",),
                ("июл",),
                ("авг",),
                ("сен", "сент"),
                ("окт",),
                ("ноя", "нояб"),
                ("дек",),
            ]
        )
        for name in names
    },
    # Polish and Czech (genitive: "6 listopada 2023", "3. června 2020"), Turkish, and Arabic as
    # Egypt and the Gulf write them ("03 يونيو 2020")
    **{
        name: i + 1
        for i, names in enumerate(
            [
                ("stycznia", "ledna", "ocak", "يناير"),
                ("lutego", "února", "şubat", "فبراير"),
                ("marca", "března", "mart", "مارس"),
                ("kwietnia", "dubna", "nisan", "أبريل", "ابريل"),
                ("maja", "května", "mayıs", "مايو"),
                ("czerwca", "června", "haziran", "يونيو"),
                ("lipca", "července", "temmuz", "يوليو"),
                ("sierpnia", "srpna", "ağustos", "أغسطس", "اغسطس"),
                ("września", "září", "eylül", "سبتمبر"),
                ("października", "října", "ekim", "أكتوبر", "اكتوبر"),
                ("listopada", "listopadu", "kasım", "نوفمبر"),
                ("grudnia", "prosince", "aralık", "ديسمبر"),
            ]
        )
        for name in names
    },
    # short names of Spanish, Italian, Portuguese and Dutch ("2 ene. 2024", "2 giu 2024", "2 de
    # fev. de 2024", "2 mrt 2024"; not "set" nor "out": English words)
    **{
        name: i + 1
        for i, names in enumerate(
            [
                ("ene", "gen"),
                ("fev",),
                ("mrt",),
                ("abr",),
                ("mag",),
                ("giu",),
                ("lug",),
                ("ago",),
                ("sett",),
                ("ott",),
                (),
                ("dic",),
            ]
        )
        for name in names
    },
    # Danish, Norwegian and Swedish (those not above: "2. maj 2024"), Finnish (partitive:
    # "2. toukokuuta 2024"), Ukrainian and Greek (genitive: "2 травня 2024", "2 Μαΐου 2024"), and
    # Hungarian ("2024. május 2.")
    **{
        name: i + 1
        for i, names in enumerate(
            [
                ("tammikuuta", "січня", "ιανουαρίου", "január"),
                ("helmikuuta", "лютого", "φεβρουαρίου", "február"),
                ("marts", "maaliskuuta", "березня", "μαρτίου", "március"),
                ("huhtikuuta", "квітня", "απριλίου", "április"),
                ("maj", "toukokuuta", "травня", "μαΐου", "május"),
                ("kesäkuuta", "червня", "ιουνίου", "június"),
                ("heinäkuuta", "липня", "ιουλίου", "július"),
                ("augusti", "elokuuta", "серпня", "αυγούστου", "augusztus"),
                ("syyskuuta", "вересня", "σεπτεμβρίου", "szeptember"),
                ("lokakuuta", "жовтня", "οκτωβρίου", "október"),
                ("marraskuuta", "νοεμβρίου"),
                ("joulukuuta", "грудня", "δεκεμβρίου"),
            ]
        )
        for name in names
    },
    # Hindi ("2 मई 2024"), with the spellings with and without the nukta or the half nasal
    **{
        name: i + 1
        for i, names in enumerate(
            [
                ("जनवरी",),
                ("फ़रवरी", "फरवरी"),
                ("मार्च",),
                ("अप्रैल",),
                ("मई",),
                ("जून",),
                ("जुलाई",),
                ("अगस्त",),
                ("सितंबर", "सितम्बर"),
                ("अक्टूबर", "अक्तूबर"),
                ("नवंबर", "नवम्बर"),
                ("दिसंबर", "दिसम्बर"),
            ]
        )
        for name in names
    },
}

#: English month names as the renderer writes them.
MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()

#: Words for "before noon" / "after noon".
AM = ("am", "a.m.", "a.m")
PM = ("pm", "p.m.", "p.m")

#: Unambiguous time-zone abbreviations -> offset in minutes (ambiguous ones such as IST are absent).
TIMEZONES: dict[str, int] = {
    "utc": 0,
    "gmt": 0,
    "z": 0,
    "est": -300,
    "edt": -240,
    "cst": -360,
    "cdt": -300,
    "mst": -420,
    "mdt": -360,
    "pst": -480,
    "pdt": -420,
    "cet": 60,
    "cest": 120,
    "mez": 60,
    "mesz": 120,
    "bst": 60,
    "pkt": 300,
    "jst": 540,
    "aest": 600,
}

#: Relative-time units -> seconds (English, German, French; singular and plural).
TIME_UNITS: dict[str, int] = {
    **dict.fromkeys(
        ("second", "seconds", "sec", "secs", "sekunde", "sekunden", "seconde", "secondes"), 1
    ),
    **dict.fromkeys(("minute", "minutes", "min", "mins", "minuten"), 60),
    **dict.fromkeys(("hour", "hours", "hr", "hrs", "stunde", "stunden", "heure", "heures"), 3600),
    **dict.fromkeys(("day", "days", "tag", "tagen", "tage", "jour", "jours"), 86400),
    **dict.fromkeys(("week", "weeks", "woche", "wochen", "semaine", "semaines"), 7 * 86400),
}
#: Words for "a/an/one" in relative times ("an hour ago").
ONE = ("a", "an", "one", "einer", "einem", "einen", "un", "une")
#: Day words relative to the reference time.
DAY_WORDS: dict[str, int] = {
    "today": 0,
    "heute": 0,
    "aujourd'hui": 0,
    "aujourd’hui": 0,
    "yesterday": -1,
    "gestern": -1,
    "hier": -1,
}

#: Labels before a publication date (``Published: August 5, 2012``).
PUBLISHED_LABELS = (
    "published",
    "published on",
    "posted",
    "posted on",
    "first published",
    "date",
    "veröffentlicht",
    "veröffentlicht am",
    "erschienen am",
    "publié",
    "publié le",
    "le",
    # the labels of Spanish, Portuguese, Italian, Dutch and Russian pages, and German's "created"
    # (``erstellt am``: the publication beside ``aktualisiert am``)
    "erstellt am",
    "publicado",
    "publicado el",
    "publicado em",
    "pubblicato",
    "pubblicato il",
    "gepubliceerd",
    "gepubliceerd op",
    "опубликовано",
    # Nordic, Finnish, Polish, Czech, Turkish, Japanese, Chinese and Korean ("Publicerad 2 maj
    # 2024", "Julkaistu 2.5.2024", "公開日：2024年5月2日", "发布时间：…", "입력 2024.05.02")
    "publicerad",
    "publiceret",
    "publisert",
    "julkaistu",
    "opublikowano",
    "publikováno",
    "yayınlanma",
    "公開日",
    "公開",
    "掲載日",
    "配信日",
    "投稿日",
    "发布时间",
    "发布日期",
    "发布",
    "發佈時間",
    "發布時間",
    "发表时间",
    "입력",
    "등록",
)
#: Labels before an update date.
UPDATED_LABELS = (
    "updated",
    "updated on",
    "last updated",
    "last modified",
    "modified",
    "aktualisiert",
    "aktualisiert am",
    "zuletzt aktualisiert",
    "stand",
    "mis à jour",
    "mis à jour le",
    "modifié le",
    "actualizado",
    "actualizado el",
    "atualizado",
    "atualizado em",
    "aggiornato",
    "aggiornato il",
    "bijgewerkt",
    "bijgewerkt op",
    # Nordic, Finnish, Polish, Czech, Turkish, Japanese, Chinese and Korean ("Uppdaterad 3 maj
    # 2024", "更新日：2024年5月3日", "수정 2024.05.03"; not Russian "обновлено": the header's
    # fast pre-check of these labels knows no Cyrillic letter's odd case mates, such as "ᲂ")
    "uppdaterad",
    "opdateret",
    "oppdatert",
    "päivitetty",
    "zaktualizowano",
    "aktualizováno",
    "güncelleme",
    "更新日",
    "更新日時",
    "最終更新",
    "更新",
    "更新时间",
    "更新時間",
    "수정",
    "최종수정",
)

#: The byline words live in :mod:`newsparse.vocab.authors` (labels, joiners, noise words).
BYLINE_PREFIXES = _authors.BYLINE_PREFIXES
NAME_JOINERS = _authors.NAME_JOINERS

#: The print line: ``Published in The Express Tribune, August 5th, 2012.``
PRINT_LINE_PREFIXES = ("published in", "appeared in", "erschienen in", "paru dans")

#: Comment section headings (``Reader Comments (24)``, ``24 Comments``).
COMMENT_HEADINGS = (
    "reader comments",
    "comments",
    "comment",
    "responses",
    "reader responses",
    "kommentare",
    "kommentar",
    "leserkommentare",
    "commentaires",
    "commentaire",
    "réactions",
    # a label with its count after it (``Commenti (4)``, ``コメント（4件）``)
    "comentarios",
    "commenti",
    "comentários",
    "komentarze",
    "reacties",
    "комментарии",
    "コメント",
    "评论",
    "評論",
    "留言",
    "댓글",
)

#: Labels of widgets that carry no content of their own.
WIDGET_LABELS = (
    "facebook conversations",
    "facebook comments",
    "comments powered by disqus",
    "share this article",
    "share this",
    "advertisement",
    "anzeige",
    "publicité",
    "werbung",
    "sponsored",
)

#: Words of share and follow buttons: a line made mostly of them is a widget, not a headline
#: (``Share Tweet Share``, ``Share this on WhatsApp``, ``Follow Lifehacker Followed``).
SHARE_WORDS = (
    "share",
    "shares",
    "tweet",
    "pin",
    "email",
    "e-mail",
    "print",
    "follow",
    "followed",
    "following",
    "subscribe",
    "facebook",
    "twitter",
    "whatsapp",
    "linkedin",
    "reddit",
    "pinterest",
    "flipboard",
    "telegram",
    "digg",
    "delicious",
    "myspace",
    "stumbleupon",
    "mixx",
    "teilen",
    "partager",
    "compartilhar",
    "compartir",
)

#: Labels of picture viewers inside an article body (dropped from the body only).
#: The ``rel`` names of a page's ``<link>`` elements, which lynx prints after the list of their
#: titles at the top of a dump (``… Comments Feed alternate alternate``, ``prev next``).
LINK_RELS = (
    "alternate",
    "prev",
    "next",
    "canonical",
    "publisher",
    "author",
    "shortlink",
    "amphtml",
    "manifest",
    "pingback",
    "edituri",
    "wlwmanifest",
    "search",
    "home",
    "start",
)

#: A video player's controls as a dump writes them (lynx adds ``(BUTTON)``): the title under
#: them is the player's, not the article's headline above the player.
TITLE_PLAYER_CONTROLS = (
    "video player is loading.",
    "play video",
    "unmute",
    "playback rate",
    "close modal dialog",
    "end of dialog window.",
    "beginning of dialog window. escape will cancel and close the window.",
)

#: Words an image's alt text opens with before the headline it illustrates (``Image for
#: Headline``): a copy of the headline, no headline itself.
TITLE_IMAGE_FOR = ("image for", "photo for", "picture for", "bild zu", "image de", "photo de")

#: Badges a site glues after the headline of an article for its subscribers (``Headline
#: Abonnés``, ``Headline Premium``): the line is the headline, without the badge.
TITLE_BADGES = (
    "abonnés",
    "réservé aux abonnés",
    "subscribers only",
    "subscriber only",
    "premium",
    "abo",
    "nur für abonnenten",
    "exclusivo suscriptores",
    "solo para suscriptores",
    "riservato agli abbonati",
    "для подписчиков",
)

#: Headings of a readers' poll set between a headline and its article (its question, its
#: options and buttons under it): the lines under one are the poll's, not the headline.
TITLE_POLL_HEADINGS = (
    "poll",
    "quick poll",
    "readers' poll",
    "umfrage",
    "sondage",
    "encuesta",
    "sondaggio",
    "peiling",
    "опрос",
    "استطلاع الرأي",
    "استطلاع",
)

#: The label of a sticky bar that names the article being read (``Now Reading`` / ``Short
#: title``, over the headline itself): the line under the label is the bar's title, not the
#: headline, which stands right under it.
TITLE_NOW_READING = (
    "now reading",
    "currently reading",
    "you are reading",
    "you're reading",
    "reading now",
    "du liest gerade",
    "sie lesen gerade",
    "vous lisez",
    "en cours de lecture",
    "estás leyendo",
    "está leyendo",
    "stai leggendo",
    "je leest nu",
    "вы читаете",
)

VIEWER_LABELS = ("caption", "close", "enlarge image", "expand", "image", "photo", "video")

#: Labels that open a photo credit or a caption line inside a body (``Photo: Jane Doe``).
CREDIT_LABELS = (
    "photo",
    "photos",
    "photograph",
    "image",
    "image copyright",
    "image caption",
    "picture",
    "illustration",
    "credit",
    "source",
    "foto",
    "fotos",
    "bild",
    "grafik",
    "quelle",
    "crédit",
    "crédits",
)
#: Picture agencies and stock libraries that close a photo credit (``… /Getty Images``).
CREDIT_SOURCES = (
    "getty images",
    "gettyimages",
    "shutterstock",
    "istockphoto",
    "istock",
    "submitted photo",
    "file photo",
    "ap photo",
    "image for post",
    "dpa",
    "picture alliance",
    "picture-alliance",
)
#: The word between a gallery's counter's figures (``1 of 12``, ``2 von 5``, ``3 de 8``).
GALLERY_OF = ("of", "von", "de", "sur", "di", "van")

#: Picture agencies and credit forms that close a photographer's credit after a slash
#: (``… Jane Doe/Getty Images``), besides the news agencies of :data:`AGENCIES`.
PHOTO_AGENCIES = ("ap photo", "epa", "anadolu", "getty images", "pa", "pa images")

#: Button labels that converters glue to a comment's end or put on a line of their own.
BUTTON_LABELS = (
    "recommend",
    "reply",
    "report",
    "report abuse",
    "like",
    "share",
    "share ›",
    "antworten",
    "melden",
    "répondre",
    "signaler",
)

#: Section footers: ``More in Pakistan``.
SECTION_FOOTER_PREFIXES = ("more in", "more from", "mehr aus", "mehr zum thema", "plus dans")
#: Of those, the ones that say the name after them is a section (``More from …`` names a
#: publisher or a writer as often, on real pages).
SECTION_IN_PREFIXES = ("more in", "mehr zum thema", "plus dans")

#: Weekday names that may open a date (``Monday, August 5, 2012``).
WEEKDAYS = (
    "monday mon tuesday tue tues wednesday wed thursday thu thurs friday fri saturday sat "
    "sunday sun montag mo dienstag di mittwoch mi donnerstag do freitag fr samstag sa sonntag so "
    "lundi mardi mercredi jeudi vendredi samedi dimanche"
).split()

#: Common English words, and common words of languages that write numeric dates day first
#: (``05/03/2021`` is 5 March on a page in French): a page's language, as far as dates need it.
ENGLISH_WORDS = tuple("the and of to is that with for was are this have from".split())
#: Common words of the languages that write a numeric date with slashes day first
#: (``05/11/2019``: 5 November): French, Spanish, Portuguese, Italian, Dutch, Russian, Ukrainian,
#: Greek, Arabic, Turkish, Polish, Indonesian and Vietnamese. German is not among them: it writes ``05.11.2019``, so a date
#: with slashes on a German page is a template's, and its order is the template's (month
#: first, as the slashes' other writers have it), not the language's.
DAY_FIRST_WORDS = tuple(
    (
        "le la les des est une dans pour avec sur "  # French
        "el los las que del para por una con "  # Spanish
        "não uma com pelo pela "  # Portuguese
        "il di che della per sono "  # Italian
        "het een van zijn niet voor "  # Dutch
        "são em os dos das ao mais foi "  # Portuguese, more
        "и в на с по не что это как для или его она они был была "  # Russian
        "і у що це як або його та "  # Ukrainian
        "και της του την το τα τη στο στη στα για από με να θα σε τις των "  # Greek
        "في من على إلى أن عن مع التي الذي "  # Arabic
        "ve bir bu için ile olarak daha gibi olan sonra kadar "  # Turkish
        "się jest że oraz przez dla nie jak w z na od po "  # Polish
        "yang dengan untuk dari ini itu pada akan tidak "  # Indonesian, Malay
        "và của là có được trong cho các những người với này một"  # Vietnamese
    ).split()
)

#: Words that may join a date and its time (``Aug 5, 2012 - 11:21AM``, ``… um 20:14 Uhr``).
#: Words between a date and its time (``3 March 2024 at 14:05``, ``3 de marzo de 2024 a las
#: 14:05``, ``3 maart 2024 om 14:05``, ``3 marzo 2024 alle 14:05``, ``03.03.2024 в 14:05``,
#: ``2024-03-03 kl. 14:05``).
DATE_TIME_WORDS = (
    "at",
    "um",
    "às",
    "à",
    "a",
    "a las",
    "alle",
    "om",
    "o",
    "в",
    "kl.",
    "klo",
    "kello",
)
DATE_TIME_JOINERS = ("-", "–", "—", ",", "//", "/", "|", "·", "•", "at", "um", "à", "a", "@")
#: Words that may open a timestamp (``Le 11 septembre 2018``, ``am 3. November``).
DATE_OPENERS = ("le", "on", "am", "posted", "posted on", "el", "il", "op", "em")
#: Words that may close a time (``20:14 Uhr``, ``12h57``).
TIME_CLOSERS = ("uhr", "h")
#: Words after the time of a publication or broadcast stamp (``3/9(Thu) 18:45 配信``:
#: "delivered"; ``10:05 报道``: "reported"; ``更新``: "updated").
STAMP_CLOSERS = ("配信", "更新", "掲載", "公開", "报道", "報道", "发布", "發布", "发表", "發表")
#: Day words of a schedule slot or a stamp before its time (``Today at 6am``, ``Tonight 10pm``),
#: besides :data:`DAY_WORDS` and the weekdays.
SLOT_DAY_WORDS = ("tonight", "tomorrow", "morgen", "demain", "ce soir", "heute abend")

#: Headings of a list of the site's most read articles (``Most read``, ``Trending``): teasers
#: too, though not a box about the article's subject.
MOST_READ_HEADINGS = (
    "most popular",
    "most read",
    "most viewed",
    "popular now",
    "trending",
    "meistgelesen",
    "les plus lus",
    "lo más leído",
    "meest gelezen",
)

#: Lines that end an article body (what sites put right after it).
BODY_END_MARKERS = (
    "related",
    "related articles",
    "related stories",
    "related content",
    "related coverage",
    "related topics",
    "read more",
    "read next",
    "more stories",
    "share this",
    "share this article",
    "share this story",
    "leave a reply",
    "leave a comment",
    "post navigation",
    "you may also like",
    "recommended",
    "comments",
    "view comments",
    "tags",
    "topics",
    "ähnliche artikel",
    "ähnliche beiträge",
    "verwandte artikel",
    "verwandte beiträge",
    "weitere beiträge",
    "mehr vom autor",
    "mehr zum thema",
    "das könnte sie auch interessieren",
    "beitrags-navigation",
    "schreibe einen kommentar",
    "kommentare",
    "weitere artikel",
    "à lire aussi",
    "lire aussi",
    "vos réactions",
    "laisser un commentaire",
    "articles similaires",
    "vous aimerez aussi",
    "sur le même sujet",
    "você pode gostar",
    "você também pode gostar",
    "veja também",
    "leia também",
    "notícias relacionadas",
    "posts relacionados",
    "te puede interesar",
    "también te puede interesar",
    "noticias relacionadas",
    "lee también",
    "artículos relacionados",
    # teaser lists and sign-ups under the article, named by many sites (``More From The Daily``,
    # ``Next Up In Science``, ``Don't miss``, ``Sign up for our newsletter``)
    "more from",
    "next up",
    "up next",
    "don't miss",
    "don’t miss",
    "you might also like",
    "you may like",
    "see also",
    "further reading",
    "more like this",
    "editor's picks",
    "editors' picks",
    "latest news",
    "sign up for",
    "lesen sie auch",
    "auch interessant",
    "à voir aussi",
    "leggi anche",
    "articoli correlati",
    "potrebbe interessarti",
    "lees ook",
    "meer nieuws",
    "читайте также",
    "похожие материалы",
    "другие новости",
    # Indonesian and Malay (WordPress's own strings: ``Artikel Terkait``, ``Tinggalkan Balasan``)
    "artikel terkait",
    "berita terkait",
    "pos terkait",
    "tulisan terkait",
    "artikel berkaitan",
    "berita berkaitan",
    "tinggalkan balasan",
    "tinggalkan komentar",
    "tinggalkan komen",
    "tinggalkan ulasan",
    *MOST_READ_HEADINGS,
)

#: Closing headings only when alone on their line (a colon after them at most): the word also
#: opens sentences of the article (Indonesian ``Terkait dengan itu, …``: "As to that, …").
BODY_END_ALONE = (
    "terkait",
    "berkaitan",
)

#: Labels that open an image's caption or credit line without a colon
#: (``Image copyright Jane Doe Image caption The pool in 1927``).
CAPTION_OPENERS = (
    "image copyright",
    "image caption",
    "media caption",
    "image source",
    "copyright de la imagen",
    "pie de foto",
    "crédito da foto",
    "legenda da foto",
    "bildunterschrift",
)

#: The link that closes a teaser's summary (``… a new intervention may help. Read now``): a short
#: block that ends in one is a teaser of another article.
TEASER_CALLS = (
    "read now",
    "read more",
    "read the full story",
    "weiterlesen",
    "mehr lesen",
    "lire la suite",
    "leia mais",
    "leer más",
    "seguir leyendo",
)

#: Headings of a box of teasers for other articles (``Related``, ``More stories``): a subset of
#: :data:`BODY_END_MARKERS`.
TEASER_HEADINGS = tuple(
    marker
    for marker in BODY_END_MARKERS
    if marker
    not in (
        # headings that end an article but head no box of teasers: comments, tags, sharing,
        # navigation, lists of the most read
        "related topics",
        "most popular",
        "most read",
        "share this",
        "share this article",
        "share this story",
        "leave a reply",
        "leave a comment",
        "post navigation",
        "trending",
        "comments",
        "view comments",
        "tags",
        "topics",
        "beitrags-navigation",
        "schreibe einen kommentar",
        "kommentare",
        "vos réactions",
        "laisser un commentaire",
        # a sign-up box, no teasers
        "sign up for",
    )
)


#: Words between a commenter's name and the colon (``Jane says:``, ``Jane sagt:``).
COMMENT_SAYS = (
    "says",
    "said",
    "sagt",
    "schreibt",
    "dit",
    "a dit",
    "écrit",
    # a blog's "says" in other languages (``Ana dice:``, ``Ana diz:``, ``Anna zegt:``)
    "dice",
    "diz",
    "disse",
    "zegt",
    "говорит",
    "pisze",
    "säger",
    "siger",
    "sier",
    "sanoo",
)

#: Nouns after a declared comment count (``34 responses to …``, ``12 Kommentare``).
#: The word between a comment count and the article's title it names ("6 thoughts on “…”").
COMMENT_ON = ("on", "to", "for", "zu", "auf", "sur", "à", "pour", "a", "su", "en", "op")

COMMENT_COUNT_NOUNS = (
    "responses",
    "response",
    "thoughts",
    "thought",
    "comments",
    "comment",
    "replies",
    "kommentare",
    "kommentar",
    "leser-kommentare",
    "réactions",
    "commentaires",
    "commentaire",
    "meinungen",
    "meinung",
    "ergänzungen",
    "ergänzung",
)

#: Buttons under a comment on real pages (``Zum Antworten anmelden``, ``Log in to Reply``).
COMMENT_BUTTONS = (
    "zum antworten anmelden",
    "log in to reply",
    "antworten melden",
    "empfehlen",
    "permalink",
    "reply ↓",
    "(comment) antworten",
    "leserempfehlung",
)

#: News agencies: the author when a byline names only the agency (``Reuters, Washington``);
#: beside a person's name (``Jane Doe | Reuters``) the person is the author.
AGENCIES = (
    "reuters",
    "associated press",
    "the associated press",
    "ap",
    "afp",
    "agence france-presse",
    "dpa",
    "apa",
    "pti",
    "ians",
    "ani",
    "upi",
    "xinhua",
    "efe",
    "ansa",
    "kyodo",
    "bloomberg",
    "press association",
    "pa media",
    "ritzau",
    "ntb",
    "anp",
    "belga",
    "tass",
    "tt",
)

#: The links of an author's box beside the writer's name (``Jane Doe`` / ``View Profile``).
AUTHOR_BOX_LINKS = (
    "view more articles",
    "more articles",
    "view all articles",
    "all articles",
    "view all posts",
    "all posts",
    "view profile",
    "profile",
    "more from this author",
    "alle artikel",
    "zum autorenprofil",
    "autorenprofil",
    "tous ses articles",
    "voir le profil",
)

#: What an author's box under an article calls its writer (``Jane Doe is a staff writer at …``):
#: a line opening with a name and ``is a`` / ``is the`` one of these is the author's bio.
AUTHOR_ROLES = (
    "writer",
    "editor",
    "reporter",
    "correspondent",
    "contributor",
    "author",
    "journalist",
    "columnist",
    "producer",
    "blogger",
    "critic",
    "photographer",
    "freelancer",
    "redakteur",
    "redakteurin",
    "korrespondent",
    "korrespondentin",
    "autor",
    "autorin",
    "journaliste",
    "rédacteur",
    "rédactrice",
    "correspondant",
    "correspondante",
)

#: Words that head an author's box with the writer's name under an article (``About Jane Doe``,
#: ``Sobre João Silva``, ``Über Jana Berg``).
AUTHOR_BOX_ABOUT = ("about", "sobre", "über", "à propos de", "acerca de", "a proposito di")

#: Verbs that join a writer's name to the role an author's box gives (``Jane Doe is a staff
#: writer``, ``… ist Redakteurin``, ``… est journaliste``, ``… é repórter``).
AUTHOR_BIO_VERBS = ("is", "was", "ist", "war", "est", "é", "es")

#: Labels that open an article's line of tags (``Tags: ferries, harbours``, ``Filed under:
#: Islands``, ``In this article: boats, fares``); a line so opened that ends no sentence is no
#: paragraph.
TAG_LABELS = (
    "tags",
    "tag",
    "tagged",
    "tagged with",
    "topics",
    "filed under",
    "posted in",
    "in this article",
    "categories",
    "category",
    "schlagwörter",
    "schlagworte",
    "themen",
    "mots-clés",
    "mots clés",
    "étiquettes",
    "etiquetas",
    "temas",
    "tags relacionadas",
    # a blog's (WordPress's) labels in German, French, Spanish, Italian and Dutch ("Getaggt mit
    # …", "Eingeordnet unter …", "Classé dans …", "Archivado en …", "Archiviato in …")
    "getaggt mit",
    "verschlagwortet mit",
    "eingeordnet unter",
    "kategorie",
    "kategorien",
    "veröffentlicht in",
    "classé dans",
    "étiqueté",
    "étiquetté",
    "archivado en",
    "etiquetado",
    "archiviato in",
    "categoria",
    "categorie",
    "geplaatst in",
    "getagd met",
)

#: Words naming an author's photo, which converters write as its file or alt name beside the
#: name in an author's box (``jdoe-headshot Jane Doe``).
PORTRAIT_WORDS = ("headshot", "mugshot", "avatar", "author-photo", "author-image")

#: Places of two or three capitalised words that a dateline or a kicker sets beside a date
#: (``Hong Kong`` / ``March 2, 2021``): the shape of a name, but no writer's.
PLACE_NAMES = (
    "hong kong",
    "san francisco",
    "san diego",
    "san jose",
    "san antonio",
    "san juan",
    "santa monica",
    "santa clara",
    "santa barbara",
    "palo alto",
    "mountain view",
    "silicon valley",
    "wall street",
    "capitol hill",
    "white house",
    "downing street",
    "long beach",
    "beverly hills",
    "baton rouge",
    "des moines",
    "little rock",
    "fort worth",
    "st. louis",
    "st louis",
    "st. paul",
    "tel aviv",
    "buenos aires",
    "rio de janeiro",
    "kuala lumpur",
    "cape town",
    "abu dhabi",
    "addis ababa",
    "dar es salaam",
    "phnom penh",
    "ho chi minh",
    "sri lanka",
    "costa rica",
    "puerto rico",
    "saudi arabia",
    "south africa",
    "north korea",
    "south korea",
    "united states",
    "united kingdom",
    "great britain",
    "hong kong sar",
)

#: Nouns naming a desk, a newsroom or a bare role rather than a person: a byline whose head noun
#: is one of them names no writer (``Valley Times Staff``, ``Staff Writer``, ``News Desk``,
#: ``Online-Redaktion``, ``La Rédaction``). English puts the head noun last; the nouns of
#: :data:`DESK_NOUNS_FIRST` head a name from the front (``Rédaction Web``, ``Redaktion Wien``).
DESK_NOUNS = (
    "staff",
    "staffers",
    "desk",
    "team",
    "editors",
    "editor",
    "board",
    "newsroom",
    "writer",
    "writers",
    "reporter",
    "reporters",
    "correspondent",
    "correspondents",
    "contributor",
    "contributors",
    "author",
    "authors",
    "redaktion",
    "redaktionen",
    "redactie",
    "rédaction",
    "redaction",
    "redacción",
    "redaccion",
    "redação",
    "redacao",
    "redazione",
    "équipe",
    "equipe",
    "equipo",
    "admin",
    "administrator",
    "webmaster",
    "moderator",
)
DESK_NOUNS_FIRST = (
    "redaktion",
    "redactie",
    "rédaction",
    "redaction",
    "redacción",
    "redaccion",
    "redação",
    "redacao",
    "redazione",
    "équipe",
    "equipe",
    "equipo",
)

#: Words that never stand in a person's name under a headline (menus, buttons, organisations):
#: an unlabelled name line (``Jane Doe`` above the date) must not contain one.
NOT_NAME_WORDS = (
    "the",
    "a",
    "an",
    "der",
    "die",
    "das",
    "les",
    "share",
    "follow",
    "sign",
    "log",
    "subscribe",
    "home",
    "menu",
    "search",
    "skip",
    "comments",
    "comment",
    "read",
    "more",
    "key",
    "points",
    "back",
    "gallery",
    "photo",
    "photos",
    "video",
    "videos",
    "image",
    "images",
    "updated",
    "published",
    "advertisement",
    "privacy",
    "policy",
    "cookie",
    "cookies",
    "user",
    "agreement",
    "terms",
    "statement",
    "notice",
    "rights",
    "copyright",
    "disclaimer",
    "sitemap",
    "careers",
    "advertise",
    "newsletter",
    "newsletters",
    "contact",
    "about",
    "news",
    "press",
    "media",
    "staff",
    "team",
    "desk",
    "editor",
    "editors",
    "editorial",
    "times",
    "post",
    "daily",
    "journal",
    "magazine",
    "online",
    "network",
    "group",
    "inc",
    "ltd",
    "agency",
    "service",
    "services",
    "wire",
    "tv",
    "radio",
    "insider",
    "business",
    "reporter",
    "correspondent",
    "contributor",
    "author",
    "email",
    "print",
    "live",
    "opinion",
    "analysis",
    "review",
    "sport",
    "sports",
    "world",
    "politics",
    "getty",
    "shutterstock",
    "new",
    "city",
    "são",
    "los",
    "las",
    "el",
    "your",
    "our",
    "my",
    "find",
    "next",
    "president",
    "minister",
    "chancellor",
    "senator",
    "governor",
    "secretary",
    "herald",
    "tribune",
    "gazette",
    "chronicle",
    "courier",
    "weekly",
    "monthly",
    "today",
    "digest",
    "observer",
    "telegraph",
    "examiner",
    "inquirer",
    "sentinel",
    "bulletin",
    "dispatch",
    "blog",
    "podcast",
    # news sections and labels a page sets beside a date ("Food Culture", "Sponsored Content")
    "health",
    "science",
    "culture",
    "technology",
    "tech",
    "entertainment",
    "lifestyle",
    "travel",
    "food",
    "economy",
    "finance",
    "education",
    "environment",
    "climate",
    "weather",
    "local",
    "national",
    "international",
    "sponsored",
    "content",
    "partner",
    "featured",
    "features",
    "headlines",
    "heritage",
    "arts",
    "books",
    "music",
    "movies",
    "television",
    "gaming",
    "obituaries",
    # greetings and thanks that open a reader's comment ("Hallo Peter", "Liebe Grüße")
    "hallo",
    "hi",
    "hello",
    "dear",
    "liebe",
    "lieber",
    "liebes",
    "grüße",
    "grüsse",
    "gruß",
    "vielen",
    "frohes",
    "bonjour",
    "cher",
    "chère",
    "merci",
    "thanks",
    # a count of responses ("Satu Tanggapan": one response)
    "tanggapan",
    "response",
    "responses",
    "réponse",
    "réponses",
    "respuesta",
    "respuestas",
    "antwort",
    "antworten",
    # players, consent banners and credits ("Closed Captioning", "I Accept", "Illustration …")
    "accept",
    "captioning",
    "accessibility",
    "playback",
    "remaining",
    "watch",
    "click",
    "here",
    "galleries",
    "tagged",
    "tweets",
    "powered",
    "illustration",
    "illustrations",
    "credit",
    "credits",
    "foto",
    "fotos",
    "logo",
    # a weekday or a preposition opens a phrase, not a name ("On Thursday", "In Switzerland")
    "on",
    "in",
    # (full weekday names only: "Di", "Mo", "Sun" stand in names)
    *"monday tuesday wednesday thursday friday saturday sunday".split(),
    *"montag dienstag mittwoch donnerstag freitag samstag sonntag".split(),
    *"lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    # desks and newsrooms ("Von Redaktion", "Por Redacción")
    *(w for w in DESK_NOUNS if " " not in w),
    # "comment(s)" in other languages (a heading "KOMENTAR …" beside a date is no writer)
    "komentar",
    "komentari",
    "komentarze",
    "kommentar",
    "kommentare",
    "kommentarer",
    "commentaire",
    "commentaires",
    "comentario",
    "comentarios",
    "comentário",
    "comentários",
    "commento",
    "commenti",
    "reactie",
    "reacties",
    "reactions",
    "réactions",
    "yorum",
    "yorumlar",
    # section and widget headings set beside a date ("Related Articles", "Most Popular")
    "related",
    "articles",
    "stories",
    "popular",
    "trending",
    "reply",
    "replies",
    "leave",
    "forum",
)

#: Phrases of site notices around an article (cookie banners, sign-in and newsletter prompts,
#: legal footers): a text block built on them is page furniture, however long.
NOTICE_PHRASES = (
    "we use cookies",
    "use of cookies",
    "cookie policy",
    "cookie settings",
    "privacy policy",
    "privacy terms",
    "terms of use",
    "terms of service",
    "terms and conditions",
    "all rights reserved",
    "accept and continue",
    "click here",
    "by clicking",
    "by continuing",
    "enable javascript",
    "javascript is disabled",
    "your browser",
    "sign up for",
    "sign in to",
    "log in to",
    "log in with",
    "create an account",
    "subscribe to our",
    "our newsletter",
    "your inbox",
    "wir verwenden cookies",
    "datenschutzerklärung",
    "nutzungsbedingungen",
    "alle rechte vorbehalten",
    "newsletter abonnieren",
    "nous utilisons des cookies",
    "politique de confidentialité",
    "tous droits réservés",
    "abonnez-vous",
    "skip to main content",
    "skip to content",
    "skip to the content",
    "skip to navigation",
    "jump to navigation",
    "in a new window",
    "in a new tab",
    "zum inhalt springen",
    "direkt zum inhalt",
    "aller au contenu",
    "thank you for supporting",
    "thanks for supporting",
    "support our journalism",
    "danke für ihre unterstützung",
    "merci de votre soutien",
    # calls to the reader that sites set at an article's foot (``Like this story? Share it with
    # a friend!``, ``Want to see fewer ads? Become a Member.``)
    "share it with a friend",
    "become a member",
    "follow us on",
    "download our app",
    "get the app",
    "tell us what you think",
    "no spam",
)

#: First words of a page's calls to its reader (``Continue reading the main story``, ``Discover
#: our latest picks``, ``Sign in to your account``): a line that opens with one is a button or a
#: banner, not a headline (headlines seldom open with these imperatives; ``Get``, ``Make``,
#: ``Read`` and ``Watch`` open headlines too and are left out).
TITLE_CALL_WORDS = (
    "continue",
    "discover",
    "go",
    "help",
    "close",
    "press",
    "sign",
    "log",
    "join",
    "subscribe",
    "view",
    "download",
    "click",
    "tap",
    "skip",
    "register",
    "entdecke",
    "entdecken",
    "schließe",
    "suche",
    "melde",
    "registriere",
    "abonniere",
    "découvrez",
    "inscrivez-vous",
    "connectez-vous",
    "abonnez-vous",
    "descubre",
    "suscríbete",
    "przejdź",
    # (an advertisement's label: ``WERBUNG für …``, ``Anzeige``, ``Sponsored by …``)
    "advertisement",
    "sponsored",
    "werbung",
    "anzeige",
    "publicité",
    "publicidad",
)
#: Banners about the page rather than the article, which a headline never holds (an age
#: notice, a browser warning): ``This article is more than 5 years old``.
TITLE_BANNER_PHRASES = (
    "this article is more than",
    "this article is over",
    "works best in",
    "best viewed in",
    "sponsored content",
    # (an offer to subscribe, at a price or to the door: ``One month for only $1``, ``Si desea
    # recibir el diario en su casa, …``)
    "for only $",
    "for only €",
    "for only £",
    "for just $",
    "for just €",
    "for just £",
    "si desea recibir",
)


#: Headings of a teaser or two for another article set inside or under an article, besides
#: :data:`TEASER_HEADINGS` (``Read also`` / ``Headline`` / ``By Jane Doe``): a bylined headline
#: under one is that article's, not the page's.
TITLE_TEASER_HEADINGS = (
    "read also",
    "also read",
    "see also",
    "lesen sie auch",
    "lesen sie dazu",
    "siehe auch",
    "auch interessant",
    "leggi anche",
    "lees ook",
    "voir aussi",
)


#: Words no headline ends with, in lower case (an article, a possessive, a conjunction): a line
#: ending in one goes on on the next (BeautifulSoup splits a headline at an inline element: ``An
#: Ode to the`` / ``Harbour Ferry as It Sails Its Last Crossing``).
TITLE_OPEN_ENDS = (
    "the",
    "a",
    "an",
    "of",
    "and",
    "or",
    "its",
    "their",
    "our",
    "your",
    "der",
    "die",
    "das",
    "den",
    "dem",
    "des",
    "ein",
    "eine",
    "einen",
    "einem",
    "einer",
    "und",
    "oder",
    "le",
    "la",
    "les",
    "un",
    "une",
    "du",
    "de",
    "et",
    "el",
    "los",
    "las",
    "del",
    "y",
    "il",
    "lo",
    "gli",
    "della",
    "di",
)


#: Last words of a section's or a list's label (``Food and Drink News``, ``Latest Headlines``):
#: a short line that ends in one names a part of the site, not an article.
TITLE_SECTION_WORDS = (
    "news",
    "headlines",
    "stories",
    "articles",
    "blog",
    "nachrichten",
    "artikel",
    "meldungen",
    "actualités",
    "noticias",
)


#: Words of a consent box's text, in any language (``This site uses cookies …``, ``Wir
#: verwenden Cookies …``, ``Sn.dk anvender cookies …``): the heading over such a box (``Your
#: data, your choice``) is no headline, and no page's ``<title>`` when it opens the dump.
TITLE_CONSENT_WORDS = (
    "cookie",
    "куки",
    "privacy policy",
    "privacy settings",
    "datenschutzerklärung",
    "datenschutzeinstellungen",
    "politique de confidentialité",
    "política de privacidad",
    "informativa sulla privacy",
)

#: Buttons that only a reader comment carries (answer, report, link to it): a footer of a
#: timestamp with one of these closes a comment (a dated teaser has none).
REPLY_BUTTONS = (
    "reply",
    "reply ↓",
    "log in to reply",
    "report",
    "report abuse",
    "permalink",
    "antworten",
    "zum antworten anmelden",
    "antworten melden",
    "(comment) antworten",
    "melden",
    "répondre",
    "signaler",
    "rispondi",
    "responder",
    "responder a este comentario",
)


#: Labels before a reading time (``Lesezeit: 4 Min.``, ``Время чтения: 5 минут``, ``lecture
#: 5 min``).
READ_TIME_LABELS = (
    "reading time",
    "read time",
    "lesezeit",
    "lesedauer",
    "temps de lecture",
    "lecture",
    "tiempo de lectura",
    "lectura",
    "tempo di lettura",
    "lettura",
    "tempo de leitura",
    "leitura",
    "leestijd",
    "czas czytania",
    "время чтения",
    "время прочтения",
    "читать",
)
#: The minutes of a reading time (``4 min``, ``4 Minuten``, ``11 минут``), with or without a dot.
READ_TIME_UNITS = (
    "min",
    "mins",
    "minute",
    "minutes",
    "minuten",
    "minuti",
    "minuto",
    "minutos",
    "minut",
    "minuty",
    "minuut",
    "мин",
    "минута",
    "минуты",
    "минут",
)
#: Words after a reading time's minutes (``11 min read``, ``11 минут на прочтение``).
READ_TIME_AFTER = (
    "read",
    "reading",
    "de lecture",
    "de lectura",
    "di lettura",
    "de leitura",
    "lesen",
    "lesezeit",
    "leestijd",
    "lezen",
    "czytania",
    "на прочтение",
    "на чтение",
    "чтения",
)
