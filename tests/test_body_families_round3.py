"""Body families, third round (invented pages, no real text), each written as the six
converters print it: Indonesian and Malay WordPress pages, whose article closes under the
platform's own headings (``Terkait`` over the related posts, ``Tinggalkan Balasan`` over the
reply form). ``Terkait`` also opens sentences ("As to …"): it closes the body only alone on
its line. Each family has its must-not cases beside it: the near miss that stays the body."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

import newsparse
from tests.ferry import wrap

KINDS = ("w3m", "lynx", "html2text", "inscriptis", "resiliparse", "bs4")
HEADLINE = "Jembatan gantung baru di Lembah Sirih dibuka untuk pejalan kaki"
MENU = ("Beranda", "Berita", "Daerah", "Cuaca", "Olahraga")
BYLINE = "Oleh Rahmat Sutejo"
DATE = "4 Maret 2021"
FOOTER = "© 2021 Warta Lembah. Hak cipta dilindungi."

#: the article's paragraphs (invented)
ARTICLE = (
    "Jembatan gantung sepanjang delapan puluh meter itu dibuka pada Sabtu pagi oleh kepala "
    "desa, disaksikan ratusan warga yang datang dari tiga kampung di sekitar lembah.",
    "Selama ini warga harus memutar sejauh enam kilometer untuk mencapai pasar di seberang "
    "sungai, dan perjalanan itu bisa memakan waktu satu jam pada musim hujan.",
    "Pembangunan jembatan memakan waktu sembilan bulan dan dibiayai bersama oleh dana desa "
    "serta sumbangan para perantau yang kini bekerja di kota-kota besar.",
)
#: a paragraph that opens with the heading's word: "As to the upkeep, …" (the must-not)
OPENS_WITH_IT = (
    "Terkait perawatan jembatan, kepala desa meminta setiap keluarga menyumbang tenaga sekali "
    "sebulan untuk memeriksa tali baja dan papan lantai yang mulai aus.",
)
#: the related posts under the article: a linked headline, its day and its category
RELATED = (
    ("Musim panen kopi di lereng utara datang lebih awal", "12 Februari 2021", "Daerah"),
    ("Sekolah dasar di Kampung Tengah mendapat perpustakaan baru", "2 Januari 2021", "Berita"),
    ("Festival layang-layang kembali digelar setelah dua tahun", "9 Desember 2020", "Budaya"),
)
#: a reader's reply under the related posts, over the reply form: prose, not the article's
REPLY = (
    "Satu Tanggapan",
    "Siti Aminah",
    "5 Maret 2021 pukul 08.14",
    "Alhamdulillah, akhirnya anak-anak kami tidak perlu lagi menyeberang sungai dengan perahu "
    "kecil setiap pagi untuk berangkat ke sekolah di kampung sebelah.",
    "Balas",
)
FORM = (
    "Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *",
    "Komentar *",
    "Nama *",
    "Email *",
    "Kirim Komentar",
)


def _heading(kind: str, text: str, *, emphasis: bool = False) -> str:
    if kind == "html2text":
        return f"### _{text}_" if emphasis else f"### {text}"
    if kind == "inscriptis":
        return f"    {text}"
    return text


def _paragraph(kind: str, text: str) -> str:
    if kind == "w3m":
        return wrap(text, 78)
    if kind == "lynx":
        return wrap(text, 76, "   ")
    return text


def _related(kind: str) -> str:
    """WordPress's related posts: each a linked headline over its day and ``Dalam "…"``."""
    cards = []
    for k, (title, day, section) in enumerate(RELATED):
        link = f"[{title}](/2021/{k}/)" if kind == "html2text" else title
        cards.append(f'{link}\n{day}\nDalam "{section}"')
    return "\n\n".join(cards)


def _page(
    kind: str,
    paragraphs: Sequence[str],
    *,
    closing: str = "Terkait",
    emphasis: bool = False,
    reply: str = "Tinggalkan Balasan",
) -> str:
    """A page: menu, headline, byline, day, the ``paragraphs``, the related posts under the
    ``closing`` heading, the reply form under the ``reply`` heading, the footer."""
    top = [f"{HEADLINE} – Warta Lembah"] if kind == "bs4" else []
    menu = "   ".join(MENU) if kind in ("w3m", "lynx") else "\n".join(MENU)
    if kind == "html2text":
        menu = "\n".join(f"  * [{m}](/{m.lower()})" for m in MENU)
    head = f"# {HEADLINE}" if kind == "html2text" else HEADLINE
    parts = [
        *top,
        menu,
        head,
        BYLINE,
        DATE,
        *(_paragraph(kind, p) for p in paragraphs),
        _heading(kind, closing, emphasis=emphasis),
        _related(kind),
        *(_paragraph(kind, r) for r in REPLY),
        _heading(kind, reply),
        *FORM,
        FOOTER,
    ]
    return "\n\n".join(parts) + "\n"


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("closing", ["Terkait", "Terkait:", "Artikel Terkait", "Berkaitan"])
def test_the_related_posts_under_an_indonesian_closing_heading_stay_out(
    kind: str, closing: str
) -> None:
    article = newsparse.parse(_page(kind, ARTICLE, closing=closing))
    assert article.paragraphs == ARTICLE


