"""Statuses in the tree and the filter that narrows it, against what the database holds."""

from datetime import date

from sqlalchemy import select

from tests.services.factories import result_of, small_policy
from zjtracker.db.models import Measure, YearlyPlan
from zjtracker.services.ledger import find_unit_id, ledger_rows
from zjtracker.services.periods import Period
from zjtracker.services.policies.importer import store_result
from zjtracker.services.progress import load_progress, save_progress, with_values
from zjtracker.services.tree import load_children
from zjtracker.services.tree_filter import TreeFilter, node_path, visible_nodes


def _ids(database):
    with database.session() as session:
        measures = {m.text: m.id for m in session.scalars(select(Measure))}
        plans = {(p.measure_id, p.year): p.id for p in session.scalars(select(YearlyPlan))}
    return measures, plans


def _report(database, plan_id, period, **values):
    form = load_progress(database, plan_id, period)
    return save_progress(database, with_values(form, **values))


def test_statuses_in_the_tree_follow_the_stored_progress(database):
    store_result(database, result_of(small_policy()), "s")
    measures, plans = _ids(database)
    first, second = measures["推进第一项任务。具体内容。"], measures["推进第二项任务。"]
    _report(database, plans[(first, 2024)], "2024Q3", percent=100, status_text="完成")
    period = Period.parse("2024Q3")
    policy = load_children(database, "root")[0]
    area = load_children(database, "policy", policy.id, period)[1]
    group = load_children(database, "area", area.id, period)[0]
    tasks = {n.id: n for n in load_children(database, "measure", group.id, period)}
    assert tasks[first].status == "已完成" and tasks[first].percent == 100
    assert tasks[second].status == "未报送"  # nothing stored for the period: not 未启动
    # after its deadline (2024-12-31) the second task is 未报送 while nothing is reported,
    # 超期 once a report says it is unfinished
    later = {n.id: n for n in load_children(database, "measure", group.id, Period.parse("2025Q1"))}
    assert later[second].status == "未报送" and later[first].status == "未报送"
    _report(database, plans[(second, 2025)], "2025Q1", percent=60, status_text="推进中")
    later = {n.id: n for n in load_children(database, "measure", group.id, Period.parse("2025Q1"))}
    assert later[second].status == "超期"
    plans_of_first = load_children(database, "measure", first, period)
    assert [(n.label, n.status) for n in plans_of_first] == [("2024年", "已完成"), ("2025年", "")]


def test_filter_by_text_unit_alias_status_year_and_policy(database):
    store_result(database, result_of(small_policy(), small_policy("另一项方案", "湛府办〔2024〕10号")), "s")
    measures, plans = _ids(database)
    period = Period.parse("2024Q3")
    by_text = visible_nodes(database, TreeFilter(text="第二项"), period)
    assert by_text.matches == 2  # the same task in both policies
    assert all(key in by_text.shown for key in node_path(database, "measure", measures["推进第二项任务。"]))
    commerce = find_unit_id(database, "市商务局")
    by_unit = visible_nodes(database, TreeFilter(unit_id=commerce), period)
    assert by_unit.matches == 2 and ("measure", measures["推进第一项任务。具体内容。"]) in by_unit.whole
    development = find_unit_id(database, "市发改局")  # an alias of 市发展和改革局
    assert visible_nodes(database, TreeFilter(unit_id=development), period).matches == 4
    first = measures["推进第一项任务。具体内容。"]
    _report(database, plans[(first, 2024)], "2024Q3", percent=30, status_text="开展中")
    behind = visible_nodes(database, TreeFilter(status="滞后"), period)
    assert behind.matches == 1 and ("measure", first) in behind.whole
    assert visible_nodes(database, TreeFilter(year=2025), period).matches == 4
    assert visible_nodes(database, TreeFilter(year=2023), period).matches == 0
    assert visible_nodes(database, TreeFilter(text="第二项", policy_id=1), period).matches == 1
    nothing = visible_nodes(database, TreeFilter(text="不存在的文字"), period)
    assert nothing.matches == 0 and not nothing.shown
    assert visible_nodes(database, TreeFilter(), period) is None


def test_percent_and_underscore_in_the_filter_are_plain_text(database):
    store_result(database, result_of(small_policy()), "s")
    assert visible_nodes(database, TreeFilter(text="%"), None).matches == 0
    assert visible_nodes(database, TreeFilter(text="_"), None).matches == 0


def test_ledger_rows_in_document_order_with_units_and_previous_period(database):
    store_result(database, result_of(small_policy()), "s")
    measures, plans = _ids(database)
    first = measures["推进第一项任务。具体内容。"]
    _report(database, plans[(first, 2024)], "2024Q2", percent=60)
    _report(database, plans[(first, 2024)], "2024Q3", percent=40, assessment="滞后")
    rows = ledger_rows(database, Period.parse("2024Q3"), today=date(2024, 10, 1))
    assert [r.measure_label for r in rows] == ["1.", "2."]
    row = rows[0]
    assert row.lead_units == ["市发展和改革局"] and "市商务局" in row.cooperating_units
    assert row.percent == 40 and row.previous_percent == 60 and row.percent_dropped
    assert row.group_label == "（一）" and row.area_label == "二、" and row.plan_text == "完成一半。"
    commerce = find_unit_id(database, "市商务局")
    assert [r.measure_id for r in ledger_rows(database, Period.parse("2024Q3"), unit_id=commerce)] == [first]


def test_a_shortened_title_ends_at_a_clause_never_inside_quotes():
    from zjtracker.services.tree import short_title

    text = "依据广州提供的帮扶方案和指导，参照广州优化开办企业流程，实现“只去1个窗口、只跑1次、零收费”，核准通过率达70%以上。"
    shown = short_title(text)
    assert shown == "依据广州提供的帮扶方案和指导，参照广州优化开办企业流程…"
    assert short_title("短任务。后面的句子") == "短任务"
    assert len(short_title("一" * 80)) == 40
