"""The keyboard: every menu of the main window, its toolbar, the tree's context menu and every
dialog the program opens have unique access keys (Alt+F, S opens 发送报送表) — in Chinese, the
default, and in English; the context menu shows the shortcuts; Enter presses the default
button of every edit dialog."""

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QComboBox, QLineEdit, QMenu, QPushButton, QSpinBox, QWidget

from tests.desktop.dialog_walk import EDIT_DIALOGS, access_key, build_dialogs, duplicate_keys, keyed_texts
from tests.ui.conftest import _private_settings  # noqa: F401 (autouse: settings kept private)
from zjtracker import paths

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(params=["zh_CN", "en"])
def language(request):
    translator = QTranslator()
    if request.param != "en":
        assert translator.load(str(paths.resources_dir() / "i18n" / f"zjtracker_{request.param}.qm"))
        QCoreApplication.installTranslator(translator)
    yield request.param
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def main_window(qtbot, sample_db, language):
    from zjtracker.ui.main_window import MainWindow

    window = MainWindow(sample_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def menus_of(window) -> list[QMenu]:
    """Every menu of the menu bar, and their submenus."""
    found, todo = [], [a.menu() for a in window.menuBar().actions() if a.menu()]
    while todo:
        menu = todo.pop()
        found.append(menu)
        menu.aboutToShow.emit()  # menus filled as they open (recent databases)
        todo += [a.menu() for a in menu.actions() if a.menu()]
    return found


def test_every_menu_and_the_toolbar_have_unique_access_keys(main_window):
    bar = [a.text() for a in main_window.menuBar().actions()]
    assert duplicate_keys(bar) == {} and all(access_key(t) for t in bar)
    menus = menus_of(main_window)
    assert len(menus) >= 6
    for menu in menus:
        texts = [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator() and a.text()]
        assert duplicate_keys(texts) == {}, (menu.title(), texts)
    toolbar = [a.iconText() for a in main_window.toolbar.actions() if a.iconText()]
    # a tool button shows the icon text: no 重做(R) / 刷新(R) that look like keys and are none
    assert len(toolbar) >= 4 and not any(re.search(r"\([A-Z]\)|&", text) for text in toolbar), toolbar
    file_menu = [a.text() for a in main_window.file_menu.actions()]
    send = next(t for t in file_menu if "报送表" in t or "fill-in" in t)
    assert access_key(send) == "S"  # Alt+F, S opens 发送报送表


def _context_actions(window, kind):
    from zjtracker.ui.tree.model import Role

    model = window.tree.model()
    todo = [model.index(r, 0) for r in range(model.rowCount())]
    while todo:
        index = todo.pop(0)
        if index.data(Role.KIND) == kind:
            return window.structure_editor.actions_for(kind, index.data(Role.NODE_ID))
        if model.canFetchMore(index):
            model.fetchMore(index)
        todo += [model.index(r, 0, index) for r in range(model.rowCount(index))]
    raise AssertionError(kind)


@pytest.mark.parametrize("kind", ["policy", "area", "measure", "plan"])
def test_context_menus_have_unique_keys_and_show_their_shortcuts(main_window, kind):
    actions = [a for a in _context_actions(main_window, kind) if a is not None]
    texts = [a.text() for a in actions]
    assert all(access_key(t) for t in texts), texts  # every entry reachable by its letter
    assert duplicate_keys(texts) == {}, texts
    shortcuts = {a.text(): a.shortcut().toString() for a in actions if not a.shortcut().isEmpty()}
    assert "F2" in shortcuts.values() and "Del" in shortcuts.values()
    if kind not in ("policy", "plan"):
        assert {"Ctrl+Up", "Ctrl+Down"} <= set(shortcuts.values())
    # the same letters as the Edit menu for the same edits
    edit_menu = {access_key(a.text()): a.shortcut().toString() for a in main_window.edit_menu.actions()
                 if not a.shortcut().isEmpty() and access_key(a.text())}
    for action in actions:
        if not action.shortcut().isEmpty():
            assert edit_menu.get(access_key(action.text())) == action.shortcut().toString(), action.text()
    assert all(a.isShortcutVisibleInContextMenu() for a in actions if not a.shortcut().isEmpty())
    menu = QMenu()
    for action in actions:
        menu.addAction(action)
    assert all(a.isShortcutVisibleInContextMenu() or a.shortcut().isEmpty() for a in menu.actions())


def test_every_dialog_has_unique_access_keys_and_enter_presses_the_default(qtbot, qapp, sample_db, tmp_path,
                                                                           main_window):
    dialogs = build_dialogs(sample_db, tmp_path / "files", main_window)
    declared = {match.group(1) for path in (ROOT / "zjtracker" / "ui").rglob("*.py")
                for match in re.finditer(r"^class (\w+)\((?:QDialog|SizedDialog)\)", path.read_text(encoding="utf-8"),
                                         re.M)} - {"SizedDialog"}
    assert len(declared) >= 15
    assert declared <= {name for name, _dialog in dialogs}  # every dialog the program has is walked
    for name, dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qapp.processEvents()
        assert duplicate_keys(keyed_texts(dialog)) == {}, (name, keyed_texts(dialog))
        if name in EDIT_DIALOGS:
            field = next((w for w in dialog.findChildren(QWidget) if isinstance(w, (QLineEdit, QComboBox, QSpinBox))
                          and w.isVisible() and w.isEnabled() and not isinstance(w.parent(), (QComboBox, QSpinBox))),
                         dialog)  # a dialog of tables and texts: Enter on the dialog itself
            field.setFocus()
            qapp.processEvents()
            defaults = [b for b in dialog.findChildren(QPushButton) if b.isVisible() and b.isDefault()]
            assert len(defaults) == 1, (name, [b.text() for b in dialog.findChildren(QPushButton)])
            pressed = []
            defaults[0].clicked.disconnect()  # only see the press (not generate a report here)
            defaults[0].clicked.connect(lambda *_: pressed.append(True))
            qtbot.keyClick(field, Qt.Key.Key_Return)
            assert pressed, (name, defaults[0].text())  # Enter in a field presses the default button
        dialog.hide()
