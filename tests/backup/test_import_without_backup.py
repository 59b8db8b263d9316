"""An import whose backup before it cannot be made (the backups folder cannot be written) is
not applied: the command line refuses with a sentence unless ``--no-backup`` is given, the
window asks the clerk (import without a backup, or cancel)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from tests.returns.conftest import dump_all, fill, plan_of, test_policy
from tests.safety.conftest import ModalAnswers, remount_read_only, small_disk  # noqa: F401 (a fixture)
from zjtracker import paths
from zjtracker.db import open_database
from zjtracker.importing.model import ParseResult
from zjtracker.services.policies.importer import store_result
from zjtracker.services.progress import load_progress, save_progress, with_values

SEEDS = paths.sample_documents_dir()


def run(data_dir, *args):
    return subprocess.run([sys.executable, "-m", "zjtracker", "--data-dir", str(data_dir), *map(str, args)],
                          capture_output=True, text=True, encoding="utf-8", env=dict(os.environ), timeout=300)


def snapshot(path):
    database = open_database(path)
    try:
        return dump_all(database)
    finally:
        database.dispose()


def _blocked_backups(data_dir):
    """The backups folder cannot be made: a file is in its place."""
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "backups").write_text("not a folder")


@pytest.fixture
def ledger(tmp_path):
    path = tmp_path / "data" / "台账.db"
    path.parent.mkdir(parents=True)
    database = open_database(path)
    store_result(database, ParseResult(source="t.txt", policies=[test_policy()]), "t")
    save_progress(database, with_values(load_progress(database, plan_of(database, "一、", 2), "2025Q3"),
                                        status_text="排查中。", percent=50.0))
    database.dispose()
    return path


def _return_file(ledger, tmp_path):
    out = tmp_path / "商务局.xlsx"
    done = run(tmp_path / "data", "--db", ledger, "export-template", "--policy", 1, "--unit", "市商务局",
               "--period", "2025Q3", "-o", out)
    assert done.returncode == 0, done.stderr
    return fill(out, {"一、/（2）": {"完成进度（%）": "80%", "落实情况": "已排查完毕。"}})


def _policy_file(tmp_path):
    source = sorted(p for p in SEEDS.glob("*.txt"))[0]
    text = source.read_text(encoding="utf-8")
    target = tmp_path / "新政策.txt"
    target.write_text(text.replace("湛江", "茂名", 3), encoding="utf-8")
    return target


def test_the_command_line_refuses_without_a_backup_and_goes_on_when_told(ledger, tmp_path):
    data = tmp_path / "data"
    returned, policy = _return_file(ledger, tmp_path), _policy_file(tmp_path)
    _blocked_backups(data)
    before = snapshot(ledger)
    for args in (["import-updates", returned, "--period", "2025Q3"], ["import-policy", policy]):
        done = run(data, "--db", ledger, *args)
        assert done.returncode == 1, done.stderr
        assert "备份没有做成" in done.stderr and "--no-backup" in done.stderr and "Traceback" not in done.stderr
        assert snapshot(ledger) == before
    done = run(data, "--db", ledger, "import-updates", returned, "--period", "2025Q3", "--json")
    assert done.returncode == 1 and '"backup_failed"' in done.stdout
    for args in (["import-updates", returned, "--period", "2025Q3"], ["import-policy", policy]):
        done = run(data, "--db", ledger, *args, "--no-backup")
        assert done.returncode == 0, done.stderr
    after = snapshot(ledger)
    assert after != before
    assert len(after["policies"]) == len(before["policies"]) + 1


def test_a_read_only_backups_folder_is_refused_too(ledger, tmp_path, small_disk):
    """A backups folder on a filesystem mounted read-only (root can write anywhere else)."""
    database = small_disk / "台账.db"
    shutil.copy(ledger, database)
    (small_disk / "backups").mkdir()
    returned = _return_file(database, tmp_path)
    remount_read_only(small_disk)
    data = tmp_path / "ro-data"
    data.mkdir()
    (data / "backups").symlink_to(small_disk / "backups")
    working = tmp_path / "台账.db"
    shutil.copy(database, working)
    before = snapshot(working)
    done = run(data, "--db", working, "import-updates", returned, "--period", "2025Q3")
    assert done.returncode == 1 and "备份没有做成" in done.stderr, done.stderr
    assert snapshot(working) == before


@pytest.mark.parametrize("answer", ["Cancel", "Import without a backup"])
def test_the_window_asks_the_clerk(qtbot, private_settings, sample_db, tmp_path, answer):
    from zjtracker.ui.import_preview.dialog import ImportPreviewDialog, preview_and_store
    from tests.services.factories import result_of, small_policy

    _blocked_backups(paths.data_dir())
    before = dump_all(sample_db)

    def accept(dialog):
        if isinstance(dialog, ImportPreviewDialog):
            dialog.import_button.click()

    answers = ModalAnswers([answer], on_dialog=accept)
    try:
        ids = preview_and_store(None, sample_db, result_of(small_policy()), "sha-x", "x.txt")
    finally:
        answers.stop()
    assert any("备份没有做成" in text for text in answers.texts), answers.texts
    if answer == "Cancel":
        assert ids is None and dump_all(sample_db) == before
    else:
        assert ids and len(dump_all(sample_db)["policies"]) == len(before["policies"]) + 1
