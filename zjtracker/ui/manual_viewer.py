"""Help › 用户手册 (F1): the Chinese user manual, shown inside the program with its
screenshots, so it works on a workstation without a browser or internet."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QTextBrowser, QVBoxLayout

from zjtracker.ui.sized_dialog import SizedDialog

from zjtracker import paths


class ManualViewer(SizedDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("User manual"))
        self.resize(1280, 820)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find in the manual (Enter: next)"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.find_next)
        top = QHBoxLayout()
        top.addWidget(self.search)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        self.load()

    def load(self) -> bool:
        manual = paths.manual_path()
        if not manual.exists():
            self.browser.setPlainText(self.tr("The user manual was not found: %1").replace("%1", str(manual)))
            return False
        self.browser.setSearchPaths([str(manual.parent)])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(manual.parent) + "/"))
        self.browser.setMarkdown(manual.read_text(encoding="utf-8"))
        return True

    def find_next(self) -> bool:
        text = self.search.text()
        if not text:
            return False
        if self.browser.find(text):
            return True
        cursor = self.browser.textCursor()  # wrap around to the top
        cursor.movePosition(cursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        return self.browser.find(text)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif url.hasFragment() and not url.path():
            self.browser.scrollToAnchor(url.fragment())
        else:
            self.browser.setSource(url)


def show_manual(window) -> ManualViewer:
    viewer = getattr(window, "_manual_viewer", None)
    if viewer is None:
        viewer = ManualViewer(window)
        window._manual_viewer = viewer
    viewer.show()
    viewer.raise_()
    viewer.activateWindow()
    return viewer
