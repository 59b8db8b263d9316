"""The user manual (docs/用户手册.md): its chapters, its screenshots, the menu names it
quotes, and Help › 用户手册 (F1) showing it with its pictures inside the program."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator, QUrl
from PySide6.QtGui import QImage, QKeySequence, QTextDocument, QTextImageFormat

from zjtracker import paths

ROOT = Path(__file__).resolve().parents[2]
MANUAL = ROOT / "docs" / "用户手册.md"
SCREENSHOTS = ROOT / "docs" / "screenshots"
TITLE = "zjtracker 政策落实台账 用户手册"
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
MENU_PATH = re.compile(r"\*\*([^*]+?›[^*]+?)\*\*")
# Menu items that the manual describes while they are being added to the main window (or
# still wait for their Chinese translation); every other quoted menu path must exist.
PENDING = {("文件", "打开数据库…"), ("文件", "最近打开的数据库"), ("文件", "连接共享数据库…"),
           ("文件", "备份数据库…"), ("文件", "从备份恢复…"), ("帮助", "用户手册")}


def manual_text() -> str:
    return MANUAL.read_text(encoding="utf-8")


def headings(level: int) -> list[str]:
    marker = "#" * level + " "
    return [line[len(marker):].strip() for line in manual_text().splitlines() if line.startswith(marker)]


def images() -> list[str]:
    return IMAGE.findall(manual_text())


# the file itself --------------------------------------------------------------------------
def test_the_manual_is_where_the_program_looks_for_it():
    assert paths.manual_path() == MANUAL
    assert manual_text().startswith(f"# {TITLE}\n")


def test_the_manual_has_the_required_chapters_in_order():
    chapters = headings(2)
    wanted = ["安装与启动", "主窗口", "导入政策文件", "季度工作流程", "多人共用", "备份与恢复", "常见问题", "命令行"]
    found = [next((i for i, title in enumerate(chapters) if word in title), None) for word in wanted]
    assert None not in found, chapters
    assert found == sorted(found), chapters
    sections = headings(3)
    cycle = ["发送报送表", "收回报回表", "报送跟踪", "打印报告"]  # the quarter, step by step
    steps = [next((i for i, title in enumerate(sections) if word in title), None) for word in cycle]
    assert None not in steps and steps == sorted(steps), sections
    for word in ("安装程序", "第一次启动", "数据存放在哪里", "打开其他数据库", "自检", "自动备份", "从备份恢复"):
        assert any(word in title for title in sections), word
    returns = headings(4)
    for word in ("预览窗口", "拒收的行", "冲突", "导入记录与撤销", "报回表整个被拒收"):
        assert any(word in title for title in returns), word


def test_every_image_the_manual_shows_exists_and_is_a_small_png():
    shown = images()
    assert len(shown) >= 12
    for name in shown:
        path = MANUAL.parent / name
        assert path.is_file(), name
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", name
        assert path.stat().st_size < 300_000, f"{name} is {path.stat().st_size // 1024} KB"
        image = QImage(str(path))
        assert not image.isNull() and image.width() <= 1280, name


def test_every_screenshot_is_used_by_the_manual_or_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    used = {Path(name).name for name in images()} | set(re.findall(r"docs/screenshots/([\w.-]+\.png)", readme))
    assert {path.name for path in SCREENSHOTS.glob("*.png")} <= used


def test_cross_references_are_in_words_not_links():
    """QTextBrowser gives Markdown headings no anchors, so a link to #section would go nowhere."""
    assert "](#" not in manual_text()


def test_the_command_table_names_every_command_of_the_command_line():
    from zjtracker.cli import build_parser

    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    text = manual_text()
    for command in commands:
        assert f"`{command}" in text, command
    for option in ("--self-test", "--db", "--data-dir", "--dry-run", "--strict", "--json", "--period", "--unit"):
        assert option in text, option


# the manual quotes real menu names ----------------------------------------------------------
@pytest.fixture
def chinese(qapp):
    translator = QTranslator()
    assert translator.load(str(paths.resources_dir() / "i18n" / "zjtracker_zh_CN.qm"))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def _plain(text: str) -> str:
    return re.sub(r"\(&\w\)|&", "", text).strip()


def _menu_entries(menu, prefix=()) -> set[tuple[str, ...]]:
    entries = set()
    for action in menu.actions():
        if action.isSeparator():
            continue
        path = (*prefix, _plain(action.text()))
        entries.add(path)
        if action.menu() is not None:
            entries |= _menu_entries(action.menu(), path)
    return entries


def test_every_menu_path_in_the_manual_is_a_real_menu_item(qtbot, sample_db, chinese):
    from zjtracker.ui.main_window import MainWindow

    window = MainWindow(sample_db)
    qtbot.addWidget(window)
    entries = set()
    for action in window.menuBar().actions():
        entries |= _menu_entries(action.menu(), (_plain(action.text()),))
    quoted = {tuple(part.strip() for part in match.split("›")) for match in MENU_PATH.findall(manual_text())}
    assert ("文件", "导入政策文件…") in quoted and ("文件", "发送报送表…") in quoted
    missing = {path for path in quoted if path not in entries and path not in PENDING}
    assert not missing, f"not in the menus: {sorted(missing)}; menus have {sorted(entries)}"


# Help › 用户手册 in a real main window ------------------------------------------------------
@pytest.fixture
def viewer(qtbot, sample_db):
    from zjtracker.ui.main_window import MainWindow

    window = MainWindow(sample_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert QKeySequence("F1") in window.manual_action.shortcuts()
    window.manual_action.trigger()
    shown = window._manual_viewer
    qtbot.waitExposed(shown)
    return shown


def test_help_opens_the_manual_with_its_title_and_chapters(viewer):
    text = viewer.browser.toPlainText()
    assert text.startswith(TITLE)
    for chapter in headings(2):
        assert chapter in text
    heading = viewer.browser.document().begin()
    assert heading.text() == TITLE and heading.blockFormat().headingLevel() == 1


def test_f1_opens_the_manual(qtbot, sample_db):
    from zjtracker.ui.main_window import MainWindow

    window = MainWindow(sample_db)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts work in the active window only
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: getattr(window, "_manual_viewer", None) is not None and window._manual_viewer.isVisible())
    assert window._manual_viewer.browser.toPlainText().startswith(TITLE)


def _image_names(document: QTextDocument) -> list[str]:
    names, block = [], document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().isImageFormat():
                names.append(QTextImageFormat(fragment.charFormat()).name())
            fragments += 1
        block = block.next()
    return names


def test_the_manual_shows_every_screenshot_at_its_own_size(viewer):
    document = viewer.browser.document()
    names = _image_names(document)
    assert names == images()
    for name in names:
        resource = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert resource is not None, name
        if isinstance(resource, QImage):
            image = resource
        elif hasattr(resource, "toImage"):  # a QPixmap
            image = resource.toImage()
        else:  # the file's bytes, not decoded yet
            image = QImage.fromData(resource)
        assert not image.isNull(), name
        assert image.size() == QImage(str(MANUAL.parent / name)).size(), name


def test_the_find_box_finds_a_word_and_the_next_one(qtbot, viewer):
    viewer.search.setText("备份")
    qtbot.keyClick(viewer.search, Qt.Key.Key_Return)
    first = viewer.browser.textCursor()
    assert first.selectedText() == "备份"
    qtbot.keyClick(viewer.search, Qt.Key.Key_Return)
    second = viewer.browser.textCursor()
    assert second.selectedText() == "备份" and second.position() > first.position()
    viewer.search.setText("没有这个词语")
    assert viewer.find_next() is False
