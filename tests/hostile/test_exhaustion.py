"""Files built to exhaust the machine: a merge bomb in a sheet stored under another name,
a file swapped between the check and the read, a Word document of megabyte paragraphs, a
return with a cell of 45 MB. Each is refused (or its cell rejected) quickly, in bounded
memory, with a sentence naming the file."""

from __future__ import annotations

import builtins
import io
import random
import zlib
from pathlib import Path

import pytest

from tests.hostile.bounds import MEMORY, READERS, SECONDS, refused
from tests.hostile.conftest import measured
from tests.hostile.craft import (
    EXTERNAL, MARK, MB, Entry, attack, excel_style_parts, ledger_rows, ledger_workbook, policy_document, write_parts,
    write_zip,
)
from zjtracker.importing.errors import UnreadableFile
from zjtracker.importing.reader import read_policy_file
from zjtracker.importing.returns.reader import read_return
from zjtracker.services.returns.detect import glance

_OPEN = builtins.open


def _sheet_elsewhere(parts: dict[str, bytes], where: str, merge: str | None) -> dict[str, bytes]:
    """The workbook with its sheet stored as ``where`` (the content types and the
    workbook's relationships say so), a merged range ``merge`` added to it."""
    sheet = parts.pop("xl/worksheets/sheet1.xml")
    if merge:
        sheet = sheet.replace(b"</sheetData>", f'</sheetData><mergeCells count="1"><mergeCell ref="{merge}"/>'
                                               "</mergeCells>".encode())
    parts[where] = sheet
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"/xl/worksheets/sheet1.xml", f"/{where}".encode())
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b'Target="worksheets/sheet1.xml"', f'Target="{where.removeprefix("xl/")}"'.encode())
    return parts


@pytest.mark.parametrize("reader", READERS)
def test_a_merge_bomb_in_a_sheet_not_named_like_one_is_refused(tmp_path, reader):
    where = "xl/other/data.xml"
    plain = write_parts(tmp_path / "plain.xlsx", _sheet_elsewhere(excel_style_parts(ledger_rows()), where, "A1:B1"))
    assert read_return(plain).rows, "openpyxl reads a sheet wherever the relationships put it"
    bomb = write_parts(tmp_path / "合并炸弹.xlsx",
                       _sheet_elsewhere(excel_style_parts(ledger_rows()), where, "A1:XFD1048576"))
    assert bomb.stat().st_size < 10 * 1024
    message = refused(READERS[reader], bomb)
    assert "单元格" in message and "1,500,000" in message
    with measured() as cost:
        assert glance(bomb) is None  # not even glanced at when dropped on the window
    assert cost.seconds < SECONDS and cost.peak_bytes < MEMORY


class _Swapped:
    """Every open of ``path`` after the first gives ``other``'s bytes: a file changed on
    disk (or on a network share) between the check and the read."""

    def __init__(self, monkeypatch, path: Path, other: Path):
        self.path, self.other, self.opened = path.resolve(), other, 0
        real = _OPEN

        def opening(file, *args, **kwargs):
            if isinstance(file, (str, Path)) and Path(file).resolve() == self.path:
                self.opened += 1
                if self.opened > 1:
                    file = self.other
            return real(file, *args, **kwargs)

        monkeypatch.setattr(builtins, "open", opening)
        monkeypatch.setattr(io, "open", opening)  # zipfile and pathlib open through io.open


def _planted_workbook(folder: Path) -> Path:
    """What the file becomes after the check: an entity attack the check refuses."""
    parts = excel_style_parts(ledger_rows(marker=f"调包{MARK}"))
    parts["xl/sharedStrings.xml"] = attack(parts["xl/sharedStrings.xml"], EXTERNAL)
    return write_parts(folder / "planted.xlsx", parts)


def _planted_document(folder: Path) -> Path:
    parts = _members(policy_document(folder / "p.docx", ["调包后的方案", "一、总体要求", f"（一）调包的工作。{MARK}"]))
    parts["word/document.xml"] = attack(parts["word/document.xml"], EXTERNAL)
    return write_parts(folder / "planted.docx", parts)


def checked_whatever_was_read(call, path: Path) -> None:
    """The file read as it was checked, or what it became refused by the check: never the
    bytes that came after the check parsed unchecked."""
    try:
        result = call(path)
    except UnreadableFile as refusal:
        assert f"文件“{path.name}”" in refusal.message and "DOCTYPE" in refusal.message, refusal.message
        return
    assert "调包" not in repr(result)


def test_a_workbook_swapped_after_the_check_is_not_parsed_unchecked(tmp_path, monkeypatch):
    """The policy reader looks at the first bytes to tell the form; whatever it reads
    after that is checked before openpyxl sees it."""
    path = ledger_workbook(tmp_path / "台账.xlsx")
    _Swapped(monkeypatch, path, _planted_workbook(tmp_path))
    checked_whatever_was_read(read_policy_file, path)


def test_a_return_swapped_after_the_check_is_not_parsed_unchecked(tmp_path, monkeypatch):
    """A return is read once, checked and parsed from the same bytes; so is its glance."""
    path = ledger_workbook(tmp_path / "台账.xlsx")
    planted = _planted_workbook(tmp_path)
    swap = _Swapped(monkeypatch, path, planted)
    assert read_return(path).rows and swap.opened == 1
    swap = _Swapped(monkeypatch, path, planted)
    assert glance(path).fill_columns and swap.opened == 1


