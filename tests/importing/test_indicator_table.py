from zjtracker.importing.tables.indicator_table import read_indicator_tables

from ._seeds import seed_text


def test_seed_003_indicators():
    warnings = []
    indicators = read_indicator_tables(seed_text("003"), warnings)
    assert warnings == []
    assert len(indicators) == 18
    first = indicators[0]
    assert (first.category, first.name, first.unit, first.baseline_year, first.baseline_value,
            first.target_year, first.target_value, first.nature, first.line) == (
        "经营主体", "企业活跃度", "%", 2025, 70, 2030, 80, "预期性", 81)
    by_name = {i.name: i for i in indicators}
    second = by_name["发展型个体工商户占比"]
    assert second.category == "经营主体"  # spanning category cell
    assert (second.baseline_value, second.target_value) == (1.1, 1.5)
    assert by_name["社会公用计量标准"].category == "质量发展"
    assert by_name["主导或参与国际标准和国外先进标准、国家标准、“湾区标准”制修订"].target_value == 263
    assert by_name["有效期内认证证书"].unit == "张"
    assert (by_name["有效期内认证证书"].baseline_value, by_name["有效期内认证证书"].target_value) == (
        8782, 11380)
    assert by_name["每万人高价值发明专利拥有量"].category == "知识产权"
    assert by_name["地理标志产品产值"].unit == "亿元"
    credit = by_name["企业信用风险分类结果在“双随机”抽查中应用率"]
    assert credit.category == "市场秩序"
    assert credit.baseline_value is None and credit.baseline_text == "-"
    assert credit.target_value == 100
    food = by_name["千人食品检验量"]
    assert (food.category, food.unit, food.nature) == ("安全监管", "批次/千人", "约束性")
    assert (food.baseline_value, food.target_value, food.target_text) == (6.5, 6.7, "≥6.7")
    drugs = by_name["药品抽检合格率"]
    assert (drugs.baseline_text, drugs.target_text, drugs.nature) == ("≥99", "≥99", "约束性")
    assert by_name["放心消费承诺和线下无理由退货承诺单位"].unit == "万家"
    last = indicators[-1]
    assert (last.name, last.baseline_value, last.target_value) == ("特种设备重大隐患按期整改率", 73.3, 90)
    assert sum(1 for i in indicators if i.nature == "约束性") == 2


def test_one_row_per_line_with_years_in_header():
    text = "\n".join([
        "序号\t类别\t指标名称\t单位\t基期值（2020年）\t目标值（2025年）\t属性",
        "1\t经济\t地区生产总值增速\t%\t2.5\t6\t预期性",
        "2\t\t单位GDP能耗下降\t%\t—\t≥3\t约束性",
        "这一行不是表格",
    ])
    indicators = read_indicator_tables(text, [])
    assert [(i.category, i.name, i.baseline_year, i.target_year) for i in indicators] == [
        ("经济", "地区生产总值增速", 2020, 2025), ("经济", "单位GDP能耗下降", 2020, 2025)]
    assert indicators[1].direction == "down" and indicators[1].target_text == "≥3"
    assert indicators[1].baseline_value is None


def test_row_with_wrong_width_warns():
    text = "序号\t指标\t单位\t基期值\t目标值\n1\t甲\t%\n"
    warnings = []
    assert read_indicator_tables(text, warnings) == []
    assert warnings and warnings[0].line == 2
