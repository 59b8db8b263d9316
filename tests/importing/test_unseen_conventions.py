"""Conventions of other cities' plans the reader must follow whatever the words: a task table
after an outline judged by what it lists, remarks inside a unit bracket, names before a
role sentence, a lead marked （牵头） in a list, 【label】 notes and place names as units."""

from zjtracker.importing.annotations.units import marked_leads, split_unit_list
from zjtracker.importing.reader import parse_policy_text

OUTLINE = """某市城市更新行动实施方案
为推进城市更新，制定本方案。
一、主要任务
（一）完善城市功能
1.加快背街小巷整治，改善居民出行条件。（牵头单位：市城管局；配合单位：各区政府；完成时限：2025年6月底前）
2.推进社区嵌入式服务设施建设。（牵头单位：市民政局；配合单位：市发展改革委；完成时限：2025年11月底前）
（二）提升城市品质
3.实施城市绿道贯通工程。（牵头单位：市林业局；配合单位：市自然资源局；完成时限：持续推进）
二、2025年重点任务清单
{table}
三、保障措施
加强组织领导。
"""
HEADER = "序号\t工作任务\t牵头单位\t配合单位\t完成时限"


def _leaves(result):
    return [m for p in result.policies for m in p.iter_measures() if not m.children]


def _units(measure):
    return [(u.role, u.name) for u in measure.units]


def _read(text):
    return parse_policy_text(text, "plan.txt")


def test_a_task_table_of_its_own_after_an_outline_is_read_as_measures_not_given_to_them():
    rows = ["1\t建成城市智慧停车平台，接入公共泊位不少于2万个\t市城管局\t市公安局、市交通运输局\t2025年9月底前",
            "2\t新增普惠托育托位800个\t市卫生健康委\t市教育局\t2025年12月底前",
            "3\t改造老旧燃气管网120公里\t市住房城乡建设局\t市应急管理局\t2025年第三季度"]
    result = _read(OUTLINE.format(table="\n".join([HEADER] + rows)))
    leaves = {m.text[:6]: m for m in _leaves(result)}
    assert _units(leaves["加快背街小巷"]) == [("lead", "市城管局"), ("cooperating", "各区政府")]
    assert leaves["加快背街小巷"].deadline_text == "2025年6月底前"
    assert _units(leaves["实施城市绿道"]) == [("lead", "市林业局"), ("cooperating", "市自然资源局")]
    parking = leaves["建成城市智慧"]
    assert _units(parking) == [("lead", "市城管局"), ("cooperating", "市公安局"), ("cooperating", "市交通运输局")]
    assert str(leaves["改造老旧燃气"].deadline) == "2025-09-30"
    assert len(leaves) == 6
    assert any(w.code == "table_own_tasks" for w in result.warnings)
    assert not any(w.code == "text_mismatch" for w in result.warnings)


def test_a_table_restating_the_outline_gives_its_measures_their_units():
    text = OUTLINE.replace("（牵头单位：市城管局；配合单位：各区政府；完成时限：2025年6月底前）", "") \
        .replace("（牵头单位：市民政局；配合单位：市发展改革委；完成时限：2025年11月底前）", "")
    rows = ["1\t加快背街小巷整治\t市城管局\t市公安局\t2025年9月底前",
            "2\t推进社区嵌入式服务设施建设\t市民政局\t市财政局\t2025年12月底前"]
    result = _read(text.format(table="\n".join([HEADER] + rows)))
    leaves = {m.text[:6]: m for m in _leaves(result)}
    assert len(leaves) == 3
    assert _units(leaves["加快背街小巷"]) == [("lead", "市城管局"), ("cooperating", "市公安局")]
    assert leaves["推进社区嵌入"].deadline_text == "2025年12月底前"


def _one(note: str):
    result = _read(f"某市2025年工作要点\n一、重点任务\n1.推进一项工作。{note}\n2.推进另一项工作。（市财政局负责）\n")
    return _leaves(result)[0]


