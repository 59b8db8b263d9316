"""Who does a task and by when written as the last sentence of its paragraph, without a
bracket (…给予50%补助。由市商务局牵头，市财政局配合，2025年12月底前完成。), is its note: the
units and deadline are read and the sentence leaves the task text. A last sentence that is
work, not roles, stays."""

from datetime import date

from zjtracker.importing.annotations.note_lines import closing_role_sentence
from zjtracker.importing.reader import parse_policy_text

TEXT = """某市2025年外贸工作措施
一、稳住外贸基本盘
1.支持企业参加境内外重点展会100场以上，对参展费用给予补助。由市商务局牵头，市财政局配合，2025年12月底前完成。
2.扩大出口信用保险覆盖面。市商务局、市金融工作局负责，人保财险分公司配合。
3.培育跨境电商产业园2个。各县区要加强统筹推进。
"""


def test_a_closing_sentence_of_roles_is_the_tasks_note():
    first, second, third = parse_policy_text(TEXT, "plan.txt").policies[0].iter_measures()
    assert first.text == "支持企业参加境内外重点展会100场以上，对参展费用给予补助。"
    assert [(u.role, u.name) for u in first.units] == [("lead", "市商务局"), ("cooperating", "市财政局")]
    assert first.deadline == date(2025, 12, 31)
    assert [(u.role, u.name) for u in second.units] == [
        ("responsible", "市商务局"), ("responsible", "市金融工作局"), ("cooperating", "人保财险分公司")]
    assert second.text == "扩大出口信用保险覆盖面。"
    assert third.text == "培育跨境电商产业园2个。各县区要加强统筹推进。" and third.units == []


def test_what_is_no_closing_note():
    assert closing_role_sentence("由市商务局牵头，市财政局配合。") is None  # no task before it
    assert closing_role_sentence("建设产业园。要抓好落实。") is None
    assert closing_role_sentence("建设产业园。市商务局牵头，做好宣传。") is None  # a clause of work
