from zjtracker.importing.structure.outline import parse_outline, split_heading
from zjtracker.importing.cleaning.text_lines import logical_paragraphs


def outline(text):
    warnings = []
    return parse_outline(logical_paragraphs(text), warnings), warnings


def test_split_heading():
    assert split_heading("推动电商消费线上线下加速融合。") == ("推动电商消费线上线下加速融合", "")
    assert split_heading("加强组织领导。始终把党的领导贯穿。") == ("加强组织领导", "始终把党的领导贯穿。")
    assert split_heading("优化准入环境") == ("优化准入环境", "")


def test_areas_groups_measures_and_guiding_text():
    areas, warnings = outline(
        "一、总体要求\n（一）指导思想。以习近平新时代中国特色社会主义思想为指导。\n"
        "（二）主要目标。到2025年，体系建立健全。\n"
        "二、促进融合\n（三）推动电商消费线上线下加速融合。\n"
        "1. 积极组织直播带货活动。\n2. 加快出台认定办法。\n"
        "(四) 深入发展文化旅游。\n3. 加快公共数字文化发展。\n")
    assert [a.label for a in areas] == ["一、", "二、"]
    assert areas[0].title == "总体要求" and areas[0].measures == []
    assert "（一）指导思想。以习近平" in areas[0].guiding_text
    assert "（二）主要目标。到2025年" in areas[0].guiding_text
    groups = areas[1].measures
    assert [(g.label, g.number, g.text) for g in groups] == [
        ("（三）", 3, "推动电商消费线上线下加速融合"), ("（四）", 4, "深入发展文化旅游")]
    assert [(m.label, m.number) for m in groups[0].children] == [("1.", 1), ("2.", 2)]
    assert groups[1].children[0].text == "加快公共数字文化发展。"
    assert groups[1].children[0].line == 9
    assert warnings == []


def test_measure_keeps_its_whole_run_on_paragraph():
    areas, _ = outline("一、甲\n（一）乙。\n1. 加快布局数字化消费网络。大力推进5G网络建设。\n")
    measure = areas[0].measures[0].children[0]
    assert measure.text == "加快布局数字化消费网络。大力推进5G网络建设。"


def test_document_starting_at_numbered_measures_has_one_area():
    areas, _ = outline("1、做第一件事。\n2、做第二件事。\n3、做第三件事。\n")
    assert len(areas) == 1 and areas[0].label == ""
    assert [m.label for m in areas[0].measures] == ["1、", "2、", "3、"]


def test_document_starting_at_bracketed_level():
    areas, _ = outline("（一）甲领域\n（1）做第一件事。\n（2）做第二件事。\n（二）乙领域\n（1）做第三件事。\n")
    assert [a.label for a in areas] == ["（一）", "（二）"]
    assert [m.label for m in areas[0].measures] == ["（1）", "（2）"]
    assert areas[1].measures[0].number == 1


def test_out_of_sequence_number_is_not_a_measure():
    areas, warnings = outline("一、甲\n1. 做第一件事。\n5. 突然的编号\n2. 做第二件事。\n")
    assert [m.number for m in areas[0].measures] == [1, 2]
    assert "5.突然的编号" in areas[0].measures[0].text
    assert any(w.line == 3 and "编号不连续" in w.message for w in warnings)


def test_year_at_line_start_is_not_a_measure():
    areas, _ = outline("一、甲\n1. 做第一件事。\n2025 年，全市建成基站。\n2. 做第二件事。\n")
    assert [m.number for m in areas[0].measures] == [1, 2]


def test_list_restarting_inside_a_measure_is_not_a_measure():
    areas, warnings = outline("一、甲\n（一）乙\n1. 做第一件事。\n2. 主要做法如下：\n"
                              "1. 第一条做法说明。\n2. 第二条做法说明。\n3. 下一项措施。\n")
    children = areas[0].measures[0].children
    assert [m.number for m in children] == [1, 2, 3]
    assert "第一条做法说明" in children[1].text
    assert warnings  # the clerk is told


def test_lead_sentence_tasks_under_bare_headings():
    areas, _ = outline(
        "第一章 背景\n一、成绩\n市场准入环境持续优化。推进改革，成效明显。\n"
        "第二章 重点任务\n一、服务大市场\n（一）优化准入环境\n"
        "推行市场快入准营改革。在食品领域探索先证后查模式。\n规范登记服务。全面推进登记注册行为规范。\n"
        "（二）维护竞争秩序\n完善公平竞争审查制度。构建审查机制。\n加强商业秘密保护。聚焦重点领域。\n"
        "第三章 保障措施\n（一）加强组织领导。始终把党的领导贯穿全过程。\n")
    assert [a.label for a in areas] == ["第一章", "第二章", "第三章"]
    assert areas[0].measures == [] and "市场准入环境持续优化" in areas[0].guiding_text
    assert areas[2].measures == [] and "加强组织领导" in areas[2].guiding_text
    section = areas[1].measures[0]
    assert (section.label, section.text) == ("一、", "服务大市场")
    assert [g.text for g in section.children] == ["优化准入环境", "维护竞争秩序"]
    tasks = [t for g in section.children for t in g.children]
    assert [t.number for t in tasks] == [1, 2, 3, 4]
    assert tasks[0].label == "" and tasks[0].text.startswith("推行市场快入准营改革。")
    assert tasks[3].text == "加强商业秘密保护。聚焦重点领域。"


def test_closing_text_after_last_measure_is_left_out():
    areas, warnings = outline("一、甲\n1. 做第一件事。\n2. 做第二件事。\n各县（市、区）、各部门要强化组织保障，务实推进。\n")
    assert areas[0].measures[1].text == "做第二件事。"
    assert warnings == []


def test_unnumbered_paragraph_between_measures_is_joined_with_warning():
    areas, warnings = outline("一、甲\n1. 做第一件事。\n补充说明一段话。\n2. 做第二件事。\n")
    assert areas[0].measures[0].text == "做第一件事。\n补充说明一段话。"
    assert any("未编号的段落" in w.message for w in warnings)


def test_group_without_measures_among_groups_with_measures_warns():
    areas, warnings = outline("一、甲\n（一）乙。\n1. 做第一件事。\n（二）丙。单独一段要求。\n"
                              "（三）丁。\n2. 做第二件事。\n")
    labels = [m.label for m in areas[0].measures]
    assert labels == ["（一）", "（二）", "（三）"]
    assert areas[0].measures[1].children == []
    assert any(w.line == 4 for w in warnings)
