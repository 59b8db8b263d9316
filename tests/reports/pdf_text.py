"""Reading a PDF back as a reader would: the words on each page with their positions
(pdftotext -bbox), the text of one table column across pages, the fonts (pdffonts)."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from tests.reports.conftest import poppler

_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


@dataclass
class Word:
    x0: float
    y0: float  # from the top of the page
    x1: float
    y1: float
    text: str


@dataclass
class Page:
    number: int
    width: float
    height: float
    words: list[Word] = field(default_factory=list)

    @property
    def landscape(self) -> bool:
        return self.width > self.height

    def text(self) -> str:
        return "".join(w.text for w in sorted(self.words, key=lambda w: (round(w.y0), w.x0)))


def pages(pdf) -> list[Page]:
    result: list[Page] = []
    for line in poppler("pdftotext", "-bbox", str(pdf), "-").splitlines():
        page = _PAGE.search(line)
        if page:
            result.append(Page(len(result) + 1, float(page.group(1)), float(page.group(2))))
            continue
        word = _WORD.search(line)
        if word and result:
            x0, y0, x1, y1 = (float(word.group(i)) for i in range(1, 5))
            result[-1].words.append(Word(x0, y0, x1, y1, html.unescape(word.group(5))))
    return result


def column_text(pdf, all_pages: list[Page], left: float, right: float, header: str, top: float,
                bottom_margin: float) -> str:
    """The text of a table column over all landscape pages, in the order it is drawn, within
    the column's edges and below its header (pdftotext -raw -x -y -W -H crops by character)."""
    parts = []
    for page in (p for p in all_pages if p.landscape):
        heads = [w for w in page.words if w.text == header and left - 1 <= w.x0 < right]
        if not heads:
            continue
        below = heads[0].y1 + 1
        text = poppler("pdftotext", "-raw", "-f", str(page.number), "-l", str(page.number),
                       "-x", str(int(left) + 1), "-y", str(int(below) + 1), "-W", str(int(right - left) - 1),
                       "-H", str(int(page.height - bottom_margin - below)), str(pdf), "-")
        parts.append(squeeze(text))
    return "".join(parts)


def piece_within(text: str, font: str, size: float, start: float, left: float, right: float) -> str:
    """The characters of a one-line ``text`` drawn from ``start`` whose middle lies between
    ``left`` and ``right``."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    x, kept = start, []
    for char in text:
        width = stringWidth(char, font, size)
        if x < right and x + width > left:  # pdftotext keeps a character that overlaps the crop
            kept.append(char)
        x += width
    return squeeze("".join(kept))


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def fonts(pdf) -> list[tuple[str, bool]]:
    """(font name, embedded) for every font pdffonts lists."""
    found = []
    for line in poppler("pdffonts", str(pdf)).splitlines()[2:]:
        match = re.search(r"\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", line)
        if match:
            found.append((line.split()[0], match.group(1) == "yes"))
    return found
