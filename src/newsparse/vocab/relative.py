"""Relative times (``3 hours ago``, ``vor 2 Tagen``, ``il y a 3 jours``, ``3 часа назад``,
``3 godziny temu``, ``3 saat önce``) as data.

Each language gives the words that stand before the count (``vor``, ``il y a``, ``hace``, ``há``)
or after the unit (``ago``, ``назад``, ``fa``, ``geleden``, ``atrás``), and its unit words with
their length in seconds. :mod:`newsparse._relative` builds one pattern from these tables.

>>> UNIT_SECONDS["stunden"], UNIT_SECONDS["часа"], UNIT_SECONDS["días"]
(3600, 3600, 86400)
"""

from __future__ import annotations

from typing import Final

_SECOND: Final = 1
_MINUTE: Final = 60
_HOUR: Final = 3600
_DAY: Final = 86400
_WEEK: Final = 7 * _DAY
#: A month and a year as a relative time means: about that long (``2 months ago``); the day
#: read from it is an estimate, as the page's own wording is.
_MONTH: Final = 30 * _DAY
_YEAR: Final = 365 * _DAY

#: Unit words of each length, all languages together (lower case; a dot after an abbreviation
#: is allowed by the pattern).
_UNITS: Final[dict[int, tuple[str, ...]]] = {
    _SECOND: (
        "s",
        "sec",
        "secs",
        "second",
        "seconds",
        "sekunde",
        "sekunden",
        "sek",
        "seconde",
        "secondes",
        "segundo",
        "segundos",
        "seg",
        "secondo",
        "secondi",
        "seconde",
        "seconden",
        "секунда",
        "секунду",
        "секунды",
        "секунд",
        "сек",
        "sekunda",
        "sekundy",
        "sekund",
        "saniye",
    ),
    _MINUTE: (
        "m",
        "min",
        "mins",
        "minute",
        "minutes",
        "minuten",
        "minute",
        "minuto",
        "minutos",
        "minuti",
        "minuut",
        "minuten",
        "минута",
        "минуту",
        "минуты",
        "минут",
        "мин",
        "minuta",
        "minutę",
        "minuty",
        "minut",
        "dakika",
    ),
    _HOUR: (
        "h",
        "hr",
        "hrs",
        "hour",
        "hours",
        "std",
        "stunde",
        "stunden",
        "heure",
        "heures",
        "hora",
        "horas",
        "ora",
        "ore",
        "uur",
        "час",
        "часа",
        "часов",
        "godzina",
        "godzinę",
        "godziny",
        "godzin",
        "saat",
    ),
    _DAY: (
        "d",
        "day",
        "days",
        "tag",
        "tage",
        "tagen",
        "jour",
        "jours",
        "día",
        "días",
        "dia",
        "dias",
        "giorno",
        "giorni",
        "dag",
        "dagen",
        "день",
        "дня",
        "дней",
        "dzień",
        "dni",
        "gün",
    ),
    _WEEK: (
        "w",
        "wk",
        "wks",
        "week",
        "weeks",
        "woche",
        "wochen",
        "semaine",
        "semaines",
        "semana",
        "semanas",
        "settimana",
        "settimane",
        "weken",
        "неделя",
        "неделю",
        "недели",
        "недель",
        "tydzień",
        "tygodnie",
        "tygodni",
        "hafta",
    ),
    _MONTH: (
        "mo",
        "mos",
        "month",
        "months",
        "monat",
        "monate",
        "monaten",
        "mois",
        "mes",
        "meses",
        "mese",
        "mesi",
        "maand",
        "maanden",
        "месяц",
        "месяца",
        "месяцев",
        "miesiąc",
        "miesiące",
        "miesięcy",
        "ay",
    ),
    _YEAR: (
        "y",
        "yr",
        "yrs",
        "year",
        "years",
        "jahr",
        "jahre",
        "jahren",
        "an",
        "ans",
        "année",
        "années",
        "año",
        "años",
        "ano",
        "anos",
        "anno",
        "anni",
        "jaar",
        "jaren",
        "год",
        "года",
        "лет",
        "rok",
        "lata",
        "lat",
        "yıl",
    ),
}

#: unit word -> its length in seconds
UNIT_SECONDS: Final[dict[str, int]] = {
    word: seconds for seconds, words in _UNITS.items() for word in words
}

