"""The command line's output on a console or redirected file whose code page lacks symbols."""

from __future__ import annotations

import io
import os
import subprocess
import sys

from zjtracker.console import ConsoleText, prepare_stream, printable


def _redirected(encoding: str) -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(), encoding=encoding, write_through=True)


def test_redirected_output_on_a_chinese_windows_is_gbk_with_look_alikes(monkeypatch):
    monkeypatch.delenv("PYTHONIOENCODING", raising=False)
    stream = prepare_stream(_redirected("utf-8"), 936, platform="win32")
    print("  ✓ 载入示例政策：5 个文件", file=stream)
    print("  ✗ 生成报告：磁盘已满", file=stream)
    written = stream.buffer.getvalue().decode("gbk")
    assert written == "  √ 载入示例政策：5 个文件\n  × 生成报告：磁盘已满\n"


def test_an_english_code_page_gets_ascii_look_alikes_and_question_marks(monkeypatch):
    monkeypatch.delenv("PYTHONIOENCODING", raising=False)
    stream = prepare_stream(_redirected("utf-8"), 437, platform="win32")
    stream.write("✓ ok ✗ 中")
    assert stream.buffer.getvalue().decode("cp437") == "√ ok x ?"


def test_pythonioencoding_wins_over_the_code_page(monkeypatch):
    monkeypatch.setenv("PYTHONIOENCODING", "utf-8")
    stream = prepare_stream(_redirected("cp936"), 936, platform="win32")
    stream.write("✓ 中")
    assert stream.buffer.getvalue().decode("utf-8") == "✓ 中"


def test_a_console_stream_is_given_only_what_its_code_page_shows():
    target = io.StringIO()
    console = ConsoleText(target, "cp936")
    print("  ✓ 界面：主窗口 1280×800", file=console)
    assert target.getvalue() == "  √ 界面：主窗口 1280×800\n"
    assert printable("政策 ✓", "utf-8") == "政策 ✓"


def test_the_program_prints_its_self_test_readably_in_gbk(tmp_path):
    env = {key: value for key, value in os.environ.items() if not key.startswith("ZJTRACKER_")}
    env.update(PYTHONIOENCODING="gbk", QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "zjtracker", "--self-test"], env=env,
                            capture_output=True, timeout=300, cwd=tmp_path)
    text = result.stdout.decode("gbk")  # fails if anything but GBK was written
    assert result.returncode == 0, text + result.stderr.decode("gbk", "replace")
    assert "√ 载入示例政策" in text and "自检通过" in text
    assert "?" not in text
