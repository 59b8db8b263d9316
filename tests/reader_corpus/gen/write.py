"""Saving a document of the corpus and its ground truth next to it."""

from __future__ import annotations

import json
from pathlib import Path

from tests.reader_corpus.gen.model import Doc, truth_of

DOCS = Path(__file__).resolve().parents[1] / "docs"


def save_truth(doc: Doc, convert=lambda s: s) -> Path:
    path = DOCS / f"{doc.stem}.truth.json"
    truth = truth_of(doc, convert)
    path.write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path
