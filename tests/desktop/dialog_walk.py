"""Every dialog the program opens, built on a real database (the loaded sample), for the tests
that hold them against the screen (size) and the keyboard (access keys, Enter).

    python -m tests.desktop.dialog_walk SAMPLE.db FOLDER    prints one JSON line per dialog

is run by the geometry test in a child process whose Qt screen is 1366×768 (and 125 %)."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

# dialogs where the clerk edits something: Enter presses their default button
EDIT_DIALOGS = {"NodeEditorDialog", "UnitsEditorDialog", "ConnectionDialog", "SplitDialog", "ColumnsDialog",
                "PolicyEditorDialog", "SendTemplatesDialog", "ReportDialog"}


def _first_plan(database) -> int:
    from sqlalchemy import select

    from zjtracker.db.models import YearlyPlan

    with database.session() as session:
        return session.scalar(select(YearlyPlan.id).order_by(YearlyPlan.id))


def _first_policy(database) -> tuple[int, int]:
    from sqlalchemy import select

    from zjtracker.db.models import Policy

    with database.session() as session:
        policy = session.scalars(select(Policy).order_by(Policy.id)).first()
        return policy.id, policy.start_year or 2023


def build_dialogs(database, folder: Path, window=None) -> list[tuple[str, object]]:
    """(class name, dialog) for every dialog, not shown yet."""
    from zjtracker.importing.reader import read_policy_file
    try:
        from zjtracker.services.reporting.job import ReportRequest, iter_report
    except ImportError:  # before the report job moved to services
        from zjtracker.services.reporting.job import ReportRequest, iter_report
    from zjtracker.services.periods import Period
    from zjtracker.services.progress import load_progress, with_values
    from zjtracker.services.returns.export import export_template, template_units
    from zjtracker.services.returns.preview import preview_return
    from zjtracker.services.structure.units import UnitAssignment
    from zjtracker.ui.backups.restore_dialog import RestoreDialog
    from zjtracker.ui.database.connection_dialog import ConnectionDialog
    from zjtracker.ui.errors import BugDialog
    from zjtracker.ui.form.conflict_dialog import ConflictDialog
    from zjtracker.ui.history.change_log_view import ChangeLogDialog
    from zjtracker.ui.history.import_history import ImportHistoryDialog
    from zjtracker.ui.import_preview.dialog import ImportPreviewDialog
    from zjtracker.ui.import_preview.split import SplitDialog
    from zjtracker.ui.import_preview.columns import ColumnsDialog
    from zjtracker.importing.tables.column_map import TableColumns
    from zjtracker.ui.manual_viewer import ManualViewer
    from zjtracker.ui.reports.dialog import ReportDialog
    from zjtracker.ui.reports.preview import ReportPreview
    from zjtracker.ui.returns.preview_dialog import ReturnsPreviewDialog
    from zjtracker.ui.returns.send_dialog import SendTemplatesDialog
    from zjtracker.ui.structure.dialogs import NodeEditorDialog, UnitsEditorDialog
    from zjtracker.ui.structure.unit_registry_dialog import UnitRegistryDialog

    folder.mkdir(parents=True, exist_ok=True)
    policy_id, year = _first_policy(database)
    period = Period.parse(f"{year}Q4")
    plan_id = _first_plan(database)
    form = load_progress(database, plan_id, str(period))
    seeds = Path(__file__).resolve().parents[2] / "resources" / "seeds"
    seed = sorted(seeds.glob("*.txt"))[0]
    unit = template_units(database, policy_id, period)[0]
    workbook = folder / "return.xlsx"
    export_template(database, policy_id, period, unit.unit_id, workbook, force=True)
    pdf = folder / "report.pdf"
    for _step in iter_report(database, ReportRequest(period=str(period), target=pdf, policy_id=policy_id, force=True)):
        pass
    dialogs = [
        ("ReportDialog", lambda: ReportDialog(database, str(period), None, policy_id)),
        ("ReportPreview", lambda: ReportPreview(pdf)),
        ("SendTemplatesDialog", lambda: SendTemplatesDialog(database, period, None, policy_id)),
        ("ReturnsPreviewDialog", lambda: ReturnsPreviewDialog(preview_return(database, workbook, period))),
        ("ImportHistoryDialog", lambda: ImportHistoryDialog(database)),
        ("ChangeLogDialog", lambda: ChangeLogDialog(database)),
        ("UnitRegistryDialog", lambda: UnitRegistryDialog(database)),
        ("NodeEditorDialog", lambda: NodeEditorDialog("measure", {"label": "（1）", "text": "任务"})),
        ("UnitsEditorDialog", lambda: UnitsEditorDialog(
            [UnitAssignment("市商务局", "lead")], ["市商务局", "市税务局"])),
        ("ConflictDialog", lambda: ConflictDialog(with_values(form, status_text="我的"),
                                                  with_values(form, status_text="他人的"), form)),
        ("ImportPreviewDialog", lambda: ImportPreviewDialog(read_policy_file(seed), seed.name)),
        ("SplitDialog", lambda: SplitDialog("一、第一项\n二、第二项")),
        ("ColumnsDialog", lambda: ColumnsDialog([TableColumns("第1个表格", [
            (0, "序号", "number"), (1, "工作任务", "task"), (2, "牵头单位", "lead"), (3, "完成时限", "deadline")])])),
        ("RestoreDialog", lambda: RestoreDialog(folder / "zjtracker.db")),
        ("ConnectionDialog", lambda: ConnectionDialog()),
        ("BugDialog", lambda: BugDialog(None, ValueError("测试"), "Traceback\n  line 1")),
        ("ManualViewer", lambda: ManualViewer()),
    ]
    try:  # dialogs that came with the policy editor and the report composer
        from zjtracker.ui.reports.composer import ReportComposer
        from zjtracker.ui.structure.policy_dialog import PolicyEditorDialog
    except ImportError:
        pass
    else:
        dialogs += [
            ("PolicyEditorDialog", lambda: PolicyEditorDialog({"doc_no": "湛府办〔2022〕32号", "title": "测试方案"})),
            ("ReportComposer", lambda: ReportComposer(database, str(period), policy_id)),
        ]
    try:  # 佐证材料: the preview of a colleague's folder before it is imported
        from zjtracker.services.evidence.folder import preview_folder
        from zjtracker.ui.evidence.folder_dialog import FolderPreviewDialog
    except ImportError:
        pass
    else:
        evidence = folder / "佐证材料"
        evidence.mkdir(parents=True, exist_ok=True)
        (evidence / "（1）落实情况说明.txt").write_text("已完成。", encoding="utf-8")
        (evidence / "说明.txt").write_text("说明", encoding="utf-8")
        dialogs.append(("FolderPreviewDialog", lambda: FolderPreviewDialog(
            preview_folder(database, policy_id, str(period), evidence))))
    try:  # next year's ledger: the preview of the rollover and the linking of ledgers
        from zjtracker.ui.rollover.link_dialog import LinkDialog
        from zjtracker.ui.rollover.next_year_dialog import NextYearDialog
    except ImportError:
        pass
    else:
        dialogs += [("NextYearDialog", lambda: NextYearDialog(database, policy_id, year)),
                    ("LinkDialog", lambda: LinkDialog(database, policy_id))]
    try:  # 复核、退回与办结销号
        from zjtracker.services.oversight.queries import plan_oversight
        from zjtracker.ui.oversight.dialogs import CloseTaskDialog, VerdictDialog
    except ImportError:
        pass
    else:
        dialogs += [
            ("CloseTaskDialog", lambda: CloseTaskDialog(plan_oversight(database, plan_id, period), "李敏")),
            ("VerdictDialog", lambda: VerdictDialog(plan_oversight(database, plan_id, period), True)),
        ]
    if window is not None:
        from zjtracker.ui.history.view import HistoryDialog

        dialogs.append(("HistoryDialog", lambda: HistoryDialog(window)))
    built = []
    for name, make in dialogs:
        built.append((name, make()))
    return built


MNEMONIC = re.compile(r"&([^&\s])")


def access_key(text: str) -> str | None:
    """The letter after a single & (&& is a literal ampersand)."""
    match = MNEMONIC.search((text or "").replace("&&", ""))
    return match.group(1).upper() if match else None


def keyed_texts(dialog) -> list[str]:
    """The texts with an access key the clerk can reach in the dialog as shown."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget

    texts = []
    for widget in dialog.findChildren(QAbstractButton):
        if widget.isVisibleTo(dialog) and widget.text():
            texts.append(widget.text())
    for label in dialog.findChildren(QLabel):
        if label.isVisibleTo(dialog) and label.buddy() is not None and label.text():
            texts.append(label.text())
    for box in dialog.findChildren(QGroupBox):
        if box.isVisibleTo(dialog) and box.isCheckable():
            texts.append(box.title())
    for tabs in dialog.findChildren(QTabWidget):
        if tabs.isVisibleTo(dialog):
            texts += [tabs.tabText(i) for i in range(tabs.count())]
    return texts


