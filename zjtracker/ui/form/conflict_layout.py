"""The widgets of the conflict dialog: one row per field of the progress form, with what I
typed, what is stored now and an editable merged column side by side."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from zjtracker.services.assessment import CHOICES
from zjtracker.ui.status_style import status_icon, status_text

FIELDS = ("status_text", "problems", "suggestions", "percent", "assessment", "remarks")
TEXT_FIELDS = ("status_text", "problems", "suggestions", "remarks")
COLUMN_MINE, COLUMN_THEIRS, COLUMN_MERGED = 1, 2, 3
DIFFERENT_STYLE = "background:#fff3c4"


def _text_view(read_only: bool) -> QPlainTextEdit:
    view = QPlainTextEdit()
    view.setReadOnly(read_only)
    view.setTabChangesFocus(True)
    view.setMinimumWidth(220)
    view.setMaximumHeight(96)
    return view


def _line_view(read_only: bool) -> QLineEdit:
    view = QLineEdit()
    view.setReadOnly(read_only)
    return view


class ConflictDialogLayout(QObject):
    """Builds the dialog's widgets on ``host``; ``mine``, ``theirs`` and ``merged`` map each
    field to its widget, ``labels`` to the row's name."""

    def __init__(self, host: QDialog):
        super().__init__(host)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.names = {
            "status_text": self.tr("Implementation"), "problems": self.tr("Problems"),
            "suggestions": self.tr("Suggestions"), "percent": self.tr("Progress (%)"),
            "assessment": self.tr("Assessment"), "remarks": self.tr("Remarks"),
        }
        self.mine_header = QLabel(self.tr("Mine (what I typed)"))
        self.theirs_header = QLabel()
        self.theirs_header.setWordWrap(True)
        self.merged_header = QLabel(self.tr("Merged (edit here, then “Save merged”)"))
        for header in (self.mine_header, self.theirs_header, self.merged_header):
            font = header.font()
            font.setBold(True)
            header.setFont(font)

        grid = QGridLayout()
        grid.addWidget(self.mine_header, 0, COLUMN_MINE)
        grid.addWidget(self.theirs_header, 0, COLUMN_THEIRS)
        grid.addWidget(self.merged_header, 0, COLUMN_MERGED)
        self.labels: dict[str, QLabel] = {}
        self.mine: dict[str, QWidget] = {}
        self.theirs: dict[str, QWidget] = {}
        self.merged: dict[str, QWidget] = {}
        for row, name in enumerate(FIELDS, 1):
            self.labels[name] = QLabel(self.names[name])
            if name in TEXT_FIELDS:
                self.mine[name], self.theirs[name] = _text_view(True), _text_view(True)
                self.merged[name] = _text_view(False)
            else:
                self.mine[name], self.theirs[name] = _line_view(True), _line_view(True)
                self.merged[name] = _line_view(False) if name == "percent" else self._assessment_box()
            grid.addWidget(self.labels[name], row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.mine[name], row, COLUMN_MINE)
            grid.addWidget(self.theirs[name], row, COLUMN_THEIRS)
            grid.addWidget(self.merged[name], row, COLUMN_MERGED)
        for column in (COLUMN_MINE, COLUMN_THEIRS, COLUMN_MERGED):
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(len(FIELDS) + 1, 1)  # spare height below the rows, not between them
        body = QWidget()
        body.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#c62828")
        self.message.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.keep_button = QPushButton(self.tr("Keep mine"))
        self.keep_button.setToolTip(self.tr("Save my version over theirs (theirs stays in the change log)."))
        self.take_button = QPushButton(self.tr("Take theirs"))
        self.take_button.setToolTip(self.tr(
            "Show their version; mine is copied to the clipboard and Ctrl+Z brings it back."))
        self.merge_button = QPushButton(self.tr("Save merged"))
        self.merge_button.setToolTip(self.tr("Save the merged column."))
        self.buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.take_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)

        outer = QVBoxLayout(host)
        outer.addWidget(self.intro)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.message)
        outer.addWidget(self.buttons)
        host.resize(1100, 640)

    def _assessment_box(self) -> QComboBox:
        box = QComboBox()
        box.addItem(self.tr("(not assessed)"), "")
        for choice in CHOICES:
            box.addItem(status_icon(choice), status_text(choice), choice)
        return box
