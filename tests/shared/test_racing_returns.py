"""Two desks, each with its own engine, import at the same moment the returns of a measure's
lead unit and of its cooperating unit (fill-in workbooks exported by the program, filled
with openpyxl as colleagues do), many rounds over: no error escapes, the return stored
first is applied whole, the other is read again and applied where it does not clash, its
clashing cells reported as conflicts; the change log holds exactly what was stored
(SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import threading
import time
import traceback
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import delete, select, text

from tests.returns.conftest import PERIOD, fill, test_policy, unit_id
from zjtracker.db import open_database
from zjtracker.db.models import ChangeLog, ImportBatch, Measure, ProgressReport, YearlyPlan
from zjtracker.importing.model import ParseResult
from zjtracker.services.history.batches import Imported, apply_reading_again, apply_return
from zjtracker.services.policies.importer import store_result
from zjtracker.services.returns.export import export_template
from zjtracker.services.returns.preview import preview_return
from zjtracker.services.returns.store import ReturnOutdated

ROUNDS = 40
LEAD, COOPERATING = "市市场监督管理局", "市商务局"  # of task 一、（1）
TASK = "一、/（1）"
FIELDS = ("status_text", "percent", "remarks", "problems")


@dataclass
class Desk:
    name: str  # the unit whose return this desk imports
    sent: object  # the exported workbook
    outcomes: list  # per round: Imported, or the traceback of what escaped


def _values(desk: str, number: int) -> dict:
    """What each unit writes in round ``number``: both fill in 落实情况 (the same words every
    fifth round), only the lead 完成进度, only the cooperating unit 备注."""
    same = number % 5 == 0
    if desk == LEAD:
        return {"落实情况": f"第{number}轮：已推进。" if same else f"第{number}轮：牵头单位已推进。",
                "完成进度（%）": 40 + number % 50, "存在问题": f"第{number}轮：牵头单位的问题"}
    return {"落实情况": f"第{number}轮：已推进。" if same else f"第{number}轮：配合单位已配合。",
            "备注": f"第{number}轮：配合单位的备注", "存在问题": f"第{number}轮：牵头单位的问题"}


def _desk(url, desk: Desk, files, barrier, rounds):
    database = open_database(url, migrate=False)
    try:
        for number in range(rounds):
            path = files[number][desk.name]
            preview = preview_return(database, path, PERIOD)
            try:
                barrier.wait(timeout=60)  # both previews made on an empty period; now both import
                done = apply_reading_again(database, preview, lambda p=path: preview_return(database, p, PERIOD))
                desk.outcomes.append(done)
            except threading.BrokenBarrierError:
                return
            except BaseException:  # noqa: B036 - what escaped is the failure the test reports
                desk.outcomes.append(traceback.format_exc())
            barrier.wait(timeout=60)  # the round is checked and cleared by the test thread
            barrier.wait(timeout=60)
    finally:
        database.dispose()


def _plan_id(database) -> int:
    with database.session() as session:
        return session.scalar(select(YearlyPlan.id).join(Measure).where(
            Measure.text.startswith("便利企业分支机构"), YearlyPlan.year == 2025))


def _stored(database, plan_id) -> dict | None:
    with database.session() as session:
        report = session.scalar(select(ProgressReport).where(
            ProgressReport.plan_id == plan_id, ProgressReport.period == str(PERIOD)))
        return None if report is None else {name: getattr(report, name) for name in FIELDS}


def _logs(database, batch_id) -> list[tuple[str, str | None, str | None]]:
    with database.session() as session:
        return [(log.field, log.old, log.new) for log in session.scalars(
            select(ChangeLog).where(ChangeLog.batch_id == batch_id).order_by(ChangeLog.id))]


def _text(value) -> str | None:
    return None if value is None else (f"{value:g}" if isinstance(value, float) else str(value))


def _empty(field: str) -> str | None:
    """A field's old value in the log when the report was created: no percent, empty texts."""
    return None if field == "percent" else ""


def test_lead_and_cooperating_returns_imported_at_once(database, database_url, tmp_path):
    [policy_id] = store_result(database, ParseResult(source="t.txt", policies=[test_policy()]), "t")
    plan_id = _plan_id(database)
    desks = []
    for name in (LEAD, COOPERATING):
        sent = export_template(database, policy_id, PERIOD, unit_id(database, name), tmp_path / f"{name}.xlsx")
        desks.append(Desk(name, sent, []))
    files = [{desk.name: fill(desk.sent.path, {TASK: _values(desk.name, number)},
                              tmp_path / f"{desk.name}-{number}.xlsx") for desk in desks}
             for number in range(ROUNDS)]
    barrier = threading.Barrier(3)  # the two desks and this thread
    threads = [threading.Thread(target=_desk, args=(database_url, desk, files, barrier, ROUNDS)) for desk in desks]
    for thread in threads:
        thread.start()
    read_again = 0
    try:
        for number in range(ROUNDS):
            barrier.wait(timeout=120)  # both imports started together
            barrier.wait(timeout=120)  # both done
            outcomes = [desk.outcomes[number] for desk in desks]
            errors = [o for o in outcomes if not isinstance(o, Imported)]
            assert not errors, errors[0]
            read_again += _check_round(database, plan_id, number, dict(zip((LEAD, COOPERATING), outcomes)))
            with database.session() as session:  # the next round starts on an empty period again
                session.execute(delete(ProgressReport).where(ProgressReport.plan_id == plan_id))
            barrier.wait(timeout=120)
    except BaseException:
        barrier.abort()
        raise
    finally:
        for thread in threads:
            thread.join(timeout=120)
    assert read_again == ROUNDS  # both previews were made on an empty period: the second always reads again


