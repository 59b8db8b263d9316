"""The core never imports Qt: only zjtracker/ui may (DESIGN.md, Layout)."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "zjtracker"
QT_ROOTS = {"PySide6", "shiboken6", "PyQt5", "PyQt6"}
CORE = ["db", "importing", "exporting", "reports", "services"]


def _imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    roots = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def test_core_packages_do_not_import_qt():
    offenders = []
    for package in CORE:
        for path in (PACKAGE / package).rglob("*.py"):
            if _imported_roots(path) & QT_ROOTS:
                offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


def test_the_scan_would_notice_a_qt_import(tmp_path):
    sample = tmp_path / "m.py"
    sample.write_text("def f():\n    from PySide6.QtCore import QObject\n", encoding="utf-8")
    assert "PySide6" in _imported_roots(sample)


def test_top_level_modules_outside_ui_do_not_import_qt_at_module_level():
    for name in ("cli.py", "cli_commands.py", "paths.py", "__main__.py"):
        tree = ast.parse((PACKAGE / name).read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                module = getattr(node, "module", None) or node.names[0].name
                assert module.split(".")[0] not in QT_ROOTS, name
