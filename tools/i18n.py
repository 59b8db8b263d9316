"""Update the translation sources from the code and compile them.

    python tools/i18n.py                 update the .ts from the code, then compile
    python tools/i18n.py --release-only  only compile the .ts into .qm

Runs pyside6-lupdate over zjtracker/ui (keeping existing translations in the .ts files),
then pyside6-lrelease to write the .qm files the program loads (qtgaps_*.ts, the words
missing from Qt's own translations, are written by hand and only compiled). Edit the .ts files with
Qt Linguist (pyside6-linguist) or any XML editor.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("zh_CN", "en")


def main() -> int:
    release_only = "--release-only" in sys.argv[1:]  # compile the .ts as they are
    sources = sorted(str(p) for p in (ROOT / "zjtracker" / "ui").rglob("*.py"))
    for language in LANGUAGES:
        ts = I18N / f"zjtracker_{language}.ts"
        if not release_only:
            subprocess.run(["pyside6-lupdate", *sources, "-ts", str(ts), "-no-obsolete"], check=True)
        subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    # Qt's own words the Qt translations lack (qtgaps_*.ts): written by hand, only compiled
    for ts in sorted(I18N.glob("qtgaps_*.ts")):
        subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