def duplicate_keys(texts: list[str]) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {}
    for text in texts:
        key = access_key(text)
        if key:
            seen.setdefault(key, []).append(text)
    return {key: found for key, found in seen.items() if len(found) > 1}


def cut_buttons(dialog) -> list[str]:
    """The visible buttons not wholly inside the dialog (cut off by a size too small)."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QPushButton

    cut = []
    for button in dialog.findChildren(QPushButton):
        if button.isVisible():
            place = QRect(button.mapTo(dialog, button.rect().topLeft()), button.size())
            if not dialog.rect().contains(place):
                cut.append(button.text())
    return cut


def main(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication

    from zjtracker.db import open_database
    from zjtracker.ui.app import install_translation, prepare_application

    app = QApplication(argv[:1])
    prepare_application(app, settings_dir=Path(argv[2]) / "settings")
    install_translation(app, "zh_CN")
    database = open_database(Path(argv[1]))
    for name, dialog in build_dialogs(database, Path(argv[2]) / "files"):
        dialog.show()
        app.processEvents()
        frame, area = dialog.frameGeometry(), app.primaryScreen().availableGeometry()  # the one screen
        print(json.dumps({"name": name, "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
                          "area": [area.x(), area.y(), area.width(), area.height()],
                          "size": [dialog.width(), dialog.height()], "cut": cut_buttons(dialog)},
                          ensure_ascii=False), flush=True)
        dialog.hide()
        dialog.deleteLater()
        app.processEvents()
    database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
