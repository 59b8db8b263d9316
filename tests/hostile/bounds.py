"""What every hostile file must meet: refused with a sentence naming the file, within a
functional bound of time and memory (far from the budget; not a benchmark)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.conftest import measured
from tests.hostile.craft import MB
from zjtracker.importing.errors import UnreadableFile
from zjtracker.importing.reader import read_policy_file
from zjtracker.importing.returns.reader import read_return

SECONDS, MEMORY = 5.0, 50 * MB
READERS = {"policy": read_policy_file, "return": read_return}


def refused(reader, path: Path) -> str:
    """The sentence ``reader`` refuses ``path`` with, checked to name the file and to come
    within the bounds."""
    with measured() as cost:
        with pytest.raises(UnreadableFile) as caught:
            reader(path)
    assert cost.seconds < SECONDS, f"took {cost.seconds:.1f} s"
    assert cost.peak_bytes < MEMORY, f"used {cost.peak_bytes / MB:.0f} MB"
    message = caught.value.message
    assert f"文件“{path.name}”" in message
    return message
