"""The evidence panel (佐证材料) beside the progress form: the files attached to the plan and
period the form shows, with a thumbnail for an image and a sheet for the other kinds; 添加佐证材料…
(several files at once), 打开 (a copy in a temporary folder, opened with the default program),
删除 (after a confirmation); files dropped on the panel are added. What is used of the
period's limit is shown under the list; a refused file is said in a sentence naming it, and
nothing of that add is stored."""

from __future__ import annotations

import tempfile
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QListWidgetItem, QMessageBox, QWidget

from zjtracker.db.engine import Database
from zjtracker.services.evidence.checks import size_text
from zjtracker.services.evidence.store import (
    FILE_LIMIT_BYTES,
    AttachmentInfo,
    EvidenceRefused,
    add_files,
    attachment_bytes,
    export_copy,
    list_attachments,
    remove_attachment,
    usage,
)
from zjtracker.ui.errors import problem_box, report_error
from zjtracker.ui.evidence.icons import (
    cached_thumbnail,
    keep_thumbnail,
    kind_icon,
    thumbnail_icon,
    thumbnail_image,
)
from zjtracker.ui.evidence.panel_layout import EvidencePanelLayout
from zjtracker.ui.file_dialogs import FileDialog
from zjtracker.ui.form.conflict_dialog import local_time
from zjtracker.ui.save_location import remember_folder, start_folder
from zjtracker.ui.worker import run_in_background, run_with_progress

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SHA_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3
THUMBNAIL_ROLE = Qt.ItemDataRole.UserRole + 4  # True once the image's own thumbnail is shown
_open_folder: list[Path] = []  # one temporary folder per run for the copies opened


def dropped_paths(mime) -> list[str]:
    """The local files (not folders) of a drag."""
    if not mime.hasUrls():
        return []
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and Path(u.toLocalFile()).is_file()]


def show_refusal(parent: QWidget, text: str) -> None:
    problem_box(parent, text).exec()


