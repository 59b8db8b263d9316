"""Saving the form refreshes the saved plan, its measure and the roll-ups above it in place:
nothing the clerk opened is closed, nothing else is read again."""

from datetime import date

from sqlalchemy import select

from tests.ui.conftest import type_text
from zjtracker.db.models import Area, Measure
from zjtracker.ui.main_window import MainWindow
from zjtracker.ui.tree.roles import Column, Role
from zjtracker.ui.tree.state import expanded_paths

LEDGER = 2  # the sample's 2023 ledger: 19 areas, 472 tasks


def _open_every_area(window, policy_index):
    tree, model = window.tree, window.model
    tree.expand(policy_index)
    for row in range(model.rowCount(policy_index)):
        area = model.index(row, 0, policy_index)
        tree.expand(area)
        for inner in range(model.rowCount(area)):  # the groups （一）… of the area
            tree.expand(model.index(inner, 0, area))


def test_saving_keeps_every_open_node_and_updates_the_path(qtbot, sample_db):
    with sample_db.session() as session:
        first = session.scalar(select(Measure.id).join(Area, Area.id == Measure.area_id)
                               .where(Area.policy_id == LEDGER, Measure.is_group.is_(False)).order_by(Measure.id))
    window = MainWindow(sample_db, today=date(2023, 11, 20))
    qtbot.addWidget(window)
    window.show()
    window.open_node("measure", first)
    policy_index = window.model.find([("policy", LEDGER)])
    _open_every_area(window, policy_index)
    window.open_node("measure", first)
    opened = set(map(tuple, expanded_paths(window.tree, window.model)))
    assert len(opened) > 60
    resets = []
    window.model.modelReset.connect(lambda: resets.append(1))
    done_before = window.model.data(policy_index.siblingAtColumn(Column.STATUS))

    form = window.form
    type_text(form.ui.editors["status_text"], "已全部完成。")
    form.ui.percent.setFocus()
    qtbot.keyClicks(form.ui.percent, "100")
    assert form.save()

    assert resets == []  # the tree was not rebuilt
    assert set(map(tuple, expanded_paths(window.tree, window.model))) == opened
    current = window.tree.currentIndex()
    assert current.data(Role.NODE_ID) == first
    assert current.siblingAtColumn(Column.PERCENT).data() == "100%"
    assert current.data(Role.STATUS) == "已完成"
    done_after = window.model.data(policy_index.siblingAtColumn(Column.STATUS))
    assert done_after != done_before  # 完成 n/472 counts the saved task
