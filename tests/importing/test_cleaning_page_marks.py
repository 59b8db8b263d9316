"""Page numbers, running headers and a sentence cut by a page break."""

from __future__ import annotations

from zjtracker.importing.cleaning.page_marks import is_page_number, remove_page_marks
from zjtracker.importing.reader import parse_policy_text

DOCUMENT = """平江县农村人居环境整治工作方案
一、整治重点
　　1.推进厕所革命。完成农村户厕改造500户。（县农业农村局牵头，县卫健局配合；2025年6月底前完成）
　　2.治理生活污水。建设村级污水处理设施20处，推动污水

— 2 —

平江县人民政府办公室
资源化利用。（牵头单位：县生态环境局；完成时限：2025年底前）
　　3.清理村庄垃圾。建立户分类、村收集、镇转运体系。（牵头单位：县城管局）

- 3 -

平江县人民政府办公室
二、长效管护
　　4.落实管护责任。明确设施管护主体和经费来源。（牵头单位：县财政局；完成时限：每季度）
第4页 共5页
"""


def test_page_number_forms():
    for line in ("- 3 -", "— 12 —", "－3－", "第3页", "第 3 页 共 12 页", "共5页 第2页", "Page 4", "·7·"):
        assert is_page_number(line), line
    for line in ("3", "2024", "1-3", "第三页的内容", "- 3 - 项目"):
        assert not is_page_number(line), line


def test_numbers_and_headers_are_blanked_and_the_cut_sentence_mended():
    lines = DOCUMENT.split("\n")
    cleaned = remove_page_marks(lines)
    assert len(cleaned) == len(lines)  # line numbers keep pointing at the source
    assert not any("平江县人民政府办公室" == line for line in cleaned)
    assert not any(is_page_number(line) for line in cleaned)
    assert cleaned[3].endswith("推动污水资源化利用。（牵头单位：县生态环境局；完成时限：2025年底前）")
    assert cleaned[8] == ""  # the rest of the sentence moved up
    assert cleaned[0] == "平江县农村人居环境整治工作方案"


def test_a_header_next_to_one_page_number_only_stays():
    lines = ["工作方案", "1.做好甲事。", "- 1 -", "附件说明", "2.做好乙事。"]
    assert remove_page_marks(lines) == ["工作方案", "1.做好甲事。", "", "附件说明", "2.做好乙事。"]


def test_a_header_glued_into_a_line_beside_a_page_number():
    lines = ["— 1 —", "某县人民政府办公室", "1.做好甲事，", "— 2 —", "某县人民政府办公室",
             "2.推进乙项— 3 —某县人民政府办公室工作。"]
    assert remove_page_marks(lines)[5] == "2.推进乙项工作。"


def test_the_reader_keeps_every_measure_whole():
    [policy] = parse_policy_text(DOCUMENT, "pingjiang.txt").policies
    measures = [m for m in policy.iter_measures() if not m.children]
    assert [m.number for m in measures] == [1, 2, 3, 4]
    assert "推动污水资源化利用" in measures[1].text
    assert [u.name for u in measures[1].units] == ["县生态环境局"]
    assert measures[1].deadline.isoformat() == "2025-12-31"
    assert all("办公室" not in m.text for m in measures)
    assert measures[3].line == 16


def test_the_whole_cleaning_is_linear_in_the_length_of_the_text():
    import time

    from zjtracker.importing.cleaning.document_text import clean_document_text

    page = ["某县人民政府办公室", "", "— {n} —", "", "某县人民政府办公室",
            "{n}.推进第{n}项工作，完善工作机制，", "落实到位。<br/>第{n}项补充说明。"]

    def document(pages: int) -> str:
        return "\n".join(line.format(n=n) for n in range(1, pages + 1) for line in page)

    started = time.perf_counter()
    clean_document_text(document(1000))
    small = time.perf_counter() - started
    started = time.perf_counter()
    cleaned = clean_document_text(document(4000))
    big = time.perf_counter() - started
    assert "某县人民政府办公室" not in cleaned.text
    assert "4000.推进第4000项工作，完善工作机制，\n落实到位。\n第4000项补充说明。" in cleaned.text
    assert big < 8 * small + 0.5
