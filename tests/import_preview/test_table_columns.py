"""The clerk tells the preview which column of a Word table is which, reads the file again
and finds the measures with their lead units in the database."""

import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.importing.test_tables_column_map import ROWS, write_unknown_header_docx
from zjtracker.importing.reader import read_policy_file
from zjtracker.services.policies import importer
from zjtracker.services.policies.queries import dump_policy
from zjtracker.ui.import_preview.dialog import ImportPreviewDialog, preview_and_store
from zjtracker.ui.import_preview.columns import ColumnsDialog
from zjtracker.ui.import_preview.model import Column


def _when_open(kind, act):
    def poll():
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, kind):
            QTimer.singleShot(20, poll)
            return
        act(widget)
    QTimer.singleShot(0, poll)


def _set_role(columns, header, role):
    combo = next(c for _, h, _, c in columns.combos if h == header)
    combo.setCurrentIndex(combo.findData(role))


def test_the_clerk_maps_a_word_tables_columns_reads_again_and_imports(qtbot, database, tmp_path, monkeypatch):
    path = write_unknown_header_docx(tmp_path / "任务清单.docx")
    result = read_policy_file(path)
    seen = {}
    threads = []

    def read_and_note_thread(*args, **kwargs):  # the real reader, noting where it ran
        threads.append(threading.current_thread())
        return read_policy_file(*args, **kwargs)
    monkeypatch.setattr(importer, "read_policy_file", read_and_note_thread)

    def in_columns(columns):
        try:
            seen["headers"] = [(h, columns.combos[i][3].currentText()) for i, (_, h, _, _) in enumerate(columns.combos)]
            _set_role(columns, "内容", "task")
            _set_role(columns, "负责", "lead")
            columns.read_button.click()
        except BaseException as error:
            seen["error"] = error
            columns.reject()

    def in_preview(dialog):
        seen["enabled"] = dialog.columns_button.isEnabled()
        seen["before"] = dialog.model.counts()["measures"]

        _when_open(ColumnsDialog, in_columns)
        dialog.columns_button.click()  # the file is read again off the GUI thread
        seen["greyed"] = not dialog.tree.isEnabled() and not dialog.import_button.isEnabled()
        qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10000)
        seen["after"] = dialog.model.counts()["measures"]
        seen["summary"] = dialog.summary.text()
        dialog.import_button.click()

    _when_open(ImportPreviewDialog, in_preview)
    ids = preview_and_store(None, database, result, "sha-list", path.name, path=path)
    if "error" in seen:
        raise seen["error"]

    assert seen["enabled"] and seen["before"] == 0 and seen["greyed"]
    assert seen["headers"] == [("序号", "Number"), ("内容", "Not read"), ("负责", "Not read"),
                               ("完成时限", "Deadline")]
    assert threads and threads[0] is not threading.main_thread()  # read again off the GUI thread
    assert seen["after"] == 3 and "3 measures" in seen["summary"]
    [policy_id] = ids
    stored = [m for area in dump_policy(database, policy_id)["areas"] for m in area["measures"]]
    assert [m["text"] for m in stored] == [row[1] for row in ROWS[1:]]
    assert [[(u["name"], u["role"]) for u in m["units"]] for m in stored] == [
        [("市市场监督管理局", "lead")], [("市住房和城乡建设局", "lead"), ("市自然资源局", "lead")],
        [("市政务服务数据管理局", "lead")]]
    assert str(stored[2]["deadline"]).startswith("2024-12-31")


def test_without_the_file_the_columns_cannot_be_read_again(qtbot, tmp_path):
    result = read_policy_file(write_unknown_header_docx(tmp_path / "任务清单.docx"))
    dialog = ImportPreviewDialog(result, "任务清单.docx")
    qtbot.addWidget(dialog)
    assert not dialog.columns_button.isEnabled()


def test_a_task_table_inside_a_prose_document_is_re_mapped_and_imported(qtbot, database, tmp_path):
    from PySide6.QtWidgets import QGroupBox

    from tests.importing.test_tables_column_map import OUTLINE_TABLE, write_outlined_docx

    path = write_outlined_docx(tmp_path / "工作方案.docx")
    seen = {}

    def in_columns(columns):
        try:
            seen["boxes"] = [box.title() for box in columns.findChildren(QGroupBox)]
            _set_role(columns, "内容", "task")
            _set_role(columns, "负责", "lead")
            columns.read_button.click()
        except BaseException as error:
            seen["error"] = error
            columns.reject()

    def in_preview(dialog):
        seen["enabled"] = dialog.columns_button.isEnabled()
        _when_open(ColumnsDialog, in_columns)
        dialog.columns_button.click()
        qtbot.waitUntil(lambda: dialog.model.counts()["measures"] == 5, timeout=10000)
        seen["summary"] = dialog.summary.text()
        seen["plans hidden"] = dialog.tree.isColumnHidden(Column.PLANS)  # no yearly plan: no empty column
        seen["notes"] = (dialog.warnings.count(), dialog.splitter.sizes()[1])
        dialog.import_button.click()

    _when_open(ImportPreviewDialog, in_preview)
    ids = preview_and_store(None, database, read_policy_file(path), "sha-outline", path.name, path=path)
    if "error" in seen:
        raise seen["error"]
    assert seen["enabled"]
    assert seen["boxes"] == ["第1个表格（列：序号/内容/负责/完成时限）"]
    assert seen["plans hidden"] and seen["notes"][0] == 1 and seen["notes"][1] >= 200
    [policy_id] = ids
    areas = {area["title"]: area for area in dump_policy(database, policy_id)["areas"]}
    yearly = areas["年度重点任务"]["measures"]
    assert [m["text"] for m in yearly] == [row[1] for row in OUTLINE_TABLE]
    assert [[u["name"] for u in m["units"]] for m in yearly][2] == ["市发展和改革局", "市工业和信息化局"]  # the registry's names


def test_reading_again_stopped_by_the_clerk_leaves_the_preview_as_it_was(qtbot, tmp_path):
    path = write_unknown_header_docx(tmp_path / "任务清单.docx")
    dialog = ImportPreviewDialog(read_policy_file(path), path.name, path=path)
    qtbot.addWidget(dialog)
    dialog._read_again({"内容": "task", "负责": "lead"})
    dialog._reading_job.cancel()  # the progress dialog's 取消
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10000)
    assert dialog.model.counts()["measures"] == 0 and dialog._column_map == {}
    assert dialog.tree.isEnabled() and dialog.columns_button.isEnabled()


def test_a_file_gone_meanwhile_is_said_and_the_preview_stays(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    path = write_unknown_header_docx(tmp_path / "任务清单.docx")
    dialog = ImportPreviewDialog(read_policy_file(path), path.name, path=path)
    qtbot.addWidget(dialog)
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    path.unlink()
    enabled = [w.isEnabled() for w in (dialog.tree, dialog.import_button, dialog.columns_button)]
    dialog._read_again({"内容": "task", "负责": "lead"})
    assert not dialog.tree.isEnabled()
    qtbot.waitUntil(lambda: bool(said), timeout=10000)
    assert "任务清单.docx" in said[0] and dialog.model.counts()["measures"] == 0
    assert [w.isEnabled() for w in (dialog.tree, dialog.import_button, dialog.columns_button)] == enabled
