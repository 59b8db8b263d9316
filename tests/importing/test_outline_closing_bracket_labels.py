"""Items numbered with the closing bracket alone (1） 2）, 一） 二）), as many town and county
documents type them, are labels of the outline like （1） and （一）, kept as written."""

from zjtracker.importing.cleaning.text_lines import match_label
from zjtracker.importing.reader import parse_policy_text


def test_closing_bracket_labels():
    assert (match_label("1）开展清洁行动").kind, match_label("1）开展清洁行动").text) == ("num_paren", "1）")
    assert match_label("12)整治水体").number == 12
    assert (match_label("二）工作任务").kind, match_label("二）工作任务").text) == ("cn_paren", "二）")
    assert match_label("2025）") is None and match_label("3）") is None


def test_a_town_plan_numbered_with_closing_brackets():
    text = """松阳镇2025年人居环境整治工作方案
一、工作目标
全镇生活垃圾收运处置体系覆盖率保持100%。
二、工作任务
1）开展村庄清洁行动，每月集中清理一次。责任单位：镇农业办、各村委会；完成时限：长期坚持。
2）完成无害化户厕改造300户。责任单位：镇社会事务办；完成时限：2025年10月底前。
三、保障措施
加强督导检查。
"""
    policy = parse_policy_text(text, "plan.txt").policies[0]
    tasks = policy.areas[1].measures
    assert [(m.label, m.text) for m in tasks] == [("1）", "开展村庄清洁行动，每月集中清理一次。"),
                                                  ("2）", "完成无害化户厕改造300户。")]
    assert [u.name for u in tasks[0].units] == ["镇农业办", "各村委会"]
    assert str(tasks[1].deadline) == "2025-10-31"
    assert not policy.areas[2].measures
