"""Hostile and broken files: helpers shared by the tests (files are built in craft.py)."""

from __future__ import annotations

import time
import tracemalloc
from contextlib import contextmanager
from dataclasses import dataclass

import pytest

from tests.returns.conftest import dump_all, policy_id  # noqa: F401 (fixture)


@dataclass
class Cost:
    seconds: float = 0.0
    peak_bytes: int = 0


@contextmanager
def measured():
    """Wall time and peak Python memory (tracemalloc) of the block."""
    cost = Cost()
    tracemalloc.start()
    started = time.perf_counter()
    try:
        yield cost
    finally:
        cost.seconds = time.perf_counter() - started
        cost.peak_bytes = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()


@pytest.fixture
def unchanged(database):
    """Call it at the end of a test: the database holds what it held at the start."""
    before = dump_all(database)

    def check():
        assert dump_all(database) == before

    return check
