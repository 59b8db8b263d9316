"""Writing corpus documents in the forms policies arrive in besides .txt/.docx/.xlsx: a PDF
with a text layer (reportlab, the bundled CJK font, tables with ruling lines, merged group
cells and a header repeated on every page, page numbers), a web page as a government site
serves it (GB2312, navigation, script, entities, ``<br/>`` between measures, a layout
table around the text, a ``<table>`` with rowspan), the same page saved as .mhtml, and a
legacy .xls task list (xlwt: merged cells, date cells)."""

from __future__ import annotations

import html
import quopri
from datetime import date, datetime
from pathlib import Path

from tests.reader_corpus.gen.model import Doc, deadline_iso
from tests.reader_corpus.gen.render_office import _group_runs
from tests.reader_corpus.gen.render_tables import TableStyle, table_rows

FONT = "CorpusCJK"


def _font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from zjtracker import paths

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(paths.resources_dir() / "fonts" / "wqy-microhei.ttc"),
                                       subfontIndex=0))
    return FONT


def _styles():
    from reportlab.lib.styles import ParagraphStyle

    font = _font()
    body = ParagraphStyle("body", fontName=font, fontSize=12, leading=20, wordWrap="CJK", firstLineIndent=24)
    title = ParagraphStyle("title", parent=body, fontSize=16, leading=26, alignment=1, firstLineIndent=0)
    cell = ParagraphStyle("cell", fontName=font, fontSize=9, leading=12, wordWrap="CJK")
    return body, title, cell


def _page_number(canvas, document) -> None:
    canvas.setFont(FONT, 10)
    canvas.drawCentredString(297, 30, f"— {document.page} —")


def write_pdf(path: Path, lines: list[str], doc: Doc | None = None, st: TableStyle | None = None,
              merge_group: bool = False, table_after: int | None = None) -> None:
    """``lines`` as paragraphs (the first is the title); with ``st`` the document's task table
    follows line ``table_after`` (or the end)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, TableStyle as Style

    body, title, cell = _styles()
    story, placed = [], False
    for index, line in enumerate(lines):
        if line.strip():
            story.append(Paragraph(html.escape(line.strip("　 ")), title if index == 0 else body))
        if st is not None and index == (table_after if table_after is not None else len(lines) - 1):
            rows = [[h for h, _ in st.columns]] + table_rows(doc, st)
            data = [[Paragraph(html.escape(text).replace("\n", "<br/>"), cell) for text in row] for row in rows]
            widths = _widths([f for _, f in st.columns])
            commands = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
            if merge_group and "group" in [f for _, f in st.columns]:
                col = [f for _, f in st.columns].index("group")
                for first, last in _group_runs(doc):
                    if last > first:
                        commands.append(("SPAN", (col, first + 1), (col, last + 1)))
            story.append(LongTable(data, colWidths=widths, repeatRows=1, style=Style(commands)))
            placed = True
    assert st is None or placed
    SimpleDocTemplate(str(path), pagesize=A4, topMargin=72, bottomMargin=72,
                      title=lines[0]).build(story, onFirstPage=_page_number, onLaterPages=_page_number)


def _widths(fields: list[str]) -> list[float]:
    share = {"seq": 0.6, "task": 4.0, "group": 1.6, "lead": 1.6, "coop": 2.0, "first": 2.4,
             "deadline": 1.3, "leaders": 1.0, "persons": 1.0}
    total = sum(share.get(f, 1.2) for f in fields)
    return [451 * share.get(f, 1.2) / total for f in fields]


def scanned_pdf(path: Path, lines: list[str]) -> None:
    """A page as a scanner makes it: the text drawn into an image, no text layer."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    from zjtracker import paths

    image = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(paths.resources_dir() / "fonts" / "wqy-microhei.ttc"), 30)
    for number, line in enumerate(lines[:40]):
        draw.text((120, 150 + 38 * number), line[:36], font=font, fill=0)
    page = canvas.Canvas(str(path), pagesize=A4)
    page.drawImage(ImageReader(image), 0, 0, width=A4[0], height=A4[1])
    page.save()


_NAV = ('<div class="nav-bar"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政策文件</div>'
        '<script type="text/javascript">var share = "<p>分享到：</p>";</script>'
        '<style>p {{ text-indent: 2em; }}</style>')
_FOOT = '<div id="footer">主办单位：{issuer}　网站标识码 0000000000　<a href="#">网站地图</a></div>'


