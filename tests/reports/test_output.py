"""A report is written where it was asked or not at all: a locked target (open in Excel or a
PDF reader on Windows) or a read-only folder is an error that says so, and nothing goes
elsewhere unasked; the names the dialog may offer instead."""

import errno
import os

import pytest

from zjtracker.exporting import safe_write
from zjtracker.exporting.safe_write import LOCKED, READ_ONLY, REPORT, OutputFailed
from zjtracker.reports.output import alternatives, free_name, save_bytes


def test_a_target_is_replaced_in_one_step(tmp_path):
    target = tmp_path / "报告.pdf"
    target.write_bytes(b"old")
    assert save_bytes(b"new", target, REPORT, force=True) == target
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["报告.pdf"]  # no temporary file left


def test_a_locked_target_is_an_error_and_nothing_goes_elsewhere(tmp_path, monkeypatch):
    target = tmp_path / "报告.pdf"
    target.write_bytes(b"open in a reader")
    real = os.replace

    def replace(source, destination):
        if os.fspath(destination) == os.fspath(target):
            raise PermissionError(errno.EACCES, "The process cannot access the file because it is being used")
        real(source, destination)

    monkeypatch.setattr(safe_write.os, "replace", replace)
    with pytest.raises(OutputFailed) as failed:
        save_bytes(b"new", target, REPORT, force=True)
    assert failed.value.reason == LOCKED and "正被其他程序打开" in failed.value.message
    assert target.read_bytes() == b"open in a reader"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["报告.pdf"]


def test_a_read_only_folder_is_an_error(tmp_path, monkeypatch):
    def refuse(*_args, **_kwargs):
        raise PermissionError(errno.EACCES, "Access is denied")

    monkeypatch.setattr(safe_write, "open", refuse, raising=False)
    with pytest.raises(OutputFailed) as failed:
        save_bytes(b"pdf", tmp_path / "报告.pdf", REPORT)
    assert failed.value.reason == READ_ONLY and "无法写入文件夹" in failed.value.message
    assert not any(tmp_path.iterdir())


def test_the_names_offered_instead_are_free(tmp_path):
    target = tmp_path / "报告.pdf"
    assert free_name(target) == target
    target.write_bytes(b"x")
    (tmp_path / "报告（2）.pdf").write_bytes(b"y")
    assert free_name(target) == tmp_path / "报告（3）.pdf"
    assert next(alternatives(target)).name == "报告（3）.pdf"


def test_a_pdf_for_a_read_only_folder_is_finished_and_handed_back(filled, tmp_path, monkeypatch):
    """The PDF is written page by page beside its target; where that folder cannot be written
    it is made in the temporary folder, and the error hands the finished file over (the dialog
    offers another place), leaving nothing behind in either folder."""
    import builtins

    from zjtracker.reports import output
    from zjtracker.services.reporting.job import ReportRequest, run_report

    folder = tmp_path / "共享"
    folder.mkdir()
    real = builtins.open

    def guarded(path, *args, **kwargs):
        if os.path.dirname(os.fspath(path)) == str(folder):
            raise PermissionError(errno.EACCES, "Access is denied")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(output, "open", guarded, raising=False)
    monkeypatch.setattr(safe_write, "open", guarded, raising=False)
    spools = tmp_path / "temp"
    spools.mkdir()
    monkeypatch.setattr(output.tempfile, "tempdir", str(spools))
    with pytest.raises(OutputFailed) as failed:
        run_report(filled.db, ReportRequest("2023Q3", folder / "报告.pdf", policy_id=1))
    assert failed.value.reason == READ_ONLY and failed.value.content.startswith(b"%PDF")
    assert not any(folder.iterdir()) and not any(spools.iterdir())