def _check_round(database, plan_id, number, outcomes: dict[str, Imported]) -> int:
    # exactly one of them was overtaken by the other and read its file again
    [(first_name, first), (second_name, second)] = sorted(outcomes.items(), key=lambda item: item[1].read_again)
    assert (first.read_again, second.read_again) == (0, 1), number
    assert first.result.updated_cells == 3 and not first.preview.conflicts
    lead_values, cooperating_values = _values(LEAD, number), _values(COOPERATING, number)
    first_values = _values(first_name, number)
    stored = _stored(database, plan_id)
    assert stored == {"status_text": first_values["落实情况"], "percent": float(lead_values["完成进度（%）"]),
                      "remarks": cooperating_values["备注"], "problems": lead_values["存在问题"]}, number
    # the second: what both wrote differently is a conflict shown to its clerk, the rest applied
    conflicts = {(c.field, c.ours, c.theirs) for _, c in second.preview.conflicts}
    if lead_values["落实情况"] == cooperating_values["落实情况"]:
        assert conflicts == set()
    else:
        assert conflicts == {("status_text", first_values["落实情况"], _values(second_name, number)["落实情况"])}
        assert second.result.conflicts_open == 1
    assert second.result.updated_cells == 1  # percent (lead) or remarks (cooperating)
    # the change log: the first batch wrote three cells on an empty report, the second one more
    first_log, second_log = _logs(database, first.result.batch_id), _logs(database, second.result.batch_id)
    own = {LEAD: "percent", COOPERATING: "remarks"}
    assert sorted(first_log) == sorted((field, _empty(field), _text(stored[field]))
                                       for field in ("status_text", "problems", own[first_name]))
    assert second_log == [(own[second_name], _empty(own[second_name]), _text(stored[own[second_name]]))]
    with database.session() as session:
        batches = session.scalars(select(ImportBatch.id).where(ImportBatch.id.in_(
            [first.result.batch_id, second.result.batch_id]))).all()
        all_logs = session.scalars(select(ChangeLog).where(ChangeLog.batch_id.in_(batches))).all()
    assert len(batches) == 2 and len(all_logs) == 4  # no trace of the attempt that was rolled back
    return 1


@pytest.fixture
def two_returns(database, tmp_path):
    """The lead unit's and the cooperating unit's workbooks for task 一、（1）, filled in."""
    [policy_id] = store_result(database, ParseResult(source="t.txt", policies=[test_policy()]), "t")
    files = {}
    for name in (LEAD, COOPERATING):
        sent = export_template(database, policy_id, PERIOD, unit_id(database, name), tmp_path / f"{name}.xlsx")
        files[name] = fill(sent.path, {TASK: _values(name, 1)}, tmp_path / f"{name}-填好.xlsx")
    return files


def test_a_report_created_while_the_import_writes_is_a_conflict_not_an_error(database, database_url, two_returns):
    """Another desk creates the report the import is about to create and commits only once
    the import waits for it (on the unique key on PostgreSQL, the write lock on SQLite)."""
    plan_id = _plan_id(database)
    preview = preview_return(database, two_returns[COOPERATING], PERIOD)
    other = open_database(database_url, migrate=False)
    outcome: list = []
    try:
        with other.session() as session:
            session.add(ProgressReport(plan_id=plan_id, period=str(PERIOD), status_text="电话报来的进展。",
                                       source="typed", version=1))
            session.flush()
            importing = threading.Thread(target=lambda: outcome.append(_attempt(database, preview)))
            importing.start()
            _wait_until_blocked(other, importing)
        importing.join(timeout=60)
    finally:
        other.dispose()
    [error] = outcome
    assert isinstance(error, ReturnOutdated), error
    assert error.task == "1" and "（1）" in error.message and "没有导入任何内容" in error.message
    assert _stored(database, plan_id)["status_text"] == "电话报来的进展。"
    with database.session() as session:  # the rolled-back import left no batch and no log
        assert session.scalars(select(ImportBatch).where(ImportBatch.kind == "updates")).all() == []
        assert session.scalars(select(ChangeLog).where(ChangeLog.entity == "progress")).all() == []
    again = preview_return(database, two_returns[COOPERATING], PERIOD)
    assert [(c.field, c.ours) for _, c in again.conflicts] == [("status_text", "电话报来的进展。")]


