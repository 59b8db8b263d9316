"""The grammar of the notes that name who does a measure and by when, as plans write them
in brackets (``（牵头单位：A；配合单位：B、C；完成时限：…）``, ``(A牵头，B、C配合)``,
``〔责任单位：A、B〕``) and on lines of their own (``牵头市领导：…``, ``协同责任单位:…。``,
``部门分工：A牵头，B、C配合。``).

A note is a run of clauses separated by ``，；,;`` (never inside brackets). A clause is

* labelled: ``<label>：<value>``, where the label is classified by the words it is made of,
  not looked up in a list of phrases: a label ending in 领导 / 责任人 / 负责人 names leaders;
  one made of 时限 / 时间 / 节点 / 期限 / 进度 names the deadline; one ending in 分工 holds
  a role sentence; one ending in 单位 / 部门 / 主体 / 处室 (or a role word alone) names
  units, its role given by the role word in it (牵头 / 主办 / 主责 / 主要 → lead, 配合 /
  协同 / 协办 / 参与 / 协助 → cooperating, 责任 / 负责 / 实施 / 落实 → responsible);
* a role sentence: unit names followed by a role word (``A、B牵头``, ``C配合``,
  ``D、E按职责分工负责``, ``F牵头负责``);
* a deadline (``2024年6月底前完成``, ``每季度``, ``长期坚持``);
* or something else, kept for the clerk as unread.

Standard library only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from zjtracker.importing.annotations.unit_lists import carry_level, level_of, looks_like_unit_name
from zjtracker.importing.annotations.units import marked_leads, split_unit_list
from zjtracker.importing.model import ROLE_COOPERATING, ROLE_LEAD, ROLE_RESPONSIBLE, ParsedUnit

LEADERS = "leaders"
DEADLINE = "deadline"
DIVISION = "division"

_LEAD_WORDS = ("牵头", "主办", "主责", "主要", "主体", "总牵头")
_COOPERATING_WORDS = ("配合", "协同", "协办", "参与", "协助", "协作", "辅助")
_RESPONSIBLE_WORDS = ("责任", "负责", "实施", "落实", "承办", "承担", "主管")
_LABEL = re.compile(r"^\s*(?P<label>[\u4e00-\u9fff]{2,10})\s*[：:]\s*(?P<value>.*?)\s*[。.；;，,]?\s*$",
                    re.S)
# Labels are made of words: role words and what they qualify (单位, 部门 …), who answers for
# it (领导, 责任人), or when (时限, 时间节点 …).
_ROLE_WORDS = "牵头|主办|主责|主要|主体|总|责任|负责|配合|协同|协办|参与|协助|协作|辅助|实施|落实|承办|承担|主管|具体|直接"
_UNIT_LABEL = re.compile(rf"^(?P<words>(?:{_ROLE_WORDS}){{1,3}})(?:单位|部门|主体|处室|科室|机构|责任方)?$")
_LEADER_LABEL = re.compile(r"^(?:牵头|分管|责任|联系|包抓|挂帅|领衔|负责|主要|协调)*(?:市|省|县|区|州|镇|乡)?"
                           r"(?:领导|领导同志|负责人|责任人|联系人|副?(?:省|市|县|区|州|镇|乡)长)$")
_DEADLINE_LABEL = re.compile(r"^(?:完成|办结|工作|实施|推进|截止)?(?:时限|时间|时间节点|节点|期限|进度安排|时间安排|"
                             r"进度|日期)(?:要求)?$")
_DIVISION_LABEL = re.compile(r"^(?:部门|责任|任务|工作|职责)?分工$")
# a role sentence: names, then how (按职责分工 …), then the role word
_ROLE_TAIL = re.compile(
    r"(?P<how>(?:按(?:照)?(?:各自)?职责(?:分工)?|按职能(?:分工)?|根据职责|分别|共同|具体|协同|抓好|做好|组织|"
    r"等|及有关单位)*)"
    r"(?P<role>牵头(?:负责|落实|抓总|推进|实施)?|主办|主责|配合(?:落实|推进|实施)?|参与|协办|协助|"
    r"负责(?:落实|推进|实施)?|落实|实施|推进)$")
_ROLE_OF = (("牵头", ROLE_LEAD), ("主办", ROLE_LEAD), ("主责", ROLE_LEAD),
            ("配合", ROLE_COOPERATING), ("参与", ROLE_COOPERATING), ("协办", ROLE_COOPERATING),
            ("协助", ROLE_COOPERATING))
_SPLIT = re.compile(r"[，,；;。]")  # 。 ends a sentence of a remark after the units
_NAME_SEPARATORS = re.compile(r"[、，,；;\s]+")
_DEADLINE_WORDS = re.compile(r"(?:19|20)\d\d\s*年|\d{1,2}\s*月(?:底|末|份|\d)|长期|持续|每(?:年|季|月|半年|周)|"
                             r"常态|年内|年底|年末|季度|上半年|下半年|见成效|逐年|前完成|完成")


@dataclass
class Note:
    """What a note says: its units (leaders on the lead units), its deadline as written and
    the clauses that were none of these."""

    units: list[ParsedUnit] = field(default_factory=list)
    leaders: list[str] = field(default_factory=list)
    deadline_text: str | None = None
    unread: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.units or self.leaders or self.deadline_text)

    def add(self, other: "Note") -> None:
        self.units.extend(other.units)
        self.leaders.extend(n for n in other.leaders if n not in self.leaders)
        self.deadline_text = self.deadline_text or other.deadline_text
        self.unread.extend(other.unread)

    def placed_units(self) -> list[ParsedUnit]:
        """The units with the leaders written on the lead units (on every unit when none
        leads)."""
        if self.leaders:
            text = "、".join(self.leaders)
            leads = [u for u in self.units if u.role == ROLE_LEAD] or self.units
            for unit in leads:
                unit.leader = unit.leader or text
        return self.units


def label_kind(label: str) -> str | None:
    """What a label names: a role (lead / cooperating / responsible), LEADERS, DEADLINE,
    DIVISION (a role sentence follows), or None when it is no label of a note."""
    if _LEADER_LABEL.match(label):
        return LEADERS
    if _DIVISION_LABEL.match(label):
        return DIVISION
    if _DEADLINE_LABEL.match(label):
        return DEADLINE
    match = _UNIT_LABEL.match(label)
    if not match or (match.group("words") == label and label not in _ROLE_ALONE):
        return None
    words = match.group("words")
    if words.startswith(_LEAD_WORDS) or "牵头" in words:
        return ROLE_LEAD
    if any(word in words for word in _COOPERATING_WORDS):
        return ROLE_COOPERATING
    return ROLE_RESPONSIBLE


_ROLE_ALONE = ("牵头", "主办", "主责", "配合", "协办", "参与", "责任", "负责", "协同")


def clauses(text: str) -> list[str]:
    """Split at ，；,;。 but not inside nested brackets (各县（市、区）). Where a sentence ends
    (。) inside the text, a ``SENTENCE_END`` part stands between the clauses: a remark after
    the units (…按职责分工负责。具体任务涉及…，下同。) does not continue their list."""
    parts, depth, current = [], 0, []
    for char in text:
        depth += char in "（("
        depth -= char in "）)" and depth > 0
        if depth == 0 and _SPLIT.match(char):
            parts.append("".join(current).strip())
            if char == "。":
                parts.append(SENTENCE_END)
            current = []
        else:
            current.append(char)
    parts.append("".join(current).strip())
    while parts and parts[-1] in ("", SENTENCE_END):
        parts.pop()
    return [p for p in parts if p]


SENTENCE_END = "。"


def unit_names(text: str) -> list[str]:
    return split_unit_list(text.strip().removeprefix("由"), complete=True)


def is_deadline_text(text: str) -> bool:
    return bool(_DEADLINE_WORDS.search(text))


def role_sentence(clause: str) -> tuple[str, list[str]] | None:
    """(role, names) of ``A、B牵头`` / ``C按职责分工负责`` / ``D牵头负责``, or None."""
    match = _ROLE_TAIL.search(clause)
    if not match:
        return None
    role_word = match.group("role")
    role = next((r for word, r in _ROLE_OF if role_word.startswith(word)), ROLE_RESPONSIBLE)
    names = unit_names(clause[: match.start()])
    if not names or role_word in ("落实", "实施", "推进") and not _all_units(clause[: match.start()]):
        return None  # 持续推进, 抓好落实: a deadline or a verb, not units
    return role, names


def read_clauses(parts: list[str], allow_units_alone: bool = False, whole_values: bool = False) -> Note:
    """The note made of ``parts`` (see the module docstring). A clause of bare unit names
    after a labelled list continues it (``配合单位：B，C``); with ``whole_values`` (a line of
    its own) every clause after a unit label up to the next label, role sentence or deadline
    is part of its list, whatever the names look like (``责任单位：各街道办事处，区运行专班``).
    With ``allow_units_alone`` a note of bare names alone (a 责任单位 column) is responsible
    units."""
    note = Note()
    last_role, level = None, None
    schedule = False  # the clause before was the deadline
    waiting: list[str] = []  # bare names before a role sentence: （A牵头，B，C按职责分工负责）
    for clause in parts:
        if clause == SENTENCE_END:
            last_role = None
            note.unread.extend(waiting)
            waiting = []
            continue
        if not last_role and not _LABEL.match(clause) and _all_units(clause) and not role_sentence(clause):
            waiting.append(clause)
            continue
        if waiting:
            found = role_sentence(clause)
            if found:
                clause = "、".join(waiting + [clause])
            else:
                note.unread.extend(waiting)
            waiting = []
        units: list[ParsedUnit] = []
        label = _LABEL.match(clause)
        kind = label_kind(label.group("label")) if label else None
        after_deadline, schedule = schedule and not kind, False
        if kind in (ROLE_LEAD, ROLE_COOPERATING, ROLE_RESPONSIBLE):
            value = label.group("value")
            if (tail := _ROLE_TAIL.search(value)) and tail.group("how"):  # 责任单位：A、B按职责分工负责
                value = value[: tail.start()]
            leads = marked_leads(value)  # 责任单位：市发展改革委（牵头）、市财政局
            units = [ParsedUnit(n, ROLE_LEAD if n in leads else kind) for n in unit_names(value)]
            last_role = kind
        elif kind == LEADERS:
            note.leaders += [n for n in _NAME_SEPARATORS.split(label.group("value")) if n]
        elif kind == DEADLINE:
            note.deadline_text = label.group("value").strip(" 。.；;")
            schedule = True  # 时间节点：一季度…；二季度…；四季度…: a schedule goes on
        elif kind == DIVISION:
            inner = read_clauses(clauses(label.group("value")))
            note.add(inner)
        elif found := role_sentence(clause):
            leads = marked_leads(clause)  # 市发展改革委（牵头）、市财政局按职责分工负责
            units = [ParsedUnit(n, ROLE_LEAD if n in leads else found[0]) for n in found[1]]
            last_role = None
        elif is_deadline_text(clause) and note.deadline_text is None:
            note.deadline_text = clause.strip(" 。.")
        elif after_deadline and is_deadline_text(clause):
            note.deadline_text += "；" + clause.strip(" 。.")  # the next step of the schedule
            schedule = True
        elif last_role and (_all_units(clause) or whole_values and _short_names(clause)):
            units = [ParsedUnit(n, last_role) for n in unit_names(clause)]
        else:
            note.unread.append(clause)
        names = carry_level([u.name for u in units], level)
        for unit, name in zip(units, names):
            unit.name = name
            level = level_of(name) or level
        note.units.extend(units)
    note.unread.extend(waiting)
    return note


def _all_units(text: str) -> bool:
    names = unit_names(text)
    return bool(names) and all(looks_like_unit_name(n) for n in names)


def _short_names(text: str) -> bool:
    """Whether ``text`` could be a list of names at all: no sentence in it."""
    names = unit_names(text)
    return bool(names) and all(len(n) <= 24 and not any(c in n for c in "。！？：:") for n in names)


_HAN_BEFORE_COLON = re.compile(r"([\u4e00-\u9fff]{2,10})\s*[：:]")


def split_labels(text: str) -> list[str]:
    """Cut a line before every label of a note inside it, as when two labelled lines were
    joined: ``配合单位：市财政局完成时限：2024年底前`` → two parts."""
    cuts = [0]
    for match in _HAN_BEFORE_COLON.finditer(text):
        run = match.group(1)
        for start in range(len(run) - 1):  # the longest label that ends at the colon
            if label_kind(run[start:]):
                at = match.start(1) + start
                if at > cuts[-1]:
                    cuts.append(at)
                break
    return [text[a:b] for a, b in zip(cuts, cuts[1:] + [len(text)])]


def labelled_line(text: str) -> Note | None:
    """The note of a line such as ``牵头单位：市发改委`` or ``完成时限：2024年底前。`` or
    ``部门分工：A牵头，B配合。``; None when the line is not one (a 时间安排 line must
    name a time, a unit line must name units). A label written without its colon, apart
    from its value by spaces only (``牵头单位  市发改委``, the spaces gone once cleaned), is
    one when what follows plainly is its value: names of organs, a time, people's names."""
    if not _LABEL.match(text):
        text = _colon_put_back(text)
        if text is None:
            return None
    frozen = _labelled_line(text)
    return thaw(frozen) if frozen else None


