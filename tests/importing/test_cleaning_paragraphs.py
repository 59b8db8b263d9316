"""Logical paragraphs and numbering labels on long documents: linear time, labels past 999."""

from __future__ import annotations

import time

from zjtracker.importing.cleaning.text_lines import logical_paragraphs, match_label, normalize_width
from zjtracker.importing.structure.outline import parse_outline


def _numbered_document(count: int) -> str:
    lines = ["某区重点任务清单", "一、重点任务"]
    for number in range(1, count + 1):
        lines.append(f"{number}.完成第{number}项工作，推动各项工作落地见效，确保按期完成并报送情况，")
        lines.append("牵头单位为区发展改革局，配合单位为区财政局")
    return "\n".join(lines)


def test_labels_past_999_are_labels():
    assert match_label("1000.完成工作").number == 1000
    assert match_label("（1234）完成工作").text == "（1234）"
    assert match_label("2023.12完成") is None  # a date, not a label


def test_eight_thousand_items_are_read_in_linear_time():
    text = _numbered_document(8000)
    started = time.perf_counter()
    paragraphs = logical_paragraphs(text)
    areas = parse_outline(paragraphs, [])
    elapsed = time.perf_counter() - started
    measures = areas[0].measures
    assert len(measures) == 8000
    assert measures[-1].label == "8000."
    assert measures[-1].text.endswith("配合单位为区财政局")
    assert elapsed < 3.0, f"{elapsed:.1f} s for 8,000 items"


def test_one_long_paragraph_is_joined_in_linear_time():
    line = "推动各项工作落地见效确保按期完成并报送有关情况推动各项工作落地见效确保按期完成，"
    small = "\n".join([line] * 2000)
    big = "\n".join([line] * 8000)
    started = time.perf_counter()
    assert len(logical_paragraphs(small)) == 1
    small_time = time.perf_counter() - started
    started = time.perf_counter()
    [paragraph] = logical_paragraphs(big)
    big_time = time.perf_counter() - started
    assert paragraph.text == line * 8000
    assert big_time < 10 * small_time + 0.5  # four times the text, not sixteen times the time


def test_width_keeps_chinese_punctuation_and_folds_the_rest():
    assert normalize_width("１２３ＡＢ（牵头单位：市局）①") == "123AB（牵头单位：市局）①"
