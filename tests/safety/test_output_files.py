"""Every file the program writes for the clerk: never over the database, its side files, the
backups folder or another database; an existing file only with --force; a wrong suffix
refused; written through a temporary file, so a full disk or a file held open leaves the
target as it was and says why in one sentence; the database file's permissions kept."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil

import pytest
from openpyxl import load_workbook

from tests.backup.conftest import all_rows
from tests.safety.conftest import remount_read_only
from zjtracker import cli, paths
from zjtracker.db import open_database
from zjtracker.exporting import safe_write

TEMPLATE_ARGS = ["export-template", "--policy", "1", "--unit", "市发改局", "--period", "2025Q3"]
LEDGER_ARGS = ["export-ledger", "--policy", "1", "--period", "2025Q3"]


@pytest.fixture
def live(sample_sqlite, tmp_path):
    """The clerk's database: a copy of the sample named as the program names it."""
    path = tmp_path / "数据" / "zjtracker.db"
    path.parent.mkdir()
    shutil.copy(sample_sqlite, path)
    return path


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def zjt(capsys, db, *args) -> tuple[int, str, str]:
    code = cli.main(["--db", str(db), *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def leftovers(folder) -> list[str]:
    """Temporary files a write left behind."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((".tmp", ".part")) or ".tmp" in p.name)


def policy_count(db) -> int:
    database = open_database(db)
    try:
        from zjtracker.services.policies.queries import list_policies

        return len(list_policies(database))
    finally:
        database.dispose()


# the database and what belongs to it ---------------------------------------------------------
@pytest.mark.parametrize("extra", ["", "-wal", "-shm", "-journal"])
def test_export_template_never_overwrites_the_database_or_its_side_files(capsys, live, extra):
    target = live.with_name(live.name + extra)  # SQLite makes and removes the side files itself
    before, policies = digest(live), policy_count(live)
    code, _out, err = zjt(capsys, live, *TEMPLATE_ARGS, "-o", target)
    assert code == 1, err
    assert "正在使用的数据库" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert digest(live) == before and policy_count(live) == policies == 10
    assert not (target.exists() and target.read_bytes()[:2] == b"PK")  # no workbook there


def test_report_ledger_and_backup_refuse_the_database_too(capsys, live):
    before = digest(live)
    for args in (["report", "--period", "2025Q3"], LEDGER_ARGS, ["backup"]):
        code, _out, err = zjt(capsys, live, *args, "-o", live, "--force")
        assert code == 1 and "正在使用的数据库" in err, (args, err)
    assert digest(live) == before and policy_count(live) == 10


def test_another_database_file_is_never_overwritten_by_an_export(capsys, live, sample_sqlite, tmp_path):
    other = tmp_path / "另一个台账.xlsx"  # a database, whatever its name says
    shutil.copy(sample_sqlite, other)
    code, _out, err = zjt(capsys, live, *LEDGER_ARGS, "-o", other, "--force")
    assert code == 1 and "是一个数据库文件" in err
    assert digest(other) == digest(sample_sqlite)


def test_nothing_is_written_into_the_backups_folder(capsys, live):
    paths.backups_dir(create=True)
    target = paths.backups_dir() / "台账.xlsx"
    code, _out, err = zjt(capsys, live, *LEDGER_ARGS, "-o", target)
    assert code == 1 and "自动备份文件夹" in err and not target.exists()


# suffixes and existing files -------------------------------------------------------------------
def test_a_wrong_suffix_is_refused(capsys, live, tmp_path):
    for args, target, words in ((TEMPLATE_ARGS, "out.pdf", "扩展名应为 .xlsx"),
                                (["report", "--period", "2025Q3"], "out.xlsx", "扩展名应为 .pdf、.docx"),
                                (["backup"], "out.txt", "扩展名应为 .db")):
        code, _out, err = zjt(capsys, live, *args, "-o", tmp_path / target)
        assert code == 2 and words in err and "Traceback" not in err, (args, err)
    assert not any(tmp_path.glob("out.*"))


def test_an_existing_file_is_replaced_only_with_force(capsys, live, tmp_path):
    target = tmp_path / "报送表.xlsx"
    target.write_bytes(b"a colleague's notes")
    code, _out, err = zjt(capsys, live, *TEMPLATE_ARGS, "-o", target)
    assert code == 1 and "已经存在" in err and "--force" in err
    assert target.read_bytes() == b"a colleague's notes"
    code, out, err = zjt(capsys, live, *TEMPLATE_ARGS, "-o", target, "--force")
    assert code == 0, err
    assert load_workbook(target).sheetnames[0] == "报送表" and "6 项任务" in out
    assert leftovers(tmp_path) == []


def test_the_folder_mode_checks_every_file_before_writing_any(capsys, live, tmp_path):
    folder = tmp_path / "报送表"
    code, _out, err = zjt(capsys, live, "export-template", "--policy", "1", "--period", "2025Q3", "-o", folder)
    assert code == 0, err
    written = sorted(folder.iterdir())
    first = written[0]
    first.write_bytes(b"edited by hand")
    for other in written[1:]:
        other.unlink()
    code, _out, err = zjt(capsys, live, "export-template", "--policy", "1", "--period", "2025Q3", "-o", folder)
    assert code == 1 and "已有 1 个同名报送表" in err and first.name in err
    assert sorted(folder.iterdir()) == [first] and first.read_bytes() == b"edited by hand"
    code, _out, err = zjt(capsys, live, "export-template", "--policy", "1", "--period", "2025Q3", "-o", folder,
                          "--force")
    assert code == 0, err
    assert sorted(folder.iterdir()) == written and load_workbook(first).sheetnames[0] == "报送表"


# writing fails -------------------------------------------------------------------------------
def _full_disk(monkeypatch):
    def fsync(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(safe_write.os, "fsync", fsync)


@pytest.mark.parametrize("args, name", [
    (TEMPLATE_ARGS, "报送表.xlsx"), (LEDGER_ARGS, "台账.xlsx"), (["report", "--period", "2025Q3"], "报告.pdf"),
    (["report", "--period", "2025Q3"], "报告.docx"), (["backup"], "备份.db"), (["backup"], "备份.zjtbak"),
])
def test_a_full_disk_leaves_the_old_file_and_says_so(capsys, live, tmp_path, monkeypatch, args, name):
    target = tmp_path / name
    target.write_bytes(b"the older file")
    _full_disk(monkeypatch)
    code, _out, err = zjt(capsys, live, *args, "-o", target, "--force")
    assert code == 1, err
    assert "磁盘已满" in err and str(target) in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert target.read_bytes() == b"the older file" and leftovers(tmp_path) == []


def test_a_full_disk_for_real(capsys, live, tiny_disk):
    filler = tiny_disk / "filler.bin"
    try:
        with open(filler, "wb") as handle:
            while True:
                handle.write(b"\0" * 4096)
    except OSError:
        pass
    os.truncate(filler, filler.stat().st_size - 8192)  # about 8 KB left
    for args, name in ((LEDGER_ARGS, "台账.xlsx"), (["backup"], "备份.db"), (["report", "--period", "2025Q3"], "报告.pdf")):
        code, _out, err = zjt(capsys, live, *args, "-o", tiny_disk / name)
        assert code == 1 and "磁盘已满" in err and "只读" not in err and "Traceback" not in err, (args, err)
        assert not (tiny_disk / name).exists()
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["filler.bin"]


def test_a_read_only_folder_is_not_called_a_full_disk(capsys, live, small_disk):
    remount_read_only(small_disk)
    for args, name in ((LEDGER_ARGS, "台账.xlsx"), (["backup"], "备份.db"), (TEMPLATE_ARGS, "报送表.xlsx")):
        code, _out, err = zjt(capsys, live, *args, "-o", small_disk / name)
        assert code == 1 and "无法写入文件夹" in err and "磁盘已满" not in err and "Traceback" not in err, (args, err)


def test_a_file_held_open_is_said_and_nothing_goes_elsewhere(capsys, live, tmp_path, monkeypatch):
    target = tmp_path / "报告.pdf"
    target.write_bytes(b"open in a PDF reader")
    real = os.replace

    def replace(source, destination):
        if os.fspath(destination) == os.fspath(target):
            raise PermissionError(errno.EACCES, "The process cannot access the file")
        real(source, destination)

    monkeypatch.setattr(safe_write.os, "replace", replace)
    code, _out, err = zjt(capsys, live, "report", "--period", "2025Q3", "-o", target, "--force")
    assert code == 1 and "正被其他程序打开" in err and "磁盘已满" not in err
    assert target.read_bytes() == b"open in a PDF reader"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["报告.pdf", "数据"]


def test_exports_and_backups_keep_the_database_files_permissions(capsys, live, tmp_path):
    os.chmod(live, 0o600)
    for args, name in ((LEDGER_ARGS, "台账.xlsx"), (TEMPLATE_ARGS, "报送表.xlsx"), (["backup"], "备份.db"),
                       (["backup"], "备份.zjtbak"), (["report", "--period", "2025Q3"], "报告.docx")):
        code, _out, err = zjt(capsys, live, *args, "-o", tmp_path / name)
        assert code == 0, err
        assert (tmp_path / name).stat().st_mode & 0o777 == 0o600, name
    os.chmod(live, 0o640)
    assert zjt(capsys, live, *LEDGER_ARGS, "-o", tmp_path / "again.xlsx")[0] == 0
    assert (tmp_path / "again.xlsx").stat().st_mode & 0o777 == 0o640


# backups ------------------------------------------------------------------------------------------
def _older_backup_with_a_stale_wal(path) -> None:
    """An older SQLite file in WAL mode whose -wal and -shm were left behind (a program that
    ended without closing it): SQLite replays such a -wal into whatever file takes the name."""
    import sqlite3

    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA wal_autocheckpoint=0")
    connection.execute("CREATE TABLE old(a)")
    connection.commit()
    for n in range(300):
        connection.execute("INSERT INTO old VALUES (?)", (n,))
    connection.commit()
    kept = {extra: (path.parent / (path.name + extra)).read_bytes() for extra in ("-wal", "-shm")}
    connection.close()  # checkpoints and removes them …
    for extra, data in kept.items():  # … so put them back, as a crash leaves them
        (path.parent / (path.name + extra)).write_bytes(data)


def test_a_backup_over_an_older_one_with_a_stale_wal_is_sound(capsys, live, tmp_path):
    from zjtracker.db.safety import check_integrity

    target = tmp_path / "备份.db"
    _older_backup_with_a_stale_wal(target)
    code, _out, err = zjt(capsys, live, "backup", "-o", target)
    assert code == 1 and "已经是一个数据库文件" in err  # an older backup: only with --force
    code, out, err = zjt(capsys, live, "backup", "-o", target, "--force")
    assert code == 0, err
    assert not (tmp_path / "备份.db-wal").exists() and not (tmp_path / "备份.db-shm").exists()
    assert check_integrity(target) == []
    assert all_rows(target) == all_rows(live)
    assert leftovers(tmp_path) == []


def test_a_stale_wal_without_its_database_is_not_replayed_into_the_backup(capsys, live, tmp_path):
    from zjtracker.db.safety import check_integrity

    older = tmp_path / "旧.db"
    _older_backup_with_a_stale_wal(older)
    target = tmp_path / "备份.db"
    for extra in ("-wal", "-shm"):
        shutil.copy(str(older) + extra, str(target) + extra)
    code, _out, err = zjt(capsys, live, "backup", "-o", target)
    assert code == 0, err
    assert check_integrity(target) == [] and all_rows(target) == all_rows(live)


def test_a_backup_that_fails_its_check_replaces_nothing(capsys, live, tmp_path, monkeypatch):
    from tests.safety.test_integrity import damage_middle
    from zjtracker.services.backups import create as backup
    real = backup.copy_database

    def damaged_copy(source, target, timeout=None):  # the copy comes out damaged (a failing disk)
        real(source, target, timeout)
        damage_middle(target)

    monkeypatch.setattr(backup, "copy_database", damaged_copy)
    target = tmp_path / "备份.db"
    shutil.copy(live, target)
    before = digest(target)
    code, _out, err = zjt(capsys, live, "backup", "-o", target, "--force")
    assert code == 1, err
    assert "没有通过完整性检查" in err and "Traceback" not in err
    assert digest(target) == before and leftovers(tmp_path) == []
    code, _out, err = zjt(capsys, live, "backup", "-o", tmp_path / "新备份.db")
    assert code == 1 and "没有通过完整性检查" in err and not (tmp_path / "新备份.db").exists()


def test_a_portable_backup_cut_short_is_said(capsys, live, tmp_path, monkeypatch):
    from zjtracker.services.backups import create as backup
    real = backup.write_portable

    def cut_short(path, *args):
        counts = real(path, *args)
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])
        return counts

    monkeypatch.setattr(backup, "write_portable", cut_short)
    code, _out, err = zjt(capsys, live, "backup", "-o", tmp_path / "备份.zjtbak")
    assert code == 1 and "没有通过完整性检查" in err and not (tmp_path / "备份.zjtbak").exists()
