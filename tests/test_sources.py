"""Policy documents arrive as UTF-8 or GB18030 text and as .docx with real tables."""

from pathlib import Path

import docx

from zjtracker.importing.reader import read_policy_file
from zjtracker.importing.sources.documents import read_docx_file

SEED_000 = Path(__file__).resolve().parent.parent / "resources" / "seeds" / "000_84cdd3e845ddc2ba.txt"


def _summary(result):
    policy = result.policies[0]
    return (
        policy.title,
        policy.doc_no,
        [(a.label, a.title) for a in policy.areas],
        [(m.label, m.text[:30], [(u.name, u.role) for u in m.units], [(p.year, p.text[:20]) for p in m.plans])
         for m in policy.iter_measures()],
    )


def test_gb18030_text_reads_like_utf8(tmp_path):
    text = SEED_000.read_text(encoding="utf-8")
    gb = tmp_path / "政策 文件.txt"
    gb.write_bytes(text.encode("gb18030"))
    assert _summary(read_policy_file(gb)) == _summary(read_policy_file(SEED_000))


def _write_docx(path: Path) -> None:
    """The 000 document as Word would hold it: paragraphs, and the appendix as a table."""
    document = docx.Document()
    table = None
    for line in SEED_000.read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            cells = line.split("\t")
            if table is None:
                table = document.add_table(rows=0, cols=len(cells))
            if cells[0] == "具体措施" and len(table.rows):
                continue  # a Word table has its header once, not once per page
            row = table.add_row().cells
            for cell, value in zip(row, cells):
                cell.text = value
        elif line.strip():
            table = None
            document.add_paragraph(line)
    document.save(path)


def test_docx_with_a_real_table_reads_like_the_text(tmp_path):
    path = tmp_path / "实施方案.docx"
    _write_docx(path)
    text = read_docx_file(path)
    assert "具体措施\t2022 年工作计划" in text
    from_docx = read_policy_file(path)
    txt = _summary(read_policy_file(SEED_000))
    got = _summary(from_docx)
    assert got[:3] == txt[:3]
    assert len(got[3]) == len(txt[3])
    measure_14 = next(m for m in from_docx.policies[0].iter_measures() if m.label.startswith("14"))
    assert ("市工业和信息化局", "lead") in [(u.name, u.role) for u in measure_14.units]
    assert [p.target for p in measure_14.plans if p.year == 2025] == [18600]
