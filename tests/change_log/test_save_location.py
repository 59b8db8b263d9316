"""Files go where the clerk will find them: 修改记录 › 导出为 Excel opens the save dialog in 文档
(never the program's working folder) and then in the folder used last, and the confirmation
names the whole path with 打开 / 打开所在文件夹."""

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox

from tests.change_log.test_gui import (  # noqa: F401 (fixtures)
    TODAY,  # noqa: F401 (the window's day)
    _private_settings,
    logged,
    open_log,
    window,
)
from zjtracker import paths
from zjtracker.ui import save_location
from zjtracker.ui.file_dialogs import FileDialog


@pytest.fixture
def documents(tmp_path, monkeypatch):
    folder = tmp_path / "文档"
    folder.mkdir()
    monkeypatch.setattr(paths, "documents_dir", lambda: folder)
    working = tmp_path / "安装目录"  # on Windows, the program's install folder
    working.mkdir()
    monkeypatch.chdir(working)
    return folder


@pytest.fixture
def save_dialog(monkeypatch):
    """FileDialog.getSaveFileName recorded; ``save_dialog.answer`` is the file the clerk picks."""
    class Recorder:
        asked: list[str] = []
        answer = ""

    def ask(_parent, _title, directory, _filters, *args, **kwargs):
        Recorder.asked.append(directory)
        return Recorder.answer, ""

    monkeypatch.setattr(FileDialog, "getSaveFileName", staticmethod(ask))
    return Recorder


def test_documents_dir_comes_from_platformdirs():
    from platformdirs import user_documents_dir

    found = paths.documents_dir()
    assert found == Path(user_documents_dir()) or (found == Path.home() and not Path(user_documents_dir()).is_dir())


def test_the_change_log_export_starts_in_documents_then_in_the_last_folder(
        qtbot, window, logged, documents, save_dialog, tmp_path):  # noqa: F811
    dialog = open_log(window)
    chosen = tmp_path / "审计材料"
    chosen.mkdir()
    save_dialog.answer = str(chosen / "修改记录.xlsx")
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        dialog.export()
    assert save_dialog.asked == [str(documents / "修改记录.xlsx")]  # 文档, not the working folder
    assert load_workbook(chosen / "修改记录.xlsx")["修改记录"]["A1"].value == "修改记录"
    box = dialog.saved_box
    assert isinstance(box, QMessageBox) and str((chosen / "修改记录.xlsx").resolve()) in box.text()
    assert [b.text() for b in (box.open_button, box.folder_button)] == ["&Open", "Open the &folder"]
    assert str(chosen / "修改记录.xlsx") in dialog.status.text()
    box.close_button.click()

    save_dialog.answer = ""  # the second time: the folder used last; cancelled
    dialog.export()
    assert save_dialog.asked[-1] == str(chosen / "修改记录.xlsx")
    assert not (Path.cwd() / "修改记录.xlsx").exists()


def test_the_confirmation_opens_the_file_or_its_folder(qtbot, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(save_location.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    monkeypatch.setattr(save_location.sys, "platform", "linux")
    target = tmp_path / "报表" / "修改记录.xlsx"
    target.parent.mkdir()
    target.write_bytes(b"x")
    box = save_location.saved_message(None, "导出", "已保存：", target)
    qtbot.addWidget(box)
    box.open_button.click()
    box = save_location.saved_message(None, "导出", "已保存：", target)
    qtbot.addWidget(box)
    box.folder_button.click()
    assert opened == [str(target), str(target.parent)]


def test_a_forgotten_folder_falls_back_to_documents(documents, tmp_path):
    save_location.remember_folder(tmp_path / "gone" / "a.xlsx")
    assert save_location.start_folder() == documents  # the folder no longer exists
    save_location.remember_folder(tmp_path / "a.xlsx")
    assert save_location.start_folder() == tmp_path
    assert save_location.start_path("b.xlsx") == str(tmp_path / "b.xlsx")
