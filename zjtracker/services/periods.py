"""Reporting periods: 2025Q3 (quarter), 2025B3 (two months), 2025M07, 2025H1, 2025."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_PATTERN = re.compile(r"^(\d{4})(?:(Q)([1-4])|(B)([1-6])|(M)(0[1-9]|1[0-2])|(H)([12]))?$")
_MONTHS_PER = {"Q": 3, "B": 2, "M": 1, "H": 6, "Y": 12}
FREQUENCY_KIND = {"quarterly": "Q", "bimonthly": "B", "monthly": "M", "half_yearly": "H", "yearly": "Y"}


class BadPeriod(ValueError):
    pass


@dataclass(frozen=True, order=True)
class Period:
    year: int
    kind: str  # Q, B, M, H or Y
    index: int  # 1-based within the year; 1 for Y

    @classmethod
    def parse(cls, text: str) -> Period:
        match = _PATTERN.match((text or "").strip().upper())
        if not match:
            raise BadPeriod(
                f"报告期“{text}”的写法不对，应写成 2025Q3（季度）、2025B3（双月）、"
                "2025M07（月）、2025H1（半年）或 2025（年度）。"
            )
        year = int(match.group(1))
        for kind_group in (2, 4, 6, 8):
            if match.group(kind_group):
                return cls(year, match.group(kind_group), int(match.group(kind_group + 1)))
        return cls(year, "Y", 1)

    @classmethod
    def containing(cls, day: date, frequency: str = "quarterly") -> Period:
        kind = FREQUENCY_KIND.get(frequency, "Q")
        return cls(day.year, kind, (day.month - 1) // _MONTHS_PER[kind] + 1)

    @property
    def first_month(self) -> int:
        return (self.index - 1) * _MONTHS_PER[self.kind] + 1

    @property
    def last_month(self) -> int:
        return self.first_month + _MONTHS_PER[self.kind] - 1

    def __str__(self) -> str:
        if self.kind == "Y":
            return str(self.year)
        if self.kind == "M":
            return f"{self.year}M{self.index:02d}"
        return f"{self.year}{self.kind}{self.index}"

    def label(self) -> str:
        """The period in words: 2025年第三季度."""
        names = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六"}
        if self.kind == "Q":
            return f"{self.year}年第{names[self.index]}季度"
        if self.kind == "B":
            return f"{self.year}年{self.first_month}—{self.last_month}月"
        if self.kind == "M":
            return f"{self.year}年{self.index}月"
        if self.kind == "H":
            return f"{self.year}年{'上' if self.index == 1 else '下'}半年"
        return f"{self.year}年度"

    def previous(self) -> Period:
        """The period before this one, of the same kind (2025Q1 → 2024Q4)."""
        if self.index > 1:
            return Period(self.year, self.kind, self.index - 1)
        return Period(self.year - 1, self.kind, 12 // _MONTHS_PER[self.kind])

    def next(self) -> Period:
        if self.index < 12 // _MONTHS_PER[self.kind]:
            return Period(self.year, self.kind, self.index + 1)
        return Period(self.year + 1, self.kind, 1)

    @classmethod
    def all_of_year(cls, year: int, kind: str = "Q") -> list[Period]:
        return [cls(year, kind, index) for index in range(1, 12 // _MONTHS_PER[kind] + 1)]
