"""Chinese numerals (中文数字) as written in labels, dates and document text:
三, 十三, 二十一, 一百零五, 两千, and digit by digit 二〇二二. Standard library only."""

from __future__ import annotations

_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
# Years are written digit by digit, and extraction turns 〇 into ○ or a Latin O.
_YEAR_DIGITS = {**_DIGITS, "○": 0, "O": 0}


def chinese_number(text: str | None) -> int | None:
    """三 → 3, 十三 → 13, 二十 → 20, 一百零五 → 105, 两千 → 2000, 二〇二二 → 2022 (digit by
    digit); Arabic digits pass through; None if ``text`` is not a numeral."""
    text = (text or "").strip()
    if not text:
        return None
    if text.isdigit():
        return int(text)
    if all(char in _DIGITS for char in text):  # digit by digit: 二〇二二
        return int("".join(str(_DIGITS[char]) for char in text))
    total, current = 0, 0
    for char in text:
        if char in _DIGITS:
            current = _DIGITS[char]
        elif char in _UNITS:
            total += (current or 1) * _UNITS[char]
            current = 0
        else:
            return None
    return total + current


def year_number(text: str) -> int | None:
    """A year written digit by digit: 二〇二一, 二○二一, 2021 → 2021; None otherwise."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    if not text or any(char not in _YEAR_DIGITS for char in text):
        return None
    return int("".join(str(_YEAR_DIGITS[char]) for char in text))
