"""What the document readers produce: a plain tree, not yet stored.

Every reader (prose outline, responsibility table, ledger, gazette, xlsx) returns
these dataclasses; ``services.policies`` turns them into database rows. Unit names
here are as written in the source (cleaned of HTML and stray spaces, lists already
split); the unit registry resolves them to canonical units when stored.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

ROLE_LEAD = "lead"  # 牵头单位
ROLE_COOPERATING = "cooperating"  # 配合单位
ROLE_RESPONSIBLE = "responsible"  # 责任单位

FREQUENCIES = ("monthly", "bimonthly", "quarterly", "half_yearly", "yearly")


@dataclass
class ParseWarning:
    """Something the reader was unsure about; ``line`` is 1-based in the source text."""

    line: int | None
    message: str  # a sentence in Chinese a clerk understands
    code: str = "unsure"

    def as_dict(self) -> dict:
        return {"line": self.line, "code": self.code, "message": self.message}


@dataclass
class ParsedUnit:
    name: str  # as written, one unit (lists are split before they get here)
    role: str  # ROLE_LEAD / ROLE_COOPERATING / ROLE_RESPONSIBLE
    leader: str | None = None  # 分管领导
    section: str | None = None  # 责任科室
    person: str | None = None  # 责任人


@dataclass
class ParsedPlan:
    year: int
    text: str
    target: float | None = None  # a numeric target where the plan states one


@dataclass
class ParsedMeasure:
    label: str  # as numbered in the source: "（三）", "1.", "（12）"
    text: str  # the whole text; for a group, its heading
    number: int | None = None  # the integer of the label: 12 for （12）, 3 for （三）
    deadline: date | None = None  # 完成时限
    deadline_text: str | None = None  # as written, e.g. "2021年6月底前"
    units: list[ParsedUnit] = field(default_factory=list)
    plans: list[ParsedPlan] = field(default_factory=list)
    children: list[ParsedMeasure] = field(default_factory=list)
    line: int | None = None
    # The text as the document wrote it, the bracket of units and deadline included, where
    # ``text`` was read without it; None where the two are the same.
    source_text: str | None = None

    @property
    def is_group(self) -> bool:
        return bool(self.children)

    @property
    def shown_text(self) -> str:
        """The task text the preview shows and the store keeps: ``text`` as the reader (or the
        clerk) left it; for a measure made elsewhere (a hand-built tree, ``source_text`` None)
        its text without a trailing bracket of units and deadline."""
        if self.source_text is not None:
            return self.text
        from zjtracker.importing.annotations.inline_units import task_text  # it imports this module

        return task_text(self.text)


@dataclass
class ParsedArea:
    label: str  # "一、", "第三章", "（一）" for a ledger's indicator column
    title: str
    guiding_text: str = ""  # where the area has no measures, or text before them
    measures: list[ParsedMeasure] = field(default_factory=list)
    line: int | None = None


@dataclass
class ParsedIndicator:
    name: str
    category: str = ""
    unit: str = ""  # unit of measure: %, 项, 亿元
    baseline_year: int | None = None
    baseline_value: float | None = None
    baseline_text: str = ""  # as written when not a plain number ("≥95", "—")
    target_year: int | None = None
    target_value: float | None = None
    target_text: str = ""
    nature: str = ""  # 预期性 / 约束性
    direction: str = "up"  # "up": higher is better; "down": lower is better
    actuals: dict[int, float] = field(default_factory=dict)
    line: int | None = None


@dataclass
class GlossaryEntry:
    term: str
    definition: str


@dataclass
class ParsedPolicy:
    title: str
    doc_no: str = ""  # 文号: 湛府办〔2022〕32号
    issuer: str = ""
    issued_on: date | None = None
    start_year: int | None = None
    end_year: int | None = None
    period_note: str = ""  # where the reader found the years (标题, 成文日期, 文号), for the preview
    status: str = "in_force"  # in_force / expired / abolished
    frequency: str = "quarterly"
    kind: str = "plan"  # plan, ledger, report, rules, notice, interpretation
    text: str = ""  # the original text of this document
    areas: list[ParsedArea] = field(default_factory=list)
    indicators: list[ParsedIndicator] = field(default_factory=list)
    glossary: list[GlossaryEntry] = field(default_factory=list)
    # Documents this one abolishes (废止): titles or doc numbers as written.
    abolishes: list[str] = field(default_factory=list)
    # A policy interpretation (政策解读) names the policy it explains.
    interprets: str | None = None
    warnings: list[ParseWarning] = field(default_factory=list)

    def iter_measures(self):
        """Every measure, groups included, depth first."""
        stack = [m for area in reversed(self.areas) for m in reversed(area.measures)]
        while stack:
            measure = stack.pop()
            yield measure
            stack.extend(reversed(measure.children))


@dataclass
class ParseResult:
    source: str  # file name
    policies: list[ParsedPolicy] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)
    original_text: str = ""  # the text as the file gave it, before cleaning
    # For a document in traditional characters: ``original(piece)`` gives back the source's
    # spelling of any piece of the simplified text the reader read (cleaning.script.ScriptMap).
    script_map: object | None = None
    # the tables read and the role of each column (``tables.column_map.TableColumns``)
    table_columns: list = field(default_factory=list)
