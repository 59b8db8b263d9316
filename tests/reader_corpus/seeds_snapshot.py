"""What the reader makes of the five seed documents (resources/seeds), kept as a fingerprint
so that work on the reader for other layouts cannot change their results unnoticed.

    python -m tests.reader_corpus.seeds_snapshot --update   # after a deliberate change

The fingerprint covers every policy's metadata, areas, measures (label, number, text, units
with roles and staff, deadline, yearly plans, children) and indicators; not the warnings,
the note on where the years came from, the line numbers or the copy of the source text."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "resources" / "seeds"
SNAPSHOT = Path(__file__).resolve().parent / "seeds_snapshot.json"
_LEFT_OUT = {"warnings", "period_note", "line", "text_of_policy"}


def _plain(value):
    if dataclasses.is_dataclass(value):
        out = {}
        for f in dataclasses.fields(value):
            if f.name in _LEFT_OUT or (f.name == "text" and type(value).__name__ == "ParsedPolicy"):
                continue
            out[f.name] = _plain(getattr(value, f.name))
        return out
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def fingerprint(path: Path) -> dict:
    from zjtracker.importing.reader import read_policy_file

    result = read_policy_file(path)
    plain = _plain(result.policies)
    leaves = [m for p in result.policies for m in p.iter_measures() if not m.children]
    return {
        "policies": len(result.policies),
        "measures": len(leaves),
        "units": sum(len(m.units) for m in leaves),
        "indicators": sum(len(p.indicators) for p in result.policies),
        "sha256": hashlib.sha256(
            json.dumps(plain, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest(),
    }


def current() -> dict[str, dict]:
    return {path.name: fingerprint(path) for path in sorted(SEEDS.glob("*.txt"))}


if __name__ == "__main__":
    if "--update" in sys.argv:
        SNAPSHOT.write_text(json.dumps(current(), indent=1) + "\n", encoding="utf-8")
    print(SNAPSHOT.read_text(encoding="utf-8"))
