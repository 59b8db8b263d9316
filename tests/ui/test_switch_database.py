"""Opening another database from the File menu, the recent list, and paths with Chinese
characters and spaces."""

import shutil

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from zjtracker.services.policies.queries import list_policies
from zjtracker.ui.app_controller import AppController
from zjtracker.ui.database.recent import recent_databases


@pytest.fixture
def no_questions(monkeypatch):
    """An empty database asks whether to load the sample: the clerk says no."""
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.No)
    return asked


@pytest.fixture
def controller(qapp, no_questions):
    controller = AppController(qapp)
    yield controller
    controller.shutdown()
    if controller.window is not None:
        controller.window.close()


SAMPLE_POLICIES = 10  # five documents: a gazette issue holds several


def _started(qtbot, controller, path):
    """Start as the program does: the window shows at once (still opening), then holds the
    database once it has been painted."""
    assert controller.start(str(path)) is None
    window = controller.window
    qtbot.addWidget(window)
    assert window.isVisible()
    qtbot.waitUntil(window.is_attached, timeout=20000)
    qtbot.waitUntil(lambda: window.start_checks_job is None, timeout=20000)  # integrity, the day's backup
    return window


def _titles(window):
    return [row.title for row in list_policies(window.database)]


def test_switching_between_databases_in_chinese_folders_with_spaces(qtbot, tmp_path, sample_sqlite, controller):
    folder = tmp_path / "湛江 市发改局" / "台账 2025"
    folder.mkdir(parents=True)
    sample_copy = folder / "示例 政策.db"
    shutil.copy(sample_sqlite, sample_copy)
    empty = folder / "新建 台账.db"

    first = _started(qtbot, controller, sample_copy)
    assert len(_titles(first)) == SAMPLE_POLICIES
    assert str(sample_copy) in first.windowTitle()

    first.database_requested.emit(str(empty))
    second = controller.window
    qtbot.addWidget(second)
    assert second is not first and second.isVisible() and not first.isVisible()
    assert second.database.file == empty and empty.exists()
    assert _titles(second) == []
    assert recent_databases()[:2] == [str(empty), str(sample_copy)]

    second.recent_menu.rebuild()
    entries = [action for action in second.recent_menu.actions() if action.data()]
    assert [action.data() for action in entries] == [str(empty), str(sample_copy)]
    assert entries[0].isChecked() and not entries[1].isChecked()
    assert "示例 政策.db" in entries[1].text()
    entries[1].trigger()
    third = controller.window
    qtbot.addWidget(third)
    assert third.database.file == sample_copy and len(_titles(third)) == SAMPLE_POLICIES
    assert recent_databases()[0] == str(sample_copy)


def test_asking_for_the_open_database_changes_nothing(qtbot, tmp_path, sample_sqlite, controller):
    path = tmp_path / "同一个 库.db"
    shutil.copy(sample_sqlite, path)
    window = _started(qtbot, controller, path)
    assert controller.switch_to(str(tmp_path / "." / "同一个 库.db")) is False
    assert controller.window is window and window.isVisible()


def test_a_database_that_cannot_be_opened_keeps_the_current_window(qtbot, tmp_path, sample_sqlite, controller,
                                                                    monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    path = tmp_path / "好的.db"
    shutil.copy(sample_sqlite, path)
    window = _started(qtbot, controller, path)
    broken = tmp_path / "坏 文件.db"
    broken.write_bytes(b"this is not a database at all" * 200)
    assert controller.switch_to(str(broken)) is False
    assert controller.window is window and window.isVisible()
    assert len(shown) == 1 and "坏 文件.db" in shown[0]
    assert len(_titles(window)) == SAMPLE_POLICIES  # still working on the first database


def test_recent_list_keeps_eight_and_never_a_password(qtbot, tmp_path, sample_sqlite, controller):
    from zjtracker.ui.database.recent import remember

    for number in range(10):
        remember(str(tmp_path / f"库{number}.db"))
    remember("postgresql+psycopg://科员:机密@10.0.0.5:5432/台账")
    entries = recent_databases()
    assert len(entries) == 8
    assert entries[0] == "postgresql+psycopg://科员@10.0.0.5:5432/台账" or "机密" not in entries[0]
    assert all("机密" not in entry for entry in entries)
    assert entries[1] == str(tmp_path / "库9.db")
    QApplication.processEvents()
