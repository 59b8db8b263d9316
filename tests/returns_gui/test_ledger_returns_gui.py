"""Returns in the city's ledger layout (no stamp) in the GUI: the period read from the title,
values that replace stored ones marked, the sender chosen, another period, a ledger of no
known policy offered to the policy import, and dropped files routed."""

from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QInputDialog

from tests.returns.conftest import TEXTS, ledger_book, save
from tests.returns_gui.conftest import saved, sent_to, stored
from tests.returns_gui.test_preview_flow import open_preview, top_index
from zjtracker.services.history.batches import list_batches
from zjtracker.services.periods import Period
from zjtracker.ui.period_selector import period_text
from zjtracker.ui.returns.menu import import_return_files, returns_files_of, returns_ui
from zjtracker.ui.returns.preview_model import OVERWRITE_BACKGROUND


def ledger_return(tmp_path, name="市商务局-三季度.xlsx", title_rows=1):
    book = ledger_book([
        ["一、市场准入", None, None, "（1）", TEXTS[("一", 1)], "新的进展。", None, None, 80, "序时推进", None],
        ["一、市场准入", None, None, "（2）", TEXTS[("一", 2)], None, None, None, 50, None, None],
    ], title_rows=title_rows)
    return save(book, tmp_path / name)


def test_a_ledger_return_takes_its_period_from_the_title_and_marks_overwrites(
        qtbot, window, database, policy_id, tmp_path, answers):
    saved(database, "一、", 1, status_text="旧进展")
    window.period_selector.set_period("2025Q4")  # the window shows another quarter
    dialog = open_preview(qtbot, window, ledger_return(tmp_path))
    assert dialog.preview.period == "2025Q3" and dialog.preview.kind == "ledger"
    assert "as written in the file" in dialog.period_label.text()
    first = top_index(dialog, "（1）")
    model = first.model()
    [cell] = [i for i in range(model.rowCount(first)) if model.index(i, 0, first).data() == "落实情况"]
    assert (model.index(cell, 1, first).data(), model.index(cell, 2, first).data()) == ("旧进展", "新的进展。")
    assert model.index(cell, 1, first).data(Qt.ItemDataRole.BackgroundRole).color() == QColor(OVERWRITE_BACKGROUND)
    note = model.index(cell, 3, first)
    assert note.data() == "Overwrites a stored value" and "did not see" in note.data(Qt.ItemDataRole.ToolTipRole)
    percent = next(model.index(i, 1, first) for i in range(model.rowCount(first))
                   if model.index(i, 0, first).data().startswith("完成进度"))
    assert percent.data(Qt.ItemDataRole.BackgroundRole) is None  # nothing was stored: not an overwrite
    assert dialog.unit_box.currentText() == "市商务局"  # named in the file name
    dialog.unit_box.setCurrentIndex(dialog.unit_box.findText("市税务局"))  # the clerk knows better
    dialog.accept_all_button.click()
    qtbot.waitUntil(lambda: bool(returns_ui(window).importer.results), timeout=20000)
    assert stored(database, "一、", 1)["status_text"] == "新的进展。"
    [batch] = list_batches(database, policy_id)
    assert (batch.unit_name, batch.period) == ("市税务局", "2025Q3")


def test_a_ledger_return_can_be_read_for_another_period(qtbot, window, database, policy_id, tmp_path,
                                                        answers, monkeypatch):
    dialog = open_preview(qtbot, window, ledger_return(tmp_path, "return.xlsx", title_rows=0))
    assert dialog.preview.period == "2025Q3"
    assert "main window" in dialog.period_label.text()
    offered = []

    def choose(parent, title, label, items, current, editable):
        offered.extend(items)
        return period_text(Period.parse("2025Q2")), True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    dialog.other_period_button.click()
    again = open_preview(qtbot, window, None, previous=dialog)
    assert again.preview.period == "2025Q2" and period_text(Period.parse("2025Q3")) in offered
    assert "as chosen" in again.period_label.text()
    again.reject_button.click()
    assert stored(database, "一、", 1)["status_text"] == ""


def test_a_ledger_of_no_known_policy_is_offered_to_the_policy_import(qtbot, window, database, policy_id,
                                                                     tmp_path, answers, monkeypatch):
    book = ledger_book([["一、别的领域", None, None, "（1）", "完全不同的一项任务内容，与本库任何政策都不相符。",
                         "进展。", None, None, 10, None, None]])
    path = save(book, tmp_path / "别的台账.xlsx")
    handed = []
    monkeypatch.setattr(window.importer, "import_files", lambda files: handed.extend(files))
    answers.reply = answers.reply.Yes
    importer = returns_ui(window).importer
    with qtbot.waitSignal(importer.idle, timeout=20000):
        importer.import_files([path])
    [question] = answers.questions
    assert path.name in question and "new policy" in question
    assert handed == [path] and importer.dialog is None


def test_dropped_returns_are_told_from_policy_documents(qtbot, window, database, policy_id, tmp_path, answers):
    stamped = sent_to(database, policy_id, "市商务局", tmp_path).path
    ledger = ledger_return(tmp_path)
    duties = ledger_book([["一、市场准入", "市商务局", None, "（1）", "任务"]],
                         header=["指标名称", "牵头单位", "责任单位", "序号", "工作任务"])
    duties_path = save(duties, tmp_path / "责任清单.xlsx")
    text = tmp_path / "方案.txt"
    text.write_text("湛江市……实施方案", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in (stamped, ledger, duties_path, text)])
    assert returns_files_of(mime) == [str(stamped), str(ledger)]
    import_return_files(window, [stamped])
    dialog = open_preview(qtbot, window, None)
    assert dialog.preview.kind == "stamped" and dialog.preview.unit_name == "市商务局"
