"""XML entity attacks (billion laughs, external entities, parameter entities) in real
.xlsx and .docx files: refused with a sentence; and even past that check, the parsers
(openpyxl with defusedxml, python-docx with entity resolution off) never expand them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.conftest import measured
from tests.hostile.craft import (
    EXTERNAL, LAUGHS, MARK, MB, PARAMETER, attack, excel_style_parts, ledger_rows, members, policy_document,
    write_parts,
)
from tests.returns.conftest import PERIOD
from zjtracker.importing.sources import workbook as ledger_xlsx
from zjtracker.importing.returns import workbook as returns_workbook
from zjtracker.importing.sources import docx_source as sources
from zjtracker.importing.sources.file_limits import read_limited_bytes
from zjtracker.importing.errors import ImportRefused, UnreadableFile
from zjtracker.importing.reader import read_policy_file
from zjtracker.importing.returns.reader import read_return
from zjtracker.services.policies.importer import import_policy_file
from zjtracker.services.returns.preview import preview_return

ATTACKS = {"laughs": LAUGHS, "external": EXTERNAL, "parameter": PARAMETER}
ENCODINGS = ["utf-8", "utf-16-le"]
XLSX_PARTS = ["xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "xl/workbook.xml", "[Content_Types].xml"]
PASSWD = Path("/etc/passwd").read_text(errors="replace").splitlines()[0] if Path("/etc/passwd").exists() else "root:x:0:0"


def hostile_workbook(folder: Path, part: str, kind: str, encoding: str) -> Path:
    parts = excel_style_parts(ledger_rows(3, marker=MARK))
    if MARK.encode() not in parts[part]:
        parts[part] = parts[part].replace(b"<Default ", f"<!-- {MARK} --><Default ".encode(), 1)
        parts[part] = parts[part].replace(b'name="Sheet1"', f'name="S{MARK}"'.encode())
    parts[part] = attack(parts[part], ATTACKS[kind], encoding)
    return write_parts(folder / f"回报 {kind}.xlsx", parts)


def hostile_document(folder: Path, kind: str, encoding: str) -> Path:
    base = policy_document(folder / "base.docx", ["湛江市测试工作方案", "一、总体要求",
                                                   f"（一）推进第一项工作。{MARK}", "二、重点任务", "（二）推进第二项工作。"])
    parts = members(base)
    parts["word/document.xml"] = attack(parts["word/document.xml"], ATTACKS[kind], encoding)
    return write_parts(folder / f"政策 {kind}.docx", parts)


def never_leaked(value) -> None:
    text = repr(value)
    assert PASSWD not in text and "root:" not in text
    assert "lollollol" not in text


def test_openpyxl_parses_with_defusedxml():
    import openpyxl.xml
    from openpyxl.xml import functions

    assert openpyxl.xml.DEFUSEDXML is True
    assert functions.iterparse.__module__.startswith("defusedxml")


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("kind", ATTACKS)
@pytest.mark.parametrize("part", XLSX_PARTS)
def test_workbook_attacks_are_refused(tmp_path, part, kind, encoding):
    path = hostile_workbook(tmp_path, part, kind, encoding)
    for reader in (read_policy_file, read_return):
        with measured() as cost:
            with pytest.raises(UnreadableFile) as caught:
                reader(path)
        assert cost.seconds < 5 and cost.peak_bytes < 50 * MB
        message = caught.value.message
        assert f"文件“{path.name}”" in message and part in message and "DOCTYPE" in message


@pytest.mark.parametrize("kind", ATTACKS)
@pytest.mark.parametrize("part", XLSX_PARTS[:3])
def test_past_the_check_openpyxl_still_never_expands(tmp_path, monkeypatch, part, kind):
    """With the DTD check switched off, openpyxl (defusedxml, lxml without entity
    resolution) refuses or ignores the entities; nothing is expanded or fetched."""
    monkeypatch.setattr(ledger_xlsx, "read_checked_bytes", read_limited_bytes)  # read, not checked
    monkeypatch.setattr(returns_workbook, "check_archive", lambda *args: None)
    path = hostile_workbook(tmp_path, part, kind, "utf-8")
    for reader in (read_policy_file, read_return):
        with measured() as cost:
            try:
                never_leaked(reader(path))
            except ImportRefused as refusal:
                never_leaked(refusal.message)
        assert cost.seconds < 5 and cost.peak_bytes < 50 * MB


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("kind", ATTACKS)
def test_document_attacks_are_refused(tmp_path, kind, encoding):
    path = hostile_document(tmp_path, kind, encoding)
    with pytest.raises(UnreadableFile) as caught:
        read_policy_file(path)
    assert f"文件“{path.name}”" in caught.value.message and "word/document.xml" in caught.value.message


@pytest.mark.parametrize("kind", ATTACKS)
def test_past_the_check_python_docx_still_never_expands(tmp_path, monkeypatch, kind):
    monkeypatch.setattr(sources, "read_checked_bytes", read_limited_bytes)  # read, not checked
    path = hostile_document(tmp_path, kind, "utf-8")
    with measured() as cost:
        try:
            result = read_policy_file(path)
        except ImportRefused as refusal:  # billion laughs: lxml stops at its amplification limit
            never_leaked(refusal.message)
        else:
            never_leaked(result)
            assert "推进第一项工作" in repr(result)
    assert cost.seconds < 5 and cost.peak_bytes < 50 * MB


def test_nothing_of_an_attack_reaches_the_database(database, policy_id, unchanged, tmp_path):
    for kind in ATTACKS:
        workbook = hostile_workbook(tmp_path, "xl/sharedStrings.xml", kind, "utf-8")
        preview = preview_return(database, workbook, PERIOD, policy_id)
        assert preview.refused is not None and preview.rows == []
        never_leaked(preview)
        for path in (workbook, hostile_document(tmp_path, kind, "utf-8")):
            with pytest.raises(ImportRefused) as caught:
                import_policy_file(database, path)
            never_leaked(caught.value.message)
    unchanged()
