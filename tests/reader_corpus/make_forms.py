"""Writes the corpus documents in the forms policies arrive in besides .txt/.docx/.xlsx —
PDF with a text layer (prose, and task tables over several pages), saved web pages (.html
in GB2312, .mhtml), legacy .xls task lists — from the content of existing corpus documents,
each with its ground truth (docs/), and the scanned PDF the reader must refuse (refused/).

    python -m tests.reader_corpus.make_forms

The files are committed, so the corpus is readable without running this (it needs xlwt and
Pillow besides reportlab)."""

from __future__ import annotations

from pathlib import Path

from tests.reader_corpus.gen import catalogue_prose2, catalogue_tables  # noqa: F401 (register)
from tests.reader_corpus.gen.catalogue_office import OFFICE
from tests.reader_corpus.gen.catalogue_prose import ENTRIES
from tests.reader_corpus.gen.render_forms import mhtml, scanned_pdf, web_page, write_pdf, write_xls
from tests.reader_corpus.gen.write import DOCS, save_truth

REFUSED = Path(__file__).resolve().parent / "refused"
PROSE = {fn.__name__: fn for fn in ENTRIES}
TABLES = {fn.__name__: fn for fn in OFFICE}


def _prose(name: str, stem: str, suffix: str, layout: str):
    doc, text, _, _ = PROSE[name]()
    doc.stem, doc.suffix, doc.layouts = stem, suffix, doc.layouts + [layout]
    return doc, [line for line in text.split("\n")]


def _table(name: str, stem: str, suffix: str, layout: str):
    doc, write = TABLES[name]()
    doc.stem, doc.suffix, doc.layouts = stem, suffix, doc.layouts + [layout]
    return doc, write.args[1], write.keywords


def main() -> None:
    written = []
    for name in ("luoyang", "liuzhou", "quanzhou", "changzhou"):  # prose PDFs
        doc, lines = _prose(name, f"{name}_prose_pdf", ".pdf", "pdf")
        write_pdf(DOCS / f"{doc.stem}.pdf", [line for line in lines if line.strip()])
        written.append(doc)
    for name in ("xuzhou", "yichang", "shijiazhuang"):  # task tables over pages
        doc, st, kw = _table(name, f"{name}_table_pdf", ".pdf", "pdf_table")
        before = [doc.title] + [line for line in kw.get("before", []) if line != doc.title]
        write_pdf(DOCS / f"{doc.stem}.pdf", before, doc, st, merge_group=kw.get("merge_group", False))
        written.append(doc)
    for name in ("mianyang", "nanchong", "weifang"):  # saved web pages
        doc, lines = _prose(name, f"{name}_page_html", ".html", "html_page")
        (DOCS / f"{doc.stem}.html").write_bytes(web_page(doc, lines).encode("gb18030"))
        written.append(doc)
    doc, st, kw = _table("lanzhou", "lanzhou_page_table_html", ".htm", "html_table")
    (DOCS / f"{doc.stem}.htm").write_bytes(
        web_page(doc, kw["before"], st, merge_group=True).encode("gb18030"))
    written.append(doc)
    doc, lines = _prose("handan", "handan_saved_mhtml", ".mhtml", "mhtml")
    (DOCS / f"{doc.stem}.mhtml").write_bytes(mhtml(web_page(doc, lines), doc))
    written.append(doc)
    doc, st, kw = _table("zunyi", "zunyi_saved_table_mhtml", ".mhtml", "mhtml")
    (DOCS / f"{doc.stem}.mhtml").write_bytes(mhtml(web_page(doc, kw["before"], st), doc))
    written.append(doc)
    for name in ("yantai", "hefei", "taiyuan", "kunming"):  # legacy Excel task lists
        doc, st, kw = _table(name, f"{name}_list_xls", ".xls", "xls_list")
        write_xls(doc, st, DOCS / f"{doc.stem}.xls", title_rows=kw.get("title_rows", ()),
                  merge_group=kw.get("merge_group", False), date_cells=kw.get("date_cells", False),
                  sheet=kw.get("sheet", "Sheet1"))
        written.append(doc)
    for doc in written:
        save_truth(doc)
        print(f"{doc.stem}{doc.suffix}: {sum(1 for _ in doc.leaves())} measures")
    REFUSED.mkdir(exist_ok=True)
    _, lines = _prose("luoyang", "scanned", ".pdf", "scanned")
    scanned_pdf(REFUSED / "scanned_notice.pdf", [line for line in lines if line.strip()])


if __name__ == "__main__":
    main()
