"""The wrong command for a file: a colleague's return handed to the policy import is
recognised (never stored as a policy titled 填报说明); a return whose every row was
rejected leaves no batch, so it can be imported again once put right; Excel's error values
are rejected cells, not text."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from tests.safety.conftest import ModalAnswers
from tests.returns.conftest import LEDGER_HEADER, PERIOD, TEXTS, dump_all, ledger_book, policy_id, progress, save  # noqa: F401 (fixture)
from zjtracker.db import open_database
from zjtracker.db.models import ImportBatch, Policy
from zjtracker.importing.errors import ImportRefused
from zjtracker.services.history.batches import apply_return
from zjtracker.services.returns.preview import preview_return

ROOT = Path(__file__).resolve().parents[2]


def run(*args):
    return subprocess.run([sys.executable, "-m", "zjtracker", *map(str, args)], capture_output=True, text=True,
                          encoding="utf-8", cwd=ROOT, env=dict(os.environ), timeout=300)


@pytest.fixture
def sample_file(sample_sqlite, tmp_path) -> Path:
    path = tmp_path / "sample.db"
    shutil.copy(sample_sqlite, path)
    return path


def snapshot(path: Path) -> dict:
    database = open_database(path)
    try:
        return dump_all(database)
    finally:
        database.dispose()


def stamped_return(db_file: Path, folder: Path) -> Path:
    """A fill-in workbook made by export-template, filled in by the unit: 落实情况 of its first task."""
    out = folder / "市商务局_报送表.xlsx"
    done = run("--db", db_file, "export-template", "--policy", 1, "--unit", "市商务局", "--period", "2025Q3", "-o", out)
    assert done.returncode == 0, done.stderr
    book = load_workbook(out)
    sheet = book["报送表"]
    column = next(cell.column for cell in sheet[4] if cell.value == "落实情况")
    sheet.cell(row=5, column=column).value = "已组织直播带货活动 12 场。"
    book.save(out)
    return out


def city_ledger_return(stamped: Path, folder: Path, progress_text: str | None = "已推进。") -> Path:
    """The same tasks retyped into the city's ledger layout, as a colleague without the
    program would send them (``progress_text`` None: the ledger as it was handed out)."""
    source = load_workbook(stamped)["报送表"]
    headers = [cell.value for cell in source[4]]
    number, task = headers.index("序号"), headers.index("工作任务")
    book = Workbook()
    sheet = book.active
    sheet.append(["2025年第三季度工作任务台账"])
    sheet.append(LEDGER_HEADER)
    for row in source.iter_rows(min_row=5, values_only=True):
        if row[task]:
            label = f"（{str(row[number]).rstrip('.')}）"
            sheet.append([None, None, None, label, row[task], progress_text, None, None, None, None, None])
    return save(book, folder / "市商务局台账（报回）.xlsx")


def policy_titles(db_file: Path) -> list[str]:
    database = open_database(db_file)
    try:
        with database.session() as session:
            return list(session.scalars(select(Policy.title).order_by(Policy.id)))
    finally:
        database.dispose()


@pytest.mark.parametrize("layout", ["stamped", "city ledger"])
def test_a_return_given_to_import_policy_is_refused_and_pointed_to_import_updates(sample_file, tmp_path, layout):
    stamped = stamped_return(sample_file, tmp_path)
    path = stamped if layout == "stamped" else city_ledger_return(stamped, tmp_path)
    before, titles = snapshot(sample_file), policy_titles(sample_file)
    done = run("--db", sample_file, "import-policy", path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
    message = done.stderr.strip()
    assert f"文件“{path.name}”" in message and "不是政策文件" in message
    assert "import-updates" in message and "--period 2025Q3" in message
    done = run("--db", sample_file, "import-policy", path, "--json")
    assert done.returncode == 1 and json.loads(done.stdout)["refused"]["reason"] == "is_return"
    assert snapshot(sample_file) == before and policy_titles(sample_file) == titles
    assert not any(title.startswith("填报说明") for title in policy_titles(sample_file))
    done = run("--db", sample_file, "import-updates", path, "--period", "2025Q3", "--json")  # as the sentence says
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["applied"] is True


def test_a_ledger_as_handed_out_is_still_a_policy(sample_file, tmp_path):
    """Empty progress columns: the ledger of a policy, read by the policy import."""
    blank = city_ledger_return(stamped_return(sample_file, tmp_path), tmp_path, progress_text=None)
    done = run("--db", sample_file, "import-policy", blank, "--json", "--dry-run")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["policies"]


@pytest.fixture
def window(qtbot, sample_file, private_settings):
    from zjtracker.ui.main_window import MainWindow
    from zjtracker.ui.returns.menu import returns_ui

    database = open_database(sample_file)
    main = MainWindow(database)
    qtbot.addWidget(main)
    returns_ui(main)
    yield main
    database.dispose()


@pytest.mark.parametrize("layout", ["stamped", "city ledger"])
@pytest.mark.parametrize("way", ["import policy menu", "dropped"])
def test_a_return_handed_to_the_policy_import_in_the_window_opens_the_returns_import(
        qtbot, window, sample_file, tmp_path, layout, way):
    from zjtracker.ui.returns.menu import returns_ui
    from zjtracker.ui.returns.preview_dialog import ReturnsPreviewDialog

    stamped = stamped_return(sample_file, tmp_path)
    path = stamped if layout == "stamped" else city_ledger_return(stamped, tmp_path)
    importer = returns_ui(window).importer
    modal = ModalAnswers(on_dialog=lambda dialog: isinstance(dialog, ReturnsPreviewDialog) or dialog.reject())
    try:
        if way == "dropped":
            window.route_dropped_files([str(path)])
        else:
            window.importer.import_files([path])
        qtbot.waitUntil(lambda: importer.dialog is not None and bool(modal.dialogs), timeout=30000)
    finally:
        modal.stop()
    assert modal.texts == []  # neither asked "return or new policy?" nor told the file is no policy
    assert [type(dialog) for dialog in modal.dialogs] == [ReturnsPreviewDialog]
    preview = importer.dialog.preview
    assert preview.file_name == path.name and preview.refused is None and preview.updated_rows
    with window.database.session() as session:
        assert session.scalar(select(func.count(Policy.id)).where(Policy.title.like("填报说明%"))) == 0
    importer.dialog.reject()


def batches(database) -> int:
    """The returns imported (a policy's import is a batch too)."""
    with database.session() as session:
        return session.scalar(select(func.count(ImportBatch.id)).where(ImportBatch.kind == "updates"))


def test_a_return_whose_every_row_is_rejected_leaves_no_batch(database, policy_id, tmp_path):
    bad = save(ledger_book([
        ["一、市场准入", None, None, "（1）", TEXTS[("一", 1)], "已办理。", None, None, "八成", None, None],
        ["一、市场准入", None, None, "（2）", TEXTS[("一", 2)], "#N/A", None, None, None, None, None],
    ]), tmp_path / "全部被拒.xlsx")
    before = dump_all(database)
    for attempt in range(2):  # the same file again: not "imported before"
        preview = preview_return(database, bad, PERIOD, policy_id)
        assert not preview.rows and len(preview.rejected) == 2 and not preview.already_imported
        with pytest.raises(ImportRefused) as caught:
            apply_return(database, preview)
        message = caught.value.message
        assert caught.value.reason == "rejected_rows" and "文件“全部被拒.xlsx”" in message and "2 行" in message
        assert dump_all(database) == before and batches(database) == 0
    good = save(ledger_book([
        ["一、市场准入", None, None, "（1）", TEXTS[("一", 1)], "已办理。", None, None, 80, None, None],
        ["一、市场准入", None, None, "（2）", TEXTS[("一", 2)], "已落实。", None, None, None, None, None],
    ]), tmp_path / "全部被拒.xlsx")
    preview = preview_return(database, good, PERIOD, policy_id)
    assert apply_return(database, preview).updated_rows == 2 and batches(database) == 1
    assert progress(database, "一、", 1)["percent"] == 80.0


def test_the_command_line_refuses_an_all_rejected_return_and_takes_it_again(sample_file, tmp_path):
    stamped = stamped_return(sample_file, tmp_path)
    book = load_workbook(stamped)
    sheet = book["报送表"]
    column = next(cell.column for cell in sheet[4] if cell.value == "完成进度（%）")
    rows = range(5, sheet.max_row + 1)
    for row in rows:  # every task of the unit
        sheet.cell(row=row, column=column).value = 180
    book.save(stamped)
    before = snapshot(sample_file)
    for attempt in range(2):
        done = run("--db", sample_file, "import-updates", stamped, "--period", "2025Q3", "--json")
        assert done.returncode == 1, done.stdout + done.stderr
        result = json.loads(done.stdout)
        assert result["refused"]["reason"] == "rejected_rows" and result["batch"] is None
        assert [r["reason"] for r in result["rejected"]] == ["percent_out_of_range"] * len(rows)
        assert "全部被拒绝" in done.stderr and snapshot(sample_file) == before
    for row in rows:
        sheet.cell(row=row, column=column).value = 80
    book.save(stamped)
    done = run("--db", sample_file, "import-updates", stamped, "--period", "2025Q3", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["batch"] is not None


@pytest.mark.parametrize("error", ["#N/A", "#DIV/0!", "#VALUE!"])
def test_error_values_are_rejected_cells_naming_row_and_column(database, policy_id, tmp_path, error):
    book = ledger_book([
        ["一、市场准入", None, None, "（1）", TEXTS[("一", 1)], error, None, None, 50, None, None],
        ["一、市场准入", None, None, "（2）", TEXTS[("一", 2)], "已落实。", None, None, error, None, None],
        ["一、市场准入", None, None, "（3）", TEXTS[("一", 3)], "推广中。", None, None, 30, error, None],
        ["二、纳税服务", None, None, "（1）", TEXTS[("二", 1)], "全程网办。", None, None, 60, None, None],
    ])
    assert book.active["F3"].data_type == "e"  # stored as Excel stores an error, not as text
    path = save(book, tmp_path / "错误值.xlsx")
    preview = preview_return(database, path, PERIOD, policy_id)
    found = sorted((issue.row, issue.column, issue.reason) for issue in preview.rejected)
    assert found == [(3, "落实情况", "error_value"), (4, "完成进度（%）", "error_value"),
                     (5, "评估情况（请选择）", "error_value")]
    for issue in preview.rejected:
        assert f"文件“错误值.xlsx”" in issue.message and f"第 {issue.row} 行“{issue.column}”列" in issue.message
        assert error in issue.message and "错误值" in issue.message
    apply_return(database, preview)
    assert progress(database, "二、", 1)["status_text"] == "全程网办。"
    assert progress(database, "一、", 1) is None  # its row was rejected whole: nothing stored as text


def test_an_error_left_by_a_formula_is_an_error_too(database, policy_id, tmp_path):
    """Excel keeps a formula with its last result; the result #N/A is what the cell shows."""
    book = ledger_book([["一、市场准入", None, None, "（1）", TEXTS[("一", 1)], "=VLOOKUP(A1,B:C,2,0)", None, None,
                         50, None, None]])
    path = save(book, tmp_path / "公式.xlsx")
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    sheet = parts["xl/worksheets/sheet1.xml"]
    written = b'<c r="F3"><f>VLOOKUP(A1,B:C,2,0)</f><v></v>'
    assert written in sheet
    parts["xl/worksheets/sheet1.xml"] = sheet.replace(written, b'<c r="F3" t="e"><f>VLOOKUP(A1,B:C,2,0)</f><v>#N/A</v>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    [issue] = preview_return(database, path, PERIOD, policy_id).rejected
    assert (issue.row, issue.column, issue.reason) == (3, "落实情况", "error_value") and "#N/A" in issue.message
