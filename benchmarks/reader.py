"""How fast a policy document reads into the import preview, against the format library
alone reading the same file.

    python -m benchmarks.reader [--measures 3000] [--repeat 3]

Three documents of the same plan are written in a temporary folder: a .txt of numbered
measures with their units and deadlines in brackets, a .docx task table (序号 | 重点任务 |
牵头单位 | 配合单位 | 完成时限) and an .xlsx task list with the same columns and date cells.
The figure is ``read_policy_file`` (what the preview shows: the tree with units and
deadlines); the floor is the library alone: decoding and splitting the text, python-docx
opening the file and reading every paragraph and cell, openpyxl (read-only) reading every
cell. Budget: under 2 s for 3,000 measures, in every format.

    python -m benchmarks.reader --pdf-pages 100

A PDF of 100 pages (reportlab, the bundled CJK font): a notice and a ruled task table with
the header repeated on every page. The floor is PDFium alone (pypdfium2) giving every
character with its box and every drawn path of every page, which is what the reader starts
from. Budget: under 5 s."""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from pathlib import Path

from benchmarks.report import Figure, median_ms, print_table

UNITS = ("市发展改革局", "市工业和信息化局", "市财政局", "市商务局", "市住房城乡建设局", "市交通运输局",
         "市市场监管局", "市自然资源局", "市生态环境局", "市农业农村局", "各县（市、区）人民政府")
TASKS = ("加快推进重点项目建设，建立项目清单和推进台账", "优化审批流程，压减办理时限和申报材料",
         "完善配套政策，落实财政资金和用地保障", "加强统筹调度，定期通报工作进展情况",
         "培育龙头企业，支持企业技术改造和数字化转型", "健全监测评估机制，开展年度评估")
BUDGET_MS = 2000.0
PDF_BUDGET_MS = 5000.0


def _rows(count: int):
    for number in range(1, count + 1):
        lead = UNITS[number % len(UNITS)]
        partners = [UNITS[(number + step) % len(UNITS)] for step in (3, 5)]
        month = number % 12 + 1
        yield number, f"{TASKS[number % len(TASKS)]}（第{number}项）。", lead, partners, date(2025, month, 28)


def write_text(path: Path, count: int) -> None:
    lines = ["某市推进重点工作落实实施方案", "", "一、重点任务"]
    area = 1
    for number, task, lead, partners, deadline in _rows(count):
        if number % 100 == 1 and number > 1:
            area += 1
            lines.append(f"{'一二三四五六七八九十'[(area - 1) % 10]}、重点任务（续{area}）")
        lines.append(f"（{number}）{task}（{lead}牵头，{'、'.join(partners)}配合；"
                     f"{deadline.year}年{deadline.month}月底前完成）")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_docx(path: Path, count: int) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("某市推进重点工作落实任务分工方案")
    table = document.add_table(rows=1, cols=5)
    for cell, text in zip(table.rows[0].cells, ("序号", "重点任务", "牵头单位", "配合单位", "完成时限")):
        cell.text = text
    for number, task, lead, partners, deadline in _rows(count):
        cells = table.add_row().cells
        values = (str(number), task, lead, "、".join(partners), f"{deadline.year}年{deadline.month}月底前")
        for cell, text in zip(cells, values):
            cell.text = text
    document.save(str(path))


def write_xlsx(path: Path, count: int) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["某市推进重点工作落实任务清单"])
    sheet.append(["序号", "工作任务", "牵头单位", "配合单位", "完成时限"])
    for number, task, lead, partners, deadline in _rows(count):
        sheet.append([number, task, lead, "、".join(partners), deadline])
        sheet.cell(sheet.max_row, 5).number_format = "yyyy-mm-dd"
    book.save(str(path))


def floor_text(path: Path) -> object:
    from zjtracker.importing.sources.documents import decode_text

    return decode_text(path.read_bytes(), path.name).split("\n")


def floor_docx(path: Path) -> object:
    import docx

    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        texts.extend(cell.text for row in table.rows for cell in row.cells)
    return texts


