"""The program's file dialogs: QFileDialog's static functions, with a dialog that tells a
file's type and icon from its name only.

Qt's own file dialog reads the first bytes of every file it lists to name its type. In the
folder of the open database that opens and closes ``台账.db``, ``-wal`` and ``-shm``, and on
Linux and macOS closing any handle on a file drops every SQLite lock this process holds on it:
another program (the command line, a colleague's desk) then believes it is the last user,
checkpoints and deletes the WAL while this one still writes into it, and what is written
afterwards never reaches the file. Names only, then, and Qt's dialog rather than a native one
that would read the files the same way in this process. Windows holds its locks per handle:
there the clerk keeps the system's own dialog.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QFileInfo, QMimeDatabase
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QHeaderView, QTreeView, QWidget


NO_OPTIONS = QFileDialog.Option(0)
DIRS_ONLY = QFileDialog.Option.ShowDirsOnly


class NamesOnlyIconProvider(QFileIconProvider):
    """Types and icons from the file name (its suffix), never from its content."""

    def __init__(self):
        super().__init__()
        self._mimes = QMimeDatabase()

    def _mime(self, info: QFileInfo):
        return self._mimes.mimeTypeForFile(info.fileName(), QMimeDatabase.MatchMode.MatchExtension)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return super().type(info)
        return self._mime(info).comment()

    def icon(self, what):
        if not isinstance(what, QFileInfo):
            return super().icon(what)
        if what.isDir():
            return super().icon(QFileIconProvider.IconType.Folder)
        mime = self._mime(what)
        fallback = super().icon(QFileIconProvider.IconType.File)
        return QIcon.fromTheme(mime.iconName(), QIcon.fromTheme(mime.genericIconName(), fallback))


_PROVIDER: list[NamesOnlyIconProvider] = []  # one for the program, made when first needed


def names_only_icons() -> NamesOnlyIconProvider:
    if not _PROVIDER:
        _PROVIDER.append(NamesOnlyIconProvider())
    return _PROVIDER[0]


def file_dialog(parent: QWidget | None, caption: str, directory: str, name_filter: str = "",
                options=NO_OPTIONS) -> QFileDialog:
    """A QFileDialog that never reads the files it lists (see the module's note)."""
    dialog = QFileDialog(parent, caption, directory, name_filter)
    dialog.setOptions(options | QFileDialog.Option.DontUseNativeDialog)
    dialog.setIconProvider(names_only_icons())
    details = dialog.findChild(QTreeView, "treeView")
    if details is not None:  # size, type and date whole, the name taking the rest
        header = details.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return dialog


class FileDialog:
    """QFileDialog's static functions under the same names and answers."""

    @staticmethod
    def getOpenFileName(parent=None, caption="", dir="", filter="", selectedFilter="",
                        options=NO_OPTIONS) -> tuple[str, str]:
        files, chosen = _run(parent, caption, dir, filter, selectedFilter, options,
                             QFileDialog.FileMode.ExistingFile, QFileDialog.AcceptMode.AcceptOpen)
        return (files[0] if files else ""), chosen

    @staticmethod
    def getOpenFileNames(parent=None, caption="", dir="", filter="", selectedFilter="",
                         options=NO_OPTIONS) -> tuple[list[str], str]:
        return _run(parent, caption, dir, filter, selectedFilter, options,
                    QFileDialog.FileMode.ExistingFiles, QFileDialog.AcceptMode.AcceptOpen)

    @staticmethod
    def getSaveFileName(parent=None, caption="", dir="", filter="", selectedFilter="",
                        options=NO_OPTIONS) -> tuple[str, str]:
        files, chosen = _run(parent, caption, dir, filter, selectedFilter, options,
                             QFileDialog.FileMode.AnyFile, QFileDialog.AcceptMode.AcceptSave)
        return (files[0] if files else ""), chosen

    @staticmethod
    def getExistingDirectory(parent=None, caption="", dir="",
                             options=DIRS_ONLY) -> str:
        files, _chosen = _run(parent, caption, dir, "", "", options,
                              QFileDialog.FileMode.Directory, QFileDialog.AcceptMode.AcceptOpen)
        return files[0] if files else ""


NATIVE = sys.platform == "win32"  # the system's dialog, whose reading drops no lock there


def _run(parent, caption, directory, name_filter, selected_filter, options, mode, accept) -> tuple[list[str], str]:
    if NATIVE:
        return _native(parent, caption, str(directory or ""), name_filter or "", selected_filter, options, mode)
    dialog = file_dialog(parent, caption, str(directory or ""), name_filter or "", options)
    dialog.setFileMode(mode)
    dialog.setAcceptMode(accept)
    if selected_filter:
        dialog.selectNameFilter(selected_filter)
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return [], ""
        return list(dialog.selectedFiles()), dialog.selectedNameFilter()
    finally:
        dialog.deleteLater()


def _native(parent, caption, directory, name_filter, selected_filter, options, mode) -> tuple[list[str], str]:
    if mode == QFileDialog.FileMode.Directory:
        folder = QFileDialog.getExistingDirectory(parent, caption, directory, options)
        return ([folder] if folder else []), ""
    if mode == QFileDialog.FileMode.ExistingFiles:
        return QFileDialog.getOpenFileNames(parent, caption, directory, name_filter, selected_filter, options)
    ask = QFileDialog.getOpenFileName if mode == QFileDialog.FileMode.ExistingFile else QFileDialog.getSaveFileName
    name, chosen = ask(parent, caption, directory, name_filter, selected_filter, options)
    return ([name] if name else []), chosen
