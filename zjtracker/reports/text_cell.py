"""The lines of a table cell's text, broken exactly as a reportlab Paragraph of the same
style breaks ``cell_markup(text)``: whitespace cleaned the same way, the Chinese rules of
cjk_wrap, one fragment (stripped lines) or several (a line break or an escaped & < > in the
text; each line broken on its own, not stripped). Each line comes with the space left on it, for centring.

The report's long tables (long_table.py) draw these lines themselves: a Paragraph per cell
parses markup and is broken again at every wrap of a table split over a hundred pages."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus.paragraph import _wsc, _wsc_re_split

from zjtracker.reports.cjk_wrap import break_lines, char_widths

Line = tuple[float, str]  # (space left on the line, its text)
_ENTITIES = frozenset("&<>")  # escaped in the markup, each makes a fragment of its own


def _collapse(line: str) -> str:
    """Whitespace runs as one space, none at either end (as a Paragraph cleans its text)."""
    return " ".join(w for w in (_wsc_re_split(line) if "\xa0" in line else line.split()) if w)


def source_lines(text: str) -> list[str]:
    """The lines of ``text`` as a Paragraph of ``cell_markup(text)`` shows them: the text
    stripped, each line's trailing blanks dropped, blank runs as one space; a line that began
    with blanks keeps one space in front, as the cleaned markup after a <br/> does."""
    lines = []
    for index, line in enumerate((text or "").strip().splitlines()):
        line = line.rstrip()
        cleaned = _collapse(line)
        if index and cleaned and line[:1] in _wsc:
            cleaned = " " + cleaned
        lines.append(cleaned)
    return lines


def cell_lines(text: str, style, width: float) -> list[Line]:
    """The lines of ``text`` in a box ``width`` wide, as a Paragraph in ``style`` (no indents)
    lays them out; none for empty text."""
    source = source_lines(text)
    font, size = style.fontName, style.fontSize
    widths = [width, width]
    if len(source) == 1 and not _ENTITIES.intersection(source[0]):
        # one fragment: reportlab's wordSplit, lines stripped but the last
        text = source[0]
        return [(extra, text[a:b].strip() if b < len(text) else text[a:b])
                for a, b, _used, extra, _forced in break_lines(text, char_widths(text, font, size), widths)]
    found: list[Line] = []
    for text in source:  # several fragments (<br/>, &amp;): each line broken on its own, not stripped
        if not text:
            found.append((width, ""))
            continue
        found += [(extra, text[a:b]) for a, b, _used, extra, _forced
                  in break_lines(text, char_widths(text, font, size), widths)]
    return found


def plain_lines(text: str, style, width: float) -> list[Line]:
    """A plain table value (reportlab draws a str cell line for line, never broken)."""
    return [(width - stringWidth(line, style.fontName, style.fontSize), line) for line in str(text).split("\n")]
