"""The send dialog offers the selected policy's own periods, newest first with today's
marked, and opens on a period in which units have tasks (the sample's 2023 ledger)."""

from datetime import date

from zjtracker.services.periods import Period
from zjtracker.services.policies.queries import list_policies
from zjtracker.ui.returns.send_dialog import SendTemplatesDialog

TODAY = date(2026, 12, 7)


def policy_id(database, words: str) -> int:
    return next(p.id for p in list_policies(database) if words in p.title)


def opened(qtbot, database, period: str, words: str) -> SendTemplatesDialog:
    dialog = SendTemplatesDialog(database, Period.parse(period), None, policy_id(database, words), today=TODAY)
    qtbot.addWidget(dialog)
    return dialog


def offered(dialog) -> list[str]:
    return [dialog.period_box.itemData(row) for row in range(dialog.period_box.count())]


def test_the_2023_ledger_opens_on_its_own_year_with_its_units(qtbot, sample_db):
    dialog = opened(qtbot, sample_db, "2026Q4", "优化营商环境行动工作任务台账")  # today's quarter
    assert offered(dialog) == ["2023Q4", "2023Q3", "2023Q2", "2023Q1"]
    assert dialog.period_box.currentData() == "2023Q4"
    assert len(dialog.units) > 100 and f"All {len(dialog.units)} units" in dialog.all_button.text()
    assert "All 0 units" not in dialog.all_button.text() and dialog.status.text() == ""
    assert dialog.generate_button.isEnabled()


def test_a_period_the_policy_covers_is_kept(qtbot, sample_db):
    dialog = opened(qtbot, sample_db, "2023Q2", "优化营商环境行动工作任务台账")
    assert dialog.period_box.currentData() == "2023Q2" and dialog.units


def test_today_is_marked_and_the_list_changes_with_the_policy(qtbot, sample_db):
    dialog = opened(qtbot, sample_db, "2026Q4", "证照分离")  # 2021—2026
    items = offered(dialog)
    assert items[0] == "2026Q4" and items[-1] == "2021Q1" and len(items) == 24
    assert dialog.period_box.itemText(0).endswith("(current)")
    assert sum(dialog.period_box.itemText(row).endswith("(current)") for row in range(len(items))) == 1
    dialog.policy_box.setCurrentIndex(dialog.policy_box.findData(policy_id(sample_db, "优化营商环境行动工作任务台账")))
    assert offered(dialog) == ["2023Q4", "2023Q3", "2023Q2", "2023Q1"] and dialog.units


def test_a_period_without_tasks_says_which_years_the_policy_covers(qtbot, sample_db):
    dialog = opened(qtbot, sample_db, "2025Q4", "专精特新")  # 2020—2025, no unit named
    assert dialog.period_box.currentData() == "2025Q4" and dialog.units == []
    assert dialog.status.text() == ("No unit has tasks of this policy in 2025 quarter 4; "
                                    "the policy covers 2020—2025年.")
    assert not dialog.generate_button.isEnabled()
