"""The import preview: the proposed tree, corrections in place, confirm or cancel."""

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QMessageBox
from sqlalchemy import func, select

from tests.services.factories import result_of, small_policy
from zjtracker.db.models import Area, Assignment, ImportBatch, Measure, Policy, Unit
from zjtracker.importing.model import ParsedUnit, ParseWarning
from zjtracker.importing.reader import read_policy_file
from zjtracker.services.policies.importer import store_result
from zjtracker.services.policies.queries import dump_policy
from zjtracker.ui.import_preview.dialog import ImportPreviewDialog, preview_and_store
from zjtracker.ui.import_preview.model import Column

SEEDS = Path(__file__).resolve().parents[2] / "resources" / "seeds"


def _dialog(qtbot, result, name="test.txt"):
    dialog = ImportPreviewDialog(result, name)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _walk(model, parent=QModelIndex()):
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from _walk(model, index)


def _find(model, label):
    return next(i for i in _walk(model) if i.data() == label)


def _row_counts(database):
    with database.session() as session:
        return [session.scalar(select(func.count(m.id))) for m in (Policy, Area, Measure, Unit, Assignment, ImportBatch)]


def test_a_sample_document_shows_its_tree_notes_and_counts(qtbot):
    result = read_policy_file(SEEDS / "004_96aab9c9ea8910e9.txt")
    dialog = _dialog(qtbot, result, result.source)
    model = dialog.model
    assert model.rowCount() == 1
    policy = model.index(0, 0)
    assert "湛江市商务局“营商环境整治提升年”活动实施方案" in policy.data()
    assert model.rowCount(policy) == 6
    measures = [i for i in _walk(model, policy) if i.parent() != policy]
    assert len(measures) == 13
    first = model.index(0, 0, model.index(0, 0, policy))
    assert first.siblingAtColumn(Column.LEAD).data() == "市金融工作局"
    assert dialog.summary.text() == "1 document(s): 6 areas, 0 groups, 13 measures, 24 units; 1 notes"
    assert dialog.warnings.count() == len(result.warnings) == 1
    assert "689" in dialog.warnings.item(0).text()
    assert dialog.title_edit.text() == result.policies[0].title
    assert dialog.doc_no_edit.text() == "湛商务〔2021〕32号" and dialog.start_spin.value() == 2021


def test_choosing_a_note_selects_the_measure_it_names(qtbot):
    result = read_policy_file(SEEDS / "000_84cdd3e845ddc2ba.txt")
    dialog = _dialog(qtbot, result)
    dialog.warnings.setCurrentRow(0)  # 责任清单第199行的措施“28.”与正文…
    current = dialog.tree.currentIndex()
    assert current.data() == "28." and dialog.tree.isExpanded(current.parent())


def test_corrections_reach_the_database_and_the_original_stays(qtbot, database):
    parsed = small_policy()
    result = result_of(parsed)
    result.warnings.append(ParseWarning(3, "第3行的措施“2.”没有牵头单位，请核对。"))
    dialog = _dialog(qtbot, result)
    assert dialog.warnings.count() == 1
    task_1, task_2 = _find(dialog.model, "1."), _find(dialog.model, "2.")
    assert dialog.model.setData(task_1, "（5）", Qt.ItemDataRole.EditRole)
    assert dialog.model.setData(task_1.siblingAtColumn(Column.COOPERATING), "市财政局、市商务局")
    assert dialog.model.setData(task_2.siblingAtColumn(Column.LEAD), "市市场监管局")
    assert not dialog.model.setData(task_2.siblingAtColumn(Column.PLANS), "2030")
    assert "2 measures, 4 units" in dialog.summary.text()
    dialog.import_button.click()
    edited = dialog.edited_result()
    # the empty 总体要求 is a framing area: left out unless the clerk keeps it
    assert [a.title for a in edited.policies[0].areas] == ["重点任务"]
    assert edited.policies[0].areas[0].measures[0].children[0].number == 5
    assert parsed.areas[1].measures[0].children[0].label == "1."  # the reader's result is untouched
    [policy_id] = store_result(database, edited, "sha")
    group = dump_policy(database, policy_id)["areas"][0]["measures"][0]
    first, second = group["children"]
    assert (first["label"], first["number"]) == ("（5）", 5)
    assert [(u["name"], u["role"]) for u in first["units"]] == [
        ("市发展和改革局", "lead"), ("市财政局", "cooperating"), ("市商务局", "cooperating")]
    assert [(u["name"], u["role"]) for u in second["units"]] == [("市市场监督管理局", "lead")]


