"""Someone else saved (or deleted) the progress while I was editing it: both versions side
by side, the fields that differ highlighted, and the choice: keep mine, take theirs, or
merge by hand in a third column. The dialog only asks; the progress form acts."""

from __future__ import annotations

import unicodedata
from datetime import datetime, timezone

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from zjtracker.ui.sized_dialog import SizedDialog
from zjtracker.services.progress import ProgressForm
from zjtracker.ui.form.conflict_layout import DIFFERENT_STYLE, FIELDS, ConflictDialogLayout
from zjtracker.ui.status_style import status_text

MINE, THEIRS, MERGED = "mine", "theirs", "merged"


def shown_value(form: ProgressForm, name: str) -> str:
    """A field as the form shows it: the percent as typed text, the rest as stored."""
    value = getattr(form, name)
    if name == "percent":
        return "" if value is None else f"{value:g}"
    return value or ""


def local_time(moment: datetime | None) -> str:
    """A stored (UTC) time in the clerk's own clock."""
    if moment is None:
        return ""
    return moment.replace(tzinfo=timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M")


def _parse_percent(text: str) -> float | None:
    text = unicodedata.normalize("NFKC", text or "").strip().rstrip("%").strip()
    return float(text) if text else None


class ConflictDialog(SizedDialog):
    """``mine``: the typed values; ``theirs``: what is stored now (version None: deleted);
    ``base``: what the form was loaded from. After exec(), ``choice`` is MINE, THEIRS or
    MERGED (None when cancelled) and ``merged_values()`` the merged column."""

    def __init__(self, mine: ProgressForm, theirs: ProgressForm, base: ProgressForm | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.mine, self.theirs, self.base = mine, theirs, base
        self.choice: str | None = None
        self.setWindowTitle(self.tr("Saved by someone else"))
        self.ui = ConflictDialogLayout(self)
        self.deleted = theirs.version is None
        who = theirs.updated_by or self.tr("someone else")
        if self.deleted:
            self.ui.intro.setText(self.tr(
                "Someone deleted this progress while you were editing it. “Keep mine” stores your "
                "version again; “Take theirs” leaves it deleted, and your version is copied to the "
                "clipboard and can be brought back with Ctrl+Z."))
            self.ui.theirs_header.setText(self.tr("Theirs (deleted)"))
        else:
            self.ui.intro.setText(self.tr(
                "%1 saved this progress on %2 while you were editing it. The fields that differ are "
                "highlighted. Nothing you typed is lost: whichever you choose, your version can be "
                "brought back with Ctrl+Z.").replace("%1", who).replace("%2", local_time(theirs.updated_at)))
            self.ui.theirs_header.setText(self.tr("Theirs (saved by %1 on %2)").replace(
                "%1", who).replace("%2", local_time(theirs.updated_at)))
        self._fill()
        self.ui.keep_button.clicked.connect(lambda: self._choose(MINE))
        self.ui.take_button.clicked.connect(lambda: self._choose(THEIRS))
        self.ui.merge_button.clicked.connect(lambda: self._choose(MERGED))
        self.ui.buttons.rejected.connect(self.reject)

    # filling -------------------------------------------------------------------------
    def _fill(self) -> None:
        for name in FIELDS:
            mine, theirs = shown_value(self.mine, name), shown_value(self.theirs, name)
            if name == "assessment":
                _set(self.ui.mine[name], status_text(mine) if mine else "")
                _set(self.ui.theirs[name], status_text(theirs) if theirs else "")
            else:
                _set(self.ui.mine[name], mine)
                _set(self.ui.theirs[name], theirs)
            different = mine != theirs
            self.ui.labels[name].setText(("≠ " if different else "") + self.ui.names[name])
            font = self.ui.labels[name].font()
            font.setBold(different)
            self.ui.labels[name].setFont(font)
            style = DIFFERENT_STYLE if different else ""
            self.ui.mine[name].setStyleSheet(style)
            self.ui.theirs[name].setStyleSheet(style)
            self.ui.mine[name].setToolTip(self.tr("Differs from theirs") if different else "")
            _set(self.ui.merged[name], self._merged_start(name))

    def _merged_start(self, name: str) -> str:
        """Mine where I changed the field (or theirs is gone), theirs where I left it alone."""
        mine = shown_value(self.mine, name)
        if self.deleted or self.base is None:
            return mine
        return mine if mine != shown_value(self.base, name) else shown_value(self.theirs, name)

    def differing_fields(self) -> list[str]:
        return [name for name in FIELDS if shown_value(self.mine, name) != shown_value(self.theirs, name)]

    # the merged column ---------------------------------------------------------------
    def merged_text(self) -> dict[str, str]:
        """The merged column as the form holds values (the percent as text)."""
        return {name: _get(self.ui.merged[name]) for name in FIELDS}

    def merged_values(self) -> dict:
        """The merged column as stored values; raises ValueError for a bad percent."""
        values = self.merged_text()
        values["percent"] = _parse_percent(values["percent"])
        return values

    def _choose(self, choice: str) -> None:
        if choice == MERGED:
            try:
                percent = self.merged_values()["percent"]
            except ValueError:
                percent = -1.0
            if percent is not None and not 0 <= percent <= 100:
                self.ui.message.setText(self.tr("The merged progress must be a number from 0 to 100."))
                self.ui.message.setVisible(True)
                self.ui.merged["percent"].setFocus()
                return
        self.choice = choice
        self.accept()


def _set(widget: QWidget, value: str) -> None:
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value)
    elif isinstance(widget, QLineEdit):
        widget.setText(value)
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(widget.findData(value), 0))


def _get(widget: QWidget) -> str:
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    return widget.currentData() or ""
