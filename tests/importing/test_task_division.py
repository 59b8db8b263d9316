"""The task-division reader on the real 商务局 plan (seed 004) and on small made-up tables."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from zjtracker.importing.tables.task_division import cells
from zjtracker.importing.tables.task_division.reader import (
    looks_like_task_division, parse_task_division_document,
)
from zjtracker.importing.tables.task_division.meta import find_frequency

SEED = Path(__file__).resolve().parents[2] / "resources" / "seeds" / "004_96aab9c9ea8910e9.txt"


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def policy(seed_text):
    return parse_task_division_document(seed_text, SEED.name)


def measures(policy):
    return [m for area in policy.areas for m in area.measures]


def unit(measure, name):
    (found,) = [u for u in measure.units if u.name == name]
    return found


def names(measure, role):
    return [u.name for u in measure.units if u.role == role]


# -- the seed: metadata ---------------------------------------------------------------------

def test_seed_is_recognised(seed_text):
    assert looks_like_task_division(seed_text)


def test_seed_metadata(policy, seed_text):
    assert policy.title == "湛江市商务局“营商环境整治提升年”活动实施方案"
    assert policy.doc_no == "湛商务〔2021〕32号"
    assert policy.issuer == "湛江市商务局"
    assert policy.issued_on == date(2021, 3, 4)
    assert (policy.start_year, policy.end_year) == (2021, 2021)
    assert policy.frequency == "bimonthly"
    assert policy.kind == "plan"
    assert "四、整治工作任务责任分工" in policy.text
    assert policy.text.strip() == seed_text.strip()


# -- the seed: the tree ---------------------------------------------------------------------

def test_seed_areas(policy):
    assert [(a.label, a.title) for a in policy.areas] == [
        ("（一）", "获得信贷"), ("（二）", "跨境贸易"), ("（三）", "招标投标"),
        ("（四）", "知识产权创造、运用和保护"), ("（五）", "政务服务"), ("（六）", "包容普惠创新")]
    assert [len(a.measures) for a in policy.areas] == [1, 3, 4, 1, 3, 1]
    assert [a.line for a in policy.areas] == [468, 523, 618, 711, 768, 849]


def test_seed_numbering_runs_across_the_table(policy):
    found = measures(policy)
    assert [m.number for m in found] == list(range(1, 14))
    assert [m.label for m in found][:3] == ["（1）", "（2）", "（3）"]
    assert found[-1].label == "（13）"
    assert all(not m.children for m in found)


def test_seed_task_texts_are_rejoined(policy):
    found = measures(policy)
    assert found[0].text == ("支持优质企业利用多层次资本市场上市挂牌融资，对企业上市挂牌给予奖励，"
                             "推动建立企业上市后备资源库。")
    assert found[1].text == ("充分发挥国际贸易“单一窗口”，推行通关放行、港口作业、物流运输各环节"
                             "并联改革。（参照上海市做法）")
    # cut by a page break after 实施预约 and continued beside 市金融工作局
    assert found[2].text.startswith("梳理跨境贸易全流程收费事项，清理随附单证")
    assert "实施预约通关，扩大“关税保证保险”应用范围" in found[2].text
    assert found[2].text.endswith("建立申报容错机制。（参照上海市做法）")
    assert "出口整体通关时间压缩至2.5个小时。" in found[3].text
    assert found[4].text == "完善招标代理信用档案，建立守信激励和失信惩戒的机制。"
    assert found[5].text.endswith("推行工程项目总承包和联合打捆招标。")
    assert found[6].text == "加大对评标专家管理力度，严厉打击评标违法违规行为。"
    assert found[7].text.startswith("推进建设智慧监管系统")
    assert found[7].text.endswith("加强对重点领域、重点环节的监督力度。")
    assert found[8].text.endswith("促进进出口贸易知识产权纠纷高效化解。（参照北京市做法）")
    assert "实现依申请事项可网办率95%以上，政务服务大厅办理事项网上可预约率100%。" in found[9].text
    assert found[10].text.startswith("建立健全政企互动沟通机制。在市政府门户网站")
    assert found[10].text.endswith("建设线上线下相统一、多渠道、全方位的评价体系。")
    # the staff line and the deadline sit in the middle of this task's text
    assert found[11].text == ("梳理与海南、广西等相邻省份地市政务服务“跨省通办事项”，优化系统对接，"
                              "推动政务服务高频事项，实现“跨省通办”，全程“网办”。")
    assert found[12].text.endswith("加强与通道沿线省（区、市）交流合作。")
    for measure in found:
        assert "\n" not in measure.text and " " not in measure.text


def test_seed_deadlines(policy):
    found = measures(policy)
    assert [m.deadline for m in found] == [
        date(2021, 12, 31), date(2021, 9, 30), date(2021, 6, 30), date(2021, 9, 30),
        date(2021, 12, 31), date(2021, 12, 31), date(2021, 12, 31), date(2021, 12, 31),
        date(2021, 9, 30), date(2021, 9, 30), date(2021, 9, 30), date(2021, 12, 31),
        date(2021, 12, 31)]
    assert found[2].deadline_text == "2021年6月"
    assert found[3].deadline_text == "2021年9月"  # written "2021 年 9" / "月"


def test_seed_units_of_the_first_task(policy):
    first = measures(policy)[0]
    assert names(first, "lead") == ["市金融工作局"]  # wrapped as 市金融工作 / 局
    assert names(first, "cooperating") == [
        "市财政局", "市发改局", "市工信局", "市科技局", "市商务局", "市农业农村局", "市国资委",
        "市自然资源局", "市住建局", "市税务局", "市人社局", "市市场监管局", "市生态环境局"]
    own = unit(first, "市商务局")
    assert (own.role, own.leader, own.section, own.person) == (
        "cooperating", "张光强、李颖", "外贸科、外资科", "邓善、黄万红")
    assert unit(first, "市财政局").leader is None


def test_seed_cross_border_trade(policy):
    first, second, third = policy.areas[1].measures
    for measure in (first, second, third):
        assert names(measure, "lead") == ["市商务局"]
        own = unit(measure, "市商务局")
        assert (own.role, own.leader, own.section, own.person) == ("lead", "车洁", "港口科", "胡毅")
    assert names(first, "cooperating") == ["湛江海关", "市交通运输局", "湛江港（集团）股份有限公司"]
    assert names(second, "cooperating") == [
        "湛江海关", "市交通运输局", "湛江港（集团）股份有限公司", "市发改局", "市财政局", "市金融工作局"]
    assert names(third, "cooperating") == names(first, "cooperating")


def test_seed_bidding_rows_carry_merged_cells(policy):
    tasks = policy.areas[2].measures
    expected_coop = ["市公共资源交易中心", "市住建局", "市交通运输局", "市商务局", "市水务局", "市财政局"]
    for measure in tasks[:3]:
        assert names(measure, "lead") == ["市发改局"]
        assert names(measure, "cooperating") == expected_coop
    assert names(tasks[3], "lead") == ["市政务服务数据管理局"]
    assert names(tasks[3], "cooperating") == [
        "市发改局", "市公共资源交易中心", "市交通运输局", "市商务局", "市水务局", "市财政局"]
    for measure in tasks:
        own = unit(measure, "市商务局")
        assert (own.role, own.leader, own.section, own.person) == (
            "cooperating", "张光强、彭国坚", "外贸科、市场科", "邓善、蔡贡")


def test_seed_intellectual_property(policy):
    (task,) = policy.areas[3].measures
    assert names(task, "lead") == ["市中级法院"]
    assert names(task, "cooperating") == ["湛江海关", "市商务局", "市检察院", "市市场监管局"]
    own = unit(task, "市商务局")
    assert (own.leader, own.section, own.person) == ("李平军、张光强", "法规科、外贸科", "蔡方培、邓善")


def test_seed_government_services_add_the_bureau(policy):
    for measure in policy.areas[4].measures:
        assert names(measure, "lead") == ["市政务服务数据管理局"]
        # the table names only 市相关单位; the bureau's part is its own unit, a 配合单位 as
        # the body says (该项工作我局作为配合单位)
        assert names(measure, "cooperating") == ["市相关单位", "市商务局"]
        own = unit(measure, "市商务局")
        assert (own.leader, own.section, own.person) == ("蔡里强", "审批科", "孙媛媛")


def test_seed_last_task_has_four_offices(policy):
    (task,) = policy.areas[5].measures
    assert names(task, "lead") == ["市商务局"]
    assert names(task, "cooperating") == ["市金融工作局", "市交通运输局", "市发改局", "市投资促进局"]
    own = unit(task, "市商务局")
    assert own.leader == "李颖、张光强、王华榕、车洁"
    assert own.section == "外资科、外贸科、东盟科、港口科"
    assert own.person == "黄万红、邓善、王艳、胡毅"


def test_seed_measure_lines_point_at_the_table(policy, seed_text):
    lines = seed_text.split("\n")
    for measure in measures(policy):
        assert measure.text[:4] in lines[measure.line - 1].replace(" ", "")


def test_seed_warns_only_where_table_and_body_differ(policy):
    assert len(policy.warnings) == 1
    (warning,) = policy.warnings
    assert warning.line == 689
    assert "监管提供通道" in warning.message and "监督提供通道" in warning.message
    assert "对接和信息共享" in warning.message


def test_seed_without_page_marks_is_rescued_by_the_body(seed_text):
    """Without the page-break spaces and blank-cell lines, two rows run together; the body's
    task list splits them again."""
    flat = "\n".join(line.strip() for line in seed_text.split("\n") if line.strip())
    policy = parse_task_division_document(flat, "flat.txt")
    found = measures(policy)
    assert len(found) == 13
    assert found[6].text == "加大对评标专家管理力度，严厉打击评标违法违规行为。"
    assert found[10].deadline == date(2021, 9, 30)
    assert found[11].text.startswith("梳理与海南、广西")
    assert any("已拆分为2条" in w.message for w in policy.warnings)


# -- cells -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("2021年9月", date(2021, 9, 30)), ("2021 年 2 月", date(2021, 2, 28)),
    ("2024年2月底前", date(2024, 2, 29)), ("2021年", date(2021, 12, 31)),
    ("2021年6月15日", date(2021, 6, 15)), ("长期坚持", None)])
def test_parse_deadline(text, expected):
    assert cells.parse_deadline(text) == expected


def test_fragment_shapes():
    assert cells.staff_tokens("车 洁 港口科 胡 毅") == [
        ("name", "车洁"), ("section", "港口科"), ("name", "胡毅")]
    assert cells.staff_tokens("蔡里强 审批科 孙媛媛") == [
        ("name", "蔡里强"), ("section", "审批科"), ("name", "孙媛媛")]
    assert cells.staff_tokens("2021 年 9") == [("deadline", "2021 年 9")]
    assert cells.staff_tokens("局") is None
    assert cells.looks_like_unit_list("湛江海关、市交")
    assert cells.looks_like_unit_list("村局、市国资委、")
    assert not cells.looks_like_unit_list("梳理与海南、广西等相邻省份")
    assert not cells.looks_like_unit_list("切实减轻中小企业的负担，对")
    assert cells.is_complete_unit_text("湛江海关、市交通运输局")
    assert not cells.is_complete_unit_text("市财政局、")
    assert cells.ends_sentence("改革。（参照上海市做法）")
    assert not cells.ends_sentence("加强与通道沿线省（区、市）")
    assert cells.area_label("(三)招") == ("（三）", 3, "招")
    assert cells.squeeze("网办率 95%以上，压缩至 2.5 个小时") == "网办率95%以上，压缩至2.5个小时"


@pytest.mark.parametrize("sentence, expected", [
    ("各科室每双月20日前报审批科汇总。", "bimonthly"),
    ("请于每两个月末将进展情况报送办公室。", "bimonthly"),
    ("每月5日前报送上月工作进展。", "monthly"),
    ("各单位每季度末报送工作进展情况。", "quarterly"),
    ("每半年向市政府报告一次落实情况。", "half_yearly"),
    ("请认真组织实施。", None)])
def test_frequency_from_wording(sentence, expected):
    assert find_frequency([sentence], 1)[0] == expected


# -- small made-up tables --------------------------------------------------------------------

HEAD = """湛发改〔2023〕5号

