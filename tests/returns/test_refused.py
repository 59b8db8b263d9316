"""Files refused whole: a sentence saying what to do, and the database byte for byte as it was."""

import os
import zipfile

import pytest
from openpyxl import Workbook

from tests.returns.conftest import PERIOD, dump_all, ledger_book, save
from zjtracker.importing.errors import ImportRefused
from zjtracker.services.history.batches import apply_return
from zjtracker.services.returns.preview import preview_return

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _not_a_zip(path):
    path.write_text("落实情况,完成进度\n已完成,100\n", encoding="utf-8")


def _zero_bytes(path):
    path.write_bytes(b"")


def _legacy_xls(path):
    path.write_bytes(OLE + b"\x00" * 504 + "Workbook".encode("utf-16-le") + b"\x00" * 2000)


def _encrypted(path):
    path.write_bytes(OLE + b"\x00" * 504 + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 64
                     + "EncryptedPackage".encode("utf-16-le") + os.urandom(2000))


def _random_binary(path):
    path.write_bytes(bytes(range(256)) * 40)


def _zip_not_workbook(path):
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")


def _empty_workbook(path):
    Workbook().save(path)


def _no_header(path):
    book = Workbook()
    book.active.append(["这是一份说明"])
    book.active.append(["没有任何表头"])
    book.save(path)


def _no_fill_in_columns(path):
    book = Workbook()
    book.active.append(["序号", "工作任务", "牵头单位"])
    book.active.append(["（1）", "便利企业分支机构信息变更。", "市市场监督管理局"])
    book.save(path)


def _another_policys_ledger(path):
    rows = [["一、别的领域", None, None, f"（{n}）", f"另一份台账中第{n}项完全不同的工作任务内容，与本政策无关。", "进展",
             None, None, 50, None, None] for n in (1, 2, 3)]
    save(ledger_book(rows), path)


CASES = [
    ("回表.csv.xlsx", _not_a_zip, "unreadable_file", "另存为 .xlsx"),
    ("空文件.xlsx", _zero_bytes, "unreadable_file", "是空的"),
    ("旧格式.xls", _legacy_xls, "unreadable_file", "另存为 .xlsx"),
    ("加密.xlsx", _encrypted, "unreadable_file", "密码"),
    ("乱码.xlsx", _random_binary, "unreadable_file", "不是 Excel 工作簿"),
    ("word.xlsx", _zip_not_workbook, "unreadable_file", "已损坏"),
    ("空表.xlsx", _empty_workbook, "unreadable_file", "空的工作簿"),
    ("无表头.xlsx", _no_header, "no_header", "表头"),
    ("无填报列.xlsx", _no_fill_in_columns, "no_header", "落实情况"),
    ("别的台账.xlsx", _another_policys_ledger, "wrong_ledger", "对不上"),
]


@pytest.mark.parametrize("name, make, reason, words", CASES, ids=[c[0] for c in CASES])
def test_refused_file_leaves_the_database_unchanged(database, policy_id, tmp_path, name, make, reason, words):
    path = tmp_path / name
    make(path)
    before = dump_all(database)
    for chosen in (None, policy_id):
        preview = preview_return(database, path, PERIOD, chosen)
        assert preview.refused is not None and preview.rows == []
        assert preview.refused.reason == reason
        assert f"文件“{name}”" in preview.refused.message and words in preview.refused.message
        with pytest.raises(ImportRefused):
            apply_return(database, preview)
    assert dump_all(database) == before


def test_missing_file(database, policy_id, tmp_path):
    preview = preview_return(database, tmp_path / "nowhere.xlsx", PERIOD)
    assert preview.refused.reason == "unreadable_file" and "找不到文件" in preview.refused.message
