"""The whole log searched: text (values and field names), user, machine, kind, source, dates
and policy; a page at a time, labels resolved in a few queries even on a large log."""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import event, func, insert, select, update

from tests.change_log.conftest import measure_of, plan_of, policy_by_title
from tests.services.factories import result_of, small_policy
from zjtracker.db.models import ChangeLog, ProgressReport, YearlyPlan
from zjtracker.services.structure import edits as structure
from zjtracker.services.history.change_log import (
    LogFilter,
    count_log,
    iter_log,
    log_filter_choices,
    search_log,
    utc_bound,
)
from zjtracker.services.policies.importer import store_result
from zjtracker.services.progress import load_progress, save_progress, with_values


def typed(database, plan_id, **values):
    return save_progress(database, with_values(load_progress(database, plan_id, "2025Q3"), **values))


@pytest.fixture
def worked(database, as_user, policy_id):
    """Two policies; wang typed progress a month ago on PC-WANG, li edited today on PC-LI."""
    store_result(database, result_of(small_policy()), "sha-small")
    as_user("wang", "PC-WANG")
    typed(database, plan_of(database, "一、", 1), status_text="召开专题会议", percent=20.0)
    with database.session() as session:
        session.execute(update(ChangeLog).where(ChangeLog.user == "wang")
                        .values(at=utc_bound(date.today() - timedelta(days=30)) + timedelta(hours=10)))
    as_user("li", "PC-LI")
    typed(database, plan_of(database, "二、", 1), problems="资金不足", percent=50.0)
    structure.update_measure(database, measure_of(database, "二、", 2), text="优化出口退税服务。")
    return database


def found(database, **where) -> list[tuple]:
    return [(e.user, e.field, e.new) for e in search_log(database, LogFilter(**where))]


def test_filters_by_user_machine_text_kind_and_source(worked):
    li = [("li", "text", "优化出口退税服务。"), ("li", "percent", "50%"), ("li", "problems", "资金不足")]
    assert found(worked, user="li") == li
    assert found(worked, machine="PC-WANG") == [("wang", "percent", "20%"), ("wang", "status_text", "召开专题会议")]
    assert found(worked, text="专题") == [("wang", "status_text", "召开专题会议")]
    assert found(worked, text="落实情况") == [("wang", "status_text", "召开专题会议")]  # by the field's name
    assert found(worked, text="50") == [("li", "percent", "50%")]
    assert found(worked, kind="measure") == [("li", "text", "优化出口退税服务。")]
    assert {e.source for e in search_log(worked, LogFilter(source="import"))} == {"import"}
    assert [e.field for e in search_log(worked, LogFilter(source="import"))] == ["created", "created"]
    assert found(worked, user="li", text="资金") == [("li", "problems", "资金不足")]
    assert found(worked, text="100%_不存在") == []  # % and _ are plain characters


def test_filters_by_dates_and_policy(worked):
    today = date.today()
    assert [e.user for e in search_log(worked, LogFilter(date_to=today - timedelta(days=1)))] == ["wang", "wang"]
    month_ago = LogFilter(date_from=today - timedelta(days=30), date_to=today - timedelta(days=30))
    assert count_log(worked, month_ago) == 2
    assert {e.user for e in search_log(worked, LogFilter(date_from=today))} == {"li", "clerk"}
    small = policy_by_title(worked, "湛江市测试实施方案")
    assert [(e.entity, e.field) for e in search_log(worked, LogFilter(policy_id=small))] == [("policy", "created")]
    mine = search_log(worked, LogFilter(policy_id=policy_by_title(worked, "湛江市测试营商环境行动方案")))
    assert len(mine) == 6 and {e.policy for e in mine} == {"湛江市测试营商环境行动方案"}


def test_pages_and_counts(worked):
    everything = search_log(worked, LogFilter(), limit=100)
    assert count_log(worked, LogFilter()) == len(everything) == 7
    pages = [search_log(worked, LogFilter(), limit=3, offset=o) for o in (0, 3, 6)]
    assert [e.id for page in pages for e in page] == [e.id for e in everything]
    assert [e.at for e in everything] == sorted((e.at for e in everything), reverse=True)
    assert [e.id for chunk in iter_log(worked, LogFilter(), page=2) for e in chunk] == [e.id for e in everything]


def test_choices_for_the_combo_boxes(worked):
    choices = log_filter_choices(worked)
    assert choices.users == ["clerk", "li", "wang"] and choices.machines == ["PC-LI", "PC-OFFICE", "PC-WANG"]
    assert choices.sources == [("typed", "手工录入"), ("import", "导入")]
    assert ("progress", "进展") in choices.kinds and ("unit", "单位") in choices.kinds


def test_rows_of_a_deleted_node_keep_its_name(worked):
    area_id = structure.parent_of(worked, "measure", measure_of(worked, "二、", 1))[1]
    first = structure.add_measure(worked, area_id, None, "（9）", "后来撤销的措施")
    structure.delete_node(worked, "measure", first, source="undo")
    structure.add_measure(worked, area_id, None, "（9）", "重新新增的措施")  # perhaps the same id on SQLite
    entries = search_log(worked, LogFilter(kind="measure", text="措施"))
    assert [(e.field, e.label, e.node_kind is not None) for e in entries] == [
        ("created", "（9）重新新增的措施", True),
        ("deleted", "措施 （9）后来撤销的措施（已删除）", False),
        ("created", "措施 （9）后来撤销的措施（已删除）", False)]


def _bulk_log(database, rows: int) -> None:
    with database.session() as session:
        reports = []
        for plan_id in session.scalars(select(YearlyPlan.id)):
            report = ProgressReport(plan_id=plan_id, period="2024Q4", status_text="", percent=None)
            session.add(report)
            reports.append(report)
        session.flush()
        start = datetime(2023, 1, 1)
        values = []
        for n in range(rows):
            report = reports[n % len(reports)]
            values.append(dict(at=start + timedelta(minutes=n), user=f"user{n % 7}", machine=f"PC-{n % 3}",
                               entity="progress", entity_id=report.id, field="status_text",
                               old=f"第{n}次之前", new=f"第{n}次填写的进展", source="typed"))
        for chunk in range(0, rows, 5000):
            session.execute(insert(ChangeLog), values[chunk:chunk + 5000])


def test_a_page_of_a_large_log_is_quick_and_needs_few_queries(worked):
    _bulk_log(worked, 30000)
    statements = []

    def count(*_args):
        statements.append(1)

    event.listen(worked.engine, "before_cursor_execute", count)
    try:
        for log_filter in (LogFilter(), LogFilter(text="第2999"), LogFilter(user="user3", machine="PC-1"),
                           LogFilter(policy_id=policy_by_title(worked, "湛江市测试营商环境行动方案"))):
            statements.clear()
            started = time.perf_counter()
            page = search_log(worked, log_filter, limit=200)
            elapsed = time.perf_counter() - started
            assert page and elapsed < 3.0, (log_filter, elapsed)
            assert len(statements) <= 14, (log_filter, len(statements))  # 12, and the text index caught up
    finally:
        event.remove(worked.engine, "before_cursor_execute", count)
    assert {e.label.split(" / ")[-1] for e in search_log(worked, LogFilter(text="第2999"))} >= {"2024年第四季度"}
    with worked.session() as session:
        assert session.scalar(select(func.count(ChangeLog.id))) > 30000
