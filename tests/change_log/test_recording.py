"""Every kind of change writes the change log: who (OS user), which machine, when, the
entity and field, old and new value, and the source (typed, import with its batch, undo)."""

from __future__ import annotations

from sqlalchemy import select

from tests.change_log.conftest import last_id, log_rows, measure_of, plan_of, rows_after
from tests.returns.conftest import PERIOD, TEXTS, ledger_book, save
from zjtracker.db.models import ChangeLog, ImportBatch, Indicator, ProgressReport
from zjtracker.importing.model import ParsedIndicator, ParsedPolicy, ParseResult
from zjtracker.services.structure import edits as structure
from zjtracker.services.history.batches import apply_return, undo_batch
from zjtracker.services.indicators import set_actual
from zjtracker.services.ledger import find_unit_id
from zjtracker.services.policies.importer import store_result
from zjtracker.services.progress import load_progress, save_progress, with_values
from zjtracker.services.returns.preview import preview_return
from zjtracker.services.units.admin import add_alias, merge_units, remove_alias, rename_unit


def test_typed_progress_records_each_changed_field(database, policy_id, as_user):
    as_user("wang", "PC-WANG")
    plan_id = plan_of(database, "一、", 1)
    start = last_id(database)
    save_progress(database, with_values(load_progress(database, plan_id, "2025Q3"),
                                        status_text="已召开推进会。", percent=40.0))
    with database.session() as session:
        report_id = session.scalar(select(ProgressReport.id).where(ProgressReport.plan_id == plan_id))
        users = {(r.user, r.machine) for r in session.scalars(select(ChangeLog).where(ChangeLog.id > start))}
    assert rows_after(database, start) == [
        ("progress", report_id, "status_text", "", "已召开推进会。", "typed"),
        ("progress", report_id, "percent", None, "40", "typed")]
    assert users == {("wang", "PC-WANG")}


def test_policy_import_records_one_row_per_policy_naming_the_batch(database):
    notice = ParsedPolicy(title="关于废止部分文件的通知", kind="notice", abolishes=["《湛江市旧方案》"])
    plan = ParsedPolicy(title="湛江市新方案", start_year=2025, end_year=2025,
                        indicators=[ParsedIndicator("研发投入", target_value=3.0)])
    store_result(database, ParseResult(source="通知.docx", policies=[plan, notice]), "sha-2")
    with database.session() as session:
        batch = session.scalar(select(ImportBatch))
        logs = list(session.scalars(select(ChangeLog).order_by(ChangeLog.id)))
    assert [(r.entity, r.field, r.old, r.new, r.source, r.batch_id) for r in logs] == [
        ("policy", "created", None, "湛江市新方案", "import", batch.id),
        ("policy", "created", None, "关于废止部分文件的通知", "import", batch.id),
        ("policy", "status", None, "abolished", "import", batch.id)]  # the abolished one, known by name only
    assert all(r.user and r.machine for r in logs)
    start = last_id(database)
    reading = ParsedPolicy(title="《湛江市新方案》政策解读", kind="interpretation", interprets="湛江市新方案",
                           text="解读全文")
    store_result(database, ParseResult(source="解读.docx", policies=[reading]), "sha-4")
    with database.session() as session:
        second = session.scalar(select(ImportBatch.id).where(ImportBatch.sha256 == "sha-4"))
        [row] = session.scalars(select(ChangeLog).where(ChangeLog.id > start))
    assert (row.entity_id, row.field, row.old, row.new, row.source, row.batch_id) == (
        logs[0].entity_id, "interpretation", None, "解读全文", "import", second)


def test_structure_edits_record_old_and_new_values(database, policy_id):
    measure_id = measure_of(database, "二、", 1)
    plan_id = plan_of(database, "二、", 1)
    start = last_id(database)
    area_id = structure.add_area(database, policy_id, "三、", "新的领域")
    new_measure = structure.add_measure(database, area_id, None, "（1）", "新增的措施")
    new_plan = structure.add_plan(database, new_measure, 2025, "新增计划", 80)
    structure.update_measure(database, measure_id, text="改写后的措施内容", deadline_text="2025年12月")
    structure.update_plan(database, plan_id, target="90")
    structure.update_area(database, area_id, title="改名的领域")
    structure.move(database, "area", area_id, 0)
    assert rows_after(database, start) == [
        ("area", area_id, "created", None, "三、新的领域", "typed"),
        ("measure", new_measure, "created", None, "（1）新增的措施", "typed"),
        ("plan", new_plan, "created", None, "2025年", "typed"),
        ("measure", measure_id, "text", TEXTS[("二", 1)], "改写后的措施内容", "typed"),
        ("measure", measure_id, "deadline_text", "", "2025年12月", "typed"),
        ("measure", measure_id, "deadline", None, "2025-12-31", "typed"),
        ("plan", plan_id, "target", None, "90", "typed"),
        ("area", area_id, "title", "新的领域", "改名的领域", "typed"),
        ("area", area_id, "position", "2", "0", "typed")]


