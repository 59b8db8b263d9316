"""export-template and import-updates as a script would use them: real processes."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.returns.conftest import TEXTS, dump_all, fill, ledger_book, plan_of, save, test_policy
from zjtracker.db import open_database
from zjtracker.importing.model import ParseResult
from zjtracker.services.policies.importer import store_result
from zjtracker.services.progress import load_progress, save_progress, with_values

ROOT = Path(__file__).resolve().parents[2]
KEYS = {"applied", "updated", "unchanged", "rejected", "conflicts", "refused"}


def run(*args):
    return subprocess.run([sys.executable, "-m", "zjtracker", *map(str, args)], capture_output=True, text=True,
                          encoding="utf-8", cwd=ROOT, env=dict(os.environ), timeout=300)


@pytest.fixture
def db_file(tmp_path):
    path = tmp_path / "cli.db"
    database = open_database(path)
    store_result(database, ParseResult(source="t.txt", policies=[test_policy()]), "t")
    save_progress(database, with_values(load_progress(database, plan_of(database, "一、", 2), "2025Q3"),
                                        status_text="排查中。", percent=50.0))
    database.dispose()
    return path


def snapshot(path):
    database = open_database(path)
    try:
        return dump_all(database)
    finally:
        database.dispose()


def exported(db_file, tmp_path):
    out = tmp_path / "商务局.xlsx"
    done = run("--db", db_file, "export-template", "--policy", 1, "--unit", "市商务局", "--period", "2025Q3", "-o", out)
    assert done.returncode == 0, done.stderr
    return out


def test_export_template_one_unit_all_units_and_errors(db_file, tmp_path):
    done = run("--db", db_file, "export-template", "--policy", 1, "--unit", "市商务局", "--period", "2025Q3",
               "-o", tmp_path / "one.xlsx")
    assert done.returncode == 0 and "4 项任务" in done.stdout and (tmp_path / "one.xlsx").exists()
    done = run("--db", db_file, "export-template", "--policy", 1, "--period", "2025Q3", "-o", tmp_path / "all")
    assert done.returncode == 0, done.stderr
    assert len(list((tmp_path / "all").glob("*.xlsx"))) == 3 and "共生成 3 个报送表" in done.stdout
    for args, code, words in [
        (["--unit", "市不存在局"], 2, "市不存在局"),
        (["--unit", "市发改局"], 1, "没有2025年的任务"),
        (["--unit", "市商务局", "--policy", 42], 2, "42"),
        (["--unit", "市商务局", "--period", "2025Q5"], 2, "2025Q3"),
        (["-o", tmp_path / "one.xlsx"], 2, "文件夹"),
    ]:
        base = {"--policy": 1, "--period": "2025Q3", "-o": tmp_path / "x.xlsx"}
        extra = dict(zip(args[::2], args[1::2]))
        argv = [item for key, value in {**base, **extra}.items() for item in (key, value)]
        done = run("--db", db_file, "export-template", *argv)
        assert done.returncode == code, (args, done.stderr)
        assert words in done.stderr and "Traceback" not in done.stderr


def test_import_updates_json_shape_and_exit_0(db_file, tmp_path):
    path = fill(exported(db_file, tmp_path), {
        "一、/（2）": {"完成进度（%）": "80%", "落实情况": "已排查完毕。"},
        "一、/（3）": {"完成进度（%）": "很多"},
    })
    done = run("--db", db_file, "import-updates", path, "--period", "2025Q3", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert KEYS <= set(data) and data["applied"] is True and data["refused"] is None
    assert data["updated"] == [{"task": "2", "row": 6, "sheet": "报送表",
                                "fields": {"status_text": "已排查完毕。", "percent": 80},
                                "old": {"status_text": "排查中。", "percent": 50}, "overwrites": []}]
    assert data["unchanged"] == 2
    [rejected] = data["rejected"]
    assert (rejected["row"], rejected["task"], rejected["reason"]) == (7, "3", "not_a_number")
    assert "第 7 行“完成进度（%）”列" in rejected["message"]
    assert data["conflicts"] == [] and data["unit"] == "市商务局" and isinstance(data["batch"], int)


def test_dry_run_changes_nothing(db_file, tmp_path):
    path = fill(exported(db_file, tmp_path), {"一、/（2）": {"完成进度（%）": 90}})
    before = snapshot(db_file)
    done = run("--db", db_file, "import-updates", path, "--period", "2025Q3", "--dry-run", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["applied"] is False and data["updated"][0]["fields"] == {"percent": 90}
    assert snapshot(db_file) == before


def test_strict_refuses_a_file_with_rejected_rows(db_file, tmp_path):
    path = fill(exported(db_file, tmp_path), {"一、/（2）": {"完成进度（%）": 90}, "一、/（3）": {"评估情况": "差不多"}})
    before = snapshot(db_file)
    done = run("--db", db_file, "import-updates", path, "--period", "2025Q3", "--strict", "--json")
    assert done.returncode == 1
    data = json.loads(done.stdout)
    assert data["applied"] is False and data["refused"]["reason"] == "rejected_rows"
    assert data["rejected"][0]["reason"] == "bad_assessment"
    assert snapshot(db_file) == before
    done = run("--db", db_file, "import-updates", path, "--period", "2025Q3")  # without --strict: applied
    assert done.returncode == 0 and "已更新 1 项任务" in done.stdout and "被拒绝 1 处" in done.stdout


def test_refused_files_exit_1_with_reason(db_file, tmp_path):
    bad = tmp_path / "old.xls"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    before = snapshot(db_file)
    done = run("--db", db_file, "import-updates", bad, "--period", "2025Q3", "--json")
    assert done.returncode == 1
    data = json.loads(done.stdout)
    assert KEYS <= set(data) and data["refused"]["reason"] == "unreadable_file" and data["applied"] is False
    done = run("--db", db_file, "import-updates", bad, "--period", "2025Q3")
    assert done.returncode == 1 and "另存为 .xlsx" in done.stderr and "Traceback" not in done.stderr
    path = fill(exported(db_file, tmp_path), {"一、/（2）": {"备注": "甲"}})
    before = snapshot(db_file)
    done = run("--db", db_file, "import-updates", path, "--period", "2025Q4", "--json")
    assert done.returncode == 1 and json.loads(done.stdout)["refused"]["reason"] == "wrong_period"
    done = run("--db", db_file, "import-updates", path, "--period", "2025Q3", "--policy", 7, "--json")
    assert done.returncode == 2 and "7" in done.stderr
    assert snapshot(db_file) == before


def test_conflicts_are_reported_not_applied(db_file, tmp_path):
    path = fill(exported(db_file, tmp_path), {"一、/（2）": {"完成进度（%）": 70, "备注": "乙"}})
    database = open_database(db_file)
    save_progress(database, with_values(load_progress(database, plan_of(database, "一、", 2), "2025Q3"), percent=60.0))
    database.dispose()
    done = run("--db", db_file, "import-updates", path, "--period", "2025Q3", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["applied"] is True and data["updated"][0]["fields"] == {"remarks": "乙"}
    [conflict] = data["conflicts"]
    assert (conflict["reason"], conflict["sent"], conflict["stored"], conflict["returned"]) == ("conflict", 50, 60, 70)
    database = open_database(db_file)
    assert load_progress(database, plan_of(database, "一、", 2), "2025Q3").percent == 60.0
    database.dispose()


def test_same_file_twice_and_ledger_layout(db_file, tmp_path):
    book = ledger_book([["一、市场准入", None, None, "（3）", TEXTS[("一", 3)], "推广中。", None, None, 40, None, None]])
    path = save(book, tmp_path / "台账.xlsx")
    done = run("--db", db_file, "import-updates", path, "--period", "2025Q3", "--json")
    data = json.loads(done.stdout)
    assert done.returncode == 0 and data["applied"] is True and data["kind"] == "ledger" and data["policy"] == 1
    done = run("--db", db_file, "import-updates", path, "--period", "2025Q3", "--json")
    data = json.loads(done.stdout)
    assert done.returncode == 0 and data["applied"] is False and data["already_imported"] is True
    assert "导入过" in done.stderr
