"""Cheap tests before costly ones skip nothing the costly path accepts: each pre-check is
compared with the full computation it guards (written out here as it was before)."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from hypothesis import given
from hypothesis import strategies as st

from newsparse import _cues as cues
from newsparse import _dates, _normalize
from newsparse import _generic as G
from newsparse import _text as X
from newsparse import _title as T
from newsparse._memo import forget_pages
from newsparse._patterns import spaced_phrases
from newsparse.vocab import comments as C
from newsparse.vocab import page as V

#: Lines of the kinds the pre-checks look at: headings, comment counts, bullets, dates,
#: numbers joined by dots and slashes, curly marks and a backtick, CJK.
_PIECES = st.sampled_from(
    [
        "",
        "Related",
        "3 comments",
        "Comments (2)",
        "More in Sport",
        "© 2024 Gazette",
        "• item",
        "* Item two",
        "1. First",
        "the rain fell on the town, and",
        "Rain at last for the valley farms",
        "May 2, 2024",
        "11.03.17",
        "3/9/24 6pm",
        "2019年11月20日",
        "version 1.2",
        "`Quoted` head",
        "“Curly” head",
        "Ünïcode Ärger",
        "x",
        "read more",
    ]
)
_LINES = st.lists(
    st.one_of(_PIECES, st.text(alphabet="ab Ab.,/:•*-1290年`“é", max_size=30)), max_size=14
)


#: Every character of the vocabularies whose case-blind patterns the pre-checks stand for.
_VOCAB_LETTERS = frozenset(
    "".join(
        (
            *V.MONTHS,
            *V.TEASER_CALLS,
            "cred",
            *V.AUTHOR_BOX_LINKS,
            *V.PORTRAIT_WORDS,
            *V.REPLY_BUTTONS,
            "•☆*t",
            *V.UPDATED_LABELS,
            *V.COMMENT_HEADINGS,
            *V.BODY_END_MARKERS,
        )
    ).lower()
)


@functools.cache
def _case_blind_universe() -> frozenset[str]:
    """Every character that a case-blind class of the vocabularies' letters matches (one pass
    over all of Unicode, shared by the tests below)."""
    klass = re.compile(
        "[" + "".join(re.escape(c) for c in sorted(_VOCAB_LETTERS)) + "]", re.IGNORECASE
    )
    return frozenset(
        chr(code)
        for code in range(0x110000)
        if not 0xD800 <= code < 0xE000 and klass.fullmatch(chr(code))
    )


def _case_mates(letters: Iterable[str]) -> list[str]:
    """The characters that a case-blind pattern takes for one of ``letters``."""
    wanted = set(letters)
    assert wanted <= _VOCAB_LETTERS | {c.upper() for c in _VOCAB_LETTERS}, wanted
    klass = re.compile("[" + "".join(re.escape(c) for c in sorted(wanted)) + "]", re.IGNORECASE)
    return [char for char in _case_blind_universe() if klass.fullmatch(char)]


def _barrier(cleaned: Sequence[str], a: int, b: int) -> int:
    """The barrier of a block as read line by line (what the block's first line now tells)."""
    for x in range(a, b):
        found = G._barrier_line(cleaned[x]) if x == a else G._inner_barrier(cleaned, x)
        if found:
            return found
    return 0


@given(_LINES)
def test_a_blocks_barrier_is_its_first_lines(lines: list[str]) -> None:
    cleaned = [line.strip() for line in lines]
    junk = [False] * len(cleaned)
    for a, b in G._blocks(cleaned, junk):
        assert G._barrier_line(cleaned[a]) == _barrier(cleaned, a, b)


def _repeated_line(cleaned: Sequence[str], a: int, b: int) -> bool:
    if b - a < 3:
        return False
    counts = Counter(
        text[m.end() :] if (m := X.BULLET_LEAD.match(text)) else text
        for text in (cleaned[x] for x in range(a, b))
        if len(text) >= 20 and 2 * sum(map(str.isalpha, text)) >= len(text)
    )
    return bool(counts) and max(counts.values()) >= 3


_REPEATS = st.lists(
    st.sampled_from(
        [
            "• Rain at last for the valley",
            "* Rain at last for the valley",
            "Rain at last for the valley",
            "• 1234567890 1234567890 12345",
            "1234567890 1234567890 12345",
            "short",
            "Another line of words here",
        ]
    ),
    max_size=10,
)


@given(_REPEATS)
def test_a_repeated_line_is_found_as_before(cleaned: list[str]) -> None:
    assert G._repeated_line(cleaned, 0, len(cleaned)) == _repeated_line(cleaned, 0, len(cleaned))


def _says_itself_twice(text: str) -> bool:
    if len(text) < 300:
        return False
    runs = G._word_runs(text)
    return 3 * (len(runs) - len(set(runs))) >= len(runs)


@given(st.lists(st.sampled_from(["rain", "fell", "on", "the", "town", "Rain", "x"]), max_size=160))
def test_a_block_said_twice_is_found_as_before(words: list[str]) -> None:
    for text in (" ".join(words), " ".join(words + words), " ".join(words[:20] * 5)):
        assert G._says_itself_twice(text) == _says_itself_twice(text)


@given(
    st.text(max_size=6),
    st.lists(st.text(min_size=1, max_size=20), min_size=1, max_size=4),
    st.sampled_from(["", "\u0301", "\u00a8", " ", "ﬁ", "é", "\u1100\u1161"]),
)
def test_a_line_that_may_not_open_the_title_opens_no_form_of_it(
    start: str, forms: list[str], mark: str
) -> None:
    heads = {T._title_key(f): 4 for f in forms if T._title_key(f)}
    lines = (start, start + " Rain at last", forms[0], forms[0][:5], "`" + start)
    for line in (*lines, *(line[:1] + mark + line[1:] for line in lines)):
        text = line.strip()
        if not text or not heads:
            continue
        key = T._title_key(text)
        opens = bool(key) and any(h.startswith(key) for h in heads)
        if opens:
            assert T._may_open(text, T._key_firsts(heads))


_FULL_DATE = re.compile(_dates._MOMENT, re.IGNORECASE)


@given(st.text(alphabet="0123456789./- :年月日Mayjunde,", max_size=24))
def test_a_text_the_date_digits_skip_holds_no_date(text: str) -> None:
    if _dates._DATE_DIGITS.search(text) is None:
        assert _FULL_DATE.search(text) is None
        assert _dates.find_date(text) is None
    if _dates._DIGIT_SEP.search(text) is None:
        assert _dates._NUMERIC_DATE.search(text) is None
    if _dates._YEAR_DIGITS.search(text) is None:
        assert all(
            m.group("mon") is None and m.group("mon2") is None
            for m in _dates._ANYWHERE.finditer(text)
        )


@given(st.text(alphabet="0123456789./- :,amp年月日MayNov", max_size=24))
def test_the_day_order_changes_no_date_without_numbers_joined(text: str) -> None:
    """The day order is only read for a line with two numbers joined by a dot or a slash."""
    from newsparse import _generic_header as H

    if H._NUMBERS_JOINED.search(text) is None:
        plain = _dates.find_date(text)
        assert _dates.find_date(text, day_first=True) == plain
        assert _dates.find_date(text, day_first=False) == plain
    order = H._DayOrder(["25/11/2019"])
    assert H._first_date(text, None, order) == _dates.find_date(text, day_first=True)


@given(st.text(alphabet="ab 日本語。、éX", max_size=20))
def test_the_cjk_count_is_the_patterns_and_forgotten_at_each_parse(text: str) -> None:
    import newsparse
    from newsparse import _memo

    _memo.forget_pages()
    assert X.cjk_count(text) == len(X.CJK.findall(text)) == X.cjk_count(text)
    X.CJK_COUNTS["日本語 stale"] = 99
    newsparse.parse("Rain at last\n\nIt rained on the town.\n")
    assert "日本語 stale" not in X.CJK_COUNTS


@given(st.text(alphabet="aJ .'-1²٣é\u00a0", max_size=16))
def test_a_name_looks_like_one_as_before(text: str) -> None:
    from newsparse._lines import _NAME_WORD, looks_like_name

    words = text.split()
    before = (
        1 <= len(words) <= 5
        and not any(c.isdigit() for c in text)
        and words[0][:1].isupper()
        and all(_NAME_WORD.fullmatch(w) for w in words)
    )
    assert looks_like_name(text) == bool(before)


def test_the_month_pre_check_misses_no_month_the_case_blind_search_finds() -> None:
    """Every character that the case-blind month search takes for a month's letter lowers to
    that letter, or is one of the odd ones that send the text to the case-blind search."""
    letters = {c for name in V.MONTHS for c in name.lower()}
    for char in _case_mates(letters):
        if char.lower() not in letters:
            assert _dates._CASE_ODD.fullmatch(char), hex(ord(char))


@given(st.text(alphabet="0123456789 .aprilAPRİLımaySſeptжовтняДекабряЧᲀᲂᲃ", max_size=24))
def test_a_month_is_named_as_the_case_blind_search_finds(text: str) -> None:
    found = _dates._MONTH_NAME.search(text) is not None
    assert _dates._names_month(text) or not found


@given(
    st.text(alphabet="Jane Do\u00a0\t", max_size=12),
    st.sampled_from(["", "View Profile", "more articles", "PROFILE", "profilé", "alle Artikel"]),
    st.text(alphabet=" \u00a0\t.x", max_size=4),
)
def test_a_profile_link_is_found_where_the_full_search_finds_it(
    name: str, link: str, tail: str
) -> None:
    from newsparse import _generic_header as H

    for text in (name + link + tail, name + " " + link + tail, link + tail + name):
        fast, full = H._profile_link(text), H._PROFILE_LINK.search(text)
        assert (fast and fast.span()) == (full and full.span())


def test_a_teaser_call_ends_in_a_character_of_the_pre_check() -> None:
    """Every character the case-blind call pattern takes for a call's last letter is in
    ``_CALL_LAST`` (so a text without one among its last five characters ends in no call)."""
    for char in _case_mates({call[-1] for call in V.TEASER_CALLS}):
        assert char in G._CALL_LAST, hex(ord(char))


@given(
    st.text(alphabet="ab .,!", max_size=8),
    st.sampled_from(["", "Read more", "READ NOW", "weiterleſen", "Leer más"]),
    st.text(alphabet=" .!»\n\u2026_1", max_size=5),
)
def test_a_teaser_call_is_found_as_the_pattern_finds_it(head: str, call: str, tail: str) -> None:
    for text in (head + " " + call + tail, call + tail, head + tail, head + call):
        assert G._ends_in_call(text) == (G._CALL_END.search(text[-30:]) is not None)


def test_no_other_letter_stands_for_those_of_cred() -> None:
    """The caption pre-check looks for "cred" in the lower-cased text: no character that the
    case-blind pattern takes for one of these letters lowers to another."""
    for char in _case_mates("cred"):
        assert char.lower() in "cred", hex(ord(char))


_CREDIT_LINES = st.sampled_from(
    [
        "Photo: Jane Doe",
        "Image by Jane",
        "A view of the bay Getty Images",
        "The bay (Photo: Jane Doe/AP).",
        "A harbour - Jane Doe/City Archive",
        "In Paris Jane Doe/Reuters",
        "2of4A shopper looks on",
        "Image caption A shopper",
        "Credit: Jane Doe",
        "Mehr lesen",
        "shutterstock).",
        "x gettyimages.",
    ]
)


@given(st.text(alphabet="ab ()/.:-\nPI", max_size=10), _CREDIT_LINES, st.booleans())
def test_credits_and_captions_are_read_as_the_patterns_read_them(
    noise: str, line: str, before: bool
) -> None:
    for text in (noise + line if before else line + noise, line, noise):
        assert X.is_credit(text) == (X._CREDIT.match(text) is not None)
        assert G._is_caption(text) == (G._CAPTION.match(text) is not None)


def _clean(line: str) -> str:
    """The line cleaner as it read before its patterns were pre-checked."""
    if "](" in line or "**" in line or "\\" in line or line.startswith(("#", "[")):
        line = G._MD_IMAGE.sub("", line)
        line = G._MD_LINK.sub(r"\1", line)
        tail = G._MD_LINK_TAIL.match(line)
        if tail is not None:
            line = line[tail.end() :]
        elif line.startswith("[") and "]" not in line:
            line = line[1:]
        line = G._MD_EMPH.sub(r"\2", line)
        line = G._MD_ESCAPE.sub(r"\1", line)
        m = G._MD_HEADING.match(line)
        if m:
            line = line[m.end() :]
    line = G._MD_ITALIC.sub(G._emphasised, line)
    if "<" in line:
        tag = G._TAG_TAIL.search(line)
        if tag is not None:
            line = line[: tag.start()]
    return line.strip()


@given(st.text(alphabet="#[]()!*_\\ ab<>=x.", max_size=30))
def test_a_line_is_cleaned_as_before(line: str) -> None:
    assert G.clean(line) == _clean(line)


@given(
    st.lists(
        st.sampled_from(["[x](/a)", "![i](/p.png)", "**b**", "__u__", "\\*", "# ", "]("]),
        max_size=5,
    ),
    st.text(alphabet="ab ", max_size=5),
)
def test_a_markdown_line_is_cleaned_as_before(parts: list[str], words: str) -> None:
    for line in ("".join(parts) + words, words + "".join(parts), "".join(parts)):
        assert G.clean(line) == _clean(line)


@given(st.text(alphabet="htps:/w.x W", max_size=20))
def test_a_web_address_is_found_as_the_pattern_finds_it(text: str) -> None:
    assert X.linkish(text) == (X._LINKISH.search(text) is not None)


@given(
    st.sampled_from(["", "• ", "1. ", "_"]),
    st.lists(st.sampled_from(["Jane", "Doe", "Ann", "(@jd)", "_Jane", "Doe_"]), max_size=5),
    st.sampled_from(["is", "_is_", "ist", "est", "was", "is_"]),
    st.sampled_from([" a staff writer.", " the editor", ""]),
)
def test_a_bio_line_has_its_verb_early(lead: str, name: list[str], verb: str, rest: str) -> None:
    from newsparse import _generic_header as H

    text = lead + " ".join([*name, verb]) + rest
    for line, above in ((text, ""), (verb + rest, " ".join(name))):
        full = H._plain(H._LIST_LEAD.sub("", line, count=1))
        if above and H._BIO_REST.match(line):
            full = H._plain(H._LIST_LEAD.sub("", above + " " + line, count=1))
        if H._BIO.match(full) is not None:
            assert H._bio_verb_early(line)


def test_an_author_box_link_ends_in_a_character_of_the_pre_check() -> None:
    """Every character the case-blind link pattern takes for a link's last letter is in
    ``_LINK_LAST``."""
    from newsparse import _generic_header as H

    for char in _case_mates({link[-1] for link in V.AUTHOR_BOX_LINKS}):
        assert char in H.LINK_LAST, hex(ord(char))


_NOTICE_BITS = st.sampled_from(
    [*X._NOTICE_WORDS, "we use", "cookies", " in to", "sign in", "log", "privacy", "a new"]
)


@given(st.lists(st.one_of(_NOTICE_BITS, st.text(alphabet="ab .", max_size=4)), max_size=8))
def test_a_notice_is_found_as_the_whole_phrase_pattern_finds_it(parts: list[str]) -> None:
    text = "".join(parts)
    for low in (text, " ".join(parts), text.lower()):
        assert X.has_notice(low) == (X._NOTICE.search(low) is not None)
    hits = len(X._NOTICE.findall(text.lower())) if len(text) < 2000 else 0
    assert X.is_notice(text) == (hits >= (1 if len(text) < 400 else 2))
    long = text + " x" * 200
    hits = len(X._NOTICE.findall(long.lower())) if len(long) < 2000 else 0
    assert X.is_notice(long) == (hits >= (1 if len(long) < 400 else 2))


def test_a_spaced_phrase_pattern_without_phrases_finds_nothing() -> None:
    assert spaced_phrases(["cookies"]).search("cookies") is None


@given(st.text(alphabet="(BUTON)IFRAME:*+o•[]_|#━─—=-~· \u00a0\tabc", max_size=12))
def test_a_junk_line_is_found_as_the_pattern_finds_it(line: str) -> None:
    assert G.is_junk(line) == (G._JUNK_LINE.fullmatch(line) is not None)


@given(st.text(alphabet="Ab `'\"-.\t\u00a0ﬁÉß", max_size=12))
def test_a_title_key_is_the_normalised_one(text: str) -> None:
    import unicodedata

    full = unicodedata.normalize("NFKC", text).translate(T._KEY_MARKS).casefold()
    assert T._title_key(text) == "".join(full.split())


def test_the_portrait_pre_check_misses_no_odd_letter() -> None:
    from newsparse import _generic_header as H

    letters = {c for word in V.PORTRAIT_WORDS for c in word.lower()}
    for char in _case_mates(letters):
        if char.lower() not in letters:
            assert H._PORTRAIT_ODD.fullmatch(char), hex(ord(char))


@given(
    st.sampled_from(["", "jdoe-", "AVATAR ", "x"]),
    st.sampled_from(["headshot", "MugShot", "avatar", "author-photo", "heaDſhot", "none"]),
    st.sampled_from([" Jane Doe", "", "-1 Jane", " "]),
)
def test_a_portrait_is_found_as_the_pattern_finds_it(lead: str, word: str, tail: str) -> None:
    from newsparse import _generic_header as H

    for text in (lead + word + tail, tail + " " + lead + word, lead + tail):
        fast, full = H._portrait(text), H._PORTRAIT.search(text)
        assert (fast and fast.span()) == (full and full.span())


@given(st.text(alphabet="ab 0١².,·_", max_size=12), st.text(alphabet="ab 0١².,·_", max_size=12))
def test_lines_of_one_shape_both_have_figures_or_neither(a: str, b: str) -> None:
    from newsparse import _generic_header as H

    if H._shape(a) == H._shape(b):
        assert (H._DIGITS.search(a) is None) == (H._DIGITS.search(b) is None)
    assert ("0" in H._shape(a)) == (H._DIGITS.search(a) is not None)


def test_a_reply_line_opens_with_a_character_of_the_pre_check() -> None:
    from newsparse import _generic_comments as C

    for char in _case_mates({b[0] for b in V.REPLY_BUTTONS} | set("•☆*")):
        assert char in C._REPLY_FIRST, hex(ord(char))


def test_the_update_pre_check_misses_no_odd_letter() -> None:
    from newsparse import _generic_header as H

    letters = {c for word in V.UPDATED_LABELS for c in word.lower()}
    for char in _case_mates(letters):
        if char.lower() not in letters:
            assert H._UPDATED_ODD.fullmatch(char), hex(ord(char))


@given(
    st.text(alphabet="ab 1:.", max_size=6),
    st.sampled_from([*V.UPDATED_LABELS, "UPDATED", "Aktualiſiert", "none"]),
    st.text(alphabet="ab 1:.", max_size=6),
)
def test_an_update_label_is_cut_as_the_pattern_cuts(head: str, label: str, tail: str) -> None:
    from newsparse import _generic_header as H

    for text in (head + label + tail, head + " " + label + " " + tail, head + tail):
        assert H._before_update(text) == H._UPDATED_CUT.split(text, maxsplit=1)[0]
        assert H._names_update(text) or H._UPDATED_CUT.search(text) is None


@given(
    st.sampled_from(["says:", "sagt :", "SAYS:\u00a0", "says", "dit:", "x"]),
    st.text(" :", max_size=3),
)
def test_a_says_label_ends_in_its_colon(label: str, tail: str) -> None:
    from newsparse import _generic_comments as C

    text = (label + tail).strip()
    if text and C._SAYS_ALONE.fullmatch(text):
        assert text[-1] == ":"


@given(
    st.text(alphabet="Jane Do@()x\n", max_size=10),
    st.sampled_from(["", "View Profile", "more articles", "PROFILE", "@jdoe", "(@jd)", "\n"]),
)
def test_a_person_line_is_read_as_before(name: str, tail: str) -> None:
    """The profile-link and handle pre-checks skip no line the patterns match."""
    from newsparse import _generic_header as H

    text = name + " " + tail
    for core in (text, text.strip(), name + tail):
        if T._PROFILE_TAIL.search(core) is not None:
            assert core[-1:] in H.LINK_LAST or core.endswith("\n")
        if T._HANDLE_TAIL.search(core) is not None:
            assert "@" in core


def test_headings_open_with_a_character_of_the_pre_checks() -> None:
    """Every character the case-blind heading patterns take for a heading's first letter is in
    its pre-check set (the figures of a comment count aside)."""
    for phrases, extra, firsts in (
        (V.COMMENT_HEADINGS, "t", cues.COUNT_FIRST),
        (V.BODY_END_MARKERS, "", cues.END_FIRST),
    ):
        for char in _case_mates({p[0] for p in phrases if p} | set(extra)):
            assert char in firsts, hex(ord(char))


@given(
    st.sampled_from(["", "3 ", "There are 2 ", "٣ "]),
    st.sampled_from([*V.COMMENT_HEADINGS[:6], *V.BODY_END_MARKERS[:6], "comments", "x"]),
    st.text(alphabet=" (2):", max_size=4),
)
def test_a_barrier_is_read_as_the_patterns_read_it(lead: str, heading: str, tail: str) -> None:
    for text in (lead + heading + tail, (lead + heading + tail).upper(), heading.title() + tail):
        text = text.strip()
        if not text:
            continue
        if text.count(" ") < 5 and cues.closing_count(text):
            expected = 2
        elif text.count(" ") < 5 and cues.ends_body(text):
            expected = 1
        else:
            expected = None
        if expected is not None and not (len(text) <= 250 and cues.copyright_line(text)):
            assert G._barrier_line(text) == expected


_HEADING_PHRASES = st.sampled_from(
    [*V.BODY_END_MARKERS, *V.BODY_END_ALONE, *V.COMMENT_HEADINGS, *C.COUNT_NOUNS]
)
#: Lines of phrases of the vocabulary, figures, marks and case changes.
_HEADING_LINES = st.lists(
    st.one_of(
        _HEADING_PHRASES,
        _HEADING_PHRASES.map(str.upper),
        st.sampled_from(["12", "3 ", "(4)", "there are ", "_", "**", "İ", "ſ", "K", " ", ":"]),
    ),
    max_size=4,
).map(lambda parts: "".join(parts))


@given(_HEADING_LINES)
def test_the_closing_heading_gate_changes_no_answer(text: str) -> None:
    assert cues.ends_body(text) == (
        cues._BODY_END.fullmatch(
            m["inner"]
            if text[:1] in "_*" and (m := cues._EMPHASIS.fullmatch(text)) is not None
            else text
        )
        is not None
    )


@given(_HEADING_LINES)
def test_the_comments_heading_gate_changes_no_answer(text: str) -> None:
    assert (cues.comment_heading(text) is None) == (cues._HEADING.match(text) is None)


@given(st.text(alphabet='.!?…”" \tab\nCJ/', max_size=120))
def test_a_credit_is_searched_for_where_it_can_start(text: str) -> None:
    full = G._AFTER_SENTENCE.search(text)
    from_last_stop = G._AFTER_SENTENCE.search(text, max(0, *map(text.rfind, G._STOPS)))
    assert (full and full.span()) == (from_last_stop and from_last_stop.span())


@given(st.lists(st.sampled_from(["rain", "Rain", "at", "last", "the", "pier"]), max_size=40))
def test_word_runs_remembered_are_the_runs_read_again(words: list[str]) -> None:
    text = " ".join(words)
    forget_pages()
    first = G._word_runs(text)
    assert G._word_runs(text) == first == G._runs(text.lower().split())
    forget_pages()


def _plain_indentation(raw: list[str]) -> list[int]:
    """Each line's indentation as it was read before: the lead, tabs expanded, capped."""
    out = []
    for line in raw:
        lead = line[: len(line) - len(line.lstrip())]
        out.append(min(len(lead.expandtabs(_normalize.TAB_STOP)), 0xFFFF))
    return out


@given(st.lists(st.text(alphabet=st.sampled_from(" \t\u3000\x0cab"), max_size=12), max_size=8))
def test_each_lines_indentation_is_its_leads_width(raw: list[str]) -> None:
    assert _normalize._indentation(raw) == _plain_indentation(raw)
