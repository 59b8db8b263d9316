"""The GUI import flow: read on the worker, preview on the GUI thread, store on confirm."""

import shutil
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import func, select

from zjtracker.db.models import ImportBatch, Measure, Policy
from zjtracker.ui.import_preview.dialog import ImportPreviewDialog
from zjtracker.ui.import_preview.flow import iter_read_files, preview_files
from zjtracker.ui.worker import run_with_progress

SEED_004 = Path(__file__).resolve().parents[2] / "resources" / "seeds" / "004_96aab9c9ea8910e9.txt"


def _counts(database):
    with database.session() as session:
        return [session.scalar(select(func.count(m.id))) for m in (Policy, Measure, ImportBatch)]


def _answer_previews(answers: list[bool], seen: list[str]):
    """Confirm or cancel each preview as it opens, in order."""
    def act():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ImportPreviewDialog):
            QTimer.singleShot(20, act)
            return
        seen.append(dialog.windowTitle())
        if answers.pop(0):
            dialog.import_button.click()
        else:
            dialog.reject()
        if answers:
            QTimer.singleShot(20, act)
    QTimer.singleShot(0, act)


def test_read_on_the_worker_then_preview_and_store(qtbot, database, tmp_path, monkeypatch):
    bad = tmp_path / "old.xls"
    bad.write_bytes(b"\xd0\xcf\x11\xe0")
    second = tmp_path / "第二份.txt"
    shutil.copy(SEED_004, second)
    second.write_text(SEED_004.read_text(encoding="utf-8") + "\n", encoding="utf-8")  # another sha
    widget = QWidget()
    qtbot.addWidget(widget)
    readings = []
    run_with_progress(widget, "Reading", lambda: iter_read_files([SEED_004, bad, second]),
                      readings.extend, lambda error, details: readings.append(details))
    qtbot.waitUntil(lambda: len(readings) == 3, timeout=20000)
    assert [r.source for r in readings] == [SEED_004.name, "old.xls", "第二份.txt"]
    assert readings[1].refused and ".xlsx" in readings[1].refused and readings[0].result.policies

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    seen = []
    before = _counts(database)
    _answer_previews([True, False], seen)
    ids = preview_files(widget, database, readings)
    assert len(seen) == 2 and SEED_004.name in seen[0] and "第二份.txt" in seen[1]
    assert warnings == [readings[1].refused]
    assert len(ids) == 1
    policies, measures, batches = _counts(database)
    assert (policies, measures, batches) == (before[0] + 1, before[1] + 13, before[2] + 1)


def test_a_file_imported_before_is_asked_about(qtbot, database, monkeypatch):
    readings = [item for _done, _total, item in iter_read_files([SEED_004])]
    seen = []
    _answer_previews([True], seen)
    assert len(preview_files(None, database, readings)) == 1
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    before = _counts(database)
    assert preview_files(None, database, readings) == []
    assert SEED_004.name in asked[0] and _counts(database) == before


def test_a_word_97_file_is_converted_on_the_worker_and_imported(qtbot, database, tmp_path):
    """A .doc read while the window stays live: LibreOffice converts it on the worker (the
    GUI thread keeps ticking), the preview shows it, and its measures reach the database."""
    import pytest

    from tests.importing.test_sources_libreoffice import SOFFICE, TASKS, _convert, _notice_docx

    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed; CI installs libreoffice-writer-nogui")
    doc = _convert(_notice_docx(tmp_path / "通知正文.docx"), "doc", tmp_path / "old")
    widget = QWidget()
    qtbot.addWidget(widget)
    readings, ticks = [], []
    timer = QTimer(widget)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(50)
    run_with_progress(widget, "Reading", lambda: iter_read_files([doc]), readings.extend,
                      lambda error, details: readings.append(details))
    qtbot.waitUntil(lambda: len(readings) == 1, timeout=120000)
    timer.stop()
    assert len(ticks) >= 5  # the conversion took seconds, and the GUI thread went on meanwhile
    [reading] = readings
    assert reading.refused is None and reading.source == "通知正文.doc"

    seen = []
    _answer_previews([True], seen)
    [policy_id] = preview_files(widget, database, readings)
    with database.session() as session:
        texts = session.scalars(select(Measure.text).where(Measure.area.has(policy_id=policy_id))
                                .order_by(Measure.position)).all()
    assert texts == [text for _, text, _, _ in TASKS]
