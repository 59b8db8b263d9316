"""A plan whose title ends in no genre word the reader knows (…重点工作安排) takes its first
heading line before the outline as its title, not the file name; the 文号, a masthead and
the date are never it."""

from zjtracker.importing.reader import parse_policy_text


def test_the_first_heading_before_the_outline_is_the_title():
    text = """某县人民政府办公室文件
某府办〔2025〕3号
某县2025年重点工作安排
2025年2月10日
一、重点任务
1.推进县城污水管网改造。（县住建局负责）
"""
    result = parse_policy_text(text, "plan.txt")
    assert result.policies[0].title == "某县2025年重点工作安排"
    assert not any(w.code == "no_title" for w in result.warnings)


def test_a_document_of_only_sentences_still_asks_for_its_title():
    result = parse_policy_text("各单位：\n请于3月底前报送材料。\n一、重点任务\n1.推进改造。（县住建局负责）\n", "x.txt")
    assert result.policies[0].title == "x.txt"
    assert any(w.code == "no_title" for w in result.warnings)
