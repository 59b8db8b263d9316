"""Importing a returned workbook from the GUI: read off the GUI thread, previewed (old → new,
rejected rows, conflicts), and only what the clerk accepts is stored."""

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from tests.returns.conftest import dump_all
from tests.returns_gui.conftest import fill, saved, sent_to, stored
from zjtracker.db.models import ImportBatch
from zjtracker.services.returns.model import THEIRS
from zjtracker.ui.returns.menu import returns_ui


def open_preview(qtbot, window, path, previous=None):
    importer = returns_ui(window).importer
    if path is not None:
        importer.import_files([path])
    qtbot.waitUntil(lambda: importer.dialog is not None and importer.dialog is not previous, timeout=20000)
    return importer.dialog


def changed_rows(dialog) -> dict:
    """What the changes tree shows: each row's title, and its cells as (column, old, new)."""
    model = dialog.changes.changes_model
    shown = {}
    for number in range(model.rowCount()):
        top = model.index(number, 0)
        shown[top.data()] = [tuple(model.index(cell, column, top).data() for column in range(3))
                             for cell in range(model.rowCount(top))]
    return shown


def top_index(dialog, label: str):
    model = dialog.changes.changes_model
    return next(model.index(i, 0) for i in range(model.rowCount()) if model.index(i, 0).data().startswith(label))


def tick(index, checked: bool) -> None:
    """What the tree view does when the clerk clicks a check box."""
    state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
    assert index.model().setData(index, state, Qt.ItemDataRole.CheckStateRole)


def check_state(index):
    return Qt.CheckState(index.data(Qt.ItemDataRole.CheckStateRole))


def batches(database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count(ImportBatch.id)).where(ImportBatch.kind == "updates"))


def test_preview_shows_old_and_new_and_rejected_rows_and_applies_only_the_accepted_cells(
        qtbot, window, database, policy_id, tmp_path, answers):
    saved(database, "一、", 1, status_text="已开会。", percent=30.0)
    sent = sent_to(database, policy_id, "市商务局", tmp_path)
    path = fill(sent.path, {
        "一、/（1）": {"落实情况": "已全面铺开。", "完成进度（%）": 60},
        "一、/（2）": {"备注": "电话核实"},
        "二、/（2）": {"完成进度（%）": "八十"},  # not a number: the whole row is rejected
    })
    dialog = open_preview(qtbot, window, path)
    assert changed_rows(dialog) == {
        "（1） 便利企业分支机构信息变更，在全市范围内实行集中统一办理。": [
            ("落实情况", "已开会。", "已全面铺开。"), ("完成进度（%）", "30%", "60%")],
        "（2） 落实全国统一市场准入负面清单，建立隐性壁垒意见反馈渠道。": [("备注", "(empty)", "电话核实")],
    }
    [rejected] = [dialog.rejected.item(i).text() for i in range(dialog.rejected.count())]
    assert path.name in rejected and "工作表“报送表”" in rejected and "完成进度（%）" in rejected and "八十" in rejected
    assert "1 row(s) rejected" in dialog.counts.text() and dialog.unit_label.text() == "市商务局"

    second = top_index(dialog, "（2）")
    tick(second, False)  # the whole row left out
    assert check_state(second.model().index(0, 0, second)) == Qt.CheckState.Unchecked
    first = top_index(dialog, "（1）")
    tick(first.model().index(0, 0, first), False)  # 落实情况 left out, 完成进度 taken
    assert check_state(first) == Qt.CheckState.PartiallyChecked
    dialog.accept_selected_button.click()
    importer = returns_ui(window).importer
    qtbot.waitUntil(lambda: bool(importer.results), timeout=20000)
    assert stored(database, "一、", 1) == {"status_text": "已开会。", "problems": "", "suggestions": "",
                                          "percent": 60.0, "assessment": "", "remarks": ""}
    assert stored(database, "一、", 2)["remarks"] == ""
    assert stored(database, "二、", 2)["percent"] is None
    assert importer.results[0].updated_cells == 1 and importer.results[0].skipped_cells == 2
    assert "1 cell(s) in 1 row(s)" in window.statusBar().currentMessage()


