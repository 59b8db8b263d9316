"""Files only WPS, Word or LibreOffice can open (.doc, .wps, .et), converted with the
LibreOffice on the machine and read like the .docx/.xlsx they become. The old-format files
are made here, at test time, by LibreOffice itself from documents written by the test."""

import os
import shutil
import subprocess
import time
from pathlib import Path

import docx
import openpyxl
import pytest

from zjtracker.importing.errors import UnreadableFile
from zjtracker.importing.reader import read_policy_file
from zjtracker.importing.sources import legacy

SOFFICE = legacy.office_converter()
needs_libreoffice = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (soffice) is not installed; CI installs libreoffice-writer-nogui")

TASKS = [("1.", "推进政务服务事项全流程网上办理", "市政务服务数据管理局", "2025年6月底前"),
         ("2.", "建立重点项目审批绿色通道", "市发展改革局", "2025年12月底前"),
         ("3.", "清理规范涉企收费项目", "市市场监督管理局", "长期坚持")]


def _notice_docx(path: Path) -> Path:
    """A notice with an outline whose measures name their lead unit in brackets."""
    document = docx.Document()
    document.add_paragraph("某市2025年优化营商环境工作方案")
    document.add_paragraph("一、提升政务服务效能")
    for label, text, lead, deadline in TASKS:
        document.add_paragraph(f"{label}{text}（{lead}牵头；完成时限：{deadline}）。")
    document.add_paragraph("二、保障措施")
    document.add_paragraph("各单位要加强组织领导，确保各项任务落到实处。")
    document.save(path)
    return path


def _task_list_xlsx(path: Path) -> Path:
    book = openpyxl.Workbook()
    book.active.title = "任务清单"
    book.active.append(["序号", "工作任务", "牵头单位", "完成时限"])
    for label, text, lead, deadline in TASKS:
        book.active.append([int(label[0]), text, lead, deadline])
    book.save(path)
    return path


def _convert(source: Path, target: str, folder: Path) -> Path:
    """``source`` saved by LibreOffice in the old format ``target`` (doc, xls)."""
    folder.mkdir(exist_ok=True)
    subprocess.run([SOFFICE, "--headless", "--norestore", f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                    "--convert-to", target, "--outdir", str(folder), str(source)],
                   check=True, timeout=180, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env={**os.environ, "HOME": str(folder)})
    made = folder / f"{source.stem}.{target}"
    assert made.read_bytes()[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a real compound file
    return made


def _measures(result):
    return [(m.text, [(u.role, u.name) for u in m.units], m.deadline_text)
            for p in result.policies for m in p.iter_measures()]


@pytest.fixture(scope="module")
def old_files(tmp_path_factory):
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    folder = tmp_path_factory.mktemp("old_formats")
    notice = _notice_docx(folder / "工作方案.docx")
    task_list = _task_list_xlsx(folder / "任务清单.xlsx")
    return {"docx": notice, "doc": _convert(notice, "doc", folder / "doc"),
            "xlsx": task_list, "xls": _convert(task_list, "xls", folder / "xls")}


@needs_libreoffice
@pytest.mark.parametrize("suffix", [".doc", ".wps"])
def test_a_word_or_wps_file_is_converted_and_read_like_the_docx(old_files, tmp_path, suffix):
    path = tmp_path / f"工作方案{suffix}"  # a .wps text file is the same compound Word file
    shutil.copyfile(old_files["doc"], path)
    result = read_policy_file(path)
    assert result.source == path.name
    assert result.policies[0].title == "某市2025年优化营商环境工作方案"
    read = _measures(result)
    assert read == _measures(read_policy_file(old_files["docx"]))
    assert [text for text, _, _ in read] == [text for _, text, _, _ in TASKS]
    assert [units for _, units, _ in read] == [[("lead", lead)] for _, _, lead, _ in TASKS]
    assert not list(tmp_path.glob("*.docx"))  # converted in a temporary folder, not beside the file
    [said] = [w.message for w in result.warnings if w.code == "converted"]
    assert f"工作方案{suffix}" in said and "LibreOffice" in said


@needs_libreoffice
def test_an_et_workbook_is_read(old_files, tmp_path):
    path = tmp_path / "任务清单.et"
    shutil.copyfile(old_files["xls"], path)
    read = _measures(read_policy_file(path))
    assert [text for text, _, _ in read] == [text for _, text, _, _ in TASKS]
    assert [deadline for _, _, deadline in read][2] == "长期坚持"


@needs_libreoffice
def test_libreoffice_in_the_windows_install_folder_is_found(old_files, tmp_path, monkeypatch):
    program = tmp_path / "Program Files" / "LibreOffice" / "program"
    program.mkdir(parents=True)
    installed = program / "soffice.exe"  # the real program, started the way Windows would find it
    installed.write_text(f'#!/bin/sh\nPATH={os.environ["PATH"]} exec "{SOFFICE}" "$@"\n')
    installed.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.setenv("PROGRAMFILES", str(tmp_path / "Program Files"))
    assert legacy.office_converter() == str(program / "soffice.exe")
    path = tmp_path / "工作方案.doc"
    shutil.copyfile(old_files["doc"], path)
    assert [text for text, _, _ in _measures(read_policy_file(path))] == [text for _, text, _, _ in TASKS]


@needs_libreoffice
def test_a_conversion_that_takes_too_long_is_stopped_with_what_to_do(old_files, tmp_path, monkeypatch):
    monkeypatch.setattr(legacy, "CONVERT_SECONDS", 0.2)
    path = tmp_path / "工作方案.doc"
    shutil.copyfile(old_files["doc"], path)
    started = time.monotonic()
    with pytest.raises(UnreadableFile) as refused:
        read_policy_file(path)
    assert time.monotonic() - started < 10
    message = str(refused.value)
    assert "工作方案.doc" in message and "另存为 .docx" in message and "0.2 秒内没有转换完" in message


def test_without_libreoffice_a_doc_says_what_to_do(old_files, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    for variable in ("PROGRAMFILES", "PROGRAMW6432", "PROGRAMFILES(X86)", "LOCALAPPDATA"):
        monkeypatch.delenv(variable, raising=False)
    path = tmp_path / "工作方案.doc"
    shutil.copyfile(old_files["doc"], path)
    with pytest.raises(UnreadableFile) as refused:
        read_policy_file(path)
    assert str(refused.value) == legacy.what_to_do("工作方案.doc", ".doc")
    assert "旧版 Word 文档" in str(refused.value) and "WPS 或 Word" in str(refused.value)
