"""Faults said truly, by every command of the command line: a ``--db`` that names nothing
this program can open is wrong usage (exit 2), an input file whose reading fails half-way
(a real I/O error from a device cut short) is refused (exit 1), each in one line of
Chinese and never a traceback; a local SQLite file whose -wal file cannot be made is not
blamed on the network."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.returns.conftest import PERIOD, fill, test_policy, unit_id
from tests.safety.failing_disk import failing_disk
from zjtracker.cli import main
from zjtracker.db import open_database
from zjtracker.db.safety import DatabaseProblem, classify
from zjtracker.importing.model import ParseResult
from zjtracker.services.policies.importer import store_result
from zjtracker.services.returns.export import export_template

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "resources" / "seeds" / "004_96aab9c9ea8910e9.txt"
CJK = re.compile(r"[\u4e00-\u9fff]")

# What each command needs besides --db to get as far as opening the database.
ARGUMENTS = {
    "init-sample": [],
    "list": ["--json"],
    "dump": ["--policy", "1"],
    "import-policy": ["{input}"],
    "export-template": ["--policy", "1", "--period", "2025Q3", "-o", "{out}/t.xlsx"],
    "import-updates": ["{input}", "--period", "2025Q3"],
    "export-ledger": ["--policy", "1", "--period", "2025Q3", "-o", "{out}/l.xlsx"],
    "report": ["--period", "2025Q3", "-o", "{out}/r.pdf"],
    "backup": ["-o", "{out}/b.db"],
    "restore": ["{input}"],
    "edit-policy": ["1", "--title", "新标题"],
    "remove-policy": ["1", "--yes"],
    "evidence": ["export", "--policy", "1", "--period", "2025Q3", "-o", "{out}/e.zip"],
    "oversight": ["review", "--plan", "1", "--period", "2025Q3"],
}
BAD_TARGETS = {  # --db → what the sentence must name
    "a server address without a database": ("postgresql+psycopg://", "数据库名"),
    "an unknown kind of address": ("foo://bar", "foo://bar"),
    "a SQLite URL holding a NUL": ("sqlite:///{tmp}/台账\x00.db", "控制字符"),
    "a path holding a NUL": ("{tmp}/台\x00账.db", "控制字符"),
    "a file in a folder that does not exist": ("{tmp}/没有这个文件夹/台账.db", "没有这个文件夹"),
    "a SQLite URL in a folder that does not exist": ("sqlite:///{tmp}/没有这个文件夹/台账.db", "不存在"),
}


def commands_in_help() -> list[str]:
    """The commands as ``zjtracker --help`` lists them."""
    done = subprocess.run([sys.executable, "-m", "zjtracker", "--help"], capture_output=True, text=True,
                          encoding="utf-8", cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    [group] = re.findall(r"\{([a-z,-]+)\}", done.stdout)[:1]
    return group.split(",")


COMMANDS = list(ARGUMENTS)


def test_every_command_of_the_help_is_tried():
    assert sorted(commands_in_help()) == sorted(COMMANDS)


def _arguments(command: str, tmp_path: Path, given: Path) -> list[str]:
    return [a.format(input=given, out=tmp_path) for a in ARGUMENTS[command]]


def _one_sentence(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) == 1, text
    assert CJK.search(lines[0]) and "Traceback" not in text, text
    return lines[0]


@pytest.fixture
def some_file(tmp_path) -> Path:
    path = tmp_path / "输入.txt"
    path.write_bytes(SEED.read_bytes())
    return path


@pytest.mark.parametrize("kind", list(BAD_TARGETS))
@pytest.mark.parametrize("command", COMMANDS)
def test_a_malformed_database_is_wrong_usage_in_one_sentence(command, kind, tmp_path, some_file, capsys):
    target, named = BAD_TARGETS[kind]
    target = target.format(tmp=tmp_path)
    status = main(["--db", target, command, *_arguments(command, tmp_path, some_file)])
    out, err = capsys.readouterr()
    line = _one_sentence(err)
    assert status == 2 and out == "", (out, err)
    assert "--db" in line and named in line
    # nothing was made: no folder, no file, no output
    assert sorted(p.name for p in tmp_path.iterdir()) == [some_file.name]


def test_as_real_processes_every_command_says_it_without_a_traceback(tmp_path, some_file):
    """Every command once as a program started by a script, each with another malformed
    --db (a NUL cannot be passed to a process at all)."""
    targets = [target for target, _named in BAD_TARGETS.values() if "\x00" not in target]
    for number, command in enumerate(COMMANDS):
        target = targets[number % len(targets)].format(tmp=tmp_path)
        done = subprocess.run([sys.executable, "-m", "zjtracker", "--db", target, command,
                               *_arguments(command, tmp_path, some_file)], capture_output=True, text=True,
                              encoding="utf-8", cwd=ROOT, timeout=120)
        assert done.returncode == 2, (command, done.stderr)
        assert "--db" in _one_sentence(done.stderr) and done.stdout == ""


# an input file failing half-way --------------------------------------------------------
@pytest.fixture
def filled_return(tmp_path) -> tuple[Path, Path]:
    """A database with a policy, and a unit's fill-in workbook for it, filled in."""
    db = tmp_path / "台账.db"
    database = open_database(db)
    try:
        store_result(database, ParseResult(source="t.txt", policies=[test_policy()]), "t")
        sent = export_template(database, 1, PERIOD, unit_id(database, "市商务局"), tmp_path / "商务局.xlsx")
    finally:
        database.dispose()
    return db, fill(sent.path, {"一、/（1）": {"落实情况": "已召开推进会。", "完成进度（%）": 60}})


