"""Indicators from a targets sentence (预期目标句), as work reports and plans write them:

    今年经济社会发展的预期目标：地区生产总值增长 7%；规模以上工业增加值增长 10%；固定资产投资
    增长 20%左右；外贸进出口总额实现正增长；…；城镇登记失业率控制在 3.5%以内。

Each item separated by ；becomes one ParsedIndicator. The name is the subject with its
verb of change (地区生产总值增长); a target written with 控制在/达到/不低于… keeps the
subject alone as name (城镇登记失业率) and the verb in ``target_text`` (控制在3.5%以内).
A target that is not a number (实现正增长, 完成省下达任务) is kept as ``target_text`` with
no value. Standard library only.
"""

from __future__ import annotations

import re

from zjtracker.importing.model import ParsedIndicator, ParseWarning

_SENTENCE = re.compile(r"(?P<lead>[^。：:！？]{0,40}?(?:预期目标|主要目标|目标任务|主要指标)(?:是|为)?)\s*[：:]\s*"
                       r"(?P<body>[^。]+)。?")
_NUMBER = r"(?P<num>[-+]?\d+(?:\.\d+)?)"
_UNIT = r"(?P<unit>%|‰|个百分点|[万亿千百]?[^\d\s%，、；。左右以内上下之]{0,4}?)"
_QUALIFIER = r"(?P<qual>左右|以内|之内|以上|以下|以下|上下)?"
# 控制在 3.5%以内, 达到 130 万标箱, 不低于 95%: the subject alone is the name.
_SET_VERBS = ("控制在", "保持在", "稳定在", "不超过", "不高于", "不低于", "不少于", "提高到", "提高至",
              "提升到", "提升至", "降低到", "降低至", "下降到", "下降至", "降至", "增加到", "增加至",
              "达到", "超过", "力争", "达")
_SET_ITEM = re.compile(rf"^(?P<name>.+?)(?P<verb>{'|'.join(_SET_VERBS)})" + _NUMBER + _UNIT + _QUALIFIER + "$")
# 地区生产总值增长 7%, 单位 GDP 能耗下降 3%: the verb of change is part of the name.
_CHANGE_ITEM = re.compile(r"^(?P<name>.+?(?:增长|增加|提高|提升|上涨|下降|减少|降低|回落))"
                          + _NUMBER + _UNIT + _QUALIFIER + "$")
_WORD_ITEM = re.compile(r"^(?P<name>.+?)(?P<rest>(?:实现|完成|保持|确保|力争|达到|基本|全面|持续|稳定|同步)\S*)$")
_DOWN_VERBS = ("控制在", "不超过", "不高于", "降低到", "降低至", "下降到", "下降至", "降至", "下降",
               "减少", "降低", "回落")
_DOWN_QUALIFIERS = ("以内", "之内", "以下")
# Indicators where less is better whatever verb is used (失业率, 物价, 能耗, 排放 …).
_LOWER_IS_BETTER = ("失业率", "价格指数", "物价", "能耗", "排放", "发生率", "死亡率", "事故", "浓度",
                    "不良贷款", "负债率", "用水量", "贫困发生率", "PM2.5")
_TIME_WORDS = re.compile(r"^(今年|明年|全年|本年度?|\d{4}\s*年(度)?)")


def find_target_sentences(text: str) -> list[tuple[int, str, str]]:
    """``(offset, lead, body)`` of each targets sentence in ``text`` whose body lists at
    least two items separated by ；."""
    found = []
    for match in _SENTENCE.finditer(text):
        body = match.group("body")
        if body.count("；") + body.count(";") >= 1 and re.search(r"\d", body):
            found.append((match.start(), match.group("lead").strip(), body))
    return found


def category_of(lead: str) -> str:
    """今年经济社会发展的预期目标 -> 经济社会发展预期目标."""
    text = re.sub(r"\s+", "", lead.strip("*"))
    text = _TIME_WORDS.sub("", text)
    text = re.sub(r"(是|为)$", "", text)
    return text.replace("的", "", 1) if "的" in text else text


def parse_targets(body: str, year: int | None, lead: str = "", line: int | None = None
                  ) -> tuple[list[ParsedIndicator], list[ParseWarning]]:
    """One indicator per item of the sentence body (the part after the colon)."""
    indicators: list[ParsedIndicator] = []
    warnings: list[ParseWarning] = []
    category = category_of(lead) if lead else ""
    nature = "预期性" if "预期" in lead else ("约束性" if "约束" in lead else "")
    for item in re.split(r"[；;]", body):
        item = re.sub(r"\s+", "", item).strip("，,、 ")
        if not item:
            continue
        indicator = parse_target_item(item)
        if indicator is None:
            warnings.append(ParseWarning(line, f"目标“{item}”的写法没有识别出指标名称和目标值，已整条作为指标名称保存，请核对。", "target_unclear"))
            indicator = ParsedIndicator(name=item, target_text=item)
        indicator.category = category
        indicator.nature = nature
        indicator.target_year = year
        indicator.line = line
        indicators.append(indicator)
    if year is None and indicators:
        warnings.append(ParseWarning(line, "预期目标没有写明年份，指标的目标年份留空，请补充。", "target_year_missing"))
    return indicators, warnings


def parse_target_item(item: str) -> ParsedIndicator | None:
    """One item such as 地区生产总值增长7% or 城镇登记失业率控制在3.5%以内."""
    match = _SET_ITEM.match(item)
    if match and _name_ok(match.group("name")):
        name = match.group("name")
        return _numeric(name, item[len(name):], match, match.group("verb"))
    match = _CHANGE_ITEM.match(item)
    if match and _name_ok(match.group("name")):
        name = match.group("name")
        return _numeric(name, item[len(name):], match, name)
    match = _WORD_ITEM.match(item)
    if match and _name_ok(match.group("name")):
        name = match.group("name")
        return ParsedIndicator(name=name, target_text=match.group("rest"), direction=_direction(name, "", ""))
    return None


def _name_ok(name: str) -> bool:
    return len(name) >= 2 and not re.search(r"\d", name[-1:])


def _numeric(name: str, target_text: str, match: re.Match, verb: str) -> ParsedIndicator:
    unit = (match.group("unit") or "").strip()
    return ParsedIndicator(
        name=name,
        unit=unit,
        target_value=float(match.group("num")),
        target_text=target_text,
        direction=_direction(name, verb, match.group("qual") or ""),
    )


def _direction(name: str, verb: str, qualifier: str) -> str:
    if any(word in name for word in _LOWER_IS_BETTER):
        return "down"
    if verb.endswith(_DOWN_VERBS) or qualifier in _DOWN_QUALIFIERS:
        return "down"
    return "up"
