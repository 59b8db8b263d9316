"""Where files are saved and how the clerk is told: every save dialog starts in the folder
used last (or 文档, never the program's working folder), and every confirmation names the
whole path with 打开 / 打开所在文件夹 buttons."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QProcess, QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from zjtracker import paths
from zjtracker.ui.file_dialogs import FileDialog

LAST_FOLDER = "files/last_folder"


def start_folder() -> Path:
    """The folder a save dialog opens in: the one used last while it still exists, else 文档."""
    last = QSettings().value(LAST_FOLDER, "")
    if last and Path(str(last)).is_dir():
        return Path(str(last))
    return paths.documents_dir()


def start_path(file_name: str) -> str:
    """``file_name`` in the start folder (a path the clerk typed or chose stays as it is)."""
    name = Path(file_name)
    return str(name if name.is_absolute() else start_folder() / name)


def remember_folder(path: str | Path) -> None:
    """Keep the folder of a file (or a folder) the clerk chose for the next dialog."""
    chosen = Path(path)
    folder = chosen if chosen.is_dir() else chosen.parent
    if str(folder) not in ("", "."):
        QSettings().setValue(LAST_FOLDER, str(folder))


def save_file_name(parent: QWidget | None, title: str, file_name: str, filters: str) -> str:
    """QFileDialog.getSaveFileName starting in the start folder; remembers the folder chosen.
    Returns "" when the clerk cancels."""
    path, _chosen = FileDialog.getSaveFileName(parent, title, start_path(file_name), filters)
    if path:
        remember_folder(path)
    return path


def open_folder_of(path: str | Path) -> bool:
    """Show the file in the system's file manager (selected on Windows)."""
    path = Path(path)
    if sys.platform == "win32" and path.exists():
        return QProcess.startDetached("explorer.exe", ["/select,", str(path)])
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path if path.is_dir() else path.parent)))


def saved_message(parent: QWidget | None, title: str, text: str, path: str | Path) -> QMessageBox:
    """The confirmation of a saved file (not shown yet): ``text`` and the whole path, with
    打开, 打开所在文件夹 and 关闭."""
    path = Path(path)
    box = QMessageBox(QMessageBox.Icon.Information, title,
                      (text + "\n\n" if text else "") + str(path.resolve()), QMessageBox.StandardButton.NoButton,
                      parent)
    box.open_button = box.addButton(QCoreApplication.translate("SaveLocation", "&Open"),
                                    QMessageBox.ButtonRole.ActionRole)
    box.folder_button = box.addButton(QCoreApplication.translate("SaveLocation", "Open the &folder"),
                                      QMessageBox.ButtonRole.ActionRole)
    box.close_button = box.addButton(QCoreApplication.translate("SaveLocation", "&Close"),
                                     QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(box.close_button)
    # any button closes the box; these two also open the file or its folder
    box.open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
    box.folder_button.clicked.connect(lambda: open_folder_of(path))
    return box


def tell_saved(parent: QWidget | None, title: str, text: str, path: str | Path) -> None:
    """Show the confirmation of a saved file and wait for the clerk."""
    saved_message(parent, title, text, path).exec()
