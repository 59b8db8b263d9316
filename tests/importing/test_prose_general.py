from datetime import date

import pytest

from zjtracker.importing.structure.prose import parse_policy_document
from zjtracker.importing.cleaning.text_lines import logical_paragraphs
from zjtracker.importing.annotations.dates import parse_date
from zjtracker.importing.structure.prose import find_frequency
from zjtracker.importing.structure.prose import head_doc_no as find_doc_no

from ._seeds import seed_text

BODY = "一、总体要求\n到2025年，体系建立。\n二、主要任务\n（一）做事。\n1. 做第一件事。\n2. 做第二件事。\n"


@pytest.mark.parametrize("written", ["湛府办〔2022〕32号", "湛府办[2022]32号", "湛府办［2022］32号",
                                     "湛商务„2021‟32 号", "湛委办﹝2021﹞1 号", "湛府办（2022）32号"])
def test_doc_no_bracket_variants(written):
    found = find_doc_no(logical_paragraphs(written))
    assert found.endswith("号") and "〔" in found and "〕" in found


def test_doc_no_cited_in_a_sentence_is_not_the_documents():
    assert find_doc_no(logical_paragraphs("为落实《意见》（粤府办〔2021〕34号），制定本方案。")) == ""


def test_dates():
    assert parse_date("2022年10月22日") == date(2022, 10, 22)
    assert parse_date("二〇二二年十月二十二日") == date(2022, 10, 22)
    assert parse_date("2022年13月1日") is None


def test_title_from_wrapper_when_no_title_line():
    text = "某某市人民政府办公室关于印发某某市促消费 工作方案的通知\n\n某县政府：\n\n现印发给你们。\n\n" + BODY
    policy = parse_policy_document(text, "x.txt")
    assert policy.title == "某某市促消费工作方案"


def test_title_from_cover_letter_and_plan_in_appendix():
    text = ("湛商务„2021‟32 号\n\n经局党组研究同意，现将《某局营商环境提升年活动实施方案》印发给你们。\n\n"
            "附件：1.某局营商环境提升年活动实施方案\n\n某局\n\n2021 年 3 月 4 日\n\n抄送：局领导。\n\n"
            "附件1\n\n根据上级要求，制定本方案。\n\n" + BODY)
    policy = parse_policy_document(text, "x.txt")
    assert policy.title == "某局营商环境提升年活动实施方案"
    assert policy.doc_no == "湛商务〔2021〕32号"
    assert policy.issued_on == date(2021, 3, 4) and policy.issuer == "某局"
    assert [m.label for m in policy.iter_measures()] == ["（一）", "1.", "2."]


def test_period_frequency_and_title_line():
    text = ("某市数字经济发展规划（2026—2030年）\n\n" + BODY +
            "三、保障措施\n（一）强化调度。各单位每季度末向市商务局报送工作进展情况。\n")
    policy = parse_policy_document(text, "x.txt")
    assert policy.title == "某市数字经济发展规划（2026—2030年）"
    assert (policy.start_year, policy.end_year) == (2026, 2030)
    assert policy.frequency == "quarterly"
    assert "每季度末" in policy.areas[2].guiding_text


@pytest.mark.parametrize("sentence, expected", [
    ("每两个月报送一次工作进展", "bimonthly"), ("每双月20日前报送进展情况", "bimonthly"),
    ("每月5日前上报工作情况", "monthly"), ("每半年向市政府报告一次", "half_yearly"),
    ("每月底收集企业经营销售预测情况", None),  # not about reporting
])
def test_frequency(sentence, expected):
    assert find_frequency(logical_paragraphs(sentence + "。")) == expected


def test_five_year_plan_in_title_gives_period():
    policy = parse_policy_document("某市“十四五”交通规划\n\n" + BODY, "x.txt")
    assert (policy.start_year, policy.end_year) == (2021, 2025)


def test_no_outline_warns():
    policy = parse_policy_document("某市通知\n\n请各单位认真落实。\n", "x.txt")
    assert policy.areas == []
    assert any(w.code == "no_outline" for w in policy.warnings)


def test_seed_004_task_division_plan_reads_as_prose():
    policy = parse_policy_document(seed_text("004"), "004.txt")
    assert policy.title == "湛江市商务局“营商环境整治提升年”活动实施方案"
    assert policy.doc_no == "湛商务〔2021〕32号"
    assert policy.issued_on == date(2021, 3, 4)
    assert policy.frequency == "bimonthly"
    assert [a.label for a in policy.areas] == ["一、", "二、", "三、", "四、", "五、"]
    assert [g.label for g in policy.areas[3].measures] == ["（一）", "（二）", "（三）", "（四）", "（五）",
                                                          "（六）"]