#: Words before the count: ``vor 2 Tagen``, ``il y a 3 jours``, ``hace 2 días``, ``há 2 dias``
#: (and the English ``about``/``posted`` that may open ``about 3 hours ago``).
BEFORE: Final = ("vor", "il y a", "hace", "há")
#: Words after the unit: ``3 hours ago``, ``3 часа назад``, ``2 ore fa``, ``2 uur geleden``,
#: ``2 dias atrás``, ``3 godziny temu``, ``3 saat önce``.
AFTER: Final = ("ago", "назад", "fa", "geleden", "atrás", "atras", "her", "temu", "önce")
#: Words that may open an English-style relative time and say nothing more (``about 3 hours
#: ago``, ``over a year ago``, ``posted 2 days ago``).
HEDGES: Final = (
    "about",
    "around",
    "almost",
    "over",
    "nearly",
    "posted",
    "etwa",
    "environ",
    "около",
)
#: Words for "one" that stand for the count (``an hour ago``, ``vor einer Stunde``,
#: ``il y a une heure``, ``hace un año``).
ONE: Final = (
    "a",
    "an",
    "one",
    "einer",
    "einem",
    "einen",
    "ein",
    "eine",
    "un",
    "une",
    "uno",
    "una",
    "um",
    "uma",
    "een",
    "bir",
)
#: A unit alone with an "ago" word counts one: ``Час назад`` (an hour ago), ``minuto fa``.
UNIT_ALONE_COUNTS: Final = 1

#: A time said as a word, relative to the reference day: ``just now``, ``gerade eben``.
JUST_NOW: Final = (
    "just now",
    "a moment ago",
    "moments ago",
    "gerade eben",
    "soeben",
    "à l'instant",
    "à l’instant",
    "justo ahora",
    "ahora mismo",
    "hace un momento",
    "há pouco",
    "há instantes",
    "een moment geleden",
    "agora mesmo",
    "adesso",
    "poco fa",
    "zojuist",
    "net",
    "только что",
    "przed chwilą",
    "az önce",
)

#: Day words relative to the reference day, in the languages the English, German and French
#: ones of :data:`newsparse.vocab.page.DAY_WORDS` do not cover (``вчера в 21:22``).
DAY_WORDS: Final[dict[str, int]] = {
    "today": 0,
    "yesterday": -1,
    "heute": 0,
    "gestern": -1,
    "aujourd'hui": 0,
    "aujourd’hui": 0,
    "hier": -1,
    "hoy": 0,
    "ayer": -1,
    "oggi": 0,
    "ieri": -1,
    "hoje": 0,
    "ontem": -1,
    "vandaag": 0,
    "gisteren": -1,
    "сегодня": 0,
    "вчера": -1,
    "dzisiaj": 0,
    "dziś": 0,
    "wczoraj": -1,
    "bugün": 0,
    "dün": -1,
}
#: Words between a day word and its time of day (``yesterday at 4:45 PM``, ``вчера в 21:22``).
AT: Final = ("at", "um", "à", "a las", "a la", "alle", "às", "om", "в", "o")

#: A social widget's compact age, a count glued to a letter or two or before a short unit with
#: no "ago" word (``2h``, ``5d``, ``1w``, ``3y``, ``3 hrs``, ``5 days``), read only as a piece of
#: its own in a comment's header or footer (``Like · Reply · 2w``, ``Ysolde · 1d``): unit -> its
#: length in seconds (``m`` is minutes, ``mo`` months, as those widgets write them); a dot may
#: follow an abbreviation (the German plugin's ``2 Std.``, ``3 Wo.``).
COMPACT_UNITS: Final[dict[str, int]] = {
    "s": _SECOND,
    "m": _MINUTE,
    "min": _MINUTE,
    "mins": _MINUTE,
    "h": _HOUR,
    "hr": _HOUR,
    "hrs": _HOUR,
    "d": _DAY,
    "day": _DAY,
    "days": _DAY,
    "w": _WEEK,
    "wk": _WEEK,
    "wks": _WEEK,
    "mo": _MONTH,
    "mos": _MONTH,
    "y": _YEAR,
    "yr": _YEAR,
    "yrs": _YEAR,
    "std": _HOUR,
    "tg": _DAY,
    "wo": _WEEK,
    "mon": _MONTH,
    "sem": _WEEK,
}
