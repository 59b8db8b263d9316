"""Documents nobody here had seen while the readers were written: invented plans, lists and
ledgers in the style of other Guangdong cities (tests/importing/corpus). Each is read as a
clerk would check it: title and 文号, the number of areas, groups and measures, the text,
units and deadline of some measures, and warnings where the document is doubtful."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.importing.corpus.build import (
    CORPUS, build_huizhou_list_xlsx, build_jiangmen_docx, build_zhanjiang_county_ledger_xlsx,
    build_zhaoqing_table_docx,
)
from zjtracker.importing.reader import read_policy_file

ROOT = Path(__file__).resolve().parents[2]
TEXT_FILES = ("maoming_manufacturing.txt", "nanhai_deepest_cn_paren.txt",
              "shaoguan_work_points.txt", "qingyuan_chapters.txt", "yangjiang_gb18030.txt",
              "zhongshan_notice_attachment.txt")
BUILT = {"jiangmen_county_commerce.docx": build_jiangmen_docx,
         "zhaoqing_env_list.docx": build_zhaoqing_table_docx,
         "huizhou_private_economy.xlsx": build_huizhou_list_xlsx,
         "lianjiang_ledger.xlsx": build_zhanjiang_county_ledger_xlsx}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("corpus")
    return {name: build(folder) for name, build in BUILT.items()}


def corpus_path(name: str, built: dict[str, Path]) -> Path:
    return built[name] if name in built else CORPUS / name


def read_one(name: str, built: dict[str, Path]):
    result = read_policy_file(corpus_path(name, built))
    assert len(result.policies) == 1
    return result, result.policies[0]


def leaves(policy):
    return [m for m in policy.iter_measures() if not m.children]


def groups(policy):
    return [m for m in policy.iter_measures() if m.children]


def find(policy, start: str):
    (found,) = [m for m in leaves(policy) if m.text.startswith(start)]
    return found


def units(measure) -> list[tuple[str, str]]:
    return [(u.name, u.role) for u in measure.units]


def codes(result) -> list[str]:
    return [w.code for w in result.warnings]


# --- plain text plans ------------------------------------------------------------------------


def test_plan_with_cover_notice_and_units_in_brackets(built):
    result, policy = read_one("maoming_manufacturing.txt", built)
    assert policy.title == "茂名市推动制造业高质量发展实施方案"
    assert policy.doc_no == "茂府办〔2023〕15号"
    assert policy.issued_on == date(2023, 4, 12)
    assert [a.label for a in policy.areas] == ["一、", "二、", "三、"]
    assert policy.areas[2].guiding_text.startswith("（一）加强组织领导")
    assert len(groups(policy)) == 3 and len(leaves(policy)) == 7
    first = find(policy, "推动石化产业延链补链")
    assert units(first) == [("市工业和信息化局", "lead"), ("市发展改革局", "cooperating"),
                            ("市商务局", "cooperating")]
    assert (first.deadline_text, first.deadline) == ("2024年12月底前", date(2024, 12, 31))
    third = find(policy, "发展新能源")
    assert (third.deadline_text, third.deadline) == ("长期坚持", None)
    land = find(policy, "强化用地保障")
    assert units(land) == [("市自然资源局", "lead"), ("各区、县级市人民政府", "responsible")]
    money = find(policy, "加大金融支持力度")
    assert money.deadline_text == "每季度"
    assert ("国家金融监督管理总局茂名监管分局", "cooperating") in units(money)
    assert result.warnings == []


def test_plan_whose_deepest_level_is_cn_paren(built):
    result, policy = read_one("nanhai_deepest_cn_paren.txt", built)
    assert policy.title == "南海区城市更新三年行动工作方案（2024—2026年）"
    assert policy.doc_no == "南府办〔2024〕8号"
    assert (policy.start_year, policy.end_year) == (2024, 2026)
    assert policy.frequency == "half_yearly"
    tasks = policy.areas[1].measures
    assert [m.label for m in tasks] == ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）"]
    assert not groups(policy)
    assert units(tasks[2]) == [("区城市更新局", "lead"), ("区住房城乡建设和水利局", "lead"),
                               ("区消防救援大队", "cooperating")]
    assert units(tasks[4]) == [("区教育局", "responsible"), ("区卫生健康局", "responsible")]
    assert (tasks[3].deadline_text, tasks[3].deadline) == ("2025年6月底前", date(2025, 6, 30))
    # a recurring deadline is kept as written, without a date
    assert (tasks[0].deadline_text, tasks[0].deadline) == ("2024年起每年12月底前", None)
    assert policy.areas[0].guiding_text.startswith("到2026年")


def test_work_points_with_tasks_directly_under_areas(built):
    result, policy = read_one("shaoguan_work_points.txt", built)
    assert policy.title == "韶关市市场监督管理局2024年工作要点"
    assert policy.doc_no == "韶市监〔2024〕3号"
    assert (policy.start_year, policy.end_year) == (2024, 2024)
    assert [len(a.measures) for a in policy.areas] == [3, 3, 2]
    assert not groups(policy)
    first = policy.areas[0].measures[0]
    assert units(first) == [("登记注册科", "lead"), ("各县（市、区）市场监管局", "responsible")]
    last = policy.areas[2].measures[-1]
    # the closing paragraph after the last task is not part of it; the task text is read
    # without the bracket of units and deadline, which the text as written keeps
    note = "（知识产权科牵头，执法稽查局配合；完成时限：2024年12月底前）"
    assert last.source_text.endswith(note)
    assert last.text == last.source_text[: -len(note)]
    assert units(last) == [("知识产权科", "lead"), ("执法稽查局", "cooperating")]
    assert last.deadline == date(2024, 12, 31)


def test_plan_with_chapters_and_sections(built):
    result, policy = read_one("qingyuan_chapters.txt", built)
    assert policy.title == "清远市数字政府建设“十四五”规划"
    assert policy.doc_no == "清府〔2022〕21号"
    assert (policy.start_year, policy.end_year) == (2021, 2025)
    assert [a.label for a in policy.areas] == ["第一章", "第二章", "第三章", "第四章", "第五章"]
    assert [a.title for a in policy.areas][2] == "夯实数字政府基础支撑"
    assert [len(a.measures) for a in policy.areas] == [0, 0, 2, 2, 0]
    assert [g.label for g in groups(policy)] == ["第一节", "第二节", "第一节", "第二节"]
    assert len(leaves(policy)) == 7
    share = find(policy, "推进数据共享开放")
    assert units(share) == [("市政务服务数据管理局", "lead"), ("市发展改革局", "cooperating")]
    assert share.deadline == date(2024, 6, 30)
    assert "领导小组" in policy.areas[4].guiding_text


def test_gb18030_plan_with_labelled_units(built):
    raw = (CORPUS / "yangjiang_gb18030.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    result, policy = read_one("yangjiang_gb18030.txt", built)
    assert policy.title == "阳江市推进养老服务体系建设行动计划（2024—2025年）"
    assert policy.doc_no == "阳府办函〔2024〕42号"
    assert policy.issuer == "阳江市人民政府办公室"
    assert len(groups(policy)) == 3 and len(leaves(policy)) == 5
    reform = find(policy, "推进公办养老机构改革")
    assert "（敬老院）" in reform.text
    assert units(reform) == [("市民政局", "lead"), ("各县（市、区）人民政府", "cooperating")]
    assert reform.deadline == date(2024, 12, 31)
    care = find(policy, "推进医养结合")
    assert units(care) == [("市卫生健康局", "lead"), ("市民政局", "cooperating"),
                           ("市医疗保障局", "cooperating")]
    assert care.deadline_text == "长期坚持"


def test_notice_with_attached_plan_and_doubtful_notes(built):
    result, policy = read_one("zhongshan_notice_attachment.txt", built)
    assert policy.title == "中山市促进消费扩容提质工作方案"
    assert policy.doc_no == "中府办函〔2023〕97号"
    assert policy.frequency == "monthly"
    assert len(groups(policy)) == 3 and len(leaves(policy)) == 6
    cars = find(policy, "促进汽车消费")
    assert units(cars)[0] == ("市商务局", "lead")
    assert cars.deadline == date(2024, 6, 30)
    night = find(policy, "打造夜间经济集聚区")
    assert units(night) == [("市商务局", "responsible"), ("市文化广电旅游体育局", "responsible")]
    # the drafting explanation after the plan is not read as measures, and says so
    assert "body_end" in codes(result)
    # a bracket clause that is neither unit nor deadline, and a task without units, are flagged
    notes = [w for w in result.warnings if w.code == "unit_note"]
    assert len(notes) == 1 and "视情推进" in notes[0].message
    missing = [w for w in result.warnings if w.code == "no_units"]
    assert len(missing) == 1 and "扩大服务消费" in missing[0].message
    assert units(find(policy, "支持刚性和改善性住房需求")) == [("市住房城乡建设局", "lead")]


# --- Word documents with real tables ----------------------------------------------------------


def test_docx_plan_with_task_division_table(built):
    result, policy = read_one("jiangmen_county_commerce.docx", built)
    assert policy.title == "江门市推进县域商业体系建设工作方案"
    assert policy.doc_no == "江府办〔2024〕11号"
    assert len(groups(policy)) == 2 and len(leaves(policy)) == 6
    # the 牵头单位 cell merged over rows 1 and 2 gives both the same lead
    assert units(find(policy, "改造提升县城商业综合体")) == [
        ("市商务局", "lead"), ("市住房城乡建设局", "cooperating")]
    town = find(policy, "建设乡镇商贸中心")
    assert units(town) == [("市商务局", "lead"), ("市自然资源局", "cooperating"),
                           ("各市（区）人民政府", "cooperating")]
    assert town.deadline == date(2025, 6, 30)
    assert find(policy, "推进农产品冷链物流建设").deadline == date(2024, 12, 31)
    # the merged heading rows of the table are neither tasks nor continuation lines
    assert result.warnings == []


def test_docx_list_with_tasks_only_in_a_table(built):
    result, policy = read_one("zhaoqing_env_list.docx", built)
    assert policy.title == "肇庆市2024年生态环境保护工作责任清单"
    assert policy.doc_no == "肇环〔2024〕6号"
    assert policy.frequency == "monthly"
    assert [(a.label, a.title) for a in policy.areas] == [
        ("一、", "大气污染防治"), ("二、", "水污染防治"), ("三、", "土壤污染防治")]
    tasks = leaves(policy)
    assert [m.number for m in tasks] == [1, 2, 3, 4, 5]
    assert tasks[2].text == "推进西江干流排污口整治，完成整治率90%以上。"
    # one 责任单位 column: the unit listed first leads, the other cooperates
    assert units(tasks[2]) == [("市生态环境局", "lead"), ("市水利局", "cooperating")]
    assert tasks[0].deadline == date(2024, 10, 31)
    assert "table_only" in codes(result)  # the clerk is told where the tree came from


# --- spreadsheets -----------------------------------------------------------------------------


def test_xlsx_list_with_merged_title_two_row_header_and_blank_rows(built):
    result, policy = read_one("huizhou_private_economy.xlsx", built)
    assert policy.title == "惠州市促进民营经济高质量发展若干措施责任清单"
    assert (policy.start_year, policy.end_year) == (2024, 2025)
    assert [g.text for g in groups(policy)] == ["降低经营成本", "强化要素保障", "优化服务"]
    tasks = leaves(policy)
    assert [m.number for m in tasks] == [1, 2, 3, 4, 5]
    # 牵头单位 merged down over the second task
    assert units(tasks[1]) == [("市税务局", "lead"), ("市市场监管局", "cooperating")]
    assert [(p.year, p.text) for p in tasks[0].plans] == [(2024, "减免税费10亿元"), (2025, "减免税费12亿元")]
    assert [p.year for p in tasks[3].plans] == [2024]  # “—” is no plan
    assert tasks[4].deadline == date(2024, 6, 30)
    assert (tasks[2].deadline_text, tasks[2].deadline) == ("长期坚持", None)


def test_xlsx_ledger_with_extra_columns_and_odd_numbers(built):
    result, policy = read_one("lianjiang_ledger.xlsx", built)
    assert policy.title == "廉江市2024年优化营商环境工作任务台账"
    assert policy.kind == "ledger"
    tasks = leaves(policy)
    assert [m.number for m in tasks] == [1, 2, 3, 5]  # （1）, 2, 3.0, (5)
    assert tasks[1].text == "推行工程建设项目审批“告知承诺制”。"
    assert ("住建局", "lead") in units(tasks[1]) and ("自然资源局", "responsible") in units(tasks[1])
    # the row numbered （4） without a task is reported, not silently dropped
    assert any("第8行" in w.message and "没有任务内容" in w.message for w in result.warnings)


# --- every document through the command line --------------------------------------------------


@pytest.mark.parametrize("name", TEXT_FILES + tuple(BUILT))
def test_import_policy_command_accepts_each_document(name, built, tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-m", "zjtracker", "--db", str(tmp_path / "t.db"), "import-policy",
         str(corpus_path(name, built)), "--json"],
        capture_output=True, text=True, encoding="utf-8", cwd=ROOT, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["stored"] is True and len(data["policy_ids"]) == 1
    listed = subprocess.run(
        [sys.executable, "-m", "zjtracker", "--db", str(tmp_path / "t.db"), "list", "--json"],
        capture_output=True, text=True, encoding="utf-8", cwd=ROOT, env=env, timeout=300)
    (stored,) = json.loads(listed.stdout)["policies"]
    assert stored["measures"] >= 4


# --- the helpers behind the fixes --------------------------------------------------------------


@pytest.mark.parametrize("text, year, expected", [
    ("2024年6月底前", None, date(2024, 6, 30)), ("2024年底前完成", None, date(2024, 12, 31)),
    ("2024年上半年", None, date(2024, 6, 30)), ("2024年第三季度", None, date(2024, 9, 30)),
    ("6月底前", 2024, date(2024, 6, 30)), ("6月底前", None, None), ("长期坚持", None, None),
    ("每季度", 2024, None), ("2024年起每年12月底前", None, None)])
def test_deadline_date(text, year, expected):
    from zjtracker.importing.annotations.deadlines import deadline_date
    assert deadline_date(text, year) == expected


def test_trailing_note_forms():
    from zjtracker.importing.annotations.inline_units import trailing_note
    note = trailing_note("做好某事。（牵头单位：市民政局；配合单位：市财政局、市卫生健康局；完成时限：每季度）")
    assert [(u.name, u.role) for u in note.units] == [
        ("市民政局", "lead"), ("市财政局", "cooperating"), ("市卫生健康局", "cooperating")]
    assert note.deadline_text == "每季度"
    assert trailing_note("做好某事（2024—2026年）") is None  # a period, not a note
    assert trailing_note("做好某事（试行）") is None
    assert trailing_note("做好某事。（2024年底前完成）").deadline_text == "2024年底前完成"
    odd = trailing_note("做好某事。（市商务局牵头，视情推进）")
    assert odd.unread == ["视情推进"]
