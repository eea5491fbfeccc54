"""Stage 1: bytes and odd characters to clean, stripped lines.

Decodes bytes (UTF-8, with or without BOM, UTF-16 with a BOM, else the stated fallback
cp1252), repairs UTF-8 mojibake read as cp1252 (``â€™`` -> ``’``), splits lines where ``grep -n``
and editors do (at ``\\n``, ``\\r\\n`` and a lone ``\\r`` only: a form feed, a vertical tab,
``\\x1c``-``\\x1e``, U+0085, U+2028 and U+2029 are spaces inside a line, so a defect's line
number is the one an editor shows), strips each line (no-break and other Unicode spaces count as
white space), drops zero-width characters, soft hyphens and the BOM, and replaces control
characters and lone surrogates by U+FFFD (recorded as a defect).

The common case is kept cheap: the per-line clean-up only runs on a page that holds a character
it removes or replaces, and there only on lines that ``str.isprintable`` flags.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterator
from typing import Final

from newsparse._defects import Defect, EncodingRepaired, InvalidCharacters

__all__ = ["FALLBACK_ENCODING", "decode", "split_lines"]

#: The encoding tried when bytes are not valid UTF-8.
FALLBACK_ENCODING: Final = "cp1252"

_INVISIBLE: Final = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_CONTROL: Final = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x9f\ud800-\udfff]")
# A UTF-8 sequence misread as cp1252: a lead byte (Â..ô) and one to three continuation bytes.
_MOJIBAKE: Final = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,3}"
)
#: Where a line ends: ``\\r\\n``, a lone ``\\r`` or ``\\n`` (what ``grep -n`` and editors count).
_BREAK: Final = re.compile(r"\r\n?|\n")
#: The characters ``str.splitlines`` also breaks at: white space inside a line here.
_OTHER_BREAKS: Final = str.maketrans(dict.fromkeys("\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029", " "))
#: Above this many lines, repeated lines share one string (below it, the look-ups cost more
#: time than the copies cost memory).
_SHARE_FROM: Final = 2048


def decode(data: bytes) -> tuple[str, list[Defect]]:
    """Decode page bytes: UTF-8 (BOM or not), UTF-16 with a BOM, else cp1252.

    >>> decode("Caf\\u00e9".encode("cp1252"))[0]
    'Café'
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), []
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        text = data.decode(FALLBACK_ENCODING, errors="replace")
        where = len(physical_lines(data[: exc.start].decode(FALLBACK_ENCODING, "replace"))) or 1
        if data[: exc.start].endswith((b"\n", b"\r")):
            where += 1  # (the bad byte opens a line)
        lines = physical_lines(text)
        line = lines[where - 1] if where <= len(lines) else ""
        reason = f"not UTF-8 (byte {exc.start}); decoded as {FALLBACK_ENCODING}"
        return text, [EncodingRepaired(line=where, text=line, reason=reason)]


def physical_lines(text: str) -> list[str]:
    """The text's lines as ``grep -n`` and editors number them: broken at ``\\n``, ``\\r\\n``
    and a lone ``\\r`` only (a line break at the end opens no line after it).

    >>> physical_lines("a\\r\\nb\\rc\\x0cd\\u2028e\\n")
    ['a', 'b', 'c\\x0cd\\u2028e']
    """
    lines = text.split("\n") if "\r" not in text else _BREAK.split(text)
    if lines[-1] == "":
        lines.pop()
    return lines


def _repair(match: re.Match[str]) -> str:
    chunk = match.group()
    try:
        return chunk.encode(FALLBACK_ENCODING).decode("utf-8")
    except UnicodeError:
        return chunk


def _clean(line: str, number: int, defects: list[Defect]) -> str:
    """Clean one stripped line that holds characters ``isprintable`` rejects."""
    line = _INVISIBLE.sub("", line.translate(_OTHER_BREAKS))
    if _CONTROL.search(line) is not None:
        shown = line.encode("utf-8", "backslashreplace").decode("utf-8")
        line = _CONTROL.sub("\ufffd", line)
        defects.append(
            InvalidCharacters(
                line=number,
                text=shown,
                reason="control characters or lone surrogates replaced by U+FFFD",
            )
        )
    return line.strip()


