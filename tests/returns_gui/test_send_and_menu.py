"""Sending fill-in workbooks from the GUI (all units into a folder, or one unit), and the
returns' actions in the main window's menus."""

from openpyxl import load_workbook
from PySide6.QtGui import QKeySequence

from tests.returns_gui.conftest import DURING_Q3, PERIOD, unit_id
from zjtracker.services.returns.detect import glance
from zjtracker.services.returns.tracker import SENT, tracker_grid
from zjtracker.ui.file_dialogs import FileDialog
from zjtracker.ui.returns.menu import returns_ui
from zjtracker.ui.returns.send_dialog import SendTemplatesDialog


def dialog_for(qtbot, database, policy_id):
    dialog = SendTemplatesDialog(database, PERIOD, None, policy_id)
    qtbot.addWidget(dialog)
    return dialog


def test_all_units_get_one_workbook_each_in_the_folder(qtbot, database, policy_id, tmp_path, answers):
    dialog = dialog_for(qtbot, database, policy_id)
    assert dialog.period_box.currentData() == "2025Q3"
    assert [dialog.unit_box.itemText(i) for i in range(dialog.unit_box.count())] == [  # in pinyin order
        "市商务局 — leads 2, responsible for 0, cooperates on 2",
        "市市场监督管理局 — leads 1, responsible for 0, cooperates on 0",
        "市税务局 — leads 2, responsible for 0, cooperates on 0"]
    assert "All 3 units" in dialog.all_button.text()
    folder = tmp_path / "发出"
    dialog.folder_edit.setText(str(folder))
    dialog.generate_button.click()
    qtbot.waitUntil(lambda: len(dialog.written) == 3, timeout=30000)
    files = sorted(p.name for p in folder.iterdir())
    assert len(files) == 3 and all(name.endswith("_2025Q3_湛江市测试营商环境行动方案_报送表.xlsx") for name in files)
    stamps = {glance(folder / name).unit_id for name in files}
    assert stamps == {unit_id(database, u) for u in ("市商务局", "市税务局", "市市场监督管理局")}
    sheet = load_workbook(folder / next(n for n in files if n.startswith("市税务局")))["报送表"]
    assert sum(1 for row in sheet.iter_rows(min_row=5, values_only=True) if row[4]) == 2
    assert "Wrote 3 workbook(s)" in dialog.status.text() and dialog.files.count() == 3
    grid = tracker_grid(database, policy_id, 2025, DURING_Q3)
    assert {grid.cell(u.unit_id, "2025Q3").state for u in grid.units} == {SENT}

    answers.reply = answers.reply.No  # a second time: the files exist, the clerk keeps them
    before = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    dialog.generate_button.click()
    [question] = answers.questions
    assert "3 file(s) exist" in question
    assert {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} == before


def test_one_unit_gets_one_workbook(qtbot, database, policy_id, tmp_path, answers):
    dialog = dialog_for(qtbot, database, policy_id)
    dialog.one_button.setChecked(True)
    dialog.unit_box.setCurrentIndex(dialog.unit_box.findData(unit_id(database, "市税务局")))
    assert dialog.file_edit.text().endswith("市税务局_2025Q3_湛江市测试营商环境行动方案_报送表.xlsx")
    target = tmp_path / "税务局.xlsx"
    dialog.file_edit.setText(str(target))
    dialog.generate_button.click()
    qtbot.waitUntil(lambda: len(dialog.written) == 1, timeout=30000)
    seen = glance(target)
    assert seen.stamped and seen.unit_id == unit_id(database, "市税务局") and str(seen.period) == "2025Q3"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".xlsx"] == ["税务局.xlsx"]


def test_the_returns_actions_are_in_the_menus(qtbot, window, database, policy_id):
    ui = returns_ui(window)
    file_texts = [a.text() for a in window.file_menu.actions()]
    position = file_texts.index(window.import_action.text())
    assert file_texts[position + 1: position + 3] == ["&Send fill-in workbooks…", "Import &returned workbooks…"]
    assert ui.import_action.shortcut() == QKeySequence("Ctrl+Shift+O")
    assert ui.history_action in window.tools_menu.actions() and ui.tracker_action in window.view_menu.actions()
    ui.tracker_action.trigger()
    assert window.tabs.currentWidget() is ui.tracker and window.tabs.tabText(window.tabs.currentIndex()) == "Returns"
    count = window.tabs.count()
    ui.tracker_action.trigger()  # shown again, not added twice
    assert window.tabs.count() == count
    assert ui.tracker.chosen_period() == PERIOD and ui.tracker.policy_id() == policy_id
    ui.send_action.trigger()
    qtbot.waitUntil(lambda: ui.send_dialog is not None and ui.send_dialog.isVisible(), timeout=5000)
    assert ui.send_dialog.policy_id() == policy_id and ui.send_dialog.period_box.currentData() == "2025Q3"
    ui.send_dialog.reject()


def test_files_chosen_from_the_menu_are_read_off_the_gui_thread(qtbot, window, database, policy_id, tmp_path,
                                                                  monkeypatch, answers):
    import threading

    from tests.returns_gui.conftest import fill, sent_to
    from zjtracker.ui.returns import importing as returns_import
    first = fill(sent_to(database, policy_id, "市商务局", tmp_path).path, {"一、/（1）": {"完成进度（%）": 60}})
    second = fill(sent_to(database, policy_id, "市税务局", tmp_path).path, {"一、/（3）": {"备注": "乙"}})
    monkeypatch.setattr(FileDialog, "getOpenFileNames", lambda *a, **k: ([str(first), str(second)], ""))
    threads = []
    real = returns_import.preview_return

    def preview(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(returns_import, "preview_return", preview)
    ui = returns_ui(window)
    ui.import_action.trigger()
    qtbot.waitUntil(lambda: ui.importer.dialog is not None, timeout=20000)
    assert len(threads) == 2 and threading.main_thread() not in threads
    assert ui.importer.dialog.preview.file_name == first.name  # one file after the other
    ui.importer.dialog.accept_all_button.click()
    qtbot.waitUntil(lambda: ui.importer.dialog is not None and ui.importer.dialog.preview.file_name == second.name,
                    timeout=20000)
    with qtbot.waitSignal(ui.importer.idle, timeout=20000):
        ui.importer.dialog.accept_all_button.click()
    assert [r.updated_cells for r in ui.importer.results] == [1, 1]


def test_a_word_for_several_units_is_listed_last_and_said_so(qtbot, database, policy_id):
    from sqlalchemy import select

    from zjtracker.db.models import Assignment, Measure, Unit

    with database.session() as session, session.begin():
        counties = Unit(name="各县（市、区）", kind="city_bureau")
        session.add(counties)
        session.flush()
        measure = session.scalars(select(Measure).where(Measure.text.like("%电子发票%"))).one()
        session.add(Assignment(measure_id=measure.id, unit_id=counties.id, role="cooperating"))
    dialog = dialog_for(qtbot, database, policy_id)
    lines = [dialog.unit_box.itemText(i) for i in range(dialog.unit_box.count())]
    assert len(lines) == 4 and lines[-1].startswith("各县（市、区） — leads 0, responsible for 0, cooperates on 1")
    assert "a group of units" in lines[-1] and not any("a group of units" in line for line in lines[:-1])
    assert "All 4 units (1 of them groups of units)" in dialog.all_button.text()
