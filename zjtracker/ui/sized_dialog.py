"""The base of the program's own dialogs: each opens within the screen's available area at
the size the clerk last left it (kept in QSettings per kind of dialog), so no button falls
off a 1366×768 laptop or a 125 % screen. Qt's message boxes and file dialogs size themselves."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from zjtracker.ui.window_settings import restore_dialog_size, save_dialog_size


class SizedDialog(QDialog):
    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if not event.spontaneous():  # shown by the program, not a window manager's restore
            restore_dialog_size(self)
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if not event.spontaneous():
            save_dialog_size(self)
        super().hideEvent(event)
