"""``oversight review|send-back|clear|close|reopen``: 复核, 退回 and 办结销号 from the command
line, through the same services as the window (each step one transaction, in the change log).

    zjtracker oversight review --plan 12 --period 2025Q3 [--note 已核实]
    zjtracker oversight send-back --plan 12 --period 2025Q3 --reason 佐证材料不全
    zjtracker oversight clear --plan 12 --period 2025Q3
    zjtracker oversight close --plan 12 [--date 2025-09-30] [--basis 验收报告] [--by 李四]
    zjtracker oversight reopen --plan 12

The plan numbers are the ``id`` of each yearly plan in ``dump``. A step that cannot be taken
(no report to review, a closed task sent back, an unknown plan) is said and nothing is stored
(exit 1).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

from zjtracker.cli import EXIT_OK, EXIT_REFUSED, UsageError

_STEPS = {
    "review": "复核：确认一期报送的进展（可写复核意见）",
    "send-back": "退回：把一期报送的进展退回填报单位（须写明原因，单位在下一份报送表中看到）",
    "clear": "清除一期进展的复核结论",
    "close": "办结销号：任务办结，不再催报（最近一期未到 100%% 时给出提示）",
    "reopen": "重新打开已销号的任务",
}


def add_oversight_commands(commands) -> None:
    db_help = "同全局的 --db，也可写在命令之后"
    oversight = commands.add_parser("oversight", help="督查：复核、退回、清除复核结论、办结销号、重新打开")
    steps = oversight.add_subparsers(dest="oversight_command", parser_class=type(oversight), required=True)
    for name, help_text in _STEPS.items():
        step = steps.add_parser(name, help=help_text)
        step.add_argument("--plan", type=int, required=True, help="年度计划编号（dump 中每个计划的 id）")
        if name in ("review", "send-back", "clear"):
            step.add_argument("--period", required=True, help="报送期，如 2025Q3")
        if name == "review":
            step.add_argument("--note", default="", help="复核意见（可不写）")
        if name == "send-back":
            step.add_argument("--reason", required=True, help="退回原因（填报单位会看到）")
        if name == "close":
            step.add_argument("--date", type=_day, default=None, help="办结日期 YYYY-MM-DD（默认今天）")
            step.add_argument("--basis", default="", help="销号依据，如验收报告、批复文件")
            step.add_argument("--by", default=None, help="经办人（默认当前用户）")
        step.add_argument("--db", default=argparse.SUPPRESS, help=db_help)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise UsageError(f"日期“{text}”写法不对，请写成 2025-09-30 这样的年-月-日。") from error


def oversight(database, args: argparse.Namespace) -> int:
    from zjtracker.services.oversight import actions as steps
    from zjtracker.services.oversight.queries import PlanNotFound, plan_oversight

    command = args.oversight_command
    try:
        if command == "review":
            steps.review_report(database, args.plan, args.period, args.note)
            print(f"已复核：年度计划 {args.plan}，{args.period}。")
        elif command == "send-back":
            steps.return_report(database, args.plan, args.period, args.reason)
            print(f"已退回：年度计划 {args.plan}，{args.period}；原因：{args.reason.strip()}")
        elif command == "clear":
            cleared = steps.clear_verdict(database, args.plan, args.period)
            print(f"已清除复核结论：年度计划 {args.plan}，{args.period}。" if cleared
                  else f"年度计划 {args.plan} 在 {args.period} 没有复核结论，无需清除。")
        elif command == "close":
            seen = plan_oversight(database, args.plan, str(date.today().year) + "Q1")
            closing = steps.close_task(database, args.plan, args.date, args.basis, args.by)
            print(f"已销号：年度计划 {args.plan}，办结日期 {closing.closed_on.isoformat()}，经办人 {closing.by}。")
            if seen.latest_percent is None or seen.latest_percent < 100:
                latest = "没有填写完成进度" if seen.latest_percent is None else \
                    f"的完成进度为 {seen.latest_percent:g}%，未到 100%"
                print(f"注意：该任务最近一期报送{latest}。", file=sys.stderr)
        else:
            reopened = steps.reopen_task(database, args.plan)
            print(f"已重新打开：年度计划 {args.plan}。" if reopened else f"年度计划 {args.plan} 没有销号，无需重新打开。")
    except (steps.OversightRefused, PlanNotFound, ValueError) as error:
        print(getattr(error, "message", str(error)), file=sys.stderr)
        return EXIT_REFUSED
    return EXIT_OK
