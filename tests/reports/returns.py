"""Returns as units send them, stored in a real database: for each task of a policy (except
those of the units that sent nothing) a 落实情况 in the wording of the returns (numbers such as
95%以上 and 1.2万户, titles in 书名号), a 完成进度 or only text, now and then a typed
评估情况, and 存在问题 that are often 无, 暂无, 无问题。 or the same sentence from two units."""

from __future__ import annotations

import random
from datetime import datetime

from zjtracker.db.models import ProgressReport
from zjtracker.services.ledger import ledger_rows
from zjtracker.services.periods import Period

STATUS_OPENERS = ("截至本季度末，", "本季度，", "今年以来，", "目前，", "")
STATUS_BODIES = (
    "已印发《湛江市进一步优化营商环境若干措施（2023年修订版）》并组织宣讲，线上办理率达到95%以上。",
    "累计为1.2万户市场主体办理相关业务，平均办理时限压减至3.5个工作日。",
    "已完成系统升级改造，数据共享接口接入率达98.6%，群众满意度保持在99%以上。",
    "会同各县（市、区）开展专项督导12次，发现并整改问题37个。",
    "已制定工作方案，明确责任分工和时间节点，各项工作按计划有序推进。",
    "推送率达到95%以上，惠企政策“免申即享”事项增至46项。",
    "完成年度任务的80%，剩余工作将于第四季度完成。",
)
PROBLEMS = (
    "部分县（市、区）工作进度不平衡，推进力度有待加强。",
    "资金保障不足，项目推进较慢。",
    "数据共享不畅，部门间协同有待加强。",
    "专业技术人员缺乏，难以满足工作需要。",
    "系统对接尚未完成，线上办理率偏低。",
    "用地指标紧张，前期手续办理时间较长。",
)
NONE_WORDS = ("无", "暂无", "无。", "无问题", "暂无问题。", "没有", "目前没有发现明显问题。", "/", "—", "无明显问题",
              "暂未发现问题", "无 ")
SUGGESTIONS = ("建议市级层面加强统筹协调，定期通报工作进展。", "建议加大财政资金支持力度。", "无")


def fill_returns(db, policy_id: int, period: str, silent: set[str] = frozenset(), seed: int = 7,
                 share_text_only: float = 0.06) -> int:
    """Store a return for every task of ``policy_id`` in ``period`` whose first lead unit is
    not in ``silent``; returns how many were stored."""
    rng = random.Random(seed)
    per = Period.parse(period)
    rows = ledger_rows(db, per, policy_id=policy_id)
    stored = 0
    with db.session() as session:
        for row in rows:
            lead = row.lead_units[0] if row.lead_units else ""
            if lead in silent:
                continue
            roll = rng.random()
            percent = None if roll < share_text_only else rng.choice((100, 100, 90, 80, 75, 75, 60, 50, 30))
            text = rng.choice(STATUS_OPENERS) + rng.choice(STATUS_BODIES)
            if percent == 100:
                text += "该项任务已全部完成。"
            problem_roll = rng.random()
            problems = rng.choice(PROBLEMS) if problem_roll < 0.3 else (
                rng.choice(NONE_WORDS) if problem_roll < 0.65 else "")
            session.add(ProgressReport(
                plan_id=row.plan_id, period=str(per), status_text=text, problems=problems,
                suggestions=rng.choice(SUGGESTIONS) if problems in PROBLEMS else "",
                percent=percent, assessment="已完成" if percent == 100 and rng.random() < 0.5 else "",
                source="import", updated_at=datetime(per.year, per.last_month, 28), updated_by="测试",
                version=1))
            stored += 1
    return stored
