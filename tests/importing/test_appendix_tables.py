"""Plans whose 重点任务分工表 is printed after the body under 附件, the years a plan runs as
the title, 成文日期 or 文号 give them, and who leads in a lone 责任单位 column. The three
Word plans are those of the reader corpus written by ``tests/reader_corpus/make_appendix``."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from zjtracker.importing.documents.period import find_period
from zjtracker.importing.reader import parse_policy_text, read_policy_file
from zjtracker.importing.tables.lead_note import LeadNote
from zjtracker.importing.tables.unit_cells import lone_column_units, without_stars

DOCS = Path(__file__).resolve().parents[1] / "reader_corpus" / "docs"


def read(name: str):
    result = read_policy_file(DOCS / name)
    assert len(result.policies) == 1
    return result.policies[0]


def units(measure) -> list[tuple[str, str]]:
    return [(u.name, u.role) for u in measure.units]


def leaves(area) -> list:
    return [leaf for m in area.measures for leaf in (m.children or [m])]


def test_an_appendix_table_with_groups_forms_parts_of_its_own_after_the_body():
    policy = read("zhaoqing_appendix_groups_docx.docx")
    titles = [(a.label, a.title) for a in policy.areas]
    assert titles == [("一、", "总体要求"), ("二、", "主要任务"), ("三、", "保障措施"),
                      ("", "提升养老服务"), ("", "丰富文体消费"), ("", "优化消费环境")]
    assert policy.areas[2].measures == []  # 保障措施 keeps none of the table's tasks
    care = leaves(policy.areas[3])
    assert [m.text[:8] for m in care] == ["建设街道综合养老", "开展老年助餐服务"]
    assert units(care[0]) == [("市民政局", "lead"), ("市财政局", "cooperating"),
                              ("各县（市、区）人民政府", "cooperating")]
    assert units(care[1]) == [("市民政局", "lead"), ("市市场监管局", "cooperating")]  # 市民政局*
    assert units(leaves(policy.areas[5])[0]) == [("市市场监管局", "lead")]
    # the years: only the 文号 粤府办[2024]3号 names one
    assert (policy.doc_no, policy.start_year, policy.end_year) == ("粤府办〔2024〕3号", 2024, None)
    assert "文号粤府办〔2024〕3号" in policy.period_note


def test_an_appendix_numbered_alone_is_named_by_the_line_under_it_and_its_field_column_groups_it():
    policy = read("shantou_appendix_field_docx.docx")
    assert [a.title for a in policy.areas] == ["总体要求", "主要任务", "保障措施", "政务服务", "数据资源"]
    first = leaves(policy.areas[3])[0]
    assert units(first) == [("市市场监管局", "lead"), ("市公安局", "cooperating"), ("市税务局", "cooperating")]
    # the range printed on the line under the title
    assert (policy.start_year, policy.end_year) == (2024, 2026)
    assert policy.period_note == "起始年2024、结束年2026均取自标题“2024-2026年”。"


def test_an_appendix_table_without_groups_is_one_part_named_after_the_appendix():
    policy = read("jiangmen_appendix_plain_docx.docx")
    assert [a.title for a in policy.areas] == ["总体要求", "主要任务", "保障措施", "县域特色产业发展任务清单"]
    tasks = leaves(policy.areas[3])
    assert units(tasks[0]) == [("市科技局", "cooperating"), ("市市场监管局", "lead")]  # （牵头） second
    assert units(tasks[2]) == [("市金融工作局", "lead"), ("市工业和信息化局", "cooperating"),
                               ("市财政局", "cooperating")]
    assert tasks[1].deadline == date(2025, 6, 30)
    assert policy.issued_on == date(2024, 3, 5)  # 二〇二四年三月五日
    assert (policy.start_year, policy.end_year) == (2024, None)
    assert policy.period_note == "起始年2024取自成文日期2024年3月5日，结束年未找到。"


_PLAN = "{head}\n{title}\n一、主要任务\n1.推进项目建设。（市发展改革局牵头，市财政局配合）\n二、保障措施\n加强领导。\n{tail}\n"


@pytest.mark.parametrize(("head", "title", "tail", "years", "source"), [
    ("", "某市制造业提升三年行动计划（2024—2026年）", "", (2024, 2026), "标题"),
    ("", "某市制造业提升三年行动计划（2024-2026年）", "", (2024, 2026), "标题"),
    ("", "某市制造业提升三年行动计划（2024－2026年）", "", (2024, 2026), "标题"),
    ("", "某市制造业提升三年行动计划（2024―2026年）", "", (2024, 2026), "标题"),
    ("", "某市制造业提升三年行动计划（2024年—2026年）", "", (2024, 2026), "标题"),
    ("", "某市制造业提升行动计划", "某市人民政府办公室\n二〇二四年三月五日", (2024, None), "成文日期"),
    ("成文日期：2024年03月05日", "某市制造业提升行动计划", "", (2024, None), "成文日期"),
    ("", "某市制造业提升行动计划", "2024年3月5日印发", (2024, None), "成文日期"),
    ("湛府办〔2024〕12号", "某市制造业提升行动计划", "", (2024, None), "文号"),
    ("粤府办[2024]3号", "某市制造业提升行动计划", "", (2024, None), "文号"),
    ("某府办（2024）3号", "某市制造业提升行动计划", "", (2024, None), "文号"),
])
def test_the_years_come_from_the_title_then_the_date_written_then_the_document_number(head, title, tail, years, source):
    policy = parse_policy_text(_PLAN.format(head=head, title=title, tail=tail), "方案.txt").policies[0]
    assert (policy.start_year, policy.end_year) == years
    assert f"起始年{years[0]}" in policy.period_note and source in policy.period_note


def test_the_title_range_goes_before_the_date_and_the_number():
    period = find_period("某市行动方案（2025—2027年）", ["到2030年，全面建成……"], date(2024, 12, 1), "某府〔2024〕9号")
    assert (period.start, period.end) == (2025, 2027)
    period = find_period("某市行动方案", ["到2027年，全面建成……"], None, "某府〔2024〕9号")
    assert (period.start, period.end, period.start_from, period.end_from) == (
        2024, 2027, "文号某府〔2024〕9号", "正文“到2027年”")
    assert find_period("某市行动方案", [], None, "").note() == "未在标题、正文、成文日期或文号中找到实施年份，请填写。"


def test_who_leads_in_a_lone_unit_column():
    assert without_stars("市公安局*、市商务局") == ("市公安局、市商务局", ["市公安局"])
    assert without_stars("★市交通运输局，市财政局")[1] == ["市交通运输局"]
    no_note = LeadNote("")
    found = lone_column_units(["市商务局", "市财政局"], "市商务局、市财政局", no_note, [])
    assert [(u.name, u.role) for u in found] == [("市商务局", "lead"), ("市财政局", "cooperating")]
    only_lead = LeadNote("注：责任单位中列第一位的为牵头单位。")
    found = lone_column_units(["市商务局", "市财政局"], "市商务局、市财政局", only_lead, [])
    assert [u.role for u in found] == ["lead", "responsible"]
    assert LeadNote("排在第一位的为牵头单位，其他为配合单位。").rest == "cooperating"
    assert LeadNote("责任单位后注明“（牵头）”的为牵头单位。").rest == "responsible"


def test_body_brackets_with_square_brackets_inside_or_names_alone():
    text = ("某市促进消费实施方案\n一、主要任务\n1.打造一批特色商业街区。（市商务局牵头，各县〔市、区〕人民政府配合）\n"
            "2.发展智慧商圈。（市商务局、市工业和信息化局）\n3.推进夜间经济（试行）\n二、保障措施\n加强领导。\n")
    tasks = [m for m in parse_policy_text(text, "方案.txt").policies[0].iter_measures() if not m.children]
    assert units(tasks[0]) == [("市商务局", "lead"), ("各县〔市、区〕人民政府", "cooperating")]
    assert units(tasks[1]) == [("市商务局", "responsible"), ("市工业和信息化局", "responsible")]
    assert tasks[2].units == []  # （试行） names no organ
