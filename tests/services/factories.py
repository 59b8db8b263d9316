"""Small parse results built by hand, for tests that must not depend on the readers."""

from datetime import date

from zjtracker.importing.model import (
    GlossaryEntry,
    ParsedArea,
    ParsedIndicator,
    ParsedMeasure,
    ParsedPlan,
    ParsedPolicy,
    ParsedUnit,
    ParseResult,
)


def small_policy(title="湛江市测试实施方案", doc_no="湛府办〔2024〕9号") -> ParsedPolicy:
    task_1 = ParsedMeasure(
        "1.", "推进第一项任务。具体内容。", number=1,
        units=[ParsedUnit("市发改局", "lead"), ParsedUnit("市商务局", "cooperating"),
               ParsedUnit("各县（市、区）人民政府（管委会）", "cooperating")],
        plans=[ParsedPlan(2024, "完成一半。", 50), ParsedPlan(2025, "全部完成。")],
    )
    task_2 = ParsedMeasure(
        "2.", "推进第二项任务。", number=2,
        units=[ParsedUnit("市发展和改革局", "lead")],
        deadline=date(2024, 12, 31), deadline_text="2024年12月",
    )
    group = ParsedMeasure("（一）", "第一组。", number=1, children=[task_1, task_2])
    return ParsedPolicy(
        title=title, doc_no=doc_no, issuer="湛江市人民政府办公室", issued_on=date(2024, 3, 1),
        start_year=2024, end_year=2025, text="原文……",
        areas=[
            ParsedArea("一、", "总体要求", guiding_text="指导思想……"),
            ParsedArea("二、", "重点任务", measures=[group]),
        ],
        indicators=[ParsedIndicator("地区生产总值增长", category="经济", unit="%", target_year=2024,
                                    target_value=7, target_text="7%左右", actuals={2024: 6.5})],
        glossary=[GlossaryEntry("六稳", "稳就业、稳金融……")],
    )


def result_of(*policies, source="test.txt") -> ParseResult:
    return ParseResult(source=source, policies=list(policies))
