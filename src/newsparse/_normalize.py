"""Stage 1: bytes and odd characters to clean text.

Decodes bytes (UTF-8, with or without BOM, else the stated fallback cp1252), repairs UTF-8
mojibake read as cp1252 (``â€™`` -> ``’``), makes every line break ``\\n``, turns no-break and
other Unicode spaces into plain spaces, drops zero-width characters and the BOM, and replaces
control characters and lone surrogates (recorded as defects).
"""

from __future__ import annotations

import re
from typing import Final

from newsparse._defects import Defect, EncodingRepaired, InvalidCharacters

__all__ = ["FALLBACK_ENCODING", "normalize"]

#: The encoding tried when bytes are not valid UTF-8.
FALLBACK_ENCODING: Final = "cp1252"

_ODD: Final = re.compile(
    "[\r\x00-\x08\x0b-\x1f\x7f\u0085\u00a0\u00ad\u1680\u2000-\u200f\u2028-\u202f\u205f-\u2064"
    "\u3000\ufeff\ud800-\udfff]|\u00e2\u20ac|\u00c3[\u0080-\u00bf\u2018-\u203a\u20ac]"
)
_SPACES: Final = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE: Final = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_BREAKS: Final = re.compile("\r\n?|[\x0b\x0c\x1c-\x1e\u0085\u2028\u2029]")
_CONTROL: Final = re.compile("[\x00-\x08\x0e-\x1b\x7f\ud800-\udfff]")
# A UTF-8 sequence misread as cp1252: a lead byte (Â..ô) and one to three continuation bytes.
_MOJIBAKE: Final = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,3}"
)


def decode(data: bytes) -> tuple[str, list[Defect]]:
    """Decode page bytes: UTF-8 (BOM or not), UTF-16 with a BOM, else cp1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), []
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        text = data.decode(FALLBACK_ENCODING, errors="replace")
        where = text.count("\n", 0, exc.start) + 1
        reason = f"not UTF-8 (byte {exc.start}); decoded as {FALLBACK_ENCODING}"
        return text, [
            EncodingRepaired(
                line=where, text=text.splitlines()[where - 1] if text else "", reason=reason
            )
        ]


def _repair(match: re.Match[str]) -> str:
    chunk = match.group()
    try:
        return chunk.encode(FALLBACK_ENCODING).decode("utf-8")
    except UnicodeError:
        return chunk


def normalize(text: str) -> tuple[str, list[Defect]]:
    """Return clean text (``\\n`` line breaks only) and the defects met on the way.

    >>> normalize("Caf\\u00c3\\u00a9\\r\\nnext\\u00a0line\\u200b")
    ('Café\\nnext line', [EncodingRepaired(line=1, text='CafÃ©', reason='mojibake repaired')])
    """
    defects: list[Defect] = []
    if _ODD.search(text) is None:
        return text, defects
    text = _BREAKS.sub("\n", text)
    bad = _CONTROL.search(text)
    if bad is not None:
        line = text.count("\n", 0, bad.start()) + 1
        original = text.split("\n")[line - 1]
        text = _CONTROL.sub("\ufffd", text)
        defects.append(
            InvalidCharacters(
                line=line,
                text=original.encode("utf-8", "backslashreplace").decode("utf-8"),
                reason="control characters or lone surrogates replaced by U+FFFD",
            )
        )
    if "\u00e2" in text or "\u00c3" in text or "\u00c2" in text:
        repaired = _MOJIBAKE.sub(_repair, text)
        if repaired != text:
            line = next(
                i
                for i, (a, b) in enumerate(
                    zip(text.split("\n"), repaired.split("\n"), strict=False)
                )
                if a != b
            )
            defects.append(
                EncodingRepaired(
                    line=line + 1, text=text.split("\n")[line], reason="mojibake repaired"
                )
            )
            text = repaired
    text = _SPACES.sub(" ", text)
    text = _INVISIBLE.sub("", text)
    return text, defects
