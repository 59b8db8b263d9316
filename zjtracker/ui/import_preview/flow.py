"""Importing policy documents from the GUI: read the files off the GUI thread
(``iter_read_files`` on the worker), then preview each on the GUI thread and store what the
clerk confirms (``preview_files``)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from zjtracker.db.engine import Database
from zjtracker.importing.errors import ImportRefused
from zjtracker.importing.model import ParseResult
from zjtracker.importing.reader import read_policy_file
from zjtracker.services.policies.importer import already_imported, file_sha256
from zjtracker.ui.import_preview.dialog import preview_and_store

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


@dataclass
class ReadFile:
    """One file as the reader saw it: its result, or why it was refused."""

    source: str  # the file name (the worker's progress dialog shows it)
    path: Path
    sha256: str = ""
    result: ParseResult | None = None
    refused: str | None = None  # the reader's Chinese message
    is_return: bool = False  # a colleague's return: for the returns import, not read here


def iter_read_files(files: list[Path], database: Database | None = None) -> Iterator[tuple[int, int, ReadFile]]:
    """Read each file, yielding (done, total, ReadFile): work for ``run_with_progress``.
    A refused file does not stop the others; other errors do (they are program errors).
    With ``database``, a colleague's return is recognised and left unread (``is_return``)."""
    from zjtracker.services.returns.as_policy import return_given_as_policy

    total = len(files)
    for done, path in enumerate(files, start=1):
        path = Path(path)
        reading = ReadFile(path.name, path)
        if database is not None and return_given_as_policy(database, path) is not None:
            reading.is_return = True
            yield done, total, reading
            continue
        try:
            reading.sha256 = file_sha256(path) if path.is_file() else ""
            reading.result = read_policy_file(path)
        except ImportRefused as error:
            reading.refused = error.message
        yield done, total, reading


def preview_files(parent: QWidget | None, database: Database, readings: list[ReadFile]) -> list[int]:
    """Explain refused files, ask before importing a file a second time, preview the rest
    one by one and store each the clerk confirms. Returns the ids of the stored policies."""
    stored: list[int] = []
    for reading in readings:
        if reading.refused is not None or reading.result is None:
            QMessageBox.warning(parent, translate("ImportPreviewFlow", "File not imported"),
                                reading.refused or reading.source)
            continue
        if reading.sha256 and already_imported(database, reading.sha256):
            answer = QMessageBox.question(
                parent, translate("ImportPreviewFlow", "Imported before"),
                translate("ImportPreviewFlow", "%1 has been imported before. Import it again?").replace(
                    "%1", reading.source),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                continue
        ids = preview_and_store(parent, database, reading.result, reading.sha256, reading.source,
                                path=reading.path)
        stored.extend(ids or [])
    return stored