def test_an_emphasised_closing_heading_in_html2text_closes_the_body() -> None:
    article = newsparse.parse(_page("html2text", ARTICLE, emphasis=True))
    assert article.paragraphs == ARTICLE


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("reply", ["Tinggalkan Balasan", "Tinggalkan Komen"])
def test_the_reply_form_under_its_heading_stays_out(kind: str, reply: str) -> None:
    page = _page(kind, ARTICLE, closing="Bagikan", reply=reply)
    assert not any("Alamat email" in p for p in newsparse.parse(page).paragraphs)


# --- must not: the word opening a sentence of the article ----------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_a_paragraph_that_opens_with_the_word_stays_the_body(kind: str) -> None:
    paragraphs = (*ARTICLE[:2], *OPENS_WITH_IT, ARTICLE[2])
    article = newsparse.parse(_page(kind, paragraphs))
    assert article.paragraphs == paragraphs


def test_the_word_alone_closes_the_body_but_not_a_sentence_it_opens() -> None:
    from newsparse import _cues

    assert _cues.ends_body("Terkait")
    assert _cues.ends_body("**Terkait**")
    assert not _cues.ends_body("_Terkait")
    assert not _cues.ends_body(OPENS_WITH_IT[0])
    assert not _cues.ends_body("Terkait hal itu")


# --- html2text's emphasised closing heading over related posts with summaries ------------------

EN_HEADLINE = "Harbour wall to be rebuilt before the winter storms"
EN_ARTICLE = (
    "Work on the old harbour wall will start in August, the council said on Tuesday, after "
    "engineers found that the spring storms had washed out a third of its foundations.",
    "The wall shelters forty fishing boats and the ferry pier, and the harbour master has "
    "warned that another hard winter could bring part of it down onto the slipway.",
    "Divers will first survey the seaward face, and the stone will come from the quarry on "
    "the hill above the town, as it did when the wall was built a century and a half ago.",
)
#: Jetpack's related posts: a headline over a summary (prose), its day and ``In "…"``
EN_RELATED = (
    (
        "Ferry pier to close for two weeks of repairs",
        "The ferry company will move its boats to the north quay while builders replace the "
        "rotten timbers of the pier, which has carried cars since the nineteen-sixties.",
        "June 2, 2021",
        "News",
    ),
    (
        "Fishing fleet lands its best catch in ten years",
        "Skippers said the cold spring had brought shoals of mackerel close to the shore, and "
        "the fish market stayed open late three nights running to sell the catch.",
        "May 19, 2021",
        "Business",
    ),
)


def _en_related(kind: str) -> str:
    """The related posts under the article: each a headline, its summary, its day and its
    category (html2text links the headline and sets it as a heading)."""
    cards = []
    for k, (title, summary, day, section) in enumerate(EN_RELATED):
        head = f"#### [{title}](/2021/{k}/)" if kind == "html2text" else title
        cards.append("\n\n".join([head, _paragraph(kind, summary), day, f'In "{section}"']))
    return "\n\n".join(cards)


def _en_page(kind: str, paragraphs: Sequence[str], heading: str = "Related") -> str:
    """A WordPress page: menu, headline, byline, day, the ``paragraphs``, the related posts
    under the ``heading`` (html2text sets it in emphasis: ``### _Related_``), the footer."""
    top = [f"{EN_HEADLINE} | The Harbour Post"] if kind == "bs4" else []
    menu = "   ".join(MENU) if kind in ("w3m", "lynx") else "\n".join(MENU)
    if kind == "html2text":
        menu = "\n".join(f"  * [{m}](/{m.lower()})" for m in MENU)
    head = f"# {EN_HEADLINE}" if kind == "html2text" else EN_HEADLINE
    parts = [
        *top,
        menu,
        head,
        "By Jo Lee",
        "June 9, 2021",
        *(_paragraph(kind, p) for p in paragraphs),
        _heading(kind, heading, emphasis=True),
        _en_related(kind),
        "© 2021 The Harbour Post",
    ]
    return "\n\n".join(parts) + "\n"


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("heading", ["Related", "Related Posts"])
def test_related_posts_with_summaries_under_an_emphasised_heading_stay_out(
    kind: str, heading: str
) -> None:
    article = newsparse.parse(_en_page(kind, EN_ARTICLE, heading))
    assert article.paragraphs == EN_ARTICLE


#: an emphasised paragraph of the article that opens with the heading's word (the must-not)
EN_EMPHASISED = (
    "_Related to the works, the harbour board will close the north pier for two days in June "
    "while the divers take their first look at the wall._"
)


def test_an_emphasised_paragraph_that_opens_with_the_word_stays_the_body() -> None:
    paragraphs = (*EN_ARTICLE[:2], EN_EMPHASISED, EN_ARTICLE[2])
    article = newsparse.parse(_en_page("html2text", paragraphs))
    assert article.paragraphs[:2] == EN_ARTICLE[:2]
    assert article.paragraphs[-1] == EN_ARTICLE[2]
    assert len(article.paragraphs) == 4