def test_a_conflict_resolved_take_theirs_is_applied_and_keep_ours_is_the_default(
        qtbot, window, database, policy_id, tmp_path, answers):
    saved(database, "一、", 1, percent=30.0)
    sent = sent_to(database, policy_id, "市商务局", tmp_path)
    saved(database, "一、", 1, percent=45.0)  # typed in after the workbook went out
    saved(database, "一、", 2, remarks="电话补报")
    path = fill(sent.path, {"一、/（1）": {"完成进度（%）": 60}, "一、/（2）": {"备注": "书面报回"}})
    dialog = open_preview(qtbot, window, path)
    conflicts = dialog.conflicts
    shown = [[conflicts.topLevelItem(i).text(c) for c in range(1, 5)] for i in range(conflicts.topLevelItemCount())]
    assert shown == [["完成进度（%）", "30%", "45%", "60%"], ["备注", "(empty)", "电话补报", "书面报回"]]
    assert [combo.currentText() for combo in conflicts.combos.values()] == ["Keep ours", "Keep ours"]
    assert dialog.tabs.currentIndex() == 0 and "Conflicts (2)" == dialog.tabs.tabText(0)
    percent_key = next(key for key in conflicts.combos if key[1] == "percent")
    combo = conflicts.combos[percent_key]
    combo.setCurrentIndex(combo.findData(THEIRS))  # the clerk takes the colleague's 60
    dialog.accept_all_button.click()
    importer = returns_ui(window).importer
    qtbot.waitUntil(lambda: bool(importer.results), timeout=20000)
    assert stored(database, "一、", 1)["percent"] == 60.0
    assert stored(database, "一、", 2)["remarks"] == "电话补报"
    result = importer.results[0]
    assert (result.conflicts_taken, result.conflicts_kept, result.conflicts_open) == (1, 1, 0)


def test_accepting_nothing_leaves_the_database_as_it_was(qtbot, window, database, policy_id, tmp_path, answers):
    sent = sent_to(database, policy_id, "市商务局", tmp_path)
    path = fill(sent.path, {"一、/（1）": {"完成进度（%）": 60}})
    before = dump_all(database)
    dialog = open_preview(qtbot, window, path)
    importer = returns_ui(window).importer
    with qtbot.waitSignal(importer.idle, timeout=20000):
        dialog.reject_button.click()
    assert dump_all(database) == before and batches(database) == 0
    assert "Nothing imported" in window.statusBar().currentMessage()


def test_the_same_file_twice_is_noticed_and_the_clerk_asked(qtbot, window, database, policy_id, tmp_path, answers):
    sent = sent_to(database, policy_id, "市商务局", tmp_path)
    path = fill(sent.path, {"一、/（1）": {"完成进度（%）": 60}})
    importer = returns_ui(window).importer
    open_preview(qtbot, window, path).accept_all_button.click()
    qtbot.waitUntil(lambda: bool(importer.results), timeout=20000)
    batch_id = importer.results[0].batch_id
    with qtbot.waitSignal(importer.idle, timeout=20000):
        importer.import_files([path])
    [question] = answers.questions
    assert path.name in question and f"import no. {batch_id}" in question
    assert importer.dialog is None and batches(database) == 1
    answers.reply = answers.reply.Yes
    dialog = open_preview(qtbot, window, path)
    assert "imported before" in dialog.notice.text() and f"import no. {batch_id}" in dialog.notice.text()
    assert dialog.counts.text().startswith("0 row(s) would change")


def test_a_refused_file_gets_a_warning_and_nothing_else(qtbot, window, database, policy_id, tmp_path, answers):
    bad = tmp_path / "市商务局-报回.xlsx"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 an old xls")
    importer = returns_ui(window).importer
    with qtbot.waitSignal(importer.idle, timeout=20000):
        importer.import_files([bad])
    [warning] = answers.warnings
    assert bad.name in warning and ".xls" in warning
    assert importer.dialog is None and batches(database) == 0


def test_a_preview_overtaken_by_an_edit_is_read_again(qtbot, window, database, policy_id, tmp_path, answers):
    sent = sent_to(database, policy_id, "市商务局", tmp_path)
    path = fill(sent.path, {"一、/（1）": {"完成进度（%）": 60}})
    dialog = open_preview(qtbot, window, path)
    saved(database, "一、", 1, percent=50.0)  # a colleague phones it in while the preview is open
    answers.reply = answers.reply.Yes
    dialog.accept_all_button.click()
    again = open_preview(qtbot, window, None, previous=dialog)
    [question] = answers.questions
    assert "（1）" in question and "Read “" in question
    assert stored(database, "一、", 1)["percent"] == 50.0 and batches(database) == 0
    [(row, conflict)] = again.preview.conflicts
    assert (conflict.ours, conflict.theirs) == (50.0, 60.0)
