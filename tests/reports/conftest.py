"""A copy of the sample database with progress filled in for 2023Q2 and 2023Q3: a plan whose
完成进度 went down, one that became done, one that fell behind, one past its deadline, long
texts of 600+ characters and texts that start with = (which no spreadsheet may evaluate)."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass, field
from datetime import date

import pytest

from zjtracker.db.models import Measure
from zjtracker.services.ledger import LedgerRow, ledger_rows
from zjtracker.services.periods import Period
from zjtracker.services.progress import load_progress, save_progress, with_values

LEDGER_POLICY = 2  # 2023年湛江市优化营商环境行动工作任务台账: 472 tasks
PLAN_POLICY = 1  # 新型消费实施方案: yearly plans with text
TODAY = date(2023, 10, 20)


def long_text(topic: str, length: int = 650) -> str:
    """Chinese prose of at least ``length`` characters, every sentence numbered so that a lost
    or repeated piece would show."""
    parts, n = [], 1
    while sum(map(len, parts)) < length:
        parts.append(f"{n}.{topic}第{n}项工作已按计划推进，牵头单位会同各县（市、区）召开专题会议，"
                     f"逐项梳理任务清单、责任清单和时间表，形成阶段性成果；")
        n += 1
    return "".join(parts) + "以上情况特此说明。"


@dataclass
class Filled:
    db: object
    rows: dict[str, LedgerRow] = field(default_factory=dict)  # role in the story → its 2023Q3 row
    texts: dict[str, str] = field(default_factory=dict)


def _save(db, plan_id: int, period: str, **values) -> None:
    form = load_progress(db, plan_id, period)
    save_progress(db, with_values(form, **values))


@pytest.fixture
def filled(sample_db) -> Filled:
    db = sample_db
    q3 = Period.parse("2023Q3")
    tasks = ledger_rows(db, q3, policy_id=LEDGER_POLICY)
    plans = ledger_rows(db, q3, policy_id=PLAN_POLICY)
    story = {"dropped": tasks[0], "done": tasks[1], "behind": tasks[2], "overdue": tasks[3],
             "long": tasks[4], "formula": tasks[5], "plan_long": plans[0], "huge": tasks[10]}
    texts = {
        "long_status": long_text("优化营商环境", 650),
        "long_problems": long_text("存在问题", 620),
        "long_suggestions": long_text("意见建议", 610),
        "plan_status": long_text("新型消费", 640),
        "huge_status": long_text("跨页长文本", 2600),
        "formula_status": "=SUM(A1:A3) 已在系统中完成配置",
        "formula_problems": "=问题：数据接口尚未打通",
        "formula_remarks": "+备注以加号开头",
    }
    _save(db, story["dropped"].plan_id, "2023Q2", status_text="二季度已完成大部分信息变更。", percent=80)
    _save(db, story["dropped"].plan_id, "2023Q3", status_text="部分企业材料退回重新办理。", percent=70,
          assessment="序时推进", problems="部分企业材料不齐。", suggestions="加强政策宣传。")
    _save(db, story["done"].plan_id, "2023Q2", status_text="正在推进。", percent=60)
    _save(db, story["done"].plan_id, "2023Q3", status_text="已全面完成。", percent=100, assessment="已完成")
    _save(db, story["behind"].plan_id, "2023Q2", status_text="按计划推进。", percent=50)
    _save(db, story["behind"].plan_id, "2023Q3", status_text="进展缓慢。", percent=55,
          problems="协调难度大。", suggestions="请市政府督办。")
    _save(db, story["overdue"].plan_id, "2023Q3", status_text="尚在推进。", percent=50)
    _save(db, story["long"].plan_id, "2023Q3", status_text=texts["long_status"], percent=75,
          problems=texts["long_problems"], suggestions=texts["long_suggestions"])
    _save(db, story["formula"].plan_id, "2023Q3", status_text=texts["formula_status"], percent=90,
          problems=texts["formula_problems"], remarks=texts["formula_remarks"])
    _save(db, story["plan_long"].plan_id, "2023Q3", status_text=texts["plan_status"], percent=80)
    _save(db, story["huge"].plan_id, "2023Q3", status_text=texts["huge_status"], percent=75)
    with db.session() as session:  # a deadline within the period makes (4) overdue (超期)
        session.get(Measure, story["overdue"].measure_id).deadline = date(2023, 6, 30)
    rows = {r.plan_id: r for r in ledger_rows(db, q3)}
    return Filled(db, {key: rows[row.plan_id] for key, row in story.items()}, texts)


def poppler(*args: str) -> str:
    if shutil.which(args[0]) is None:
        pytest.skip(f"{args[0]} (poppler-utils) is not installed")
    return subprocess.run(args, capture_output=True, text=True, encoding="utf-8", check=True, timeout=120).stdout
