"""Every user-visible string is translated to Chinese, the default language."""

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ZH_TS = ROOT / "resources" / "i18n" / "zjtracker_zh_CN.ts"


def _unfinished(ts: Path) -> list[str]:
    return [
        m.find("source").text
        for m in ET.parse(ts).iter("message")
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not (m.find("translation").text or "").strip()
    ]


def test_chinese_translation_is_complete_for_the_current_code(tmp_path):
    copy = tmp_path / ZH_TS.name
    shutil.copy(ZH_TS, copy)
    sources = sorted(str(p) for p in (ROOT / "zjtracker" / "ui").rglob("*.py"))
    subprocess.run(["pyside6-lupdate", *sources, "-ts", str(copy), "-no-obsolete"],
                   check=True, capture_output=True)
    assert _unfinished(copy) == []


def test_compiled_translation_is_used_by_the_window(qtbot, database):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from zjtracker.ui.main_window import MainWindow

    translator = QTranslator()
    assert translator.load(str(ZH_TS.with_suffix(".qm")))
    QCoreApplication.installTranslator(translator)
    try:
        window = MainWindow(database)
        qtbot.addWidget(window)
        assert window.menuBar().actions()[0].text() == "文件(&F)"
        assert window.windowTitle().startswith("政策落实台账")
    finally:
        QCoreApplication.removeTranslator(translator)


def test_every_tr_call_has_a_context_the_translation_tool_sees():
    """`self.tr(...)` inside a class, or QCoreApplication.translate("Context", ...): a tr
    reached through another object or an alias gets a context at run time that the .ts
    file does not have, and the string would stay English."""
    import re

    offending = []
    for path in sorted((ROOT / "zjtracker" / "ui").rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            receivers = re.findall(r"(\w+)\.tr\(", line)
            if any(r != "self" for r in receivers) or re.match(r"\s*tr\s*=", line):
                offending.append(f"{path.name}:{number}: {line.strip()}")
        # translate() with a variable instead of the English text: the tool cannot see it.
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"translate\(\s*\"\w+\",\s*(?![\s\"])", text):
            number = text.count("\n", 0, match.start()) + 1
            offending.append(f"{path.name}:{number}: translate() of a variable")
    assert offending == []


def test_the_file_dialog_speaks_chinese_where_qts_own_catalogue_is_silent(qtbot):
    """Qt's qtbase_zh_CN leaves 'Look in:', 'Files of type:' and the type 'Folder' in
    English; the program's small catalogue of Qt's gaps fills them in."""
    from PySide6.QtCore import QCoreApplication, QTranslator
    from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

    from zjtracker.ui.app import install_translation

    app = QApplication.instance()
    before = set(app.findChildren(QTranslator))
    install_translation(app, "zh_CN")
    try:
        dialog = QFileDialog(None, "导入报回表", str(ROOT))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        labels = [label.text() for label in dialog.findChildren(QLabel)]
        assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels
        assert not [text for text in labels if any("a" <= ch.lower() <= "z" for ch in text.replace("&", "")
                                                   .replace("(L)", "").replace("(T)", "").replace("(N)", ""))]
        assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder") == "文件夹"
    finally:
        for translator in set(app.findChildren(QTranslator)) - before:
            QCoreApplication.removeTranslator(translator)
