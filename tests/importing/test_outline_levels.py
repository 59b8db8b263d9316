"""The outline's levels follow the official document format (一、 above （一） above 1. above
（1）), not the order in which a document happens to use them first: a 分工方案 whose first
part goes straight from 一、 to numbered tasks and whose second part puts （一） groups between
them (numbering the tasks straight through) keeps every numbered task a task."""

from zjtracker.importing.reader import parse_policy_text

PLAN = """某区2026年重点工作任务分解和责任分工方案
一、主要预期目标
1.地区生产总值增长5%左右。
牵头单位：区发改局
责任单位：各街道
2.城镇新增就业3000人。
牵头单位：区人社局
二、重点工作任务
（一）优化营商环境
3.推行企业开办全程网办，办理时间压缩至1个工作日。
牵头单位：区市场监管局
完成时限：2026年6月底前
4.开展拖欠中小企业账款清理。
牵头单位：区工信局
（二）提升城市品质
5.完成8个老旧小区改造。
牵头单位：区住建局
完成时限：2026年11月底前
"""


def _tree(result):
    policy = result.policies[0]
    return [(area.label, [(m.label, [c.label for c in m.children]) for m in area.measures]) for area in policy.areas]


def test_tasks_numbered_through_keep_their_level_when_groups_appear_later():
    result = parse_policy_text(PLAN, "分工方案.txt")
    assert _tree(result) == [
        ("一、", [("1.", []), ("2.", [])]),
        ("二、", [("（一）", ["3.", "4."]), ("（二）", ["5."])]),
    ]
    tasks = {m.label: m for m in result.policies[0].iter_measures() if not m.children}
    assert [(u.role, u.name) for u in tasks["1."].units] == [("lead", "区发改局"), ("responsible", "各街道")]
    assert str(tasks["3."].deadline) == "2026-06-30" and str(tasks["5."].deadline) == "2026-11-30"
    assert not any(w.code == "structure" for w in result.warnings)


def test_a_deeper_style_used_first_does_not_rise_above_a_higher_one():
    """（1） items in a first area's guiding lines, then 1. tasks with （1） steps: the steps
    stay below the tasks."""
    text = """某市数字政府建设行动方案
一、工作目标
（一）到2026年底，政务服务事项全程网办率达到95%。
二、主要任务
1.建设一体化数据平台。（牵头单位：市政务服务数据管理局）
（1）完成市级数据资源目录编制。
（2）接入部门业务系统不少于40个。
2.推进高频事项“免证办”。（牵头单位：市政务服务数据管理局；配合单位：市公安局）
"""
    result = parse_policy_text(text, "方案.txt")
    areas = result.policies[0].areas
    assert areas[0].measures == [] and "全程网办率" in areas[0].guiding_text
    assert [m.label for m in areas[1].measures] == ["1.", "2."]
    assert [c.label for c in areas[1].measures[0].children] == ["（1）", "（2）"]
