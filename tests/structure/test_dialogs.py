"""The structure dialogs and the editor actions that open them."""

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget

from tests.structure.conftest import dump
from zjtracker.services.structure import edits as structure
from zjtracker.services.policies.queries import dump_policy
from zjtracker.services.structure.edits import DeleteImpact, UnitAssignment
from zjtracker.ui.structure.actions import StructureEditor
from zjtracker.ui.structure.dialogs import NodeEditorDialog, UnitsEditorDialog, delete_message


def test_node_editor_reports_only_what_changed(qtbot):
    dialog = NodeEditorDialog("measure", {"label": "1.", "text": "推进任务。", "deadline_text": "",
                                          "number": 1, "deadline": None, "is_group": False})
    qtbot.addWidget(dialog)
    assert dialog.changed_values() == {}
    dialog.text_edit.setPlainText("推进任务，改。")
    dialog.deadline_edit.setText("2025年6月底前")
    assert dialog.changed_values() == {"text": "推进任务，改。", "deadline_text": "2025年6月底前"}
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.label_edit.setText("")
    dialog.text_edit.setPlainText("")
    assert not ok.isEnabled()
    dialog.label_edit.setText("（2）")
    assert ok.isEnabled()


def test_plan_editor_values(qtbot):
    dialog = NodeEditorDialog("plan", {"year": 2024, "text": "完成一半。", "target": 50.0})
    qtbot.addWidget(dialog)
    assert dialog.target_edit.text() == "50" and dialog.year_spin.value() == 2024
    dialog.target_edit.setText("")
    dialog.year_spin.setValue(2026)
    assert dialog.changed_values() == {"year": 2026, "target": None}


def test_units_editor_rows_roles_and_completer(qtbot):
    dialog = UnitsEditorDialog(
        [UnitAssignment("市发展和改革局", "lead", "王副市长"), UnitAssignment("市商务局", "cooperating")],
        ["市发展和改革局", "市发改局", "市商务局", "市财政局"])
    qtbot.addWidget(dialog)
    assert dialog.assignments() == [UnitAssignment("市发展和改革局", "lead", "王副市长"),
                                    UnitAssignment("市商务局", "cooperating")]
    row = dialog.add_row()
    dialog.table.item(row, dialog.UNIT).setText("市财政局")
    dialog.table.item(row, dialog.PERSON).setText("李四")
    dialog.table.cellWidget(row, dialog.ROLE).setCurrentIndex(2)
    dialog.table.selectRow(0)
    dialog.remove_selected()
    assert dialog.assignments() == [UnitAssignment("市商务局", "cooperating"),
                                    UnitAssignment("市财政局", "responsible", None, None, "李四")]
    dialog.completer.setCompletionPrefix("改")
    found = {dialog.completer.completionModel().index(i, 0).data()
             for i in range(dialog.completer.completionModel().rowCount())}
    assert found == {"市发展和改革局", "市发改局"}


def test_delete_message_names_what_goes_with_it(qtbot):
    text = delete_message(DeleteImpact("area", 2, "二、重点任务", measures=3, plans=4, progress_reports=2,
                                       assignments=4))
    assert "二、重点任务" in text and "3" in text and "4" in text and "2" in text
    plain = delete_message(DeleteImpact("measure", 5, "2.推进第二项任务。", measures=1))
    assert "2.推进第二项任务。" in plain and "measure(s)" not in plain


@pytest.fixture
def editor(qtbot, database):
    widget = QWidget()
    qtbot.addWidget(widget)
    refreshed = []
    editor = StructureEditor(database, QUndoStack(widget), lambda k, i: refreshed.append((k, i)), widget)
    editor.refreshed = refreshed
    return editor


def _answer(dialog_action):
    """Act on the modal dialog once it is open."""
    def act():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, act)
            return
        dialog_action(dialog)
    QTimer.singleShot(0, act)


def test_editor_adds_through_the_dialog_and_undoes(editor, stored):
    start = dump(editor.database)

    def fill(dialog):
        dialog.label_edit.setText("三、")
        dialog.title_edit.setText("保障措施")
        dialog.accept()

    _answer(fill)
    new_id = editor.add_after("area", stored.area_general)
    assert structure.node_fields(editor.database, "area", new_id) == {
        "label": "三、", "title": "保障措施", "guiding_text": "", "position": 1}
    assert editor.refreshed == [("policy", stored.policy)]
    editor.stack.undo()
    assert dump(editor.database) == start


def test_editor_edit_units_move_and_delete(editor, stored, monkeypatch):
    start = dump(editor.database)

    def rename(dialog):
        dialog.label_edit.setText("（1）")
        dialog.accept()

    _answer(rename)
    assert editor.edit("measure", stored.task_1)
    assert structure.node_fields(editor.database, "measure", stored.task_1)["number"] == 1
    assert editor.edit_units(stored.task_2, [("市商务局", "lead")])
    assert editor.move_by("measure", stored.task_2, -1)
    assert not editor.move_by("measure", stored.task_2, -1)  # already first
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.No)
    assert not editor.delete("area", stored.area_tasks)
    assert "二、重点任务" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    assert editor.delete("area", stored.area_tasks)
    assert editor.stack.count() == 4
    while editor.stack.canUndo():
        editor.stack.undo()
    assert dump(editor.database) == start


def test_editor_explains_a_refused_edit(editor, stored, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    assert editor.add("plan", ("measure", stored.task_1), values={"year": 2025, "text": "x"}) is None
    assert "已有 2025 年" in shown[0] and editor.stack.count() == 0


def test_context_menu_actions(editor, stored):
    def texts(kind, node_id):
        return [a.text() if a else "-" for a in editor.actions_for(kind, node_id)]

    assert texts("policy", stored.policy) == ["Add &area…", "-", "&Edit policy information…",
                                                "Generate &next year's ledger…", "&Link tasks to last year's…",
                                                "-", "&Delete policy…"]
    measure = texts("measure", stored.task_1)
    assert "U&nits…" in measure and "Add &sub-measure…" in measure and measure[-1] == "&Delete…"
    assert "Move u&p" not in texts("plan", stored.plan_2024)
    [add_plan] = [a for a in editor.actions_for("measure", stored.task_2) if a and a.text() == "Add &yearly plan…"]

    def fill(dialog):
        dialog.year_spin.setValue(2027)
        dialog.text_edit.setPlainText("远期计划。")
        dialog.accept()

    _answer(fill)
    add_plan.trigger()
    task_2 = dump_policy(editor.database, stored.policy)["areas"][1]["measures"][0]["children"][1]
    assert [(p["year"], p["text"]) for p in task_2["plans"]] == [(2024, ""), (2025, ""), (2027, "远期计划。")]
