"""The gazette reader on the real 2021 gazette issue (seed 002) and on small made-up issues."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from zjtracker.importing.annotations.dates import parse_date
from zjtracker.importing.documents.meta import (
    classify_kind, end_year_of, find_signature, speaker_issuer, unwrap_title, validity_years,
)
from zjtracker.importing.documents.gazette import document_spans, looks_like_gazette, parse_gazette
from zjtracker.importing.documents.glossary import parse_glossary
from zjtracker.numerals import chinese_number
from zjtracker.importing.documents.references import abolished_documents, interpreted_title, split_reference
from zjtracker.importing.annotations.targets_sentence import parse_target_item, parse_targets

SEEDS = Path(__file__).resolve().parents[2] / "resources" / "seeds"
GAZETTE = SEEDS / "002_a6fb8a7275de8af0.txt"


@pytest.fixture(scope="module")
def text() -> str:
    return GAZETTE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def result(text):
    return parse_gazette(text, GAZETTE.name)


@pytest.fixture(scope="module")
def by_kind(result):
    found = {}
    for policy in result.policies:
        found.setdefault(policy.kind, []).append(policy)
    return found


def _policy(result, fragment):
    return next(p for p in result.policies if fragment in p.title)


# --- which file is a gazette ------------------------------------------------------------


def test_only_the_gazette_seed_looks_like_a_gazette(text):
    assert looks_like_gazette(text)
    for other in sorted(SEEDS.glob("*.txt")):
        if other != GAZETTE:
            assert not looks_like_gazette(other.read_text(encoding="utf-8")), other.name


# --- splitting --------------------------------------------------------------------------


def test_six_documents_in_printed_order_with_line_ranges(text, result):
    spans = document_spans(text)
    assert [(s.start, s.end) for s in spans] == [
        (36, 321), (323, 410), (412, 498), (500, 562), (566, 581), (583, 677)]
    assert [p.kind for p in result.policies] == [
        "report", "plan", "plan", "rules", "notice", "interpretation"]
    lines = text.split("\n")
    assert lines[323 - 1] == "湛府函〔2021〕1号"  # the number line above the title belongs to it
    assert lines[500 - 1] == "湛部规 2020—51"


def test_each_policy_text_is_its_own_document(result):
    report, zhengzhao, infant, rules, notice, reading = result.policies
    assert report.text.startswith("# 政 府 工 作 报 告")
    assert report.text.rstrip().endswith("妄议中央的也有之。")
    assert "湛府函〔2021〕1号" not in report.text
    assert zhengzhao.text.startswith("湛府函〔2021〕1号")
    assert "本方案自发布之日起施行，有效期五年。" in zhengzhao.text
    assert "婴幼儿" not in zhengzhao.text
    assert infant.text.rstrip().endswith("**公开方式：**主动公开")
    assert "第十五条" in rules.text and "废止" not in rules.text
    assert "湛教〔2015〕86号" in notice.text and "政策解读" not in notice.text
    # the picture version (图解) of the interpretation is part of the interpretation
    assert "## 04" in reading.text


def test_no_document_is_lost_or_unlisted(result):
    codes = {w.code for w in result.warnings}
    assert "toc_entry_missing" not in codes
    assert "not_in_toc" not in codes
    assert "unclaimed_text" not in codes


# --- the work report --------------------------------------------------------------------


def test_report_metadata(by_kind):
    report = by_kind["report"][0]
    assert report.title == "政府工作报告"
    assert report.issuer == "湛江市人民政府"
    assert report.issued_on == date(2021, 1, 29)
    assert (report.start_year, report.end_year) == (2021, 2021)
    assert report.doc_no == ""


def test_report_parts_are_areas(by_kind):
    areas = by_kind["report"][0].areas
    assert [(a.label, a.title) for a in areas] == [
        ("一、", "“十三五”时期及2020年工作回顾"),
        ("二、", "“十四五”时期奋斗目标和主要任务"),
        ("三、", "2021年工作安排"),
    ]
    assert areas[0].measures == [] and "五年来，经济实力持续增强。" in areas[0].guiding_text
    assert areas[1].measures == [] and "要坚持统筹发展和安全。" in areas[1].guiding_text
    assert areas[2].guiding_text.startswith("2021年是“十四五”开局之年")
    assert "今年重点抓好以下工作：" in areas[2].guiding_text


def test_report_groups_and_lead_sentence_measures(by_kind):
    arrangement = by_kind["report"][0].areas[2]
    groups = arrangement.measures
    assert [g.label for g in groups] == ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）"]
    assert [g.number for g in groups] == [1, 2, 3, 4, 5, 6, 7]
    assert groups[0].text == "强化区域性中心城市功能，夯实高质量发展基础。"
    assert groups[6].text == "加强自身建设，打造阳光法治服务政府。"
    assert [len(g.children) for g in groups] == [5, 6, 4, 5, 3, 5, 4]
    first = groups[0].children[0]
    assert first.text.startswith("强化交通枢纽支撑功能。科学编制综合交通运输")
    assert first.number == 1 and first.label == ""
    assert first.line == 163 and groups[0].line == 161
    assert first.plans[0].year == 2021 and first.plans[0].text == first.text
    leads = [m.text.split("。")[0] for g in groups for m in g.children]
    assert leads[:5] == ["强化交通枢纽支撑功能", "强化现代物流枢纽功能", "强化投资支撑功能",
                         "强化现代金融服务功能", "强化科技创新驱动功能"]
    assert "加快营造一流营商环境" in leads and "推动绿色低碳发展" in leads
    assert leads[-1] == "提升政府为民作风效能"
    assert [m.number for g in groups for m in g.children] == list(range(1, 33))


def test_report_measures_mend_page_breaks_and_drop_closing_words(by_kind):
    groups = by_kind["report"][0].areas[2].measures
    logistics = groups[0].children[1]
    assert "力争集装箱吞吐量达到130万标箱；搭建港口工业互联网平台，建设智能化港口铁路运输系统，打造辐射大西南" in logistics.text
    science = groups[0].children[4]
    assert "支持广东海洋大学服务湛江发展的“三院两平台”建设" in science.text
    last = groups[6].children[-1]
    assert last.text.endswith("促进干部清正、政府清廉、政治清明。")
    assert "各位代表" not in last.text


def test_report_targets_are_ten_indicators(by_kind):
    indicators = by_kind["report"][0].indicators
    assert len(indicators) == 10
    assert all(i.target_year == 2021 and i.nature == "预期性" for i in indicators)
    assert all(i.category == "经济社会发展预期目标" for i in indicators)
    table = {i.name: (i.target_value, i.unit, i.target_text, i.direction) for i in indicators}
    assert table["地区生产总值增长"] == (7.0, "%", "7%", "up")
    assert table["规模以上工业增加值增长"] == (10.0, "%", "10%", "up")
    assert table["固定资产投资增长"] == (20.0, "%", "20%左右", "up")
    assert table["社会消费品零售总额增长"] == (5.0, "%", "5%", "up")
    assert table["外贸进出口总额"] == (None, "", "实现正增长", "up")
    assert table["一般公共预算收入增长"] == (5.0, "%", "5%", "up")
    assert table["港口货物吞吐量增长"] == (6.0, "%", "6%", "up")
    assert table["居民人均可支配收入增长"] == (6.0, "%", "6%", "up")
    assert table["居民消费价格指数累计增长"] == (3.0, "%", "3%", "down")
    assert table["城镇登记失业率"] == (3.5, "%", "控制在3.5%以内", "down")
    assert indicators[0].line == 157


def test_report_glossary(by_kind):
    glossary = by_kind["report"][0].glossary
    assert len(glossary) == 27
    terms = {g.term: g.definition for g in glossary}
    assert glossary[0].term == "“1+1+9”工作部署"
    assert terms["六稳"] == "稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。"
    assert terms["四早"] == "早发现、早报告、早隔离、早治疗。"
    assert terms["三院"].startswith("即以机械与动力学院、电子信息学院为基础")
    assert "“12221”农产品市场营销" in terms
    assert glossary[-1].term == "七个有之"


# --- the plans and rules ----------------------------------------------------------------


def test_zhengzhao_plan_metadata_and_structure(result):
    plan = _policy(result, "证照分离")
    assert plan.title == "湛江市开展“证照分离”改革全覆盖试点工作方案"
    assert plan.doc_no == "湛府函〔2021〕1号"
    assert plan.issuer == "湛江市人民政府"
    assert plan.issued_on == date(2021, 1, 4)
    assert (plan.start_year, plan.end_year) == (2021, 2026)  # 有效期五年 from 2021-01-04
    assert [a.label + a.title for a in plan.areas] == ["一、总体要求", "二、改革任务", "三、改革配套措施", "四、工作要求"]
    tasks = plan.areas[1].measures
    assert [m.label for m in tasks] == ["（一）", "（二）"]
    assert [c.label for c in tasks[1].children] == ["1.", "2.", "3.", "4."]
    assert tasks[1].children[0].text.startswith("对直接取消审批的事项")
    assert "湛江市“证照分离”改革全覆盖试点事项清单" not in plan.areas[-1].guiding_text


def test_infant_care_plan(result):
    plan = _policy(result, "婴幼儿")
    assert plan.title == "湛江市促进3岁以下婴幼儿照护服务发展实施方案"
    assert plan.kind == "plan"
    assert plan.doc_no == "湛府办〔2021〕1号"
    assert plan.issuer == "湛江市人民政府办公室"
    assert plan.issued_on == date(2021, 1, 5)
    groups = plan.areas[1].measures
    assert [g.label for g in groups] == ["（一）", "（二）", "（三）", "（四）"]
    numbers = [m.number for g in groups for m in g.children]
    assert numbers == list(range(1, 13))
    assert groups[0].children[0].text.startswith("落实休假政策。")
    assert groups[3].children[-1].text.startswith("加强卫生保健监管。")


def test_rules(result):
    rules = _policy(result, "专精特新")
    assert rules.title == "湛江市工业和信息化局专精特新中小企业遴选办法"
    assert rules.kind == "rules"
    assert rules.doc_no == "湛工信发〔2020〕2号"
    assert rules.issuer == "湛江市工业和信息化局"
    assert rules.issued_on == date(2020, 12, 31)
    assert rules.end_year == 2025  # 有效期5年 (not the designation's 有效期三年 of 第九条)
    assert rules.areas[0].label == "第一条"
    assert rules.areas[-1].label == "第十五条"
    assert len(rules.areas) == 15


# --- abolition notice and interpretation -----------------------------------------------


def test_abolition_notice(by_kind):
    notice = by_kind["notice"][0]
    assert notice.title == "关于废止《湛江市教育局关于进一步做好义务教育招生入学工作的通知》的通知"
    assert notice.doc_no == "湛教〔2021〕1号"
    assert notice.issuer == "湛江市教育局"
    assert notice.issued_on == date(2021, 1, 7)
    assert notice.abolishes == ["湛江市教育局关于进一步做好义务教育招生入学工作的通知（湛教〔2015〕86号）"]
    assert split_reference(notice.abolishes[0]) == (
        "湛江市教育局关于进一步做好义务教育招生入学工作的通知", "湛教〔2015〕86号")
    assert notice.areas == []


def test_interpretation(by_kind):
    reading = by_kind["interpretation"][0]
    assert reading.title == "《湛江市开展“证照分离”改革全覆盖试点工作方案》政策解读"
    assert reading.interprets == "湛江市开展“证照分离”改革全覆盖试点工作方案"
    assert "“证照分离”改革的本质是减少行政审批" in reading.text
    assert reading.areas == [] and reading.indicators == []


# --- helpers on small inputs ------------------------------------------------------------


@pytest.mark.parametrize("item, expected", [
    ("地区生产总值增长 7%".replace(" ", ""), ("地区生产总值增长", 7.0, "%", "7%", "up")),
    ("单位GDP能耗下降3%", ("单位GDP能耗下降", 3.0, "%", "3%", "down")),
    ("城镇调查失业率控制在5.5%左右", ("城镇调查失业率", 5.5, "%", "控制在5.5%左右", "down")),
    ("集装箱吞吐量达到130万标箱", ("集装箱吞吐量", 130.0, "万标箱", "达到130万标箱", "up")),
    ("森林覆盖率不低于58%", ("森林覆盖率", 58.0, "%", "不低于58%", "up")),
    ("节能减排完成省下达任务", ("节能减排", None, "", "完成省下达任务", "up")),
    ("粮食产量保持稳定", ("粮食产量", None, "", "保持稳定", "up")),
])
def test_target_items(item, expected):
    indicator = parse_target_item(item)
    assert (indicator.name, indicator.target_value, indicator.unit, indicator.target_text,
            indicator.direction) == expected


def test_unclear_target_item_warns():
    indicators, warnings = parse_targets("地区生产总值增长7%；一二三", 2022, "今年的预期目标", 5)
    assert len(indicators) == 2 and indicators[1].name == "一二三"
    assert warnings and warnings[0].line == 5 and "请核对" in warnings[0].message


def test_metadata_helpers():
    assert parse_date("2021 年 1 月 29 日") == date(2021, 1, 29)
    assert parse_date("二〇二一年一月四日") == date(2021, 1, 4)
    assert chinese_number("十五") == 15 and chinese_number("二十三") == 23
    assert speaker_issuer("茂名市市长 张三") == "茂名市人民政府"
    assert unwrap_title("某市人民政府关于印发某市推进某事工作方案的通知") == ("某市人民政府", "某市推进某事工作方案")
    assert classify_kind("某市企业认定管理办法") == "rules"
    assert classify_kind("关于废止《某办法》的决定") == "notice"
    assert validity_years("认定有效期三年。本办法自印发之日起实施，有效期5年。") == 5
    assert validity_years("企业认定有效期三年。") is None
    assert end_year_of(date(2021, 1, 4), 5) == 2026
    lines = ["正文。", "", "某市教育局  ", "2021年1月7日"]
    assert find_signature(lines, 1, 4) == ("某市教育局", date(2021, 1, 7), 4)


def test_references_helpers():
    body = "决定废止《某市甲办法》（某府〔2010〕3号）、《某市乙规定》，执行《某市丙意见》。"
    assert abolished_documents("关于废止两份文件的通知", body) == [
        "某市甲办法（某府〔2010〕3号）", "某市乙规定"]
    assert abolished_documents("关于废止《某市丁办法》的通知", "现予废止。") == ["某市丁办法"]
    assert interpreted_title("某市推进某事工作方案政策解读") == "某市推进某事工作方案"


def test_glossary_plain_and_bold_entries():
    lines = ["## 名词解释", "**六稳：**稳就业、稳金融。", "双区：指大湾区和先行示范区", "（续）两区。", "**“三院”**：三所学院。"]
    entries, warnings = parse_glossary(lines, 1, len(lines))
    assert [(e.term, e.definition) for e in entries] == [
        ("六稳", "稳就业、稳金融。"), ("双区", "指大湾区和先行示范区（续）两区。"), ("三院", "三所学院。")]
    assert warnings == []


# --- a made-up issue without 目录, another city's ------------------------------------------

SYNTHETIC = """茂名市人民政府公报

