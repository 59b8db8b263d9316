"""The compound-file formats (.xls, .doc, .wps, .et): a legacy Excel workbook is read with
xlrd; what only WPS, Word or LibreOffice can open gets one sentence saying what the file is
and what to do, and is converted with LibreOffice (``soffice --headless --convert-to``, in a
temporary folder, with a time limit) when it is installed, then read as .docx or .xlsx."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from zjtracker.importing.errors import UnreadableFile
from zjtracker.importing.model import ParseWarning

CONVERT_SECONDS = 120
_WORD = "WordDocument".encode("utf-16-le")
_EXCEL = ("Workbook".encode("utf-16-le"), "Book\x00".encode("utf-16-le"))
KINDS = {".doc": ("旧版 Word 文档（.doc）", "docx"), ".wps": ("WPS 文字文档（.wps）", "docx"),
         ".et": ("WPS 表格文件（.et）", "xlsx"), ".xls": ("旧版 Excel 工作簿（.xls）", "xlsx"),
         ".dps": ("WPS 演示文稿（.dps）", None)}


def what_to_do(name: str, suffix: str, damaged: bool = False) -> str:
    """The sentence for a file the program cannot read itself."""
    kind, target = KINDS.get(suffix, ("Office 文件", "docx"))
    if target is None:
        return f"文件“{name}”是{kind}，不是政策文件或台账，程序无法读取。请导入文件正文（.docx、.pdf）或任务表（.xlsx）。"
    program = "WPS 或 Word" if target == "docx" else "WPS 或 Excel"
    if damaged:
        return (f"文件“{name}”的扩展名是 {suffix}，但内容不是{kind}，可能已损坏或只是改了扩展名。"
                f"请在 {program} 中打开，另存为 .{target} 后再导入。")
    return (f"文件“{name}”是{kind}，程序不能直接读取。请在 {program} 中打开，另存为 .{target} 后再导入"
            "（电脑上装有 LibreOffice 时，程序会自动转换）。")


def office_converter() -> str | None:
    """The LibreOffice program: on PATH, else in the folders its Windows installer uses."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    for variable in ("PROGRAMFILES", "PROGRAMW6432", "PROGRAMFILES(X86)", "LOCALAPPDATA"):
        root = os.environ.get(variable)
        if not root:
            continue
        for folder in ("LibreOffice", "LibreOffice 7", "LibreOffice 24", "LibreOffice 25",
                       os.path.join("Programs", "LibreOffice")):
            program = Path(root) / folder / "program" / "soffice.exe"
            if program.is_file():
                return str(program)
    return None


def read_compound_file(path: Path, suffix: str, parse_text, columns=None):
    from zjtracker.importing.sources.file_limits import read_limited_bytes

    data = read_limited_bytes(path, "xls")
    is_excel = any(name in data for name in _EXCEL) and _WORD not in data
    if is_excel and suffix not in (".doc", ".wps"):
        from zjtracker.importing.sources.xls_source import read_policy_xls

        try:
            return read_policy_xls(path, data, columns)
        except UnreadableFile:
            if suffix != ".et":  # an .et xlrd cannot read goes on to LibreOffice
                raise
    kind_suffix = suffix if suffix in KINDS else (".doc" if _WORD in data else ".xls")
    target = KINDS[kind_suffix][1]
    converter = office_converter()
    if target is None or converter is None:
        raise UnreadableFile(what_to_do(path.name, kind_suffix))
    return _converted(path, data, kind_suffix, target, converter, parse_text, columns)


def _converted(path: Path, data: bytes, suffix: str, target: str, converter: str, parse_text, columns):
    with tempfile.TemporaryDirectory(prefix="zjtracker-convert-") as folder:
        folder = Path(folder)
        source = folder / f"source{suffix}"
        source.write_bytes(data)
        command = [converter, "--headless", "--norestore", "--nolockcheck",
                   f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                   "--convert-to", target, "--outdir", str(folder), str(source)]
        try:
            _run(command, folder)
        except subprocess.TimeoutExpired as error:
            raise UnreadableFile(what_to_do(path.name, suffix)
                                 + f"（LibreOffice 在 {CONVERT_SECONDS:g} 秒内没有转换完，已停止）") from error
        except OSError as error:
            raise UnreadableFile(what_to_do(path.name, suffix) + f"（LibreOffice 无法启动：{error.strerror or error}）") from error
        converted = folder / f"source.{target}"
        if not converted.is_file():
            raise UnreadableFile(what_to_do(path.name, suffix) + "（LibreOffice 未能转换这个文件）")
        named = folder / f"{path.stem}.{target}"
        converted.rename(named)  # messages name the clerk's file
        if target == "xlsx":
            from zjtracker.importing.sources.workbook import read_policy_workbook

            result = read_policy_workbook(named, columns)
        else:
            from zjtracker.importing.sources.docx_source import read_docx_document

            document = read_docx_document(named)
            result = parse_text(document.text(), path.name, tables=document.tables)
        result.source = path.name
        result.warnings.insert(0, ParseWarning(None, f"文件“{path.name}”是{KINDS[suffix][0]}，已由 LibreOffice 转换为 "
                                               f".{target} 后读取；请核对编号、表格和单位是否完整。", "converted"))
        return result


def _run(command: list[str], folder: Path) -> None:
    """Run the converter with a time limit; on timeout it is stopped with every process it
    started (soffice hands the work to soffice.bin), so no hidden LibreOffice stays behind."""
    options = {"stdin": subprocess.DEVNULL, "stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL,
               "env": {**os.environ, "HOME": str(folder)}}
    if os.name == "nt":
        options["creationflags"] = getattr(subprocess, "CREATE_NO_WINDOW", 0) | subprocess.CREATE_NEW_PROCESS_GROUP
    else:
        options["start_new_session"] = True
    process = subprocess.Popen(command, **options)
    try:
        process.wait(timeout=CONVERT_SECONDS)
    except subprocess.TimeoutExpired:
        _stop(process)
        raise


def _stop(process: subprocess.Popen) -> None:
    if os.name == "nt":
        subprocess.run(["taskkill", "/F", "/T", "/PID", str(process.pid)], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, check=False,
                       creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
    else:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    process.wait()
