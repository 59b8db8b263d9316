"""``backup -o FILE`` and ``restore FILE``: they work on the database named by ``--db``
without opening (and so without migrating) it first, since a damaged or missing database
is exactly what a restore is for.

    zjtracker [--db D] backup -o FILE.db       a SQLite copy (online backup API), checked
    zjtracker [--db D] backup -o FILE.zjtbak   a portable backup, read back before it is kept
                                               (--force: replace a file that exists)
    zjtracker [--db D] restore FILE            SQLite: replace the content, keeping the old one;
                                               PostgreSQL: only into an empty database
"""

from __future__ import annotations

import argparse
import sys

from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from zjtracker.cli import EXIT_OK, EXIT_REFUSED, EXIT_USAGE
from zjtracker.db.engine import database_url
from zjtracker.db.safety import DatabaseProblem, classify, describe_target


def run_backup_command(args: argparse.Namespace) -> int:
    where = describe_target(database_url(args.db))
    try:
        if args.command == "backup":
            return _backup(args, where)
        return _restore(args, where)
    except (ArgumentError, NoSuchModuleError):
        print(f"用法错误：--db 的值“{args.db}”既不是文件路径，也不是可用的数据库地址"
              "（例如 postgresql+psycopg://用户@主机/库名）。", file=sys.stderr)
        return EXIT_USAGE
    except DatabaseProblem as problem:
        print(problem.message, file=sys.stderr)
        return EXIT_REFUSED


def _backup(args, where: str) -> int:
    from zjtracker.cli_commands import output_error
    from zjtracker.exporting.safe_write import OutputError
    from zjtracker.services.backups.create import backup_to_file, writes_sqlite

    try:
        written = backup_to_file(args.db, args.output, args.force)
    except OutputError as error:  # refused, a full disk, a folder that cannot be written, a failed check
        return output_error(error)
    except OSError as error:  # the target's folder, a portable file's writing
        print(f"无法写入备份文件“{args.output}”：{error.strerror or error}。请检查路径、磁盘空间和访问权限。",
              file=sys.stderr)
        return EXIT_REFUSED
    kind = "SQLite 数据库文件" if writes_sqlite(written) else "可移植备份（可恢复到空的 SQLite 或 PostgreSQL 数据库）"
    print(f"已把数据库“{where}”备份到“{written}”（{kind}）。")
    return EXIT_OK


def _restore(args, where: str) -> int:
    from zjtracker.services.backups.restore import RestoreRefused, restore

    try:
        outcome = restore(args.db, args.file)
    except RestoreRefused as refused:
        print(refused.message, file=sys.stderr)
        return EXIT_REFUSED
    except OSError as error:
        problem = classify(error, where)
        print(problem.message if problem else f"恢复失败：{error.strerror or error}。数据库没有改动。",
              file=sys.stderr)
        return EXIT_REFUSED
    print(f"已用备份“{outcome.backup}”恢复数据库“{outcome.target}”。")
    if outcome.kept is not None:
        print(f"被替换的数据库已另存为“{outcome.kept}”。")
    return EXIT_OK
