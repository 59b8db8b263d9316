"""The commands for fill-in workbooks and returns: export-template and import-updates.

``import-updates --json`` prints one object (DESIGN.md): applied, updated, unchanged,
rejected, conflicts, refused — plus warnings, file, policy, unit, period, batch and
already_imported. Conflicts are never applied from the command line (the GUI resolves
them cell by cell). Exit 0 when done, 1 when refused (or rows rejected under --strict).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from zjtracker.cli import EXIT_OK, EXIT_REFUSED, EXIT_USAGE
from zjtracker.importing.returns.model import Issue
from zjtracker.services.periods import Period


def export_template(database, args) -> int:
    from zjtracker.services.ledger import find_unit_id
    from zjtracker.services.returns.export import (
        NothingToSend, iter_export_templates, policy_title, template_file_name, unit_name_of,
    )
    from zjtracker.services.returns.export import export_template as export_one

    period = Period.parse(args.period)
    output = Path(args.output)
    force = getattr(args, "force", False)
    try:
        if args.unit:
            unit_id = find_unit_id(database, args.unit)
            if output.is_dir():
                output = output / template_file_name(
                    policy_title(database, args.policy), period, unit_name_of(database, unit_id))
            done = export_one(database, args.policy, period, unit_id, output, force)
            print(f"已生成报送表：{done.path}（{done.unit_name}，{done.rows} 项任务）")
            return EXIT_OK
        if output.exists() and not output.is_dir():
            print(f"用法错误：不写 --unit 时，-o 应是一个文件夹（每个单位一个文件），“{output}”是文件。",
                  file=sys.stderr)
            return EXIT_USAGE
        count = 0
        for done_count, total, done in iter_export_templates(database, args.policy, period, output, force):
            count = total
            print(f"[{done_count}/{total}] {done.path.name}（{done.unit_name}，{done.rows} 项任务）")
    except NothingToSend as error:
        print(error.message, file=sys.stderr)
        return EXIT_REFUSED
    if count == 0:
        print(f"这项政策没有 {period.year} 年的任务分工，没有生成报送表。", file=sys.stderr)
        return EXIT_REFUSED
    print(f"共生成 {count} 个报送表，保存在“{output}”。")
    return EXIT_OK


def _issue(issue: Issue) -> dict:
    data = {"row": issue.row, "task": issue.task, "reason": issue.reason, "message": issue.message}
    if issue.sheet:
        data["sheet"] = issue.sheet
    if issue.column:
        data["column"] = issue.column
    return data


def _number(value):
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _result(preview) -> dict:
    return {
        "applied": False,
        "updated": [{"task": row.task, "row": row.row, "sheet": row.sheet,
                     "fields": {c.field: _number(c.new) for c in row.changes},
                     "old": {c.field: _number(c.old) for c in row.changes},
                     "overwrites": [c.field for c in row.changes if c.overwrites]}
                    for row in preview.updated_rows],
        "unchanged": len(preview.unchanged_rows),
        "rejected": [_issue(i) for i in preview.rejected],
        "conflicts": [{"row": row.row, "task": row.task, "field": c.field, "column": c.column,
                       "reason": "conflict", "sent": _number(c.base), "stored": _number(c.ours),
                       "returned": _number(c.theirs), "message": c.message}
                      for row, c in preview.conflicts],
        "warnings": [_issue(i) for i in preview.all_warnings],
        "refused": None,
        "file": preview.file_name, "kind": preview.kind or None, "policy": preview.policy_id,
        "unit": preview.unit_name or None, "period": preview.period, "batch": None,
        "already_imported": preview.already_imported,
    }


def import_updates(database, args) -> int:
    from zjtracker.services.history.batches import REJECTED_ROWS, all_rejected, apply_reading_again, nothing_imported
    from zjtracker.services.returns.preview import preview_return
    from zjtracker.services.returns.store import ReturnOutdated

    period = Period.parse(args.period)
    preview = preview_return(database, args.file, period, args.policy)
    result = _result(preview)
    status = EXIT_OK
    notice = ""
    if preview.refused is not None:
        result["refused"] = {"reason": preview.refused.reason, "message": preview.refused.message}
        status = EXIT_REFUSED
    elif all_rejected(preview):  # no batch: the same file can be imported again once put right
        result["refused"] = {"reason": REJECTED_ROWS, "message": nothing_imported(preview)}
        status = EXIT_REFUSED
    elif args.strict and preview.rejected:
        result["refused"] = {"reason": "rejected_rows", "message": (
            f"文件“{preview.file_name}”有 {len(preview.rejected)} 处被拒绝，按 --strict 的要求整个文件都没有导入。"
            "请改正后再导入。")}
        status = EXIT_REFUSED
    elif args.dry_run:
        notice = "（试运行：只检查，没有写入数据库。）"
    elif preview.already_imported:
        earlier = next(e for e in preview.earlier_imports if not e.undone)
        notice = (f"文件“{preview.file_name}”已于 {earlier.imported_at:%Y-%m-%d %H:%M} 导入过（第 {earlier.batch_id} 批），"
                  "本次没有重复导入。如需重新导入，请先撤销那一批。")
    else:
        try:  # overtaken by another desk: read again, what both changed becomes a conflict
            done = apply_reading_again(database, preview, lambda: preview_return(database, args.file, period,
                                                                                 args.policy))
        except ReturnOutdated as error:
            result["refused"] = {"reason": "outdated", "message": error.message}
            status = EXIT_REFUSED
        else:
            if done.read_again:
                preview, result = done.preview, _result(done.preview)
                notice = (f"导入“{preview.file_name}”时，同一任务的进展刚被他人写入（也许同时导入了另一单位的报送表），"
                          f"已重新读取文件后导入；双方改得不同的 {len(preview.conflicts)} 处是冲突，没有导入。")
            result["applied"] = done.result.updated_cells > 0
            result["batch"] = done.result.batch_id
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        _print_summary(preview, result, args.dry_run)
    if result["refused"]:
        print(result["refused"]["message"], file=sys.stderr)
    if notice:
        print(notice, file=sys.stderr)
    return status


def _print_summary(preview, result: dict, dry_run: bool) -> None:
    if result["refused"] and preview.refused is not None:
        return
    kind = "本程序的报送表" if preview.kind == "stamped" else "台账格式"
    who = f"，{preview.unit_name}" if preview.unit_name else ""
    print(f"文件“{preview.file_name}”（{kind}{who}，{Period.parse(preview.period).label()}）")
    print(f"政策：{preview.policy_title}")
    verb = "已更新" if result["applied"] else ("将更新" if dry_run else "可更新")
    cells = sum(len(r.changes) for r in preview.updated_rows)
    print(f"{verb} {len(preview.updated_rows)} 项任务的 {cells} 个单元格；{result['unchanged']} 项没有变化。")
    for row in preview.updated_rows:
        parts = [f"{c.column}：{_short(c.old, c.field)} → {_short(c.new, c.field)}"
                 + ("（覆盖原有内容）" if c.overwrites else "") for c in row.changes]
        print(f"  {row.measure_label or row.task}（第 {row.row} 行）" + "；".join(parts))
    for title, items in (("被拒绝", preview.rejected), ("提醒", preview.all_warnings)):
        if items:
            print(f"{title} {len(items)} 处：")
            for issue in items:
                print(f"  {issue.message}")
    if preview.conflicts:
        print(f"冲突 {len(preview.conflicts)} 处（未导入，请在程序中逐格选择保留哪一个）：")
        for _, conflict in preview.conflicts:
            print(f"  {conflict.message}")


def _short(value, field: str) -> str:
    from zjtracker.services.returns.merge import shown

    return shown(value, field)
