"""The policy reader against the project's own reader corpus (tests/reader_corpus/docs): 44
invented documents of other cities and provinces in the layouts of real task-division plans,
each with its ground truth. Fails while the reader finds fewer than the floors below of the
measures, the unit assignments or the dated deadlines over the whole corpus."""

from __future__ import annotations

from tests.reader_corpus.score import DOCS, report, score_corpus, truth_files

MEASURE_FLOOR = 0.95  # measures found / measures in the truth
UNIT_FLOOR = 0.95  # (unit, role) assignments found / in the truth
DEADLINE_FLOOR = 0.95  # dated deadlines read right / dated deadlines in the truth
DOCUMENT_FLOOR = 0.95  # a document below this on any of the three is listed in the message
MIN_DOCUMENTS = 40


def _weak_documents(scores) -> list[str]:
    lines = []
    for s in scores:
        t = s.tally
        rates = {"measures": t.measure_rate, "units": t.unit_rate, "deadlines": t.deadline_rate}
        low = {k: v for k, v in rates.items() if v < DOCUMENT_FLOOR}
        if low or t.errors:
            shown = ", ".join(f"{k} {v:.0%}" for k, v in low.items())
            missed = f"; not found e.g. {' / '.join(s.missed[:3])}" if s.missed else ""
            lines.append(f"  {s.name} [{', '.join(s.layouts)}]: {shown}{missed}"
                         + "".join(f"; {e}" for e in t.errors))
    return lines


def test_the_corpus_is_complete():
    pairs = truth_files(DOCS)
    assert len(pairs) >= MIN_DOCUMENTS
    assert {doc.suffix for doc, _ in pairs} >= {".txt", ".docx", ".xlsx"}


def test_the_reader_meets_the_floors_over_the_corpus():
    scores, total, by_layout = score_corpus(DOCS)
    failing = [
        f"{name} {rate:.1%} < {floor:.0%}"
        for name, rate, floor in (("measures", total.measure_rate, MEASURE_FLOOR),
                                  ("units", total.unit_rate, UNIT_FLOOR),
                                  ("dated deadlines", total.deadline_rate, DEADLINE_FLOOR))
        if rate < floor
    ]
    message = "\n".join(
        ["reader corpus below its floors: " + "; ".join(failing),
         "documents below the per-document floor:"] + _weak_documents(scores)
        + ["", report(scores, total, by_layout)]
    )
    assert not failing, message
