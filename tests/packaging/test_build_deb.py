"""The .deb made from a Linux bundle: where its files go, its launchers and desktop entry."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tools.build_deb import DebFailed, build

pytestmark = pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb is Debian's")


def _bundle(folder: Path) -> Path:
    """A one-folder bundle with two programs that say who they are and where they run."""
    bundle = folder / "zjtracker"
    (bundle / "_internal" / "resources").mkdir(parents=True)
    (bundle / "_internal" / "resources" / "data.txt").write_text("政策\n", encoding="utf-8")
    for name in ("zjtracker", "zjtracker-cli"):
        program = bundle / name
        program.write_text(f'#!/bin/sh\necho "{name} $(dirname "$(readlink -f "$0")")" "$@"\n')
        program.chmod(0o700)  # as a build might leave it: the package must make it runnable by all
    return bundle


def test_the_package_installs_under_opt_with_launchers_and_a_chinese_menu_entry(tmp_path):
    deb = build(_bundle(tmp_path), tmp_path / "out")
    assert deb.name.startswith("zjtracker_") and deb.name.endswith("_amd64.deb")
    fields = subprocess.run(["dpkg-deb", "-f", str(deb), "Package", "Architecture", "Depends"],
                            capture_output=True, text=True, check=True).stdout
    assert "Package: zjtracker" in fields and "Architecture: amd64" in fields and "libxkbcommon0" in fields
    listing = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True,
                             check=True).stdout
    assert "root/root" in listing and "./opt/zjtracker/_internal/resources/data.txt" in listing
    control = subprocess.run(["dpkg-deb", "--ctrl-tarfile", str(deb)], capture_output=True, check=True).stdout
    assert b"postinst" not in control and b"preinst" not in control  # nothing runs as root

    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    program = root / "opt" / "zjtracker" / "zjtracker-cli"
    assert os.stat(program).st_mode & 0o777 == 0o755
    assert os.stat(root / "opt" / "zjtracker" / "_internal" / "resources" / "data.txt").st_mode & 0o777 == 0o644
    launcher = root / "usr" / "bin" / "zjtracker-cli"
    assert launcher.is_symlink() and not os.path.isabs(os.readlink(launcher))
    said = subprocess.run([str(launcher), "--self-test"], capture_output=True, text=True, check=True).stdout
    assert said.strip() == f"zjtracker-cli {root / 'opt' / 'zjtracker'} --self-test"

    desktop = (root / "usr" / "share" / "applications" / "zjtracker.desktop").read_text(encoding="utf-8")
    assert "\nName=政策落实台账\n" in desktop and "\nExec=zjtracker\n" in desktop and "\nIcon=zjtracker\n" in desktop
    icon = root / "usr" / "share" / "icons" / "hicolor" / "256x256" / "apps" / "zjtracker.png"
    assert icon.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(root / "usr/share/applications/zjtracker.desktop")], check=True)


def test_a_folder_that_is_not_a_bundle_is_refused(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(DebFailed, match="not a Linux bundle"):
        build(tmp_path / "empty", tmp_path / "out")


def test_ci_builds_and_installs_the_deb_after_the_linux_bundle():
    root = Path(__file__).resolve().parents[2]
    run = (root / ".ci" / "run").read_text(encoding="utf-8")
    assert run.index("python build_installer.py --self-test") < run.index("bash .ci/deb") < run.index("bash .ci/windows")
    script = (root / ".ci" / "deb").read_text(encoding="utf-8")
    for part in ("tools/build_deb.py", "dpkg --root=", " -i ", "--self-test", "runuser -u nobody"):
        assert part in script
    assert script.rstrip().endswith('echo "deb: $(basename "$DEB") $DEB_MB MB, installed self-test ok"')
