"""newsparse: turn scraped news page text into typed records.

>>> import newsparse
>>> article = newsparse.parse("Rain at last\\n\\nPublished: May 2, 2024\\n\\nIt rained all day.")
>>> article.title, article.published
('Rain at last', datetime.date(2024, 5, 2))
>>> newsparse.from_json(newsparse.to_json(article)) == article
True
"""

from newsparse._defects import (
    CommentCountMismatch,
    DatesDisagree,
    Defect,
    DefectError,
    Dropped,
    EncodingRepaired,
    InvalidCharacters,
    MissingPart,
    Policy,
    UnparsedTimestamp,
    UnplacedText,
    UnresolvedRelativeTime,
)
from newsparse._models import Article, Comment, Quote
from newsparse._normalize import FALLBACK_ENCODING
from newsparse._parser import Parsed, parse, parse_detailed
from newsparse._render import render
from newsparse._serialize import (
    DecodeError,
    from_dict,
    from_json,
    from_jsonl,
    to_dict,
    to_json,
    to_jsonl,
)
from newsparse._version import __version__

#: A policy that raises the first defect as :class:`DefectError`.
STRICT = Policy(strict=True)

__all__ = [
    "FALLBACK_ENCODING",
    "STRICT",
    "Article",
    "Comment",
    "CommentCountMismatch",
    "DatesDisagree",
    "DecodeError",
    "Defect",
    "DefectError",
    "Dropped",
    "EncodingRepaired",
    "InvalidCharacters",
    "MissingPart",
    "Parsed",
    "Policy",
    "Quote",
    "UnparsedTimestamp",
    "UnplacedText",
    "UnresolvedRelativeTime",
    "__version__",
    "from_dict",
    "from_json",
    "from_jsonl",
    "parse",
    "parse_detailed",
    "render",
    "to_dict",
    "to_json",
    "to_jsonl",
]
