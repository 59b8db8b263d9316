"""The reporting deadline a policy states, and the tracker's 未发送 / 已发送 / 逾期未报 against
it; the 催报 file named after the policy; abolished and empty policies left out of the lists."""

from datetime import date
from pathlib import Path

import pytest

from tests.returns.conftest import PERIOD, test_policy, unit_id
from zjtracker.db.models import Policy
from zjtracker.importing.model import ParsedPolicy, ParseResult
from zjtracker.services.policies.active import active_policy_choices
from zjtracker.services.periods import Period
from zjtracker.services.policies.importer import store_result
from zjtracker.services.returns.export import export_template
from zjtracker.services.returns.reminder_list import file_short_name, reminder_list
from zjtracker.services.returns.report_deadline import DEFAULT_DAYS, reporting_deadline
from zjtracker.services.returns.tracker import NOT_SENT, OVERDUE, SENT, missing_returns, tracker_grid

SEEDS = Path(__file__).resolve().parents[2] / "resources" / "seeds"


@pytest.mark.parametrize("text, period, words, due", [
    ("各单位每季度结束后5日内将落实情况报送市发改局。", "2023Q3", "每季度结束后5日内", date(2023, 10, 5)),
    ("每月10日前向市商务局报送上月工作进展。", "2023M03", "每月10日前", date(2023, 4, 10)),
    ("于每季度最后一个月25日前报送进展情况。", "2023Q3", "每季度最后一个月25日前", date(2023, 9, 25)),
    ("请于每季度结束后三个工作日内报送。", "2023Q3", "每季度结束后三个工作日内", date(2023, 10, 4)),  # 10-1 is a Sunday
    ("每年6月底前报送上一年度工作总结。", "2023", "每年6月底前", date(2024, 6, 30)),
    ("各单位每季度15日前报送上季度进展。", "2023Q1", "每季度15日前", date(2023, 4, 15)),
])
def test_the_deadline_is_read_from_the_policys_words(text, period, words, due):
    deadline = reporting_deadline("第一段。" + text + "第三段。")
    assert deadline.stated and deadline.words == words
    assert deadline.due(Period.parse(period)) == due


def test_the_bimonthly_ledgers_deadline_is_every_second_month_on_the_20th():
    deadline = reporting_deadline((SEEDS / "004_96aab9c9ea8910e9.txt").read_text(encoding="utf-8"), "bimonthly")
    assert deadline.words == "每双月20日前"
    # the document: 首次报送时间为 4 月 20 日, for March and April
    assert deadline.due(Period.parse("2023B2")) == date(2023, 4, 20)
    assert deadline.due(Period.parse("2023B6")) == date(2023, 12, 20)


def test_without_a_stated_deadline_the_period_end_plus_the_default():
    deadline = reporting_deadline("请各单位认真落实，确保取得实效。")
    assert not deadline.stated and deadline.number == DEFAULT_DAYS
    assert deadline.due(PERIOD) == date(2025, 10, 10)
    assert "未写明" in deadline.describe()


def _set_policy(database, policy_id, **values):
    with database.session() as session:
        policy = session.get(Policy, policy_id)
        for name, value in values.items():
            setattr(policy, name, value)


