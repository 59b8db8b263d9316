"""Corrections to a proposed tree, without the dialog: add, delete, merge, split, move, levels."""

import pytest

from tests.services.factories import result_of, small_policy
from zjtracker.importing.model import ParsedArea, ParsedMeasure, ParsedUnit
from zjtracker.services.policies.parse_edits import EditRefused, ParseDraft, next_label, split_label
from zjtracker.services.policies.parse_framing import framing_heading, is_framing


def _draft():
    policy = small_policy()
    policy.areas.append(ParsedArea("三、", "保障措施", measures=[ParsedMeasure("（一）", "加强组织领导。", number=1)]))
    policy.areas.append(ParsedArea("四、", "工作要求"))
    return ParseDraft(result_of(policy))


def _labels(draft, path):
    return [m.label for m in draft.siblings(path)]


def test_labels_continue_in_their_own_style():
    assert [next_label(x) for x in ("3.", "（三）", "（9）", "九、", "第十九章", "二十、", "其他")] == [
        "4.", "（四）", "（10）", "十、", "第二十章", "二十一、", ""]
    assert split_label("2．加强监管。") == ("2．", "加强监管。")
    assert split_label("（十二）做好保障") == ("（十二）", "做好保障")
    assert split_label("2024年完成") == ("", "2024年完成")


def test_framing_is_an_empty_area_under_a_framing_heading():
    assert framing_heading("一、总体要求"[2:]) and framing_heading("组织领导和保障") and framing_heading("保障措施：")
    assert not framing_heading("加强农村基础设施建设") and not framing_heading("总体要求落实情况")
    draft = _draft()
    areas = draft.result.policies[0].areas
    assert [is_framing(a) for a in areas] == [True, False, False, True]
    assert [a.title for a in draft.final_result().policies[0].areas] == ["重点任务", "保障措施"]
    assert draft.left_out_count() == 2
    draft.keep(areas[0], True)
    assert [a.title for a in draft.final_result().policies[0].areas] == ["总体要求", "重点任务", "保障措施"]
    assert len(draft.result.policies[0].areas) == 4  # the draft itself keeps everything


def test_an_added_measure_continues_the_numbering_and_fills_a_framing_area():
    draft = _draft()
    path = draft.add_measure((0, 1, 0, 1))
    assert path == (0, 1, 0, 2) and _labels(draft, path) == ["1.", "2.", "3."]
    assert draft.node(path).number == 3
    draft.node(path).text = "新增的任务。"
    path = draft.add_measure((0, 3))
    assert path == (0, 3, 0) and draft.node(path).label == "1."
    assert draft.is_kept(draft.node((0, 3))) and draft.left_out_count() == 1
    assert draft.add_measure((0, 1, 0), as_child=True) == (0, 1, 0, 3)
    assert draft.add_area((0, 1, 0)) == (0, 2) and draft.node((0, 2)).label == "三、"


def test_split_takes_the_label_its_second_part_begins_with():
    draft = _draft()
    glued = draft.node((0, 1, 0, 1))
    glued.text = "推进第二项任务。3．完善配套制度。"
    path = draft.split_measure((0, 1, 0, 1), glued.text.index("3．"))
    second = draft.node(path)
    assert (glued.text, second.label, second.number, second.text) == ("推进第二项任务。", "3．", 3, "完善配套制度。")
    assert [u.name for u in second.units] == ["市发展和改革局"] and second.deadline_text == "2024年12月"
    with pytest.raises(EditRefused):
        draft.split_measure(path, 0)
    plain = draft.split_measure(path, 2)
    assert (draft.node(plain).label, draft.node(plain).text) == ("4．", "配套制度。")


def test_merge_joins_texts_and_unites_units():
    draft = _draft()
    first = draft.node((0, 1, 0, 0))
    draft.node((0, 1, 0, 1)).units.append(ParsedUnit("市商务局", "cooperating"))
    assert draft.merge_with_next((0, 1, 0, 0)) == (0, 1, 0, 0)
    assert first.text == "推进第一项任务。具体内容。推进第二项任务。"
    assert [(u.name, u.role) for u in first.units] == [
        ("市发改局", "lead"), ("市商务局", "cooperating"), ("各县（市、区）人民政府（管委会）", "cooperating")]  # 市发展和改革局 is 市发改局
    assert first.deadline_text == "2024年12月" and len(draft.siblings((0, 1, 0, 0))) == 1
    with pytest.raises(EditRefused, match="最后一项"):
        draft.merge_with_next((0, 1, 0, 0))
    assert draft.merge_with_next((0, 1)) == (0, 1)
    assert [m.text for m in draft.node((0, 1)).measures] == ["第一组。", "加强组织领导。"]


def test_delete_move_and_levels():
    draft = _draft()
    state = draft.snapshot()
    assert draft.move((0, 1, 0, 1), -1) == (0, 1, 0, 0) and _labels(draft, (0, 1, 0, 0)) == ["2.", "1."]
    with pytest.raises(EditRefused):
        draft.move((0, 1, 0, 0), -1)
    moved = draft.move_to_area((0, 1, 0, 0), (0, 2))
    assert moved == (0, 2, 1) and draft.node(moved).label == "2."
    assert draft.demote(moved) == (0, 2, 0, 0) and draft.node((0, 2, 0)).children[0].label == "2."
    assert draft.promote((0, 2, 0, 0)) == (0, 2, 1)
    assert draft.promote((0, 1, 0)) == (0, 2) and draft.node((0, 2)).title == "第一组。"
    assert [m.label for m in draft.node((0, 2)).measures] == ["1."]
    assert draft.demote((0, 2)) == (0, 1, 0) and draft.node((0, 1, 0)).children[0].label == "1."
    assert draft.delete((0, 1, 0)) == (0, 1) and draft.node((0, 1)).measures == []
    draft.restore(state)
    assert _labels(draft, (0, 1, 0, 0)) == ["1.", "2."] and draft.left_out_count() == 2
