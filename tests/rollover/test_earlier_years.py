"""A task's history across years: the same measure's earlier plans and, through the link
to last year's ledger, the plans of the task there — in the detail pane's 往年情况, the
history beside the form and the report (read back from the PDF)."""

import subprocess

from tests.rollover.factories import Task, write_policy
from zjtracker.db.models import ProgressReport
from zjtracker.services.details import node_details
from zjtracker.services.progress import history_across_years
from zjtracker.services.reporting.job import ReportRequest, run_report
from zjtracker.services.rollover.earlier_years import earlier_years, earlier_years_text
from zjtracker.services.rollover.linking import store_links
from zjtracker.services.rollover.next_year import make_next_year


def three_years(database):
    """A 2024 ledger, its 2025 successor (a new document, linked) and 2026 made by the rollover."""
    _old_id, old = write_policy(database, "湛江市2024年重点工作台账", 2024,
                               [Task(5, "加快推进湛江港航道改扩建工程", closed=True, percent=100, assessment="已完成")])
    new_id, new = write_policy(database, "湛江市2025年重点工作台账", 2025,
                               [Task(1, "加快推进湛江港航道改扩建工程", percent=60, assessment="滞后")])
    store_links(database, {new[1]: old[5]})
    result = make_next_year(database, new_id, 2025)
    with database.session() as session:
        session.add(ProgressReport(plan_id=result.plan_ids[0], period="2026Q1", percent=20,
                                   assessment="序时推进", status_text="2026年一季度已开工"))
    return new_id, result.plan_ids[0]


def test_earlier_years_follow_the_link_and_the_same_measure(database):
    _policy, plan_2026 = three_years(database)
    years = earlier_years(database, plan_2026)
    assert [(y.year, y.percent, y.assessment, y.closed_on is not None) for y in years] == [
        (2025, 60.0, "滞后", False), (2024, 100.0, "已完成", True)]
    assert earlier_years_text(years) == "2025年：60%，滞后；2024年：100%，已完成，已销号（2024-12-20）"
    assert dict(node_details(database, "plan", plan_2026).fields)["earlier_years"].startswith("2025年：60%")
    assert [f.period for f in history_across_years(database, plan_2026)] == ["2024Q4", "2025Q4", "2026Q1"]


def test_the_report_shows_the_earlier_years_when_asked(database, tmp_path):
    policy_id, _plan = three_years(database)
    for asked in (True, False):
        target = tmp_path / f"report_{asked}.pdf"
        run_report(database, ReportRequest("2026Q1", target, policy_id=policy_id, earlier_years=asked))
        text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
        flat = "".join(text.split())
        assert ("往年情况：2025年：60%，滞后；2024年：100%，已完成，已销号（2024-12-20）" in flat) is asked
        assert "2026年一季度已开工" in flat
