"""One running program per database: a second start brings the first window forward."""

import os
import shutil
import subprocess
import sys
import time

from zjtracker.ui.database.single_instance import InstanceGuard, ask_running_instance, database_identity, server_name


def test_the_same_database_named_differently_has_one_identity(tmp_path, monkeypatch):
    folder = tmp_path / "政策 台账"
    folder.mkdir()
    monkeypatch.chdir(folder)
    assert database_identity("数据 库.db") == database_identity(str(folder / "数据 库.db"))
    assert database_identity(str(folder / "x" / ".." / "数据 库.db")) == database_identity(str(folder / "数据 库.db"))
    assert database_identity("other.db") != database_identity("数据 库.db")
    with_password = "postgresql+psycopg://clerk:secret@db.example:5432/ledger"
    assert database_identity(with_password) == database_identity("postgresql+psycopg://clerk:other@db.example:5432/ledger")
    assert "secret" not in database_identity(with_password) and "secret" not in server_name(with_password)


def test_a_second_claim_reaches_the_first_and_asks_it_forward(qtbot, tmp_path):
    target = str(tmp_path / "中文 路径" / "台账.db")
    first, second = InstanceGuard(), InstanceGuard()
    assert first.claim(target)
    with qtbot.waitSignal(first.raise_requested, timeout=3000):
        assert not second.claim(target)
    assert second.claim(str(tmp_path / "另一个.db"))  # another database is free
    first.release()
    assert not ask_running_instance(target)
    assert second.claim(target)  # free again once the first let go
    second.release()


def _environment(tmp_path):
    environment = {key: value for key, value in os.environ.items() if not key.startswith("ZJTRACKER_")}
    environment.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
                       XDG_DATA_HOME=str(tmp_path / "data"), XDG_RUNTIME_DIR=str(tmp_path / "run"))
    (tmp_path / "run").mkdir(mode=0o700)
    return environment


def test_a_second_program_on_the_same_database_hands_over_and_quits(qapp, tmp_path, sample_sqlite):
    folder = tmp_path / "共享 文件夹"
    folder.mkdir()
    database = folder / "我的 台账.db"
    shutil.copy(sample_sqlite, database)
    environment = _environment(tmp_path)
    first = subprocess.Popen([sys.executable, "-m", "zjtracker", "--db", str(database)], env=environment,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")
    try:
        deadline = time.monotonic() + 90
        while not ask_running_instance(str(database)):
            assert first.poll() is None, first.communicate()
            assert time.monotonic() < deadline, "the first program never announced its database"
            time.sleep(0.3)
        started = time.monotonic()
        second = subprocess.run([sys.executable, "-m", "zjtracker", "--db", str(database)], env=environment,
                                capture_output=True, text=True, encoding="utf-8", timeout=60)
        assert second.returncode == 0, second.stderr
        assert "已在" in second.stderr  # 该数据库已在 zjtracker 中打开……
        assert time.monotonic() - started < 30
        assert first.poll() is None, "the first program keeps running"
    finally:
        first.kill()
        first.wait(10)
