"""Text files in every encoding a Chinese office saves them in."""

from __future__ import annotations

import codecs

import pytest

from zjtracker.importing.cleaning.encodings import decode_text
from zjtracker.importing.errors import UnreadableFile
from zjtracker.importing.reader import read_policy_file

TEXT = "南平市工作方案\r\n一、重点任务\r\n1.建设平台，2025年底前完成。（市财政局牵头）\n2.做好乙事。\n"
EXPECTED = TEXT.replace("\r\n", "\n")


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
    codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    TEXT.encode("utf-16-le"),
    TEXT.encode("utf-16-be"),
    TEXT.encode("gb18030"),
    TEXT.encode("gbk"),
], ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "gb18030", "gbk"])
def test_every_encoding_decodes_to_the_same_text(data):
    assert decode_text(data, "a.txt") == EXPECTED


def test_big5_from_a_traditional_chinese_system():
    text = "臺南市工作方案\n一、重點任務\n1.推進項目建設。\n"
    assert decode_text(text.encode("big5"), "a.txt") == text


@pytest.mark.parametrize("data", [bytes(range(256)) * 20, codecs.BOM_UTF16_LE + b"\x00\xd8" * 5,
                                  b"PK\x03\x04" + bytes(200)])
def test_what_is_not_text_is_refused_naming_the_file(data):
    with pytest.raises(UnreadableFile, match="“b.txt”不是可识别的文本文件"):
        decode_text(data, "b.txt")


def test_a_utf16_file_without_a_mark_is_read_as_a_policy(tmp_path):
    path = tmp_path / "nanping.txt"
    path.write_bytes(TEXT.encode("utf-16-le"))
    [policy] = read_policy_file(path).policies
    assert policy.title == "南平市工作方案"
    measures = [m for m in policy.iter_measures() if not m.children]
    assert [m.number for m in measures] == [1, 2]
    assert measures[0].deadline.isoformat() == "2025-12-31"
