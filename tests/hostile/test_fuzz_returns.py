"""The return reader fed generated and mutated workbooks (hypothesis): it reads them or
refuses them whole (ImportRefused), nothing else; previewing never raises, applying takes
what the preview accepted, and a refused file changes nothing in the database."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.hostile.craft import ledger_workbook
from tests.hostile.strategies import filled_returns, return_workbooks, zip_mutations
from tests.returns.conftest import PERIOD, TEXTS, dump_all, fill
from zjtracker.importing.errors import ImportRefused
from zjtracker.importing.returns.model import ReturnFile
from zjtracker.importing.returns.reader import read_return
from zjtracker.services.history.batches import apply_return
from zjtracker.services.returns.export import export_template
from zjtracker.services.returns.preview import preview_return
from zjtracker.services.returns.store import ReturnOutdated

FUZZ = settings(max_examples=80, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                       HealthCheck.data_too_large, HealthCheck.large_base_example])
AREAS = {"一": "一、市场准入", "二": "二、纳税服务"}
TASKS = [(AREAS[area], number, text) for (area, number), text in TEXTS.items()]


def read(tmp_path, data: bytes):
    path = tmp_path / "回报 #1.xlsx"
    path.write_bytes(data)
    try:
        result = read_return(path)
    except ImportRefused as refusal:
        assert refusal.message and path.name in refusal.message
        return refusal
    assert isinstance(result, ReturnFile)
    for row in result.rows:
        for problem in row.problems:
            assert path.name in problem.message
    return result


@pytest.fixture(scope="module")
def ledger_bytes(tmp_path_factory) -> bytes:
    return ledger_workbook(tmp_path_factory.mktemp("ledger") / "l.xlsx").read_bytes()


@FUZZ
@given(data=return_workbooks())
def test_generated_workbooks(tmp_path, data):
    read(tmp_path, data)


@FUZZ
@given(data=st.data())
def test_damaged_returns(tmp_path, ledger_bytes, data):
    read(tmp_path, data.draw(zip_mutations([ledger_bytes])))


def check_preview(database, policy_id, path, chosen):
    """Preview and apply; a refusal leaves the database as it was."""
    before = dump_all(database)
    preview = preview_return(database, path, PERIOD, chosen)
    if preview.refused is not None:
        assert preview.rows == [] and path.name in preview.refused.message
        with pytest.raises(ImportRefused):
            apply_return(database, preview)
        assert dump_all(database) == before
        return
    for issue in preview.rejected:
        assert issue.message and issue.reason
    try:
        apply_return(database, preview)
    except ReturnOutdated:
        assert dump_all(database) == before
    except ImportRefused as refused:  # every row rejected: nothing applied, no batch
        assert refused.reason == "rejected_rows" and not preview.rows and preview.rejected
        assert dump_all(database) == before


@settings(FUZZ, max_examples=40)
@given(data=filled_returns(TASKS), choose=st.booleans())
def test_filled_returns_preview_and_apply(database, policy_id, tmp_path, data, choose):
    path = tmp_path / "回报.xlsx"
    path.write_bytes(data)
    check_preview(database, policy_id, path, policy_id if choose else None)


@pytest.fixture
def stamped(database, policy_id, tmp_path) -> bytes:
    """A fill-in workbook of the program's own, filled in."""
    from tests.returns.conftest import unit_id

    sent = export_template(database, policy_id, PERIOD, unit_id(database, "市商务局"), tmp_path / "sent.xlsx")
    filled = fill(sent.path, {"（2）": {"落实情况": "已推进", "完成进度（%）": 60}})
    return filled.read_bytes()


@settings(FUZZ, max_examples=30)
@given(data=st.data())
def test_damaged_fill_in_workbooks(database, policy_id, stamped, tmp_path, data):
    path = tmp_path / "回报 stamped.xlsx"
    path.write_bytes(data.draw(zip_mutations([stamped])))
    check_preview(database, policy_id, path, data.draw(st.sampled_from([None, policy_id])))
