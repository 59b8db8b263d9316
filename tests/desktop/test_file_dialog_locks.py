"""The program's file dialogs never read the files they list: on Linux and macOS reading the
open database's files drops this process's SQLite locks, and another program could then
delete the WAL this one still writes into (what is written afterwards would be lost)."""

import sqlite3
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QFileSystemModel

from zjtracker.ui.file_dialogs import FileDialog, file_dialog

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Windows locks are held per handle")


@pytest.fixture
def open_wal_database(tmp_path):
    path = tmp_path / "台账.db"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("CREATE TABLE t (x)")
    connection.execute("INSERT INTO t VALUES (1)")
    connection.commit()
    yield path, connection
    connection.close()


def _list_with_types(qtbot, dialog: QFileDialog, folder) -> list[str]:
    """Let the dialog list ``folder`` and name every file's type and icon, as it does on screen."""
    model = dialog.findChild(QFileSystemModel)
    with qtbot.waitSignal(model.directoryLoaded, timeout=5000):
        dialog.setDirectory(str(folder))
    root = model.index(str(folder))
    qtbot.waitUntil(lambda: model.rowCount(root) >= 3, timeout=5000)
    types = []
    for row in range(model.rowCount(root)):
        model.data(model.index(row, 0, root), Qt.ItemDataRole.DecorationRole)
        types.append(model.data(model.index(row, 2, root)))
    qtbot.wait(300)  # the icons and types are gathered on a thread
    return types


def _another_program_reads(path) -> None:
    subprocess.run([sys.executable, "-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
                    "c.execute('SELECT count(*) FROM t').fetchall(); c.close()", str(path)], check=True)


def test_the_programs_file_dialog_leaves_the_database_locked(qtbot, open_wal_database):
    path, connection = open_wal_database
    dialog = file_dialog(None, "导入佐证材料文件夹", str(path.parent))
    qtbot.addWidget(dialog)
    assert all(_list_with_types(qtbot, dialog, path.parent))
    _another_program_reads(path)
    assert path.with_name(path.name + "-wal").exists()
    connection.execute("INSERT INTO t VALUES (2)")
    connection.commit()
    check = sqlite3.connect(path)
    assert check.execute("SELECT count(*) FROM t").fetchone() == (2,)  # the write reached the file
    check.close()


def test_qts_own_listing_would_have_dropped_the_locks(qtbot, open_wal_database):
    """The hazard the names-only dialog avoids, shown with Qt's dialog as it comes."""
    path, _connection = open_wal_database
    dialog = QFileDialog(None, "", str(path.parent))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    _list_with_types(qtbot, dialog, path.parent)
    _another_program_reads(path)
    assert not path.with_name(path.name + "-wal").exists()


def test_the_static_functions_keep_qts_answers(qtbot, monkeypatch, tmp_path):
    chosen = tmp_path / "报告.pdf"

    def answer(dialog):
        dialog.selectFile(str(chosen))
        return QFileDialog.DialogCode.Accepted

    monkeypatch.setattr(QFileDialog, "exec", answer)
    assert FileDialog.getSaveFileName(None, "保存", str(tmp_path), "PDF (*.pdf)") == (str(chosen), "PDF (*.pdf)")
    assert FileDialog.getExistingDirectory(None, "文件夹", str(tmp_path)) in (str(tmp_path), str(chosen))


def test_no_window_asks_qts_static_file_dialogs():
    import re
    from pathlib import Path

    package = Path(__file__).resolve().parents[2] / "zjtracker"
    found = [str(path.relative_to(package)) for path in package.rglob("*.py") if path.name != "file_dialogs.py"
             and re.search(r"QFileDialog\.get(OpenFileNames?|SaveFileName|ExistingDirectory)\(", path.read_text("utf-8"))]
    assert found == []
