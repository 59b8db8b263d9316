"""``evidence add|import-folder|export``: evidence files (佐证材料) from the command line,
through the same services as the window.

    zjtracker evidence add --plan 12 --period 2025Q3 照片.jpg 通知.pdf
    zjtracker evidence import-folder --policy 1 --period 2025Q3 市商务局材料/ [--dry-run] [--json]
    zjtracker evidence export --policy 1 --period 2025Q3 -o 汇编.zip [--force]

A refused file stops ``add`` with nothing stored (exit 1); ``import-folder`` lists every file
not matched with its reason and stores the matched ones as one import batch (undo it in the
import history); with ``--dry-run`` it only shows the matching.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from zjtracker.cli import EXIT_OK, EXIT_REFUSED, FORCE_HELP


def add_evidence_commands(commands) -> None:
    db_help = "同全局的 --db，也可写在命令之后"
    evidence = commands.add_parser("evidence", help="佐证材料：添加文件、从文件夹批量导入、导出佐证材料汇编（.zip）")
    actions = evidence.add_subparsers(dest="evidence_command", parser_class=type(evidence), required=True)
    add = actions.add_parser("add", help="把文件作为佐证材料添加到一项任务的年度计划的某一期")
    add.add_argument("--plan", type=int, required=True, help="年度计划编号（见 dump 命令）")
    add.add_argument("--period", required=True)
    add.add_argument("files", nargs="+")
    add.add_argument("--db", default=argparse.SUPPRESS, help=db_help)
    folder = actions.add_parser("import-folder", help="按文件名或文件夹名中的任务编号，把文件夹中的材料对应到任务并导入")
    folder.add_argument("folder")
    folder.add_argument("--policy", type=int, required=True)
    folder.add_argument("--period", required=True)
    folder.add_argument("--dry-run", action="store_true", help="只显示对应结果，不写入数据库")
    folder.add_argument("--json", action="store_true")
    folder.add_argument("--db", default=argparse.SUPPRESS, help=db_help)
    export = actions.add_parser("export", help="导出佐证材料汇编（.zip，按领域和任务编号分文件夹，附索引.xlsx）")
    export.add_argument("--policy", type=int, required=True)
    export.add_argument("--period", required=True)
    export.add_argument("-o", "--output", required=True)
    export.add_argument("--force", action="store_true", help=FORCE_HELP)
    export.add_argument("--db", default=argparse.SUPPRESS, help=db_help)


def evidence(database, args: argparse.Namespace) -> int:
    from zjtracker.exporting.safe_write import OutputError
    from zjtracker.services.evidence.checks import EvidenceRefused, size_text

    try:
        if args.evidence_command == "add":
            from zjtracker.services.evidence.store import add_files

            for info in add_files(database, args.plan, args.period, [Path(f) for f in args.files]):
                print(f"已添加：{info.file_name}（{size_text(info.size)}）")
            return EXIT_OK
        if args.evidence_command == "import-folder":
            return _import_folder(database, args)
        from zjtracker.services.evidence.bundle import export_bundle

        done = export_bundle(database, args.policy, args.period, Path(args.output), args.force)
        print(f"已导出佐证材料汇编“{done.path}”：{done.tasks} 项任务、{done.files} 个文件（{size_text(done.size)}）。")
        return EXIT_OK
    except EvidenceRefused as error:
        print(error.message, file=sys.stderr)
        return EXIT_REFUSED
    except OutputError as error:
        from zjtracker.cli_commands import output_error

        return output_error(error)


def _import_folder(database, args) -> int:
    from zjtracker.services.evidence.folder import import_folder, preview_folder

    preview = preview_folder(database, args.policy, args.period, Path(args.folder))
    result = None if args.dry_run else import_folder(database, preview)
    if args.json:
        rows = [{"path": r.relative_path, "size": r.size, "plan_id": r.plan_id, "task": r.task_label,
                 "reason": r.reason} for r in preview.rows]
        done = None if result is None else {"batch_id": result.batch_id, "attached": result.attached,
                                            "already": result.already, "tasks": result.tasks}
        json.dump({"rows": rows, "imported": done}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for row in preview.rows:
            said = f"→ {row.task_label}{row.task_text[:20]}" if row.matched else f"未对应：{row.reason}"
            print(f"{row.relative_path}  {said}")
        print(f"共 {len(preview.rows)} 个文件，对应到任务 {len(preview.matched)} 个，未对应 {len(preview.unmatched)} 个。")
        if result is not None:
            print(f"已导入 {result.attached} 个文件到 {result.tasks} 项任务"
                  + (f"（{result.already} 个此前已添加过）" if result.already else "")
                  + (f"，导入记录编号 {result.batch_id}（可在导入记录中撤销）。" if result.batch_id else "。"))
    return EXIT_OK
