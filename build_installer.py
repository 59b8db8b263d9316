"""Build zjtracker for installation.

    python build_installer.py               the one-folder bundle (dist/zjtracker), and on
                                            Windows the installer dist/zjtracker-<version>-setup.exe
    python build_installer.py --self-test   … then run the built program's self-test headless

Needs PyInstaller (``pip install -e ".[build]"``); on Windows also Inno Setup 6 (ISCC.exe on
PATH, in its default folder, or named by the ISCC environment variable).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DIST = ROOT / "dist"
BUILD = ROOT / "build"
BUNDLE = DIST / "zjtracker"
SPEC = ROOT / "zjtracker.spec"


class BuildFailed(Exception):
    pass


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from zjtracker import __version__

    return __version__


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"


def compile_translations() -> None:
    """The bundle carries the compiled .qm files; make sure they match the .ts sources."""
    script = ROOT / "tools" / "i18n.py"
    if script.exists():
        subprocess.run([sys.executable, str(script), "--release-only"], cwd=ROOT, check=True)


def build_bundle() -> Path:
    import importlib.util

    if importlib.util.find_spec("PyInstaller") is None:
        raise BuildFailed('PyInstaller is not installed: pip install -e ".[build]"')
    if sys.platform == "win32":
        from installer.inno_setup import write_version_info

        write_version_info(BUILD / "version_info.txt", version())
    shutil.rmtree(BUNDLE, ignore_errors=True)
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", str(DIST), "--workpath", str(BUILD / "pyinstaller"), str(SPEC)]
    print("+", " ".join(command), flush=True)
    subprocess.run(command, cwd=ROOT, check=True)
    program = BUNDLE / ("zjtracker-cli.exe" if sys.platform == "win32" else "zjtracker-cli")
    if not program.exists():
        raise BuildFailed(f"PyInstaller finished but {program} is missing")
    check_nothing_needed_left_out()
    return program


def check_nothing_needed_left_out() -> None:
    """zjtracker.spec leaves out Qt parts the program never loads (installer/bundle_rules.py);
    a Qt library or plugin still in the bundle must not need one of them."""
    from installer.bundle_rules import missing_qt_imports

    missing = missing_qt_imports(BUNDLE)
    if missing:
        listed = "; ".join(f"{name} needs {', '.join(needs)}" for name, needs in sorted(missing.items())[:5])
        raise BuildFailed(f"the bundle lacks Qt libraries its own files need ({listed}): "
                          "keep them in installer/bundle_rules.py")


def find_iscc() -> Path | None:
    candidates = [os.environ.get("ISCC"), shutil.which("ISCC"), shutil.which("iscc")]
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles"),
                 os.environ.get("LOCALAPPDATA") and str(Path(os.environ["LOCALAPPDATA"]) / "Programs")):
        if base:
            candidates.append(str(Path(base) / "Inno Setup 6" / "ISCC.exe"))
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


def build_setup() -> Path:
    from installer.inno_setup import write_script

    iscc = find_iscc()
    if iscc is None:
        raise BuildFailed("Inno Setup 6 was not found (install it, or set ISCC to ISCC.exe's path)")
    script = write_script(BUILD / "zjtracker.iss", version=version(), bundle_dir=BUNDLE,
                          output_dir=DIST, icon=ROOT / "resources" / "icons" / "zjtracker.ico")
    subprocess.run([str(iscc), "/Q", str(script)], cwd=ROOT, check=True)
    setup = DIST / f"zjtracker-{version()}-setup.exe"
    if not setup.exists():
        raise BuildFailed(f"ISCC finished but {setup} is missing")
    return setup


def self_test(program: Path) -> float:
    """Run the frozen program's --self-test headless, in a clean environment."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("ZJTRACKER_")}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONIOENCODING"] = "utf-8"  # read here as UTF-8, whatever the console's code page
    started = time.perf_counter()
    result = subprocess.run([str(program), "--self-test"], env=env, cwd=BUNDLE.parent,
                            capture_output=True, text=True, encoding="utf-8", errors="replace",
                            timeout=600)
    print(result.stdout, end="")
    if result.returncode != 0:
        print(result.stderr, end="", file=sys.stderr)
        raise BuildFailed(f"the built program's self-test failed (exit {result.returncode})")
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the zjtracker bundle and, on Windows, its installer.")
    parser.add_argument("--self-test", action="store_true", help="run the built program's self-test")
    parser.add_argument("--no-setup", action="store_true", help="only the bundle, also on Windows")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    for stream in (sys.stdout, sys.stderr):  # a console that cannot show Chinese still gets the rest
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    try:
        compile_translations()
        program = build_bundle()
        built = time.perf_counter() - started
        print(f"\nBuilt the bundle {BUNDLE} in {built:.0f} s: {megabytes(folder_size(BUNDLE))} "
              f"({sum(1 for _ in BUNDLE.rglob('*'))} files); start it with {program.parent / 'zjtracker'}")
        if sys.platform == "win32" and not args.no_setup:
            setup = build_setup()
            print(f"Built the installer {setup}: {megabytes(setup.stat().st_size)}")
        elif not args.no_setup:
            print("The Windows installer (Inno Setup) is built on Windows only.")
        if args.self_test:
            seconds = self_test(program)
            print(f"The built program passed its self-test in {seconds:.1f} s.")
    except (BuildFailed, subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
        print(f"build_installer: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
