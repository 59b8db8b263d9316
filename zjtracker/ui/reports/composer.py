"""The report composer: the clerk reads and edits the report's texts before it prints.

The texts are generated from the period's data off the GUI thread, then what the clerk saved
for this scope and period is put over them. A field that differs from its generated text is
marked; 恢复生成的文字 brings the generated text back (one field, or all). Saving keeps only
the fields that differ (services.report_texts), so an untouched field follows the data.
The 简称 is the clerk's setting: empty means the one derived from the title (shown greyed)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox, QWidget

from zjtracker.ui.sized_dialog import SizedDialog
from zjtracker.reports.progress import Step
from zjtracker.reports.texts import FIELD_NAMES, parse_signed_on
from zjtracker.services.periods import BadPeriod
from zjtracker.services.reporting.texts import BadReportText, load_edits, save_edits
from zjtracker.ui.errors import show_problem
from zjtracker.ui.reports.composer_layout import EDITED_STYLE, ComposerLayout
from zjtracker.ui.worker import run_with_progress


def date_text(value: str) -> str:
    """2023-10-20 → 2023年10月20日 (as the report prints it); other text stays as it is."""
    try:
        day = parse_signed_on(value)
    except ValueError:
        return value
    return f"{day.year}年{day.month}月{day.day}日" if day else ""


def _normal(name: str, value: str) -> str:
    """A field's text as it is compared and kept: dates as 2023-10-20, no trailing space."""
    value = value.replace("\r\n", "\n").rstrip()
    if name == "signed_on":
        try:
            day = parse_signed_on(value)
        except ValueError:
            return value
        return day.isoformat() if day else ""
    return value


