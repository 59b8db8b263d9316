"""The build recipe: the committed .spec and the Inno Setup script written from the package."""

import re
from pathlib import Path

from installer.inno_setup import numeric_version, write_script, write_version_info
from zjtracker import __version__

ROOT = Path(__file__).resolve().parents[2]


def test_numeric_version_has_four_numbers():
    assert numeric_version("0.1.0") == "0.1.0.0"
    assert numeric_version("1.2") == "1.2.0.0"
    assert numeric_version("2.0.1rc1") == "2.0.1.0"
    assert numeric_version("3.4.5.6.7") == "3.4.5.6"


def test_inno_script_installs_per_user_and_keeps_data_on_uninstall(tmp_path):
    script = write_script(tmp_path / "安装 脚本" / "zjtracker.iss", version=__version__,
                          bundle_dir=tmp_path / "dist" / "zjtracker", output_dir=tmp_path / "dist",
                          icon=ROOT / "resources" / "icons" / "zjtracker.ico")
    raw = script.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, as Inno Setup 6 expects
    text = raw.decode("utf-8-sig")
    assert "PrivilegesRequired=lowest" in text
    assert r"DefaultDirName={localappdata}\Programs\zjtracker" in text
    assert f"OutputBaseFilename=zjtracker-{__version__}-setup" in text
    assert f"AppVersion={__version__}" in text and f"VersionInfoVersion={numeric_version(__version__)}" in text
    assert re.search(r'^Name: "\{group\}\\\{#AppName\}"; Filename: "\{app\}\\zjtracker.exe"', text, re.M)
    desktop = next(line for line in text.splitlines() if line.startswith('Name: "desktopicon"'))
    assert "Flags: unchecked" in desktop  # optional, off unless chosen
    assert re.search(r'\{userdesktop\}.*Tasks: desktopicon', text)
    # The data folder is removed only when the clerk answers yes; the default button is No.
    code = text[text.index("[Code]"):]
    assert "MB_DEFBUTTON2" in code
    assert code.index("IDYES") < code.index("DelTree") < code.index("RegDeleteKeyIncludingSubkeys")
    for placeholder in ("{version}", "{app_id}", "{bundle_dir}", "{output_dir}", "{icon}",
                        "{chinese_messages}", "{min_windows}"):
        assert placeholder not in text  # every template field was filled


def test_inno_script_reads_the_given_chinese_messages_after_the_default_ones(tmp_path):
    messages = tmp_path / "中文 信息" / "ChineseSimplified.isl"
    script = write_script(tmp_path / "z.iss", version="1.0", bundle_dir=tmp_path, output_dir=tmp_path,
                          icon=tmp_path / "z.ico", chinese_messages=messages)
    text = script.read_text(encoding="utf-8-sig")
    languages = text[text.index("[Languages]"):text.index("[Messages]")].strip().splitlines()
    assert languages[1] == f'Name: "chinesesimplified"; MessagesFile: "compiler:Default.isl,{messages}"'


def test_version_resource_is_a_valid_pyinstaller_version_file(tmp_path):
    import ast

    text = write_version_info(tmp_path / "v.txt", "1.2.3").read_text(encoding="utf-8")
    call = ast.parse(text, mode="eval").body  # PyInstaller evaluates the file as one expression
    assert isinstance(call, ast.Call) and call.func.id == "VSVersionInfo"
    assert "filevers=(1, 2, 3, 0)" in text and "StringStruct('ProductVersion', '1.2.3')" in text


def test_spec_bundles_the_data_and_leaves_unused_qt_out():
    spec = (ROOT / "zjtracker.spec").read_text(encoding="utf-8")
    for needed in ('"resources" / "fonts"', '"resources" / "seeds"', '"resources" / "icons"',
                   '"db" / "migrations"', '"用户手册.md"', '"screenshots"', '"i18n"'):
        assert needed in spec
    for unused in ("QtWebEngineCore", "Qt3DCore", "QtMultimedia", "QtQuick3D", "QtDesigner"):
        assert f'"{unused}"' in spec
    for used in ("QtCharts", "QtPdf", "QtPrintSupport", "QtNetwork", "QtWidgets"):
        assert f'"{used}"' not in spec
    for path in ("resources/fonts", "resources/seeds", "resources/icons/zjtracker.ico",
                 "resources/icons/zjtracker.png", "docs/用户手册.md"):
        assert (ROOT / path).exists(), path
