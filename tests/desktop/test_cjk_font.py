"""Chinese on a machine without a Chinese font: the window's application registers the bundled
WenQuanYi face, so characters are drawn, not boxes. Run in a child process whose fontconfig
sees only a Latin font folder, as on a fresh Linux install."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

LATIN_FONTS = Path("/usr/share/fonts/truetype/dejavu")
ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import sys
from PySide6.QtGui import QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication
from zjtracker.ui.app import has_cjk_font, prepare_application

app = QApplication(sys.argv[:1])
before = has_cjk_font()
covered_before = QFontMetrics(app.font()).inFontUcs4(ord("政"))
prepare_application(app, settings_dir=__import__("pathlib").Path(sys.argv[1]))
after = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
print(before, covered_before, "|".join(after), app.font().families(), sep="\n")
"""


def _run(tmp_path, fontconfig_dirs: list[Path]) -> list[str]:
    config = tmp_path / "fonts.conf"
    config.write_text("<?xml version='1.0'?><fontconfig>" + "".join(f"<dir>{d}</dir>" for d in fontconfig_dirs)
                      + f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>", encoding="utf-8")
    env = dict(os.environ, FONTCONFIG_FILE=str(config), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "settings")], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


@pytest.mark.skipif(not LATIN_FONTS.is_dir(), reason="no DejaVu fonts to stand for a Latin-only system")
def test_the_bundled_font_is_registered_when_no_chinese_face_is_installed(tmp_path):
    before, covered_before, after, families = _run(tmp_path, [LATIN_FONTS])
    assert before == "False" and covered_before == "False"  # boxes, as the clerk saw them
    assert "WenQuanYi Micro Hei" in after.split("|")
    assert "WenQuanYi Micro Hei" in families  # the window's font falls back to it


@pytest.mark.skipif(not Path("/usr/share/fonts/truetype/wqy").is_dir(), reason="no system Chinese font here")
def test_a_system_chinese_font_is_left_alone(tmp_path):
    before, _covered, _after, families = _run(tmp_path, [LATIN_FONTS, Path("/usr/share/fonts/truetype/wqy")])
    assert before == "True" and "WenQuanYi Micro Hei" not in families  # nothing added to the font