def test_overdue_starts_after_the_stated_deadline_and_never_for_a_unit_not_sent(database, policy_id, tmp_path):
    _set_policy(database, policy_id, text="各责任单位每季度结束后5日内报送落实情况。")
    export_template(database, policy_id, PERIOD, unit_id(database, "市税务局"), tmp_path / "a.xlsx")
    on_time = tracker_grid(database, policy_id, 2025, date(2025, 10, 5))
    assert on_time.due["2025Q3"] == date(2025, 10, 5) and on_time.deadline.words == "每季度结束后5日内"
    cells = {u.name: on_time.cell(u.unit_id, "2025Q3") for u in on_time.units}
    assert cells["市税务局"].state == SENT and cells["市税务局"].due == date(2025, 10, 5)
    assert cells["市商务局"].state == NOT_SENT
    late = tracker_grid(database, policy_id, 2025, date(2025, 10, 6))
    states = {u.name: late.cell(u.unit_id, "2025Q3").state for u in late.units}
    assert states == {"市商务局": NOT_SENT, "市税务局": OVERDUE, "市市场监督管理局": NOT_SENT}
    # a year later nothing sent is still 未发送, not overdue
    assert {late.cell(u.unit_id, "2025Q1").state for u in late.units} == {NOT_SENT}

    # 每季度最后一个月25日前: overdue inside the quarter already
    _set_policy(database, policy_id, text="请于每季度最后一个月25日前报送进展情况。")
    assert tracker_grid(database, policy_id, 2025, date(2025, 9, 25)).cell(
        unit_id(database, "市税务局"), "2025Q3").state == SENT
    assert tracker_grid(database, policy_id, 2025, date(2025, 9, 26)).cell(
        unit_id(database, "市税务局"), "2025Q3").state == OVERDUE
    missing = missing_returns(database, policy_id, PERIOD, date(2025, 9, 26))
    assert [(m.name, m.state, m.due) for m in missing][0] == ("市税务局", OVERDUE, date(2025, 9, 25))
    assert [m.never_sent for m in missing] == [False, True, True]


def test_the_reminder_list_says_the_deadline_and_is_named_after_the_policy(database, policy_id):
    _set_policy(database, policy_id, text="每季度结束后5日内报送。")
    data = reminder_list(database, policy_id, PERIOD, date(2025, 10, 20))
    assert data.file_name == "测试营商环境_2025年第三季度催报清单.pdf"
    assert data.due == date(2025, 10, 5) and "报送时限：每季度结束后5日内，本期为2025年10月5日。" in data.lead_sentence
    assert "尚未发送报送表 3 个" in data.lead_sentence and "逾期未报" not in data.lead_sentence
    assert all(row[6] == "—" for row in data.rows())  # never 未发送 beside a state
    _set_policy(database, policy_id, short_name="营商/环境：测试")
    assert reminder_list(database, policy_id, PERIOD).file_name == "营商环境：测试_2025年第三季度催报清单.pdf"  # no path separator
    assert file_short_name("关于印发湛江市数字政府建设实施方案的通知") == "数字政府建设"


def test_abolished_and_empty_policies_stay_out_unless_asked(database, policy_id):
    [abolished] = store_result(database, ParseResult(source="b.txt", policies=[test_policy("已废止的方案")]), "t")
    [empty] = store_result(database, ParseResult(source="c.txt", policies=[
        ParsedPolicy(title="只有标题的文件", start_year=2025, end_year=2025)]), "t")
    _set_policy(database, abolished, status="abolished")
    assert [c.id for c in active_policy_choices(database)] == [policy_id]
    everything = {c.id: c.text for c in active_policy_choices(database, include_inactive=True)}
    assert set(everything) == {policy_id, abolished, empty}
    assert everything[abolished].endswith("（已废止）") and everything[empty].endswith("（无年度计划）")


def test_the_grid_counts_each_units_lead_tasks_not_reported(database, policy_id):
    from tests.returns.conftest import plan_of
    from zjtracker.services.progress import load_progress, save_progress, with_values

    plan = plan_of(database, "一、", 2)  # led by 市商务局, which also leads 二、（2）
    save_progress(database, with_values(load_progress(database, plan, "2025Q3"), status_text="推进中。"))
    grid = tracker_grid(database, policy_id, 2025, date(2025, 8, 15))
    commerce, taxes = unit_id(database, "市商务局"), unit_id(database, "市税务局")
    assert grid.unreported_of(commerce, "2025Q3") == 1 and grid.unreported_of(commerce, "2025Q2") == 2
    assert grid.unreported_of(taxes, "2025Q3") == 2
    assert grid.unreported_of(unit_id(database, "市市场监督管理局"), "2025Q3") == 1
