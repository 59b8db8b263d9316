"""Who is working, on which machine: recorded with every change."""

from __future__ import annotations

import getpass
import platform


def current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def current_machine() -> str:
    return platform.node() or "unknown"
