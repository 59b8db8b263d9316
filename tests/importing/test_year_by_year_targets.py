"""A plan of several years whose task sets its target year by year in its own sentence
(2025年新建2000个，2026年新建2500个，2027年新建3000个; also on a 年度目标： line) gives the task
one yearly plan per year with its figure; a date inside a sentence or a single year is no
such list, and a plan of one year is left alone."""

from zjtracker.importing.annotations.year_plans import year_plans
from zjtracker.importing.reader import parse_policy_text

PLAN = """清河市新能源汽车推广应用三年行动计划（2025—2027年）
一、重点任务
1.推进公共充电设施建设。2025年新建公共充电桩2000个，2026年新建2500个，2027年新建3000个。（牵头单位：市能源局）
2.推动居住社区充电设施改造。
年度目标：2025年完成改造社区50个；2026年完成80个。
牵头单位：市住房城乡建设局
3.公交车新增车辆全部使用新能源汽车，2025年6月底前出台方案。（市交通运输局负责）
"""


def _plans(measure):
    return [(p.year, p.text, p.target) for p in measure.plans]


def test_each_year_named_gets_its_plan_and_figure():
    first, second, third = [m for m in parse_policy_text(PLAN, "plan.txt").policies[0].iter_measures()]
    assert _plans(first) == [(2025, "2025年新建公共充电桩2000个", 2000), (2026, "2026年新建2500个", 2500),
                             (2027, "2027年新建3000个", 3000)]
    assert _plans(second) == [(2025, "2025年完成改造社区50个", 50), (2026, "2026年完成80个", 80),
                              (2027, "", None)]  # the year not named keeps an empty plan
    assert [(u.role, u.name) for u in second.units] == [("lead", "市住房城乡建设局")]
    assert third.plans == [] and str(third.deadline) == "2025-06-30"


def test_what_is_no_year_by_year_list():
    assert year_plans("2025年6月底前出台方案，2026年底前全面推开。", 2025, 2027) == {}  # a date, then one year
    assert year_plans("到2027年建成示范区3个。", 2025, 2027) == {}  # one year
    assert year_plans("2024年完成10个，2025年完成20个。", 2025, 2027) == {}  # a year outside the plan
    one_year = PLAN.replace("三年行动计划（2025—2027年）", "2025年行动计划")
    first = next(parse_policy_text(one_year, "plan.txt").policies[0].iter_measures())
    assert first.plans == []
