"""The small dialog in which the clerk picks where a measure the reader glued together is
split: the text with a cursor, and its sentences to jump to."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from zjtracker.ui.sized_dialog import SizedDialog

# where a second measure most likely starts: a label after the end of a sentence (。2．, ；（三）)
_GLUED_LABEL = re.compile(r"(?<=[。；;！？!?])\s*(?=(?:[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|[一二三四五六七八九十]+、))")
_SENTENCE_END = re.compile(r"[。；;！？!?]")


def sentence_ends(text: str) -> list[int]:
    """Positions just after each sentence but the last."""
    return [m.end() for m in _SENTENCE_END.finditer(text) if m.end() < len(text.rstrip())]


def likely_split(text: str) -> int:
    """Where to put the cursor first: before a label glued on, else after the first sentence,
    else in the middle."""
    match = _GLUED_LABEL.search(text)
    if match:
        return match.end()
    ends = sentence_ends(text)
    return ends[0] if ends else len(text) // 2


class SplitDialog(SizedDialog):
    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Split the measure"))
        self.resize(620, 320)
        hint = QLabel(self.tr("Put the cursor where the second measure begins, or choose a sentence end."))
        hint.setWordWrap(True)
        self.text_edit = QPlainTextEdit(text)
        self.text_edit.setReadOnly(True)
        self.text_edit.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                               | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sentences = QComboBox()
        self._ends = sentence_ends(text)
        for number, end in enumerate(self._ends, start=1):
            self.sentences.addItem(self.tr("After sentence %1: …%2").replace("%1", str(number))
                                   .replace("%2", text[max(0, end - 14):end]))
        self.sentences.setEnabled(bool(self._ends))
        self.sentences.activated.connect(lambda row: self.set_position(self._ends[row]))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("Split here"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.sentences)
        layout.addWidget(buttons)
        self.set_position(likely_split(text))
        self.text_edit.setFocus()

    def set_position(self, position: int) -> None:
        cursor = self.text_edit.textCursor()
        cursor.setPosition(position)
        self.text_edit.setTextCursor(cursor)

    def position(self) -> int:
        return self.text_edit.textCursor().position()


def ask_split_position(parent: QWidget | None, text: str) -> int | None:
    dialog = SplitDialog(text, parent)
    try:
        return dialog.position() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()

