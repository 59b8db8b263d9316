"""Notes written the way documents the reader was not built on write them: a labelled line's
value is a unit list whatever separators it uses (、，,；; and spaces, either colon), with
collective names and working groups in it; two whole names joined by 和 / 及 are two units,
a name that holds the word stays one. Documents are written to disk and read by the program
as the clerk's import does."""

from __future__ import annotations

import pytest

from zjtracker.importing.annotations.inline_units import trailing_note
from zjtracker.importing.annotations.roles import labelled_line
from zjtracker.importing.annotations.units import split_unit_list
from zjtracker.importing.reader import read_policy_file

NAMES = ["各乡镇人民政府", "县防汛抗旱专班", "县水利局", "各相关单位"]


def units(note):
    return [(u.name, u.role) for u in note.units]


@pytest.mark.parametrize("separators", ["、、、", "，，，", ",,,", "；；；", ";;;", "   ", "、，、", "，；、",
                                        ", ；"])
@pytest.mark.parametrize("colon", ["：", ":"])
@pytest.mark.parametrize("label, role", [("配合单位", "cooperating"), ("责任单位", "responsible"),
                                         ("牵头单位", "lead"), ("协同责任单位", "cooperating")])
@pytest.mark.parametrize("end", ["", "。", "；"])
def test_a_labelled_line_is_a_unit_list_whatever_its_separators(separators, colon, label, role, end):
    value = NAMES[0] + "".join(sep + name for sep, name in zip(separators, NAMES[1:]))
    note = labelled_line(f"{label}{colon}{value}{end}")
    assert note is not None
    assert units(note) == [(name, role) for name in NAMES]


def test_labelled_lines_joined_or_carrying_a_role_sentence():
    note = labelled_line("配合单位：县农业农村局、县商务局，各街道办事处完成时限：2026年5月20日前")
    assert units(note) == [("县农业农村局", "cooperating"), ("县商务局", "cooperating"),
                           ("各街道办事处", "cooperating")]
    assert note.deadline_text == "2026年5月20日前"
    note = labelled_line("牵头单位：县文旅局，配合单位：县财政局，县乡村振兴专班")
    assert units(note) == [("县文旅局", "lead"), ("县财政局", "cooperating"), ("县乡村振兴专班", "cooperating")]
    note = labelled_line("责任单位：县农业农村局，2026年底前完成。")
    assert units(note) == [("县农业农村局", "responsible")]
    assert note.deadline_text == "2026年底前完成"


def test_a_sentence_with_a_label_is_no_note():
    assert labelled_line("工作目标：全县新建高标准农田3万亩，各乡镇同步推进。") is None


def test_a_bracket_list_goes_on_after_a_comma_with_collective_and_group_names():
    note = trailing_note("完成堤防加固。（牵头单位：县水利局；配合单位：县应急管理局，各乡镇人民政府，县防汛抗旱专班）")
    assert units(note) == [("县水利局", "lead"), ("县应急管理局", "cooperating"),
                           ("各乡镇人民政府", "cooperating"), ("县防汛抗旱专班", "cooperating")]


@pytest.mark.parametrize("written, names", [
    ("县直各有关单位及各乡镇人民政府", ["县直各有关单位", "各乡镇人民政府"]),
    ("县卫生健康局和县医疗保障局", ["县卫生健康局", "县医疗保障局"]),
    ("县委组织部与县人社局", ["县委组织部", "县人社局"]),
    ("县应急管理局以及各乡镇（街道）", ["县应急管理局", "各乡镇（街道）"]),
    ("县住房和城乡建设局及各乡镇", ["县住房和城乡建设局", "各乡镇"]),
    ("县人力资源和社会保障局", ["县人力资源和社会保障局"]),
    ("县自然资源和规划局", ["县自然资源和规划局"]),
    ("各乡镇人力资源和社会保障所", ["各乡镇人力资源和社会保障所"]),
    ("县工业和信息化局、县发展和改革局", ["县工业和信息化局", "县发展和改革局"]),
])
def test_and_between_two_whole_names_parts_them(written, names):
    assert split_unit_list(written, complete=True) == names


