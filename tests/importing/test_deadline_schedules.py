"""A 时间节点 written as a schedule of steps (一季度…；二季度…；四季度…) is one deadline that
ends with its last step, on a labelled line or inside a bracket."""

from datetime import date

from zjtracker.importing.annotations.deadlines import deadline_date
from zjtracker.importing.annotations.note_lines import note_of_line
from zjtracker.importing.reader import parse_policy_text


def test_a_schedule_ends_with_its_last_step():
    assert deadline_date("一季度完成方案制定；二季度启动首批出让；四季度完成年度目标", 2025) == date(2025, 12, 31)
    assert deadline_date("2024年3月底前出台方案；2024年9月底前全面推开", None) == date(2024, 9, 30)
    assert deadline_date("2024年6月底前完成方案；长期坚持", None) is None  # open in the end
    assert deadline_date("2024年6月底前", None) == date(2024, 6, 30)


def test_a_schedule_line_is_a_note_not_task_text():
    note = note_of_line("时间节点：一季度完成方案制定；二季度启动首批出让；四季度完成年度目标。")
    assert note is not None and note.deadline_text.startswith("一季度") and note.deadline_text.endswith("四季度完成年度目标")
    assert note_of_line("完成时限：2025年底前；市财政局配合") is not None


def test_a_measure_with_a_schedule_gets_its_last_date():
    text = """某县2025年重点工作分工方案
一、强化要素保障
1.开展工业用地“标准地”出让，比例不低于60%。
牵头单位：县自然资源局
时间节点：一季度完成方案制定；二季度启动首批出让；四季度完成年度目标。
2.新增普惠小微贷款5亿元。（牵头单位：县金融工作局；完成时限：6月底前出台方案，12月底前完成）
"""
    result = parse_policy_text(text, "plan.txt")
    first, second = [m for m in result.policies[0].iter_measures() if not m.children]
    assert first.text == "开展工业用地“标准地”出让，比例不低于60%。"
    assert first.deadline == date(2025, 12, 31)
    assert second.deadline == date(2025, 12, 31)
    assert [(u.role, u.name) for u in second.units] == [("lead", "县金融工作局")]
