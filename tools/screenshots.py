"""Take the screenshots used in the README and the manual from the real program.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py

Loads the sample policies into a temporary database, reports progress for the third
quarter of 2023 as colleagues would (a fixed pattern, so the pictures are the same on
every run), and saves the main window, the progress form and the overview into
docs/screenshots/.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing
OUT = ROOT / "docs" / "screenshots"
TODAY = date(2023, 10, 12)
PATTERN = [  # (完成进度, 落实情况, 存在问题, 评估情况) cycling over the 2023 plans
    (100, "已按计划全部完成，相关制度文件已印发实施。", "", "已完成"),
    (80, "已完成方案制定和前期调研，正在组织实施，进度符合预期。", "", ""),
    (75, "已召开专题推进会两次，完成年度任务的四分之三。", "", ""),
    (40, "已启动相关工作，部分事项仍在协调。", "跨部门数据共享尚未打通，审批系统对接进度慢。", ""),
    (20, "正在起草工作方案。", "专项资金未到位。", "滞后"),
    (None, "", "", ""),
]


def fill_demo_progress(database) -> None:
    from sqlalchemy import select

    from zjtracker.db.models import Measure, YearlyPlan
    from zjtracker.services.progress import load_progress, save_progress, with_values

    with database.session() as session:
        plans = session.execute(
            select(YearlyPlan.id, YearlyPlan.measure_id).where(YearlyPlan.year == 2023).order_by(YearlyPlan.id)
        ).all()
        for _plan_id, measure_id in plans[5:400:37]:  # a few deadlines in the quarter, some missed
            session.get(Measure, measure_id).deadline = date(2023, 8, 31)
    for number, (plan_id, _measure) in enumerate(plans):
        percent, done, problems, assessment = PATTERN[number % len(PATTERN)]
        if percent is None:
            continue
        before = max(percent - 25, 0) if number % 11 else min(percent + 10, 95)  # now and then a drop
        save_progress(database, with_values(load_progress(database, plan_id, "2023Q2"), percent=float(before),
                                            status_text="前期工作推进中。"))
        save_progress(database, with_values(
            load_progress(database, plan_id, "2023Q3"), percent=float(percent), status_text=done,
            problems=problems, assessment=assessment,
            suggestions="建议市级统筹协调，加快系统对接。" if problems else ""))


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
    from PySide6.QtWidgets import QApplication

    from zjtracker import paths
    from zjtracker.db import open_database
    from zjtracker.services.ledger import ledger_rows
    from zjtracker.services.periods import Period
    from zjtracker.services.sample import init_sample
    from zjtracker.ui.main_window import MainWindow

    workdir = Path(tempfile.mkdtemp())
    app = QApplication(sys.argv)
    QCoreApplication.setOrganizationName("zjtracker-screenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(workdir / "settings"))
    translator = QTranslator(app)
    if translator.load(str(paths.resources_dir() / "i18n" / "zjtracker_zh_CN.qm")):
        app.installTranslator(translator)
    database = open_database(workdir / "sample.db")
    init_sample(database)
    fill_demo_progress(database)
    window = MainWindow(database, today=TODAY)
    window.resize(1366, 820)
    window.show()
    window.period_selector.set_period("2023Q3")
    rows = ledger_rows(database, Period.parse("2023Q3"))
    chosen = next(r for r in rows if r.problems and r.previous_percent is not None and "营商" in r.policy_title)
    window.open_node("measure", chosen.measure_id)
    for _ in range(10):
        app.processEvents()
    OUT.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(OUT / "main_window.png"))
    window.form.grab().save(str(OUT / "progress_form.png"))
    window.show_dashboard()
    for _ in range(10):
        app.processEvents()
    window.grab().save(str(OUT / "dashboard.png"))
    for name in ("main_window", "progress_form", "dashboard"):
        print(OUT / f"{name}.png")
    window.close()
    database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
