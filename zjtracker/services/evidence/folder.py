"""Evidence in bulk from a folder a colleague sent: every file in it and its sub-folders is
matched to a task of the policy by the task number in its name or its folders' names
(``evidence.numbers``), the way a return's 序号 is matched (``returns.match``: by number,
narrowed by the area named in the folders and the text of the name where numbers repeat).

``preview_folder`` shows what would be stored before anything is; ``iter_import_folder``
stores the chosen matched rows in one transaction as one ImportBatch of kind "evidence", so
the import history lists it and undoing it takes its attachments away. Both are plain
generators underneath (``iter_preview_folder``) yielding (done, total, what) so the window
runs them on its worker and may stop them; a stopped import stores nothing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from zjtracker.db.engine import Database
from zjtracker.db.models import ImportBatch, Policy
from zjtracker.importing.returns.model import ReturnRow
from zjtracker.services.collector import collector_held
from zjtracker.services.context import current_user
from zjtracker.services.evidence.checks import EvidenceRefused, read_evidence
from zjtracker.services.evidence.numbers import task_number_in
from zjtracker.services.evidence.store import Adder, check_plan
from zjtracker.services.periods import BadPeriod, Period
from zjtracker.services.returns.match import _Index
from zjtracker.services.returns.targets import load_targets

EVIDENCE = "evidence"  # ImportBatch.kind
MAX_FILES = 5000


@dataclass(frozen=True)
class PreviewRow:
    index: int
    relative_path: str  # with "/" between folders
    size: int
    number: int | None  # the task number found in the name
    plan_id: int | None  # None: not matched (``reason`` says why)
    task_label: str = ""  # （12）
    task_text: str = ""
    reason: str | None = None
    sha256: str = ""

    @property
    def matched(self) -> bool:
        return self.plan_id is not None


@dataclass
class FolderPreview:
    policy_id: int
    policy_title: str
    period: str
    folder: Path
    rows: list[PreviewRow] = field(default_factory=list)

    @property
    def matched(self) -> list[PreviewRow]:
        return [row for row in self.rows if row.matched]

    @property
    def unmatched(self) -> list[PreviewRow]:
        return [row for row in self.rows if not row.matched]


@dataclass(frozen=True)
class FolderImported:
    batch_id: int | None  # None: nothing was chosen or matched, no batch recorded
    attached: int  # new attachments
    already: int  # the same bytes were attached to the task already
    tasks: int
    size: int  # bytes of the files stored
    skipped: int  # rows not matched or not chosen


def _files(folder: Path) -> Iterator[tuple[Path, str | None]]:
    """Every file under ``folder`` in name order, with the reason it is refused at once
    (a link leading out of the folder), sub-folders walked without following links."""
    root = folder.resolve()
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            children = sorted(current.iterdir(), key=lambda p: p.name)
        except OSError:
            continue
        folders = []
        for child in children:
            if child.name.startswith(("~$", ".")) or child.name in ("Thumbs.db", "desktop.ini"):
                continue  # Office's lock files, hidden files and Explorer's own
            if child.is_symlink():
                target = child.resolve()
                inside = target == root or root in target.parents
                yield child, None if inside and target.is_file() else "位于所选文件夹之外（快捷方式或链接），不能导入"
            elif child.is_dir():
                folders.append(child)
            else:
                yield child, None
        stack.extend(reversed(folders))


def iter_preview_folder(database: Database, policy_id: int, period: str,
                        folder: Path) -> Generator[tuple[int, int, str], None, FolderPreview]:
    """Yields (done, total, file) while the files are read and checked; returns the preview."""
    folder = Path(folder)
    try:
        period = str(Period.parse(period))
    except BadPeriod as error:
        raise EvidenceRefused(str(error)) from None
    if not folder.is_dir():
        raise EvidenceRefused(f"找不到文件夹“{folder.name}”，请检查路径是否正确。")
    found = list(_files(folder))
    if len(found) > MAX_FILES:
        raise EvidenceRefused(f"文件夹“{folder.name}”中有 {len(found):,} 个文件，超过了一次导入的上限 "
                              f"{MAX_FILES:,} 个。请选择分得更细的文件夹。")
    with database.session() as session:
        policy = session.get(Policy, policy_id)
        if policy is None:
            raise EvidenceRefused(f"政策文件（编号 {policy_id}）不存在，可能已被删除。")
        targets = load_targets(session, Period.parse(period), [policy_id])[policy_id]
    index = _Index(targets.targets)
    preview = FolderPreview(policy_id, policy.title, period, folder)
    for number, (path, refused) in enumerate(found):
        relative = path.relative_to(folder).as_posix()
        yield number, len(found), relative
        preview.rows.append(_row(number, path, relative, refused, index, targets.unplanned, period))
    yield len(found), len(found), ""
    return preview


def _row(number: int, path: Path, relative: str, refused: str | None, index: _Index, unplanned: set[int],
         period: str) -> PreviewRow:
    size, digest = 0, ""
    if refused is None:
        try:
            data, _kind = read_evidence(path)
            size, digest = len(data), hashlib.sha256(data).hexdigest()
        except EvidenceRefused as error:
            refused = error.message
    else:
        refused = f"文件“{path.name}”{refused}"
    parts = relative.split("/")
    names = [Path(parts[-1]).stem, *reversed(parts[:-1])]  # the file's name first, then its folders outward
    task = next((n for n in map(task_number_in, names) if n is not None), None)
    if refused is not None:
        return PreviewRow(number, relative, size, task, None, reason=f"文件被拒绝：{refused}")
    if task is None:
        return PreviewRow(number, relative, size, None, None, reason="没有编号", sha256=digest)
    row = ReturnRow(sheet="", row=0, task=str(task), number=task, area=" ".join(parts[:-1]), text=names[0])
    candidates = index.find(row)
    if len(candidates) == 1:
        target = candidates[0]
        return PreviewRow(number, relative, size, task, target.plan_id, target.measure_label,
                          " ".join(target.measure_text.split()), sha256=digest)
    if len(candidates) > 1:
        reason = f"本政策中有 {len(candidates)} 项编号为{task}的任务，无法确定是哪一项（请把文件放进以领域命名的文件夹）"
    elif task in unplanned:
        reason = f"任务（{task}）没有 {period[:4]} 年的年度计划"
    else:
        reason = f"编号{task}不在本政策中"
    return PreviewRow(number, relative, size, task, None, reason=reason, sha256=digest)


def run(steps: Generator, progress: Callable[[int, int], object] | None = None):
    """Run a generator of (done, total, …) to its end, telling ``progress``; its result."""
    while True:
        try:
            done, total, *_ = next(steps)
        except StopIteration as stop:
            return stop.value
        if progress is not None:
            progress(done, total)


def preview_folder(database: Database, policy_id: int, period: str, folder: Path,
                   progress: Callable[[int, int], object] | None = None) -> FolderPreview:
    return run(iter_preview_folder(database, policy_id, period, folder), progress)


def iter_import_folder(database: Database, preview: FolderPreview, chosen_rows: set[int] | None = None
                       ) -> Generator[tuple[int, int, str], None, FolderImported]:
    """Store the matched rows of ``preview`` (those of ``chosen_rows`` when given: row
    indexes) in one transaction; yields (done, total, file); returns what it did. A file
    refused now (changed or gone since the preview) stops the import: nothing is stored."""
    rows = [row for row in preview.matched if chosen_rows is None or row.index in chosen_rows]
    skipped = len(preview.rows) - len(rows)
    if not rows:
        return FolderImported(None, 0, 0, 0, 0, skipped)
    digest = hashlib.sha256("\n".join(f"{r.relative_path}\t{r.sha256}" for r in rows).encode()).hexdigest()
    attached = already = size = 0
    with collector_held(), database.session() as session:
        batch = ImportBatch(kind=EVIDENCE, file_name=preview.folder.name or str(preview.folder), sha256=digest,
                            imported_by=current_user(), policy_id=preview.policy_id, period=preview.period)
        session.add(batch)
        session.flush()
        adder = Adder(session, source="import", batch_id=batch.id)
        for plan_id in sorted({row.plan_id for row in rows}):
            check_plan(session, plan_id)
        adder.prefetch(row.sha256 for row in rows)
        for done, row in enumerate(rows):
            yield done, len(rows), row.relative_path
            data, _kind = read_evidence(preview.folder / row.relative_path)
            _id, new = adder.attach(row.plan_id, preview.period, Path(row.relative_path).name, data)
            attached, already = attached + new, already + (not new)
            size += len(data) if new else 0
        adder.finish()
        tasks = len({row.plan_id for row in rows})
        batch.counts = json.dumps({"files": attached, "already": already, "tasks": tasks, "bytes": size,
                                   "updated_rows": tasks, "updated_cells": attached, "rejected": skipped},
                                  ensure_ascii=False)
        session.flush()
        result = FolderImported(batch.id, attached, already, tasks, size, skipped)
    yield len(rows), len(rows), ""
    return result


def import_folder(database: Database, preview: FolderPreview, chosen_rows: set[int] | None = None,
                  progress: Callable[[int, int], object] | None = None) -> FolderImported:
    return run(iter_import_folder(database, preview, chosen_rows), progress)