def floor_xlsx(path: Path) -> object:
    import openpyxl

    book = openpyxl.load_workbook(str(path), read_only=True, data_only=True)
    try:
        return [row for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


FORMATS = (("txt", write_text, floor_text, "decode + split"),
           ("docx", write_docx, floor_docx, "python-docx, every paragraph and cell"),
           ("xlsx", write_xlsx, floor_xlsx, "openpyxl read-only, every cell"))


def measure(count: int, repeat: int, folder: Path) -> list[Figure]:
    from zjtracker.importing.reader import read_policy_file

    figures = []
    for suffix, write, floor, floor_name in FORMATS:
        path = folder / f"plan-{count}.{suffix}"
        write(path, count)
        result = read_policy_file(path)
        found = sum(1 for policy in result.policies for m in policy.iter_measures() if not m.children)
        value = median_ms(lambda: read_policy_file(path), repeat)
        floor_ms = median_ms(lambda: floor(path), repeat)
        figures.append(Figure(
            database=f"{count} measures", name=f"read .{suffix} into the preview", value=value, unit="ms",
            floor=floor_ms, floor_name=floor_name, budget=f"≤ {BUDGET_MS:.0f} ms",
            passed=value <= BUDGET_MS, note=f"{found} measures read"))
    return figures


def write_pdf(path: Path, pages: int) -> int:
    """A task table of about 22 rows a page over ``pages`` pages; returns the rows written."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, TableStyle

    from tests.reader_corpus.gen.render_forms import FONT, _font, _page_number

    _font()
    style = ParagraphStyle("cell", fontName=FONT, fontSize=9, leading=12, wordWrap="CJK")
    count = pages * 22
    data = [["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]]
    for number, task, lead, partners, deadline in _rows(count):
        data.append([str(number), Paragraph(task, style), Paragraph(lead, style),
                     Paragraph("、".join(partners), style), Paragraph(f"{deadline.year}年{deadline.month}月底前", style)])
    table = LongTable(data, colWidths=[36, 190, 80, 110, 64], repeatRows=1, style=TableStyle(
        [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("FONTNAME", (0, 0), (-1, -1), FONT)]))
    story = [Paragraph("某市推进重点工作落实任务分工方案", style), table]
    SimpleDocTemplate(str(path)).build(story, onFirstPage=_page_number, onLaterPages=_page_number)
    return count


def floor_pdf(path: Path) -> object:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    pdf = pdfium.PdfDocument(path.read_bytes())
    found = []
    box = raw.FS_RECTF()
    for page in pdf:
        textpage = page.get_textpage()
        for i in range(textpage.count_chars()):
            raw.FPDFText_GetUnicode(textpage.raw, i)
            raw.FPDFText_GetLooseCharBox(textpage.raw, i, box)
        found.extend(obj.get_bounds() for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=2))
        textpage.close()
        page.close()
    pdf.close()
    return found


def measure_pdf(pages: int, repeat: int, folder: Path) -> Figure:
    import pypdfium2 as pdfium

    from zjtracker.importing.reader import read_policy_file

    path = folder / f"plan-{pages}-pages.pdf"
    write_pdf(path, pages)
    written = len(pdfium.PdfDocument(path.read_bytes()))
    result = read_policy_file(path)
    found = sum(1 for policy in result.policies for m in policy.iter_measures() if not m.children)
    value = median_ms(lambda: read_policy_file(path), repeat)
    floor_ms = median_ms(lambda: floor_pdf(path), repeat)
    return Figure(database=f"{written} pages", name="read .pdf with tables into the preview", value=value,
                  unit="ms", floor=floor_ms, floor_name="pypdfium2: every character box and path",
                  budget=f"≤ {PDF_BUDGET_MS:.0f} ms", passed=value <= PDF_BUDGET_MS,
                  note=f"{found} measures read")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.reader", description=__doc__.split("\n\n")[0])
    parser.add_argument("--measures", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pdf-pages", type=int, default=100, help="pages of the PDF (0: no PDF)")
    parser.add_argument("--pdf-only", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="zjtracker-reader-bench-") as folder:
        figures = [] if args.pdf_only else measure(args.measures, args.repeat, Path(folder))
        if args.pdf_pages:
            figures.append(measure_pdf(args.pdf_pages, args.repeat, Path(folder)))
    print_table(figures)
    for figure in figures:
        print(f"  {figure.name}: {figure.note}")
    return 0 if all(f.passed for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
