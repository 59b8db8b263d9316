"""What the main window keeps across restarts (QSettings): geometry, splitters, the
chosen period, and the tree's expanded nodes and selection."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from zjtracker.ui.tree.state import restore_tree_state, save_tree_state


def restore(window) -> None:
    settings = QSettings()
    for key, restore_state in (("window/geometry", window.restoreGeometry),
                               ("window/splitter", window.splitter.restoreState),
                               ("window/right", window.right.restoreState)):
        value = settings.value(key)
        if value is not None:
            restore_state(value)
    period = settings.value("period", "")
    if period:
        window.period_selector.set_period(str(period))
    window.model.set_period(window.period)
    restore_tree_state(settings, window.tree, window.model)


def save(window) -> None:
    settings = QSettings()
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/splitter", window.splitter.saveState())
    settings.setValue("window/right", window.right.saveState())
    settings.setValue("period", str(window.period_selector.period()))
    if window.model.visible is None:
        save_tree_state(settings, window.tree, window.model)
