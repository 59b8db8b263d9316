"""Scores the policy reader against the reader corpus (docs/ with a ``.truth.json`` per
document): measures found, unit assignments found, dated deadlines right.

    python -m tests.reader_corpus.score            # per-document table, per-layout table, totals

Every document in docs/ with a truth file next to it is scored, whatever its type, so new
kinds of document (PDF, saved web pages, .xls) join by being added there. See README.md for
the rules of the truth and of the matching."""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

DOCS = Path(__file__).resolve().parent / "docs"
ROLES = {"lead": "lead", "cooperating": "cooperating", "responsible": "responsible"}


def norm_text(text: str) -> str:
    """Width, whitespace and bracket forms do not count when texts are compared."""
    text = unicodedata.normalize("NFKC", text or "")
    return re.sub(r"\s+", "", text)


def unit_key(name: str) -> str:
    """Spellings the project's unit registry treats as one unit compare equal."""
    from zjtracker.importing.annotations.units import canonical_name, match_key

    return match_key(canonical_name(norm_text(name)))


def _names(text: str) -> set[str]:
    return {p for p in re.split(r"[、，,；;\s]+", norm_text(text)) if p}


@dataclass
class Tally:
    measures: int = 0
    measures_found: int = 0
    text_exact: int = 0
    units: int = 0
    units_found: int = 0
    units_extra: int = 0
    dated: int = 0
    dated_right: int = 0
    leaders: int = 0
    leaders_found: int = 0
    persons: int = 0
    persons_found: int = 0
    indicators: int = 0
    indicators_found: int = 0
    extras: int = 0
    documents: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: "Tally") -> None:
        for name, value in vars(other).items():
            if isinstance(value, int):
                setattr(self, name, getattr(self, name) + value)
            else:
                getattr(self, name).extend(value)

    @staticmethod
    def ratio(found: int, total: int) -> float:
        return found / total if total else 1.0

    @property
    def measure_rate(self) -> float:
        return self.ratio(self.measures_found, self.measures)

    @property
    def unit_rate(self) -> float:
        return self.ratio(self.units_found, self.units)

    @property
    def deadline_rate(self) -> float:
        return self.ratio(self.dated_right, self.dated)


@dataclass
class DocScore:
    name: str
    layouts: list[str]
    tally: Tally
    missed: list[str] = field(default_factory=list)  # truth measures not found (first few)


def truth_files(folder: Path = DOCS) -> list[tuple[Path, Path]]:
    """(document, truth) pairs: every file in ``folder`` with a truth file beside it."""
    pairs = []
    for truth in sorted(folder.glob("*.truth.json")):
        stem = truth.name[: -len(".truth.json")]
        docs = [p for p in folder.glob(stem + ".*") if p != truth and not p.name.endswith(".truth.json")]
        if docs:
            pairs.append((docs[0], truth))
    return pairs


def _read(path: Path):
    from zjtracker.importing.reader import read_policy_file

    result = read_policy_file(path)
    leaves, indicators = [], []
    for policy in result.policies:
        leaves.extend(m for m in policy.iter_measures() if not m.children)
        indicators.extend(policy.indicators)
    return leaves, indicators


def _match(truth_measures: list[dict], leaves: list) -> list:
    """For each truth measure the read leaf it corresponds to, or None: a leaf whose text
    starts with the truth prefix (the same number preferred), else one containing it."""
    texts = [norm_text(m.text) for m in leaves]
    used: set[int] = set()
    matched = []
    for t in truth_measures:
        prefix = norm_text(t["text_prefix"])
        found = None
        for test in (lambda s: s.startswith(prefix), lambda s: prefix in s):
            hits = [i for i, s in enumerate(texts) if i not in used and test(s)]
            if hits:
                same = [i for i in hits if leaves[i].number == t["number"]]
                found = (same or hits)[0]
                break
        if found is not None:
            used.add(found)
        matched.append(None if found is None else leaves[found])
    return matched


def _number(text: str) -> float | None:
    m = re.search(r"-?\d+(?:\.\d+)?", norm_text(text or ""))
    return float(m.group()) if m else None