def test_a_remark_after_the_units_in_their_bracket_is_no_unit():
    measure = _one("〔责任单位：省发展改革委、商务厅按职责分工负责。具体任务均涉及相关市（州）人民政府，不再做分工，下同。〕")
    assert _units(measure) == [("responsible", "省发展改革委"), ("responsible", "省商务厅")]


def test_names_before_a_role_sentence_take_its_role():
    measure = _one("（市行政审批服务局牵头，市司法局，各县市区政府按职责分工负责）")
    assert _units(measure) == [("lead", "市行政审批服务局"), ("responsible", "市司法局"),
                               ("responsible", "各县市区政府")]


def test_a_unit_marked_as_lead_in_a_list_is_the_lead():
    measure = _one("（责任单位：市发展改革委、市工信局（牵头）、各县（市、区）政府）")
    assert _units(measure) == [("responsible", "市发展改革委"), ("lead", "市工信局"),
                               ("responsible", "各县（市、区）政府")]
    in_sentence = _one("（市发展改革委（牵头）、市财政局按职责分工负责）")
    assert _units(in_sentence) == [("lead", "市发展改革委"), ("responsible", "市财政局")]
    assert marked_leads("市财政局，市教育局(牵头)") == ["市教育局"]
    assert marked_leads("各县（市、区）政府") == []


def test_black_bracket_labels_and_labels_apart_by_spaces_are_notes():
    measure = _one("【牵头单位】市住房城乡建设局【配合单位】市财政局、各区政府【完成时限】2025年11月底前")
    assert _units(measure) == [("lead", "市住房城乡建设局"), ("cooperating", "市财政局"), ("cooperating", "各区政府")]
    assert str(measure.deadline) == "2025-11-30"
    assert measure.text == "推进一项工作。"
    spaced = _one("（牵头单位：市水务局　配合单位：市财政局 完成时限：2025年6月底前）")
    assert _units(spaced) == [("lead", "市水务局"), ("cooperating", "市财政局")]
    assert spaced.deadline_text == "2025年6月底前"


def test_places_that_answer_for_a_task_are_units_of_their_own():
    assert split_unit_list("经济开发区，各街道、区直各部门") == ["经济开发区", "各街道", "区直各部门"]
    assert split_unit_list("临港经济开发区、各镇（街道）") == ["临港经济开发区", "各镇（街道）"]
    assert split_unit_list("各区、县级市人民政府") == ["各区、县级市人民政府"]  # one collective


def test_headers_are_read_by_their_words():
    from zjtracker.importing.tables import headers as H

    assert H.classify_header("牵头县领导") == (H.LEADER, None)  # not a lead unit
    assert H.classify_header("协办部门") == (H.COOPERATING_UNIT, None)
    assert H.classify_header("时间要求") == (H.DEADLINE, None)
    assert H.classify_header("工作进度") != (H.DEADLINE, None)
    assert H.classify_header("负责") is None  # a role word alone says too little


def test_a_tables_deadlines_without_a_year_take_the_plans_year():
    text = "\n".join(["某县2025年重点工作推进计划",
                      "序号\t工作措施\t牵头部门\t协办部门\t时间要求",
                      "1\t推进县城污水处理厂扩建\t县住建局\t县财政局\t三季度末",
                      "2\t培育农业产业化龙头企业5家\t县农业农村局\t县市场监管局\t年底前",
                      "3\t开展强村行动\t县委组织部\t县农业农村局\t每季度"])
    deadlines = [(m.deadline_text, str(m.deadline)) for m in _leaves(_read(text))]
    assert deadlines == [("三季度末", "2025-09-30"), ("年底前", "2025-12-31"), ("每季度", "None")]


def test_a_unit_cell_written_as_a_note_gives_each_unit_its_role():
    from zjtracker.importing.annotations.cell_notes import cell_note

    assert [(u.role, u.name) for u in cell_note("牵头：市自然资源局 配合：市税务局")] == [
        ("lead", "市自然资源局"), ("cooperating", "市税务局")]
    assert [(u.role, u.name) for u in cell_note("市营商环境局牵头，市大数据局配合")] == [
        ("lead", "市营商环境局"), ("cooperating", "市大数据局")]
    assert cell_note("市财政局、市教育局") is None  # a plain list keeps its column's role
    text = "\n".join(["某市2025年重点任务清单", "序号\t任务事项\t配合单位\t完成时限",
                      "1\t推行企业开办一网通办\t各县（市、区）政府按职责分工负责\t2025.6"])
    (measure,) = _leaves(_read(text))
    assert _units(measure) == [("cooperating", "各县（市、区）政府")]
    assert str(measure.deadline) == "2025-06-30"


