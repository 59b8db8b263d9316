"""--self-test: the installed program proves it works without touching the user's data."""

import json
import os
import subprocess
import sys

from zjtracker import paths
from zjtracker.self_test import run_self_test


def _run(args, tmp_path, **env):
    environment = {key: value for key, value in os.environ.items() if not key.startswith("ZJTRACKER_")}
    environment.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
                       XDG_DATA_HOME=str(tmp_path / "data"))
    environment.update(env)
    return subprocess.run([sys.executable, "-m", "zjtracker", *args], env=environment, cwd=tmp_path,
                          capture_output=True, text=True, encoding="utf-8", timeout=300)


def test_self_test_passes_and_leaves_no_trace(tmp_path):
    result = _run(["--self-test"], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    for step in ("打开临时数据库并迁移", "载入示例政策", "生成报告", "界面", "自检通过"):
        assert step in result.stdout
    assert "✗" not in result.stdout
    # Nothing was written into the user's data or settings folders.
    assert not (tmp_path / "data" / "zjtracker").exists()
    assert not (tmp_path / "config" / "zjtracker").exists()


def test_self_test_on_a_high_dpi_screen(tmp_path):
    screen = tmp_path / "4k.json"  # a 3840×2160 screen at 200 %: 1920×1080 for the program
    screen.write_text(json.dumps({"screens": [{"name": "4k", "x": 0, "y": 0, "width": 3840, "height": 2160,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    result = _run(["--self-test"], tmp_path, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM=f"offscreen:configfile={screen}")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "主窗口 1280×800（屏幕缩放 2 倍）" in result.stdout  # logical size, twice the pixels


def test_self_test_fails_with_the_reason(tmp_path, monkeypatch, capsys):
    empty = tmp_path / "没有 示例"
    empty.mkdir()
    monkeypatch.setattr(paths, "sample_documents_dir", lambda: empty)
    assert run_self_test(with_window=False) == 1
    out = capsys.readouterr().out
    assert "✗ 载入示例政策" in out and "找不到示例文件" in out
    assert "自检通过" not in out


def test_self_test_without_a_window_passes_in_process(capsys):
    assert run_self_test(with_window=False) == 0
    out = capsys.readouterr().out
    assert "载入示例政策：5 个文件，10 项政策" in out and "生成报告：" in out