def score_document(path: Path, truth_path: Path) -> DocScore:
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    tally = Tally(documents=1)
    score = DocScore(path.name, truth.get("layouts", []), tally)
    try:
        leaves, indicators = _read(path)
    except Exception as error:  # a document the reader cannot open scores nothing
        tally.errors.append(f"{path.name}: {type(error).__name__}: {error}")
        leaves, indicators = [], []
    matched = _match(truth["measures"], leaves)
    for t, read in zip(truth["measures"], matched):
        expected = {(ROLES[r], unit_key(n)) for r in ROLES for n in t[r]}
        tally.measures += 1
        tally.units += len(expected)
        tally.leaders += len(t["leaders"])
        tally.persons += len(t.get("persons", []))
        if t["deadline"]:
            tally.dated += 1
        if read is None:
            if len(score.missed) < 5:
                score.missed.append(f"{t['label']}{t['text_prefix']}")
            continue
        tally.measures_found += 1
        tally.text_exact += norm_text(read.text).startswith(norm_text(t["text_prefix"]))
        got = {(u.role, unit_key(u.name)) for u in read.units}
        tally.units_found += len(expected & got)
        tally.units_extra += len(got - expected)
        read_leaders = set().union(*[_names(u.leader) for u in read.units if u.leader] or [set()])
        tally.leaders_found += len({norm_text(n) for n in t["leaders"]} & read_leaders)
        read_persons = set().union(*[_names(u.person) for u in read.units if u.person] or [set()])
        tally.persons_found += len({norm_text(n) for n in t.get("persons", [])} & read_persons)
        if t["deadline"] and read.deadline and read.deadline.isoformat() == t["deadline"]:
            tally.dated_right += 1
    tally.extras = len(leaves) - sum(1 for m in matched if m is not None)
    for t in truth.get("indicators", []):
        tally.indicators += 1
        name = norm_text(t["name"])
        for ind in indicators:
            if norm_text(ind.name).startswith(name[:6]) and _indicator_values(ind, t):
                tally.indicators_found += 1
                break
    return score


def _indicator_values(ind, t: dict) -> bool:
    base = ind.baseline_value if ind.baseline_value is not None else _number(ind.baseline_text)
    target = ind.target_value if ind.target_value is not None else _number(ind.target_text)
    return base == _number(t["baseline"]) and target == _number(t["target"])


def score_corpus(folder: Path = DOCS) -> tuple[list[DocScore], Tally, dict[str, Tally]]:
    scores = [score_document(doc, truth) for doc, truth in truth_files(folder)]
    total, by_layout = Tally(), defaultdict(Tally)
    for s in scores:
        total.add(s.tally)
        for layout in s.layouts:
            by_layout[layout].add(s.tally)
    return scores, total, dict(sorted(by_layout.items()))


def _pct(found: int, total: int) -> str:
    return f"{found:>4}/{total:<4} {Tally.ratio(found, total):6.1%}" if total else f"{'—':>17}"


def _row(name: str, t: Tally) -> str:
    return (f"{name:<38} {_pct(t.measures_found, t.measures)} {_pct(t.units_found, t.units)} "
            f"{_pct(t.dated_right, t.dated)} {_pct(t.leaders_found, t.leaders)} "
            f"{_pct(t.persons_found, t.persons)} "
            f"{_pct(t.indicators_found, t.indicators)} {t.extras:>6} {t.units_extra:>6}")


HEADER = (f"{'':<38} {'measures':>17} {'units':>17} {'dated deadlines':>17} {'leaders':>17} {'persons':>17} "
          f"{'indicators':>17} {'extras':>6} {'x-unit':>6}")


def report(scores, total: Tally, by_layout: dict[str, Tally]) -> str:
    lines = ["per document", HEADER]
    lines += [_row(s.name, s.tally) for s in scores]
    lines += ["", "per layout (a document counts under each of its layouts)", HEADER]
    lines += [_row(name, t) for name, t in by_layout.items()]
    lines += ["", HEADER, _row(f"TOTAL ({total.documents} documents)", total)]
    lines += [f"text starts as in the truth: {_pct(total.text_exact, total.measures_found)}"]
    lines += [f"reader errors: {e}" for e in total.errors]
    return "\n".join(lines)


def main() -> int:
    scores, total, by_layout = score_corpus()
    print(report(scores, total, by_layout))
    return 0


if __name__ == "__main__":
    sys.exit(main())