def test_dates_written_with_dots_or_slashes():
    from zjtracker.importing.annotations.deadlines import deadline_date

    assert str(deadline_date("2025.6")) == "2025-06-30"
    assert str(deadline_date("2025.12.31前")) == "2025-12-31"
    assert str(deadline_date("2025/9")) == "2025-09-30"
    assert deadline_date("每季度") is None


def test_a_pdf_table_row_cut_by_the_page_break_is_one_task():
    from pathlib import Path

    from zjtracker.importing.reader import read_policy_file

    pdf = Path(__file__).resolve().parents[1] / "reader_corpus" / "docs" / "dezhou_outline_tasktable_pdf.pdf"
    result = read_policy_file(pdf)
    texts = [m.text for m in _leaves(result)]
    assert "建设智慧停车管理平台，接入公共泊位不少于2万个" in texts
    assert len(texts) == 11
    table_area = next(a for a in result.policies[0].areas if a.title == "2025年城市更新重点项目")
    assert len(table_area.measures) == 5  # the table read where it stands
    assert not any(w.code == "measure_without_row" for w in result.warnings)


def test_a_table_restating_the_outlines_groups_gives_their_measures_units():
    text = "\n".join(["某市2025年消费提振行动方案", "一、重点任务", "（一）促进汽车消费", "1.开展汽车以旧换新补贴活动。",
                      "2.完善二手车交易登记服务。（市公安局牵头）", "（二）扩大餐饮消费", "3.举办美食消费季活动。",
                      "附件", "重点任务分工表", HEADER,
                      "1\t促进汽车消费\t市商务局\t市财政局\t2025年12月底前",
                      "2\t扩大餐饮消费\t市商务局\t市文化广电旅游局\t2025年10月底前"])
    result = _read(text)
    leaves = _leaves(result)
    assert [m.text for m in leaves] == ["开展汽车以旧换新补贴活动。", "完善二手车交易登记服务。", "举办美食消费季活动。"]
    assert _units(leaves[0]) == [("lead", "市商务局"), ("cooperating", "市财政局")]
    assert _units(leaves[1]) == [("lead", "市公安局")]  # its own note wins
    assert str(leaves[2].deadline) == "2025-10-31"
    groups = [m.text for m in result.policies[0].iter_measures() if m.children]
    assert groups == ["促进汽车消费", "扩大餐饮消费"]
    assert any(w.code == "table_groups" for w in result.warnings)


def test_a_title_row_above_the_header_is_no_header_row(tmp_path):
    import openpyxl

    from zjtracker.importing.reader import read_policy_file

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["某县2025年重点工作推进计划表"])  # 计划 and a year: once taken for a plan column
    sheet.append(["序号", "工作措施", "牵头部门", "协办部门", "时间要求"])
    sheet.append([1, "推进县城污水处理厂扩建", "县住建局", "县财政局", "三季度末"])
    path = tmp_path / "计划.xlsx"
    book.save(path)
    result = read_policy_file(path)
    (measure,) = _leaves(result)
    assert result.policies[0].title == "某县2025年重点工作推进计划表"
    assert _units(measure) == [("lead", "县住建局"), ("cooperating", "县财政局")]
    assert str(measure.deadline) == "2025-09-30"


def test_a_unit_cell_broken_after_a_place_name_holds_two_units():
    from zjtracker.importing.tables.task_table import cell_units

    assert cell_units("各街道办事处\n区财政局") == "各街道办事处、区财政局"
    assert cell_units("经济开发区\n区财政局") == "经济开发区、区财政局"
    assert cell_units("各县（市、区\n）政府") == "各县（市、区）政府"  # a name cut by the line's end
