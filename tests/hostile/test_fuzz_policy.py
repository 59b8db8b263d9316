"""The policy reader fed generated and mutated input (hypothesis): it returns a parse result
or refuses with ImportRefused, nothing else; a refused file changes nothing in the database,
on either engine."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.hostile.craft import ledger_workbook, policy_document
from tests.hostile.strategies import (
    CORPUS_TEXTS, SEED_TEXTS, mutations, return_workbooks, text_bytes, zip_mutations,
)
from tests.returns.conftest import dump_all
from zjtracker.importing.errors import ImportRefused
from zjtracker.importing.model import ParseResult
from zjtracker.importing.reader import read_policy_file
from zjtracker.services.policies.importer import import_policy_file

FUZZ = settings(max_examples=100, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                       HealthCheck.data_too_large, HealthCheck.large_base_example])
SEEDS = [path.read_bytes() for path in SEED_TEXTS]
SMALL = [path.read_bytes() for path in CORPUS_TEXTS] + [SEEDS[-1]]  # the short ones, for the database runs


@pytest.fixture(scope="module")
def containers(tmp_path_factory) -> list[bytes]:
    folder = tmp_path_factory.mktemp("containers")
    return [policy_document(folder / "p.docx").read_bytes(), ledger_workbook(folder / "l.xlsx").read_bytes()]


def read(folder: Path, data: bytes, suffix: str):
    """read_policy_file on ``data``: a ParseResult, or the refusal (anything else fails)."""
    path = folder / f"文件 #1{suffix}"
    path.write_bytes(data)
    try:
        result = read_policy_file(path)
    except ImportRefused as refusal:
        assert refusal.message and path.name in refusal.message
        return refusal
    assert isinstance(result, ParseResult) and result.policies
    return result


@FUZZ
@given(data=text_bytes)
def test_generated_texts(tmp_path, data):
    read(tmp_path, data, ".txt")


@settings(FUZZ, max_examples=80)
@given(data=mutations(SEEDS + SMALL, lines=True))
def test_mutated_documents(tmp_path, data):
    read(tmp_path, data, ".txt")


@FUZZ
@given(data=st.data())
def test_damaged_docx_and_xlsx(tmp_path, containers, data):
    index = data.draw(st.sampled_from([0, 1]))
    damaged = data.draw(zip_mutations([containers[index]]))
    read(tmp_path, damaged, (".docx", ".xlsx")[index])


@settings(FUZZ, max_examples=60)
@given(data=return_workbooks())
def test_generated_workbooks(tmp_path, data):
    read(tmp_path, data, ".xlsx")


@settings(FUZZ, max_examples=40)
@given(data=st.one_of(text_bytes.map(lambda d: (d, ".txt")), mutations(SMALL, lines=True).map(lambda d: (d, ".txt")),
                      return_workbooks().map(lambda d: (d, ".xlsx"))))
def test_a_refused_file_changes_nothing(database, tmp_path, data):
    content, suffix = data
    path = tmp_path / f"政策{suffix}"
    path.write_bytes(content)
    before = dump_all(database)
    try:
        outcome = import_policy_file(database, path)
    except ImportRefused:
        assert dump_all(database) == before
    else:
        assert outcome.policy_ids and dump_all(database) != before