def web_page(doc: Doc, lines: list[str], st: TableStyle | None = None, merge_group: bool = False,
             join_every: int = 3) -> str:
    """The page: lines as ``<p>`` inside a layout table, every ``join_every``-th measure line
    joined to the one before by ``<br/>``, the task table as a ``<table>`` after the text."""
    out = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">',
           '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"/>',
           f"<title>{html.escape(doc.title)}_{doc.city}市人民政府门户网站</title>", "</head><body>",
           _NAV, '<table width="100%" class="layout"><tr><td width="20%">栏目导航</td><td>',
           '<table width="100%"><tr><td>', f'<h1 class="title">{html.escape(doc.title)}</h1>']
    pending = ""
    for number, line in enumerate(lines[1:]):
        text = html.escape(line.strip("　 ")).replace("（", "&#65288;", 1)
        if not text:
            continue
        if number % join_every == 2 and pending:
            pending += "<br/>" + text
            continue
        if pending:
            out.append(f"<p style=\"text-indent:2em\">{pending}&nbsp;</p>")
        pending = text
    if pending:
        out.append(f"<p>{pending}</p>")
    if st is not None:
        out.append(_html_table(doc, st, merge_group))
    out += ["</td></tr></table>", "</td></tr></table>", _FOOT.format(issuer=doc.issuer), "</body></html>"]
    return "\n".join(out)


def _html_table(doc: Doc, st: TableStyle, merge_group: bool) -> str:
    fields = [f for _, f in st.columns]
    runs = {first: last - first + 1 for first, last in _group_runs(doc)} if merge_group else {}
    covered = {r for first, size in runs.items() for r in range(first + 1, first + size)}
    rows = ['<table border="1" cellspacing="0" class="MsoTableGrid">',
            "<tr>" + "".join(f"<td><b>{html.escape(h)}</b></td>" for h, _ in st.columns) + "</tr>"]
    for r, row in enumerate(table_rows(doc, st)):
        cells = []
        for field_name, text in zip(fields, row):
            text = html.escape(text).replace("\n", "<br/>")
            if field_name == "group" and merge_group:
                if r in covered:
                    continue
                cells.append(f'<td rowspan="{runs.get(r, 1)}">{text}</td>')
            else:
                cells.append(f"<td>{text}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    rows.append("</table>")
    return "\n".join(rows)


def mhtml(page: str, doc: Doc) -> bytes:
    """The page saved by a browser as a single file (quoted-printable, GB2312)."""
    body = quopri.encodestring(page.encode("gb18030")).decode("ascii")
    return ("From: <Saved by Blink>\r\nSnapshot-Content-Location: http://www.example.gov.cn/zwgk/1.html\r\n"
            "MIME-Version: 1.0\r\n"
            'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----MultipartBoundary--x1"\r\n'
            "\r\n------MultipartBoundary--x1\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n"
            "Content-Location: http://www.example.gov.cn/zwgk/1.html\r\n\r\n"
            + body.replace("\n", "\r\n") +
            "\r\n------MultipartBoundary--x1\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            "Content-Location: cid:css-1@mhtml.blink\r\n\r\np { margin: 0; }\r\n"
            "------MultipartBoundary--x1--\r\n").encode("ascii")


def write_xls(doc: Doc, st: TableStyle, path: Path, *, title_rows=(), merge_group=False,
              date_cells=False, sheet="Sheet1") -> None:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet(sheet)
    dated = xlwt.easyxf(num_format_str="yyyy/m/d")
    ncol, r = len(st.columns), 0
    for text in title_rows:
        ws.write_merge(r, r, 0, ncol - 1, text)
        r += 1
    for c, (header, _) in enumerate(st.columns):
        ws.write(r, c, header)
    r += 1
    fields = [f for _, f in st.columns]
    runs = {first: last for first, last in _group_runs(doc)} if merge_group else {}
    covered = {row for first, last in runs.items() for row in range(first + 1, last + 1)}
    for index, row in enumerate(table_rows(doc, st)):
        for c, (text, name) in enumerate(zip(row, fields)):
            if name == "group" and merge_group:
                if index in covered:
                    continue
                if runs.get(index, index) > index:
                    ws.write_merge(r, r + runs[index] - index, c, c, text)
                    continue
            if name == "seq":
                ws.write(r, c, int(text))
            elif name == "deadline" and date_cells and (iso := deadline_iso(text, doc.year)) and "—" not in text:
                ws.write(r, c, datetime.combine(date.fromisoformat(iso), datetime.min.time()), dated)
            else:
                ws.write(r, c, text)
        r += 1
    book.save(str(path))
