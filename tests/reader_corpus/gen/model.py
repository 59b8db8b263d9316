"""The documents of the corpus as data: what each one says, before it is written out in one
layout or another, and the ground truth taken from the same data."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date

PREFIX_LEN = 12


@dataclass
class Measure:
    text: str  # the task as it should be stored: no label, no unit note
    lead: list[str] = field(default_factory=list)
    coop: list[str] = field(default_factory=list)
    resp: list[str] = field(default_factory=list)
    leaders: list[str] = field(default_factory=list)  # 分管领导 / 牵头领导
    persons: list[str] = field(default_factory=list)  # 责任人: the person, not a leader
    deadline: str | None = None  # as written
    label: str = ""
    number: int | None = None
    style: str = ""  # how this measure's units are written (chosen per document)

    @property
    def has_units(self) -> bool:
        return bool(self.lead or self.coop or self.resp)


@dataclass
class Group:
    """A heading over measures: （三）推进政务服务标准化. Units stated here belong to every
    measure below that names none of its own."""

    label: str
    title: str
    measures: list[Measure] = field(default_factory=list)
    lead: list[str] = field(default_factory=list)
    coop: list[str] = field(default_factory=list)
    resp: list[str] = field(default_factory=list)
    leaders: list[str] = field(default_factory=list)
    deadline: str | None = None
    number: int | None = None


@dataclass
class Area:
    label: str
    title: str
    groups: list[Group] = field(default_factory=list)  # a group with label "" is no heading
    intro: str = ""


@dataclass
class Indicator:
    name: str
    unit: str
    baseline: str
    target: str
    nature: str  # 预期性 / 约束性
    category: str = ""


@dataclass
class Doc:
    stem: str
    suffix: str  # .txt / .docx / .xlsx
    title: str
    city: str
    issuer: str
    doc_no: str
    issued: str  # 2024年3月12日
    year: int
    layouts: list[str]
    areas: list[Area] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what the document tests, for the README
    text_transform: str = ""  # "s2t" for the copy in traditional characters

    def leaves(self):
        """(measure, group) for every measure that carries work."""
        for area in self.areas:
            for group in area.groups:
                for measure in group.measures:
                    yield measure, group


_FULL = re.compile(r"(20\d\d)年(\d{1,2})月(\d{1,2})日")
_QUARTER = re.compile(r"(20\d\d)年第?([一二三四1-4])季度")
_HALF = re.compile(r"(20\d\d)年([上下])半年")
_MONTH = re.compile(r"(?:(20\d\d)年)?(\d{1,2})月")
_RANGE = re.compile(r"20\d\d\s*[—–\-－~～至到]+\s*(20\d\d)年")
_YEAR = re.compile(r"(20\d\d)年")
_OPEN = ("每", "长期", "持续", "常态", "年内", "逐年")
_QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4}


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def deadline_iso(text: str | None, year: int) -> str | None:
    """The date a deadline means under the corpus rules (README, 完成时限)."""
    if not text:
        return None
    import unicodedata

    text = unicodedata.normalize("NFKC", text).replace(" ", "")
    if isinstance(text, str) and any(word in text for word in _OPEN):
        return None
    if m := _FULL.search(text):
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    if m := _QUARTER.search(text):
        quarter = _QUARTERS.get(m[2]) or int(m[2])
        return _month_end(int(m[1]), 3 * quarter).isoformat()
    if m := _HALF.search(text):
        return _month_end(int(m[1]), 6 if m[2] == "上" else 12).isoformat()
    if m := _RANGE.search(text):
        return date(int(m[1]), 12, 31).isoformat()
    if m := _MONTH.search(text):
        return _month_end(int(m[1]) if m[1] else year, int(m[2])).isoformat()
    if m := _YEAR.search(text):
        return date(int(m[1]), 12, 31).isoformat()
    return None


def truth_of(doc: Doc, convert=lambda s: s) -> dict:
    """The ground truth of a document as stored next to it (``<stem>.truth.json``)."""
    measures = []
    with_persons = any(measure.persons for measure, _ in doc.leaves())  # only where named
    for measure, group in doc.leaves():
        own = measure.has_units
        source = measure if own else group
        deadline = measure.deadline if measure.deadline is not None else group.deadline
        leaders = measure.leaders or group.leaders
        persons = measure.persons
        measures.append({
            "number": measure.number,
            "label": convert(measure.label),
            "text_prefix": convert(measure.text[:PREFIX_LEN]),
            "lead": [convert(u) for u in source.lead],
            "cooperating": [convert(u) for u in source.coop],
            "responsible": [convert(u) for u in source.resp],
            "leaders": [convert(name) for name in leaders],
            **({"persons": [convert(name) for name in persons]} if with_persons else {}),
            "deadline": deadline_iso(deadline, doc.year),
            "deadline_text": convert(deadline) if deadline else None,
        })
    return {
        "title": convert(doc.title),
        "doc_no": convert(doc.doc_no),
        "city": convert(doc.city),
        "layouts": doc.layouts,
        "notes": doc.notes,
        "measures": measures,
        "indicators": [
            {"name": convert(i.name), "unit": convert(i.unit), "baseline": convert(i.baseline),
             "target": convert(i.target), "nature": convert(i.nature)}
            for i in doc.indicators
        ],
    }
