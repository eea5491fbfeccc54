"""Take the picture of the HTML view that docs/explain.md shows (run by hand, not in CI).

    python docs/_tools/screenshot_explain.py [--chromium /usr/bin/chromium] [--out docs/_static/explain.png]

It parses the bundled demo page, writes ``newsparse.explain_html`` of it to a temporary file and
has headless Chromium take a screenshot of it (Debian: ``apt-get install chromium``). Chromium
runs with everything that would reach the network switched off; the page needs none.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from importlib import resources
from pathlib import Path

import newsparse

DOCS = Path(__file__).resolve().parent.parent
#: The window: wide enough for both columns side by side, tall enough for the header, the
#: body and the first comments of the demo page (a docs page shows it at about half size).
WINDOW = (1500, 1050)
#: Chromium's switches for a one-shot, offline, unattended screenshot.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    parser.add_argument("--out", type=Path, default=DOCS / "_static" / "explain.png")
    args = parser.parse_args(argv)
    page = resources.files("newsparse").joinpath("data/demo.txt").read_text(encoding="utf-8")
    doc = newsparse.explain_html(newsparse.parse_detailed(page), page)
    with tempfile.TemporaryDirectory() as tmp:
        html = Path(tmp) / "demo.html"
        html.write_text(doc, encoding="utf-8")
        command = [
            args.chromium,
            *FLAGS,
            f"--user-data-dir={tmp}/profile",
            f"--screenshot={args.out.resolve()}",
            f"--window-size={WINDOW[0]},{WINDOW[1]}",
            html.as_uri(),
        ]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    if done.returncode != 0 or not args.out.exists():
        print(done.stderr, file=sys.stderr)
        return 1
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