class ReportComposer(SizedDialog):
    def __init__(self, database, period: str, policy_id: int | None = None, unit: str | None = None,
                 scope_text: str = "", parent: QWidget | None = None, today: date | None = None,
                 sections: tuple[str, ...] | None = None):
        super().__init__(parent)
        self.database, self.period, self.policy_id, self.unit, self.today = database, period, policy_id, unit, today
        self.sections = sections
        self.generated: dict[str, str] | None = None  # None until the texts are generated
        self.saved: dict[str, str] = {}
        self.setWindowTitle(self.tr("Edit the report's texts"))
        self.ui = ComposerLayout(self)
        self.ui.scope_label.setText(scope_text)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.reset_all.clicked.connect(self.reset_all)
        for name, button in self.ui.resets.items():
            button.clicked.connect(lambda _checked=False, field=name: self.reset(field))
        for name, editor in self.ui.editors.items():
            editor.textChanged.connect(lambda *_args, field=name: self._mark(field))
        self.setEnabled(False)
        self._job = None
        self.ui.status.setText(self.tr("Generating the texts from the data…"))

    def fit_to(self, available) -> None:
        """As large as is comfortable, never larger than the screen's free area."""
        self.resize(min(980, available.width() - 40), min(700, available.height() - 60))

    # loading -------------------------------------------------------------------------------
    def load(self) -> None:
        """Generate the texts off the GUI thread; the composer is usable when they are in."""
        from zjtracker.services.reporting.job import generated_texts

        def work():
            yield 0, 2, Step("正在读取已保存的修改")
            saved = load_edits(self.database, self.period, self.policy_id, self.unit)
            yield 1, 2, Step("正在生成报告文字")
            options = {"sections": self.sections} if self.sections is not None else {}
            texts = generated_texts(self.database, self.period, self.policy_id, self.unit, self.today,
                                    short_name=saved.get("short_name", ""), **options)
            yield 2, 2, (texts.as_strings(), saved)

        self._job = run_with_progress(self, self.tr("Generating the report's texts"), work, self._loaded,
                                      self._failed)

    def _loaded(self, results) -> None:
        if not results or not isinstance(results[-1], tuple):
            self.reject()
            return
        self.show_texts(*results[-1])

    def show_texts(self, generated: dict[str, str], saved: dict[str, str]) -> None:
        derived = generated.get("short_name", "") if "short_name" not in saved else ""
        self.generated, self.saved = {**generated, "short_name": ""}, saved
        if derived:
            self.ui.editors["short_name"].setPlaceholderText(self.tr("automatic: %1").replace("%1", derived))
        for name in self.ui.editors:
            value = saved.get(name, self.generated.get(name, ""))
            self.ui.set_text(name, date_text(value) if name == "signed_on" else value)
            self._mark(name)
        self.setEnabled(True)
        self._say_count()

    def _failed(self, error, details: str) -> None:
        """Nothing to report, an unknown unit or policy: said in their sentence; a database that
        cannot be read: as everywhere (ui.errors); anything else with its details."""
        if isinstance(error, (LookupError, BadPeriod)):
            QMessageBox.warning(self, self.tr("No texts"), str(error))
        elif not show_problem(self, error):
            QMessageBox.critical(self, self.tr("Unexpected error"),
                                 self.tr("The texts could not be generated because of an error in the program. "
                                         "Details:") + "\n\n" + details[-2000:])
        self.reject()

    # editing -------------------------------------------------------------------------------
    def is_edited(self, name: str) -> bool:
        if self.generated is None:
            return False
        return _normal(name, self.ui.text_of(name)) != _normal(name, self.generated.get(name, ""))

    def _mark(self, name: str) -> None:
        edited = self.is_edited(name)
        self.ui.resets[name].setEnabled(edited)
        if name in ("recipient", "issuer", "signed_on", "short_name"):
            self.ui.editors[name].setStyleSheet(EDITED_STYLE if edited else "")
        else:
            index = self.ui.tabs.indexOf(self.ui.editors[name].parentWidget())
            self.ui.tabs.setTabText(index, self.ui.names[name] + (" *" if edited else ""))
        self._say_count()

    def _say_count(self) -> None:
        if self.generated is None:
            return
        count = sum(self.is_edited(name) for name in self.ui.editors)
        self.ui.reset_all.setEnabled(count > 0)
        if count:
            self.ui.status.setText(self.tr("%1 text(s) differ from the generated ones (marked * or yellow); "
                                           "they print as written here.").replace("%1", str(count)))
        else:
            self.ui.status.setText(self.tr("All texts are as generated from the data."))

    def reset(self, name: str) -> None:
        value = (self.generated or {}).get(name, "")
        self.ui.set_text(name, date_text(value) if name == "signed_on" else value)

    def reset_all(self) -> None:
        for name in self.ui.editors:
            self.reset(name)

    # saving --------------------------------------------------------------------------------
    def changes(self) -> dict[str, str | None]:
        """What to keep: each field that is not as saved; None where the generated text is back."""
        out: dict[str, str | None] = {}
        for name in FIELD_NAMES:
            if name not in self.ui.editors or self.generated is None:
                continue
            value = _normal(name, self.ui.text_of(name))
            if name in self.saved and value == _normal(name, self.saved[name]):
                continue
            if not self.is_edited(name):
                if name in self.saved:
                    out[name] = None
                continue
            out[name] = self.ui.text_of(name)
        return out

    def reject(self) -> None:
        """Cancel, Esc or the window's close: what was typed is not thrown away unasked."""
        if self.generated is not None and self.isEnabled() and self.changes():
            answer = QMessageBox.question(
                self, self.tr("Discard the changes?"),
                self.tr("The texts you changed have not been saved. Close without saving them?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def save(self) -> None:
        try:
            save_edits(self.database, self.period, self.changes(), self.policy_id, self.unit, self.generated)
        except BadReportText as error:
            QMessageBox.warning(self, self.tr("Not saved"), str(error))
            if "成文日期" in str(error):
                self.ui.editors["signed_on"].setFocus()
            return
        except Exception as error:  # a locked or lost database …
            if show_problem(self, error):
                return
            raise
        self.accept()