def test_editing_through_the_view_as_the_clerk_does(qtbot):
    result = read_policy_file(SEEDS / "004_96aab9c9ea8910e9.txt")
    dialog = _dialog(qtbot, result)
    index = _find(dialog.model, "（1）").siblingAtColumn(Column.LEAD)
    dialog.tree.setCurrentIndex(index)
    dialog.tree.edit(index)
    editor = dialog.tree.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text() == "市金融工作局"
    editor.setText("市金融工作局、人民银行湛江市中心支行")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits on the next turn of the event loop
    qtbot.waitUntil(lambda: dialog.tree.state() != QAbstractItemView.State.EditingState)
    measure = dialog.model.item(index)
    leads = [u for u in measure.units if u.role == "lead"]
    assert [u.name for u in leads] == ["市金融工作局", "人民银行湛江市中心支行"]
    assert index.data() == "市金融工作局、人民银行湛江市中心支行"


def test_a_unit_that_stays_keeps_its_leader_section_and_person(qtbot):
    policy = small_policy()
    task = policy.areas[1].measures[0].children[0]
    task.units[0] = ParsedUnit("市发改局", "lead", leader="王副局长", section="综合科", person="张三")
    dialog = _dialog(qtbot, result_of(policy))
    index = _find(dialog.model, "1.").siblingAtColumn(Column.LEAD)
    dialog.model.setData(index, "市发改局，市工业和信息化局")
    units = [u for u in dialog.model.item(index).units if u.role == "lead"]
    assert [(u.name, u.leader, u.section, u.person) for u in units] == [
        ("市发改局", "王副局长", "综合科", "张三"), ("市工业和信息化局", None, None, None)]


def test_the_document_fields_edit_the_selected_policy(qtbot):
    result = read_policy_file(SEEDS / "002_a6fb8a7275de8af0.txt")
    dialog = _dialog(qtbot, result)
    assert dialog.model.rowCount() == len(result.policies) == 6
    second = dialog.model.index(1, 0)
    dialog.tree.setCurrentIndex(_walk_first_child(dialog.model, second))
    assert dialog.title_edit.text() == result.policies[1].title
    dialog.title_edit.setText("湛江市“证照分离”改革试点工作方案")
    dialog.title_edit.textEdited.emit(dialog.title_edit.text())
    dialog.end_spin.setValue(2023)
    assert "湛江市“证照分离”改革试点工作方案" in second.data()
    dialog.import_button.click()
    edited = dialog.edited_result().policies[1]
    assert (edited.title, edited.end_year) == ("湛江市“证照分离”改革试点工作方案", 2023)
    assert result.policies[1].title == "湛江市开展“证照分离”改革全覆盖试点工作方案"


def _walk_first_child(model, index):
    return model.index(0, 0, index)


def test_a_blank_title_is_refused(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    dialog = _dialog(qtbot, result_of(small_policy()))
    dialog.title_edit.setText("")
    dialog.title_edit.textEdited.emit("")
    dialog.import_button.click()
    assert shown and dialog.isVisible() and dialog.edited_result() is None


def _close_when_open(accept: bool):
    def act():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ImportPreviewDialog):
            QTimer.singleShot(20, act)
            return
        dialog.model.setData(_find(dialog.model, "1."), "（一）")
        dialog.import_button.click() if accept else dialog.reject()
    QTimer.singleShot(0, act)


@pytest.mark.parametrize("accept", [False, True])
def test_preview_and_store_stores_only_on_import(qtbot, database, accept):
    before = _row_counts(database)
    _close_when_open(accept)
    ids = preview_and_store(None, database, result_of(small_policy()), "sha-x", "x.txt")
    if not accept:
        assert ids is None and _row_counts(database) == before
        return
    [policy_id] = ids
    assert dump_policy(database, policy_id)["areas"][0]["measures"][0]["children"][0]["label"] == "（一）"
    with database.session() as session:
        assert session.scalar(select(ImportBatch.sha256)) == "sha-x"


def test_the_task_text_shown_is_the_text_stored(qtbot, database, tmp_path):
    """One shown text: the bracket the reader read off is gone in the preview and in the
    database; a bracket the clerk types stays in both, and so does a second bracket the
    reader left on the text."""
    path = tmp_path / "方案.txt"
    path.write_text("湛江市推进数字政府建设实施方案\n一、重点任务\n"
                    "1.建设一体化政务服务平台（2024—2026年）（市政务服务数据管理局牵头）。\n"
                    "2.推进政务数据共享（市财政局配合）（市发展改革局牵头）。\n", encoding="utf-8")
    result = read_policy_file(path)
    dialog = _dialog(qtbot, result)
    model = dialog.model
    first, second = _find(model, "1."), _find(model, "2.")
    shown = [i.siblingAtColumn(Column.TEXT).data() for i in (first, second)]
    assert shown[0] == "建设一体化政务服务平台（2024—2026年）"
    assert shown[1] == "推进政务数据共享（市财政局配合）"  # only the last bracket was read off
    typed = "推进政务数据共享（市财政局负责）"
    assert model.setData(second.siblingAtColumn(Column.TEXT), typed)
    assert second.siblingAtColumn(Column.TEXT).data() == typed
    [policy_id] = store_result(database, dialog.model.draft.final_result(), "sha-shown")
    stored = [m["text"] for a in dump_policy(database, policy_id)["areas"] for m in a["measures"]]
    assert stored == [shown[0], typed]