def split_lines(text: str, indents: array[int] | None = None) -> tuple[list[str], list[Defect]]:
    """Return the page's clean, stripped lines and the defects met on the way; ``indents``,
    when given, gets each line's indentation (the white space stripped from its start, in
    columns, a tab reaching the next multiple of :data:`TAB_STOP`: text browsers keep a list's
    nesting so).

    >>> split_lines("Caf\\u00c3\\u00a9\\r\\nnext\\u00a0line\\u200b ")
    (['Café', 'next\\xa0line'], [EncodingRepaired(line=1, text='CafÃ©', reason='mojibake repaired')])
    >>> indents = array("H")
    >>> split_lines("  • Ann\\n    Wet.", indents)[0], list(indents)
    (['• Ann', 'Wet.'], [2, 4])
    """
    defects: list[Defect] = []
    # (single characters first: a search for one character is far cheaper than for two)
    if "\u00c3" in text or ("\u00e2" in text and "\u00e2\u20ac" in text) or "\u00c2" in text:
        repaired = _MOJIBAKE.sub(_repair, text)
        if repaired != text:
            at, shown = _line_at(text, _first_difference(text, repaired))
            defects.append(EncodingRepaired(line=at + 1, text=shown, reason="mojibake repaired"))
            text = repaired
    lines: list[str] = []
    printable = True
    if len(text) <= _PIECE:
        raw = physical_lines(text)
        if indents is not None:
            indents.extend(_indentation(raw))
        lines = _shared(raw, {}) if len(raw) > _SHARE_FROM else list(map(str.strip, raw))
        del raw
        printable = "".join(lines).isprintable()  # (one pass in C)
    else:
        # a long page is split a piece at a time: its lines as first split, a string each,
        # are never all held at once before the repeated ones share one string
        seen: dict[str, str] = {}
        for piece in _pieces(text):
            raw = physical_lines(piece)
            if indents is not None:
                indents.extend(_indentation(raw))
            got = _shared(raw, seen)
            printable = printable and "".join(got).isprintable()
            lines.extend(got)
        del seen
    if not printable:  # (then only the lines ``isprintable`` flags)
        for i, line in enumerate(lines):
            if not line.isprintable():
                lines[i] = _clean(line, i + 1, defects)
    return lines, defects


#: An indentation wider than this is kept as this (it fits the array's two bytes).
_MAX_INDENT: Final = 0xFFFF
#: A tab in an indentation reaches the next multiple of this many columns (as terminals show it).
TAB_STOP: Final = 8


def _indentation(raw: list[str]) -> list[int]:
    """Each line's indentation in columns: the white space before its first other character."""
    return [_lead_width(line) if line[:1].isspace() else 0 for line in raw]


def _lead_width(line: str) -> int:
    """The columns of the white space that opens ``line`` (a tab reaches the next tab stop)."""
    width = len(line) - len(line.lstrip())
    if "\t" in line[:width]:
        width = len(line[:width].expandtabs(TAB_STOP))
    return min(width, _MAX_INDENT)


#: Pages longer than this many characters are split a piece of about this size at a time.
_PIECE: Final = 1 << 20


def _pieces(text: str) -> Iterator[str]:
    """The text in pieces of about ``_PIECE`` characters, each ending with a line break (but
    the last): split one by one, they give the lines of the whole text."""
    start = 0
    while start < len(text):
        found = _BREAK.search(text, start + _PIECE)
        end = found.end() if found is not None else len(text)
        yield text[start:end]
        start = end


def _shared(raw: list[str], seen: dict[str, str]) -> list[str]:
    """The stripped lines, repeated lines sharing one string: a page of 100,000 copies of the
    same line (button labels, bullets, rules) costs a list of pointers, not 100,000 strings."""
    keep = seen.setdefault
    return [keep(line, line) for line in map(str.strip, raw)]


def _first_difference(a: str, b: str) -> int:
    """The first index where two texts differ (the shorter one's length when one starts the
    other), compared a piece at a time."""
    step = 1 << 12
    i = 0
    while i < min(len(a), len(b)) and a[i : i + step] == b[i : i + step]:
        i += step
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return i


def _line_at(text: str, at: int) -> tuple[int, str]:
    """The index of the line holding character ``at`` (as :func:`physical_lines` counts) and
    that line's text."""
    start = max(text.rfind("\n", 0, at), text.rfind("\r", 0, at)) + 1
    head = text[:start]
    number = head.count("\n") + head.count("\r") - head.count("\r\n")
    found = _BREAK.search(text, at)
    return number, text[start : found.start() if found is not None else len(text)]
