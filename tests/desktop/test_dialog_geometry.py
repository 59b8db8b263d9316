"""Every dialog fits the screen's available area — a 1366×768 laptop, and the same screen at
125 % (QT_SCALE_FACTOR=1.25, 1093×614 device-independent pixels) — with every button on it;
a dialog comes back at the size the clerk left it; the report preview pages and zooms."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize

from tests.ui.conftest import _private_settings  # noqa: F401 (autouse: settings kept private)
from zjtracker.ui.window_settings import dialog_key

ROOT = Path(__file__).resolve().parents[2]
LAPTOP = {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                       "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}


def _walk(sample_sqlite, tmp_path, scale: str) -> list[dict]:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(LAPTOP), encoding="utf-8")
    database = tmp_path / "sample.db"
    database.write_bytes(Path(sample_sqlite).read_bytes())
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_SCALE_FACTOR=scale,
               ZJTRACKER_DATA_DIR=str(tmp_path / "data"), PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-m", "tests.desktop.dialog_walk", str(database), str(tmp_path)],
                          env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


@pytest.mark.parametrize("scale, area", [("1", [0, 0, 1366, 768]), ("1.25", [0, 0, 1093, 614])])
def test_every_dialog_fits_a_laptop_screen(sample_sqlite, tmp_path, scale, area):
    seen = _walk(sample_sqlite, tmp_path, scale)
    assert len(seen) >= 16 and {"ReportPreview", "ChangeLogDialog", "ManualViewer"} <= {d["name"] for d in seen}
    for dialog in seen:
        x, y, width, height = dialog["frame"]
        assert dialog["area"] == area
        assert x >= 0 and y >= 0 and x + width <= area[2] and y + height <= area[3], dialog
        assert dialog["cut"] == [], dialog  # no button cut off at the edge
    preview = next(d for d in seen if d["name"] == "ReportPreview")
    assert preview["size"][1] < 1000  # no longer fixed at 900×1000


def test_a_dialog_comes_back_at_the_size_the_clerk_left_it(qtbot, qapp, sample_db):
    from PySide6.QtCore import QSettings

    from zjtracker.ui.history.import_history import ImportHistoryDialog

    area = qapp.primaryScreen().availableGeometry()
    first = ImportHistoryDialog(sample_db)
    qtbot.addWidget(first)
    first.show()
    assert first.width() <= area.width() and first.height() <= area.height()  # 1100×680 trimmed
    first.resize(700, 450)
    first.hide()
    assert QSettings().value(dialog_key(first)) == QSize(700, 450)
    again = ImportHistoryDialog(sample_db)
    qtbot.addWidget(again)
    again.show()
    assert again.size() == QSize(700, 450)
    again.hide()
    QSettings().setValue(dialog_key(again), QSize(5000, 4000))  # left so on a larger screen
    again.show()
    assert again.frameGeometry().width() <= area.width() and again.frameGeometry().height() <= area.height()


def test_the_preview_says_the_page_goes_to_a_page_and_zooms(qtbot, sample_db, tmp_path):
    from PySide6.QtPdfWidgets import QPdfView

    from tests.desktop.dialog_walk import _first_policy
    try:
        from zjtracker.services.reporting.job import ReportRequest, iter_report
    except ImportError:
        from zjtracker.services.reporting.job import ReportRequest, iter_report
    from zjtracker.ui.reports.preview import ReportPreview

    policy_id, year = _first_policy(sample_db)
    pdf = tmp_path / "report.pdf"
    for _step in iter_report(sample_db, ReportRequest(period=f"{year}Q4", target=pdf, policy_id=policy_id)):
        pass
    preview = ReportPreview(pdf)
    qtbot.addWidget(preview)
    preview.show()
    count = preview.page_count()
    assert count > 1 and preview.page_box.maximum() == count
    assert preview.page_text() == f"Page 1 of {count}"
    preview.page_box.setValue(count)
    qtbot.waitUntil(lambda: preview.current_page() == count)
    assert preview.page_text() == f"Page {count} of {count}"
    preview.zoom_box.setCurrentIndex(preview.zoom_box.findData(1.5))
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom and preview.view.zoomFactor() == 1.5
    preview.zoom_step(1)
    assert preview.view.zoomFactor() == 2.0
    preview.zoom_step(-1)
    preview.zoom_step(-1)
    assert preview.view.zoomFactor() == 1.25
    preview.zoom_box.setCurrentIndex(preview.zoom_box.findData("page"))
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitInView
