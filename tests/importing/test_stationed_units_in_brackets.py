"""A bracket of names alone after a task names its 责任单位 also when the organ is one of the
state or a company stationed in the city, named by its place rather than by a level
(（桐山海关）, （市商务局、人民银行桐山分行）); a bracket that names no organ is still no note."""

from zjtracker.importing.annotations.inline_units import trailing_note
from zjtracker.importing.reader import parse_policy_text


def _names(text):
    note = trailing_note(text)
    return note and [(u.role, u.name) for u in note.units]


def test_organs_named_by_their_place():
    assert _names("进口整体通关时间压缩5%。（桐山海关）") == [("responsible", "桐山海关")]
    assert _names("扩大跨境人民币结算。（市商务局、人民银行桐山分行）") == [
        ("responsible", "市商务局"), ("responsible", "人民银行桐山分行")]
    assert _names("建设产业园（试行）") is None
    assert _names("打造区域服务平台（示范中心）") is None


def test_a_task_with_such_a_bracket_keeps_its_text_without_it():
    text = "某市2025年外贸措施\n一、优化通关\n1.推进“两步申报”，通关时间压缩5%。（桐山海关）\n"
    measure = next(parse_policy_text(text, "plan.txt").policies[0].iter_measures())
    assert measure.text == "推进“两步申报”，通关时间压缩5%。"
    assert [u.name for u in measure.units] == ["桐山海关"]
