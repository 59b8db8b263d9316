"""The clerk corrects the reader's structure in the preview, with keys and the context
actions, then finds the result in the database; cancel stores nothing."""

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QInputDialog, QLineEdit
from sqlalchemy import func, select

from zjtracker.db.models import Area, Measure, Policy
from zjtracker.importing.reader import read_policy_file
from zjtracker.services.policies.queries import dump_policy
from zjtracker.ui.import_preview.dialog import ImportPreviewDialog, preview_and_store
from zjtracker.ui.import_preview.model import Column
from zjtracker.ui.import_preview.split import SplitDialog

PLAN = """湛江市推进营商服务提升工作实施方案

为进一步提升营商服务水平，制定本方案。

一、总体要求
坚持问题导向，全面提升服务水平，到2025年底营商环境明显改善。

二、重点任务
（一）优化政务服务。
1.推进政务服务标准化建设，统一办事指南。（牵头单位：市政务服务数据管理局；完成时限：2024年6月底前）
2.完善企业诉求响应机制，建立问题清单。3.加强社会信用体系建设，推进信用修复。（牵头单位：市发展和改革局；配合单位：市市场监督管理局）
（二）强化要素保障。
1.保障重点项目用地需求。（牵头单位：市自然资源局）

三、保障措施
加强组织领导，压实工作责任，定期通报进展。
"""


def _read(tmp_path):
    path = tmp_path / "营商服务方案.txt"
    path.write_text(PLAN, encoding="utf-8")
    return read_policy_file(path)


def _walk(model, parent=QModelIndex()):
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from _walk(model, index)


def _find(model, label, text_start=""):
    return next(i for i in _walk(model) if i.data() == label
                and (i.siblingAtColumn(Column.TEXT).data() or "").startswith(text_start))


def _select(dialog, index):
    dialog.tree.setFocus()
    dialog.tree.setCurrentIndex(index)


def _press(qtbot, dialog, key, modifier=Qt.KeyboardModifier.NoModifier):
    dialog.activateWindow()  # the preview's keys work in its active window
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    dialog.tree.setFocus()
    qtbot.keyClick(dialog.tree, key, modifier)


def _type_into_editor(qtbot, dialog, text):
    editor = dialog.tree.viewport().findChild(QLineEdit)
    assert editor is not None
    editor.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(editor, event)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.tree.state() != QAbstractItemView.State.EditingState)


def _when_open(kind, act):
    def poll():
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, kind):
            QTimer.singleShot(20, poll)
            return
        act(widget)
    QTimer.singleShot(0, poll)


def _counts(database):
    with database.session() as session:
        return [session.scalar(select(func.count(m.id))) for m in (Policy, Area, Measure)]


