"""Chinese numerals (中文数字), read and written, for the whole program: labels, dates and
document text are read (三, 十三, 二十一, 一百零五, 两千, digit by digit 二〇二二); headings and
labels are written (一、 （十一） 第一百零一条). Standard library only."""

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
    if "万" in text:
        high, _, low = text.partition("万")
        high_value = chinese_number(high) if high else None
        low_value = chinese_number(low.lstrip("零")) if low.lstrip("零") else 0
        if high_value is None or low_value is None:
            return None
        return high_value * 10_000 + low_value
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


_WRITTEN = "零一二三四五六七八九"
_GROUP_UNITS = ((1000, "千"), (100, "百"), (10, "十"), (1, ""))


def _below_ten_thousand(number: int) -> str:
    """1..9999 in full form, with 零 for a gap: 1005 → 一千零五, 110 → 一百一十."""
    out, gap = [], False
    for value, unit in _GROUP_UNITS:
        digit = number // value % 10
        if digit:
            if gap and out:
                out.append("零")
            out.append(_WRITTEN[digit] + unit)
            gap = False
        else:
            gap = True
    return "".join(out)


def chinese_numeral(number: int) -> str:
    """3 → 三, 10 → 十, 13 → 十三, 20 → 二十, 101 → 一百零一, 110 → 一百一十, 1000 → 一千,
    10010 → 一万零一十, as headings (一、) and labels (（十一）) write them. Numbers up to
    99,999,999; 0 → 零; larger or negative numbers are written in digits."""
    if number < 0 or number >= 100_000_000:
        return str(number)
    if number == 0:
        return _WRITTEN[0]
    high, low = divmod(number, 10_000)
    if high:
        text = _below_ten_thousand(high) + "万"
        if low:
            text += ("零" if low < 1000 else "") + _below_ten_thousand(low)
    else:
        text = _below_ten_thousand(low)
    # 一十 → 十 only at the very start (十三, but 一百一十三).
    return text[1:] if text.startswith("一十") else text
