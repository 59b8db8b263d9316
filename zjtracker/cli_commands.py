"""What each command-line command does; errors become one sentence and an exit status."""

from __future__ import annotations

import argparse
import json
import sys
from contextlib import nullcontext

from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from zjtracker.cli import EXIT_OK, EXIT_REFUSED, EXIT_USAGE
from zjtracker.db import database_url, open_database
from zjtracker.db.safety import DatabaseProblem, classify, describe_target
from zjtracker.exporting.safe_write import SUFFIX, OutputError
from zjtracker.importing.errors import ImportRefused
from zjtracker.services.periods import BadPeriod, Period
from zjtracker.services.returns.backup_before import BackupNotMade, without_backup
from zjtracker.services.ledger import UnitNotFound
from zjtracker.services.policies.queries import PolicyNotFound


def _print_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def run_command(args: argparse.Namespace) -> int:
    from zjtracker.db.target import BadTarget, checked_url

    try:
        checked_url(args.db)
    except BadTarget as error:  # checked before any command opens, creates or replaces anything
        print(f"用法错误：{error.message}", file=sys.stderr)
        return EXIT_USAGE
    try:
        where = describe_target(database_url(args.db))
    except Exception:
        where = str(args.db)
    _remove_leftovers(args.db)
    if args.command in _WITHOUT_OPENING:
        from zjtracker.cli_backup import run_backup_command

        return run_backup_command(args)
    try:
        database = open_database(args.db)
    except (ArgumentError, NoSuchModuleError):
        print(f"用法错误：--db 的值“{where}”既不是文件路径，也不是可用的数据库地址"
              "（例如 postgresql+psycopg://用户@主机/库名）。", file=sys.stderr)
        return EXIT_USAGE
    except (DBAPIError, OSError) as error:
        problem = classify(error, where)
        detail = getattr(error, "orig", None) or getattr(error, "strerror", None) or error
        print(problem.message if problem else f"无法打开数据库“{where}”：{detail}", file=sys.stderr)
        return EXIT_REFUSED
    try:
        handler = _HANDLERS[args.command]
        with without_backup() if getattr(args, "no_backup", False) else nullcontext():
            return handler(database, args)
    except BackupNotMade as error:  # before DatabaseProblem: the clerk decides (--no-backup)
        message = error.message + "如确需不备份而导入，请在命令中加上 --no-backup。"
        if getattr(args, "json", False):
            _print_json({"refused": {"reason": "backup_failed", "message": message}})
        print(message, file=sys.stderr)
        return EXIT_REFUSED
    except BadPeriod as error:
        print(error, file=sys.stderr)
        return EXIT_USAGE
    except (PolicyNotFound, UnitNotFound) as error:
        print(error, file=sys.stderr)
        return EXIT_USAGE
    except OutputError as error:  # a target that may not be written, a full disk …
        return output_error(error)
    except ImportRefused as error:
        if getattr(args, "json", False):
            _print_json({"refused": {"reason": error.reason, "message": error.message}})
        print(error.message, file=sys.stderr)
        return EXIT_REFUSED
    except (DBAPIError, DatabaseProblem) as error:  # locked, read-only, disk full, damaged …
        problem = classify(error, where)
        if problem is None:
            raise
        print(problem.message, file=sys.stderr)
        return EXIT_REFUSED
    finally:
        database.dispose()


def output_error(error: OutputError) -> int:
    """One sentence: a wrong suffix is wrong usage (2), anything else refused (1)."""
    if error.reason == SUFFIX:
        print(f"用法错误：{error.message}", file=sys.stderr)
        return EXIT_USAGE
    print(error.message, file=sys.stderr)
    return EXIT_REFUSED


def _remove_leftovers(target) -> None:
    """Temporary files a killed run left beside this database go first (services/leftovers.py)."""
    from zjtracker.db.engine import sqlite_file
    from zjtracker.services.leftovers import describe, remove_leftovers

    try:
        removed = remove_leftovers(sqlite_file(database_url(target)))
    except (ValueError, ArgumentError):  # not a database address: said when it is opened
        return
    if removed:
        print(describe(removed), file=sys.stderr)


