"""Reading, applying and undoing a return costs a fixed handful of SQL statements however
many rows it has (the stored side read in batches, the reports written in one statement
per kind, one flush), on both engines; and the index finds the policies a return may
belong to exactly as the plain LIKE would."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from openpyxl import Workbook
from sqlalchemy import event, or_, select

from tests.returns.conftest import LEDGER_HEADER
from zjtracker.db.models import ChangeLog, Measure, ProgressReport
from zjtracker.importing.model import ParsedArea, ParsedMeasure, ParsedPlan, ParsedPolicy, ParsedUnit, ParseResult
from zjtracker.services import search_index
from zjtracker.services.history.batches import apply_return, undo_batch
from zjtracker.services.periods import Period
from zjtracker.services.policies.importer import store_result
from zjtracker.services.returns.preview import preview_return
from zjtracker.services.policies.sample import init_sample

PERIOD = Period.parse("2025Q3")
PHRASES = ("推进政务服务标准化", "优化营商环境", "加强市场监管", "完善社会信用体系", "深化投资审批改革")


def task_text(title: str, n: int) -> str:
    return f"{title}第{n}项：{PHRASES[n % len(PHRASES)]}，落实第{n}类事项全程网办。"


def big_policy(title: str, tasks: int) -> ParsedPolicy:
    measures = [ParsedMeasure(f"（{n}）", task_text(title, n), number=n, units=[ParsedUnit("市商务局", "lead")],
                              plans=[ParsedPlan(2025, f"完成第{n}项的年度目标。")]) for n in range(1, tasks + 1)]
    return ParsedPolicy(title=title, start_year=2025, end_year=2025,
                        areas=[ParsedArea("一、", "重点任务", measures=measures)])


def returned(path, title: str, tasks: int):
    book = Workbook()
    sheet = book.active
    sheet.append([f"{title}落实情况（2025年第三季度）"])
    sheet.append(LEDGER_HEADER)
    for n in range(1, tasks + 1):
        sheet.append(["一、重点任务", "市商务局", None, f"（{n}）", task_text(title, n), f"第{n}项已推进。", None, None,
                      n % 100, "序时推进", None])
    book.save(path)
    return path


@contextmanager
def counted(database):
    statements = []

    def note(_conn, _cursor, statement, _parameters, _context, _executemany):
        statements.append(statement)

    event.listen(database.engine, "before_cursor_execute", note)
    try:
        yield statements
    finally:
        event.remove(database.engine, "before_cursor_execute", note)


def costs(database, path) -> tuple[int, int, int, int]:
    """(statements to preview, to apply, to undo; reports written)."""
    with counted(database) as previewing:
        preview = preview_return(database, path, PERIOD)
    assert preview.refused is None and preview.rejected == []
    with counted(database) as applying:
        result = apply_return(database, preview)
    with counted(database) as undoing:
        undo_batch(database, result.batch_id)
    return len(previewing), len(applying), len(undoing), result.updated_rows


def test_the_statements_do_not_grow_with_the_rows(database, tmp_path):
    store_result(database, ParseResult(source="s.txt", policies=[big_policy("湛江市小方案", 20)]), "s")
    store_result(database, ParseResult(source="b.txt", policies=[big_policy("湛江市大方案", 240)]), "b")
    small = costs(database, returned(tmp_path / "small.xlsx", "湛江市小方案", 20))
    big = costs(database, returned(tmp_path / "big.xlsx", "湛江市大方案", 240))
    assert (small[3], big[3]) == (20, 240)
    assert small[:3] == big[:3]
    assert max(big[:3]) <= 20, big
    with database.session() as session:  # undone: the reports it created are gone, the log keeps both ways
        assert session.scalar(select(ProgressReport.id).limit(1)) is None
        sources = [source for (source,) in session.execute(select(ChangeLog.source).where(
            ChangeLog.entity == "progress"))]
    assert sources.count("import") == sources.count("undo") == 3 * (20 + 240)


NEEDLES = [["营商环境", "推进政务服务"], ["营", "市场监督管理局"], ["优化营商环境", "%", "不存在的文字"], ["Ab", "abc"],
           ["\"引号\"", "（12）"], []]


@pytest.mark.parametrize("indexed", [None, False], ids=["index", "like"])
def test_contains_any_answers_as_the_or_of_contains(database, indexed):
    init_sample(database)
    with database.session() as session:
        for needles in NEEDLES:
            found = set(session.scalars(select(Measure.id).where(
                search_index.contains_any(session, "measures", needles, indexed))))
            each = set(session.scalars(select(Measure.id).where(or_(False, *(
                search_index.contains(session, "measures", needle, False) for needle in needles)))))
            assert found == each, needles
        assert set(session.scalars(select(Measure.id).where(
            search_index.contains_any(session, "measures", ["营商环境"], indexed)))) != set()
