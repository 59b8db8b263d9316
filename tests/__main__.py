"""The whole test suite, one pytest process per test file:

    python -m tests [pytest options]

Each file starts from a fresh interpreter and a fresh QApplication, so what one file's
widgets and worker threads leave behind in native memory cannot reach another's (a crash of
the interpreter inside Qt after a few hundred GUI tests in one process is not yet explained).
Prints one line per folder and a summary; the exit status is the first failure's."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def groups() -> list[list[str]]:
    """Each folder's test files, then the loose ones."""
    folders = sorted(p for p in HERE.iterdir() if p.is_dir() and (p / "__init__.py").exists())
    found = [sorted(str(f.relative_to(HERE.parent)) for f in folder.rglob("test_*.py")) for folder in folders]
    loose = sorted(str(p.relative_to(HERE.parent)) for p in HERE.glob("test_*.py"))
    return [files for files in found if files] + ([loose] if loose else [])


def main(argv: list[str]) -> int:
    failed: list[tuple[str, int]] = []
    started = time.monotonic()
    for paths in groups():
        began = time.monotonic()
        name = str(Path(paths[0]).parent) if len(paths) > 1 or "/" in paths[0] else paths[0]
        codes = [subprocess.run([sys.executable, "-m", "pytest", "-q", *argv, path], cwd=HERE.parent).returncode
                 for path in paths]
        bad = [(path, code) for path, code in zip(paths, codes) if code not in (0, 5)]  # 5: nothing collected
        print(f"== {name}: {'ok' if not bad else 'failed ' + ', '.join(f'{p} ({c})' for p, c in bad)} "
              f"({len(paths)} files, {time.monotonic() - began:.0f} s)", flush=True)
        failed.extend(bad)
    print(f"== {len(groups())} groups in {time.monotonic() - started:.0f} s; "
          + ("all passed" if not failed else "failed: " + ", ".join(f"{n} ({c})" for n, c in failed)), flush=True)
    return failed[0][1] if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