茂府〔2023〕5号

茂名市人民政府关于印发茂名市推进某事工作方案的通知

各县（市、区）人民政府：

现将《茂名市推进某事工作方案》印发给你们，请认真贯彻执行。

茂名市人民政府
二〇二三年三月一日

茂名市推进某事工作方案

一、工作目标

到2025年，某事取得明显成效。

二、主要任务

（一）加强统筹。建立联席会议制度。

（二）强化保障。落实经费。

本方案自印发之日起施行，有效期3年。

公开方式：主动公开

茂名市自然资源局关于废止《茂名市旧办法》的通知

茂自然资〔2023〕2号

各有关单位：

经研究，决定废止《茂名市旧办法》（茂自然资〔2018〕7号）。

茂名市自然资源局
2023年3月2日
"""


def test_synthetic_issue_without_toc():
    assert looks_like_gazette(SYNTHETIC)
    result = parse_gazette(SYNTHETIC, "synthetic.txt")
    plan, notice = result.policies
    assert plan.title == "茂名市推进某事工作方案"
    assert plan.doc_no == "茂府〔2023〕5号"
    assert plan.issuer == "茂名市人民政府"
    assert plan.issued_on == date(2023, 3, 1)
    assert plan.end_year == 2026
    assert [a.label for a in plan.areas] == ["一、", "二、"]
    assert [m.label for m in plan.areas[1].measures] == ["（一）", "（二）"]
    assert notice.kind == "notice"
    assert notice.doc_no == "茂自然资〔2023〕2号"
    assert notice.issued_on == date(2023, 3, 2)
    assert notice.abolishes == ["茂名市旧办法（茂自然资〔2018〕7号）"]
    assert any(w.code == "unclaimed_text" for w in result.warnings)  # the masthead line


def test_toc_entry_missing_from_body_is_reported():
    text = """## 目 录

