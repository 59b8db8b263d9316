"""The command line (DESIGN.md): the same services as the GUI.

Exit status: 0 when it did what was asked, 1 when the input was refused, 2 for wrong usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from zjtracker import __version__, paths

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
NO_BACKUP_HELP = "导入前的自动备份做不成时（备份文件夹不能写入、磁盘已满）仍然导入（不建议）"
FORCE_HELP = "输出文件已经存在时替换它（数据库及其附属文件、自动备份文件夹中的文件永远不会被覆盖）"


class UsageError(Exception):
    """Wrong usage, reported in one sentence with exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one sentence, no traceback
        self.print_usage(sys.stderr)
        raise UsageError(f"用法错误：{message}")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="zjtracker", description="政策落实台账：政策、措施、进展、报送与报告。")
    parser.add_argument("--db", help="SQLite 文件路径或 SQLAlchemy URL（默认：数据目录中的 zjtracker.db）")
    parser.add_argument("--data-dir", help="数据目录（默认由系统决定）")
    parser.add_argument("--version", action="version", version=f"zjtracker {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="自检：临时数据库、迁移、示例政策、生成一份小报告，成功时退出码为 0")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    commands.add_parser("init-sample", help="载入内置的示例政策（可重复执行）")
    listing = commands.add_parser("list", help="列出政策及其领域、措施、计划、指标、单位数量")
    listing.add_argument("--json", action="store_true")
    dump = commands.add_parser("dump", help="以 JSON 输出一项政策的完整结构")
    dump.add_argument("--policy", type=int, required=True)
    dump.add_argument("--period")
    importing = commands.add_parser("import-policy", help="读取政策文件（.txt .docx .pdf .html .mhtml .xlsx .xls；.doc .wps .et 需装有 LibreOffice）并加入数据库")
    importing.add_argument("file")
    importing.add_argument("--json", action="store_true")
    importing.add_argument("--dry-run", action="store_true", help="只显示读取结果，不写入数据库")
    importing.add_argument("--no-backup", action="store_true", help=NO_BACKUP_HELP)

    template = commands.add_parser("export-template", help="生成报送表（填报用的 .xlsx），按单位分发")
    template.add_argument("--policy", type=int, required=True)
    template.add_argument("--unit", help="单位名称（可用简称）；不写则为每个单位各生成一个文件")
    template.add_argument("--period", required=True)
    template.add_argument("-o", "--output", required=True, help="输出文件；不写 --unit 时为文件夹")
    template.add_argument("--force", action="store_true", help=FORCE_HELP)
    updates = commands.add_parser("import-updates", help="读取各单位报回的 .xlsx 并合并进展")
    updates.add_argument("file")
    updates.add_argument("--policy", type=int)
    updates.add_argument("--period", required=True)
    updates.add_argument("--dry-run", action="store_true", help="只检查并显示将要做的修改，不写入数据库")
    updates.add_argument("--strict", action="store_true", help="有任何一行被拒绝时，整个文件都不导入")
    updates.add_argument("--json", action="store_true")
    updates.add_argument("--no-backup", action="store_true", help=NO_BACKUP_HELP)
    ledger = commands.add_parser("export-ledger", help="导出本期工作台账（.xlsx）")
    ledger.add_argument("--policy", type=int, required=True)
    ledger.add_argument("--period", required=True)
    ledger.add_argument("-o", "--output", required=True)
    ledger.add_argument("--force", action="store_true", help=FORCE_HELP)
    report = commands.add_parser("report", help="生成季度进展报告（.pdf，或 .docx）")
    report.add_argument("--period", required=True)
    report.add_argument("--policy", type=int)
    report.add_argument("--unit")
    report.add_argument("-o", "--output", required=True)
    report.add_argument("--force", action="store_true", help=FORCE_HELP)
    report.add_argument("--to", help="主送机关（不写则用在程序中保存的，或自动生成的）")
    report.add_argument("--issuer", help="发文机关署名（同上）")
    report.add_argument("--date", help="成文日期，如 2023年10月20日 或 2023-10-20（不写则用在程序中保存的，或报告期截止日）")
    report.add_argument("--next-steps", metavar="FILE", help="“四、下一步工作”的文字所在的文本文件（UTF-8 或 GB18030）")
    report.add_argument("--short-name", help="政策文件的简称（全称只写一次，其后用简称）")
    report.add_argument("--earlier-years", action="store_true", help="明细表中每项任务下列出往年情况（跨年度台账）")

    db_help = "同全局的 --db，也可写在命令之后"
    backup = commands.add_parser("backup", help="把数据库备份到文件：.db 为 SQLite 副本，.zjtbak 为可移植备份")
    backup.add_argument("-o", "--output", required=True, help="备份文件（.db/.sqlite：SQLite 文件；.zjtbak：可移植备份）")
    backup.add_argument("--db", default=argparse.SUPPRESS, help=db_help)
    backup.add_argument("--force", action="store_true", help=FORCE_HELP)
    restore = commands.add_parser("restore", help="从备份恢复：SQLite 数据库整体替换（原库先另存）；PostgreSQL 只能恢复到空库")
    restore.add_argument("file", help="备份文件（SQLite 备份或可移植备份）")
    restore.add_argument("--db", default=argparse.SUPPRESS, help=db_help)
    from zjtracker.cli_policies import add_policy_commands

    add_policy_commands(commands)
    from zjtracker.cli_evidence import add_evidence_commands

    add_evidence_commands(commands)
    from zjtracker.cli_oversight import add_oversight_commands

    add_oversight_commands(commands)
    return parser


WINDOW_OPTIONS = ("--db", "--data-dir")


def window_only(argv: Sequence[str]) -> dict[str, str] | None:
    """The options when the command line only starts the window (nothing, or ``--db`` and
    ``--data-dir`` with their values): then the commands' parsers (about 5 ms of argparse and
    the command modules) are not built before the window is painted. None for anything else,
    which the full parser reads (and refuses, helps or runs)."""
    options: dict[str, str] = {}
    words = list(argv)
    while words:
        word = words.pop(0)
        name, equals, value = word.partition("=")
        if name not in WINDOW_OPTIONS:
            return None
        if not equals:
            if not words or words[0].startswith("-"):
                return None
            value = words.pop(0)
        options[name] = value
    return options


def main(argv: Sequence[str] | None = None) -> int:
    options = window_only(sys.argv[1:] if argv is None else argv)
    if options is not None:
        if options.get("--data-dir"):
            paths.set_data_dir(options["--data-dir"])
        from zjtracker.ui.app import run_gui

        return run_gui(options.get("--db"))
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as error:
        print(error, file=sys.stderr)
        return EXIT_USAGE
    if args.data_dir:
        paths.set_data_dir(args.data_dir)
    if args.self_test:
        from zjtracker.self_test import run_self_test

        return run_self_test()
    if args.command is None:
        from zjtracker.ui.app import run_gui

        return run_gui(args.db)
    from zjtracker.cli_commands import run_command

    try:
        return run_command(args)
    except BrokenPipeError:  # output piped into head and the like: stop quietly
        sys.stderr.close()
        return EXIT_OK
    finally:
        _finish_backups()


def _finish_backups() -> None:
    """Backups before import still copying in the background end before the program does;
    one that failed is said (what it protected is stored, and can be undone)."""
    from zjtracker.services.backups.create import wait_for_backups

    for error in wait_for_backups():
        print(f"警告：导入前的备份未能完成：{error}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
