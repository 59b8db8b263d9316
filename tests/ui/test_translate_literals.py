"""A text handed to translate() inside a conditional expression is invisible to the
translation tool and stays English (the status bar said "Done: 生成2027年度台账")."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ZH_QM = ROOT / "resources" / "i18n" / "zjtracker_zh_CN.qm"


def test_no_translate_call_chooses_its_text_with_a_conditional():
    offending = []
    for path in sorted((ROOT / "zjtracker" / "ui").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"(?:translate\(\s*\"\w+\",|\btr\()\s*\"[^\"]*\"\s+if\b", text):
            offending.append(f"{path.name}:{text.count(chr(10), 0, match.start()) + 1}")
    assert offending == []


def test_the_structure_steps_in_the_status_bar_are_chinese():
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(ZH_QM))
    assert translator.translate("MainWindow", "Done: %1") == "已完成：%1"
    assert translator.translate("MainWindow", "Undone: %1") == "已撤销：%1"
