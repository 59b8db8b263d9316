"""Notes read onto the tree of a whole plan: a measure's own notes, a group's or area's
statement inherited by its measures, one bracket after the last sub-item for all of them,
labelled lines kept out of the task text, leaders on the lead units, and the text shown and
stored without the bracket it was read from."""

from __future__ import annotations

from datetime import date

from zjtracker.importing.reader import parse_policy_text

PLAN = """\
临江市2025年城市更新重点任务分工方案
为推进城市更新，制定本方案。
一、改善居住条件
（一）推进老旧小区改造（牵头单位：市住建局；配合单位：市财政局）
1.完成老旧小区改造40个。加装电梯200部。
2.整治背街小巷。2025年9月底前完成80条。
3.建设完整社区。新建社区食堂12个。（市民政局牵头，市商务局配合；2025年底前完成）
（二）提升物业服务
4.推行红色物业。覆盖率达到90%以上。
分管领导：周海
牵头单位：市住建局、市房管中心
协同责任单位：市市场监管局
完成时限：2025年第三季度
5.建立物业纠纷调解机制。
部门分工：市司法局牵头，各区政府配合。
完成时间：每季度
二、完善基础设施
（一）强化排水防涝
6.改造易涝点15处。
7.新建雨水管网30公里。
（市水务局牵头，市城管局、市交通局配合；2025年6月底前完成）
（二）畅通城市路网
8.打通断头路10条。（市交通局牵头）
9.新建停车泊位5000个。
三、保障措施
加强组织领导。各单位要明确分管领导和具体责任人。
"""


def read():
    (policy,) = parse_policy_text(PLAN, "临江.txt").policies
    leaves = [m for m in policy.iter_measures() if not m.children]
    return {m.text[:6]: m for m in leaves}


def units(measure):
    return [(u.name, u.role) for u in measure.units]


def test_a_group_statement_is_inherited_unless_a_measure_names_its_own():
    m = read()
    assert units(m["完成老旧小区"]) == [("市住建局", "lead"), ("市财政局", "cooperating")]
    assert units(m["整治背街小巷"]) == [("市住建局", "lead"), ("市财政局", "cooperating")]
    assert units(m["建设完整社区"]) == [("市民政局", "lead"), ("市商务局", "cooperating")]
    assert m["建设完整社区"].deadline == date(2025, 12, 31)
    # the date the sentence sets itself
    assert (m["整治背街小巷"].deadline_text, m["整治背街小巷"].deadline) == ("2025年9月底前", date(2025, 9, 30))


def test_labelled_lines_are_notes_not_task_text():
    m = read()
    red = m["推行红色物业"]
    assert red.text == "推行红色物业。覆盖率达到90%以上。"
    assert units(red) == [("市住建局", "lead"), ("市房管中心", "lead"), ("市市场监管局", "cooperating")]
    assert [u.leader for u in red.units] == ["周海", "周海", None]  # leaders on the lead units
    assert red.deadline == date(2025, 9, 30)
    mediation = m["建立物业纠纷"]
    assert mediation.text == "建立物业纠纷调解机制。"
    assert units(mediation) == [("市司法局", "lead"), ("各区政府", "cooperating")]
    assert (mediation.deadline_text, mediation.deadline) == ("每季度", None)


def test_one_bracket_after_the_last_sub_item_belongs_to_all_of_them():
    m = read()
    for start in ("改造易涝点1", "新建雨水管网"):
        assert units(m[start]) == [("市水务局", "lead"), ("市城管局", "cooperating"),
                                   ("市交通局", "cooperating")]
        assert m[start].deadline == date(2025, 6, 30)
    assert m["新建雨水管网"].text == "新建雨水管网30公里。"
    # where a sub-item has its own bracket, a later one is not the group's
    assert units(m["打通断头路1"]) == [("市交通局", "lead")]
    assert units(m["新建停车泊位"]) == []


def test_closing_words_are_not_a_measure_and_not_a_unit():
    m = read()
    assert not any("保障措施" in t or "加强组织" in t for t in m)


def test_the_bracket_is_not_shown_or_stored(database, tmp_path):
    from zjtracker.db.models import Measure
    from zjtracker.importing.reader import read_policy_file
    from zjtracker.services.policies.store import store_parse_result

    path = tmp_path / "临江.txt"
    path.write_text(PLAN, encoding="gb18030")
    result = read_policy_file(path)
    with database.session() as session:
        store_parse_result(session, result, sha256="x")
        session.commit()
    with database.session() as session:
        texts = [m.text for m in session.query(Measure).all()]
        stored = {m.text[:6]: m for m in session.query(Measure).all()}
        assert stored["建设完整社区"].text == "建设完整社区。新建社区食堂12个。"
        assert stored["建设完整社区"].deadline == date(2025, 12, 31)
        assert stored["推行红色物业"].text == "推行红色物业。覆盖率达到90%以上。"
        assert not any("牵头" in t for t in texts)
