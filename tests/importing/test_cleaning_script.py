"""A document in traditional characters: read as simplified, shown as written."""

from __future__ import annotations

from zjtracker.importing.cleaning.script import ScriptMap, is_traditional, simplify_line
from zjtracker.importing.reader import parse_policy_text

DOCUMENT = """臺南市推動數位轉型實施方案
一、強化數位基礎建設
（一）完善網路設施
　　1.推進光纖網路建設。新建寬頻基地臺200座。（牽頭單位：市經濟發展局；配合單位：市財政局、市發展改革委；完成時限：2025年6月底前）
　　2.發展數位經濟。培育數位產業園區3個。（市科學技術局牽頭，市商務局配合；2025年第三季度完成）
（二）提升服務效能
　　3.優化線上審批。實現高頻事項全程網辦。（責任單位：市政務服務數據管理局；完成時限：長期堅持）
"""


def test_traditional_text_is_recognised_and_simplified_character_for_character():
    assert is_traditional(DOCUMENT)
    assert not is_traditional("湛江市推动数字化转型实施方案，于2025年底前完成。")
    assert not is_traditional("市档案馆藏乾隆年间舆图一幅。")  # a few old characters are not a copy
    line = "（牽頭單位：市經濟發展局；完成時限：2025年6月底前）"
    simplified = simplify_line(line)
    assert simplified == "（牵头单位：市经济发展局；完成时限：2025年6月底前）"
    assert len(simplified) == len(line)


def test_the_map_gives_back_the_spelling_of_the_source():
    original = ["後來的發展", "皇后與王后"]
    script_map = ScriptMap(original, [simplify_line(line) for line in original])
    assert script_map.original("后来的发展") == "後來的發展"  # found in the text: exact
    assert script_map.original("王后") == "王后"  # short: by the commonest spelling
    assert script_map.original("发展") == "發展"


def test_a_copy_in_traditional_characters_gets_its_title_units_and_deadlines():
    result = parse_policy_text(DOCUMENT, "tainan.txt")
    [policy] = result.policies
    assert policy.title == "臺南市推動數位轉型實施方案"
    assert policy.text == DOCUMENT
    measures = [m for m in policy.iter_measures() if not m.children]
    assert [m.number for m in measures] == [1, 2, 3]
    assert measures[0].text.startswith("推進光纖網路建設。")
    assert [(u.role, u.name) for u in measures[0].units] == [
        ("lead", "市經濟發展局"), ("cooperating", "市財政局"), ("cooperating", "市發展改革委")]
    assert measures[0].deadline.isoformat() == "2025-06-30"
    assert measures[0].deadline_text.startswith("2025年6月底前")
    assert [(u.role, u.name) for u in measures[1].units] == [("lead", "市科學技術局"),
                                                              ("cooperating", "市商務局")]
    assert measures[1].deadline.isoformat() == "2025-09-30"
    assert measures[2].deadline is None and measures[2].deadline_text == "長期堅持"
    assert policy.areas[0].title == "強化數位基礎建設"
    assert result.original_text == DOCUMENT
    assert result.script_map.original("市经济发展局") == "市經濟發展局"


def test_a_simplified_document_has_no_map():
    result = parse_policy_text("某县工作方案\n一、重点任务\n1.做好甲事。（县财政局牵头）\n", "a.txt")
    assert result.script_map is None


def test_a_unit_written_in_traditional_characters_matches_the_registry_spelling():
    from zjtracker.importing.annotations.units import canonical_name, match_key

    assert match_key("市財政局") == match_key("市财政局")
    assert canonical_name("市發改委") == "市发展和改革局"


def test_a_word_task_table_in_traditional_characters(tmp_path):
    import docx

    from zjtracker.importing.reader import read_policy_file

    document = docx.Document()
    document.add_paragraph("新竹市優化營商環境重點任務分工方案")
    rows = [["序號", "重點任務", "牽頭單位", "配合單位", "完成時限"],
            ["1", "推進審批服務便利化，實現企業開辦一日辦結。", "市市場監督管理局", "市稅務局、市公安局", "2025年6月底前"],
            ["2", "完善融資擔保體系，擴大擔保業務規模。", "市財政局", "市金融辦", "2025年12月31日前"]]
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    path = tmp_path / "hsinchu.docx"
    document.save(str(path))
    [policy] = read_policy_file(path).policies
    measures = [m for m in policy.iter_measures() if not m.children]
    assert [m.text[:6] for m in measures] == ["推進審批服務", "完善融資擔保"]
    assert [(u.role, u.name) for u in measures[0].units] == [
        ("lead", "市市場監督管理局"), ("cooperating", "市稅務局"), ("cooperating", "市公安局")]
    assert [m.deadline.isoformat() for m in measures] == ["2025-06-30", "2025-12-31"]
