"""A report is never lost: a locked target (open in Excel or a PDF reader on Windows) or a
read-only folder sends it to another name, and says where."""

import os

import pytest

from zjtracker.reports import output
from zjtracker.reports.output import FOLDER, LOCKED, problem_message, save_bytes


def _locked(target):
    real = output._replace

    def replace(source, destination):
        if os.fspath(destination) == os.fspath(target):
            raise PermissionError(13, "The process cannot access the file because it is being used")
        real(source, destination)

    return replace


def test_a_free_target_is_replaced_in_one_step(tmp_path):
    target = tmp_path / "报告.pdf"
    target.write_bytes(b"old")
    assert save_bytes(b"new", target) == (target, "")
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["报告.pdf"]  # no temporary file left


def test_a_locked_target_gets_the_next_free_name(tmp_path, monkeypatch):
    target = tmp_path / "报告.pdf"
    target.write_bytes(b"open in a reader")
    (tmp_path / "报告（2）.pdf").write_bytes(b"an older copy")
    monkeypatch.setattr(output, "_replace", _locked(target))
    placed, problem = save_bytes(b"new", target)
    assert (placed.name, problem) == ("报告（3）.pdf", LOCKED)
    assert placed.read_bytes() == b"new" and target.read_bytes() == b"open in a reader"
    assert (tmp_path / "报告（2）.pdf").read_bytes() == b"an older copy"
    message = problem_message(target, placed, problem)
    assert "报告.pdf" in message and "报告（3）.pdf" in message and "另存为" in message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["报告.pdf", "报告（2）.pdf", "报告（3）.pdf"]


def test_a_read_only_folder_sends_the_report_to_documents(tmp_path, monkeypatch):
    folder, documents = tmp_path / "只读", tmp_path / "我的文档"
    folder.mkdir()
    documents.mkdir()
    real = output._temporary

    def temporary(where, target, data):
        if where == folder:
            raise PermissionError(13, "Access is denied")
        return real(where, target, data)

    monkeypatch.setattr(output, "_temporary", temporary)
    monkeypatch.setattr(output, "fallback_folders", lambda: [documents])
    placed, problem = save_bytes(b"pdf", folder / "报告.pdf")
    assert (placed, problem) == (documents / "报告.pdf", FOLDER)
    assert "只读" in problem_message(folder / "报告.pdf", placed, problem)


def test_nothing_writable_is_an_error_not_a_silent_loss(tmp_path, monkeypatch):
    def refuse(where, target, data):
        raise PermissionError(13, "Access is denied")

    monkeypatch.setattr(output, "_temporary", refuse)
    with pytest.raises(PermissionError, match="无法保存"):
        save_bytes(b"pdf", tmp_path / "报告.pdf")
