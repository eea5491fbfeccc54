"""Comment systems the dev set does not hold, in every converter's rendering (issue #17).

The release check scores comments on systems and sites the project has never seen; these are
invented threads in the layouts of common ones (a social network's comment plugin, the news
sites' talk widgets, a GitHub-issue thread, small self-hosted widgets, and news sites in Italian,
Portuguese, Dutch and German with relative times). Each is written as the page's elements and
rendered by the six converters of :mod:`tests.test_comment_renderings` (read its header for how
each renders them). Names, words and times are the tests' own; no page here is copied.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

import newsparse

from .test_comment_renderings import (
    CONVERTERS,
    DAY,
    HOUR,
    IMG,
    INDENTING,
    REF,
    B,
    Family,
    L,
    Line,
    Post,
    T,
    _parents,
)

MINUTE = timedelta(minutes=1)
WEEK = 7 * DAY

ARTICLE_EN = (
    "Harrowgate Evening Ledger",
    "",
    "  • Local",
    "  • Weather",
    "",
    "Orchard growers count the cost of a late frost",
    "",
    "A night of frost in the last week of April has blackened the blossom in most of the valley's "
    "pear orchards, growers said, and some expect to pick less than half of last year's crop.",
    "",
    "The cooperative will ask the council for help with the cost of the smudge pots it lit.",
    "",
)


# --- a social network's comment plugin: name, text, then ``Like · Reply · 2d`` below it ----------


def _plugin_post(
    name: str,
    ago: str,
    back: timedelta,
    *paras: str,
    buttons: tuple[str, str] = ("Like", "Reply"),
    avatar: bool = True,
) -> Post:
    """A comment of the plugin: the avatar (or none) and the name, the text, then the buttons
    and the age on one line under it (``Like · Reply · 2d``)."""
    like, reply = buttons
    return Post(
        depth=0,
        author=name,
        posted=REF - back,
        header=((IMG(name), L(name)) if avatar else (L(name),),),
        paragraphs=paras,
        footer=((L(like), T("·"), L(reply), T("·"), L(ago)),),
    )


PLUGIN_POSTS = (
    _plugin_post(
        "Dorrit Calloway", "2w", 2 * WEEK, "My grandfather lost a whole crop the same way."
    ),
    _plugin_post(
        "Emrys Pollard", "5d", 5 * DAY, "Smudge pots work if you light them early enough."
    ),
    _plugin_post("Saoirse Quint", "2d", 2 * DAY, "Will the pears in the shops cost more now?"),
    _plugin_post(
        "Beno Garrick",
        "9h",
        9 * HOUR,
        "Fans would have saved them. Every grower I know has one now.",
    ),
)
PLUGIN = Family(
    name="comment plugin",
    intro=ARTICLE_EN,
    heading="4 comments",
    posts=PLUGIN_POSTS,
    reply_to=(None,) * len(PLUGIN_POSTS),
    by_nesting=False,
)


# --- a news site's talk widget: ``Name`` / ``3 hours ago`` / text / ``Reply Share Report`` -------


def _talk_post(depth: int, name: str, ago: str, back: timedelta, *paras: str) -> Post:
    return Post(
        depth=depth,
        author=name,
        posted=REF - back,
        header=((L(name),), (T(ago),)),
        paragraphs=paras,
        footer=((L("Reply"), L("Share"), L("Report")),),
    )


TALK_POSTS = (
    _talk_post(0, "wheelwright", "6 hours ago", 6 * HOUR, "The same frost got the cherries too."),
    _talk_post(
        1, "Ottilie Brand", "5 hours ago", 5 * HOUR, "Not on our side of the hill, luckily."
    ),
    _talk_post(
        0,
        "Casimir Ruhl",
        "3 hours ago",
        3 * HOUR,
        "Growers get no help when prices are high, why now?",
    ),
    _talk_post(
        1, "wheelwright", "2 hours ago", 2 * HOUR, "Because a bad year can close a farm for good."
    ),
    _talk_post(
        0,
        "perrymaker",
        "45 minutes ago",
        45 * MINUTE,
        "Buy local pears this autumn, whatever they cost.",
    ),
)
TALK = Family(
    name="talk widget",
    intro=ARTICLE_EN,
    heading="5 Comments",
    posts=TALK_POSTS,
    reply_to=_parents([p.depth for p in TALK_POSTS]),
    by_nesting=True,
)


# --- a conversation widget: ``Name · 2h`` / text / ``Reply`` / ``Like 5`` -------------------------


def _conversation_post(name: str, ago: str, back: timedelta, likes: int, *paras: str) -> Post:
    return Post(
        depth=0,
        author=name,
        posted=REF - back,
        header=((IMG(name),), (L(name), T("·"), T(ago))),
        paragraphs=paras,
        footer=((L("Reply"),), (L("Like"), T(str(likes)))),
    )


CONVERSATION_POSTS = (
    _conversation_post("Ysolde", "1d", DAY, 5, "Frost in late April is no longer rare here."),
    _conversation_post("Barnaby Tull", "20h", 20 * HOUR, 2, "The council has no money for this."),
    _conversation_post(
        "harvestmoon", "2h", 2 * HOUR, 0, "Insurance should cover it, that is what it is for."
    ),
)
CONVERSATION = Family(
    name="conversation widget",
    intro=ARTICLE_EN,
    heading="3 Comments",
    posts=CONVERSATION_POSTS,
    reply_to=(None,) * len(CONVERSATION_POSTS),
    by_nesting=False,
)


# --- a GitHub-issue thread under a blog post: ``alice commented on Mar 3, 2021`` / text ---------

ARTICLE_BLOG = (
    "notes from a small workshop",
    "",
    "  • Posts",
    "  • About",
    "",
    "Why my lathe hums at one speed only",
    "",
    "For weeks the lathe hummed loudly at exactly one spindle speed; the culprit turned out to be "
    "a loose belt guard that rang like a bell whenever the motor passed through its note.",
    "",
)


def _issue_post(name: str, when: datetime, *paras: str) -> Post:
    return Post(
        depth=0,
        author=name,
        posted=when,
        header=(
            (IMG(f"@{name}"),),
            (L(name), T("commented on"), L(f"{when:%b} {when.day}, {when.year}")),
        ),
        paragraphs=paras,
    )


ISSUE_POSTS = (
    _issue_post("tinkerbolt", datetime(2021, 3, 3), "Mine did the same. A strip of felt fixed it."),
    _issue_post("marguerite-k", datetime(2021, 3, 9), "Was it the guard or the belt itself?"),
    _issue_post("quenby", datetime(2021, 4, 17), "Great write-up, I checked my own guard tonight."),
)
ISSUE = Family(
    name="issue thread",
    intro=ARTICLE_BLOG,
    heading="3 comments",
    posts=ISSUE_POSTS,
    reply_to=(None,) * len(ISSUE_POSTS),
    by_nesting=False,
)


# --- a small self-hosted widget: ``Name · 3 days ago`` / text / ``Reply`` ------------------------


def _widget_post(depth: int, name: str, ago: str, back: timedelta, *paras: str) -> Post:
    return Post(
        depth=depth,
        author=name,
        posted=REF - back,
        header=((B(name), T("·"), L(ago)),),
        paragraphs=paras,
        footer=((L("Reply"),),),
    )


WIDGET_POSTS = (
    _widget_post(
        0, "Anselm", "3 weeks ago", 3 * WEEK, "A belt guard! I would never have looked there."
    ),
    _widget_post(
        1, "Wren Okoro", "3 days ago", 3 * DAY, "Same here, I was about to replace the bearings."
    ),
    _widget_post(
        0, "lumberjill", "10 hours ago", 10 * HOUR, "Good to know the felt trick works on metal."
    ),
)
WIDGET = Family(
    name="self-hosted widget",
    intro=ARTICLE_BLOG,
    heading="3 Comments",
    posts=WIDGET_POSTS,
    reply_to=_parents([p.depth for p in WIDGET_POSTS]),
    by_nesting=True,
)


# --- news sites in Italian, Portuguese, Dutch and German, with relative times -------------------


def _news_post(name: str, ago: str, back: timedelta, buttons: tuple[str, ...], *paras: str) -> Post:
    footer: tuple[Line, ...] = tuple((L(b),) for b in buttons)
    return Post(
        depth=0,
        author=name,
        posted=REF - back,
        header=((B(name),), (T(ago),)),
        paragraphs=paras,
        footer=footer,
    )


ARTICLE_IT = (
    "Gazzetta della Valle",
    "",
    "  • Cronaca",
    "  • Economia",
    "",
    "La gelata di aprile brucia i fiori dei peri",
    "",
    "Una notte di gelo a fine aprile ha bruciato i fiori nella maggior parte dei frutteti della "
    "valle, dicono i coltivatori, che temono un raccolto dimezzato.",
    "",
)
IT_BUTTONS = ("Rispondi", "Segnala")
IT_POSTS = (
    _news_post(
        "Ottavio Brambilla",
        "2 giorni fa",
        2 * DAY,
        IT_BUTTONS,
        "Anche da noi le albicocche sono perse.",
    ),
    _news_post(
        "lucciola", "5 ore fa", 5 * HOUR, IT_BUTTONS, "Servono reti antigelo, non promesse."
    ),
    _news_post(
        "Clelia Fumagalli",
        "2 ore fa",
        2 * HOUR,
        IT_BUTTONS,
        "Mio nonno accendeva i fuochi tra i filari.",
    ),
)
ITALIAN = Family(
    name="italian",
    intro=ARTICLE_IT,
    heading="3 commenti",
    posts=IT_POSTS,
    reply_to=(None,) * len(IT_POSTS),
    by_nesting=False,
)

ARTICLE_PT = (
    "Jornal do Vale",
    "",
    "  • Região",
    "  • Agricultura",
    "",
    "Geada tardia queima a flor das pereiras",
    "",
    "Uma noite de geada no fim de abril queimou a flor da maior parte dos pomares do vale, "
    "dizem os produtores, que contam colher menos de metade do ano passado.",
    "",
)
PT_BUTTONS = ("Responder", "Denunciar")
PT_POSTS = (
    _news_post(
        "Joaquim Saraiva",
        "há 3 dias",
        3 * DAY,
        PT_BUTTONS,
        "Na minha aldeia perdeu-se também a cereja.",
    ),
    _news_post(
        "Leonor Azevedo", "há 3 horas", 3 * HOUR, PT_BUTTONS, "Os seguros nunca pagam estas coisas."
    ),
    _news_post(
        "pomareiro",
        "há 40 minutos",
        40 * MINUTE,
        PT_BUTTONS,
        "Quem planta pera rocha sabe o risco que corre.",
    ),
)
PORTUGUESE = Family(
    name="portuguese",
    intro=ARTICLE_PT,
    heading="3 comentários",
    posts=PT_POSTS,
    reply_to=(None,) * len(PT_POSTS),
    by_nesting=False,
)

ARTICLE_NL = (
    "Dagblad van de Betuwe",
    "",
    "  • Regio",
    "  • Landbouw",
    "",
    "Late nachtvorst treft perenbloesem in de Betuwe",
    "",
    "Een nacht met vorst eind april heeft de bloesem in de meeste perenboomgaarden zwart gekleurd, "
    "zeggen telers, die op minder dan de helft van de oogst van vorig jaar rekenen.",
    "",
)
NL_BUTTONS = ("Reageer", "Rapporteer")
NL_POSTS = (
    _news_post(
        "Gerrit Mulderij",
        "4 dagen geleden",
        4 * DAY,
        NL_BUTTONS,
        "Bij ons hebben de sproeiers het gered.",
    ),
    _news_post(
        "Fenna", "3 uur geleden", 3 * HOUR, NL_BUTTONS, "Dan worden de peren dit najaar weer duur."
    ),
    _news_post(
        "boomgaardbaas",
        "25 minuten geleden",
        25 * MINUTE,
        NL_BUTTONS,
        "Beregenen tegen vorst kost ook een vermogen.",
    ),
)
DUTCH = Family(
    name="dutch",
    intro=ARTICLE_NL,
    heading="3 reacties",
    posts=NL_POSTS,
    reply_to=(None,) * len(NL_POSTS),
    by_nesting=False,
)

ARTICLE_DE = (
    "Talbote am Abend",
    "",
    "  • Region",
    "  • Wirtschaft",
    "",
    "Späte Nachtfröste zerstören die Birnenblüte",
    "",
    "Eine Frostnacht Ende April hat in den meisten Birnenanlagen des Tals die Blüten erfrieren "
    "lassen, sagen die Obstbauern, die mit weniger als der Hälfte der Vorjahresernte rechnen.",
    "",
)
DE_BUTTONS = ("Antworten", "Melden")
DE_POSTS = (
    _news_post(
        "Hildegard Wenzel",
        "vor 3 Tagen",
        3 * DAY,
        DE_BUTTONS,
        "Bei uns am Hang ist zum Glück nichts erfroren.",
    ),
    _news_post(
        "Obstler",
        "vor 2 Stunden",
        2 * HOUR,
        DE_BUTTONS,
        "Frostberegnung kostet viel Wasser, das fehlt im Sommer.",
    ),
    _news_post(
        "Konstantin Riedl",
        "vor 15 Minuten",
        15 * MINUTE,
        DE_BUTTONS,
        "Dann kaufe ich im Herbst eben Äpfel.",
    ),
)
GERMAN = Family(
    name="german",
    intro=ARTICLE_DE,
    heading="3 Kommentare",
    posts=DE_POSTS,
    reply_to=(None,) * len(DE_POSTS),
    by_nesting=False,
)


# --- a Russian social widget: name, text, then ``2 часа назад · Ответить`` under it -------------

ARTICLE_RU = (
    "Вечерний Посад",
    "",
    "  • Город",
    "  • Сады",
    "",
    "Поздние заморозки побили цвет груш",
    "",
    "Ночные заморозки в конце апреля побили цвет в большинстве грушевых садов долины, говорят "
    "садоводы, и урожай в этом году будет вдвое меньше прошлогоднего.",
    "",
)


def _social_ru_post(name: str, ago: str, back: timedelta, *paras: str) -> Post:
    return Post(
        depth=0,
        author=name,
        posted=REF - back,
        header=((IMG(name),), (L(name),)),
        paragraphs=paras,
        footer=((T(ago), T("·"), L("Ответить")),),
    )


SOCIAL_RU_POSTS = (
    _social_ru_post(
        "Ефросинья Лаптева", "2 дня назад", 2 * DAY, "У нас на даче тоже всё почернело."
    ),
    _social_ru_post(
        "Тимофей Гусляр", "5 часов назад", 5 * HOUR, "Дымом надо было окуривать, как деды."
    ),
    _social_ru_post("Варвара Клён", "час назад", HOUR, "Хорошо, что яблони ещё не зацвели."),
)
SOCIAL_RU = Family(
    name="russian social widget",
    intro=ARTICLE_RU,
    heading="3 комментария",
    posts=SOCIAL_RU_POSTS,
    reply_to=(None,) * len(SOCIAL_RU_POSTS),
    by_nesting=False,
)


# --- a video site's comments: ``@handle 2 hours ago`` / text / ``12`` ``Reply`` -----------------


def _video_post(handle: str, ago: str, back: timedelta, likes: int, *paras: str) -> Post:
    return Post(
        depth=0,
        author=f"@{handle}",
        posted=REF - back,
        header=((L(f"@{handle}"), T(ago)),),
        paragraphs=paras,
        footer=((T(str(likes)), L("Reply")),),
    )


VIDEO_POSTS = (
    _video_post(
        "orchardkeeper", "3 days ago", 3 * DAY, 12, "We lit straw bales all night, it worked."
    ),
    _video_post("pearly_gates", "1 day ago", DAY, 4, "The drone shots of the frost are amazing."),
    _video_post("GrowerGwen", "2 hours ago", 2 * HOUR, 0, "Anyone know if the apples got hit too?"),
)
VIDEO = Family(
    name="video comments",
    intro=ARTICLE_EN,
    heading="3 Comments",
    posts=VIDEO_POSTS,
    reply_to=(None,) * len(VIDEO_POSTS),
    by_nesting=False,
)


# --- an older comment plugin: ``Like · Reply · 3 hrs`` (the unit's word, no "ago") --------------


OLD_PLUGIN_POSTS = (
    _plugin_post(
        "Perpetua Marsh",
        "2 yrs",
        2 * 365 * DAY,
        "This happened in my village in the eighties.",
        avatar=False,
    ),
    _plugin_post(
        "Lorcan Deeley",
        "5 days",
        5 * DAY,
        "The orchards on the south slope were spared.",
        avatar=False,
    ),
    _plugin_post(
        "Wilhelmina Stroud",
        "3 hrs",
        3 * HOUR,
        "Pears will be dear this winter, mark my words.",
        avatar=False,
    ),
)
OLD_PLUGIN = Family(
    name="older comment plugin",
    intro=ARTICLE_EN,
    heading="3 comments",
    posts=OLD_PLUGIN_POSTS,
    reply_to=(None,) * len(OLD_PLUGIN_POSTS),
    by_nesting=False,
)


# --- the comment plugin in German: ``Gefällt mir · Antworten · 2 Std.`` ---------------------------


def _plugin_de_post(name: str, ago: str, back: timedelta, *paras: str) -> Post:
    return _plugin_post(name, ago, back, *paras, buttons=("Gefällt mir", "Antworten"), avatar=False)


PLUGIN_DE_POSTS = (
    _plugin_de_post(
        "Irmgard Pfeilschifter", "3 Wo.", 3 * WEEK, "Bei uns im Ort hat es die Kirschen erwischt."
    ),
    _plugin_de_post("Ansgar Voß", "2 Std.", 2 * HOUR, "Frostkerzen kosten leider ein Vermögen."),
    _plugin_de_post(
        "Kunigunde Maier", "5 Min.", 5 * MINUTE, "Dann gibt es dieses Jahr eben Apfelmus."
    ),
)
PLUGIN_DE = Family(
    name="german comment plugin",
    intro=ARTICLE_DE,
    heading="3 Kommentare",
    posts=PLUGIN_DE_POSTS,
    reply_to=(None,) * len(PLUGIN_DE_POSTS),
    by_nesting=False,
)


FAMILIES = {
    f.name: f
    for f in (
        PLUGIN,
        TALK,
        CONVERSATION,
        ISSUE,
        WIDGET,
        ITALIAN,
        PORTUGUESE,
        DUTCH,
        GERMAN,
        SOCIAL_RU,
        VIDEO,
        OLD_PLUGIN,
        PLUGIN_DE,
    )
}
CASES = [(f, c) for f in FAMILIES for c in CONVERTERS]


def _parse(family: str, converter: str) -> newsparse.Article:
    return newsparse.parse(CONVERTERS[converter](FAMILIES[family]), reference_time=REF)


# --- tests -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("family", "converter"),
    [
        (f, c)
        for f, fam in FAMILIES.items()
        for c in INDENTING
        if fam.by_nesting and any(r is not None for r in fam.reply_to)
    ],
)
def test_reply_to_by_nesting(family: str, converter: str) -> None:
    article = _parse(family, converter)
    assert tuple(c.reply_to for c in article.comments) == FAMILIES[family].reply_to
