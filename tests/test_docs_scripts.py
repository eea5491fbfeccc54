"""The docs' scripts run as a user runs them: saved to a file, ``python NAME.py``, own process.

A docs page marks such a script with ``<!-- script: NAME.py needs: module ... -->`` just above
its fenced ``python`` block. Each one runs here in a fresh folder holding ``pages/`` (a few of
the invented pages of ``tests/data/pages``), never through ``exec``: a script that forgets
its ``if __name__ == "__main__":`` guard, or writes files that do not join up, fails here.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import re
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

import newsparse
from newsparse import Article

DOCS = Path(__file__).parent.parent / "docs"
PAGES = sorted((Path(__file__).parent / "data" / "pages").glob("*.txt"))[:8]
SCRIPT = re.compile(r"<!-- script: (\S+\.py)(?: needs: ([^>]*?))? -->\n```python\n(.*?)```", re.S)

#: A script that runs longer than this has hung (a pool that never starts, say).
TIMEOUT_SECONDS = 600


def _scripts() -> dict[str, tuple[str, list[str]]]:
    """Every marked script of the docs: its name, its source and the modules it needs."""
    found: dict[str, tuple[str, list[str]]] = {}
    for page in sorted(DOCS.glob("*.md")):
        for name, needs, source in SCRIPT.findall(page.read_text(encoding="utf-8")):
            assert name not in found, f"two docs scripts are named {name}"
            found[name] = (source, needs.split())
    return found


SCRIPTS = _scripts()


def _run(name: str, folder: Path) -> subprocess.CompletedProcess[str]:
    """Lay out ``pages/`` in ``folder``, save the script there and run it as a script."""
    source, needs = SCRIPTS[name]
    for module in needs:
        if importlib.util.find_spec(module) is None:
            pytest.skip(f"{name} needs {module}")
    if name in SETUPS:
        SETUPS[name](folder)
    for i, page in enumerate(PAGES):
        target = folder / "pages" / f"part{i % 2}" / page.name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(page.read_bytes())
    (folder / name).write_text(source, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, name],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_SECONDS,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done


def _inputs(folder: Path) -> list[str]:
    """The pages as the scripts glob them: relative paths, sorted."""
    return sorted(str(p.relative_to(folder)) for p in (folder / "pages").rglob("*.txt"))


def test_the_docs_have_the_scripts_this_file_checks() -> None:
    assert set(CHECKS) <= set(SCRIPTS)
    for name, (source, _) in SCRIPTS.items():
        assert 'if __name__ == "__main__":' in source, f"{name} has no main guard"


def _dask_json_lines_parts_join_with_cat(
    folder: Path, done: subprocess.CompletedProcess[str]
) -> None:
    parts = sorted((folder / "articles").glob("*.jsonl"), key=lambda p: int(p.stem))
    assert len(parts) == 4
    for part in parts:
        data = part.read_bytes()
        assert data.endswith(b"\n") and b"\n\n" not in data, f"{part.name}: one record a line"
    joined = folder / "all.jsonl"
    joined.write_bytes(b"".join(p.read_bytes() for p in parts))  # what `cat articles/*` gives
    expected = [newsparse.parse((folder / name).read_bytes()) for name in _inputs(folder)]
    assert list(newsparse.from_jsonl(joined)) == expected


def _dask_parquet_parts_read_as_one_table(
    folder: Path, done: subprocess.CompletedProcess[str]
) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    expected = [
        row
        for name in _inputs(folder)
        for row in newsparse.to_rows(
            newsparse.parse((folder / name).read_bytes()), "comments", key=name
        )
    ]
    assert done.stdout.strip() == f"{len(expected)} comments"
    got = pq.read_table(folder / "comments").to_pylist()
    assert sorted(got, key=lambda r: (r["article_id"], r["comment"])) == expected


#: Published values of every kind a real table mixes: a day, local times, times with an offset.
MIXED = [
    ("=1+1 and more", date(2024, 5, 2)),
    ("Local time", datetime(2024, 5, 2, 9, 15)),
    ("East of Greenwich", datetime(2024, 5, 2, 9, 15, tzinfo=timezone(timedelta(hours=2)))),
    ("'Tis the season", None),
    ("West of Greenwich", datetime(2024, 5, 3, 10, 0, tzinfo=timezone(timedelta(hours=-5)))),
    ("At UTC", datetime(2024, 5, 3, 23, 30, tzinfo=UTC)),
]


def _mixed_articles_csv(folder: Path) -> None:
    articles = [(f"k{i}", Article(title=t, published=when)) for i, (t, when) in enumerate(MIXED)]
    newsparse.to_csv(articles, folder / "articles.csv")


def _pandas_reads_mixed_dates(folder: Path, done: subprocess.CompletedProcess[str]) -> None:
    pd = pytest.importorskip("pandas")
    published = pd.read_csv(folder / "articles.csv")["published"]
    with pytest.raises(ValueError, match="Mixed timezones"):
        pd.to_datetime(published, format="ISO8601")  # what the advice is for
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert [r["title"] for r in rows] == [title for title, _ in MIXED]
    assert [
        (r["published_utc"], r["published_day"], r["has_time"], r["has_offset"]) for r in rows
    ] == [
        ("2024-05-02 00:00:00+00:00", "2024-05-02", "False", "False"),
        ("2024-05-02 09:15:00+00:00", "2024-05-02", "True", "False"),
        ("2024-05-02 07:15:00+00:00", "2024-05-02", "True", "True"),
        ("", "", "False", "False"),
        ("2024-05-03 15:00:00+00:00", "2024-05-03", "True", "True"),
        ("2024-05-03 23:30:00+00:00", "2024-05-03", "True", "True"),
    ]


#: What a script needs in its folder beside ``pages/``.
SETUPS = {"pandas_dates.py": _mixed_articles_csv}

#: What each script must have written, beyond running to its end.
CHECKS = {
    "dask_jsonl.py": _dask_json_lines_parts_join_with_cat,
    "dask_parquet.py": _dask_parquet_parts_read_as_one_table,
    "pandas_dates.py": _pandas_reads_mixed_dates,
}


@pytest.mark.parametrize("name", sorted(SCRIPTS))
def test_every_docs_script_runs_as_a_script(name: str, tmp_path: Path) -> None:
    done = _run(name, tmp_path)
    check = CHECKS.get(name)
    if check is not None:
        check(tmp_path, done)
