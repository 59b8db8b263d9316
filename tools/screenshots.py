"""Take the screenshots used in the README and the user manual from the real program.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py
    DISPLAY=:N python tools/screenshots.py   # under Xvfb 1366x768 with a window manager

Loads the sample policies into a temporary database, reports progress for the third
quarter of 2023 as colleagues would (a fixed pattern, so the pictures are the same on
every run), then goes through the clerk's quarter with the real windows: the main window,
the progress form and the overview; the preview of a policy document; sending the fill-in
workbooks; a colleague's return (built with the program's own export, then edited with
openpyxl: a changed row, a rejected row and a conflict) in the preview, applied; the import
history and the returns tracker; the report dialog and the PDF preview; the unit registry.
Everything goes into docs/screenshots/ as PNG, reduced to a palette when large.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing
OUT = ROOT / "docs" / "screenshots"
TODAY = date(2023, 10, 12)
PERIOD = "2023Q3"
CLERK = "李敏"  # the user name the demo's saves and imports are recorded under
MAX_BYTES = 240_000  # a larger PNG is reduced to 256 colours
WINDOW_SIZE = (1280, 720)  # fits a 1366×768 laptop screen with the window's frame
PATTERN = [  # (完成进度, 落实情况, 存在问题, 评估情况) cycling over the 2023 plans
    (100, "已按计划全部完成，相关制度文件已印发实施。", "", "已完成"),
    (80, "已完成方案制定和前期调研，正在组织实施，进度符合预期。", "", ""),
    (75, "已召开专题推进会两次，完成年度任务的四分之三。", "", ""),
    (40, "已启动相关工作，部分事项仍在协调。", "跨部门数据共享尚未打通，审批系统对接进度慢。", ""),
    (20, "正在起草工作方案。", "专项资金未到位。", "滞后"),
    (None, "", "", ""),
]
RETURNING_UNIT = "市商务局"
saved_files: list[Path] = []


def fill_demo_progress(database) -> None:
    from sqlalchemy import select

    from zjtracker.db.models import Measure, YearlyPlan
    from zjtracker.services.progress import load_progress, save_progress, with_values

    with database.session() as session:
        plans = session.execute(
            select(YearlyPlan.id, YearlyPlan.measure_id).where(YearlyPlan.year == 2023).order_by(YearlyPlan.id)
        ).all()
        for _plan_id, measure_id in plans[5:400:37]:  # a few deadlines in the quarter, some missed
            session.get(Measure, measure_id).deadline = date(2023, 8, 31)
    for number, (plan_id, _measure) in enumerate(plans):
        percent, done, problems, assessment = PATTERN[number % len(PATTERN)]
        if percent is None:
            continue
        before = max(percent - 25, 0) if number % 11 else min(percent + 10, 95)  # now and then a drop
        save_progress(database, with_values(load_progress(database, plan_id, "2023Q2"), percent=float(before),
                                            status_text="前期工作推进中。"))
        save_progress(database, with_values(
            load_progress(database, plan_id, PERIOD), percent=float(percent), status_text=done,
            problems=problems, assessment=assessment,
            suggestions="建议市级统筹协调，加快系统对接。" if problems else ""))


# taking pictures ------------------------------------------------------------------------
def settle(rounds: int = 10, seconds: float = 0.0) -> None:
    """Let Qt lay out and paint (and worker threads report back)."""
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while True:
        for _ in range(rounds):
            QApplication.processEvents()
        if time.monotonic() >= end:
            return
        time.sleep(0.02)


def wait_until(condition, timeout: float = 60.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the program did not get there in time")
        settle(2)
        time.sleep(0.02)


def save(widget, name: str, size: tuple[int, int] | None = None) -> None:
    """Grab ``widget`` (resized first when ``size`` is given) into docs/screenshots/name.png."""
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    if size is not None:
        widget.resize(*size)
    settle()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    widget.grab().save(buffer, "PNG")
    data = bytes(buffer.data())
    if len(data) > MAX_BYTES:  # screenshots have few colours: a palette keeps the text sharp
        image = Image.open(io.BytesIO(data)).convert("RGB")
        small = io.BytesIO()
        image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
            small, "PNG", optimize=True)
        data = small.getvalue()
    target = OUT / f"{name}.png"
    target.write_bytes(data)
    saved_files.append(target)


# the scenes --------------------------------------------------------------------------------
def main_window_scenes(window, database) -> None:
    from zjtracker.services.ledger import ledger_rows
    from zjtracker.services.periods import Period

    window.period_selector.set_period(PERIOD)
    rows = ledger_rows(database, Period.parse(PERIOD))
    chosen = next(r for r in rows if r.problems and r.previous_percent is not None and "营商" in r.policy_title)
    window.open_node("measure", chosen.measure_id)
    save(window, "main_window", WINDOW_SIZE)
    save(window.form, "progress_form")
    window.show_dashboard()
    save(window, "dashboard")
    window.tabs.setCurrentIndex(0)


def import_preview_scene(window) -> None:
    from zjtracker.importing.reader import read_policy_file
    from zjtracker.paths import sample_documents_dir
    from zjtracker.ui.import_preview.dialog import ImportPreviewDialog

    source = sample_documents_dir() / "004_96aab9c9ea8910e9.txt"
    result = read_policy_file(source)
    dialog = ImportPreviewDialog(result, "营商环境整治提升年活动实施方案.txt", window)
    dialog.show()
    save(dialog, "import_preview", (920, 660))
    dialog.reject()


def send_scene(window, workdir: Path) -> list:
    from PySide6.QtCore import QSettings

    from zjtracker.ui.returns.menu import returns_ui

    QSettings().setValue("send/last_folder", str(workdir / "报送表"))
    ui = returns_ui(window)
    ui.send_templates()
    dialog = ui.send_dialog
    dialog.resize(860, 560)
    dialog.generate()
    wait_until(lambda: dialog.written and dialog.generate_button.isEnabled())
    save(dialog, "send_templates")
    written = list(dialog.written)
    dialog.reject()
    return written


def colleague_returns(database, workbook: Path) -> Path:
    """What 市商务局 sends back: one task brought forward, one 完成进度 that is not a
    number, and one cell changed both here (a phone call) and in the file."""
    from openpyxl import load_workbook

    from zjtracker.services.ledger import ledger_rows
    from zjtracker.services.periods import Period
    from zjtracker.services.progress import load_progress, save_progress, with_values

    book = load_workbook(workbook)
    sheet = book["报送表"]
    column = {cell.value: cell.column for cell in sheet[4] if cell.value}
    numbers = [sheet.cell(row=r, column=column["序号"]).value for r in range(5, sheet.max_row + 1)]
    plans = {r.measure_label: r for r in ledger_rows(database, Period.parse(PERIOD))
             if r.policy_title.startswith("2023年湛江市优化营商环境")}
    reported = [n for n in numbers if n in plans and plans[n].percent is not None and plans[n].percent < 100]
    changed, rejected, conflicting = reported[0], reported[1], reported[2]

    def put(task: str, header: str, value) -> None:
        sheet.cell(row=5 + numbers.index(task), column=column[header]).value = value

    put(changed, "落实情况", "已完成区域评估8项，评估成果已在“多规合一”平台公开，供项目单位共享。")
    put(changed, "完成进度（%）", 90)
    put(rejected, "完成进度（%）", "八十")
    put(conflicting, "完成进度（%）", 70)
    put(conflicting, "落实情况", "已与人民银行湛江市中心支行联合开展政策宣讲3场。")
    target = workbook.with_name(f"{workbook.stem}（已填）.xlsx")
    book.save(target)
    plan_id = plans[conflicting].plan_id  # meanwhile the clerk typed in what was phoned in
    save_progress(database, with_values(load_progress(database, plan_id, PERIOD), percent=65.0))
    return target


def returns_scenes(window, database, returned: Path) -> None:
    from zjtracker.ui.returns.menu import returns_ui

    ui = returns_ui(window)
    importer = ui.importer
    importer.import_files([returned])
    wait_until(lambda: importer.dialog is not None)
    dialog = importer.dialog
    dialog.tabs.setCurrentIndex(0)
    save(dialog, "returns_preview", (920, 700))
    dialog.tabs.setCurrentIndex(1)
    save(dialog.tabs, "returns_rejected")
    dialog.accept_all_button.click()
    wait_until(lambda: bool(importer.results))

    ui.show_history()
    save(ui.history, "import_history", (920, 560))
    ui.history.close()
    tracker = ui.show_tracker()
    tracker.today = date(2023, 9, 25)  # late in the quarter: the workbooks are out, one came back
    tracker.year_box.setValue(2023)
    tracker.reload()
    settle(seconds=0.5)
    save(window, "returns_tracker")
    window.tabs.setCurrentIndex(0)


def report_scenes(window, database, workdir: Path) -> None:
    from zjtracker.ui.reports.dialog import ReportDialog
    from zjtracker.ui.returns.menu import returns_ui

    dialog = ReportDialog(database, PERIOD, window, policy_id=returns_ui(window).current_policy_id())
    dialog.show()
    dialog.adjustSize()
    dialog.path_edit.setText(str(workdir / "报告" / "2023年第三季度落实情况报告.pdf"))
    save(dialog, "report_dialog", (max(dialog.width(), 760), dialog.height()))
    dialog.generate()
    wait_until(lambda: dialog.preview is not None)
    dialog.preview.resize(760, 700)  # fits a 1366×768 screen with its frame
    wait_until(lambda: has_ink(dialog.preview.view.viewport()))  # the pages render in the background
    save(dialog.preview, "report_preview")
    dialog.preview.close()
    dialog.reject()


def has_ink(widget) -> bool:
    """Some dark pixels in the middle of ``widget``: text has been drawn."""
    image = widget.grab().toImage()
    width, height = image.width(), image.height()
    dark = sum(1 for y in range(height // 8, height // 2, 6) for x in range(width // 8, width * 7 // 8, 6)
               if image.pixelColor(x, y).lightness() < 100)
    return dark > 20


def unit_registry_scene(window, database) -> None:
    from PySide6.QtCore import QItemSelectionModel

    from zjtracker.ui.structure.unit_registry_dialog import UnitRegistryDialog

    dialog = UnitRegistryDialog(database, window)
    dialog.show()
    dialog.resize(900, 560)
    settle()
    proxy = dialog.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == "市发展和改革局")
    dialog.table.selectionModel().setCurrentIndex(
        proxy.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    dialog.table.scrollTo(proxy.index(row, 0))
    save(dialog, "unit_registry")
    dialog.reject()


def answer_message_boxes() -> None:
    """Offscreen nobody can click a message box: print what it says and take its default."""
    from PySide6.QtWidgets import QMessageBox

    def shown(kind):
        def show(_parent, title, text, *args, **kwargs):
            print(f"[{kind}] {title}: {text}", file=sys.stderr)
            return QMessageBox.StandardButton.No if kind == "question" else QMessageBox.StandardButton.Ok
        return show

    for kind in ("question", "warning", "information", "critical"):
        setattr(QMessageBox, kind, staticmethod(shown(kind)))


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")
    os.environ["LOGNAME"] = os.environ["USER"] = CLERK  # recorded as who saved and imported
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from zjtracker import paths
    from zjtracker.db import open_database
    from zjtracker.services.policies.sample import init_sample
    from zjtracker.ui.app import install_translation
    from zjtracker.ui.main_window import MainWindow

    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory(prefix="zjtracker-screenshots-", ignore_cleanup_errors=True) as temp:
        workdir = Path(temp)
        paths.set_data_dir(workdir / "data")  # the automatic backups land here, not in the user's folder
        QCoreApplication.setOrganizationName("zjtracker-screenshots")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(workdir / "settings"))
        install_translation(app, "zh_CN")
        answer_message_boxes()
        database = open_database(workdir / "zjtracker.db")
        init_sample(database)
        fill_demo_progress(database)
        window = MainWindow(database, today=TODAY)
        window.resize(*WINDOW_SIZE)
        window.show()
        OUT.mkdir(parents=True, exist_ok=True)
        try:
            main_window_scenes(window, database)
            import_preview_scene(window)
            written = send_scene(window, workdir)
            workbook = next(w.path for w in written if w.unit_name == RETURNING_UNIT)
            returns_scenes(window, database, colleague_returns(database, workbook))
            report_scenes(window, database, workdir)
            unit_registry_scene(window, database)
        finally:
            window.close()
            settle()
            database.dispose()
    for path in saved_files:
        print(f"{path}  {path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