class EvidencePanel(QWidget):
    changed = Signal(int, str)  # plan id, period: files were added or removed

    def __init__(self, database: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self._database = database
        self._plan_id: int | None = None
        self._period: str | None = None
        self._jobs: list = []
        self.ui = EvidencePanelLayout(self)
        self.ui.add_button.clicked.connect(self.choose_files)
        self.ui.open_button.clicked.connect(self.open_selected)
        self.ui.remove_button.clicked.connect(self.remove_selected)
        self.ui.files.itemSelectionChanged.connect(self._selection_changed)
        self.ui.files.itemActivated.connect(lambda _item: self.open_selected())
        self.setAcceptDrops(True)
        self.show_plan(None, None)

    # what is shown ---------------------------------------------------------------------
    @property
    def plan_id(self) -> int | None:
        return self._plan_id

    @property
    def period(self) -> str | None:
        return self._period

    def show_plan(self, plan_id: int | None, period: str | None) -> None:
        """The files of a plan's period (the form's); None: nothing to attach to."""
        self._plan_id, self._period = plan_id, (str(period) if period is not None else None)
        self.notify("")
        self.reload()

    def reload(self) -> None:
        files = self.ui.files
        files.clear()
        if self._plan_id is None or self._period is None:
            self.setEnabled(False)
            self.ui.heading.setText(self.tr("Evidence"))
            self.ui.hint.setText(self.tr("Select a measure or a yearly plan to attach evidence to its progress."))
            self.ui.hint.setVisible(True)
            self.ui.usage.setText("")
            return
        self.setEnabled(True)
        attachments = list_attachments(self._database, self._plan_id, self._period)
        for info in attachments:
            files.addItem(self._item(info))
        used, limit = usage(self._database, self._plan_id, self._period)
        self.ui.heading.setText(self.tr("Evidence (%1)").replace("%1", str(len(attachments))))
        self.ui.hint.setText(self.tr("Drop photos, PDF, Word or Excel files here, or add them with the button below."))
        self.ui.hint.setVisible(not attachments)
        self.ui.usage.setText(self.tr("Used %1 of %2; each file at most %3").replace("%1", size_text(used))
                              .replace("%2", size_text(limit)).replace("%3", size_text(FILE_LIMIT_BYTES)))
        self._selection_changed()
        self._load_thumbnails(attachments)

    def _item(self, info: AttachmentInfo) -> QListWidgetItem:
        item = QListWidgetItem(f"{info.file_name}\n{size_text(info.size)} · {info.added_by} · {local_time(info.added_at)}")
        item.setToolTip(self.tr("%1\n%2, added by %3 on %4").replace("%1", info.file_name).replace(
            "%2", size_text(info.size)).replace("%3", info.added_by or "?").replace("%4", local_time(info.added_at)))
        item.setData(ID_ROLE, info.id)
        item.setData(SHA_ROLE, info.sha256)
        item.setData(KIND_ROLE, info.kind)
        image = cached_thumbnail(info.sha256) if info.kind == "image" else None
        item.setIcon(thumbnail_icon(image) if image is not None else kind_icon(info.kind))
        item.setData(THUMBNAIL_ROLE, image is not None)
        return item

    def _load_thumbnails(self, attachments: list[AttachmentInfo]) -> None:
        """Images without a thumbnail yet are read off the GUI thread (a photo may be 20 MB)."""
        wanted = {info.sha256: info.id for info in attachments
                  if info.kind == "image" and cached_thumbnail(info.sha256) is None}
        if not wanted:
            return
        database = self._database

        def work():
            for number, (sha, attachment_id) in enumerate(wanted.items(), 1):
                yield number, len(wanted), (sha, thumbnail_image(attachment_bytes(database, attachment_id)))

        self._jobs.append(run_in_background(self, work, self._thumbnails_read, lambda _error, _details: None))

    def _thumbnails_read(self, results) -> None:
        if not shiboken6.isValid(self):
            return
        for sha, image in results:
            if image is None:
                continue
            keep_thumbnail(sha, image)
            for row in range(self.ui.files.count()):
                item = self.ui.files.item(row)
                if item.data(SHA_ROLE) == sha:
                    item.setIcon(thumbnail_icon(image))
                    item.setData(THUMBNAIL_ROLE, True)

    def notify(self, text: str) -> None:
        self.ui.notice.setText(text)
        self.ui.notice.setVisible(bool(text))

    def _selection_changed(self) -> None:
        chosen = bool(self.ui.files.selectedItems())
        self.ui.open_button.setEnabled(chosen)
        self.ui.remove_button.setEnabled(chosen)

    # adding ----------------------------------------------------------------------------
    def choose_files(self) -> None:
        paths, _chosen = FileDialog.getOpenFileNames(
            self, self.tr("Add evidence"), str(start_folder()),
            self.tr("Evidence (*.jpg *.jpeg *.png *.gif *.bmp *.tif *.tiff *.webp *.heic *.pdf *.doc *.docx *.wps "
                    "*.xls *.xlsx *.et *.ppt *.pptx *.ofd *.txt);;All files (*)"))
        if paths:
            remember_folder(paths[0])
            self.add_paths(paths)

    def add_paths(self, paths: list[str]) -> None:
        """Attach the files (all of them, or none when one is refused) on the worker."""
        if self._plan_id is None or self._period is None or not paths:
            return
        database, plan_id, period = self._database, self._plan_id, self._period
        files = [Path(p) for p in paths]

        def work():
            yield 0, len(files), None
            yield len(files), len(files), add_files(database, plan_id, period, files)

        title = self.tr("Adding %1 evidence file(s)…").replace("%1", str(len(files)))
        self._jobs.append(run_with_progress(self, title, work, lambda results: self._added(plan_id, period, results),
                                            self._failed))

    def _added(self, plan_id: int, period: str, results) -> None:
        added = results[-1] if results else None
        if added is None or not shiboken6.isValid(self):
            return  # cancelled before anything was stored
        if (plan_id, period) == (self._plan_id, self._period):
            self.reload()
            self.notify(self.tr("%1 file(s) added.").replace("%1", str(len(added))))
        self.changed.emit(plan_id, period)

    def _failed(self, error, details: str) -> None:
        if isinstance(error, EvidenceRefused):
            show_refusal(self, error.message)
        else:
            report_error(self, error, details)

    # opening and deleting ------------------------------------------------------------
    def _chosen_ids(self) -> list[tuple[int, str]]:
        return [(item.data(ID_ROLE), item.text().split("\n", 1)[0]) for item in self.ui.files.selectedItems()]

    def open_selected(self) -> None:
        """A copy of each chosen file in a temporary folder, opened with the default program."""
        if not _open_folder:
            _open_folder.append(Path(tempfile.mkdtemp(prefix="zjtracker-evidence-")))
        for attachment_id, _name in self._chosen_ids():
            try:
                path = export_copy(self._database, attachment_id, _open_folder[0])
            except EvidenceRefused as error:
                show_refusal(self, error.message)
                self.reload()
                return
            except OSError as error:
                report_error(self, error)
                return
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                # nothing else would tell the clerk: the click would seem to do nothing
                self.notify(self.tr("No program was found to open “%1”. A copy is saved as %2")
                            .replace("%1", path.name).replace("%2", str(path)))

    def remove_selected(self) -> None:
        chosen = self._chosen_ids()
        if not chosen or self._plan_id is None:
            return
        names = "\n".join(name for _id, name in chosen[:10]) + ("\n…" if len(chosen) > 10 else "")
        answer = QMessageBox.question(
            self, self.tr("Delete evidence"),
            self.tr("Delete %1 evidence file(s) from this period's progress?\n\n%2").replace(
                "%1", str(len(chosen))).replace("%2", names))
        if answer != QMessageBox.StandardButton.Yes:
            return
        for attachment_id, _name in chosen:
            try:
                remove_attachment(self._database, attachment_id)
            except EvidenceRefused:
                pass  # removed at another desk meanwhile
        plan_id, period = self._plan_id, self._period
        self.reload()
        self.notify(self.tr("%1 file(s) deleted.").replace("%1", str(len(chosen))))
        self.changed.emit(plan_id, period)

    # drag and drop ---------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if self._plan_id is not None and dropped_paths(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        if self._plan_id is not None and dropped_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = dropped_paths(event.mimeData())
        if self._plan_id is not None and paths:
            event.acceptProposedAction()
            self.add_paths(paths)
