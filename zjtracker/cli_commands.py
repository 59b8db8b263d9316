"""What each command-line command does; errors become one sentence and an exit status."""

from __future__ import annotations

import argparse
import json
import sys

from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from zjtracker.cli import EXIT_OK, EXIT_REFUSED, EXIT_USAGE
from zjtracker.db import open_database
from zjtracker.importing.errors import ImportRefused
from zjtracker.services.periods import BadPeriod, Period
from zjtracker.services.ledger import UnitNotFound
from zjtracker.services.policy_queries import PolicyNotFound


def _print_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def run_command(args: argparse.Namespace) -> int:
    where = args.db or "默认数据库"
    try:
        database = open_database(args.db)
    except (ArgumentError, NoSuchModuleError):
        print(f"用法错误：--db 的值“{where}”既不是文件路径，也不是可用的数据库地址"
              "（例如 postgresql+psycopg://用户@主机/库名）。", file=sys.stderr)
        return EXIT_USAGE
    except DBAPIError as error:
        print(f"无法打开数据库“{where}”：{_database_problem(error)}", file=sys.stderr)
        return EXIT_REFUSED
    except OSError as error:
        print(f"无法打开数据库“{where}”：{error.strerror or error}。请检查路径和访问权限。", file=sys.stderr)
        return EXIT_REFUSED
    try:
        handler = _HANDLERS[args.command]
        return handler(database, args)
    except BadPeriod as error:
        print(error, file=sys.stderr)
        return EXIT_USAGE
    except (PolicyNotFound, UnitNotFound) as error:
        print(error, file=sys.stderr)
        return EXIT_USAGE
    except ImportRefused as error:
        if getattr(args, "json", False):
            _print_json({"refused": {"reason": error.reason, "message": error.message}})
        print(error.message, file=sys.stderr)
        return EXIT_REFUSED
    finally:
        database.dispose()


def _database_problem(error: DBAPIError) -> str:
    text = str(error.orig)
    if "not a database" in text or "malformed" in text:
        return "文件不是本程序的数据库，或已损坏。请选择正确的文件，或从备份恢复。"
    if "locked" in text:
        return "数据库正被其他程序占用，请稍后再试。"
    if "readonly" in text or "read-only" in text:
        return "数据库文件是只读的，请检查文件属性或访问权限。"
    if "unable to open" in text:
        return "无法打开该文件，请检查路径和访问权限。"
    return text


def _init_sample(database, args) -> int:
    from zjtracker.services.sample import iter_init_sample

    for done, total, outcome in iter_init_sample(database):
        state = "已载入过，跳过" if outcome.skipped else f"载入 {len(outcome.policy_ids)} 项政策"
        print(f"[{done}/{total}] {outcome.source}：{state}")
    return EXIT_OK


def _list(database, args) -> int:
    from zjtracker.services.policy_queries import list_policies

    summaries = list_policies(database)
    if args.json:
        _print_json({"policies": [s.as_dict() for s in summaries]})
        return EXIT_OK
    if not summaries:
        print("数据库中还没有政策。可用 init-sample 载入示例，或用 import-policy 导入文件。")
    for s in summaries:
        status = {"in_force": "有效", "expired": "已失效", "abolished": "已废止"}.get(s.status, s.status)
        print(
            f"{s.id:>3}  {s.title}  {s.doc_no}  [{status}]  领域 {s.areas}  分组 {s.groups}  "
            f"措施 {s.measures}  年度计划 {s.yearly_plans}  指标 {s.indicators}  单位 {s.units}"
        )
    return EXIT_OK


def _dump(database, args) -> int:
    from zjtracker.services.policy_queries import dump_policy

    period = Period.parse(args.period) if args.period else None
    _print_json(dump_policy(database, args.policy, period))
    return EXIT_OK


def _import_policy(database, args) -> int:
    from pathlib import Path

    from zjtracker.importing.reader import read_policy_file
    from zjtracker.services.parse_view import parse_result_dict, print_parse_result
    from zjtracker.services.policy_import import already_imported, file_sha256, store_result

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


_HANDLERS = {
    "init-sample": _init_sample,
    "list": _list,
    "dump": _dump,
    "import-policy": _import_policy,
    "export-template": _deferred("zjtracker.cli_returns", "export_template"),
    "import-updates": _deferred("zjtracker.cli_returns", "import_updates"),
    "export-ledger": _deferred("zjtracker.cli_reports", "export_ledger"),
    "report": _deferred("zjtracker.cli_reports", "report"),
}
