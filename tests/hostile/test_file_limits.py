"""Size and decompression limits: bombs are refused within seconds and without large memory;
real ledgers, far larger than any seen, pass."""

from __future__ import annotations

import zipfile

import pytest

from tests.hostile.bounds import MEMORY, READERS, SECONDS, refused
from tests.hostile.conftest import measured
from tests.hostile.craft import (
    MB, Entry, bomb_entry, deflated, excel_style_parts, ledger_rows, ledger_workbook, members,
    policy_document, rebuild, write_parts, write_zip,
)
from tests.returns.conftest import PERIOD
from zjtracker.importing.sources import file_limits
from zjtracker.importing.errors import ImportRefused
from zjtracker.importing.reader import read_policy_file
from zjtracker.importing.returns.reader import read_return
from zjtracker.services.policies.importer import import_policy_file
from zjtracker.services.returns.detect import glance
from zjtracker.services.returns.preview import preview_return


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("part", ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"])
def test_a_gigabyte_of_zeros_in_a_workbook_is_refused(tmp_path, reader, part):
    base = write_parts(tmp_path / "base.xlsx", excel_style_parts(ledger_rows()))
    bomb = rebuild(base, tmp_path / "季度台账 bomb.xlsx", {part: bomb_entry(part)})
    assert bomb.stat().st_size < 2 * MB
    message = refused(READERS[reader], bomb)
    assert "压缩" in message and part in message


@pytest.mark.parametrize("reader", READERS)
def test_a_bomb_that_lies_about_its_size_is_refused(tmp_path, reader):
    """The headers declare 2 KB (with the CRC of 2 KB of zeros); the stream holds 1 GB."""
    base = write_parts(tmp_path / "base.xlsx", excel_style_parts(ledger_rows()))
    part = "xl/styles.xml"  # read whole by openpyxl (ZipFile.read), not streamed
    bomb = rebuild(base, tmp_path / "lying.xlsx", {part: bomb_entry(part, declared=2048)})
    message = refused(READERS[reader], bomb)
    assert "声明的大小" in message and part in message


def test_a_docx_bomb_is_refused_also_in_an_image(tmp_path):
    base = policy_document(tmp_path / "base.docx")
    honest = rebuild(base, tmp_path / "bomb.docx", {"word/document.xml": bomb_entry("word/document.xml")})
    assert "压缩" in refused(read_policy_file, honest)
    image = "word/media/image1.png"  # python-docx reads every part whole; images are not skipped
    lying = rebuild(base, tmp_path / "image.docx", {image: bomb_entry(image, declared=4096)})
    assert image in refused(read_policy_file, lying)


def test_a_bomb_dropped_on_the_window_is_not_even_glanced_at(tmp_path):
    base = ledger_workbook(tmp_path / "base.xlsx")
    bomb = rebuild(base, tmp_path / "bomb.xlsx", {"xl/worksheets/sheet1.xml": bomb_entry("xl/worksheets/sheet1.xml")})
    assert glance(base) is not None and glance(base).is_return
    with measured() as cost:
        assert glance(bomb) is None
    assert cost.seconds < SECONDS and cost.peak_bytes < MEMORY


def test_a_refused_bomb_changes_nothing_in_the_database(database, policy_id, unchanged, tmp_path):
    base = ledger_workbook(tmp_path / "base.xlsx")
    bomb = rebuild(base, tmp_path / "bomb.xlsx", {"xl/worksheets/sheet1.xml": bomb_entry("xl/worksheets/sheet1.xml")})
    preview = preview_return(database, bomb, PERIOD, policy_id)
    assert preview.refused is not None and preview.refused.reason == "unreadable_file"
    assert "压缩" in preview.refused.message and preview.rows == []
    with pytest.raises(ImportRefused):
        import_policy_file(database, bomb)
    unchanged()


def test_too_many_members(tmp_path):
    parts = excel_style_parts(ledger_rows())
    entries = [deflated(name, content) for name, content in parts.items()]
    entries += [Entry(f"customXml/item{n}.xml", b"", 0, 0, zipfile.ZIP_STORED) for n in range(file_limits.MAX_MEMBERS)]
    path = write_zip(tmp_path / "many.xlsx", entries)
    assert "部件" in refused(read_policy_file, path)


def test_a_merged_range_over_the_whole_sheet_is_refused(tmp_path):
    """A 2 KB file whose merged range A1:XFD1048576 would make openpyxl build 17 billion cells."""
    parts = excel_style_parts(ledger_rows())
    sheet = parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = sheet.replace(
        b"</sheetData>", b'</sheetData><mergeCells count="1"><mergeCell ref="A20:XFD1048576"/></mergeCells>')
    path = write_parts(tmp_path / "merged.xlsx", parts)
    assert path.stat().st_size < 4096
    for reader in READERS.values():
        assert "单元格" in refused(reader, path)


def test_too_many_cells_are_refused(tmp_path):
    parts = excel_style_parts(ledger_rows())
    rows = range(10, 10 + file_limits.MAX_CELLS // 12 + 1)  # styled empty cells, as below a formatted table
    filler = "".join(f'<row r="{r}">' + "".join(f'<c r="{c}{r}" s="1"/>' for c in "ABCDEFGHIJKL") + "</row>"
                     for r in rows).encode()
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(b"</sheetData>", filler + b"</sheetData>")
    path = write_parts(tmp_path / "cells.xlsx", parts)
    assert "单元格" in refused(read_return, path)


def test_a_thirty_thousand_row_ledger_passes_the_checks(tmp_path):
    """Written as Excel writes it (shared strings): far below every limit."""
    rows = ledger_rows(30_000)
    for n, row in enumerate(rows[2:], 1):
        row[4] = f"第{n}项工作任务：持续推进政务服务标准化、规范化、便利化，实现高频事项“一网通办”。"
        row[5] = f"已完成阶段工作，累计办理{n * 3}件，群众满意度较高。"
    path = write_parts(tmp_path / "big.xlsx", excel_style_parts(rows))
    with measured() as cost:
        file_limits.check_workbook(path)
    assert cost.seconds < SECONDS and cost.peak_bytes < 20 * MB
    total = sum(info.file_size for info in zipfile.ZipFile(path).infolist())
    assert total * 4 < file_limits.MAX_UNCOMPRESSED_BYTES


def test_the_sample_ledger_as_a_workbook_reads(tmp_path):
    from tests.importing.test_ledger_xlsx import SEED, write_city_ledger
    from zjtracker.importing.tables.ledger.text import parse_ledger_text

    policy = parse_ledger_text(SEED.read_text(encoding="utf-8"), SEED.name)
    path = tmp_path / "2023年湛江市优化营商环境行动工作任务台账.xlsx"
    write_city_ledger(policy, path)
    result = read_policy_file(path)
    assert len(list(result.policies[0].iter_measures())) == 83 + 472


def test_a_stray_value_in_the_last_cell_costs_nothing(tmp_path):
    """One value in XFD1048576 used to make the policy reader build a grid of 17 billion cells."""
    parts = excel_style_parts(ledger_rows())
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(
        b"</sheetData>", b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>')
    path = write_parts(tmp_path / "stray.xlsx", parts)
    with measured() as cost:
        result = read_policy_file(path)
        returned = read_return(path)
    assert cost.seconds < SECONDS and cost.peak_bytes < MEMORY
    assert len(list(result.policies[0].iter_measures())) == 3 and len(returned.rows) == 3
    assert any("已忽略" in w.message for w in result.warnings)


@pytest.mark.parametrize("name, limit", [("大文件.txt", 20), ("大文件.xlsx", 50), ("大文件.docx", 50)])
def test_files_over_the_size_limit(tmp_path, name, limit):
    path = tmp_path / name
    with path.open("wb") as handle:
        handle.truncate(limit * MB + 1)  # sparse: nothing is written
    message = refused(read_policy_file, path)
    assert f"上限 {limit} MB" in message


def test_a_member_with_a_wrong_crc_is_damaged(tmp_path):
    base = ledger_workbook(tmp_path / "base.xlsx")
    sheet = members(base)["xl/worksheets/sheet1.xml"]
    good = deflated("xl/worksheets/sheet1.xml", sheet)
    bad = Entry(good.name, good.data, good.crc ^ 1, good.size)
    path = rebuild(base, tmp_path / "crc.xlsx", {good.name: bad})
    assert "已损坏" in refused(read_return, path)


def test_a_member_shorter_than_declared_is_damaged(tmp_path):
    base = ledger_workbook(tmp_path / "base.xlsx")
    sheet = members(base)["xl/worksheets/sheet1.xml"]
    good = deflated("xl/worksheets/sheet1.xml", sheet)
    path = rebuild(base, tmp_path / "short.xlsx", {good.name: Entry(good.name, good.data, good.crc, good.size + 10)})
    assert "已损坏" in refused(read_policy_file, path)
