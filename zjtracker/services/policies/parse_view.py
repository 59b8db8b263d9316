"""What a reader found, as plain data (``import-policy --json``) or as an indented text tree."""

from __future__ import annotations

from typing import TextIO

from zjtracker.importing.model import ParsedMeasure, ParsedPolicy, ParseResult


def _measure_dict(measure: ParsedMeasure) -> dict:
    data = {
        "label": measure.label,
        "number": measure.number,
        "text": measure.text,
        "deadline": measure.deadline.isoformat() if measure.deadline else None,
        "units": [
            {"name": u.name, "role": u.role, "leader": u.leader, "section": u.section, "person": u.person}
            for u in measure.units
        ],
        "plans": [{"year": p.year, "text": p.text, "target": p.target} for p in measure.plans],
        "line": measure.line,
    }
    if measure.source_text is not None:  # as written, the bracket of units and deadline included
        data["source_text"] = measure.source_text
    if measure.children:
        data["children"] = [_measure_dict(c) for c in measure.children]
    return data


def policy_dict(policy: ParsedPolicy) -> dict:
    return {
        "title": policy.title,
        "doc_no": policy.doc_no,
        "issuer": policy.issuer,
        "issued_on": policy.issued_on.isoformat() if policy.issued_on else None,
        "start_year": policy.start_year,
        "end_year": policy.end_year,
        "status": policy.status,
        "frequency": policy.frequency,
        "kind": policy.kind,
        "abolishes": policy.abolishes,
        "interprets": policy.interprets,
        "areas": [
            {
                "label": a.label,
                "title": a.title,
                "guiding_text": a.guiding_text,
                "line": a.line,
                "measures": [_measure_dict(m) for m in a.measures],
            }
            for a in policy.areas
        ],
        "indicators": [
            {
                "category": i.category, "name": i.name, "unit": i.unit,
                "baseline_year": i.baseline_year, "baseline": i.baseline_value,
                "baseline_text": i.baseline_text, "target_year": i.target_year,
                "target": i.target_value, "target_text": i.target_text,
                "nature": i.nature, "direction": i.direction,
            }
            for i in policy.indicators
        ],
        "glossary": [{"term": g.term, "definition": g.definition} for g in policy.glossary],
    }


def parse_result_dict(result: ParseResult) -> dict:
    return {
        "source": result.source,
        "policies": [policy_dict(p) for p in result.policies],
        "warnings": [w.as_dict() for w in result.warnings],
    }


def _short(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def print_parse_result(result: ParseResult, out: TextIO) -> None:
    roles = {"lead": "牵头", "cooperating": "配合", "responsible": "责任"}
    for policy in result.policies:
        out.write(f"{policy.title}  {policy.doc_no}\n")
        for area in policy.areas:
            out.write(f"  {area.label}{_short(area.title)}\n")
            stack = [(m, 2) for m in reversed(area.measures)]
            while stack:
                measure, depth = stack.pop()
                units = "；".join(
                    f"{roles.get(r, r)}：{'、'.join(u.name for u in measure.units if u.role == r)}"
                    for r in roles
                    if any(u.role == r for u in measure.units)
                )
                years = ",".join(str(p.year) for p in measure.plans)
                extra = "  ".join(x for x in (units, f"计划 {years}" if years else "") if x)
                out.write(f"{'  ' * depth}{measure.label}{_short(measure.text)}  {extra}\n".rstrip() + "\n")
                stack.extend((c, depth + 1) for c in reversed(measure.children))
        if policy.indicators:
            out.write(f"  指标 {len(policy.indicators)} 项\n")
    for warning in result.warnings:
        where = f"第 {warning.line} 行：" if warning.line else ""
        out.write(f"提示：{where}{warning.message}\n")
