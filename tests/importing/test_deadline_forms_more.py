"""More ways plans write a 完成时限: a day without the year (9月15日前), ten-day parts of a
month (中旬 → the 20th), a span of months (6月至12月 → its end), 今年底前, 国庆节前, a date in
words (二〇二五年六月底前); a lunar festival (春节前) falls on no fixed day and gets none."""

from datetime import date

import pytest

from zjtracker.importing.annotations.deadlines import deadline_date


@pytest.mark.parametrize(("text", "expected"), [
    ("9月15日前", date(2025, 9, 15)),
    ("2025年9月中旬", date(2025, 9, 20)),
    ("10月上旬前", date(2025, 10, 10)),
    ("9月下旬", date(2025, 9, 30)),
    ("2025年6月至12月", date(2025, 12, 31)),
    ("6—9月", date(2025, 9, 30)),
    ("2025年1—6月", date(2025, 6, 30)),
    ("今年底前", date(2025, 12, 31)),
    ("国庆节前", date(2025, 9, 30)),
    ("二〇二五年六月底前", date(2025, 6, 30)),
    ("二〇二五年十二月三十一日前", date(2025, 12, 31)),
    ("2026年春节前", None),
    ("2024年6月—2025年3月底前", date(2025, 3, 31)),
    ("每年12月底前", None),
])
def test_deadline_forms(text, expected):
    assert deadline_date(text, 2025) == expected
