"""A folder of 200 evidence files a colleague sent, in sub-folders and named every way
colleagues name them, matched with a preview, imported as one batch and undone."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from tests.evidence.conftest import PERIOD, png_bytes, write_docx, write_pdf, write_xlsx
from zjtracker.db.models import Attachment, AttachmentBlob, ChangeLog, ImportBatch
from zjtracker.services.evidence import store
from zjtracker.services.evidence.folder import (
    import_folder,
    iter_import_folder,
    preview_folder,
)
from zjtracker.services.history.batches import batch_changes, list_batches, undo_batch

STYLES = ("（{n}）现场照片{i}.png", "({n})图片{i}.png", "{n}-照片{i}.png", "{n}、工作照{i}.png", "{n}.材料{i}.png",
          "第{n}项 照片{i}.png", "任务{n}照片{i}.png", "第{cn}项 照片{i}.png")
CN = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十", 11: "十一",
      12: "十二", 13: "十三", 14: "十四", 15: "十五", 16: "十六", 17: "十七", 18: "十八", 19: "十九", 20: "二十",
      21: "二十一", 22: "二十二", 23: "二十三", 24: "二十四"}
AREA = {n: area for area, numbers in (("一、优化营商环境", range(1, 9)), ("二、扩大有效投资", range(9, 17)),
                                     ("三、促进消费升级", range(17, 25))) for n in numbers}


def _write(path: Path, seed: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(png_bytes(width=2 + seed % 50, height=1 + seed // 50, shade=seed % 200))


def colleague_folder(root: Path) -> tuple[dict[str, int], dict[str, str]]:
    """200 files: relative path → task number expected, and → reason expected (unmatched)."""
    expected, unmatched = {}, {}
    seed = 0
    for n in range(1, 25):
        for i in range(7):  # 168 files named by task, in the area's folder
            seed += 1
            name = STYLES[(n + i) % len(STYLES)].format(n=n, i=i, cn=CN[n])
            relative = f"{AREA[n]}/{name}"
            _write(root / relative, seed)
            expected[relative] = n
    for n in (2, 10, 18):  # files without a number in a folder named by task
        for i, folder in enumerate((f"第{n}项", f"（{n}）任务材料", f"{n}-附件")):
            seed += 1
            relative = f"{AREA[n]}/{folder}/扫描件{i}.png"
            _write(root / relative, seed)
            expected[relative] = n
    write_pdf(root / "一、优化营商环境" / "（4）通知.pdf")
    write_docx(root / "二、扩大有效投资" / "（11）会议纪要.docx")
    write_xlsx(root / "三、促进消费升级" / "第20项 统计表.xlsx")
    expected.update({"一、优化营商环境/（4）通知.pdf": 4, "二、扩大有效投资/（11）会议纪要.docx": 11,
                     "三、促进消费升级/第20项 统计表.xlsx": 20})
    for i in range(10):  # no number anywhere
        seed += 1
        _write(root / "其他" / f"现场{i}.png", seed)
        unmatched[f"其他/现场{i}.png"] = "没有编号"
    for i in range(5):
        seed += 1
        _write(root / f"（{90 + i}）多余任务.png", seed)
        unmatched[f"（{90 + i}）多余任务.png"] = f"编号{90 + i}不在本政策中"
    (root / "（3）setup.exe").write_bytes(b"MZ" + b"\x00" * 100)
    (root / "（5）照片.jpg").write_bytes(b"MZ" + b"\x00" * 100)
    (root / "（6）空.pdf").touch()
    unmatched.update({"（3）setup.exe": "文件被拒绝：", "（5）照片.jpg": "文件被拒绝：", "（6）空.pdf": "文件被拒绝："})
    outside = root.parent / "外面的文件.png"
    _write(outside, 999)
    (root / "（7）链接.png").symlink_to(outside)
    (root / "（8）快捷方式.lnk").write_bytes(b"L\x00\x00\x00\x01\x14\x02\x00" + b"\x00" * 60)
    unmatched.update({"（7）链接.png": "文件被拒绝：", "（8）快捷方式.lnk": "文件被拒绝："})
    (root / "~$会议纪要.docx").write_bytes(b"lock")  # Word's lock file: not listed
    assert len(expected) + len(unmatched) == 200
    return expected, unmatched


def test_preview_import_undo(database, policy_id, plans, tmp_path):
    root = tmp_path / "市商务局佐证材料"
    expected, unmatched = colleague_folder(root)
    seen = []
    preview = preview_folder(database, policy_id, PERIOD, root, progress=lambda done, total: seen.append(total))
    assert seen and set(seen) == {200}
    assert len(preview.rows) == 200
    matched = {row.relative_path: row for row in preview.matched}
    assert {path: row.number for path, row in matched.items()} == expected
    assert all(row.plan_id == plans[row.number] and row.task_label == f"（{row.number}）" and
               row.task_text.startswith(f"第{row.number}项任务") for row in matched.values())
    reasons = {row.relative_path: row.reason for row in preview.unmatched}
    assert set(reasons) == set(unmatched)
    for path, reason in unmatched.items():
        assert reasons[path].startswith(reason), (path, reasons[path])
    assert "setup.exe" in reasons["（3）setup.exe"] and "伪装" in reasons["（5）照片.jpg"]
    assert "文件夹之外" in reasons["（7）链接.png"]

    result = import_folder(database, preview)
    assert (result.attached, result.already, result.tasks, result.skipped) == (180, 0, 24, 20)
    counts = store.counts(database, PERIOD)
    assert counts[plans[2]] == 7 + 3 and counts[plans[4]] == 8 and sum(counts.values()) == 180
    [batch] = list_batches(database, policy_id)
    assert (batch.kind, batch.file_name, batch.period, batch.counts["files"]) == ("evidence", root.name, PERIOD, 180)
    changes = batch_changes(database, batch.id)
    assert len(changes) == 180 and {c.field for c in changes} == {"added"}
    assert ("（4）", "（4）通知.pdf") in {(c.task, c.new) for c in changes}

    again = import_folder(database, preview)  # the same folder twice: nothing attached twice
    assert (again.attached, again.already) == (0, 180)

    undo = undo_batch(database, batch.id)
    assert len(undo.removed_files) == 180
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Attachment).where(
            Attachment.import_batch_id == batch.id)) == 0
        assert session.scalar(select(func.count()).select_from(AttachmentBlob)) == 0  # no attachment uses them
        assert session.scalar(select(func.count()).select_from(ChangeLog).where(
            ChangeLog.batch_id == batch.id, ChangeLog.source == "undo", ChangeLog.field == "removed")) == 180
        assert session.get(ImportBatch, batch.id).undone_at is not None
    assert store.counts(database, PERIOD) == {}


def test_chosen_rows_and_cancel(database, policy_id, plans, tmp_path):
    root = tmp_path / "材料"
    for n in (1, 2, 3):
        _write(root / f"（{n}）照片.png", n)
    preview = preview_folder(database, policy_id, PERIOD, root)
    result = import_folder(database, preview, chosen_rows={preview.rows[1].index})
    assert result.attached == 1 and store.counts(database, PERIOD) == {plans[2]: 1}
    steps = iter_import_folder(database, preview)
    next(steps)
    next(steps)
    steps.close()  # the clerk pressed 取消: nothing of this import is kept
    assert store.counts(database, PERIOD) == {plans[2]: 1}
    assert len(list_batches(database, policy_id)) == 1
