"""The widgets of the report composer: the short fields (主送, 发文机关署名, 成文日期, 简称)
in a form above, every paragraph section (开头, 一 to 四, 附件说明) as editable text on a tab,
each with a button that brings the generated text back."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

LINE_FIELDS = ("recipient", "issuer", "signed_on", "short_name")
TEXT_FIELDS = ("opening", "overview", "highlights", "problems", "next_steps", "attachments_note")
EDITED_STYLE = "background:#fff3c4"


class ComposerLayout(QObject):
    """Builds the composer's widgets on ``host``: ``editors`` maps each field to its QLineEdit
    or QPlainTextEdit, ``resets`` to its 恢复 button, ``names`` to its name."""

    def __init__(self, host: QDialog):
        super().__init__(host)
        self.names = {
            "recipient": self.tr("Addressed to:"), "issuer": self.tr("Issued by:"),
            "signed_on": self.tr("Date signed:"), "short_name": self.tr("Short name of the document:"),
            "opening": self.tr("Opening"), "overview": self.tr("1. Overall"),
            "highlights": self.tr("2. Main progress"), "problems": self.tr("3. Problems"),
            "next_steps": self.tr("4. Next steps"), "attachments_note": self.tr("Attachments"),
        }
        self.hints = {
            "recipient": self.tr("e.g. 市政府督查室："), "issuer": self.tr("the issuing office, above the date"),
            "signed_on": self.tr("e.g. 2023年10月20日"),
            "short_name": self.tr("the document is named once in full, then by this"),
        }
        self.scope_label = QLabel()
        self.scope_label.setWordWrap(True)
        self.scope_label.setTextFormat(Qt.TextFormat.PlainText)
        self.editors: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.resets: dict[str, QPushButton] = {}
        self.tabs = QTabWidget()
        self.tabs.setUsesScrollButtons(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.reset_all = QPushButton(self.tr("Restore &all generated texts"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

        layout = QVBoxLayout(host)
        layout.addWidget(self.scope_label)
        layout.addLayout(self._line_grid())
        for name in TEXT_FIELDS:
            self.tabs.addTab(self._text_page(name), self.names[name])
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        bottom = QHBoxLayout()
        bottom.addWidget(self.reset_all)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

    def _reset_button(self, name: str) -> QPushButton:
        button = QPushButton(self.tr("Restore generated text"))
        button.setToolTip(self.tr("Forget what was written here and use the text generated from the data"))
        self.resets[name] = button
        return button

    def _line_grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for row, name in enumerate(LINE_FIELDS):
            edit = QLineEdit()
            edit.setPlaceholderText(self.hints[name])
            self.editors[name] = edit
            label = QLabel(self.names[name])
            label.setBuddy(edit)
            grid.addWidget(label, row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(self._reset_button(name), row, 2)
        return grid

    def _text_page(self, name: str) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.editors[name] = edit
        column.addWidget(edit, 1)
        row = QHBoxLayout()
        note = QLabel(self.tr("Paragraphs are separated by an empty line."))
        note.setObjectName(f"{name}_note")
        row.addWidget(note, 1)
        row.addWidget(self._reset_button(name))
        column.addLayout(row)
        return page

    def text_of(self, name: str) -> str:
        editor = self.editors[name]
        return editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()

    def set_text(self, name: str, value: str) -> None:
        editor = self.editors[name]
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(value)
        else:
            editor.setText(value)
