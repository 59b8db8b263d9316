"""The Windows build as far as Linux can check it without wine: the setup script's Chinese
screens and minimum Windows, the project's Chinese messages file, the pinned versions, and that
CI builds and tries the setup.exe (.ci/windows) after the Linux bundle."""

import re
import tomllib
from pathlib import Path

from installer.inno_setup import CHINESE_MESSAGES, MIN_WINDOWS, write_script

ROOT = Path(__file__).resolve().parents[2]
CONSTRAINTS = ROOT / "installer" / "windows-constraints.txt"
CJK = re.compile(r"[\u4e00-\u9fff]")


def _script(tmp_path) -> str:
    path = write_script(tmp_path / "zjtracker.iss", version="0.1.0", bundle_dir=tmp_path / "dist" / "zjtracker",
                        output_dir=tmp_path / "dist", icon=ROOT / "resources" / "icons" / "zjtracker.ico")
    return path.read_text(encoding="utf-8-sig")


def _messages(path: Path) -> dict[str, str]:
    """name → text of an Inno Setup messages file, all sections together."""
    found = {}
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        match = re.match(r"^([A-Za-z0-9.]+)=(.*)$", line)
        if match:
            assert match.group(1) not in found, f"{match.group(1)} given twice"
            found[match.group(1)] = match.group(2)
    return found


def _section(text: str, name: str) -> str:
    start = text.index(f"[{name}]")
    following = text.find("\n[", start + 1)
    return text[start:following if following > 0 else None]


def test_setup_is_chinese_first_with_the_projects_own_messages(tmp_path):
    text = _script(tmp_path)
    languages = _section(text, "Languages").strip().splitlines()[1:]
    assert languages[0] == (f'Name: "chinesesimplified"; MessagesFile: '
                            f'"compiler:Default.isl,{CHINESE_MESSAGES}"')
    assert languages[1].startswith('Name: "english"')
    assert CHINESE_MESSAGES.parent == ROOT / "installer" and CHINESE_MESSAGES.is_file()
    assert "ShowLanguageDialog=auto" in text  # Chinese Windows → Chinese setup, no question
    assert "DisableWelcomePage=no" in text


def test_uninstall_asks_in_chinese_whether_to_delete_the_data_and_keeps_it_by_default(tmp_path):
    text = _script(tmp_path)
    custom = _section(text, "CustomMessages")
    question = re.search(r"^chinesesimplified\.DeleteDataQuestion=(.+)$", custom, re.M).group(1)
    assert "是否同时删除台账数据" in question and "保留数据" in question
    assert re.search(r"^english\.DeleteDataQuestion=.+$", custom, re.M)
    code = _section(text, "Code")
    assert "CustomMessage('DeleteDataQuestion')" in code and "MB_DEFBUTTON2" in code
    assert not CJK.search(code)  # the words live in the messages, per language


def test_setup_refuses_windows_older_than_10_1809_with_a_chinese_sentence(tmp_path):
    text = _script(tmp_path)
    assert MIN_WINDOWS == "10.0.17763"
    assert re.search(r"^MinVersion=10\.0\.17763$", _section(text, "Setup"), re.M)
    sentence = re.search(r"^chinesesimplified\.WinVersionTooLowError=(.+)$",
                         _section(text, "Messages"), re.M).group(1)
    assert "Windows 10（1809 版）" in sentence and "无法安装" in sentence


def test_chinese_messages_cover_the_pages_the_clerk_sees():
    messages = _messages(CHINESE_MESSAGES)
    assert CHINESE_MESSAGES.read_bytes().startswith(b"\xef\xbb\xbf")  # read as UTF-8
    assert messages["LanguageID"] == "$0804" and messages["LanguageName"] == "简体中文"
    expected = {  # message → a word the page must show
        "WelcomeLabel1": "欢迎", "WelcomeLabel2": "台账数据", "WizardSelectDir": "安装位置",
        "SelectDirLabel3": "文件夹", "WizardSelectTasks": "附加任务", "CreateDesktopIcon": "桌面快捷方式",
        "AdditionalIcons": "快捷方式", "WizardReady": "准备安装", "ButtonNext": "下一步",
        "ButtonBack": "上一步", "ButtonInstall": "安装", "ButtonCancel": "取消", "ButtonFinish": "完成",
        "FinishedHeadingLabel": "安装完成", "ConfirmUninstall": "删除", "UninstalledAll": "删除",
        "ExitSetupMessage": "退出安装", "WinVersionTooLowError": "版本",
    }
    for name, word in expected.items():
        assert word in messages[name], name
    assert "[name]" in messages["WelcomeLabel1"] and "[name/ver]" in messages["WelcomeLabel2"]
    # Every message is Chinese, apart from those that are only placeholders, sizes or names.
    untranslated = [name for name, text in messages.items()
                    if text and not CJK.search(text) and not re.fullmatch(r"[%0-9nKMB (),\[\]a-z/]*", text)
                    and name not in {"LanguageID", "LanguageCodePage", "DialogFontName", "DialogFontSize",
                                     "WelcomeFontName", "WelcomeFontSize"}]
    assert untranslated == []
    for name, text in messages.items():  # access keys written the Chinese way: 下一步(&N)
        if "&" in text:
            assert re.search(r"\(&[A-Z]\)", text), name


def _pins() -> dict[str, str]:
    pins = {}
    for line in CONSTRAINTS.read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if not line:
            continue
        match = re.fullmatch(r"([A-Za-z0-9._-]+)==([0-9][0-9A-Za-z.+!-]*)", line)
        assert match, f"not an exact pin: {line!r}"
        name = re.sub(r"[-_.]+", "-", match.group(1)).lower()
        assert name not in pins, f"{name} pinned twice"
        pins[name] = match.group(2)
    return pins


def test_windows_constraints_pin_every_dependency_exactly():
    pins = _pins()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    wanted = (project["project"]["dependencies"] + project["project"]["optional-dependencies"]["build"]
              + project["build-system"]["requires"])
    for requirement in wanted:
        name = re.match(r"[A-Za-z0-9._-]+", requirement).group(0)
        assert re.sub(r"[-_.]+", "-", name).lower() in pins, f"{name} is not pinned for Windows"
    assert pins["psycopg-binary"] == pins["psycopg"]  # psycopg[binary] needs the twin
    assert pins["pyside6-essentials"] == pins["pyside6-addons"] == pins["shiboken6"]
    # The PySide6 line stays below 6.12 as pyproject.toml says, and needs Windows 10 (see MinVersion).
    assert tuple(int(part) for part in pins["pyside6-essentials"].split(".")[:2]) < (6, 12)


def test_ci_builds_and_tries_the_windows_setup_after_the_linux_bundle():
    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert run.index("python build_installer.py --self-test") < run.index("bash .ci/windows")
    script = (ROOT / ".ci" / "windows").read_text(encoding="utf-8")
    assert "CONSTRAINTS=installer/windows-constraints.txt" in script
    assert re.search(r'^PYTHON_SDIST_SHA256=[0-9a-f]{64}$', script, re.M)
    assert re.search(r'^INNO_NPM_SHA256=[0-9a-f]{64}$', script, re.M)
    assert 'build_installer.py --self-test' in script  # the project's own build, under wine
    for switch in ("/VERYSILENT", "/CURRENTUSER", "--self-test", "xdotool search", "unins000.exe"):
        assert switch in script
    assert script.rstrip().endswith(
        'echo "windows: setup.exe $SETUP_MB MB, installed self-test ok, window ok"')


def test_readme_states_the_minimum_windows():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "Windows 10 1809" in readme and MIN_WINDOWS in readme
