"""A task of a whole paragraph (the sample's “建立动态清单管理机制” runs to 400 characters) is shown
whole-lined in the 复核 / 退回 dialog at its first size: it was cut through a line at the box's
foot; the full text is in the tooltip."""

import pytest
from PySide6.QtWidgets import QLabel

from zjtracker.services.oversight.queries import PlanOversight
from zjtracker.ui.oversight.dialogs import CloseTaskDialog, VerdictDialog

LONG = "（一）建立动态清单管理机制。" + "根据省里的事项清单，梳理我市改革全覆盖试点事项，逐项列明事项名称、设定依据和监管措施。" * 9


def seen() -> PlanOversight:
    return PlanOversight(plan_id=1, year=2026, task=LONG, plan_text="", period="2026Q4", has_report=True,
                         latest_period="2026Q4", latest_percent=None, latest_assessment="", latest_text="完成清单梳理",
                         closing=None, verdict=None)


@pytest.mark.parametrize("make", [lambda: VerdictDialog(seen(), returning=True),
                                  lambda: VerdictDialog(seen(), returning=False),
                                  lambda: CloseTaskDialog(seen(), "张三")])
def test_the_task_is_never_cut_through(qtbot, make):
    dialog = make()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    [task] = [label for label in dialog.findChildren(QLabel) if label.text().startswith("（一）")]
    assert task.height() >= task.heightForWidth(task.width())
    assert task.toolTip() == LONG and task.text().endswith("…") and len(task.text()) < len(LONG)
