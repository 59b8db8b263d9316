"""The 主要指标表 of a 十四五-style plan is read wherever it stands and however it is drawn."""

from __future__ import annotations

from pathlib import Path

from zjtracker.importing.reader import parse_policy_text, read_policy_file
from zjtracker.importing.tables.indicator_table import read_indicator_tables

HEADER = ["类别", "指标名称", "单位", "2020年", "2025年", "属性"]
ROWS = [["产业发展", "规模以上工业增加值年均增长", "%", "6.1", "7", "预期性"],
        ["", "数字经济核心产业增加值占比", "%", "8.5", "12", "预期性"],
        ["绿色低碳", "单位地区生产总值能耗降低", "%", "—", "[13.5]", "约束性"]]
EXPECTED = [("规模以上工业增加值年均增长", "产业发展", "%", 2020, 6.1, 2025, 7.0, "预期性"),
            ("数字经济核心产业增加值占比", "产业发展", "%", 2020, 8.5, 2025, 12.0, "预期性"),
            ("单位地区生产总值能耗降低", "绿色低碳", "%", 2020, None, 2025, 13.5, "约束性")]


def _seen(indicators):
    return [(i.name, i.category, i.unit, i.baseline_year, i.baseline_value, i.target_year,
             i.target_value, i.nature) for i in indicators]


def test_tab_separated_rows_without_a_number_column():
    text = "\n".join(["专栏1　主要指标"] + ["\t".join(r) for r in [HEADER] + ROWS] + ["正文。"])
    indicators = read_indicator_tables(text, [])
    assert _seen(indicators) == EXPECTED
    assert indicators[2].direction == "down"
    assert indicators[2].baseline_text == "—"


def test_named_columns_with_years_in_a_second_header_row():
    rows = [["序号", "指标", "单位", "基期值", "目标值", "指标属性"],
            ["", "", "", "2020年", "2025年", ""],
            ["1", "城镇新增就业人数", "万人", "3.2", "3.5", "预期性"]]
    indicators = read_indicator_tables("\n".join("\t".join(r) for r in rows), [])
    assert _seen(indicators) == [("城镇新增就业人数", "", "万人", 2020, 3.2, 2025, 3.5, "预期性")]


def test_a_box_drawing_table_with_wrapped_cells():
    text = """专栏2　主要指标
┌────┬──────────┬──┬────┬────┬────┐
│类别│指标名称  │单位│2020年  │2025年  │属性    │
├────┼──────────┼──┼────┼────┼────┤
│产业│规模以上工│%   │6.1     │7       │预期性  │
│发展│业增加值年│    │        │        │        │
│    │均增长    │    │        │        │        │
├────┼──────────┼──┼────┼────┼────┤
│    │数字经济核│%   │8.5     │12      │预期性  │
│    │心产业增加│    │        │        │        │
│    │值占比    │    │        │        │        │
└────┴──────────┴──┴────┴────┴────┘
"""
    assert _seen(read_indicator_tables(text, [])) == [EXPECTED[0][:1] + ("产业发展",) + EXPECTED[0][2:],
                                                     EXPECTED[1][:1] + ("产业发展",) + EXPECTED[1][2:]]


def test_a_word_table_in_a_plan_with_chapters(tmp_path: Path):
    import docx

    document = docx.Document()
    document.add_paragraph("秦州区“十四五”工业发展规划")
    document.add_paragraph("第一章　发展目标")
    document.add_paragraph("专栏1　主要指标")
    table = document.add_table(rows=len(ROWS) + 1, cols=len(HEADER))
    for r, row in enumerate([HEADER] + ROWS):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("第二章　重点任务")
    document.add_paragraph("1.培育龙头企业。支持骨干企业扩能增效。（责任单位：区工信局）")
    path = tmp_path / "qinzhou.docx"
    document.save(str(path))
    [policy] = read_policy_file(path).policies
    assert policy.title == "秦州区“十四五”工业发展规划"
    assert _seen(policy.indicators) == EXPECTED


def test_a_table_that_is_not_of_indicators_gives_none():
    rows = [["序号", "工作任务", "牵头单位", "完成时限"], ["1", "建设平台", "市工信局", "2025年底前"]]
    assert read_indicator_tables("\n".join("\t".join(r) for r in rows), []) == []


def test_a_plan_in_traditional_characters_keeps_its_indicator_names_as_written():
    text = "\n".join(["某市“十四五”規劃", "專欄1　主要指標", "類別\t指標名稱\t單位\t2020年\t2025年\t屬性",
                      "經濟\t地區生產總值年均增長\t%\t5.2\t6\t預期性",
                      "第一章　發展環境", "　　1.推進項目建設。加快重大項目開工。（責任單位：市發展改革委）"])
    [policy] = parse_policy_text(text, "t.txt").policies
    [indicator] = policy.indicators
    assert (indicator.name, indicator.target_value) == ("地區生產總值年均增長", 6.0)
    assert indicator.nature == "预期性"  # a code the program compares, in simplified characters
