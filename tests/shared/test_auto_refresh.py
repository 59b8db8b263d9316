"""Others' changes appear by themselves while the clerk is idle: the change token, and the
idle refresh of the tree, the form and the overview (never over unsaved typing)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, select

from tests.services.factories import result_of, small_policy
from tests.shared.conftest import retype
from zjtracker.db.models import Area, ProgressReport
from zjtracker.services.change_token import change_token
from zjtracker.services.policies.importer import store_result
from zjtracker.services.progress import load_progress, save_progress, with_values
from zjtracker.services.structure.delete import delete_node
from zjtracker.ui.auto_refresh import install_auto_refresh
from zjtracker.ui.main_window import MainWindow
from zjtracker.ui.tree.model import Column, Role

TODAY = date(2024, 8, 15)
PERIOD = "2024Q3"


def _window(qtbot, database, plan_id=None):
    window = MainWindow(database, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(20)
    if plan_id is not None:
        window.open_node("plan", plan_id)
    return window


def _theirs_save(desk, plan_id, **values):
    return save_progress(desk, with_values(load_progress(desk, plan_id, PERIOD), **values))


def test_the_change_token_moves_only_when_something_is_saved(database, other_desk, plan_id):
    first = change_token(database)
    assert change_token(database) == first == change_token(other_desk)
    _theirs_save(other_desk, plan_id, percent=40.0)
    second = change_token(database)
    assert second != first
    _theirs_save(other_desk, plan_id, percent=45.0)  # an update, not a new row
    third = change_token(database)
    assert third != second
    with other_desk.session() as session:  # a row deleted elsewhere
        session.execute(delete(ProgressReport))
    fourth = change_token(database)
    assert fourth != third
    store_result(other_desk, result_of(small_policy("另一项方案", "湛府办〔2024〕10号")), "s")
    assert change_token(database) != fourth


def test_an_idle_window_shows_a_colleagues_save(qtbot, database, other_desk, plan_id):
    window = _window(qtbot, database, plan_id)
    refresher = install_auto_refresh(window, interval_ms=100, idle_ms=0)
    qtbot.waitUntil(lambda: refresher.token is not None, timeout=3000)
    expanded_before = window.tree.isExpanded(window.tree.currentIndex().parent())
    with qtbot.waitSignal(refresher.refreshed, timeout=5000):
        _theirs_save(other_desk, plan_id, status_text="同事刚填的进展", percent=100.0, assessment="已完成")
    form = window.form
    assert form.ui.editors["status_text"].toPlainText() == "同事刚填的进展" and not form.is_dirty()
    current = window.tree.currentIndex()
    assert (current.data(Role.KIND), current.data(Role.NODE_ID)) == ("plan", plan_id)  # selection kept
    assert window.tree.isExpanded(current.parent()) == expanded_before
    assert current.siblingAtColumn(Column.STATUS).data() in ("已完成", "Done")
    form.set_field("problems", "我刚写的")  # saving now is no conflict: the form has their version
    assert form.save() is True
    assert load_progress(database, plan_id, PERIOD).problems == "我刚写的"


def test_nothing_reloads_when_nothing_changed(qtbot, database, plan_id, monkeypatch):
    window = _window(qtbot, database, plan_id)
    refresher = install_auto_refresh(window, interval_ms=50, idle_ms=0)
    qtbot.waitUntil(lambda: refresher.token is not None, timeout=3000)
    reloads = []
    monkeypatch.setattr(window.model, "reload", lambda: reloads.append(1))
    qtbot.wait(600)  # about ten ticks
    assert reloads == []


def test_unsaved_typing_is_never_reloaded_over(qtbot, database, other_desk, plan_id):
    window = _window(qtbot, database, plan_id)
    refresher = install_auto_refresh(window, interval_ms=50, idle_ms=0)
    qtbot.waitUntil(lambda: refresher.token is not None, timeout=3000)
    retype(window.form.ui.editors["status_text"], "我还没保存")
    _theirs_save(other_desk, plan_id, status_text="同事的进展")
    emitted = []
    refresher.refreshed.connect(lambda: emitted.append(1))
    qtbot.wait(600)
    assert emitted == [] and window.form.ui.editors["status_text"].toPlainText() == "我还没保存"
    window.form.discard()  # the clerk drops the typing: the next idle tick shows the colleague's
    with qtbot.waitSignal(refresher.refreshed, timeout=5000):
        pass
    assert window.form.ui.editors["status_text"].toPlainText() == "同事的进展"


def test_no_refresh_while_the_clerk_is_busy(qtbot, database, other_desk, plan_id):
    window = _window(qtbot, database, plan_id)
    refresher = install_auto_refresh(window, interval_ms=50, idle_ms=60000)
    qtbot.wait(100)
    _theirs_save(other_desk, plan_id, status_text="同事的进展")
    emitted = []
    refresher.refreshed.connect(lambda: emitted.append(1))
    qtbot.wait(500)
    assert emitted == [] and window.form.ui.editors["status_text"].toPlainText() == ""
    window.refresh_action.trigger()  # F5 shows it at once
    assert window.form.ui.editors["status_text"].toPlainText() == "同事的进展"


def test_the_overview_and_a_node_deleted_elsewhere(qtbot, database, other_desk, plan_id):
    store_result(database, result_of(small_policy("另一项方案", "湛府办〔2024〕10号")), "s")
    window = _window(qtbot, database, plan_id)
    refresher = install_auto_refresh(window, interval_ms=100, idle_ms=0)
    qtbot.waitUntil(lambda: refresher.token is not None, timeout=3000)
    assert window.model.rowCount() == 2
    window.show_dashboard()
    done_before = int(window.dashboard.tiles["已完成"].number.text())
    with qtbot.waitSignal(refresher.refreshed, timeout=5000):
        _theirs_save(other_desk, plan_id, percent=100.0, assessment="已完成")
    assert int(window.dashboard.tiles["已完成"].number.text()) == done_before + 1
    window.tabs.setCurrentIndex(0)
    policy = window.model.find([("policy", 1)])
    children = window.model.rowCount(policy)
    with other_desk.session() as session:
        general = session.scalar(select(Area.id).where(Area.policy_id == 1, Area.label == "一、"))
    with qtbot.waitSignal(refresher.refreshed, timeout=5000):
        delete_node(other_desk, "area", general)
    assert window.model.rowCount(window.model.find([("policy", 1)])) == children - 1
    with qtbot.waitSignal(refresher.refreshed, timeout=5000):  # the plan shown in the form
        delete_node(other_desk, "plan", plan_id)
    assert window.form.plan_id != plan_id


def test_the_clerks_input_is_noticed_without_watching_the_whole_application(qtbot, database, plan_id,
                                                                             monkeypatch):
    """Input to the main window counts as the clerk being busy; widgets made meanwhile are never
    handed to a Python event filter while half-constructed (PySide would wrap them twice)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QDialog

    from zjtracker.ui.auto_refresh import AutoRefresh
    from zjtracker.ui.sized_dialog import SizedDialog

    window = _window(qtbot, database, plan_id)
    refresher = install_auto_refresh(window, interval_ms=60000, idle_ms=60000)
    window.show()
    qtbot.waitExposed(window)
    refresher._last_input = 0.0
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_F6)  # delivered as the system delivers it
    assert refresher._last_input > 0.0
    handed = []
    original = AutoRefresh.eventFilter
    monkeypatch.setattr(AutoRefresh, "eventFilter",
                        lambda self, watched, event: handed.append(event.type()) or original(self, watched, event))

    class Probe(SizedDialog):
        pass

    for kind in (Probe, QDialog):
        made = kind()
        qtbot.addWidget(made)
    assert QEvent.Type.Create not in handed
