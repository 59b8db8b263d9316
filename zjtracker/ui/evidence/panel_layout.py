"""The widgets of the evidence panel (佐证材料) and where they sit; the behaviour is in panel."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zjtracker.ui.evidence.icons import THUMB


class EvidencePanelLayout(QObject):
    """Builds the panel's widgets on ``host``."""

    def __init__(self, host: QWidget):
        super().__init__(host)
        self.heading = QLabel(self.tr("Evidence"))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.files = QListWidget()
        self.files.setIconSize(QSize(THUMB, THUMB))
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.files.setUniformItemSizes(True)
        self.files.setWordWrap(False)
        self.files.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the file's suffix stays readable
        self.files.setSpacing(1)
        self.hint = QLabel(self.tr("Drop photos, PDF, Word or Excel files here, or add them with the button below."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color:#777")
        self.usage = QLabel()
        self.usage.setWordWrap(True)
        self.usage.setStyleSheet("color:#555")
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color:#1565c0")
        self.notice.setVisible(False)
        self.add_button = QPushButton(self.tr("Add evidence…"))
        self.open_button = QPushButton(self.tr("Open"))
        self.remove_button = QPushButton(self.tr("Delete"))
        self.open_button.setEnabled(False)
        self.remove_button.setEnabled(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(host)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.files, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.usage)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
