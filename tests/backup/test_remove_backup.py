"""remove-policy --yes backs the database up under its own reason (before-remove), which the
backups list and the restore dialog name in words; --no-backup makes none, and a backup that
cannot be made deletes nothing."""

from PySide6.QtCore import QCoreApplication, QTranslator

from tests.structure.conftest import store_small
from tests.test_cli import run
from tests.ui.conftest import _private_settings  # noqa: F401 (autouse: settings kept private)
from zjtracker import paths
from zjtracker.db import open_database
from zjtracker.db.backup_file import backups_in
from zjtracker.db.models import Policy
from zjtracker.services.backups.info import list_backups


def _stored(tmp_path):
    path = tmp_path / "台账.db"
    database = open_database(path)
    policy = store_small(database).policy
    database.dispose()
    return path, policy


def _policy_in(path, policy) -> bool:
    database = open_database(path, migrate=False)
    try:
        with database.session() as session:
            return session.get(Policy, policy) is not None
    finally:
        database.dispose()


def test_the_backup_before_a_removal_has_its_own_reason(qtbot, tmp_path):
    path, policy = _stored(tmp_path)
    done = run("--data-dir", tmp_path / "data", "--db", path, "remove-policy", policy, "--yes")
    assert done.returncode == 0, done.stderr
    folder = tmp_path / "data" / "backups"
    [made] = backups_in(folder, "台账")
    assert made.reason == "before-remove" and "-before-remove-" in made.path.name
    assert str(made.path) in done.stdout and _policy_in(made.path, policy) and not _policy_in(path, policy)
    [entry] = list_backups(folder)
    assert entry.reason_text == "删除政策前自动备份"

    from zjtracker.ui.backups.restore_dialog import RestoreDialog

    translator = QTranslator()
    assert translator.load(str(paths.resources_dir() / "i18n" / "zjtracker_zh_CN.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        dialog = RestoreDialog(path, folder=folder)
        qtbot.addWidget(dialog)
        assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "删除政策前"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_no_backup_makes_none_and_a_failed_backup_deletes_nothing(tmp_path):
    path, policy = _stored(tmp_path)
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "backups").write_text("a file where the folder should be")
    refused = run("--data-dir", tmp_path / "data", "--db", path, "remove-policy", policy, "--yes")
    assert refused.returncode == 1 and "删除前的自动备份没有做成" in refused.stderr
    assert "--no-backup" in refused.stderr and _policy_in(path, policy)
    done = run("--data-dir", tmp_path / "data", "--db", path, "remove-policy", policy, "--yes", "--no-backup")
    assert done.returncode == 0, done.stderr
    assert "备份" not in done.stdout and not _policy_in(path, policy)
