"""The five seed documents keep exactly the results they had when the reader corpus was set up
(tests/reader_corpus/seeds_snapshot.json): improving the reader for other layouts must not
change them."""

from __future__ import annotations

import json

from tests.reader_corpus.seeds_snapshot import SNAPSHOT, current


def test_the_seeds_read_exactly_as_before():
    expected = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    now = current()
    assert set(now) == set(expected)
    changed = [f"{name}: was {expected[name]}, now {now[name]}"
               for name in sorted(now) if now[name] != expected[name]]
    assert not changed, "the reader reads these seeds differently:\n" + "\n".join(changed)
