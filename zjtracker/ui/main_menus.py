"""The main window's menus, toolbar and shortcuts. The frame's empty menus need only
QCoreApplication; the classes of the actions, the toolbar and the messages are loaded with
``build``, once the window is painted (each PySide class costs its creation at first use)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from zjtracker import __version__

if TYPE_CHECKING:
    from PySide6.QtGui import QAction


def _action(window, text: str, slot, shortcut=None, menu=None) -> QAction:
    from PySide6.QtGui import QAction, QKeySequence

    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    if menu is not None:
        menu.addAction(action)
    return action


def build_frame(window) -> None:
    """The menus, still empty: shown from the first paint, filled by ``build`` once the
    database is open."""
    bar = window.menuBar()
    window.file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    window.edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    window.view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    window.tools_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Tools"))
    window.help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))


def build(window) -> None:
    """Fill the menus made by ``build_frame``; add the toolbar."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QAction, QActionGroup, QKeySequence
    from PySide6.QtWidgets import QToolBar

    from zjtracker.ui.manual_viewer import show_manual
    from zjtracker.ui.database.recent import RecentDatabasesMenu, choose_database_file

    file_menu = window.file_menu
    window.import_action = _action(window, QCoreApplication.translate("MainWindow", "&Import policy document…"), window.importer.choose_files,
                                   "Ctrl+O", file_menu)
    file_menu.addSeparator()
    window.report_action = _action(window, QCoreApplication.translate("MainWindow", "Re&port…"),
                                   window.show_report_dialog, "Ctrl+P", file_menu)
    file_menu.addSeparator()
    window.open_database_action = _action(
        window, QCoreApplication.translate("MainWindow", "Open &database…"),
        lambda: choose_database_file(window), None, file_menu)
    window.recent_menu = RecentDatabasesMenu(window)
    file_menu.addMenu(window.recent_menu)
    file_menu.addSeparator()
    language_menu = file_menu.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
    group = QActionGroup(window)
    current = QSettings().value("language", "zh_CN")
    for code, name in (("zh_CN", "中文"), ("en", "English")):
        choice = QAction(name, window, checkable=True)
        choice.setChecked(code == current)
        choice.triggered.connect(lambda _checked, code=code: _choose_language(window, code))
        group.addAction(choice)
        language_menu.addAction(choice)
    file_menu.addSeparator()
    _action(window, QCoreApplication.translate("MainWindow", "E&xit"), window.close, QKeySequence.StandardKey.Quit, file_menu)

    edit_menu = window.edit_menu
    window.undo_action = window.undo_group.createUndoAction(window, QCoreApplication.translate("MainWindow", "&Undo"))
    window.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
    window.redo_action = window.undo_group.createRedoAction(window, QCoreApplication.translate("MainWindow", "&Redo"))
    window.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
    edit_menu.addAction(window.undo_action)
    edit_menu.addAction(window.redo_action)
    edit_menu.addSeparator()
    window.save_action = _action(window, QCoreApplication.translate("MainWindow", "&Save progress"), window.form.save, "Ctrl+S", edit_menu)
    window.find_action = _action(window, QCoreApplication.translate("MainWindow", "&Find…"), window.filter_bar.focus_text, "Ctrl+F", edit_menu)
    edit_menu.addSeparator()
    _action(window, QCoreApplication.translate("MainWindow", "&Edit item…"), lambda: window.edit_current("edit"),
            "F2", edit_menu)
    _action(window, QCoreApplication.translate("MainWindow", "Move item u&p"), lambda: window.edit_current("up"),
            "Ctrl+Up", edit_menu)
    _action(window, QCoreApplication.translate("MainWindow", "Move item do&wn"),
            lambda: window.edit_current("down"), "Ctrl+Down", edit_menu)
    _action(window, QCoreApplication.translate("MainWindow", "&Delete item…"),
            lambda: window.edit_current("delete"), "Del", edit_menu)
    edit_menu.addSeparator()
    from zjtracker.ui.oversight.flow import install_oversight_menu

    install_oversight_menu(window, edit_menu)  # 复核…, 退回…, 销号…, 重新打开

    view_menu = window.view_menu
    window.refresh_action = _action(window, QCoreApplication.translate("MainWindow", "&Refresh"), window.reload_tree, "F5", view_menu)
    window.dashboard_action = _action(window, QCoreApplication.translate("MainWindow", "&Overview"), window.show_dashboard, "Ctrl+D", view_menu)
    window.units_action = _action(window, QCoreApplication.translate("MainWindow", "&Unit registry…"), window.show_unit_registry, None,
                                  window.tools_menu)
    from zjtracker.ui.rollover.flow import generate_next_year, link_tasks

    window.next_year_action = _action(window, QCoreApplication.translate("MainWindow", "Generate &next year's ledger…"),
                                      lambda: generate_next_year(window.structure_editor), None, window.tools_menu)
    window.link_tasks_action = _action(window, QCoreApplication.translate("MainWindow", "&Link tasks to last year's…"),
                                       lambda: link_tasks(window.structure_editor), None, window.tools_menu)
    help_menu = window.help_menu
    window.manual_action = _action(window, QCoreApplication.translate("MainWindow", "User &manual"),
                                   lambda: show_manual(window), QKeySequence.StandardKey.HelpContents,
                                   help_menu)
    _action(window, QCoreApplication.translate("MainWindow", "&About zjtracker"), lambda: show_about(window), None, help_menu)

    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main toolbar"))
    toolbar.setObjectName("main_toolbar")
    toolbar.setMovable(False)
    window.addToolBar(toolbar)
    window.toolbar = toolbar
    toolbar.addWidget(window.period_selector)
    toolbar.addSeparator()
    # the toolbar's words without the menus' access keys: 保存, not 保存进展(S)
    window.save_action.setIconText(QCoreApplication.translate("MainWindow", "Save"))
    window.refresh_action.setIconText(QCoreApplication.translate("MainWindow", "Refresh"))
    for action in (window.save_action, window.undo_action, window.redo_action, window.refresh_action):
        toolbar.addAction(action)


def _choose_language(window, code: str) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    QSettings().setValue("language", code)
    QMessageBox.information(window, QCoreApplication.translate("MainWindow", "Language"), QCoreApplication.translate("MainWindow", 
        "The new language is used from the next start of the program."))


def show_about(window) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.about(window, QCoreApplication.translate("MainWindow", "About zjtracker"), QCoreApplication.translate("MainWindow", 
        "<h3>zjtracker %1</h3><p>Keeps the books on how policy documents are carried out: "
        "policies, measures, yearly plans, progress, returns and reports.</p>"
        "<p>Database: %2</p><p>Licence: Apache-2.0</p>").replace("%1", __version__).replace(
        "%2", window.database.display_name()))
