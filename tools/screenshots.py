"""Take the screenshots used in the README and the manual from the real program.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py [--db sample.db]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, QTranslator
    from PySide6.QtWidgets import QApplication

    from zjtracker import paths
    from zjtracker.db import open_database
    from zjtracker.services.sample import init_sample
    from zjtracker.ui.main_window import MainWindow

    app = QApplication(sys.argv)
    translator = QTranslator(app)
    if translator.load(str(paths.resources_dir() / "i18n" / "zjtracker_zh_CN.qm")):
        app.installTranslator(translator)
    db_path = args.db or str(Path(tempfile.mkdtemp()) / "sample.db")
    database = open_database(db_path)
    init_sample(database)
    window = MainWindow(database)
    window.resize(1280, 800)
    window.show()
    model, index = window.model, QModelIndex()
    for row in (0, 2, 0, 5):  # the 000 policy → 三、 → （七） → its first measure
        if model.canFetchMore(index):
            model.fetchMore(index)
        window.tree.expand(index) if index.isValid() else None
        index = model.index(min(row, model.rowCount(index) - 1), 0, index)
    window.tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    window.tree.expand(index)
    app.processEvents()
    OUT.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(OUT / "main_window.png"))
    print(OUT / "main_window.png")
    database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
