"""A small policy where two entries in the unit registry are one unit (市旅控集团公司 / 市旅控集团)."""

from __future__ import annotations

from zjtracker.importing.model import ParsedArea, ParsedMeasure, ParsedPlan, ParsedPolicy, ParsedUnit

KEEP, ABSORB = "市旅控集团公司", "市旅控集团"


def twin_units_policy() -> ParsedPolicy:
    def measure(number, units):
        return ParsedMeasure(f"（{number}）", f"第{number}项任务。", number=number, units=units,
                             plans=[ParsedPlan(2024, "计划")])

    return ParsedPolicy(
        title="湛江市文旅测试方案", start_year=2024, end_year=2024,
        areas=[ParsedArea("一、", "重点任务", measures=[
            measure(1, [ParsedUnit(KEEP, "lead"), ParsedUnit(ABSORB, "lead", person="张三")]),
            measure(2, [ParsedUnit(ABSORB, "lead"), ParsedUnit("市商务局", "cooperating")]),
            measure(3, [ParsedUnit(KEEP, "cooperating"), ParsedUnit(ABSORB, "responsible")]),
            measure(4, [ParsedUnit("市发改局", "lead")]),
        ])],
    )
