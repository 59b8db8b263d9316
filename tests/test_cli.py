"""The command line as a script would use it: real processes, real files."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*args, cwd=None, env_extra=None):
    env = dict(os.environ)
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "zjtracker", *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", cwd=cwd or ROOT, env=env, timeout=300,
    )


def test_list_on_an_empty_database(tmp_path):
    done = run("--db", tmp_path / "e.db", "list", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"policies": []}


def test_default_database_is_created_in_the_data_folder(tmp_path):
    data = tmp_path / "数据 目录"
    done = run("--data-dir", data, "list")
    assert done.returncode == 0, done.stderr
    assert (data / "zjtracker.db").exists()


def test_wrong_usage_is_one_sentence_and_exit_2(tmp_path):
    for args in (["--db", tmp_path / "x.db", "frobnicate"], ["--db", tmp_path / "x.db", "dump"],
                 ["--db", tmp_path / "x.db", "dump", "--policy", "abc"]):
        done = run(*args)
        assert done.returncode == 2
        assert "Traceback" not in done.stderr
        assert "用法错误" in done.stderr


def test_bad_period_and_unknown_policy_exit_2(tmp_path):
    db = tmp_path / "x.db"
    done = run("--db", db, "dump", "--policy", "1", "--period", "2025Q5")
    assert done.returncode == 2 and "2025Q3" in done.stderr and "Traceback" not in done.stderr
    done = run("--db", db, "dump", "--policy", "42")
    assert done.returncode == 2 and "42" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize(
    "name, content, words",
    [
        ("missing.txt", None, "找不到文件"),
        ("old.xls", b"\xd0\xcf\x11\xe0 legacy", ".xlsx"),
        ("binary.txt", bytes(range(256)) * 20, "不是可识别的文本文件"),
        ("empty.txt", b"   \n\n", "是空的"),
        ("fake.docx", b"this is not a zip", "不是有效的 Word 文档"),
        ("fake.xlsx", b"this is not a zip", "fake.xlsx"),
        ("image.png", b"\x89PNG....", "不受支持"),
    ],
)
def test_unreadable_files_are_refused_in_one_sentence(tmp_path, name, content, words):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    db = tmp_path / "x.db"
    done = run("--db", db, "import-policy", path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    assert words in done.stderr
    assert json.loads(run("--db", db, "list", "--json").stdout) == {"policies": []}


def test_refusal_as_json(tmp_path):
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    done = run("--db", tmp_path / "x.db", "import-policy", path, "--json")
    assert done.returncode == 1
    refused = json.loads(done.stdout)["refused"]
    assert refused["reason"] == "unreadable_file" and "old.xls" in refused["message"]


def test_init_sample_then_list_and_dump(tmp_path):
    db = tmp_path / "s.db"
    first = run("--db", db, "init-sample")
    assert first.returncode == 0, first.stderr
    again = run("--db", db, "init-sample")
    assert again.returncode == 0 and again.stdout.count("跳过") == 5
    policies = json.loads(run("--db", db, "list", "--json").stdout)["policies"]
    titles = [p["title"] for p in policies]
    assert "湛江市以新业态新模式引领新型消费加快发展的实施方案" in titles
    assert len(titles) == len(set(titles))
    ledger = next(p for p in policies if "营商环境行动工作任务台账" in p["title"])
    assert (ledger["areas"], ledger["groups"], ledger["measures"]) == (19, 83, 472)
    dump = json.loads(run("--db", db, "dump", "--policy", ledger["id"], "--period", "2023Q4").stdout)
    first_task = dump["areas"][0]["measures"][0]["children"][0]
    assert first_task["label"] == "（1）" and first_task["number"] == 1
    assert first_task["progress"] is None
    text = run("--db", db, "list")
    assert text.returncode == 0 and "营商环境" in text.stdout


def test_import_policy_prints_the_tree_and_json(tmp_path):
    source = ROOT / "resources" / "seeds" / "000_84cdd3e845ddc2ba.txt"
    db = tmp_path / "i.db"
    done = run("--db", db, "import-policy", source, "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["stored"] is True and len(data["policy_ids"]) == 1
    policy = data["policies"][0]
    assert policy["doc_no"] == "湛府办〔2022〕32号"
    assert [a["label"] for a in policy["areas"]] == ["一、", "二、", "三、", "四、", "五、"]
    assert isinstance(data["warnings"], list)
    text = run("--db", tmp_path / "j.db", "import-policy", source, "--dry-run")
    assert text.returncode == 0 and "（八）" in text.stdout and "中国移动湛江分公司" in text.stdout
    assert json.loads(run("--db", tmp_path / "j.db", "list", "--json").stdout) == {"policies": []}


def test_a_file_that_is_not_a_database_is_refused_in_one_sentence(tmp_path):
    bogus = tmp_path / "台账.xlsx"
    bogus.write_bytes(b"PK\x03\x04 not a database at all" * 100)
    done = run("--db", bogus, "list")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "不是本程序的数据库" in done.stderr


def test_a_bad_database_url_is_wrong_usage(tmp_path):
    done = run("--db", "nosuchdriver://x/y", "list")
    assert done.returncode == 2 and "Traceback" not in done.stderr and "--db" in done.stderr


def test_importing_the_same_file_twice_adds_it_once(tmp_path):
    source = ROOT / "resources" / "seeds" / "004_96aab9c9ea8910e9.txt"
    db = tmp_path / "twice.db"
    assert run("--db", db, "import-policy", source).returncode == 0
    again = run("--db", db, "import-policy", source, "--json")
    assert again.returncode == 0 and json.loads(again.stdout)["skipped"] is True
    assert "已经导入过" in again.stderr
    assert len(json.loads(run("--db", db, "list", "--json").stdout)["policies"]) == 1