_PERSONS = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:[、，,\s]+[\u4e00-\u9fff]{2,4})*[。.]?$")


@lru_cache(maxsize=8192)
def _colon_put_back(text: str) -> str | None:
    """``牵头单位县文旅局`` → ``牵头单位：县文旅局`` where the value after the longest label at
    the start reads as that label's value; else None."""
    text = text.strip()
    for end in range(min(10, len(text) - 2), 1, -1):
        label, value = text[:end], text[end:].strip().rstrip("。.；;")
        kind = label_kind(label)
        if kind is None or not value:
            continue
        if kind in (ROLE_LEAD, ROLE_COOPERATING, ROLE_RESPONSIBLE):
            plain = all(_all_units(part) for part in clauses(value))
        elif kind == DEADLINE:
            plain = is_deadline_text(value) and len(value) <= 30
        elif kind == LEADERS:
            plain = bool(_PERSONS.match(value))
        else:
            plain = False
        return f"{label}：{value}" if plain else None
    return None


def freeze(note: Note) -> tuple:
    """A note as a value that can be kept and shared (see ``thaw``)."""
    return (tuple((u.name, u.role) for u in note.units), tuple(note.leaders), note.deadline_text,
            tuple(note.unread))


def thaw(frozen: tuple) -> Note:
    """A new note, its units new objects, from what ``freeze`` kept."""
    units, leaders, deadline_text, unread = frozen
    return Note([ParsedUnit(name, role) for name, role in units], list(leaders), deadline_text,
                list(unread))


@lru_cache(maxsize=8192)
def _labelled_line(text: str) -> tuple | None:
    label = _LABEL.match(text)
    if not label or not label_kind(label.group("label")):
        return None
    parts = [c for part in split_labels(text.strip()) for c in clauses(part.strip().rstrip("。."))]
    note = read_clauses(parts, whole_values=True)
    if note.unread or note.empty:
        return None
    if note.deadline_text and not is_deadline_text(note.deadline_text):
        return None
    return freeze(note)
