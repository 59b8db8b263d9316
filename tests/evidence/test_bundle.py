"""The 佐证材料汇编: a zip organised by area and task number, its index read back."""

from __future__ import annotations

import io
import zipfile

import pytest
from openpyxl import load_workbook

from tests.evidence.conftest import PERIOD, write_docx, write_pdf, write_png
from zjtracker.exporting.safe_write import OutputRefused
from zjtracker.services.evidence import store
from zjtracker.services.evidence.bundle import (
    BundleDone,
    export_bundle,
    iter_export_bundle,
)


def test_bundle_zip_and_index(database, policy_id, plans, tmp_path):
    store.add_files(database, plans[12], PERIOD, [write_png(tmp_path / "现场照片.png"), write_pdf(tmp_path / "通知.pdf")])
    same_name = tmp_path / "b" / "现场照片.png"
    write_png(same_name, shade=77)
    store.add_files(database, plans[12], PERIOD, [same_name])
    store.add_files(database, plans[2], PERIOD, [write_docx(tmp_path / "会议纪要.docx")])
    store.add_files(database, plans[20], "2025Q2", [write_png(tmp_path / "上季度.png", shade=5)])  # another period
    target = tmp_path / "out" / "汇编.zip"
    steps = list(iter_export_bundle(database, policy_id, PERIOD, target))
    done = steps[-1][2]
    assert isinstance(done, BundleDone) and (done.files, done.tasks) == (4, 2)
    assert [s[:2] for s in steps[:-1]] == [(0, 4), (1, 4), (2, 4), (3, 4)]
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        assert names == [
            "一、优化营商环境/（2）第2项任务：推进重点工作2/会议纪要.docx",
            "二、扩大有效投资/（12）第12项任务：推进重点工作12/现场照片.png",
            "二、扩大有效投资/（12）第12项任务：推进重点工作12/通知.pdf",
            "二、扩大有效投资/（12）第12项任务：推进重点工作12/现场照片（2）.png",
            "索引.xlsx"]
        assert archive.read(names[1]) == (tmp_path / "现场照片.png").read_bytes()
        assert archive.read(names[3]) == same_name.read_bytes()
        book = load_workbook(io.BytesIO(archive.read("索引.xlsx")))
    sheet = book["索引"]
    assert "佐证材料汇编（2025年第三季度）" in sheet["A1"].value
    header = [c.value for c in sheet[3]]
    assert header == ["序号", "领域", "任务", "责任单位", "文件名", "大小", "添加时间", "添加人", "在压缩包中的位置"]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=4)]
    assert [(r[0], r[1], r[2].split("第")[0], r[3], r[4], r[8]) for r in rows] == [
        (1, "一、优化营商环境", "（2）", "市财政局", "会议纪要.docx", names[0]),
        (2, "二、扩大有效投资", "（12）", "市发展和改革局", "现场照片.png", names[1]),
        (3, "二、扩大有效投资", "（12）", "市发展和改革局", "通知.pdf", names[2]),
        (4, "二、扩大有效投资", "（12）", "市发展和改革局", "现场照片.png", names[3])]
    assert all(r[5].endswith("KB") and r[6].startswith("20") for r in rows)
    assert sheet.freeze_panes == "A4"


def test_cancel_and_existing_target(database, policy_id, plans, tmp_path):
    store.add_files(database, plans[1], PERIOD, [write_png(tmp_path / "a.png"), write_pdf(tmp_path / "b.pdf")])
    target = tmp_path / "汇编.zip"
    steps = iter_export_bundle(database, policy_id, PERIOD, target)
    next(steps)
    steps.close()
    assert list(tmp_path.glob("*.zip*")) == [] and not target.exists()  # nothing half-written left
    export_bundle(database, policy_id, PERIOD, target)
    with pytest.raises(OutputRefused):
        export_bundle(database, policy_id, PERIOD, target)
    assert export_bundle(database, policy_id, PERIOD, target, force=True).files == 2
