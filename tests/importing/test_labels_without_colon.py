"""Labelled lines whose label stands apart from its value by spaces only, without the colon
(牵头单位  县文旅局, 完成时限  2025年11月底前), as a table drawn with spaces or a PDF copy
leaves them, are notes when what follows plainly is the label's value; a task sentence
that opens with the same words is not."""

from zjtracker.importing.annotations.note_lines import note_of_line
from zjtracker.importing.reader import parse_policy_text


def test_labels_apart_by_spaces_are_notes():
    text = """柳岸县2025年文旅融合发展重点任务
一、重点任务
1.创建国家4A级旅游景区1家。
牵头单位  县文化广电旅游体育局
配合单位  县自然资源局、县交通运输局
责任领导  林晓东
完成时限  2025年11月底前
2.举办乡村文化旅游节3场。
牵头单位　县文化广电旅游体育局
完成时限　2025年10月底前
"""
    first, second = parse_policy_text(text, "plan.txt").policies[0].iter_measures()
    assert first.text == "创建国家4A级旅游景区1家。"
    assert [(u.role, u.name, u.leader) for u in first.units] == [
        ("lead", "县文化广电旅游体育局", "林晓东"), ("cooperating", "县自然资源局", None),
        ("cooperating", "县交通运输局", None)]
    assert str(first.deadline) == "2025-11-30"
    assert [u.name for u in second.units] == ["县文化广电旅游体育局"] and str(second.deadline) == "2025-10-31"


def test_sentences_opening_with_label_words_are_no_notes():
    assert note_of_line("参与单位不少于50家。") is None
    assert note_of_line("责任单位要加强统筹协调。") is None
    assert note_of_line("牵头抓好项目谋划和储备。") is None