某市人民政府关于印发某市甲方案的通知
(某府〔2022〕1号) ..... 1

关于废止《某市乙办法》的通知
(某府〔2022〕2号) ..... 5

# 某市人民政府关于印发某市甲方案的通知

某府〔2022〕1号

现将《某市甲方案》印发给你们。

某市人民政府
2022年2月1日

# 某市甲方案

一、总体要求

做好某事。
"""
    assert looks_like_gazette(text)
    result = parse_gazette(text, "t.txt")
    assert [p.title for p in result.policies] == ["某市甲方案"]
    missing = [w for w in result.warnings if w.code == "toc_entry_missing"]
    assert missing and "关于废止《某市乙办法》的通知" in missing[0].message and missing[0].line == 7


def test_single_wrapped_plan_is_not_a_gazette():
    text = SYNTHETIC.split("茂名市自然资源局关于废止")[0].replace("茂名市人民政府公报\n", "")
    assert not looks_like_gazette(text)


def test_plan_measures_carry_their_bracketed_units(result):
    plan = _policy(result, "证照分离")
    second = plan.areas[1].measures[1].children[1]
    assert [(u.name, u.role) for u in second.units] == [
        ("市市场监管局", "lead"), ("事项市级主管部门", "responsible"),
        ("市政务服务数据管理局", "responsible"), ("各县（市、区）", "responsible")]
    infant = _policy(result, "婴幼儿")
    first = infant.areas[1].measures[0].children[0]
    assert [u.name for u in first.units] == ["市人力资源社会保障局", "市卫生健康局", "市总工会", "市妇联"]
    assert {u.role for u in first.units} == {"responsible"}


def test_trailing_units_helper():
    from zjtracker.importing.annotations.inline_units import trailing_units
    units = trailing_units("做好某事。（市商务局牵头，市财政局、市税务局配合）")
    assert [(u.name, u.role) for u in units] == [
        ("市商务局", "lead"), ("市财政局", "cooperating"), ("市税务局", "cooperating")]
    assert trailing_units("做好某事（2021年底前）。") == []
