"""The overview's statements: each plan's status worked out by the database (a CASE built
from the rules of services/assessment for one period) and counted there, so that a period
over a whole archive costs one pass over the plans of its year, not a Python loop per plan.

The status CASE follows ``status_of`` (dashboard.py) step by step; the numbers it compares
with (序时进度 for each quarter a deadline can fall in, the period's end) come from
assessment.py itself, and tests/dashboard/test_status_sql.py checks it against ``status_of``
over every kind of value on both engines. A code is an index into STATUSES; 未报送 past
its deadline has a code of its own (PAST_DUE), since the 未报送 list shows those first."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, bindparam, text

from zjtracker.services.assessment import (
    BEHIND,
    CLOSED,
    DONE,
    NOT_REPORTED,
    NOT_STARTED,
    ON_SCHEDULE,
    OVERDUE,
    TOLERANCE,
    UNASSESSED,
    expected_percent,
    period_end,
)
from zjtracker.services.periods import Period

STATUSES = (CLOSED, DONE, ON_SCHEDULE, BEHIND, OVERDUE, NOT_STARTED, UNASSESSED, NOT_REPORTED)
CODE = {status: code for code, status in enumerate(STATUSES)}
PAST_DUE = len(STATUSES)  # 未报送 with the deadline before the period's end

_REPORTS = {"sqlite": "progress_reports r INDEXED BY ix_progress_reports_period_values"}  # the covering one
_CONCAT = {"postgresql": "string_agg(({0})::text, ',')"}


def _concat(dialect: str, column: str) -> str:
    return _CONCAT.get(dialect, "group_concat({0})").format(column)


def status_case() -> str:
    """The status code of a row of ``plans_from`` (p: plan, m: measure, r: the period's report)."""
    # A subquery of one value per row, read only where no 完成进度 leaves the text to decide (an
    # EXISTS would let PostgreSQL read the text of every report of the period instead).
    has_text = "(SELECT t.status_text != '' FROM progress_reports t WHERE t.plan_id = p.id AND t.period = :period)"
    expected = ("CASE WHEN m.deadline IS NULL THEN :e_none WHEN m.deadline < :y_start THEN :e_before"
                " WHEN m.deadline < :q2 THEN :e_q1 WHEN m.deadline < :q3 THEN :e_q2 WHEN m.deadline < :q4 THEN :e_q3"
                " WHEN m.deadline < :y_next THEN :e_q4 ELSE :e_after END")
    suggest = (f"CASE WHEN r.percent >= 100 THEN {CODE[DONE]} WHEN r.percent IS NULL OR r.percent = 0 THEN"
               f" (CASE WHEN {has_text} THEN {CODE[BEHIND]} ELSE {CODE[NOT_STARTED]} END)"
               f" WHEN r.percent + :tolerance >= ({expected}) THEN {CODE[ON_SCHEDULE]} ELSE {CODE[BEHIND]} END")
    unreported = f"CASE WHEN m.deadline < :end THEN {PAST_DUE} ELSE {CODE[NOT_REPORTED]} END"
    typed = " ".join(f"WHEN :s{code} THEN {code}" for code in range(len(STATUSES)))
    return (f"CASE WHEN p.closed_on IS NOT NULL THEN {CODE[CLOSED]}"
            f" WHEN r.plan_id IS NULL THEN {unreported}"
            f" WHEN r.assessment = '' THEN (CASE WHEN r.percent IS NULL THEN {CODE[UNASSESSED]}"
            f"  WHEN r.percent >= 100 THEN {CODE[DONE]} WHEN m.deadline < :end THEN {CODE[OVERDUE]} ELSE {suggest} END)"
            f" WHEN r.assessment = :s{CODE[NOT_REPORTED]} THEN {unreported}"
            f" WHEN r.assessment IN (:s{CODE[DONE]}, :s{CODE[UNASSESSED]}) THEN CASE r.assessment {typed} END"
            f" WHEN m.deadline < :end THEN {CODE[OVERDUE]}"
            f" WHEN r.assessment IN ({', '.join(f':s{code}' for code in range(len(STATUSES)))})"
            f"  THEN CASE r.assessment {typed} END"
            f" ELSE {suggest} END")


def status_params(period: Period) -> dict:
    """The values ``status_case`` compares with, for plans of ``period.year``."""
    year = period.year
    starts = {"y_start": date(year, 1, 1), "q2": date(year, 4, 1), "q3": date(year, 7, 1), "q4": date(year, 10, 1),
              "y_next": date(year + 1, 1, 1)}
    expected = {  # 序时进度 is the same for every deadline within one of these spans (assessment.deadline_month)
        "e_none": None, "e_before": date(year - 1, 12, 31), "e_q1": starts["y_start"], "e_q2": starts["q2"],
        "e_q3": starts["q3"], "e_q4": starts["q4"], "e_after": starts["y_next"]}
    return {"period": str(period), "end": period_end(period), "tolerance": TOLERANCE, **starts,
            **{name: expected_percent(period, year, day) for name, day in expected.items()},
            **{f"s{code}": status for code, status in enumerate(STATUSES)}}


DATES = ("end", "y_start", "q2", "q3", "q4", "y_next", "today", "horizon")


def statement(sql: str, **expanding):
    """``sql`` as a text statement whose date parameters are bound as dates (text on SQLite)."""
    binds = [bindparam(name, type_=Date) for name in DATES if f":{name}" in sql]
    binds += [bindparam(name, expanding=True) for name in expanding]
    return text(sql).bindparams(*binds)


def plans_from(dialect: str, scope: str) -> str:
    """The plans of the year with their measure and the period's report (numbers only, from the
    covering index), narrowed to ``scope`` (a condition on p and m)."""
    reports = _REPORTS.get(dialect, "progress_reports r")
    return (f" FROM yearly_plans p JOIN measures m ON m.id = p.measure_id"
            f" LEFT JOIN {reports} ON r.plan_id = p.id AND r.period = :period"
            f" WHERE p.year = :year{scope}")


def scope_condition(policy_id: int | None, unit_id: int | None) -> tuple[str, dict]:
    parts, params = [], {}
    if policy_id is not None:
        parts.append(" AND m.area_id IN (SELECT a.id FROM areas a WHERE a.policy_id = :policy_id)")
        params["policy_id"] = policy_id
    if unit_id is not None:
        parts.append(" AND p.measure_id IN (SELECT s.measure_id FROM assignments s WHERE s.unit_id = :unit_id)")
        params["unit_id"] = unit_id
    return "".join(parts), params


AREA, UNIT, LISTED = 0, 1, 2  # the kinds of rows of overview_sql


def overview_sql(dialect: str, scope: str) -> str:
    """The overview in one pass over the plans of the year, each plan's status worked out once
    (s), as rows of three kinds:

    - (AREA, area id, code, plans, sum and count of their 完成进度);
    - (UNIT, lead unit id, code, plans), once per plan and lead unit, with a unit id of NULL
      for the plans without a lead unit (未明确);
    - (LISTED, plan id, code, measure id, 完成进度, area id, parent id, position, deadline,
      label, text, deadline text, lead units as "assignment id:unit id" comma-separated): the
      rows that may be listed, of which the caller keeps those it lists. These are 超期 and
      未报送 past the deadline; 滞后 and 未报送 of the first areas in the document that hold
      :limit of them (for 未报送, :limit less those past the deadline); and what is due between
      :today and :horizon and not done.

    The listed rows come first: PostgreSQL takes each column's type from the first rows."""
    due = "(s.deadline >= :today AND s.deadline <= :horizon)"
    counted = ("SELECT s.area_id, s.code, count(*) AS plans, sum(s.percent) AS percent_sum,"
               " count(s.percent) AS percent_count FROM s GROUP BY s.area_id, s.code")
    per_area = (f"SELECT g.area_id, sum(CASE WHEN g.code = {CODE[BEHIND]} THEN g.plans ELSE 0 END) AS behind,"
                f" sum(CASE WHEN g.code = {CODE[NOT_REPORTED]} THEN g.plans ELSE 0 END) AS unreported"
                " FROM g GROUP BY g.area_id")
    before = ("SELECT t.area_id, t.behind, sum(t.behind) OVER w - t.behind AS behind_before, t.unreported,"
              " sum(t.unreported) OVER w - t.unreported AS unreported_before FROM t JOIN areas x ON x.id = t.area_id"
              " WINDOW w AS (ORDER BY x.policy_id, x.position, x.id ROWS UNBOUNDED PRECEDING)")
    chosen = ("SELECT o.area_id, (o.behind > 0 AND o.behind_before < :limit) AS behind,"
              f" (o.unreported > 0 AND o.unreported_before"
              f" < :limit - (SELECT coalesce(sum(g.plans), 0) FROM g WHERE g.code = {PAST_DUE}))"
              " AS unreported FROM o")
    listed = (f"CASE s.code WHEN {CODE[OVERDUE]} THEN (s.deadline < :end OR {due}"
              " OR s.area_id IN (SELECT k.area_id FROM k WHERE k.behind OR k.unreported))"
              f" WHEN {PAST_DUE} THEN TRUE WHEN {CODE[BEHIND]} THEN ({due} OR s.area_id IN (SELECT k.area_id FROM k WHERE k.behind))"
              f" WHEN {CODE[NOT_REPORTED]} THEN ({due} OR s.area_id IN (SELECT k.area_id FROM k WHERE k.unreported))"
              f" WHEN {CODE[DONE]} THEN FALSE WHEN {CODE[CLOSED]} THEN FALSE ELSE {due} END")
    pair = "a.id || ':' || a.unit_id"
    leads = (f"(SELECT {_concat(dialect, pair)} FROM assignments a"
             " WHERE a.measure_id = s.measure_id AND a.role = 'lead')")
    return (f"WITH s AS (SELECT p.id AS plan_id, m.id AS measure_id, m.area_id, m.deadline, r.percent,"
            f" {status_case()} AS code{plans_from(dialect, scope)}),"
            f" g AS ({counted}), t AS ({per_area}), o AS ({before}), k AS ({chosen})"
            f" SELECT {LISTED}, s.plan_id, s.code, s.measure_id, s.percent, s.area_id, m.parent_id, m.position,"
            f" s.deadline, m.label, m.text, m.deadline_text, {leads}"
            f" FROM s JOIN measures m ON m.id = s.measure_id WHERE {listed}"
            f" UNION ALL SELECT {AREA}, g.area_id, g.code, g.plans, g.percent_sum, g.percent_count,"
            " NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM g"
            f" UNION ALL SELECT {UNIT}, a.unit_id, s.code, count(*), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL"
            " FROM s LEFT JOIN assignments a ON a.measure_id = s.measure_id AND a.role = 'lead'"
            " GROUP BY a.unit_id, s.code")


def status_of_code(code: int) -> str:
    return NOT_REPORTED if code == PAST_DUE else STATUSES[code]
