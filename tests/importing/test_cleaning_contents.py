"""A plan's 目录 is not text to read; a gazette's 目录 is kept for the gazette reader; a
plan with chapters keeps its own title and its indicator table."""

from __future__ import annotations

from zjtracker.importing.cleaning.contents import find_listings, remove_plan_contents
from zjtracker.importing.documents.gazette import looks_like_gazette
from zjtracker.importing.reader import parse_policy_text

PLAN = """衡水市“十四五”水利发展规划

目　录
第一章　发展基础……………………………1
第二章　发展目标……………………………3
　　第一节　总体目标…………………………3
第三章　重点任务……………………………5

衡水市“十四五”水利发展规划
第一章　发展基础
　　“十三五”期间，全市水利建设成效明显。
第二章　发展目标
专栏1　主要指标
类别	指标名称	单位	2020年	2025年	属性
水资源	万元地区生产总值用水量下降	%	—	15	约束性
水安全	农村自来水普及率	%	91	95	预期性
第三章　重点任务
第一节　加强水资源保护
　　1.实施地下水超采治理。压减地下水开采量。（责任单位：市水务局、市农业农村局；完成时限：2025年底前）
　　2.建设节水型社会。创建县域节水型社会达标县。〔责任单位：市水务局〕
"""


def test_a_plan_listing_is_found_and_blanked():
    lines = PLAN.split("\n")
    [(first, last, entries)] = find_listings(lines)
    assert (first, last) == (2, 6)
    assert entries[0] == "第一章　发展基础"
    cleaned = remove_plan_contents(lines)
    assert len(cleaned) == len(lines)
    assert cleaned[2:7] == [""] * 5
    assert cleaned[9] == "第一章　发展基础"  # the chapter itself stays


def test_a_listing_of_documents_is_a_gazette_contents_and_stays():
    lines = ["目 录", "某市人民政府关于印发甲方案的通知（某府〔2024〕3号）……2",
             "某市人民政府关于废止乙办法的决定……9", "正文"]
    assert remove_plan_contents(lines) == lines


def test_dot_leaders_without_a_heading():
    lines = ["一、总体要求………1", "二、重点任务………2", "三、保障措施………8", "正文。"]
    assert remove_plan_contents(lines) == ["", "", "", "正文。"]
    assert remove_plan_contents(lines[:2] + lines[3:]) == lines[:2] + lines[3:]  # two are not a listing


def test_the_plan_is_one_policy_with_its_title_measures_and_indicators():
    assert not looks_like_gazette(PLAN)
    [policy] = parse_policy_text(PLAN, "hengshui.txt").policies
    assert policy.title == "衡水市“十四五”水利发展规划"
    measures = [m for m in policy.iter_measures() if not m.children]
    assert [m.number for m in measures] == [1, 2]
    assert [(i.name, i.unit, i.baseline_year, i.baseline_value, i.target_year, i.target_value,
             i.nature) for i in policy.indicators] == [
        ("万元地区生产总值用水量下降", "%", 2020, None, 2025, 15.0, "约束性"),
        ("农村自来水普及率", "%", 2020, 91.0, 2025, 95.0, "预期性")]
    assert policy.indicators[0].category == "水资源"


def test_a_plan_with_chapters_and_no_listing_keeps_its_title():
    text = PLAN.replace("目　录", "").replace("……………………………", "　")
    [policy] = parse_policy_text(text, "hengshui.txt").policies
    assert policy.title == "衡水市“十四五”水利发展规划"


def test_a_listing_alone_does_not_make_a_gazette():
    # The listing names documents by title shape, but the body holds one plan only.
    text = "\n".join(["目 录", "某市人民政府关于印发某市养老服务方案的通知……………1",
                      "某市养老服务方案………………………………………3", "",
                      "某市养老服务方案", "一、重点任务",
                      "1.建设社区养老服务站。新建服务站30个。（市民政局牵头）",
                      "2.发展助餐服务。建设长者食堂20家。（市民政局牵头，市财政局配合）"])
    assert not looks_like_gazette(text)
    [policy] = parse_policy_text(text, "yanglao.txt").policies
    assert policy.title == "某市养老服务方案"
    assert [m.number for m in policy.iter_measures() if not m.children] == [1, 2]
