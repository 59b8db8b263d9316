"""The clerk's long operations on a large database, each against its floor measured in the
same run: sending every fill-in workbook of a large policy, importing a 3,000-measure policy
document, a backup and a restore of the SQLite file, and the import history, the returns
tracker and the unit registry with 1,000 or more returned batches.

    python -m benchmarks.operations --db /tmp/zjtracker-large.db [--repeat 3]
    python -m benchmarks.operations --db postgresql+psycopg://user@host/zj_large
    python -m benchmarks.operations --db /tmp/zjtracker-large.db --only send,import

The database given is never changed: the run works on a copy (benchmarks.suite.working_copy)
and removes it, the backups and the written workbooks when it ends."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.report import Figure, median_ms, print_table, within, within_ratio
from benchmarks.run import _isolate

SEND_RATIO, IMPORT_RATIO, RESTORE_RATIO, BACKUP_RATIO, DIALOG_MS = 1.5, 2.0, 2.0, 1.5, 300
MEASURES = 3000
BATCHES = 1000


class Operations:
    def __init__(self, target: str, folder: Path, repeat: int, only: frozenset[str] = frozenset()):
        from zjtracker.db import open_database

        self.target, self.folder, self.repeat, self.only = target, folder, repeat, only
        self.database = open_database(target)
        self.figures: list[Figure] = []

    def add(self, name, value, floor, floor_name, budget) -> None:
        text, passed = budget
        self.figures.append(Figure("large", name, value, "ms", floor, floor_name, text, passed))
        print(f"  {name}: {value:,.0f} ms (floor {floor:,.0f})" if floor else f"  {name}: {value:,.0f} ms",
              file=sys.stderr, flush=True)

    def run(self) -> list[Figure]:
        try:
            for name, step in (("send", self.send), ("import", self.import_document),
                               ("backup", self.backup_and_restore), ("dialogs", self.dialogs)):
                if self.only and name not in self.only:
                    continue
                if name != "backup" or self.database.file is not None:
                    step()
        finally:
            from zjtracker.services.backups.create import wait_for_backups

            wait_for_backups()
            self.database.dispose()
        return self.figures

    # 9a ----------------------------------------------------------------------------------
    def send(self) -> None:
        from zjtracker.exporting import template_workbook
        from zjtracker.services.returns import export

        policy_id, period = _largest_policy(self.database)
        captured = []
        real = export.template_bytes

        def capture(data):
            captured.append(data)
            return real(data)

        out = self.folder / "send"
        out.mkdir()

        def work():
            for _done, _total, _item in export.iter_export_templates(self.database, policy_id, period, out, True):
                pass

        export.template_bytes = capture
        try:
            work()
        finally:
            export.template_bytes = real
        value = median_ms(work, self.repeat)
        floor_out = self.folder / "send-floor"
        floor_out.mkdir()
        floor = median_ms(lambda: _openpyxl_templates(captured, floor_out, template_workbook), self.repeat)
        shutil.rmtree(out)
        shutil.rmtree(floor_out)
        self.add(f"send all fill-in workbooks ({len(captured)} units)", value, floor,
                 "openpyxl writing the same cells, styles built once", within_ratio(value, floor, SEND_RATIO))

    # 9b ----------------------------------------------------------------------------------
    def import_document(self) -> None:
        from benchmarks.reader import write_docx
        from zjtracker.importing.reader import read_policy_file
        from zjtracker.services.policies.importer import import_policy_file

        document = self.folder / "plan.docx"
        write_docx(document, MEASURES)
        floor = median_ms(lambda: read_policy_file(document), self.repeat)
        times = []
        for _ in range(max(self.repeat, 1)):
            started = time.perf_counter()
            outcome = import_policy_file(self.database, document)
            times.append((time.perf_counter() - started) * 1000)
            _wait_background_backup()
            _forget_policies(self.database, outcome.policy_ids)
        document.unlink()
        value = sorted(times)[len(times) // 2]
        self.add(f"import a {MEASURES:,}-measure policy document (.docx)", value, floor,
                 "read_policy_file of the same document", within_ratio(value, floor, IMPORT_RATIO))

    # 8 -----------------------------------------------------------------------------------
    def backup_and_restore(self) -> None:
        import sqlite3

        from zjtracker.db.safety import check_integrity
        from zjtracker.services.backups.create import backup_to_file
        from zjtracker.services.backups.restore import restore_sqlite

        file = self.database.file
        self.database.dispose()
        target = self.folder / "backup.db"
        floor_target = self.folder / "floor.db"

        def floor_backup():
            source, copy = sqlite3.connect(file), sqlite3.connect(floor_target)
            try:
                source.backup(copy)
            finally:
                copy.close()
                source.close()

        def clean(*paths):
            for path in paths:
                for extra in ("", "-wal", "-shm", "-journal"):
                    Path(str(path) + extra).unlink(missing_ok=True)

        floor = median_ms(floor_backup, self.repeat, before=lambda: clean(floor_target))
        value = median_ms(lambda: backup_to_file(str(file), target), self.repeat, before=lambda: clean(target))
        self.add("backup to a .db file", value, floor, "sqlite3 Connection.backup of the same file",
                 within_ratio(value, floor, BACKUP_RATIO))
        clean(floor_target)

        def floor_restore():
            shutil.copyfile(target, floor_target)
            check_integrity(floor_target)

        floor = median_ms(floor_restore, self.repeat, before=lambda: clean(floor_target))
        clean(floor_target)
        value = median_ms(lambda: restore_sqlite(file, target), self.repeat, before=_clear_backups)
        _clear_backups()
        clean(target)
        self.add("restore a .db backup", value, floor, "a file copy and one PRAGMA integrity_check",
                 within_ratio(value, floor, RESTORE_RATIO))

    # 7 -----------------------------------------------------------------------------------
    def dialogs(self) -> None:
        from zjtracker.services.history.batches import batch_changes, list_batches
        from zjtracker.services.returns.tracker import tracker_grid
        from zjtracker.services.units.admin import list_units

        batches, busiest = _enough_batches(self.database)
        policy_id, period = _largest_policy(self.database)
        for name, work in (
            (f"import history opened ({batches:,} batches)", lambda: list_batches(self.database)),
            ("one batch clicked", lambda: batch_changes(self.database, busiest)),
            ("returns tracker of the largest policy", lambda: tracker_grid(self.database, policy_id, period.year)),
            ("unit registry", lambda: list_units(self.database)),
        ):
            value = median_ms(work, self.repeat)
            self.add(name, value, None, "", within(value, DIALOG_MS))


# helpers ---------------------------------------------------------------------------------
def _largest_policy(database):
    """The policy with the most units assigned, and the third quarter of its busiest year."""
    from sqlalchemy import func, select

    from zjtracker.db.models import Area, Assignment, Measure, Policy, YearlyPlan
    from zjtracker.services.periods import Period

    with database.session() as session:
        policy_id = session.execute(
            select(Policy.id).join(Area).join(Measure).join(Assignment)
            .group_by(Policy.id).order_by(func.count(func.distinct(Assignment.unit_id)).desc(), Policy.id)
        ).scalars().first()
        year = session.execute(
            select(YearlyPlan.year).join(Measure).join(Area).where(Area.policy_id == policy_id)
            .group_by(YearlyPlan.year).order_by(func.count().desc(), YearlyPlan.year)
        ).scalars().first()
        kind = {"monthly": "M", "bimonthly": "B"}.get(session.get(Policy, policy_id).frequency or "", "Q")
    periods = Period.all_of_year(year, kind)
    return policy_id, periods[len(periods) // 2]


def _openpyxl_templates(captured, folder: Path, layout) -> None:
    """openpyxl alone writing the same cells (both sheets) with the same looks, each look a
    named style registered once per workbook."""
    from openpyxl import Workbook
    from openpyxl.styles import (
        Alignment,
        Border,
        Font,
        NamedStyle,
        PatternFill,
        Protection,
        Side,
    )

    from zjtracker.exporting.template_layout import FIELDS

    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    looks = {
        "body": (Font(name="宋体", size=10), Alignment(wrap_text=True, vertical="top"), None, True),
        "center": (Font(name="宋体", size=10), Alignment(wrap_text=True, vertical="center", horizontal="center"),
                   None, True),
        "fill": (Font(name="宋体", size=10), Alignment(wrap_text=True, vertical="top"),
                 PatternFill("solid", fgColor="FFF2CC"), False),
        "header": (Font(name="宋体", size=10, bold=True), Alignment(wrap_text=True, vertical="center",
                                                                    horizontal="center"),
                   PatternFill("solid", fgColor="D9D9D9"), True),
    }
    for number, data in enumerate(captured):
        book = Workbook()
        for name, (font, alignment, fill, locked) in looks.items():
            style = NamedStyle(name=name, font=font, alignment=alignment, border=border,
                               protection=Protection(locked=locked))
            if fill is not None:
                style.fill = fill
            book.add_named_style(style)
        sheet = book.active
        cols, _fit = layout._columns(data)
        sheet.cell(row=1, column=1, value=data.policy_title)
        sheet.cell(row=2, column=1, value=data.unit_name)
        sheet.cell(row=3, column=1, value=layout.INSTRUCTION)
        for index, column in enumerate(cols, start=1):
            cell = sheet.cell(row=4, column=index, value=column.header)
            cell.style = "header"
        for line, row in enumerate(data.rows, start=5):
            values = layout._row_values(row)
            for index, column in enumerate(cols, start=1):
                cell = sheet.cell(row=line, column=index, value=values[column.key])
                cell.style = "fill" if column.fill_in else "body"
        stamp = book.create_sheet("stamp")
        for row in data.rows:
            stamp.append([row.key, row.plan_id, row.measure_id, row.task, row.version, row.prefill_period,
                          *(row.values.get(name) for name in FIELDS)])
        book.save(folder / f"{number}.xlsx")


def _wait_background_backup() -> None:
    from zjtracker.services.backups.create import wait_for_backups

    wait_for_backups()
    _clear_backups()


def _clear_backups() -> None:
    from zjtracker import paths

    folder = paths.backups_dir()
    if folder.is_dir():
        shutil.rmtree(folder)


def _forget_policies(database, policy_ids: list[int]) -> None:
    """Remove the imported policy again, so every run imports into the same database."""
    from sqlalchemy import delete, update

    from zjtracker.db.models import ChangeLog, ImportBatch, Policy

    with database.session() as session:
        session.execute(update(ChangeLog).where(ChangeLog.batch_id.in_(
            session.query(ImportBatch.id).where(ImportBatch.policy_id.in_(policy_ids)).scalar_subquery()))
            .values(batch_id=None))
        session.execute(delete(ImportBatch).where(ImportBatch.policy_id.in_(policy_ids)))
        session.execute(delete(Policy).where(Policy.id.in_(policy_ids)))


def _enough_batches(database) -> tuple[int, int]:
    """At least BATCHES returned batches (kind ``updates``), added when the database has
    fewer, with a change log of one return (472 tasks × 3 fields) on the last; the count and
    the batch with the most change-log rows."""
    from sqlalchemy import func, insert, select

    from zjtracker.db.models import (
        ChangeLog,
        ImportBatch,
        Policy,
        ProgressReport,
        Unit,
        utcnow,
    )

    with database.session() as session:
        have = session.scalar(select(func.count()).select_from(ImportBatch).where(ImportBatch.kind == "updates"))
        if have < BATCHES:
            policies = list(session.scalars(select(Policy.id).order_by(Policy.id)))
            units = list(session.scalars(select(Unit.id).order_by(Unit.id)))
            rows = [{"kind": "updates", "file_name": f"回收_{n}.xlsx", "sha256": f"{n:064x}", "imported_at": utcnow(),
                         "imported_by": "bench", "policy_id": policies[n % len(policies)],
                         "period": f"{2022 + n % 5}Q{1 + n % 4}", "counts": '{"updated": 3}',
                         "unit_id": units[n % len(units)]} for n in range(BATCHES - have)]
            session.execute(insert(ImportBatch), rows)
            last = session.scalar(select(func.max(ImportBatch.id)))
            reports = list(session.scalars(select(ProgressReport.id).order_by(ProgressReport.id).limit(472)))
            session.execute(insert(ChangeLog), [
                {"at": utcnow(), "user": "bench", "machine": "bench", "entity": "progress", "entity_id": report,
                     "field": name, "old": "", "new": "已推进", "source": "import", "batch_id": last}
                for report in reports for name in ("status_text", "percent", "assessment")])
        total = session.scalar(select(func.count()).select_from(ImportBatch).where(ImportBatch.kind == "updates"))
        busiest = session.execute(select(ChangeLog.batch_id).where(ChangeLog.batch_id.is_not(None))
                                  .group_by(ChangeLog.batch_id).order_by(func.count().desc())).scalars().first()
    return total, busiest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.operations", description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="the large database (python -m benchmarks.generate); a path or URL")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measurement (the median counts)")
    parser.add_argument("--only", default="", help="some figures only, comma-separated: send, import, backup, dialogs")
    args = parser.parse_args(argv)
    only = frozenset(name.strip() for name in args.only.split(",") if name.strip())
    folder = Path(tempfile.mkdtemp(prefix="zjtracker-ops-"))
    _isolate(folder)
    from benchmarks.suite import working_copy

    try:
        with working_copy(args.db, folder) as copy:
            figures = Operations(copy, folder, args.repeat, only).run()
        print_table(figures)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
