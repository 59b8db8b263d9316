"""What the windows keep across restarts (QSettings): the main window's geometry, splitters,
the chosen period, and the tree's expanded nodes and selection; every dialog's size, and the
rule that a dialog always fits the screen's available area (a 1366×768 laptop, 125 %)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from zjtracker.ui.tree.state import restore_tree_state, save_tree_state


def restore(window) -> None:
    settings = QSettings()
    for key, restore_state in (("window/geometry", window.restoreGeometry),
                               ("window/splitter", window.splitter.restoreState),
                               ("window/right", window.right.restoreState)):
        value = settings.value(key)
        if value is not None:
            restore_state(value)
    if not window.isMaximized():
        fit_to_screen(window)  # a window left on a larger screen comes back onto this one
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


# dialogs: on the screen, at the size the clerk left them -----------------------------------
DIALOG_SIZE = "dialogs/%s/size"
SCREEN_MARGIN = 16  # kept free around a dialog so its frame and title bar stay on the screen
FRAME_ALLOWANCE = QSize(16, 40)  # the window manager's frame, before the dialog was ever shown


def screen_of(widget: QWidget) -> QScreen:
    """The screen ``widget``'s window is on: the one under the window's centre, else the
    primary screen (as QWidget.screen() finds it for a window not yet shown).

    Never ask a widget or window for its screen (``widget.screen()``,
    ``windowHandle().screen()``): PySide makes the returned QScreen's Python object a child of
    the widget's, and when the garbage collector clears a reference cycle holding that widget
    it hands the screen's object ownership and deletes the application's only QScreen with
    it; the next window then crashes in QGuiApplication::screenAt. The application's static
    functions used here leave the screen's object without a parent."""
    window = QWidget.window(widget)  # a dialog may keep its main window in an attribute named window
    return QGuiApplication.screenAt(window.geometry().center()) or QGuiApplication.primaryScreen()


def available_area(widget: QWidget) -> QRect:
    """The screen area a window may use (without the taskbar), in Qt's device-independent pixels."""
    return screen_of(widget).availableGeometry()


def fit_to_screen(widget: QWidget, size: QSize | None = None) -> None:
    """Resize ``widget`` (to ``size`` if given) so that it, with its frame, fits the screen's
    available area, and move it inside that area."""
    area = available_area(widget)
    known = widget.frameGeometry().size() - widget.geometry().size()  # none before the window manager framed it
    frame = QSize(max(known.width(), FRAME_ALLOWANCE.width()), max(known.height(), FRAME_ALLOWANCE.height()))
    most = QSize(max(area.width() - frame.width() - SCREEN_MARGIN, 200),
                 max(area.height() - frame.height() - SCREEN_MARGIN, 150))
    if widget.minimumWidth() > most.width() or widget.minimumHeight() > most.height():
        # a minimum wider than the screen would cut the buttons off: scroll bars rather
        widget.setMinimumSize(min(widget.minimumWidth(), most.width()), min(widget.minimumHeight(), most.height()))
    wanted = size if size is not None else widget.size()
    widget.resize(min(wanted.width(), most.width()), min(wanted.height(), most.height()))
    x = min(max(widget.x(), area.left()), area.right() + 1 - widget.width() - frame.width())
    y = min(max(widget.y(), area.top()), area.bottom() + 1 - widget.height() - frame.height())
    widget.move(max(x, area.left()), max(y, area.top()))


def dialog_key(dialog: QWidget) -> str:
    return DIALOG_SIZE % (dialog.objectName() or type(dialog).__name__)


def restore_dialog_size(dialog: QWidget) -> None:
    """The size the clerk last gave this kind of dialog, within the screen."""
    saved = QSettings().value(dialog_key(dialog))
    fit_to_screen(dialog, saved if isinstance(saved, QSize) and saved.isValid() else None)


def save_dialog_size(dialog: QWidget) -> None:
    QSettings().setValue(dialog_key(dialog), dialog.size())
