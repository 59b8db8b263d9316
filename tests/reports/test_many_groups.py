"""A report with more than 110 groups in every numbered list: 120 areas, 240 lead units, 120
of which sent a problem and 120 nothing. Chinese numbering goes on past 十 and 一百一十
(（一百一十一）, never 十十), and the report is written."""

import re

from tests.reports.pdf_text import pages, squeeze
from zjtracker.db import open_database
from zjtracker.db.models import (
    Area,
    Assignment,
    Measure,
    Policy,
    ProgressReport,
    Unit,
    YearlyPlan,
)
from zjtracker.numerals import chinese_numeral
from zjtracker.services.reporting.job import ReportRequest, run_report

GROUPS = 120


def _many_groups(path):
    db = open_database(path)
    with db.session() as session:
        policy = Policy(title="湛江市多领域测试实施方案", issuer="湛江市人民政府办公室")
        session.add(policy)
        session.flush()
        for a in range(1, GROUPS + 1):
            area = Area(policy_id=policy.id, position=a, label=f"{chinese_numeral(a)}、", title=f"第{a}个领域")
            session.add(area)
            session.flush()
            for k in (0, 1):
                n = 2 * a - 1 + k
                unit = Unit(name=f"市第{n}测试局")
                measure = Measure(area_id=area.id, position=k, label=f"（{n}）", number=n,
                                  text=f"推进第{n}项测试任务，年底前完成率达到95%以上。")
                session.add_all([unit, measure])
                session.flush()
                plan = YearlyPlan(measure_id=measure.id, year=2023, text="")
                session.add_all([plan, Assignment(measure_id=measure.id, unit_id=unit.id, role="lead")])
                session.flush()
                if k == 0:  # the first unit of every area reports, with a problem; the second is silent
                    session.add(ProgressReport(plan_id=plan.id, period="2023Q3", percent=100, assessment="已完成",
                                               status_text=f"第{n}项任务已完成，覆盖率达到98.5%。",
                                               problems=f"第{n}项任务的配套资金尚未到位。", version=1))
    return db


def test_more_than_110_groups_in_every_numbered_list(tmp_path):
    db = _many_groups(tmp_path / "many.db")
    done = run_report(db, ReportRequest("2023Q3", tmp_path / "many.pdf", policy_id=1))
    read = pages(done.path)
    body = squeeze("".join(p.text() for p in read if not p.landscape))
    attachments = [squeeze(p.text()) for p in read if p.landscape]
    everything = "".join(attachments)
    assert "十十" not in everything + body
    silent = everything[everything.index("未报送事项清单"):everything.index("存在问题和意见建议明细")]
    issues = everything[everything.index("存在问题和意见建议明细"):]
    for numbered in (silent, issues):
        for n in (10, 11, 20, 100, 101, 110, 111, GROUPS):
            assert f"（{chinese_numeral(n)}）市第" in numbered, n
    bands = re.findall(r"（([零一二三四五六七八九十百]+)）市第(\d+)测试局（未报送1项）", silent)
    assert [b[0] for b in bands] == [chinese_numeral(n) for n in range(1, GROUPS + 1)]
    assert sorted(int(b[1]) for b in bands) == list(range(2, 2 * GROUPS + 1, 2))  # every silent unit
    assert len(re.findall(r"（[零一二三四五六七八九十百]+）市第\d+测试局", issues)) == GROUPS
    assert f"一百二十、第{GROUPS}个领域" in everything  # the areas of the ledger
    assert f"其他{GROUPS - 6}个领域的进展详见附件1" in body  # the body names a few, the rest is in the 附件
    assert f"未报送的{GROUPS}项措施涉及牵头单位{GROUPS}个" in body
    db.dispose()
