"""Files refused as evidence: each refusal names the file in a sentence, and a refusal of
one file stores none of the files added with it."""

from __future__ import annotations

import io
import zipfile

import pytest

from tests.evidence.conftest import PERIOD, write_docx, write_png, write_xlsx
from zjtracker.services.evidence import store
from zjtracker.services.evidence.store import EvidenceRefused

MZ = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 48 + b"This program cannot be run in DOS mode"


def _refused(database, plan, *paths) -> str:
    with pytest.raises(EvidenceRefused) as caught:
        store.add_files(database, plan, PERIOD, list(paths))
    return str(caught.value)


def test_renamed_program_and_scripts(database, plans, tmp_path):
    fake = tmp_path / "现场照片.jpg"
    fake.write_bytes(MZ)
    message = _refused(database, plans[1], write_png(tmp_path / "真的.png"), fake)
    assert "现场照片.jpg" in message and "伪装" in message
    assert store.list_attachments(database, plans[1], PERIOD) == []  # all or nothing
    for name in ("setup.exe", "run.bat", "a.js", "b.vbs", "照片.lnk", "屏保.scr"):
        path = tmp_path / name
        path.write_bytes(b"echo hello\r\n")
        message = _refused(database, plans[1], path)
        assert name in message and "程序" in message
    page = tmp_path / "说明.pdf"
    page.write_bytes(b"<html><script>alert(1)</script></html>")
    assert "不是可接受" in _refused(database, plans[1], page)


def test_empty_missing_and_too_large(database, plans, tmp_path):
    empty = tmp_path / "空.pdf"
    empty.touch()
    assert "空.pdf" in _refused(database, plans[2], empty) and "空的" in _refused(database, plans[2], empty)
    assert "不在.png" in _refused(database, plans[2], tmp_path / "不在.png")
    big = tmp_path / "扫描件.pdf"
    with open(big, "wb") as handle:  # sparse: 21 MB on paper, nothing on disk
        handle.write(b"%PDF-1.4\n")
        handle.truncate(21 * 1024 * 1024)
    message = _refused(database, plans[2], big)
    assert "扫描件.pdf" in message and "21 MB" in message and "20 MB" in message


def test_period_total(database, plans, tmp_path, monkeypatch):
    monkeypatch.setattr("zjtracker.services.evidence.store.PERIOD_LIMIT_BYTES", 1000)
    small = write_png(tmp_path / "一.png")
    store.add_files(database, plans[3], PERIOD, [small])
    other = write_png(tmp_path / "二.png", shade=50)
    many = [tmp_path / f"{n}.txt" for n in range(20)]
    for n, path in enumerate(many):
        path.write_text(f"第{n}份说明" * 20, encoding="utf-8")
    message = _refused(database, plans[3], other, *many)
    assert "合计" in message and ".txt" in message
    assert len(store.list_attachments(database, plans[3], PERIOD)) == 1
    assert len(store.add_files(database, plans[4], PERIOD, [other])) == 1  # another task has its own total


def test_zip_bomb_and_macros(database, plans, tmp_path):
    book = write_xlsx(tmp_path / "统计.xlsx")
    bomb = tmp_path / "炸弹.xlsx"
    with zipfile.ZipFile(book) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.infolist():
            target.writestr(member, source.read(member))
        target.writestr("xl/media/zeros.xml", b"<a>" + b"0" * (30 * 1024 * 1024) + b"</a>")
    message = _refused(database, plans[5], bomb)
    assert "炸弹.xlsx" in message and "压缩" in message
    macro = tmp_path / "宏.docx"
    document = write_docx(tmp_path / "纪要.docx")
    with zipfile.ZipFile(document) as source, zipfile.ZipFile(macro, "w") as target:
        for member in source.infolist():
            target.writestr(member, source.read(member))
        target.writestr("word/vbaProject.bin", b"\x00" * 100)
    assert "宏" in _refused(database, plans[5], macro)
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w") as archive:
        archive.writestr("a.exe", MZ)
    archive_file = tmp_path / "资料.docx"
    archive_file.write_bytes(packed.getvalue())
    assert "资料.docx" in _refused(database, plans[5], archive_file)


def test_bad_plan_and_period(database, plans, tmp_path):
    photo = write_png(tmp_path / "a.png")
    assert "不存在" in _refused(database, 99999, photo)
    with pytest.raises(EvidenceRefused, match="报告期"):
        store.add_files(database, plans[1], "下季度", [photo])
