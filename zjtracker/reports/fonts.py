"""The Chinese fonts of the PDF report: found once per process, registered with reportlab,
embedded as subsets.

Each role of GB/T 9704 (title 小标宋, body 仿宋, headings 黑体 and 楷体, page numbers 宋体)
takes the first font that is present and usable: the Windows fonts in %WINDIR%\\Fonts (and
the fonts a user installed), then Linux and macOS system fonts by path, and finally the
WenQuanYi Micro Hei bundled in resources/fonts. reportlab reads TrueType outlines only, so
CFF-outline fonts (all Noto CJK files) are skipped; so is a font without Chinese glyphs.
The built-in CID font STSong-Light is never used: it is not embedded.

A heading role (title, 黑体, 楷体) takes a face other than the body's whenever one is
installed, and ``font_substitutions`` says which 公文 faces were missing and what printed in
their place, for the dialog and the command line.
"""

from __future__ import annotations

import os
import re
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from zjtracker import paths

TITLE, BODY, HEI, KAI, SONG = "title", "body", "hei", "kai", "song"
ROLES = (TITLE, BODY, HEI, KAI, SONG)
BUNDLED = "wqy-microhei.ttc"

# File names under the Windows font folders, best first. (file, index in a .ttc)
_WINDOWS = {
    TITLE: [("方正小标宋简体.ttf", 0), ("FZXBSJW.TTF", 0), ("FZXBSK.TTF", 0), ("方正小标宋_GBK.ttf", 0),
            ("STZHONGS.TTF", 0), ("simhei.ttf", 0), ("simsun.ttc", 0)],
    BODY: [("仿宋_GB2312.ttf", 0), ("SIMFANG_GB2312.TTF", 0), ("simfang.ttf", 0), ("STFANGSO.TTF", 0),
           ("simsun.ttc", 0)],
    HEI: [("simhei.ttf", 0), ("STXIHEI.TTF", 0), ("msyh.ttc", 0), ("simsun.ttc", 0)],
    KAI: [("楷体_GB2312.ttf", 0), ("SIMKAI_GB2312.TTF", 0), ("simkai.ttf", 0), ("STKAITI.TTF", 0),
          ("simfang.ttf", 0), ("simsun.ttc", 0)],
    SONG: [("simsun.ttc", 0), ("STSONG.TTF", 0), ("simfang.ttf", 0)],
}
_LINUX_SONG = [
    ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0),
    ("/usr/share/fonts/truetype/arphic-bsmi00lp/bsmi00lp.ttf", 0),
]
_LINUX_HEI = [
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0),
]
_LINUX_KAI = [
    ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0),
]
_MAC = [("/System/Library/Fonts/Supplemental/Songti.ttc", 0), ("/Library/Fonts/Songti.ttc", 0),
        ("/System/Library/Fonts/STHeiti Medium.ttc", 0), ("/System/Library/Fonts/STHeiti Light.ttc", 0)]
_OTHER = {
    TITLE: _LINUX_HEI + _LINUX_SONG + _MAC,  # a heavy face reads as 小标宋 better than a light 宋
    BODY: _LINUX_SONG + _LINUX_HEI + _MAC,
    HEI: _LINUX_HEI + _MAC,
    KAI: _LINUX_KAI + _LINUX_SONG + _LINUX_HEI + _MAC,
    SONG: _LINUX_SONG + _LINUX_HEI + _MAC,
}


@dataclass(frozen=True)
class ReportFonts:
    """reportlab font names per role, and the files they come from."""

    names: dict[str, str]
    files: dict[str, str]
    families: dict[str, str] = field(default_factory=dict)  # role → the face's family name

    @property
    def title(self) -> str:
        return self.names[TITLE]

    @property
    def body(self) -> str:
        return self.names[BODY]

    @property
    def hei(self) -> str:
        return self.names[HEI]

    @property
    def kai(self) -> str:
        return self.names[KAI]

    @property
    def song(self) -> str:
        return self.names[SONG]


class NoChineseFont(RuntimeError):
    pass


