"""Unit lists as plans abbreviate them, and deadlines in every form they are written."""

from __future__ import annotations

from datetime import date

import pytest

from zjtracker.importing.annotations.deadlines import deadline_date, sentence_deadline
from zjtracker.importing.annotations.units import split_unit_list


@pytest.mark.parametrize("written, names", [
    ("省发展改革委、科技厅", ["省发展改革委", "省科技厅"]),
    ("市发改委、国土房管局、乌海海关", ["市发改委", "市国土房管局", "乌海海关"]),
    ("县农业农村局、水利局、财政局", ["县农业农村局", "县水利局", "县财政局"]),
    ("省科技厅、市场监管局", ["省科技厅", "省市场监管局"]),  # 市场 is a word, not a level
    ("市委宣传部、团市委", ["市委宣传部", "团市委"]),
    ("增城区、黄埔区、南沙区政府", ["增城区政府", "黄埔区政府", "南沙区政府"]),
    ("城关镇、河口镇人民政府", ["城关镇人民政府", "河口镇人民政府"]),
    ("市财政局、各县（市、区）人民政府（管委会）等", ["市财政局", "各县（市、区）人民政府（管委会）"]),
    ("市民政局等部门", ["市民政局"]),
    ("电力、燃气、通信等管线单位", ["电力、燃气、通信等管线单位"]),
    ("市林业局\n市水务局", ["市林业局", "市水务局"]),
    ("市林业局，市水务局；市气象局", ["市林业局", "市水务局", "市气象局"]),
])
def test_unit_lists_are_completed(written, names):
    assert split_unit_list(written, complete=True) == names


def test_lists_are_completed_by_default_and_split_only_on_request():
    assert split_unit_list("市民政局等部门") == ["市民政局"]
    assert split_unit_list("省发展改革委、科技厅") == ["省发展改革委", "省科技厅"]
    assert split_unit_list("市民政局等部门", complete=False) == ["市民政局等部门"]
    assert split_unit_list("省发展改革委、科技厅", complete=False) == ["省发展改革委", "科技厅"]


def test_a_task_list_in_a_workbook_has_its_unit_cells_completed(tmp_path):
    import openpyxl

    from zjtracker.importing.reader import read_policy_file

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["序号", "工作任务", "牵头单位", "配合单位", "完成时限"])
    sheet.append([1, "建设省级科技企业孵化器2家。", "省发展改革委、科技厅", "省财政厅等部门", "2026年6月底前"])
    sheet.append([2, "推进老旧街区改造。", "东湖区、西湖区政府", "市住建局及各街道办事处", "2026年底前"])
    path = tmp_path / "任务清单.xlsx"
    book.save(path)
    [policy] = read_policy_file(path).policies
    first, second = [m for m in policy.iter_measures() if not m.children]
    assert [(u.name, u.role) for u in first.units] == [
        ("省发展改革委", "lead"), ("省科技厅", "lead"), ("省财政厅", "cooperating")]
    assert [(u.name, u.role) for u in second.units] == [
        ("东湖区政府", "lead"), ("西湖区政府", "lead"), ("市住建局", "cooperating"),
        ("各街道办事处", "cooperating")]


@pytest.mark.parametrize("text, expected", [
    ("2025年6月底前", date(2025, 6, 30)), ("2025年底前", date(2025, 12, 31)),
    ("2025年9月30日前", date(2025, 9, 30)), ("2025年第三季度", date(2025, 9, 30)),
    ("2025年11月", date(2025, 11, 30)), ("2025—2027年", date(2027, 12, 31)),
    ("2025-2026年", date(2026, 12, 31)), ("2025年6月—2026年3月底前", date(2026, 3, 31)),
    ("每年12月底前", None), ("长期坚持", None), ("持续推进", None), ("每季度", None),
    ("年内见成效", None),
])
def test_deadline_forms(text, expected):
    assert deadline_date(text) == expected


def test_a_deadline_inside_the_sentence():
    assert sentence_deadline("建成智慧停车平台，2025年8月底前完成。") == "2025年8月底前"
    assert sentence_deadline("2025年底前建成10个，2026年6月底前全部建成。") == "2026年6月底前"
    assert sentence_deadline("到2027年，全区建成智慧社区30个。") is None
