"""How often progress must be reported (报送频次), from the sentences of a document that
speak of reporting: 每双月20日前报… → bimonthly, 每季度末报送… → quarterly. Standard
library only."""

from __future__ import annotations

import re

# Tried in this order (双月 before 月: 每双月 contains 月; 每年6月和12月 before 每年).
# 每年6月底前报送上一年度… alone is a yearly report (seed 002, 第十一条).
_RHYTHMS = (
    ("bimonthly", r"每两个月|每二个月|每隔两个月|每双月|双月|隔月"),
    ("half_yearly", r"每半年|半年度|半年一报|半年报|每年[67６７]月[^。；;]{0,6}?[和、及与]\s*(?:12|１２|十二)月"),
    ("quarterly", r"每季度|每个季度|每季|按季度?|季度末|季报"),
    ("monthly", r"每月|每个月|按月|逐月|月报"),
    ("yearly", r"每年|年度报告|年报"),
)
# A bare 季度 / 年度 names the rhythm only where the reporting words are explicit.
_BARE = {"quarterly": "季度", "yearly": "年度"}
_EXPLICIT_RHYTHMS = tuple((name, re.compile(words)) for name, words in _RHYTHMS)
_ALL_RHYTHMS = tuple((name, re.compile(f"{words}|{_BARE[name]}" if name in _BARE else words))
                     for name, words in _RHYTHMS)
_REPORTING = re.compile(r"报送|上报|报告|汇报|报市|报至|报给")
_LOOSE_REPORTING = re.compile(r"报送|上报|报告|汇报|报审|报[^告道名]|总结")
_SENTENCE = re.compile(r"[^。；;]+[。；;]?")


def reporting_frequency(text: str, loose_reporting: bool = False) -> tuple[str, int] | None:
    """(frequency, offset in ``text`` of the words naming it) for the first sentence that
    speaks of reporting and names a rhythm; None when no sentence does.

    In a whole plan body (``loose_reporting`` False) only explicit words (报送, 上报, 汇报,
    报市…) speak of reporting, so that 申报/举报 in a measure do not; a bare 季度 or 年度
    in such a sentence then names the rhythm too. In a cover letter (``loose_reporting``
    True: 报审批科汇总, 报办公室, 总结 count as reporting) only explicit rhythm words
    (每季度, not the 年度 of a quoted 《2023年度…》 title) count."""
    reporting = _LOOSE_REPORTING if loose_reporting else _REPORTING
    rhythms = _EXPLICIT_RHYTHMS if loose_reporting else _ALL_RHYTHMS
    for sentence in _SENTENCE.finditer(text):
        if not reporting.search(sentence.group()):
            continue
        for frequency, pattern in rhythms:
            match = pattern.search(sentence.group())
            if match:
                return frequency, sentence.start() + match.start()
    return None
