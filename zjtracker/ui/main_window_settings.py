"""What the main window restores when its database is attached and saves when it closes:
the period (on the first start the latest one holding progress), the geometry, the splitters,
the tree's expanded nodes and selection (window_settings). Functions over the window;
``MainWindow`` calls them when its database is attached, when it is first painted and when
it closes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer

from zjtracker.ui import window_settings

if TYPE_CHECKING:
    from zjtracker.ui.main_window import MainWindow


def restore_settings(window: MainWindow) -> None:
    window._restoring = True
    try:
        if not QSettings().value("period", ""):
            open_on_data(window)
        window_settings.restore(window)
    finally:
        window._restoring = False
    QTimer.singleShot(0, window, lambda: after_restore(window))  # cancelled if the window goes first


def after_restore(window: MainWindow) -> None:
    window._show_current()
    scroll_to_current(window)


def scroll_to_current(window: MainWindow) -> None:
    """The restored selection in view (the tree has its size only once shown)."""
    if window.is_attached() and window.tree.currentIndex().isValid():
        window.tree.scrollTo(window.tree.currentIndex(), window.tree.ScrollHint.PositionAtCenter)


def open_on_data(window: MainWindow) -> None:
    """The first start: today's period when something was reported in it, else the
    latest period that holds progress (a newcomer then sees data, not an empty form)."""
    from zjtracker.services.policies.periods import (
        data_in_anchor,
        latest_period_with_data,
    )

    if data_in_anchor(window.database, window.period):
        return
    latest = latest_period_with_data(window.database)
    if latest is not None:
        window.period_selector.blockSignals(True)
        try:
            window.period_selector.set_period(latest)
        finally:
            window.period_selector.blockSignals(False)
        window.model.set_period(window.period)


def save_settings(window: MainWindow) -> None:
    if window.is_attached():
        window_settings.save(window)
        # the month chosen, not the period of the rhythm last shown: a visit to a
        # bimonthly policy (九—十月) must not move quarterly items from Q3 to Q4
        QSettings().setValue("period", str(window.period_selector.anchor()))

