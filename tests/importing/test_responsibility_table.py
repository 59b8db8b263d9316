from zjtracker.importing.model import ParsedArea, ParsedMeasure
from zjtracker.importing.tables.responsibility_table import (attach_responsibility,
                                                      read_responsibility_rows)

from ._seeds import seed_text

HEADER = "具体措施\t2022 年工作计划\t2023 年工作计划\t牵头单位\t配合单位"


def test_rows_of_seed_000():
    warnings = []
    rows = read_responsibility_rows(seed_text("000"), warnings)
    assert warnings == []
    assert [r.number for r in rows] == list(range(1, 31))
    by_number = {r.number: r for r in rows}
    row14 = by_number[14]
    assert row14.line == 169
    assert row14.text.startswith("加快布局数字化消费网络。")
    assert row14.plans == {2022: "年度累计5G基站9000个。", 2023: "年度累计5G基站12000个。",
                           2024: "年度累计5G基站15000个。", 2025: "年度累计5G基站18600个。"}
    assert row14.lead == ["市工业和信息化局"]
    assert row14.cooperating == ["中国移动湛江分公司", "中国电信湛江分公司", "中国联通湛江分公司",
                                 "中国铁塔湛江分公司"]
    # HTML cells
    assert by_number[5].plans[2022] == "1.发放2000万消费券。2.举办123年货节促消费活动。"
    assert by_number[5].lead == ["市商务局"]
    assert by_number[28].plans[2022].startswith("1.打击互联网平台虚假宣传行为。")
    assert "<" not in by_number[28].plans[2025]
    assert by_number[24].lead == ["人民银行湛江市中心支行"]  # "人民银行 湛江市中心支行"
    assert by_number[29].lead == ["市发展改革委", "市市场监管局"]  # space-separated
    assert by_number[4].lead == ["市商务局", "市工业和信息化局", "市财政局"]
    assert by_number[2].cooperating == ["各县（市、区）政府（管委会）", "市有关部门"]
    assert by_number[16].cooperating[0] == "各县（市、区）政府（管委会）"  # half-width brackets
    assert by_number[8].cooperating == ["各县（市、区）教育局"]
    assert by_number[17].cooperating[-1] == "湛江供电局"
    assert by_number[30].lead == ["市统计局"]


def _areas(*numbers):
    measures = [ParsedMeasure(label=f"{n}.", text=f"第{n}项措施的文字内容。", number=n, line=n)
                for n in numbers]
    group = ParsedMeasure(label="（一）", text="组", number=1, children=measures)
    return [ParsedArea(label="一、", title="甲", measures=[group])]


def test_attach_rows_to_measures_and_warn_both_ways():
    text = "\n".join([
        HEADER,
        "<p>1. 第1项措施的文字内容。</p>\t<p>年度累计 5G 基站 9000 个。</p>\t开展工作。\t"
        "<p>市工业和信息化局</p>\t市商务局、市财政局",
        "3. 第3项措施的文字内容。\t做事。\t做事。\t市统计局\t",
        HEADER,
        "9. 第9项措施。\t做事。\t做事。\t市统计局\t",
    ])
    warnings = []
    rows = read_responsibility_rows(text, warnings)
    areas = _areas(1, 2, 3)
    attached = attach_responsibility(areas, rows, warnings)
    assert attached == 2
    m1, m2, m3 = areas[0].measures[0].children
    assert [(p.year, p.text, p.target) for p in m1.plans] == [
        (2022, "年度累计5G基站9000个。", 9000), (2023, "开展工作。", None)]
    assert [(u.name, u.role) for u in m1.units] == [
        ("市工业和信息化局", "lead"), ("市商务局", "cooperating"), ("市财政局", "cooperating")]
    assert m2.plans == [] and m2.units == []
    assert [(u.name, u.role) for u in m3.units] == [("市统计局", "lead")]
    codes = {(w.code, w.line) for w in warnings}
    assert ("unknown_measure", 5) in codes
    assert ("measure_without_row", 2) in codes


def test_row_without_number_continues_previous_row():
    text = "\n".join([HEADER, "1. 第1项措施的文字内容。\t第一段。\t做事。\t市统计局\t",
                      "\t第二段。\t\t\t市商务局"])
    warnings = []
    rows = read_responsibility_rows(text, warnings)
    assert len(rows) == 1
    assert rows[0].plans[2022] == "第一段。第二段。"
    assert rows[0].cooperating == ["市商务局"]
    assert any(w.code == "table_continuation" and w.line == 3 for w in warnings)


def test_mismatched_text_is_flagged():
    text = "\n".join([HEADER, "1. 完全不同的一段关于别的事情的话。\t做事。\t做事。\t市统计局\t"])
    warnings = []
    attach_responsibility(_areas(1), read_responsibility_rows(text, warnings), warnings)
    assert any(w.code == "text_mismatch" for w in warnings)
