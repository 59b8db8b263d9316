"""Where the program keeps its files. Nothing is created at import time.

The data folder comes from platformdirs (on Windows ``%LOCALAPPDATA%\\zjtracker``) and
can be overridden with ``--data-dir`` or the ``ZJTRACKER_DATA_DIR`` environment variable.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "zjtracker"
_override: Path | None = None


def set_data_dir(path: str | os.PathLike | None) -> None:
    """Use ``path`` as the data folder for the rest of this process."""
    global _override
    _override = Path(path).expanduser().resolve() if path else None


def data_dir(create: bool = False) -> Path:
    if _override is not None:
        path = _override
    elif os.environ.get("ZJTRACKER_DATA_DIR"):
        path = Path(os.environ["ZJTRACKER_DATA_DIR"]).expanduser()
    else:
        from platformdirs import user_data_dir  # loaded when first asked, not at start

        path = Path(user_data_dir(APP_NAME, appauthor=False))
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "zjtracker.db"


def backups_dir(create: bool = False) -> Path:
    path = data_dir() / "backups"
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def documents_dir() -> Path:
    """The clerk's 文档 folder (platformdirs), where save dialogs start before a folder was used."""
    from platformdirs import user_documents_dir

    path = Path(user_documents_dir())
    return path if path.is_dir() else Path.home()


def resources_dir() -> Path:
    """The bundled resources: next to the package in a checkout, inside a frozen bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def docs_dir() -> Path:
    """The user manual and its screenshots: docs/ in a checkout, inside a frozen bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "docs"
    return Path(__file__).resolve().parent.parent / "docs"


def manual_path() -> Path:
    return docs_dir() / "用户手册.md"


def icon_path(suffix: str = "png") -> Path:
    return resources_dir() / "icons" / f"zjtracker.{suffix}"


def sample_documents_dir() -> Path:
    return resources_dir() / "seeds"
