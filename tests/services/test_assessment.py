from datetime import date

import pytest

from zjtracker.services.assessment import (
    BEHIND, DONE, NOT_STARTED, ON_SCHEDULE, OVERDUE, contradicts, expected_percent, status_for, suggest)
from zjtracker.services.periods import BadPeriod, Period


def test_periods_parse_and_print():
    assert str(Period.parse("2025q3")) == "2025Q3"
    assert Period.parse("2025B3").first_month == 5 and Period.parse("2025B3").last_month == 6
    assert Period.parse("2025M07").last_month == 7
    assert Period.parse("2025H1").label() == "2025年上半年"
    assert Period.parse("2025").kind == "Y"
    assert Period.parse("2025Q3").label() == "2025年第三季度"
    assert str(Period.containing(date(2021, 3, 4), "bimonthly")) == "2021B2"
    for bad in ("2025Q5", "25Q1", "2025B7", "2025M13", "Q3"):
        with pytest.raises(BadPeriod):
            Period.parse(bad)


def test_expected_percent_follows_the_year():
    assert expected_percent(Period.parse("2025Q1"), 2025) == 25
    assert expected_percent(Period.parse("2025B3"), 2025) == 50
    assert expected_percent(Period.parse("2026Q1"), 2025) == 100
    assert expected_percent(Period.parse("2024Q4"), 2025) == 0


def test_suggestions():
    q3 = Period.parse("2025Q3")  # 75% of the year
    assert suggest(100, q3, 2025) == DONE
    assert suggest(70, q3, 2025) == ON_SCHEDULE
    assert suggest(50, q3, 2025) == BEHIND
    assert suggest(None, q3, 2025) == NOT_STARTED
    assert suggest(0, q3, 2025, has_text=True) == BEHIND


def test_contradictions():
    assert contradicts(DONE, ON_SCHEDULE)
    assert contradicts(ON_SCHEDULE, BEHIND)
    assert not contradicts(BEHIND, ON_SCHEDULE)
    assert not contradicts("", BEHIND)


def test_overdue_comes_from_the_deadline():
    q3 = Period.parse("2021Q3")
    assert status_for(60, "", date(2021, 6, 30), q3, 2021) == OVERDUE
    assert status_for(100, "", date(2021, 6, 30), q3, 2021) == DONE
    assert status_for(60, "", date(2021, 12, 31), q3, 2021) == BEHIND
