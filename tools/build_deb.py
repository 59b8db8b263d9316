"""Build a Debian package (.deb, x86_64) from the Linux bundle dist/zjtracker.

    python tools/build_deb.py [--bundle dist/zjtracker] [--output dist]

The package installs the bundle under /opt/zjtracker, the launchers /usr/bin/zjtracker and
/usr/bin/zjtracker-cli (relative links into /opt, so a package unpacked under another root
works the same), a desktop entry named 政策落实台账 with the program's icon, and nothing that
runs as root: no maintainer scripts (the menu and icon caches are refreshed by the triggers of
desktop-file-utils and hicolor-icon-theme). The program keeps its data in the user's own
folders (~/.local/share/zjtracker), so any user runs it without root. For 统信UOS, 麒麟 (Kylin),
Debian and Ubuntu on x86_64.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "zjtracker"
INSTALL_DIR = Path("opt") / PACKAGE
# What the bundle's Qt (xcb platform) and fontconfig need from the system; the rest is inside.
DEPENDS = ["libc6 (>= 2.28)", "libfontconfig1", "libfreetype6", "libglib2.0-0", "libdbus-1-3",
           "libegl1", "libgl1", "libx11-6", "libx11-xcb1", "libxcb1", "libxkbcommon0",
           "libxkbcommon-x11-0", "libxcb-cursor0 | libxcb-xinerama0", "libxcb-icccm4",
           "libxcb-image0", "libxcb-keysyms1", "libxcb-randr0", "libxcb-render-util0",
           "libxcb-shape0", "libxcb-xfixes0", "libxcb-xkb1"]
RECOMMENDS = ["fonts-wqy-microhei | fonts-noto-cjk", "libreoffice-writer-nogui | libreoffice-writer"]

CONTROL = """Package: {package}
Version: {version}
Architecture: amd64
Maintainer: zjtracker <zjtracker@localhost>
Section: office
Priority: optional
Installed-Size: {installed_kb}
Depends: {depends}
Recommends: {recommends}
Homepage: https://github.com/zjtracker/zjtracker
Description: 政策落实台账 — policy implementation ledger (zjtracker)
 Tracks how policy documents are implemented: policy, area, measure and yearly
 plan; progress per period; returns from other bureaus as xlsx; quarterly
 reports as PDF, .docx and .xlsx. Chinese interface.
 .
 跟踪政策文件的落实：政策、领域、措施、年度计划，各期进展，各单位报回的表格，
 季度进展报告。
"""

DESKTOP = """[Desktop Entry]
Type=Application
Version=1.0
Name=政策落实台账
Name[zh_CN]=政策落实台账
Name[en]=Policy Implementation Ledger
GenericName=政策落实台账
GenericName[en]=Policy ledger
Comment=政策、措施、进展、报送与季度报告
Comment[en]=Policies, measures, progress, returns and quarterly reports
Exec=zjtracker
TryExec=zjtracker
Icon=zjtracker
Terminal=false
Categories=Office;ProjectManagement;
Keywords=zjtracker;台账;政策;落实;ledger;policy;
StartupWMClass=zjtracker
"""


class DebFailed(Exception):
    pass


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from zjtracker import __version__

    return __version__


def _copy_tree(source: Path, target: Path) -> None:
    """The bundle with modes a user can read and run: files 0644, programs and folders 0755."""
    shutil.copytree(source, target, symlinks=True)
    for folder, dirs, files in os.walk(target):
        os.chmod(folder, 0o755)
        for name in files:
            path = Path(folder) / name
            if path.is_symlink():
                continue
            executable = os.access(path, os.X_OK) or path.suffix == ".so" or ".so." in path.name
            os.chmod(path, 0o755 if executable else 0o644)


def _write(path: Path, text: str, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    os.chmod(path, mode)


def stage(bundle: Path, staging: Path, version_text: str) -> None:
    """The package's files under ``staging`` (its DEBIAN/control included)."""
    if not (bundle / "zjtracker").is_file() or not (bundle / "zjtracker-cli").is_file():
        raise DebFailed(f"{bundle} is not a Linux bundle (zjtracker, zjtracker-cli missing); "
                        "build it first with python build_installer.py")
    _copy_tree(bundle, staging / INSTALL_DIR)
    bin_dir = staging / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    for program in ("zjtracker", "zjtracker-cli"):
        # Relative: the same link works in / and in a root the package was unpacked into.
        (bin_dir / program).symlink_to(Path("..", "..", INSTALL_DIR, program))
    _write(staging / "usr" / "share" / "applications" / "zjtracker.desktop", DESKTOP)
    icon = staging / "usr" / "share" / "icons" / "hicolor" / "256x256" / "apps" / "zjtracker.png"
    icon.parent.mkdir(parents=True)
    shutil.copyfile(ROOT / "resources" / "icons" / "zjtracker.png", icon)
    os.chmod(icon, 0o644)
    pixmap = staging / "usr" / "share" / "pixmaps" / "zjtracker.png"  # menus without hicolor
    pixmap.parent.mkdir(parents=True)
    shutil.copyfile(icon, pixmap)
    os.chmod(pixmap, 0o644)
    installed_kb = sum(path.lstat().st_size for path in staging.rglob("*")) // 1024 + 1
    _write(staging / "DEBIAN" / "control", CONTROL.format(
        package=PACKAGE, version=version_text, installed_kb=installed_kb,
        depends=", ".join(DEPENDS), recommends=", ".join(RECOMMENDS)))
    os.chmod(staging / "DEBIAN", 0o755)


def build(bundle: Path, output: Path) -> Path:
    if shutil.which("dpkg-deb") is None:
        raise DebFailed("dpkg-deb is missing (Debian's dpkg package)")
    version_text = version()
    output.mkdir(parents=True, exist_ok=True)
    target = output / f"{PACKAGE}_{version_text}_amd64.deb"
    with tempfile.TemporaryDirectory(prefix="zjtracker-deb-") as temp:
        staging = Path(temp) / "root"
        staging.mkdir()
        stage(bundle, staging, version_text)
        # gzip: every dpkg reads it (UOS 20 and Kylin V10 have no zstd) and it takes seconds
        # where xz took minutes on two busy cores, for a package a third larger.
        subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6",
                        "--build", str(staging), str(target)], check=True, stdout=subprocess.DEVNULL)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the zjtracker .deb from the Linux bundle.")
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "zjtracker")
    parser.add_argument("--output", type=Path, default=ROOT / "dist")
    args = parser.parse_args(argv)
    try:
        target = build(args.bundle.resolve(), args.output.resolve())
    except (DebFailed, subprocess.CalledProcessError) as error:
        print(f"build_deb: {error}", file=sys.stderr)
        return 1
    print(f"Built {target}: {target.stat().st_size / 1024 / 1024:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
