"""Chinese numerals, written and read by the one implementation (zjtracker.numerals)."""

import pytest

from zjtracker.numerals import chinese_number, chinese_numeral
from zjtracker.reports.wording import chinese_index

WRITTEN = {
    1: "一", 9: "九", 10: "十", 11: "十一", 19: "十九", 20: "二十", 21: "二十一", 99: "九十九",
    100: "一百", 101: "一百零一", 110: "一百一十", 111: "一百一十一", 120: "一百二十",
    999: "九百九十九", 1000: "一千", 1001: "一千零一", 1010: "一千零一十", 1100: "一千一百",
    2024: "二千零二十四", 9999: "九千九百九十九", 10000: "一万", 10010: "一万零一十",
    100000: "十万", 123456: "十二万三千四百五十六",
}


@pytest.mark.parametrize("number,text", sorted(WRITTEN.items()))
def test_written_as_headings_write_them(number, text):
    assert chinese_numeral(number) == text
    assert chinese_index(number) == text


def test_every_number_to_ten_thousand_reads_back():
    for number in range(1, 10_001):
        assert chinese_number(chinese_numeral(number)) == number, number


def test_headings_never_double_a_unit():
    for number in range(1, 10_000):
        text = chinese_numeral(number)
        assert "十十" not in text and "百百" not in text and "零零" not in text, (number, text)
        assert not text.endswith("零"), (number, text)


def test_numbers_outside_the_written_range_stay_digits():
    assert chinese_numeral(0) == "零"
    assert chinese_numeral(-3) == "-3"
    assert chinese_numeral(100_000_000) == "100000000"