def _attempt(database, preview):
    try:
        return apply_return(database, preview)
    except Exception as error:  # noqa: BLE001 - the test looks at what it was
        return error


def _wait_until_blocked(other, thread, timeout: float = 20.0) -> None:
    """Until the import waits on the other desk's transaction (PostgreSQL: a backend waiting
    on a lock; SQLite: the thread still running after a while, held by the write lock)."""
    deadline = time.monotonic() + timeout
    if other.is_sqlite:
        time.sleep(0.5)
        assert thread.is_alive()
        return
    with other.engine.connect() as connection:
        while time.monotonic() < deadline:
            waiting = connection.execute(text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND wait_event_type = 'Lock'")).scalar()
            if waiting:
                return
            time.sleep(0.05)
    raise AssertionError("the import never waited for the other desk")


def test_the_command_line_reads_an_overtaken_return_again(database, database_url, two_returns, monkeypatch,
                                                           capsys):
    """The lead unit's return is imported by another desk just after this import read the
    cooperating unit's: its own cells are applied, the clash is reported as a conflict."""
    from zjtracker.cli import main
    from zjtracker.services.returns import preview as returns_preview
    real = returns_preview.preview_return
    reads = []

    def read_then_overtaken(*args, **kwargs):
        preview = real(*args, **kwargs)
        if not reads:  # between the first reading and the applying, the other desk imports
            other = open_database(database_url, migrate=False)
            try:
                apply_return(other, real(other, two_returns[LEAD], PERIOD))
            finally:
                other.dispose()
        reads.append(preview)
        return preview

    monkeypatch.setattr(returns_preview, "preview_return", read_then_overtaken)
    status = main(["--db", database_url, "import-updates", str(two_returns[COOPERATING]), "--period",
                   str(PERIOD), "--json"])
    out, err = capsys.readouterr()
    assert status == 0 and len(reads) == 2 and "Traceback" not in err
    result = json.loads(out)
    assert result["applied"] is True and result["refused"] is None
    assert [(u["task"], u["fields"]) for u in result["updated"]] == [("1", {"remarks": "第1轮：配合单位的备注"})]
    [conflict] = result["conflicts"]
    assert (conflict["reason"], conflict["field"], conflict["stored"], conflict["returned"]) == (
        "conflict", "status_text", "第1轮：牵头单位已推进。", "第1轮：配合单位已配合。")
    [line] = [line for line in err.splitlines() if line.strip()]
    assert "重新读取" in line and "1 处是冲突" in line
    stored = _stored(database, _plan_id(database))
    assert (stored["status_text"], stored["remarks"], stored["percent"]) == (
        "第1轮：牵头单位已推进。", "第1轮：配合单位的备注", 41.0)


def test_the_clerk_sees_the_clash_in_the_preview_read_again(qtbot, database, database_url, two_returns,
                                                            private_settings, monkeypatch):
    """The preview of the cooperating unit's return is open when another desk imports the
    lead unit's; applying it says so, reads the file again, and the new preview shows the
    conflict; what does not clash is applied."""
    from PySide6.QtWidgets import QMessageBox

    from zjtracker.ui.main_window import MainWindow
    from zjtracker.ui.returns.menu import returns_ui

    questions = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: questions.append(a[2]) or QMessageBox.StandardButton.Yes)
    window = MainWindow(database, today=date(2025, 8, 15))
    qtbot.addWidget(window)
    window.show()
    importer = returns_ui(window).importer
    importer.import_files([two_returns[COOPERATING]])
    qtbot.waitUntil(lambda: importer.dialog is not None, timeout=20000)
    first = importer.dialog
    assert first.preview.conflicts == []
    other = open_database(database_url, migrate=False)
    try:
        apply_return(other, preview_return(other, two_returns[LEAD], PERIOD))
    finally:
        other.dispose()
    first.accept_all_button.click()
    qtbot.waitUntil(lambda: importer.dialog is not None and importer.dialog is not first, timeout=20000)
    [question] = questions
    assert "（1）" in question and "同时导入了同一任务的另一份报送表" in question
    again = importer.dialog
    [(_row, conflict)] = again.preview.conflicts
    assert (conflict.field, conflict.ours, conflict.theirs) == (
        "status_text", "第1轮：牵头单位已推进。", "第1轮：配合单位已配合。")
    item = again.conflicts.topLevelItem(0)  # what the clerk reads in the conflicts tab
    assert (item.text(1), item.text(3), item.text(4)) == ("落实情况", "第1轮：牵头单位已推进。", "第1轮：配合单位已配合。")
    assert item.toolTip(0) == conflict.message
    again.accept_all_button.click()
    qtbot.waitUntil(lambda: importer.dialog is None and not importer._busy, timeout=20000)
    stored = _stored(database, _plan_id(database))
    assert (stored["status_text"], stored["remarks"]) == ("第1轮：牵头单位已推进。", "第1轮：配合单位的备注")

