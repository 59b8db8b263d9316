"""The whole-document cleaning: invisible characters, page feeds and line separators, and
line numbers that still point at the source."""

from __future__ import annotations

from zjtracker.importing.cleaning.document_text import clean_document_text, physical_lines
from zjtracker.importing.reader import parse_policy_text


def test_line_separators_and_page_feeds():
    lines, origins = physical_lines("甲\r\n乙\u2028丙\n\f丁\r戊")
    assert lines == ["甲", "乙", "丙", "丁", "戊"]
    assert origins == [0, 1, 1, 2, 3]


def test_a_clean_text_is_left_as_it_is():
    text = "某县工作方案\n一、重点任务\n1.做好甲事。（县财政局牵头）"
    cleaned = clean_document_text(text)
    assert cleaned.text == text
    assert not cleaned.changed_lines and cleaned.script_map is None


def test_invisible_characters_and_separators_do_not_hide_units_or_move_lines():
    text = ("某县工作方案\n一、重点任务\n"
            "1.做好甲事。（牵头\u200b单位：县财政局；完成时限：2025年6月底前）\u20282.做好乙事。"
            "（牵\xad头单位：县\u200d民政局）\n\f3.做好丙事。（县水利局牵头）\n")
    result = parse_policy_text(text, "a.txt")
    [policy] = result.policies
    measures = [m for m in policy.iter_measures() if not m.children]
    assert [(m.number, [u.name for u in m.units], m.line) for m in measures] == [
        (1, ["县财政局"], 3), (2, ["县民政局"], 3), (3, ["县水利局"], 4)]
    assert measures[0].deadline.isoformat() == "2025-06-30"
    assert policy.text == text
