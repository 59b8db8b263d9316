"""What a built bundle carries, biggest first: parts (Qt plugins by kind, Qt libraries, Python
packages, the programs) and the biggest single files.

    python tools/bundle_parts.py [dist/zjtracker] [--top 25]

Works on the Linux bundle and on the Windows one (build/windows/src/dist/zjtracker after
.ci/windows). The parts are what zjtracker.spec can keep or leave out.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent


def part_of(relative: PurePosixPath) -> str:
    """The part a file belongs to, e.g. "PySide6/Qt/plugins/imageformats", "PIL", "Qt6Core"."""
    parts = list(relative.parts)
    if parts and parts[0] == "_internal":  # PyInstaller 6 keeps everything but the programs here
        parts = parts[1:]
    if not parts[1:]:
        name = parts[0]
        for prefix in ("Qt6", "libQt6", "python3", "libpython3"):
            if name.startswith(prefix):
                return "Qt libraries (top level)" if "Qt6" in prefix else "Python runtime"
        return "(top level) " + name if name.endswith((".exe", "zjtracker", "zjtracker-cli")) else "(top level) other"
    if parts[0] == "PySide6":
        if "plugins" in parts:
            index = parts.index("plugins")
            return "/".join(parts[:index + 2])
        if "translations" in parts:
            return "PySide6 translations"
        if len(parts) == 2 or (len(parts) == 3 and parts[1] == "Qt" and parts[2].endswith((".dll", ".so"))):
            return "PySide6 (modules and Qt libraries)"
        return "/".join(parts[:3])
    if parts[0].endswith((".libs", ".dist-info")) or parts[0] in ("base_library.zip",):
        return parts[0]
    return parts[0]


def survey(bundle: Path) -> tuple[dict[str, tuple[int, int]], list[tuple[int, str]]]:
    parts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    files: list[tuple[int, str]] = []
    for path in bundle.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        relative = PurePosixPath(path.relative_to(bundle).as_posix())
        size = path.stat().st_size
        entry = parts[part_of(relative)]
        entry[0] += size
        entry[1] += 1
        files.append((size, str(relative)))
    return {name: (size, count) for name, (size, count) in parts.items()}, sorted(files, reverse=True)


def report(bundle: Path, top: int) -> str:
    parts, files = survey(bundle)
    total = sum(size for size, _ in files)
    lines = [f"{bundle}: {total / 2**20:.1f} MB in {len(files)} files", "", "Biggest parts:"]
    for name, (size, count) in sorted(parts.items(), key=lambda item: -item[1][0])[:top]:
        lines.append(f"  {size / 2**20:7.1f} MB {count:5d} files  {name}")
    lines += ["", "Biggest files:"]
    lines += [f"  {size / 2**20:7.1f} MB  {name}" for size, name in files[:top]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="List what a zjtracker bundle carries, biggest first.")
    parser.add_argument("bundle", nargs="?", type=Path, default=ROOT / "dist" / "zjtracker")
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args(argv)
    if not args.bundle.is_dir():
        print(f"bundle_parts: {args.bundle} is not a folder (build it first)", file=sys.stderr)
        return 1
    print(report(args.bundle, args.top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