各科室：
现将《湛江市发展和改革局节能降碳工作方案》印发给你们，请认真贯彻执行。
各科室每季度结束后10日内报送工作进展。

湛江市发展和改革局
2023 年 5 月 8 日
"""

TABLE_HEAD = """附件
指标
名称
牵头单位 配合单位 工作任务 分管领导 责任科室 责任人
完成
时限
"""


def test_synthetic_table_with_merged_cells():
    text = HEAD + TABLE_HEAD + "\n".join([
        "（一）", "节能", "管理", "市发改局", "市工信局、市住", "建局",
        "开展重点用能单位节能监察，", "督促整改到位。",
        "王 明 环资科 李 强", "2023 年", "10 月", "  ",
        "建立能耗双控月度", "预警机制。",
        "  ",
        "（二）", "价格", "监管", "市市场监管局", "市发改局、市财", "政局",
        "规范涉企收费行为，清理违规", "收费项目。",
        "张 华", "价格科", "陈 刚", "2023 年 12", "月", ""])
    policy = parse_task_division_document(text, "x.txt")
    assert policy.title == "湛江市发展和改革局节能降碳工作方案"
    assert policy.doc_no == "湛发改〔2023〕5号"
    assert policy.issuer == "湛江市发展和改革局"
    assert policy.issued_on == date(2023, 5, 8)
    assert policy.frequency == "quarterly"
    assert [(a.label, a.title) for a in policy.areas] == [("（一）", "节能管理"), ("（二）", "价格监管")]
    first, second = policy.areas[0].measures
    assert first.text == "开展重点用能单位节能监察，督促整改到位。"
    assert second.text == "建立能耗双控月度预警机制。"
    assert names(first, "cooperating") == ["市工信局", "市住建局"]
    assert names(second, "lead") == ["市发改局"]  # merged cell, carried over
    assert second.deadline == date(2023, 10, 31)
    own = unit(second, "市发改局")
    assert (own.role, own.leader, own.section, own.person) == ("lead", "王明", "环资科", "李强")
    third = policy.areas[1].measures[0]
    assert third.number == 3 and third.label == "（3）"
    assert third.deadline == date(2023, 12, 31)
    # the bureau cooperates here: its staff sit on its cooperating unit
    own = unit(third, "市发改局")
    assert (own.role, own.leader, own.section, own.person) == ("cooperating", "张华", "价格科", "陈刚")
    assert (policy.start_year, policy.end_year) == (2023, 2023)
    assert policy.warnings == []


def test_synthetic_bureau_not_named_in_the_row_gets_its_own_unit():
    text = HEAD + TABLE_HEAD + "\n".join([
        "（一）", "统计", "市统计局", "市有关单位", "按时报送统计数据。", "刘 洋 综合科 周 敏",
        "2023 年 6 月", ""])
    policy = parse_task_division_document(text, "x.txt")
    (task,) = policy.areas[0].measures
    assert names(task, "lead") == ["市统计局"]
    own = unit(task, "湛江市发展和改革局")
    assert (own.role, own.leader, own.section, own.person) == ("responsible", "刘洋", "综合科", "周敏")


def test_synthetic_lone_name_is_flagged():
    text = HEAD + TABLE_HEAD + "\n".join([
        "（一）", "统计", "市发改局", "市统计局", "按时报送统计数据。", "刘洋", "2023 年 6 月", ""])
    policy = parse_task_division_document(text, "x.txt")
    (task,) = policy.areas[0].measures
    assert unit(task, "市发改局").leader == "刘洋"
    assert any("无法确定是分管领导还是责任人" in w.message for w in policy.warnings)


def test_synthetic_body_disagreement_and_missing_frequency():
    body = """湛发改〔2023〕5号
