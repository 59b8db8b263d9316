"""The one-program-per-database guard in two halves: the lock taken before the window is
painted (no Qt) and the local server started after it. A second start that comes in between
waits for the announcement and hands over; a lock dies with its process."""

import os
import subprocess
import sys
import time

from tests.ui.test_single_instance import _environment
from zjtracker.ui.database.instance_lock import InstanceLock, server_name
from zjtracker.ui.database.single_instance import ask_running_instance, hand_over

HOLDER = r"""
import sys, time
from zjtracker.ui.database.instance_lock import InstanceLock, server_name
target = sys.argv[1]
lock = InstanceLock(server_name(target))
assert lock.acquire()
print("locked", flush=True)
if sys.argv[2] == "announce":
    time.sleep(1.0)  # the window being painted: the lock is held, nothing answers yet
    from PySide6.QtCore import QCoreApplication, QTimer
    from zjtracker.ui.database.single_instance import InstanceGuard
    app = QCoreApplication([])
    guard = InstanceGuard(held=lock)
    assert guard.claim(target)
    guard.raise_requested.connect(lambda: (print("raised", flush=True), app.quit()))
    QTimer.singleShot(30000, app.quit)
    app.exec()
else:
    time.sleep(60)
"""


def _holder(tmp_path, target: str, mode: str) -> subprocess.Popen:
    child = subprocess.Popen([sys.executable, "-c", HOLDER, target, mode], stdout=subprocess.PIPE, text=True,
                             env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert child.stdout.readline().strip() == "locked"
    return child


def test_one_holder_at_a_time_and_free_again_once_released(tmp_path):
    name = server_name(str(tmp_path / "台账 一.db"))
    first, second = InstanceLock(name), InstanceLock(name)
    assert first.acquire() and first.held
    assert not second.acquire() and not second.held
    assert InstanceLock(server_name(str(tmp_path / "另一个.db"))).acquire()  # another database is free
    first.release()
    assert second.acquire()
    second.release()
    assert os.path.exists(first.path)  # the file stays: one file per name, never two


def test_a_lock_ends_with_its_process(tmp_path):
    target = str(tmp_path / "会 崩溃.db")
    child = _holder(tmp_path, target, "hold")
    lock = InstanceLock(server_name(target))
    assert not lock.acquire()
    child.kill()
    child.wait(10)
    assert lock.acquire()  # no stale lock after a crash
    lock.release()


def test_a_second_start_before_the_first_announces_waits_and_hands_over(qapp, tmp_path):
    target = str(tmp_path / "刚 打开.db")
    child = _holder(tmp_path, target, "announce")
    try:
        assert not ask_running_instance(target)  # locked, not yet announced
        started = time.monotonic()
        assert hand_over(target, InstanceLock(server_name(target)))
        assert time.monotonic() - started < 5
        assert child.stdout.readline().strip() == "raised"  # the first program was asked forward
    finally:
        child.kill()
        child.wait(10)


def test_two_programs_started_together_leave_one_window(qapp, tmp_path, sample_sqlite):
    import shutil

    database = tmp_path / "同时 打开.db"
    shutil.copy(sample_sqlite, database)
    environment = _environment(tmp_path)
    command = [sys.executable, "-m", "zjtracker", "--db", str(database)]
    programs = [subprocess.Popen(command, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 text=True, encoding="utf-8") for _ in range(2)]
    try:
        deadline = time.monotonic() + 90
        while all(program.poll() is None for program in programs):
            assert time.monotonic() < deadline, "neither program handed over"
            time.sleep(0.2)
        ended = next(program for program in programs if program.poll() is not None)
        staying = next(program for program in programs if program is not ended)
        assert ended.returncode == 0, ended.stderr.read()
        assert "已在" in ended.stderr.read()  # 该数据库已在 zjtracker 中打开……
        time.sleep(1)
        assert staying.poll() is None, "the first window stays open"
    finally:
        for program in programs:
            program.kill()
            program.wait(10)