def _clerk_corrects(qtbot, dialog):
    model = dialog.model
    # the framing areas start unchecked; 保障措施 is kept with the space bar
    framing, safeguards = _find(model, "一、"), _find(model, "三、")
    assert framing.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert "2 empty framing area(s) left out" in dialog.summary.text()
    _select(dialog, safeguards)
    _press(qtbot, dialog, Qt.Key.Key_Space)
    assert safeguards.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked

    # split the glued measure where its second number begins: the dialog puts the cursor there
    glued = _find(model, "2.", "完善企业诉求")
    _select(dialog, glued)
    offered = []
    _when_open(SplitDialog, lambda d: (offered.append(d.position()), d.accept()))
    _press(qtbot, dialog, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    split_off = _find(model, "3.")
    assert split_off.siblingAtColumn(Column.TEXT).data() == "加强社会信用体系建设，推进信用修复。"
    assert split_off.siblingAtColumn(Column.LEAD).data() == "市发展和改革局"
    assert _find(model, "2.", "完善").siblingAtColumn(Column.TEXT).data() == "完善企业诉求响应机制，建立问题清单。"

    # its deadline, typed as the clerk writes it
    deadline = split_off.siblingAtColumn(Column.DEADLINE)
    dialog.tree.setCurrentIndex(deadline)
    dialog.tree.edit(deadline)
    _type_into_editor(qtbot, dialog, "2025年第三季度")
    assert model.item(deadline).deadline == date(2025, 9, 30)

    # a measure the reader missed, added after the last one of （二）
    _select(dialog, _find(model, "1.", "保障重点项目"))
    _press(qtbot, dialog, Qt.Key.Key_Insert)
    _type_into_editor(qtbot, dialog, "建立重点项目要素保障台账。")
    added = _find(model, "2.", "建立重点项目")
    assert model.item(added).text == "建立重点项目要素保障台账。"

    # and moved to 保障措施, which now has a measure of its own
    _select(dialog, added)
    _when_open(QInputDialog, lambda d: (d.setTextValue("三、保障措施"), d.accept()))
    _press(qtbot, dialog, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    moved = dialog.tree.currentIndex()
    assert moved.parent().data() == "三、" and moved.siblingAtColumn(Column.TEXT).data() == "建立重点项目要素保障台账。"
    return offered


def test_the_clerk_splits_adds_and_moves_then_finds_it_stored(qtbot, database, tmp_path):
    result = _read(tmp_path)
    offered = []

    def act():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ImportPreviewDialog):
            QTimer.singleShot(20, act)
            return
        try:
            offered.extend(_clerk_corrects(qtbot, dialog))
        except BaseException as error:  # reported below; the dialog must not stay open
            offered.append(error)
            dialog.reject()
            return
        dialog.import_button.click()
    QTimer.singleShot(0, act)
    ids = preview_and_store(None, database, result, "sha-plan", "营商服务方案.txt")
    if offered and isinstance(offered[-1], BaseException):
        raise offered[-1]
    [policy_id] = ids

    assert offered == [PLAN.split("（一）优化政务服务。\n")[1].split("\n")[1].index("3.") - 2]
    areas = dump_policy(database, policy_id)["areas"]
    assert [a["title"] for a in areas] == ["重点任务", "保障措施"]  # 总体要求 left out
    first_group, second_group = areas[0]["measures"]
    assert [(m["label"], m["text"]) for m in first_group["children"]] == [
        ("1.", "推进政务服务标准化建设，统一办事指南。"), ("2.", "完善企业诉求响应机制，建立问题清单。"),
        ("3.", "加强社会信用体系建设，推进信用修复。")]
    third = first_group["children"][2]
    assert [(u["name"], u["role"]) for u in third["units"]] == [
        ("市发展和改革局", "lead"), ("市市场监督管理局", "cooperating")]
    assert str(third["deadline"]).startswith("2025-09-30")
    assert [m["label"] for m in second_group["children"]] == ["1."]
    assert [(m["label"], m["text"]) for m in areas[1]["measures"]] == [("2.", "建立重点项目要素保障台账。")]


def test_merge_delete_undo_and_cancel_store_nothing(qtbot, database, tmp_path):
    result = _read(tmp_path)
    before = _counts(database)
    seen = {}

    def act():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ImportPreviewDialog):
            QTimer.singleShot(20, act)
            return
        try:
            _merge_and_delete(qtbot, dialog, seen)
        except BaseException as error:
            seen["error"] = error
        dialog.reject()
    QTimer.singleShot(0, act)
    assert preview_and_store(None, database, result, "sha-plan", "营商服务方案.txt") is None
    if "error" in seen:
        raise seen["error"]
    _check_merge(seen, database, before, result)


def _merge_and_delete(qtbot, dialog, seen):
        model = dialog.model
        _select(dialog, _find(model, "1.", "推进政务服务"))
        _press(qtbot, dialog, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
        merged = model.item(dialog.tree.currentIndex())
        seen["merged"] = (merged.text, [u.name for u in merged.units], merged.deadline_text)
        _select(dialog, _find(model, "（二）"))
        _press(qtbot, dialog, Qt.Key.Key_Delete)
        seen["areas"] = [model.index(r, 0, model.index(1, 0, model.index(0, 0))).data()
                         for r in range(model.rowCount(model.index(1, 0, model.index(0, 0))))]
        _press(qtbot, dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        seen["undone"] = _find(model, "（二）").isValid()


def _check_merge(seen, database, before, result):
    assert seen["merged"] == ("推进政务服务标准化建设，统一办事指南。完善企业诉求响应机制，建立问题清单。"
                              "3.加强社会信用体系建设，推进信用修复。",
                              ["市政务服务数据管理局", "市发展和改革局", "市市场监督管理局"], "2024年6月底前")
    assert seen["areas"] == ["（一）"] and seen["undone"]
    assert _counts(database) == before
    assert len(result.policies[0].areas[1].measures[0].children) == 2  # the reader's result untouched


def test_the_tree_opens_expanded_with_deadlines_and_notes_beside_their_place(qtbot, tmp_path):
    result = _read(tmp_path)
    dialog = ImportPreviewDialog(result, "营商服务方案.txt")
    qtbot.addWidget(dialog)
    dialog.show()
    first = _find(dialog.model, "1.", "推进政务服务")
    assert dialog.tree.isExpanded(first.parent()) and dialog.tree.isExpanded(first.parent().parent())
    assert first.siblingAtColumn(Column.DEADLINE).data() == "2024年6月底前"
    assert dialog.tree.isColumnHidden(Column.RESPONSIBLE)
    dialog.model.setData(first.siblingAtColumn(Column.DEADLINE), "长期坚持")
    assert dialog.model.item(first).deadline is None and dialog.model.item(first).deadline_text == "长期坚持"