def test_delete_restore_and_units_record_with_their_source(database, policy_id):
    measure_id = measure_of(database, "二、", 2)
    start = last_id(database)
    snapshot = structure.delete_node(database, "measure", measure_id)
    structure.restore_snapshot(database, snapshot)  # the undo of the delete
    change = structure.set_units(database, measure_id, [("市商务局", "lead"), ("市新设中心", "cooperating")])
    structure.restore_units(database, change)  # undone again
    with database.session() as session:
        from zjtracker.db.models import Unit

        new_unit = change.created_units[0]
        assert session.get(Unit, new_unit) is None
    rows = rows_after(database, start)
    assert rows[:2] == [("measure", measure_id, "deleted", f"（2）{TEXTS[('二', 2)]}"[:33], None, "typed"),
                        ("measure", measure_id, "restored", None, f"（2）{TEXTS[('二', 2)]}"[:33], "undo")]
    assert ("unit", new_unit, "created", None, "市新设中心", "typed") in rows
    assert ("assignment", measure_id, "units", "市商务局（牵头）", "市商务局（牵头）、市新设中心（配合）", "typed") in rows
    assert ("assignment", measure_id, "units", "市商务局（牵头）、市新设中心（配合）", "市商务局（牵头）", "undo") in rows
    assert ("unit", new_unit, "deleted", "市新设中心", None, "undo") in rows


def test_unit_registry_changes_are_logged(database, policy_id):
    tax, commerce = find_unit_id(database, "市税务局"), find_unit_id(database, "市商务局")
    start = last_id(database)
    rename_unit(database, tax, "湛江市税务部门")
    add_alias(database, tax, "湛江税务")
    remove_alias(database, tax, "湛江税务")
    merge_units(database, commerce, find_unit_id(database, "市发展和改革局"))
    rows = rows_after(database, start)
    assert rows[:4] == [("unit", tax, "name", "市税务局", "湛江市税务部门", "typed"),
                        ("unit", tax, "alias", None, "市税务局", "typed"),
                        ("unit", tax, "alias", None, "湛江税务", "typed"),
                        ("unit", tax, "alias", "湛江税务", None, "typed")]
    assert any(r[2] == "merged_into" and r[4] == "市商务局" for r in rows)


def test_indicator_values_are_logged(database):
    plan = ParsedPolicy(title="指标方案", start_year=2025, end_year=2025,
                        indicators=[ParsedIndicator("研发投入", target_value=3.0, actuals={2024: 2.5})])
    store_result(database, ParseResult(source="指标.txt", policies=[plan]), "sha-3")
    with database.session() as session:
        indicator_id = session.scalar(select(Indicator.id))
    start = last_id(database)
    set_actual(database, indicator_id, 2024, 2.7)
    set_actual(database, indicator_id, 2025, 3.1)
    set_actual(database, indicator_id, 2024, None)
    assert rows_after(database, start) == [
        ("indicator", indicator_id, "actual_2024", "2.5", "2.7", "typed"),
        ("indicator", indicator_id, "actual_2025", None, "3.1", "typed"),
        ("indicator", indicator_id, "actual_2024", "2.7", None, "typed")]


def return_file(tmp_path):
    book = ledger_book([
        ["一、市场准入", None, None, "（1）", TEXTS[("一", 1)], "导入的进展。", None, None, 80, None, None],
        ["二、纳税服务", None, None, "（2）", TEXTS[("二", 2)], "新建的进展。", None, None, 30, None, None],
    ])
    return save(book, tmp_path / "市商务局-三季度.xlsx")


def test_returns_and_their_undo_are_logged_per_cell_with_the_batch(database, policy_id, tmp_path):
    save_progress(database, with_values(load_progress(database, plan_of(database, "一、", 1), "2025Q3"),
                                        status_text="原有进展", percent=20.0))
    start = last_id(database)
    batch_id = apply_return(database, preview_return(database, return_file(tmp_path), PERIOD)).batch_id
    imported = log_rows(database, batch_id=batch_id, source="import")
    with database.session() as session:
        reports = dict(session.execute(select(ProgressReport.plan_id, ProgressReport.id)).all())
    kept, created = reports[plan_of(database, "一、", 1)], reports[plan_of(database, "二、", 2)]
    assert imported == [("progress", kept, "status_text", "原有进展", "导入的进展。", "import"),
                        ("progress", kept, "percent", "20", "80", "import"),
                        ("progress", created, "status_text", "", "新建的进展。", "import"),
                        ("progress", created, "percent", None, "30", "import")]
    undo_batch(database, batch_id)
    undone = [r for r in rows_after(database, start) if r[5] == "undo"]
    assert undone == [("progress", kept, "status_text", "导入的进展。", "原有进展", "undo"),
                      ("progress", kept, "percent", "80", "20", "undo"),
                      ("progress", created, "status_text", "新建的进展。", "", "undo"),
                      ("progress", created, "percent", "30", None, "undo"),
                      ("plan", plan_of(database, "二、", 2), "progress_deleted", "2025Q3", str(created), "undo")]
    assert {r[5] for r in log_rows(database, batch_id=batch_id)} == {"import", "undo"}