现将《节能工作方案》印发给你们。
四、任务分工
（一）节能管理。
1．开展重点用能单位节能监察。（完成时限：2023 年 9 月）
该项工作我局作为牵头单位，涉及 1 个指标，由环资科负责。
湛江市发展和改革局
2023 年 5 月 8 日
"""
    text = body + TABLE_HEAD + "\n".join([
        "（一）", "节能", "管理", "市发改局", "市工信局", "开展重点用能单位节能检查。",
        "王 明 环资科 李 强", "2023 年", "10 月", ""])
    policy = parse_task_division_document(text, "x.txt")
    (task,) = policy.areas[0].measures
    assert task.text == "开展重点用能单位节能检查。"  # the table's wording is kept
    assert task.deadline == date(2023, 10, 31)
    messages = " ".join(w.message for w in policy.warnings)
    assert "节能监察" in messages and "节能检查" in messages
    assert "正文为2023年9月" in messages
    assert policy.frequency == "quarterly"
    assert "报送进展的频次" in messages


def test_not_a_task_division_table():
    assert not looks_like_task_division("一、总体要求\n（一）加强领导。\n牵头单位：市发改局")
    policy = parse_task_division_document(HEAD, "x.txt")
    assert policy.areas == []
    assert any("任务分工表" in w.message for w in policy.warnings)


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003"])
def test_other_seeds_are_not_task_division_tables(prefix):
    (path,) = SEED.parent.glob(f"{prefix}_*.txt")
    assert not looks_like_task_division(path.read_text(encoding="utf-8"))
