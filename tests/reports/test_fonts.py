"""Which fonts the report embeds: Windows fonts first, then system fonts by path, the bundled
WenQuanYi Micro Hei last; files reportlab cannot use are passed over."""

from pathlib import Path

import pytest

from zjtracker import paths
from zjtracker.reports import fonts
from zjtracker.reports.fonts import BODY, BUNDLED, HEI, KAI, ROLES, SONG, TITLE, NoChineseFont, resolve_fonts

SYSTEM_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")


def test_the_bundled_font_and_its_licence_are_there():
    folder = paths.resources_dir() / "fonts"
    assert (folder / BUNDLED).stat().st_size > 4_000_000
    assert "Apache" in (folder / "README.md").read_text(encoding="utf-8")
    assert "Apache License" in (folder / "LICENSE-Apache-2.0.txt").read_text(encoding="utf-8")


def test_windows_fonts_come_first(monkeypatch, tmp_path):
    monkeypatch.setenv("WINDIR", str(tmp_path / "Windows"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "Local"))
    body = [str(path) for path, _ in fonts.candidates(BODY)]
    assert body[0].endswith(str(Path("Windows", "Fonts", "仿宋_GB2312.ttf")))
    assert any(p.endswith("simfang.ttf") for p in body[:6])
    assert any("Local" in p for p in body)  # fonts a user installed
    assert body[-1] == str(paths.resources_dir() / "fonts" / BUNDLED)
    assert [str(p) for p, _ in fonts.candidates(HEI)][0].endswith("simhei.ttf")
    assert [str(p) for p, _ in fonts.candidates(KAI)][0].endswith("楷体_GB2312.ttf")
    assert [str(p) for p, _ in fonts.candidates(SONG)][0].endswith("simsun.ttc")


def test_unusable_files_are_passed_over_for_the_bundled_font(tmp_path):
    broken = tmp_path / "simfang.ttf"
    broken.write_bytes(b"OTTO" + bytes(200))  # a CFF-outline (OpenType) header: reportlab refuses it
    bundled = paths.resources_dir() / "fonts" / BUNDLED
    found = resolve_fonts(lambda role: [(broken, 0), (tmp_path / "missing.ttf", 0), (bundled, 0)])
    assert set(found.names) == set(ROLES)
    assert all(path == str(bundled) for path in found.files.values())
    assert len(set(found.names.values())) == 1  # one file, registered once, embedded once


@pytest.mark.skipif(not SYSTEM_FONT.exists(), reason="no WenQuanYi system font")
def test_a_system_font_is_preferred_to_the_bundled_one():
    found = resolve_fonts()
    assert found.files[TITLE] != str(paths.resources_dir() / "fonts" / BUNDLED)


def test_no_font_at_all_is_a_clear_error(tmp_path):
    with pytest.raises(NoChineseFont, match="中文字体"):
        resolve_fonts(lambda role: [(tmp_path / "none.ttf", 0)])


UMING = Path("/usr/share/fonts/truetype/arphic/uming.ttc")


@pytest.mark.skipif(not (SYSTEM_FONT.exists() and UMING.exists()), reason="needs AR PL UMing and WenQuanYi")
def test_headings_take_another_face_than_the_body_when_there_is_one():
    found = resolve_fonts(lambda role: [(UMING, 0), (SYSTEM_FONT, 0)])
    assert found.files[BODY] == found.files[SONG] == str(UMING)
    for role in (TITLE, HEI, KAI):
        assert found.files[role] == str(SYSTEM_FONT), role  # not the body's face
    only_one = resolve_fonts(lambda role: [(UMING, 0)])
    assert only_one.files[TITLE] == str(UMING)  # the same face only when nothing else is installed


def test_the_replaced_official_faces_are_named():
    found = fonts.ReportFonts(
        names={role: role for role in ROLES},
        files={TITLE: "/usr/share/fonts/wqy-microhei.ttc", BODY: r"C:\Windows\Fonts\simfang.ttf",
               HEI: r"C:\Windows\Fonts\simhei.ttf", KAI: "/usr/share/fonts/ukai.ttc", SONG: "simsun.ttc"},
        families={TITLE: "WenQuanYi Micro Hei", KAI: "AR PL UKai CN"})
    note = fonts.font_substitutions(found)
    assert "标题的方正小标宋以 WenQuanYi Micro Hei 代替" in note
    assert "二级标题的楷体_GB2312以 AR PL UKai CN 代替" in note
    assert "仿宋" not in note and "黑体" not in note  # found: not mentioned
    official = fonts.ReportFonts(
        names={role: role for role in ROLES},
        files={TITLE: "方正小标宋简体.ttf", BODY: "仿宋_GB2312.ttf", HEI: "simhei.ttf", KAI: "楷体_GB2312.ttf",
               SONG: "simsun.ttc"})
    assert fonts.font_substitutions(official) == ""
