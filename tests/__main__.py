"""The whole test suite, one pytest process per test folder (and one for the loose files):

    python -m tests [pytest options]

Each folder starts from a fresh interpreter and a fresh QApplication, so what one folder's
widgets, worker threads and mounted test disks leave behind in native memory cannot reach
another's. Prints one line per folder and a summary; the exit status is the first failure's."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def groups() -> list[list[str]]:
    folders = sorted(p for p in HERE.iterdir() if p.is_dir() and (p / "__init__.py").exists())
    loose = sorted(str(p.relative_to(HERE.parent)) for p in HERE.glob("test_*.py"))
    return [[str(p.relative_to(HERE.parent))] for p in folders] + ([loose] if loose else [])


def main(argv: list[str]) -> int:
    failed: list[tuple[str, int]] = []
    started = time.monotonic()
    for paths in groups():
        began = time.monotonic()
        done = subprocess.run([sys.executable, "-m", "pytest", *argv, *paths], cwd=HERE.parent)
        name = paths[0] if len(paths) == 1 else "tests/test_*.py"
        print(f"== {name}: {'ok' if done.returncode in (0, 5) else f'exit {done.returncode}'} "
              f"({time.monotonic() - began:.0f} s)", flush=True)
        if done.returncode not in (0, 5):  # 5: nothing collected
            failed.append((name, done.returncode))
    print(f"== {len(groups())} groups in {time.monotonic() - started:.0f} s; "
          + ("all passed" if not failed else "failed: " + ", ".join(f"{n} ({c})" for n, c in failed)), flush=True)
    return failed[0][1] if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
