"""The task text a reader gives is the text without the bracket of units and deadline it was
read from, wherever it is looked at: the parsed tree, ``import-policy --dry-run --json`` and the
database. The text as the document wrote it is kept in ``source_text`` for the preview."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from zjtracker.importing.reader import read_policy_file

ROOT = Path(__file__).resolve().parents[2]

PLAN = """\
北川县2026年数字政府建设工作要点

一、夯实数据基础
（一）建设县级数据资源平台（牵头单位：县政务服务数据管理局）
1.完成政务数据目录编制，年底前实现应编尽编。
2.推动公共数据按需共享，共享需求响应时间不超过5个工作日。（县大数据中心负责；2026年9月底前完成）
二、提升办事体验
3.推行“一件事一次办”集成服务（2026年第一批）（县政务服务中心牵头，县直各有关单位配合）
4.建设县级政务服务移动端，上线高频事项不少于80项。〔责任单位：县政务服务中心、县财政局〕
5.编制政务服务事项标准化目录（2026—2027年）
"""


def read(tmp_path, text=PLAN, encoding="utf-8"):
    path = tmp_path / "北川县数字政府要点.txt"
    path.write_text(text, encoding=encoding)
    return path, read_policy_file(path)


def leaves(result):
    [policy] = result.policies
    return {m.number: m for m in policy.iter_measures() if not m.children}


def test_the_parsed_text_is_the_task_and_the_source_keeps_the_bracket(tmp_path):
    _, result = read(tmp_path)
    measures = leaves(result)
    assert measures[2].text == "推动公共数据按需共享，共享需求响应时间不超过5个工作日。"
    assert measures[2].source_text == measures[2].text + "（县大数据中心负责；2026年9月底前完成）"
    assert measures[2].deadline.isoformat() == "2026-09-30"
    # only the last bracket is the note: a bracket of the task's own words stays
    assert measures[3].text == "推行“一件事一次办”集成服务（2026年第一批）"
    assert [u.name for u in measures[3].units] == ["县政务服务中心", "县直各有关单位"]
    assert measures[4].text == "建设县级政务服务移动端，上线高频事项不少于80项。"
    # a period written after the task is part of it, not a note
    assert measures[5].text == "编制政务服务事项标准化目录（2026—2027年）"
    assert measures[5].source_text is None and measures[1].source_text is None
    # a group's heading loses the bracket its measures inherit the unit from
    [policy] = result.policies
    group = policy.areas[0].measures[0]
    assert group.text == "建设县级数据资源平台"
    assert group.source_text == "建设县级数据资源平台（牵头单位：县政务服务数据管理局）"
    assert [u.name for u in measures[1].units] == ["县政务服务数据管理局"]


def test_a_document_in_traditional_characters_keeps_both_texts_in_its_spelling(tmp_path):
    text = ("東川縣2026年營商環境工作要點\n一、優化審批服務\n"
            "1.推行告知承諾制，擴大適用範圍。（縣司法局牽頭，縣市場監管局配合；2026年6月底前）\n"
            "2.壓減審批時限。\n")
    _, result = read(tmp_path, text)
    measures = leaves(result)
    assert measures[1].text == "推行告知承諾制，擴大適用範圍。"
    assert measures[1].source_text.endswith("（縣司法局牽頭，縣市場監管局配合；2026年6月底前）")
    assert measures[1].deadline.isoformat() == "2026-06-30"


def test_the_dry_run_shows_the_task_text_and_where_it_came_from(tmp_path):
    path, _ = read(tmp_path)
    done = subprocess.run([sys.executable, "-m", "zjtracker", "--db", str(tmp_path / "x.db"),
                           "import-policy", str(path), "--dry-run", "--json"],
                          capture_output=True, text=True, encoding="utf-8", cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    measures = [m for a in data["policies"][0]["areas"] for g in a["measures"]
                for m in g.get("children", [g])]
    second = next(m for m in measures if m["number"] == 2)
    assert second["text"] == "推动公共数据按需共享，共享需求响应时间不超过5个工作日。"
    assert second["source_text"].endswith("（县大数据中心负责；2026年9月底前完成）")
    assert "source_text" not in next(m for m in measures if m["number"] == 5)
    assert not any("负责" in m["text"] or "牵头" in m["text"] for m in measures)
    plain = subprocess.run([sys.executable, "-m", "zjtracker", "--db", str(tmp_path / "x.db"),
                            "import-policy", str(path), "--dry-run"],
                           capture_output=True, text=True, encoding="utf-8", cwd=ROOT, timeout=300)
    assert plain.returncode == 0, plain.stderr
    tree = [line for line in plain.stdout.splitlines() if not line.startswith("提示")]
    assert any(line.strip().startswith("2.推动公共数据按需共享") for line in tree)
    assert not any("（县大数据中心负责" in line or "配合）" in line for line in tree)


def test_the_stored_text_is_the_parsed_text_and_is_not_cut_twice(database, tmp_path):
    from zjtracker.db.models import Measure
    from zjtracker.services.policies.store import store_parse_result

    # a deadline bracket the task keeps before the note bracket is not cut again
    text = PLAN.replace("上线高频事项不少于80项。", "上线高频事项不少于80项（2026年底前完成）")
    _, result = read(tmp_path, text)
    measures = leaves(result)
    assert measures[4].text == "建设县级政务服务移动端，上线高频事项不少于80项（2026年底前完成）"
    with database.session() as session:
        store_parse_result(session, result, sha256="x")
        session.commit()
    with database.session() as session:
        stored = {m.number: m.text for m in session.query(Measure).all() if m.number}
    assert stored[4] == measures[4].text
    assert stored[2] == measures[2].text and stored[3] == measures[3].text
