"""Serializer speed (issue 7): to_json + from_json against plain json / orjson, in one run.

Ratios use the minimum CPU time (``time.thread_time``) over many interleaved repetitions, so a
busy or stalling machine does not skew them. The reference page is parsed at run time from
``../shared/seeds`` (falling back to the packaged demo page).

    python benchmarks/bench_serialize.py
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import newsparse

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seeds" / "000_27a995b42533d3a8.txt"
DEMO = ROOT / "src" / "newsparse" / "data" / "demo.txt"


def main(rounds: int = 300) -> None:
    page = SEED if SEED.exists() else DEMO
    article = newsparse.parse(page.read_text(encoding="utf-8"))
    plain = newsparse.to_dict(article)
    cases: dict[str, Callable[[], object]] = {
        "json.dumps+loads": lambda: json.loads(json.dumps(plain)),
        "newsparse stdlib": lambda: None,
        "newsparse": lambda: newsparse.from_json(newsparse.to_json(article)),
    }
    from newsparse import _serialize

    def stdlib_path() -> object:
        saved = _serialize._orjson
        _serialize._orjson = lambda: None  # type: ignore[assignment]
        try:
            return newsparse.from_json(newsparse.to_json(article))
        finally:
            _serialize._orjson = saved  # type: ignore[assignment]

    cases["newsparse stdlib"] = stdlib_path
    try:
        import orjson

        cases["orjson dumps+loads"] = lambda: orjson.loads(orjson.dumps(plain))
    except ImportError:
        orjson = None
    best = dict.fromkeys(cases, float("inf"))
    for _ in range(rounds):
        for name, fn in cases.items():
            start = time.thread_time()
            fn()
            best[name] = min(best[name], time.thread_time() - start)
    print(f"page: {page.name}, {len(newsparse.to_json(article))} bytes of JSON")
    for name, t in best.items():
        print(f"{name:22s} {t * 1e6:8.1f} us")
    print(
        f"stdlib path / json       {best['newsparse stdlib'] / best['json.dumps+loads']:.2f}x (<= 2.5)"
    )
    if orjson is not None:
        print(
            f"orjson path / orjson     {best['newsparse'] / best['orjson dumps+loads']:.2f}x (<= 5)"
        )


if __name__ == "__main__":
    main()
