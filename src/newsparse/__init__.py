"""newsparse: turn scraped news page text into typed records.

>>> import newsparse
>>> article = newsparse.parse("Rain at last\\n\\nPublished: May 2, 2024\\n\\nIt rained all day.")
>>> article.title, article.published
('Rain at last', datetime.date(2024, 5, 2))
>>> newsparse.from_json(newsparse.to_json(article)) == article
True
"""

from typing import TYPE_CHECKING, Any

from newsparse._defects import (
    CommentCountMismatch,
    DatesDisagree,
    Defect,
    DefectError,
    Dropped,
    EncodingRepaired,
    ImplausibleField,
    InvalidCharacters,
    MissingPart,
    Policy,
    UnparsedTimestamp,
    UnplacedText,
    UnresolvedRelativeTime,
)
from newsparse._models import Article, Comment, Quote
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

if TYPE_CHECKING:
    from newsparse._batch import parse_many, parse_many_detailed
    from newsparse._boilerplate import BlockWeights, load_block_weights
    from newsparse._byline import BylineWeights, load_byline_weights
    from newsparse._comment_start import CommentStartWeights, load_comment_start_weights
    from newsparse._explain import explain, explain_html
    from newsparse._export import TABLES, arrow_schema, to_csv, to_jsonld, to_parquet, to_rows
    from newsparse._normalize import FALLBACK_ENCODING
    from newsparse._parser import Parsed, Placement, parse, parse_detailed
    from newsparse._published import DateWeights, load_date_weights
    from newsparse._quotes import find_quotes
    from newsparse._render import render
    from newsparse._settings import BodySettings, load_body_settings
    from newsparse._standfirst import StandfirstWeights, load_standfirst_weights
    from newsparse._title import TitleWeights, load_weights

# The parser compiles its patterns when first used, not when ``newsparse`` is imported.
_LAZY = {
    "FALLBACK_ENCODING": "newsparse._normalize",
    "TABLES": "newsparse._export",
    "explain": "newsparse._explain",
    "explain_html": "newsparse._explain",
    "arrow_schema": "newsparse._export",
    "parse_many": "newsparse._batch",
    "parse_many_detailed": "newsparse._batch",
    "to_csv": "newsparse._export",
    "to_jsonld": "newsparse._export",
    "to_parquet": "newsparse._export",
    "to_rows": "newsparse._export",
    "find_quotes": "newsparse._quotes",
    "Parsed": "newsparse._parser",
    "Placement": "newsparse._parser",
    "parse": "newsparse._parser",
    "parse_detailed": "newsparse._parser",
    "render": "newsparse._render",
    "TitleWeights": "newsparse._title",
    "load_weights": "newsparse._title",
    "BodySettings": "newsparse._settings",
    "BlockWeights": "newsparse._boilerplate",
    "load_block_weights": "newsparse._boilerplate",
    "BylineWeights": "newsparse._byline",
    "CommentStartWeights": "newsparse._comment_start",
    "load_comment_start_weights": "newsparse._comment_start",
    "DateWeights": "newsparse._published",
    "load_date_weights": "newsparse._published",
    "load_byline_weights": "newsparse._byline",
    "load_body_settings": "newsparse._settings",
    "StandfirstWeights": "newsparse._standfirst",
    "load_standfirst_weights": "newsparse._standfirst",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'newsparse' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


#: A policy that raises the first defect as :class:`DefectError`.
STRICT = Policy(strict=True)

__all__ = [
    "FALLBACK_ENCODING",
    "STRICT",
    "TABLES",
    "Article",
    "BlockWeights",
    "BodySettings",
    "BylineWeights",
    "Comment",
    "CommentCountMismatch",
    "CommentStartWeights",
    "DateWeights",
    "DatesDisagree",
    "DecodeError",
    "Defect",
    "DefectError",
    "Dropped",
    "EncodingRepaired",
    "ImplausibleField",
    "InvalidCharacters",
    "MissingPart",
    "Parsed",
    "Placement",
    "Policy",
    "Quote",
    "StandfirstWeights",
    "TitleWeights",
    "UnparsedTimestamp",
    "UnplacedText",
    "UnresolvedRelativeTime",
    "__version__",
    "arrow_schema",
    "explain",
    "explain_html",
    "find_quotes",
    "from_dict",
    "from_json",
    "from_jsonl",
    "load_block_weights",
    "load_body_settings",
    "load_byline_weights",
    "load_comment_start_weights",
    "load_date_weights",
    "load_standfirst_weights",
    "load_weights",
    "parse",
    "parse_detailed",
    "parse_many",
    "parse_many_detailed",
    "render",
    "to_csv",
    "to_dict",
    "to_json",
    "to_jsonl",
    "to_jsonld",
    "to_parquet",
    "to_rows",
]
