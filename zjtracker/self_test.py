"""``--self-test``: prove an installation works, end to end, without touching the user's data.

It opens a temporary database in a folder whose name has Chinese characters and a space,
runs the migrations, loads the sample policies, renders a small PDF report and checks it,
then (where Qt can start) builds the main window on that database. Exit status 0 when every
step worked, 1 with the failing step's reason otherwise. Used on the frozen bundle in CI and
by a clerk (or IT) after installing.
"""

from __future__ import annotations

import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from zjtracker import __version__, paths

REPORT_PERIOD = "2023Q3"


def _say(text: str) -> None:
    stream = sys.stdout
    if stream is None:  # a windowed build has no console
        return
    try:
        print(text, file=stream, flush=True)
    except (OSError, ValueError, UnicodeEncodeError):
        try:
            print(text.encode("ascii", "replace").decode(), file=stream, flush=True)
        except (OSError, ValueError):
            pass


def _open_database(folder: Path):
    from zjtracker.db import open_database
    from zjtracker.db.migrate import current_revision, head_revision

    database = open_database(folder / "自检 数据.db")
    if current_revision(database.engine) != head_revision():
        raise RuntimeError("迁移后数据库版本不是最新")
    return database


def _load_sample(database) -> str:
    from zjtracker.services.policies.sample import init_sample, sample_files

    files = sample_files()
    if not files:
        raise RuntimeError(f"找不到示例文件（{paths.sample_documents_dir()}）")
    outcomes = init_sample(database)
    loaded = [outcome for outcome in outcomes if outcome.policy_ids]
    if len(loaded) != len(files):
        raise RuntimeError(f"示例文件 {len(files)} 个，只载入了 {len(loaded)} 个")
    from zjtracker.services.policies.queries import list_policies

    return f"{len(files)} 个文件，{len(list_policies(database))} 项政策"


def _render_report(database, folder: Path) -> str:
    from zjtracker.services.reporting.job import ReportRequest, run_report
    from zjtracker.reports.wording import LAGGING, SUMMARY

    target = folder / "自检 报告.pdf"
    done = run_report(database, ReportRequest(period=REPORT_PERIOD, target=target,
                                              sections=(SUMMARY, LAGGING)))
    written = Path(done.path)
    content = written.read_bytes()
    if not content.startswith(b"%PDF") or len(content) < 2000:
        raise RuntimeError(f"报告文件不完整：{written}")
    return f"{done.pages or '?'} 页，{len(content) // 1024} KB"


def _build_window(database, folder: Path) -> str:
    from zjtracker.ui.self_test_window import build_window  # Qt only from here on

    return build_window(database, folder)


def run_self_test(with_window: bool = True) -> int:
    _say(f"zjtracker {__version__} 自检")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="zjtracker 自检 ") as temp:
        folder = Path(temp)
        paths.set_data_dir(folder / "数据 目录")
        database = None
        steps: list[tuple[str, Callable[[], str | None]]] = [
            ("打开临时数据库并迁移", lambda: None),
            ("载入示例政策", lambda: _load_sample(database)),
            ("生成报告", lambda: _render_report(database, folder)),
        ]
        if with_window:
            steps.append(("界面", lambda: _build_window(database, folder)))
        try:
            for index, (name, step) in enumerate(steps):
                if index == 0:
                    database = _open_database(folder)
                    detail = database.display_name()
                else:
                    detail = step()
                _say(f"  ✓ {name}" + (f"：{detail}" if detail else ""))
        except Exception as error:  # the reason is the result: report it and fail
            _say(f"  ✗ {name}：{error}")
            _say(traceback.format_exc())
            return 1
        finally:
            if database is not None:
                database.dispose()
            paths.set_data_dir(None)
    _say(f"自检通过（{time.perf_counter() - started:.1f} 秒）")
    return 0
