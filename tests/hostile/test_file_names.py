"""File names: one fill-in workbook per unit, named after the unit, stays inside the chosen
folder whatever the unit is called; files whose names hold spaces, Chinese, #, % or quotes
import like any other."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.hostile.craft import policy_document
from tests.returns.conftest import PERIOD, TEXTS, ledger_book, progress, save
from zjtracker.cli import main
from zjtracker.db.models import Assignment, Measure, Unit
from zjtracker.exporting.file_names import MAX_NAME_BYTES, safe_file_name
from zjtracker.importing.returns.reader import read_return
from zjtracker.services.returns.export import iter_export_templates, template_file_name

HOSTILE_UNITS = [
    "市住建局/城管局", "市住建局城管局", "a\\b", "..", "CON", "nul", "名称：*?\"<>|", "很长的单位名称" * 28,
    "尾点. . ", "\u202e反转文字", "控制\x01字符", "../../逃出去",
]
WINDOWS_FORBIDDEN = set('\\/:*?"<>|')


def add_units(database, names: list[str]) -> None:
    """Each name a unit cooperating on every measure of the test policy."""
    with database.session() as session:
        measures = session.scalars(select(Measure.id).where(Measure.is_group.is_(False))).all()
        for name in names:
            unit = Unit(name=name)
            session.add(unit)
            session.flush()
            session.add_all(Assignment(measure_id=m, unit_id=unit.id, role="cooperating") for m in measures)


def check_name(name: str) -> None:
    assert not WINDOWS_FORBIDDEN & set(name) and not any(ord(ch) < 32 for ch in name)
    assert name == name.strip(" .") or name.endswith(".xlsx")
    assert len(name.encode("utf-8")) <= 255 and len(name) <= 255
    assert name.split(".")[0].upper() not in {"CON", "NUL", "PRN", "AUX"}
    assert "\u202e" not in name


def test_one_workbook_per_unit_inside_the_folder(database, policy_id, tmp_path):
    add_units(database, HOSTILE_UNITS)
    folder = tmp_path / "报送表"
    exported = [done for _, _, done in iter_export_templates(database, policy_id, PERIOD, folder)]
    names = {done.unit_name for done in exported}
    assert set(HOSTILE_UNITS) <= names
    paths = [done.path for done in exported]
    assert len(set(paths)) == len(paths), "two units wrote the same file"
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in paths)
    assert not list(tmp_path.glob("*.xlsx")) and not (tmp_path.parent / "逃出去").exists()
    for done in exported:
        assert done.path.parent == folder and done.path.resolve().parent == folder.resolve()
        check_name(done.path.name)
        stamp = read_return(done.path).stamp  # the file is the unit's (control characters cannot be stored)
        assert stamp.unit_id == done.unit_id and stamp.unit_name == done.unit_name.replace("\x01", "")


@pytest.mark.parametrize("unit", HOSTILE_UNITS, ids=[f"unit{n}" for n in range(len(HOSTILE_UNITS))])
def test_template_file_name(unit):
    name = template_file_name("=湛江市/测试:方案" + "很长" * 50, PERIOD, unit)
    check_name(name)
    assert name.endswith("_报送表.xlsx") and str(PERIOD) in name


def test_safe_file_name_edge_cases():
    assert safe_file_name("..", ".xlsx") == "未命名.xlsx"
    assert safe_file_name("CON", ".xlsx") == "_CON.xlsx"
    assert safe_file_name("com1.备份", ".pdf") == "_com1.备份.pdf"
    assert safe_file_name("a/b\\c:d", ".xlsx") == "abcd.xlsx"
    long = safe_file_name("单" * 300, ".xlsx")
    assert len(long.encode("utf-8")) <= MAX_NAME_BYTES and long.endswith(".xlsx")


def test_the_command_line_with_one_unit_and_a_folder(database, policy_id, tmp_path):
    add_units(database, ["市住建局/城管局"])
    folder = tmp_path / "out"
    folder.mkdir()
    code = main(["--db", database.url, "export-template", "--policy", str(policy_id), "--unit", "市住建局/城管局",
                 "--period", str(PERIOD), "-o", str(folder)])
    assert code == 0
    [written] = list(folder.iterdir())
    assert written.name.startswith("市住建局城管局_2025Q3_")


ODD_NAMES = ["政策 文件 #1 %20 '引号' \"双引号\"", "100% 完成#", "  前后空格  ", "名字,逗号;分号&和"]


@pytest.mark.parametrize("stem", ODD_NAMES, ids=[f"name{n}" for n in range(len(ODD_NAMES))])
def test_policy_files_with_odd_names_import(database, tmp_path, capsys, stem):
    seed = Path(__file__).resolve().parents[2] / "resources" / "seeds" / "002_a6fb8a7275de8af0.txt"
    text_file = tmp_path / f"{stem}.txt"
    text_file.write_bytes(seed.read_bytes())
    document = policy_document(tmp_path / f"{stem}.docx")
    for path in (text_file, document):
        assert main(["--db", database.url, "import-policy", str(path), "--json"]) == 0
        out = json.loads(capsys.readouterr().out)
        assert out["stored"] and out["policy_ids"]


@pytest.mark.parametrize("stem", ODD_NAMES, ids=[f"name{n}" for n in range(len(ODD_NAMES))])
def test_returns_with_odd_names_import(database, policy_id, tmp_path, capsys, stem):
    rows = [["一、市场准入", "市市场监督管理局", None, "（1）", TEXTS[("一", 1)], "已推进", None, None, 50, "序时推进", None]]
    path = save(ledger_book(rows), tmp_path / f"{stem}.xlsx")
    assert main(["--db", database.url, "import-updates", str(path), "--policy", str(policy_id),
                 "--period", str(PERIOD), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["refused"] is None and out["file"] == path.name
    assert progress(database, "一、", 1)["percent"] == 50