def test_a_bracket_with_two_names_joined_by_and():
    note = trailing_note("推行涉企事项一次办。（县政务服务中心、县司法局牵头，县直各有关单位及各乡镇人民政府按职责分工负责）")
    assert units(note) == [("县政务服务中心", "lead"), ("县司法局", "lead"),
                           ("县直各有关单位", "responsible"), ("各乡镇人民政府", "responsible")]


PLAN = """\
安平县2026年乡村振兴重点任务分工方案

一、稳定粮食生产
1.全县粮食播种面积稳定在52万亩以上。
牵头单位:县农业农村局
责任单位:各乡镇人民政府，县粮食安全专班

2.新建高标准农田3万亩。
牵头县领导：周志强
牵头单位：县农业农村局
配合单位：县财政局、县自然资源局，各乡镇人民政府
完成时限：2026年11月30日前

二、改善人居环境
3.完成农村户厕改造1500户。(县卫生健康局牵头，县直有关单位及各乡镇人民政府按职责分工负责)
4.推进农村生活污水治理，治理率达到45%。
牵头单位：县生态环境局
配合单位:县住房和城乡建设局;各乡镇人民政府
完成时限:2026年第三季度
"""


def test_a_plan_with_labelled_lines_and_and_joined_names(tmp_path):
    path = tmp_path / "安平县乡村振兴分工方案.txt"
    path.write_text(PLAN, encoding="gb18030")
    result = read_policy_file(path)
    [policy] = result.policies
    measures = {m.number: m for m in policy.iter_measures() if not m.children}
    assert [measures[n].text for n in (1, 2)] == ["全县粮食播种面积稳定在52万亩以上。", "新建高标准农田3万亩。"]
    assert [(u.name, u.role) for u in measures[1].units] == [
        ("县农业农村局", "lead"), ("各乡镇人民政府", "responsible"), ("县粮食安全专班", "responsible")]
    assert [(u.name, u.role) for u in measures[2].units] == [
        ("县农业农村局", "lead"), ("县财政局", "cooperating"), ("县自然资源局", "cooperating"),
        ("各乡镇人民政府", "cooperating")]
    assert measures[2].units[0].leader == "周志强"
    assert measures[2].deadline.isoformat() == "2026-11-30"
    assert [(u.name, u.role) for u in measures[3].units] == [
        ("县卫生健康局", "lead"), ("县直有关单位", "responsible"), ("各乡镇人民政府", "responsible")]
    assert [(u.name, u.role) for u in measures[4].units] == [
        ("县生态环境局", "lead"), ("县住房和城乡建设局", "cooperating"), ("各乡镇人民政府", "cooperating")]
    assert measures[4].deadline.isoformat() == "2026-09-30"
    assert not [w for w in result.warnings if w.code == "structure"]


def test_people_s_organisations_are_whole_units_in_a_list():
    assert split_unit_list("县卫生健康局、县妇联、县残联、县总工会") == [
        "县卫生健康局", "县妇联", "县残联", "县总工会"]
    assert split_unit_list("县融媒体中心、县广播电视台、县文联") == ["县融媒体中心", "县广播电视台", "县文联"]


def test_a_labelled_note_after_the_last_sentence_on_the_same_line(tmp_path):
    from zjtracker.importing.annotations.note_lines import split_note_lines

    split = split_note_lines("完成雨污分流改造20公里。部门分工：县住建局牵头，县水利局、各乡镇配合。\n完成时限：2026年8月底前。")
    assert split.text == "完成雨污分流改造20公里。"
    assert units(split.labelled) == [("县住建局", "lead"), ("县水利局", "cooperating"), ("各乡镇", "cooperating")]
    assert split.labelled.deadline_text == "2026年8月底前"
    # a sentence that only mentions a label, or a label inside a bracket, stays task text
    kept = split_note_lines("明确责任单位。工作要求：各乡镇要按月报送进度。")
    assert kept.text == "明确责任单位。工作要求：各乡镇要按月报送进度。" and kept.labelled is None
    inside = split_note_lines("完成改造。（牵头单位：县住建局。配合单位：县水利局）")
    assert inside.text == "完成改造。（牵头单位：县住建局。配合单位：县水利局）" and inside.labelled is None
