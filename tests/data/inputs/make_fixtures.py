"""Write the small invented web archives of this folder: ``python tests/data/inputs/make_fixtures.py``.

``crawl.warc`` holds what a crawl's WARC holds around pages: a ``warcinfo`` record, a
``request``, ``response`` records with a text/plain page, an HTML article, a PNG image and a
404 page, and a ``metadata`` record. ``crawl.warc.wet`` holds two ``conversion`` records, as
Common Crawl's WET files do. Record ids and dates are fixed, so the files are the same each run. The tests also
write them gzipped, one gzip member per record, as crawlers do.
"""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders  # type: ignore[import-untyped]
from warcio.warcwriter import WARCWriter  # type: ignore[import-untyped]

HERE = Path(__file__).parent
DATE = "2024-03-04T10:00:00Z"

PLAIN_PAGE = """\
Quay lights switched back on after storm repairs

Published: March 3, 2024
By Jo Marsh

The lamps along Carrow quay were lit again on Sunday evening, a week after the storm.

Engineers replaced four posts that the surge had bent, the harbour office said.
"""

HTML_PAGE = """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Ferry timetable changes | The Carrow Post</title>
<script>var ads = [];</script><style>nav li { display: inline }</style></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li></ul></nav>
<article><h1>Winter ferry timetable cuts the last crossing</h1>
<p class="byline">By Jo Marsh · <time datetime="2024-03-02">March 2, 2024</time></p>
<p>The last ferry of the day will leave the quay at six from next month, the operator said.</p>
<p>“We were not asked,” said Ada Quill, who crosses to the island market twice a week.</p>
</article>
<footer><p>© 2024 The Carrow Post</p></footer></body></html>
"""

MISSING_PAGE = "<html><body><h1>Not found</h1></body></html>\n"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(32)

WET_PAGES = [
    (
        "https://carrow.example/news/bakery",
        "Crumb bakery opens a second oven\n\nPublished: March 1, 2024\n\n"
        "The bakery on Mill Street lit a second oven this week to keep up with the queue.\n",
    ),
    (
        "https://carrow.example/news/tide",
        "Spring tide floods the lower car park\n\nPublished: March 2, 2024\n\n"
        "Cars were moved from the lower car park as the tide came over the wall on Saturday.\n",
    ),
]


def _ids(n: int) -> dict[str, str]:
    return {"WARC-Record-ID": f"<urn:uuid:00000000-0000-4000-8000-{n:012d}>", "WARC-Date": DATE}


def _http(status: str, content_type: str, size: int) -> StatusAndHeaders:
    return StatusAndHeaders(
        status,
        [("Content-Type", content_type), ("Content-Length", str(size))],
        protocol="HTTP/1.1",
    )


def _response(
    writer: WARCWriter, n: int, url: str, body: bytes, status: str, content_type: str
) -> None:
    record = writer.create_warc_record(
        url,
        "response",
        payload=io.BytesIO(body),
        http_headers=_http(status, content_type, len(body)),
        warc_headers_dict=_ids(n),
    )
    writer.write_record(record)


def write_warc(path: Path, *, gzip: bool = False) -> None:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        info = writer.create_warcinfo_record(path.name, {"software": "newsparse tests"})
        info.rec_headers.replace_header("WARC-Record-ID", _ids(1)["WARC-Record-ID"])
        info.rec_headers.replace_header("WARC-Date", DATE)
        writer.write_record(info)
        request = writer.create_warc_record(
            "https://carrow.example/news/quay",
            "request",
            payload=io.BytesIO(b""),
            http_headers=StatusAndHeaders(
                "GET /news/quay HTTP/1.1", [("Host", "carrow.example")], is_http_request=True
            ),
            warc_headers_dict=_ids(2),
        )
        writer.write_record(request)
        site = "https://carrow.example"
        _response(
            writer,
            3,
            f"{site}/news/quay",
            PLAIN_PAGE.encode(),
            "200 OK",
            "text/plain; charset=utf-8",
        )
        _response(
            writer,
            4,
            f"{site}/news/ferry",
            HTML_PAGE.encode(),
            "200 OK",
            "text/html; charset=UTF-8",
        )
        _response(writer, 5, f"{site}/img/quay.png", PNG, "200 OK", "image/png")
        _response(
            writer, 6, f"{site}/news/gone", MISSING_PAGE.encode(), "404 Not Found", "text/html"
        )
        meta = writer.create_warc_record(
            f"{site}/news/quay",
            "metadata",
            payload=io.BytesIO(b"fetchTimeMs: 12\n"),
            warc_content_type="application/warc-fields",
            warc_headers_dict=_ids(7),
        )
        writer.write_record(meta)


def write_wet(path: Path, *, gzip: bool = False) -> None:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        info = writer.create_warcinfo_record(path.name, {"software": "newsparse tests"})
        info.rec_headers.replace_header("WARC-Record-ID", _ids(11)["WARC-Record-ID"])
        info.rec_headers.replace_header("WARC-Date", DATE)
        writer.write_record(info)
        for n, (url, text) in enumerate(WET_PAGES, start=12):
            record = writer.create_warc_record(
                url,
                "conversion",
                payload=io.BytesIO(text.encode()),
                warc_content_type="text/plain",
                warc_headers_dict=_ids(n),
            )
            writer.write_record(record)


if __name__ == "__main__":
    write_warc(HERE / "crawl.warc")
    write_wet(HERE / "crawl.warc.wet")