def _init_sample(database, args) -> int:
    from zjtracker.services.policies.sample import iter_init_sample

    for done, total, outcome in iter_init_sample(database):
        state = "已载入过，跳过" if outcome.skipped else f"载入 {len(outcome.policy_ids)} 项政策"
        print(f"[{done}/{total}] {outcome.source}：{state}")
    return EXIT_OK


def _list(database, args) -> int:
    from zjtracker.services.policies.queries import list_policies
    from zjtracker.services.policies.status import status_name

    summaries = list_policies(database)
    if args.json:
        _print_json({"policies": [s.as_dict() for s in summaries]})
        return EXIT_OK
    if not summaries:
        print("数据库中还没有政策。可用 init-sample 载入示例，或用 import-policy 导入文件。")
    for s in summaries:
        status = status_name(s.status)
        print(
            f"{s.id:>3}  {s.title}  {s.doc_no}  [{status}]  领域 {s.areas}  分组 {s.groups}  "
            f"措施 {s.measures}  年度计划 {s.yearly_plans}  指标 {s.indicators}  单位 {s.units}"
        )
    return EXIT_OK


def _dump(database, args) -> int:
    from zjtracker.services.policies.queries import dump_policy

    period = Period.parse(args.period) if args.period else None
    _print_json(dump_policy(database, args.policy, period))
    return EXIT_OK


def _import_policy(database, args) -> int:
    from pathlib import Path

    from zjtracker.importing.reader import read_policy_file
    from zjtracker.services.policies.parse_view import parse_result_dict, print_parse_result
    from zjtracker.services.policies.importer import already_imported, file_sha256, store_result
    from zjtracker.services.returns.as_policy import refusal, return_given_as_policy

    if (seen := return_given_as_policy(database, args.file)) is not None:
        raise refusal(args.file, seen)  # a colleague's return: import-updates, not a policy
    result = read_policy_file(args.file)
    sha = file_sha256(Path(args.file))
    skipped = not args.dry_run and already_imported(database, sha)
    ids: list[int] = []
    if not args.dry_run and not skipped:
        ids = store_result(database, result, sha)
    if args.json:
        data = parse_result_dict(result)
        data.update(policy_ids=ids, stored=bool(ids), skipped=skipped)
        _print_json(data)
    else:
        print_parse_result(result, sys.stdout)
        if ids:
            print(f"已加入数据库，政策编号：{', '.join(map(str, ids))}")
    if skipped:
        print(f"文件“{Path(args.file).name}”此前已经导入过，本次没有重复加入。", file=sys.stderr)
    return EXIT_OK


def _deferred(module: str, name: str):
    """A handler that lives in its own module, imported only when its command runs."""

    def handler(database, args) -> int:
        from importlib import import_module

        return getattr(import_module(module), name)(database, args)

    return handler


_WITHOUT_OPENING = ("backup", "restore")  # a damaged or absent database can be restored

_HANDLERS = {
    "init-sample": _init_sample,
    "list": _list,
    "dump": _dump,
    "import-policy": _import_policy,
    "export-template": _deferred("zjtracker.cli_returns", "export_template"),
    "import-updates": _deferred("zjtracker.cli_returns", "import_updates"),
    "export-ledger": _deferred("zjtracker.cli_reports", "export_ledger"),
    "report": _deferred("zjtracker.cli_reports", "report"),
    "edit-policy": _deferred("zjtracker.cli_policies", "edit_policy"),
    "remove-policy": _deferred("zjtracker.cli_policies", "remove_policy"),
    "evidence": _deferred("zjtracker.cli_evidence", "evidence"),
    "oversight": _deferred("zjtracker.cli_oversight", "oversight"),
}
