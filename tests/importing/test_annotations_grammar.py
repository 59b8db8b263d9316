"""The grammar of unit, leader and deadline notes: labels classified by the words they are
made of, role sentences, brackets of any label set and separator, and labelled lines."""

from __future__ import annotations

import pytest

from zjtracker.importing.annotations.inline_units import task_text, trailing_note
from zjtracker.importing.annotations.note_lines import is_note_line, split_note_lines
from zjtracker.importing.annotations.roles import (
    DEADLINE, DIVISION, LEADERS, label_kind, labelled_line, split_labels,
)


def units(note):
    return [(u.name, u.role) for u in note.units]


@pytest.mark.parametrize("label, kind", [
    ("牵头单位", "lead"), ("牵头部门", "lead"), ("牵头责任单位", "lead"), ("主要责任单位", "lead"),
    ("主责单位", "lead"), ("主办单位", "lead"), ("配合单位", "cooperating"),
    ("协同责任单位", "cooperating"), ("协同配合单位", "cooperating"), ("参与单位", "cooperating"),
    ("协办部门", "cooperating"), ("责任单位", "responsible"), ("责任部门", "responsible"),
    ("牵头市领导", LEADERS), ("牵头负责领导", LEADERS), ("分管领导", LEADERS), ("分管副县长", LEADERS),
    ("责任领导", LEADERS), ("联系省领导", LEADERS), ("责任人", LEADERS),
    ("完成时限", DEADLINE), ("时间节点", DEADLINE), ("完成时间", DEADLINE), ("办结时限", DEADLINE),
    ("部门分工", DIVISION), ("责任分工", DIVISION),
    ("工作目标", None), ("主要目标", None), ("人民政府完成时限", None), ("主要", None),
])
def test_labels_are_classified_by_their_words(label, kind):
    assert label_kind(label) == kind


def test_a_bracket_of_labels_with_any_separator():
    note = trailing_note("建成区域冷链物流中心。（牵头单位：市物流发展局；配合单位：市交通局、市商务局；"
                         "完成时限：2025年3月底前）")
    assert units(note) == [("市物流发展局", "lead"), ("市交通局", "cooperating"), ("市商务局", "cooperating")]
    assert note.deadline_text == "2025年3月底前"
    half = trailing_note("建成区域冷链物流中心(牵头单位:市物流发展局;配合单位:市交通局,市商务局)")
    assert units(half) == units(note)
    # a list carried on after a comma keeps its label's role
    carried = trailing_note("做好某事。（牵头单位：市物流发展局；配合单位：市交通局，市商务局）")
    assert units(carried) == units(note)


def test_role_sentences_in_brackets():
    assert units(trailing_note("做好某事。(市林业局牵头，市水务局、市气象局配合)")) == [
        ("市林业局", "lead"), ("市水务局", "cooperating"), ("市气象局", "cooperating")]
    assert units(trailing_note("做好某事。〔责任单位：市林业局、市水务局〕")) == [
        ("市林业局", "responsible"), ("市水务局", "responsible")]
    assert units(trailing_note("做好某事。（市林业局、市水务局按职责分工负责）")) == [
        ("市林业局", "responsible"), ("市水务局", "responsible")]
    assert units(trailing_note("做好某事。（市林业局牵头负责）")) == [("市林业局", "lead")]
    assert units(trailing_note("做好某事。（市林业局牵头，市水务局、各乡镇（街道）按职责分工负责）")) == [
        ("市林业局", "lead"), ("市水务局", "responsible"), ("各乡镇（街道）", "responsible")]
    assert units(trailing_note("做好某事。（由市林业局负责）")) == [("市林业局", "responsible")]


def test_brackets_that_are_not_notes():
    assert trailing_note("编制全域旅游规划（2025—2027年）") is None
    assert trailing_note("出台管理办法（试行）") is None
    assert trailing_note("建设三个中心（含县级分中心）") is None
    assert trailing_note("建立专班（以下简称“市专班”）") is None
    # a deadline alone is a note, a bracket of roles with a clause not understood keeps it
    assert trailing_note("完成改造。（2025年底前完成）").deadline_text == "2025年底前完成"
    assert trailing_note("完成改造。（市林业局牵头，视情推进）").unread == ["视情推进"]


def test_the_task_text_loses_the_bracket_it_was_read_from():
    assert task_text("完成改造。（市林业局牵头，市水务局配合；2025年底前完成）") == "完成改造。"
    assert task_text("完成改造。〔责任单位：市林业局〕") == "完成改造。"
    assert task_text("编制全域旅游规划（2025—2027年）") == "编制全域旅游规划（2025—2027年）"
    unread = "完成改造。（市林业局牵头，视情推进）"
    assert task_text(unread) == unread  # what could not be read stays for the clerk


def test_labelled_lines():
    leaders = labelled_line("牵头负责领导:周海、林涛。")
    assert leaders.leaders == ["周海", "林涛"]
    lead = labelled_line("牵头责任单位：区文旅局。")
    assert units(lead) == [("区文旅局", "lead")]
    assert labelled_line("时间节点:2025年第二季度。").deadline_text == "2025年第二季度"
    division = labelled_line("部门分工：区住建局牵头，区城管局、区财政局配合。")
    assert units(division) == [("区住建局", "lead"), ("区城管局", "cooperating"), ("区财政局", "cooperating")]
    # two labelled lines run together by a line-wrap repair
    joined = labelled_line("协同配合单位：区城管局、各街道办事处完成时间：2025年6月底前")
    assert units(joined) == [("区城管局", "cooperating"), ("各街道办事处", "cooperating")]
    assert joined.deadline_text == "2025年6月底前"
    assert split_labels("配合单位：甲局完成时限：年底前") == ["配合单位：甲局", "完成时限：年底前"]


@pytest.mark.parametrize("line", [
    "工作目标：到2027年，全区建成智慧社区30个。", "时间安排：本方案自印发之日起施行。",
    "主要任务：一是抓项目，二是抓招商。", "推进老旧小区改造，牵头单位要加强统筹。", "牵头单位：",
])
def test_lines_that_are_not_notes(line):
    assert not is_note_line(line)


def test_note_lines_leave_the_task_text():
    split = split_note_lines("提升社区服务。建设15分钟便民生活圈。\n分管领导：周海\n牵头单位：区商务局\n"
                             "配合单位：区民政局\n完成时限：2025年底前\n同步推进社区食堂建设。")
    assert split.text == "提升社区服务。建设15分钟便民生活圈。\n同步推进社区食堂建设。"
    assert units(split.labelled) == [("区商务局", "lead"), ("区民政局", "cooperating")]
    assert split.labelled.leaders == ["周海"]
    assert split.labelled.deadline_text == "2025年底前"
    alone = split_note_lines("提升社区服务。\n（区商务局牵头，区民政局配合）")
    assert alone.text == "提升社区服务。" and units(alone.alone) == [("区商务局", "lead"), ("区民政局", "cooperating")]
