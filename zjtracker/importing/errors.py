"""Refusals a clerk can act on: the file is not something the program can read."""

from __future__ import annotations


class ImportRefused(Exception):
    """The whole input is refused; nothing is stored. ``message`` is a Chinese sentence
    naming the file and saying what to do; ``reason`` is a stable code."""

    reason = "refused"

    def __init__(self, message: str, reason: str | None = None):
        super().__init__(message)
        self.message = message
        if reason:
            self.reason = reason


class UnreadableFile(ImportRefused):
    reason = "unreadable_file"


class NoHeader(ImportRefused):
    reason = "no_header"
