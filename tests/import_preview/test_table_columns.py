"""The clerk tells the preview which column of a Word table is which, reads the file again
and finds the measures with their lead units in the database."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.importing.test_tables_column_map import ROWS, write_unknown_header_docx
from zjtracker.importing.reader import read_policy_file
from zjtracker.services.policies.queries import dump_policy
from zjtracker.ui.import_preview.dialog import ImportPreviewDialog, preview_and_store
from zjtracker.ui.import_preview.columns import ColumnsDialog


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


def test_the_clerk_maps_a_word_tables_columns_reads_again_and_imports(qtbot, database, tmp_path):
    path = write_unknown_header_docx(tmp_path / "任务清单.docx")
    result = read_policy_file(path)
    seen = {}

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

        def after_reading():
            seen["after"] = dialog.model.counts()["measures"]
            seen["summary"] = dialog.summary.text()
            dialog.import_button.click()
        _when_open(ColumnsDialog, in_columns)
        dialog.columns_button.click()  # modal: returns once read again
        after_reading()

    _when_open(ImportPreviewDialog, in_preview)
    ids = preview_and_store(None, database, result, "sha-list", path.name, path=path)
    if "error" in seen:
        raise seen["error"]

    assert seen["enabled"] and seen["before"] == 0
    assert seen["headers"] == [("序号", "Number"), ("内容", "Not read"), ("负责", "Not read"),
                               ("完成时限", "Deadline")]
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
