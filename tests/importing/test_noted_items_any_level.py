"""An item (1、 （1） ①) that names its units or deadline is a task wherever it stands: a
工作要点 whose item 2、 alone has sub-items ⑴…⑶ keeps items 1、3、4、 (in parts with no
sub-items at all) as tasks, whether they name them on labelled lines or in a bracket at the
end. Labelled lines after the last of the sub-items are the group's, as a bracket alone
there is."""

from zjtracker.importing.reader import parse_policy_text

POINTS = """某县2025年优化营商环境工作要点
为持续改善营商环境，制定本要点。
一、提升政务服务效能
1、推行企业开办一日办结，实行一窗受理、并联办理。
牵头单位：县市场监管局
配合单位：县税务局
完成时限：6月底前
2、深化工程建设项目审批改革。
⑴ 低风险项目审批时限压缩至15个工作日以内；
⑵ 推行施工图分阶段审查；
⑶ 实行竣工联合验收。
牵头单位：县住建局
配合单位：县自然资源局
完成时限：三季度末
二、强化要素保障
3、开展工业用地“标准地”出让。
牵头单位：县自然资源局
完成时限：12月底前
4、加大涉企融资支持，全年新增普惠小微贷款5亿元。
牵头单位：县金融工作局
三、营造公平竞争环境
5、清理妨碍公平竞争的政策措施。（县司法局牵头，县直各单位配合；长期坚持）
四、保障措施
（一）加强组织领导。各单位要明确分管领导，细化工作举措。
"""


def _leaves(text):
    result = parse_policy_text(text, "plan.txt")
    policy = result.policies[0]
    return policy, [m for m in policy.iter_measures() if not m.children], result


def test_items_in_parts_without_sub_items_stay_tasks():
    policy, leaves, result = _leaves(POINTS)
    texts = [m.text[:6] for m in leaves]
    assert "开展工业用地" in texts and "加大涉企融资" in texts
    second = policy.areas[1]
    assert second.guiding_text == "" and [m.number for m in second.measures] == [3, 4]
    first = next(m for m in leaves if m.text.startswith("推行企业开办"))
    assert [(u.role, u.name) for u in first.units] == [("lead", "县市场监管局"), ("cooperating", "县税务局")]
    assert not any(w.code == "structure" and w.line == 4 for w in result.warnings)


def test_labelled_lines_after_the_last_sub_item_are_the_groups():
    _, leaves, _ = _leaves(POINTS)
    subs = [m for m in leaves if m.label in ("（1）", "（2）", "（3）")]
    assert len(subs) == 3
    for sub in subs:
        assert [(u.role, u.name) for u in sub.units] == [("lead", "县住建局"), ("cooperating", "县自然资源局")]
        assert str(sub.deadline) == "2025-09-30"


def test_an_item_ending_in_a_bracket_of_units_is_a_task_too():
    policy, _, _ = _leaves(POINTS)
    third = policy.areas[2]
    assert [m.text for m in third.measures] == ["清理妨碍公平竞争的政策措施。"]
    assert [(u.role, u.name) for u in third.measures[0].units] == [("lead", "县司法局"), ("cooperating", "县直各单位")]
    assert third.measures[0].deadline_text == "长期坚持"
    assert not policy.areas[3].measures and "加强组织领导" in policy.areas[3].guiding_text


def test_a_general_requirements_part_without_notes_stays_guiding_text():
    text = POINTS.replace("一、提升政务服务效能", "一、总体要求\n（一）指导思想。坚持问题导向。\n"
                                             "（二）工作目标。营商环境明显改善。\n二、提升政务服务效能")
    policy, _, _ = _leaves(text)
    assert policy.areas[0].title == "总体要求" and not policy.areas[0].measures
    assert "指导思想" in policy.areas[0].guiding_text


def test_lines_after_the_last_task_of_a_section_are_its_own_not_its_siblings():
    text = """某市2025年外贸工作措施
一、稳住外贸基本盘
1.支持企业参加境内外重点展会100场以上。
2.扩大出口信用保险覆盖面。
3.培育跨境电商产业园2个。
主办单位：市商务局
协办单位：市发展改革局
"""
    _, leaves, _ = _leaves(text)
    assert [m.units for m in leaves[:2]] == [[], []]
    assert [(u.role, u.name) for u in leaves[2].units] == [("lead", "市商务局"), ("cooperating", "市发展改革局")]
