"""The widgets of the progress form and where they sit; the behaviour is in progress_form."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from zjtracker.services.assessment import CHOICES
from zjtracker.ui.status_style import status_icon, status_text

TEXT_FIELDS = ("status_text", "problems", "suggestions", "remarks")


def _message_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setVisible(False)
    return label


class ProgressFormLayout(QObject):
    """Builds the form's widgets on ``host``."""

    def __init__(self, host: QWidget):
        super().__init__(host)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.dirty_marker = QLabel()
        self.dirty_marker.setStyleSheet("color:#c62828")

        self.editors: dict[str, QPlainTextEdit] = {}
        placeholders = {
            "status_text": self.tr("What was done in this period (落实情况)"),
            "problems": self.tr("Problems met (存在问题)"),
            "suggestions": self.tr("Suggestions for the problems (意见建议)"),
            "remarks": self.tr("Remarks (备注)"),
        }
        for name in TEXT_FIELDS:
            editor = QPlainTextEdit()
            editor.setUndoRedoEnabled(False)  # undo goes through the form's QUndoStack
            editor.setTabChangesFocus(True)
            editor.setPlaceholderText(placeholders[name])
            editor.setMinimumHeight(48)
            self.editors[name] = editor
        self.percent = QLineEdit()
        self.percent.setPlaceholderText(self.tr("0–100"))
        self.percent.setFixedWidth(80)
        self.percent_message = _message_label()
        self.assessment = QComboBox()
        self.assessment.addItem(self.tr("(not assessed)"), "")
        for choice in CHOICES:
            self.assessment.addItem(status_icon(choice), status_text(choice), choice)
        self.suggestion = QLabel()
        self.suggestion.setStyleSheet("color:#555")
        self.contradiction = _message_label()
        self.contradiction.setStyleSheet("color:#ef6c00")
        self.drop_warning = _message_label()
        self.drop_warning.setStyleSheet("color:#c62828")
        self.reported_by = QLabel()
        self.reported_by.setStyleSheet("color:#555")
        self.notice = _message_label()  # what just happened, e.g. their version taken
        self.notice.setStyleSheet("color:#1565c0")
        self.field_names = {  # as the clipboard copy of a form names its fields
            "status_text": self.tr("Implementation"), "problems": self.tr("Problems"),
            "suggestions": self.tr("Suggestions"), "percent": self.tr("Progress (%)"),
            "assessment": self.tr("Assessment"), "remarks": self.tr("Remarks"),
        }
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Implementation:"), self.editors["status_text"])
        form.addRow(self.tr("Problems:"), self.editors["problems"])
        form.addRow(self.tr("Suggestions:"), self.editors["suggestions"])
        percent_row = QHBoxLayout()
        percent_row.addWidget(self.percent)
        percent_row.addWidget(QLabel("%"))
        percent_row.addSpacing(16)
        percent_row.addWidget(QLabel(self.tr("Assessment:")))
        percent_row.addWidget(self.assessment)
        percent_row.addWidget(self.suggestion, 1)
        form.addRow(self.tr("Progress:"), percent_row)
        form.addRow("", self.percent_message)
        form.addRow("", self.contradiction)
        form.addRow("", self.drop_warning)
        form.addRow(self.tr("Remarks:"), self.editors["remarks"])

        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.dirty_marker)
        foot = QHBoxLayout()
        foot.addWidget(self.reported_by, 1)
        foot.addWidget(self.save_button)

        form_box = QWidget()
        box_layout = QVBoxLayout(form_box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addLayout(head)
        self.verdict = _message_label()  # 已退回：原因… / 已销号 (ui/oversight/banner.py)
        self.verdict.setObjectName("verdict_banner")
        self.verdict.setStyleSheet("color: #b71c1c;")
        box_layout.addWidget(self.verdict)
        box_layout.addLayout(form)
        box_layout.addLayout(foot)
        box_layout.addWidget(self.notice)

        self.history = QTableWidget(0, 4)
        self.history.setWordWrap(False)
        self.history.setHorizontalHeaderLabels([self.tr("Period"), self.tr("Progress"), self.tr("Assessment"), self.tr("Implementation")])
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.history.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        history_box = QGroupBox(self.tr("Earlier periods"))
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.history)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(form_box)
        splitter.addWidget(history_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 380])
        self.splitter = splitter
        outer = QVBoxLayout(host)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.addWidget(splitter)
