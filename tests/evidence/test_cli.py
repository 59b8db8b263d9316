"""``zjtracker evidence add|import-folder|export`` as a script would use them: real processes."""

from __future__ import annotations

import json
import zipfile

import pytest
from sqlalchemy import select

from tests.evidence.conftest import PERIOD, evidence_policy, write_pdf, write_png
from tests.test_cli import run
from zjtracker.db import open_database
from zjtracker.db.models import Measure, YearlyPlan
from zjtracker.importing.model import ParseResult
from zjtracker.services.policies.importer import store_result


@pytest.fixture
def stored(tmp_path):
    path = tmp_path / "台账.db"
    database = open_database(path)
    [policy_id] = store_result(database, ParseResult(source="t.txt", policies=[evidence_policy()]), "t")
    with database.session() as session:
        plans = dict(session.execute(select(Measure.number, YearlyPlan.id).join(
            YearlyPlan, YearlyPlan.measure_id == Measure.id)).all())
    database.dispose()
    return path, policy_id, plans


def test_add_import_export(stored, tmp_path):
    path, policy_id, plans = stored
    done = run("--db", path, "evidence", "add", "--plan", plans[3], "--period", PERIOD,
               write_png(tmp_path / "照片.png"), write_pdf(tmp_path / "通知.pdf"))
    assert done.returncode == 0, done.stderr
    assert "已添加：照片.png" in done.stdout and "已添加：通知.pdf" in done.stdout
    fake = tmp_path / "假照片.jpg"
    fake.write_bytes(b"MZ" + b"\0" * 64)
    done = run("--db", path, "evidence", "add", "--plan", plans[3], "--period", PERIOD, fake)
    assert done.returncode == 1 and "假照片.jpg" in done.stderr and "伪装" in done.stderr

    folder = tmp_path / "材料"
    write_png(folder / "（5）现场.png", shade=3)
    write_png(folder / "说明图.png", shade=4)
    done = run("--db", path, "evidence", "import-folder", folder, "--policy", policy_id, "--period", PERIOD,
               "--dry-run", "--json")
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout)
    assert shown["imported"] is None
    assert {r["path"]: (r["plan_id"], r["reason"]) for r in shown["rows"]} == {
        "（5）现场.png": (plans[5], None), "说明图.png": (None, "没有编号")}
    done = run("--db", path, "evidence", "import-folder", folder, "--policy", policy_id, "--period", PERIOD)
    assert done.returncode == 0 and "已导入 1 个文件到 1 项任务" in done.stdout, done.stderr

    target = tmp_path / "汇编.zip"
    done = run("--db", path, "evidence", "export", "--policy", policy_id, "--period", PERIOD, "-o", target)
    assert done.returncode == 0 and "2 项任务、3 个文件" in done.stdout, done.stderr
    with zipfile.ZipFile(target) as archive:
        assert len(archive.namelist()) == 4 and "索引.xlsx" in archive.namelist()
    done = run("--db", path, "evidence", "export", "--policy", policy_id, "--period", PERIOD, "-o", target)
    assert done.returncode == 1  # exists: only with --force
