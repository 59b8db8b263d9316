"""What the fuzzing found, kept as plain tests: each of these used to escape as an exception
other than the refusal (or to be refused by PostgreSQL in the middle of storing)."""

from __future__ import annotations

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from tests.hostile.craft import members, policy_document, write_parts
from zjtracker.db.models import Policy, Unit
from zjtracker.importing.errors import UnreadableFile
from zjtracker.importing.reader import read_policy_file
from zjtracker.services.policies.importer import import_policy_file


@pytest.mark.parametrize("data", [b"\xff\xfe\x41", b"\xfe\xff\xd8\x00\x00\x41", b"\xff\xfeA\x00\x00\x00B\x00"])
def test_a_byte_order_mark_before_bytes_that_are_not_utf16(tmp_path, data):
    path = tmp_path / "bom.txt"
    path.write_bytes(data)
    with pytest.raises(UnreadableFile) as caught:
        read_policy_file(path)
    assert "bom.txt" in caught.value.message


def test_utf16_text_still_reads(tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes("湛江市测试工作方案\r\n一、总体要求\r\n（一）推进第一项工作。\r\n".encode("utf-16"))
    result = read_policy_file(path)
    assert result.policies and "\r" not in result.policies[0].text


def test_a_docx_whose_document_is_not_xml(tmp_path):
    parts = members(policy_document(tmp_path / "base.docx"))
    parts["word/document.xml"] = parts["word/document.xml"][:-40]  # cut inside the XML
    path = write_parts(tmp_path / "cut.docx", parts)
    with pytest.raises(UnreadableFile) as caught:
        read_policy_file(path)
    assert "cut.docx" in caught.value.message and "Word" in caught.value.message


def test_a_docx_without_a_body(tmp_path):
    parts = members(policy_document(tmp_path / "base.docx"))
    xml = parts["word/document.xml"]
    start, end = xml.index(b"<w:body>"), xml.index(b"</w:body>") + len(b"</w:body>")
    parts["word/document.xml"] = xml[:start] + xml[end:]
    path = write_parts(tmp_path / "nobody.docx", parts)
    with pytest.raises(UnreadableFile):
        read_policy_file(path)


def test_texts_longer_than_their_columns_are_cut_on_both_engines(database, tmp_path):
    """A garbled list whose 'title' is 30,000 characters and whose lead unit is 12,000."""
    book = Workbook()
    sheet = book.active
    sheet.append(["很长的标题" * 6000])
    sheet.append(["序号", "工作任务", "牵头单位"])
    sheet.append(["1", "推进第一项工作。", "市商务局" * 3000])
    sheet.append(["2", "推进第二项工作。", "市商务局"])
    path = tmp_path / "长.xlsx"
    book.save(path)
    outcome = import_policy_file(database, path)
    with database.session() as session:
        title = session.scalar(select(Policy.title).where(Policy.id == outcome.policy_ids[0]))
        names = session.scalars(select(Unit.name)).all()
    assert 0 < len(title) <= 500 and title.startswith("很长的标题")
    assert "市商务局" in names and max(len(n) for n in names) <= 200
    assert any(w.code == "too_long" for w in outcome.result.warnings)