_lock = threading.Lock()
_registered: dict[tuple[str, int], str | None] = {}  # (file, index) → font name, None if unusable
_family: dict[str, str] = {}  # registered font name → family name
# The 公文 faces each role asks for, and the file names that are them.
WANTED = {TITLE: "方正小标宋", BODY: "仿宋_GB2312", HEI: "黑体", KAI: "楷体_GB2312", SONG: "宋体"}
_OFFICIAL = {
    TITLE: ("方正小标宋简体.ttf", "fzxbsjw.ttf", "fzxbsk.ttf", "方正小标宋_gbk.ttf"),
    BODY: ("仿宋_gb2312.ttf", "simfang_gb2312.ttf", "simfang.ttf"),
    HEI: ("simhei.ttf",),
    KAI: ("楷体_gb2312.ttf", "simkai_gb2312.ttf", "simkai.ttf"),
    SONG: ("simsun.ttc", "stsong.ttf"),
}
ROLE_NAMES = {TITLE: "标题", BODY: "正文", HEI: "一级标题", KAI: "二级标题", SONG: "表格和页码"}
_fonts: ReportFonts | None = None


def windows_font_dirs() -> list[Path]:
    dirs = []
    windir = os.environ.get("WINDIR") or os.environ.get("SystemRoot")
    if windir:
        dirs.append(Path(windir) / "Fonts")
    local = os.environ.get("LOCALAPPDATA")
    if local:
        dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    return dirs


def candidates(role: str) -> list[tuple[Path, int]]:
    """Where the font of ``role`` may be, best first, the bundled font last."""
    found: list[tuple[Path, int]] = []
    if sys.platform == "win32" or os.environ.get("WINDIR"):
        for folder in windows_font_dirs():
            found += [(folder / name, index) for name, index in _WINDOWS[role]]
    found += [(Path(path), index) for path, index in _OTHER[role]]
    found.append((paths.resources_dir() / "fonts" / BUNDLED, 0))
    return found


def _register(path: Path, index: int) -> str | None:
    """The registered name of one font file, or None when it is missing or unusable."""
    key = (str(path), index)
    if key in _registered:
        return _registered[key]
    name = None
    if path.is_file():
        candidate = f"ZJT{len(_registered)}-{path.stem}-{index}".replace(" ", "")  # unique per file
        try:
            font = TTFont(candidate, str(path), subfontIndex=index)
            if ord("中") in font.face.charToGlyph and ord("政") in font.face.charToGlyph:
                pdfmetrics.registerFont(font)
                name = candidate
                family = font.face.familyName
                _family[name] = family.decode("utf-8", "replace") if isinstance(family, bytes) else str(family)
        except Exception:  # CFF outlines, a broken file, an unreadable file: try the next one
            name = None
    _registered[key] = name
    return name


def resolve_fonts(where=candidates) -> ReportFonts:
    """The first usable font of every role among ``where(role)``; the title and the headings
    take the first one whose file is not the body's when there is such a font."""
    names, files = {}, {}
    for role in (BODY, SONG, TITLE, HEI, KAI):
        usable = [(name, str(path)) for path, index in where(role)
                  if (name := _register(Path(path), index))]
        if not usable:
            raise NoChineseFont(
                "找不到可用的中文字体（TrueType 格式），无法生成 PDF。"
                f"请检查程序目录下的 resources/fonts/{BUNDLED} 是否完整。")
        if role in (TITLE, HEI, KAI):
            usable.sort(key=lambda item: item[1] == files[BODY])  # stable: the order is kept otherwise
        names[role], files[role] = usable[0]
    return ReportFonts(names, files, {role: _family.get(name, Path(files[role]).stem)
                                      for role, name in names.items()})


def font_substitutions(fonts: ReportFonts) -> str:
    """One sentence naming the 公文 faces that are missing and what prints in their place,
    "" when every role found its own face."""
    missing = []
    for role in (TITLE, BODY, HEI, KAI):
        name = re.split(r"[\\/]", fonts.files.get(role, ""))[-1]  # a Windows path read anywhere
        if name.lower() not in _OFFICIAL[role]:
            face = fonts.families.get(role) or name.rsplit(".", 1)[0]
            missing.append(f"{ROLE_NAMES[role]}的{WANTED[role]}以 {face} 代替")
    if not missing:
        return ""
    return "未找到公文字体：" + "；".join(missing) + "。安装这些字体后重新生成即可按公文格式印出。"


def report_fonts() -> ReportFonts:
    """The fonts of every role, found and registered once per process."""
    global _fonts
    with _lock:
        if _fonts is None:
            _fonts = resolve_fonts()
        return _fonts