def test_a_document_swapped_after_the_check_is_not_parsed_unchecked(tmp_path, monkeypatch):
    path = policy_document(tmp_path / "方案.docx")
    _Swapped(monkeypatch, path, _planted_document(tmp_path))
    checked_whatever_was_read(read_policy_file, path)


@pytest.mark.parametrize("reader", READERS)
def test_a_file_grown_after_its_size_was_seen_is_refused_in_bounded_memory(tmp_path, monkeypatch, reader):
    """The size is seen on the small file, the bytes read are those of a 60 MB one."""
    path = ledger_workbook(tmp_path / "台账.xlsx")
    grown = tmp_path / "grown.xlsx"
    grown.write_bytes(path.read_bytes() + bytes(60 * MB))
    _Swapped(monkeypatch, path, grown).opened = 1  # every open gives the grown file
    message = refused(READERS[reader], path)
    assert "60 MB" in message and "50 MB" in message


def _block(size: int, seed: int) -> str:
    """Chinese text that compresses about as well as prose, not as zeros; repeated (within
    the 32 KB that deflate looks back), it compresses some 50 to 70 times."""
    pick = random.Random(seed)
    return "".join(pick.choice("推进落实市场准入营商环境改革服务企业群众办理事项时间压缩优化提升")
                   for _ in range(size))


def _docx(path: Path, paragraph: str, count: int, runs: int = 1) -> Path:
    """A Word document of ``count`` equal paragraphs (each in ``runs`` runs), deflated as
    a stream whose repeated pieces cost their compressed size once: a small file."""
    base = _members(policy_document(path.with_suffix(".base.docx")))
    head, _, tail = base["word/document.xml"].partition(b"<w:body>")
    tail = tail[tail.index(b"<w:sectPr"):] if b"<w:sectPr" in tail else b"</w:body></w:document>"
    run = f"<w:r><w:t>{paragraph}</w:t></w:r>".encode()
    unit = b"<w:p>" + run * runs + b"</w:p>"
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    first = packer.compress(head + b"<w:body>") + packer.flush(zlib.Z_FULL_FLUSH)
    repeated = packer.compress(unit) + packer.flush(zlib.Z_FULL_FLUSH)
    last = packer.compress(tail) + packer.flush()
    crc = zlib.crc32(head + b"<w:body>")
    for _ in range(count):
        crc = zlib.crc32(unit, crc)
    crc = zlib.crc32(tail, crc)
    size = len(head) + len(b"<w:body>") + len(unit) * count + len(tail)
    entries = [Entry("word/document.xml", first + repeated * count + last, crc, size)]
    entries += [_deflated(name, data) for name, data in base.items() if name != "word/document.xml"]
    return write_zip(path, entries)


def _members(path: Path) -> dict[str, bytes]:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def _deflated(name: str, data: bytes) -> Entry:
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    return Entry(name, packer.compress(data) + packer.flush(), zlib.crc32(data), len(data))


def test_a_document_of_megabyte_paragraphs_is_refused(tmp_path):
    paragraph = _block(8 * 1024, 1) * 43  # 352 K characters, a megabyte in UTF-8
    path = _docx(tmp_path / "长段落.docx", paragraph, 150)
    assert path.stat().st_size < 4 * MB  # 150 MB of text inside
    message = refused(read_policy_file, path)
    assert "word/document.xml" in message and "连续文字" in message


def test_a_document_holding_more_text_than_a_text_file_may_is_refused(tmp_path):
    """Paragraphs of 200 KB in runs of 20 KB: each short enough, together 30 MB."""
    path = _docx(tmp_path / "太多文字.docx", _block(7 * 1024, 2), 150, runs=10)
    message = refused(read_policy_file, path)
    assert "20 MB" in message and "文字" in message


def test_a_paragraph_longer_than_a_cell_may_hold_is_refused(tmp_path):
    path = _docx(tmp_path / "一段.docx", _block(4 * 1024, 3), 1, runs=10)  # 40,960 characters
    message = refused(read_policy_file, path)
    assert "40,960" in message and "32,767" in message


def _return_with(path: Path, status_text: str) -> Path:
    rows = ledger_rows()
    rows[2][5] = status_text  # 落实情况 of the first task
    return write_parts(path, excel_style_parts(rows))


def test_a_return_with_a_cell_of_45_megabytes_is_refused(tmp_path):
    pick = random.Random(4)
    varied = [chr(code) for code in range(0x4E00, 0x4E00 + 3000)]
    block = _block(8 * 1024, 4)  # with 200 characters of its own after each: some 40 times smaller
    text = "".join(block + "".join(pick.choices(varied, k=200)) for _ in range(1920))  # 16 M characters, 48 MB
    path = _return_with(tmp_path / "超长落实情况.xlsx", text)
    assert path.stat().st_size < 10 * MB
    for reader in READERS.values():
        message = refused(reader, path)
        assert "xl/sharedStrings.xml" in message and "32,767" in message


def test_a_text_longer_than_a_cell_may_hold_is_a_rejected_cell(tmp_path):
    path = _return_with(tmp_path / "长.xlsx", _block(40_000, 5))
    first, second, third = read_return(path).rows
    assert [issue.reason for issue in first.problems] == ["too_long"]
    message = first.problems[0].message
    assert "文件“长.xlsx”" in message and "第 3 行" in message and "落实情况" in message
    assert "40,000" in message and "32,767" in message
    assert "status_text" not in first.values and not second.problems and not third.problems
    text = _block(32_767, 6)  # Excel's limit itself is read
    [first, *_] = read_return(_return_with(tmp_path / "满.xlsx", text)).rows
    assert not first.problems and first.values["status_text"] == text