def _backup(db: Path, output: Path) -> Path:
    assert main(["--db", str(db), "backup", "-o", str(output)]) == 0
    return output


INPUTS = {  # command → how to make its input from the database and the filled return
    "import-policy": lambda db, filled, tmp: SEED,
    "import-updates": lambda db, filled, tmp: filled,
    "restore": lambda db, filled, tmp: _backup(db, tmp / "备份.db"),
    "restore-portable": lambda db, filled, tmp: _backup(db, tmp / "备份.zjtbak"),
}


@pytest.mark.parametrize("case", list(INPUTS))
def test_an_input_failing_half_way_is_refused_in_one_sentence(case, tmp_path, filled_return):
    db, filled = filled_return
    source = INPUTS[case](db, filled, tmp_path)
    command = case.split("-portable")[0]
    before = _state(db)
    disk_folder = tmp_path / "u盘"
    disk_folder.mkdir()
    with failing_disk(disk_folder) as failing_copy:
        given = failing_copy(source)
        with pytest.raises(OSError) as raised:  # the file really cannot be read to its end
            given.read_bytes()
        assert raised.value.errno == 5
        done = subprocess.run([sys.executable, "-m", "zjtracker", "--db", str(db), command, str(given),
                               *ARGUMENTS[command][1:]], capture_output=True, text=True, encoding="utf-8",
                              cwd=ROOT, timeout=300)
    line = _one_sentence(done.stderr)
    assert done.returncode == 1, done.stderr
    assert given.name in line
    assert _state(db) == before  # nothing stored, nothing replaced


def _state(db: Path):
    database = open_database(db, migrate=False)
    try:
        from tests.returns.conftest import dump_all

        return dump_all(database)
    finally:
        database.dispose()


def test_reading_failing_half_way_says_disk_or_network_drive(tmp_path, filled_return, monkeypatch):
    """The sentence of the readers: a local disk is not blamed on the network."""
    from zjtracker.importing import read_faults
    from zjtracker.importing.reader import read_policy_file
    from zjtracker.importing.returns.reader import read_return
    from zjtracker.importing.errors import UnreadableFile

    _db, filled = filled_return
    for read, source in ((read_policy_file, SEED), (read_return, filled)):
        folder = tmp_path / f"盘{read.__name__}"
        folder.mkdir()
        with failing_disk(folder) as failing_copy:
            given = failing_copy(source)
            with pytest.raises(UnreadableFile) as refused:
                read(given)
            assert given.name in refused.value.message and "U 盘" in refused.value.message
            assert "网络" not in refused.value.message
            monkeypatch.setattr(read_faults, "on_network_share", lambda _path: True)
            with pytest.raises(UnreadableFile) as refused:
                read(given)
            assert "网络驱动器" in refused.value.message
            monkeypatch.undo()


# the database's own files ----------------------------------------------------------------
def test_a_local_file_whose_wal_cannot_be_made_is_not_blamed_on_the_network(tmp_path, capsys):
    db = tmp_path / "台账.db"
    open_database(db).dispose()
    (tmp_path / "台账.db-wal").mkdir()  # where SQLite must make its -wal file, something else is
    status = main(["--db", str(db), "list"])
    line = _one_sentence(capsys.readouterr().err)
    assert status == 1
    assert str(db) in line and "台账.db-wal" in line and "网络" not in line


def test_the_network_is_blamed_only_for_a_server_or_a_network_share(tmp_path, monkeypatch):
    from zjtracker.db import safety

    local = tmp_path / "台账.db"
    open_database(local).dispose()
    (tmp_path / "台账.db-wal").mkdir()
    try:
        open_database(local).dispose()
    except Exception as error:  # noqa: BLE001 - the real error SQLite gives
        opened = error
    else:
        raise AssertionError("the database opened")
    assert "网络" not in classify(opened, local).message
    gone = DatabaseProblem("unreachable", str(tmp_path / "别处" / "台账.db"))
    assert "找不到这个文件" in gone.message and "网络" not in gone.message
    server = DatabaseProblem("unreachable", "postgresql+psycopg://clerk@server/ledger")
    assert "网络" in server.message
    monkeypatch.setattr(safety, "on_network_share", lambda _path: True)
    assert "网络驱动器" in classify(opened, local).message
