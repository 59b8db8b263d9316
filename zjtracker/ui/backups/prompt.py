"""The question when the backup before an import could not be made (services/returns/backup_before.py):
nothing has been imported; the clerk either goes on without the backup or cancels."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def continue_without_backup(parent: QWidget | None, error) -> bool:
    """Ask; True when the clerk chose to import without a backup."""
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("BackupPrompt", "No backup before the import"),
                      error.message, QMessageBox.StandardButton.NoButton, parent)
    go_on = box.addButton(QCoreApplication.translate("BackupPrompt", "Import without a backup"),
                          QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QCoreApplication.translate("BackupPrompt", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is go_on
