"""The commands that correct or remove a policy: edit-policy and remove-policy.

``remove-policy ID`` asks nothing: without ``--yes`` it deletes nothing, lists what would go
and exits with 1; with ``--yes`` it makes a backup first, named before-remove (``--no-backup`` to go on
when that cannot be made), deletes the policy with everything belonging to it in one
transaction, logs it and names the backup to restore from. ``edit-policy ID --title … --status …``
changes only the fields given; each change goes to the change log.
"""

from __future__ import annotations

import argparse
import json
import sys

from zjtracker.cli import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, NO_BACKUP_HELP

_EDIT_OPTIONS = (("--doc-no", "doc_no", "文号，如 湛府办〔2022〕32号"),
                 ("--title", "title", "标题"),
                 ("--short-name", "short_name", "简称（报告和图表用）；写空字符串则由标题生成"),
                 ("--issuer", "issuer", "发文机关"),
                 ("--start-year", "start_year", "起始年份；写空字符串表示不写"),
                 ("--end-year", "end_year", "截止年份；写空字符串表示不写"),
                 ("--status", "status", "状态：现行、已失效 或 已废止"),
                 ("--frequency", "frequency", "报送频次：每月、每两个月、每季度、每半年 或 每年"))


def add_policy_commands(commands) -> None:
    """Register edit-policy and remove-policy on the parser's subcommands."""
    db_help = "同全局的 --db，也可写在命令之后"
    edit = commands.add_parser("edit-policy", help="修改政策文件的文号、标题、简称、状态、报送频次等")
    edit.add_argument("policy", type=int, help="政策编号（见 list 命令）")
    for option, dest, text in _EDIT_OPTIONS:
        edit.add_argument(option, dest=dest, help=text)
    edit.add_argument("--json", action="store_true", help="以 JSON 输出改了什么")
    edit.add_argument("--db", default=argparse.SUPPRESS, help=db_help)
    remove = commands.add_parser(
        "remove-policy", help="删除政策文件及其领域、措施、计划、进展、报送表和导入批次（需加 --yes）")
    remove.add_argument("policy", type=int, help="政策编号（见 list 命令）")
    remove.add_argument("--yes", action="store_true", help="确认删除；不加时只列出将被删除的内容，不删除")
    remove.add_argument("--no-backup", action="store_true", help=NO_BACKUP_HELP.replace("导入", "删除"))
    remove.add_argument("--json", action="store_true", help="以 JSON 输出将被（或已被）删除的内容")
    remove.add_argument("--db", default=argparse.SUPPRESS, help=db_help)


def _print_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def edit_policy(database, args) -> int:
    from zjtracker.services.structure.common import StructureError
    from zjtracker.services.policies.status import STATUS_NAMES
    from zjtracker.services.structure.policy_edit import FREQUENCY_NAMES, policy_fields, update_policy

    values = {dest: getattr(args, dest) for _option, dest, _text in _EDIT_OPTIONS if getattr(args, dest) is not None}
    if not values:
        print("用法错误：edit-policy 至少要给出一项要修改的内容，如 --title 或 --status。", file=sys.stderr)
        return EXIT_USAGE
    try:
        old = update_policy(database, args.policy, **values)
        new = policy_fields(database, args.policy)
    except StructureError as error:
        print(error.message, file=sys.stderr)
        return EXIT_USAGE if "不存在" in error.message else EXIT_REFUSED
    changes = {name: {"old": old[name], "new": new[name]} for name in old}
    if args.json:
        _print_json({"policy": args.policy, "changed": changes})
        return EXIT_OK
    if not changes:
        print(f"政策 {args.policy} 的这些内容本来就是这样，没有修改。")
    names = {"doc_no": "文号", "title": "标题", "short_name": "简称", "issuer": "发文机关",
             "start_year": "起始年份", "end_year": "截止年份", "status": "状态", "frequency": "报送频次"}
    shown = {"status": STATUS_NAMES, "frequency": FREQUENCY_NAMES}
    for name, change in changes.items():
        before, after = (shown.get(name, {}).get(v, v) for v in (change["old"], change["new"]))
        print(f"{names[name]}：{before if before not in (None, '') else '（空）'} → "
              f"{after if after not in (None, '') else '（空）'}")
    return EXIT_OK


def remove_policy(database, args) -> int:
    from zjtracker.db.safety import DatabaseProblem
    from zjtracker.services.backups.create import backup_before_remove
    from zjtracker.services.returns.backup_before import backup_skipped
    from zjtracker.services.structure.common import StructureError
    from zjtracker.services.structure.policy_delete import delete_policy, policy_delete_impact

    try:
        impact = policy_delete_impact(database, args.policy)
    except StructureError as error:
        print(error.message, file=sys.stderr)
        return EXIT_USAGE
    lines = impact.lines()
    if not args.yes:
        if args.json:
            _print_json({"policy": args.policy, "name": impact.name, "deleted": False, "would_delete": lines})
        print(f"将删除政策文件“{impact.name}”" + ("，连同：" if lines else "。"))
        for line in lines:
            print(f"  · {line}")
        print("没有删除任何内容。确认删除请在命令中加上 --yes。", file=sys.stderr)
        return EXIT_REFUSED
    try:
        backup = None if backup_skipped() else backup_before_remove(database)
    except (DatabaseProblem, OSError) as error:  # a backups folder that cannot be written, a full disk
        reason = error.message if isinstance(error, DatabaseProblem) else str(error)
        print(f"删除前的自动备份没有做成：{reason}没有删除任何内容。如确需不备份而删除，"
              "请在命令中加上 --no-backup。", file=sys.stderr)
        return EXIT_REFUSED
    delete_policy(database, args.policy)
    if args.json:
        _print_json({"policy": args.policy, "name": impact.name, "deleted": True, "with": lines,
                     "backup": str(backup) if backup else None})
        return EXIT_OK
    print(f"已删除政策文件“{impact.name}”" + ("，连同：" if lines else "。"))
    for line in lines:
        print(f"  · {line}")
    if backup:
        print(f"删除前的数据库已备份到“{backup}”，需要时可用 restore 命令恢复。")
    return EXIT_OK
