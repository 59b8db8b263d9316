"""Reading one fill-in cell: 完成进度 in all its spellings, 评估情况, text, blanks."""

import pytest

from zjtracker.importing.returns.values import (
    BLANK, BadValue, assessment_value, check_percent, percent_value, text_value,
)


@pytest.mark.parametrize("raw, percent_format, expected", [
    (80, False, 80.0), (80.5, False, 80.5), ("80", False, 80.0), ("80%", False, 80.0),
    ("80％", False, 80.0), ("８０", False, 80.0), ("８０％", False, 80.0), (" 80 % ", False, 80.0),
    (0.8, True, 80.0), (1, True, 100.0), (0, False, 0.0), ("100", False, 100.0), ("0.5", False, 0.5),
])
def test_percent_spellings(raw, percent_format, expected):
    assert percent_value(raw, percent_format) == pytest.approx(expected)


@pytest.mark.parametrize("raw", [None, "", "   ", "/", "—", "-"])
def test_blank_percent_is_no_change(raw):
    assert percent_value(raw) is BLANK


@pytest.mark.parametrize("raw, words", [("八十", "不是数字"), ("80%以上", "不是数字"), ("=A1*100", "是公式"),
                                        (True, "不是数字"), ("约80", "不是数字")])
def test_not_a_number(raw, words):
    with pytest.raises(BadValue) as bad:
        percent_value(raw)
    assert bad.value.reason == "not_a_number" and words in bad.value.detail


@pytest.mark.parametrize("value", [-1, 100.5, 120, 8000])
def test_percent_out_of_range(value):
    with pytest.raises(BadValue) as bad:
        check_percent(value)
    assert bad.value.reason == "percent_out_of_range"


def test_percent_in_range_passes():
    for value in (0, 0.5, 99.9, 100):
        check_percent(value)


@pytest.mark.parametrize("raw, expected", [("已完成", "已完成"), (" 序时推进 ", "序时推进"), ("滞　后", "滞后"),
                                           ("未启动", "未启动")])
def test_assessment_choices(raw, expected):
    assert assessment_value(raw) == expected


@pytest.mark.parametrize("raw", ["基本完成", "完成", "超期", 100])
def test_assessment_outside_the_list(raw):
    with pytest.raises(BadValue) as bad:
        assessment_value(raw)
    assert bad.value.reason == "bad_assessment"


def test_text_values_keep_formula_text_and_drop_blank():
    assert text_value("=SUM(A1:A3)") == "=SUM(A1:A3)"
    assert text_value("+86 759") == "+86 759"
    assert text_value("@张三") == "@张三"
    assert text_value("  第一行\r\n第二行  ") == "第一行\n第二行"
    assert text_value(12.0) == "12"
    assert text_value(None) is BLANK and text_value("  ") is BLANK
