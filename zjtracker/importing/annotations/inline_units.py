"""Units and 完成时限 named in brackets at the end of a measure, as prose plans write them:

* ``…（市市场监管局牵头，事项市级主管部门负责）`` or ``…（市卫生健康局、市教育局负责）``
* ``…（市发展改革局牵头，市财政局配合；完成时限：2024年6月底前）``
* ``…（牵头单位：市民政局；配合单位：市财政局；完成时限：长期坚持）``
* ``…〔责任单位：市商务局、市财政局〕`` and ``…（市公安局、市司法局按职责分工负责）``
* ``…（区城市更新局牵头；2024年底前完成）``
* ``…（市商务局、市工业和信息化局）``: organs' names alone, no role word, are its 责任单位

The clauses are read by the grammar of ``roles``. A bracket is read only when it names a
role or a labelled 完成时限 (a bare （2024—2026年） or （试行） is not), or when it holds
nothing but a deadline (（2024年底前完成）). The task text is the text without the bracket it
was read from (``task_text``); the measure keeps the text as written in ``source_text``, and
``ParsedMeasure.shown_text`` is the one text the preview shows and the store keeps.
Standard library only.
"""

from __future__ import annotations

import re
from functools import lru_cache

from zjtracker.importing.annotations.roles import (
    Note, clauses, freeze, read_clauses, split_labels, thaw, unit_names,
)
from zjtracker.importing.annotations.unit_lists import looks_like_unit_name
from zjtracker.importing.model import ROLE_RESPONSIBLE, ParsedMeasure, ParsedUnit

# the last bracket of the text, allowing brackets inside it: 各县（市、区）按职责负责, 各县〔市、区〕
_TRAILING = re.compile(r"[（(〔\[【](?P<inside>(?:[^（）()〔〕\[\]【】]|[（(〔\[][^（）()〔〕\[\]]*[）)〕\]])+)[）)〕\]】]"
                       r"\s*[。.；;]?\s*$")
_ONLY_DEADLINE = re.compile(r"前|底|完成|长期|每|持续|见成效")

# kept for the readers that import it from here
TrailingNote = Note


def _read(inside: str) -> Note | None:
    frozen = _read_frozen(inside)
    return thaw(frozen) if frozen else None


@lru_cache(maxsize=8192)
def _read_frozen(inside: str) -> tuple | None:
    note = read_clauses([c for part in split_labels(inside) for c in clauses(part)])  # labels apart by a space
    if note.units or note.leaders:
        return freeze(note)
    if note.unread and not note.deadline_text and all(_bare_units(c) for c in note.unread):
        # a bracket of names alone, no role word: （市商务局、市工业和信息化局） names its 责任单位
        return freeze(Note([ParsedUnit(n, ROLE_RESPONSIBLE) for c in note.unread for n in unit_names(c)]))
    if note.deadline_text and not note.unread:
        # a labelled 完成时限, or only a deadline: （2024年底前完成）, not a period （2024—2026年）
        if ":" in inside or "：" in inside or _ONLY_DEADLINE.search(note.deadline_text):
            return freeze(note)
    return None


_UNIT_ENDING = re.compile(r"(?:局|委|办|院|厅|部|署|政府|管委会|中心|办公室|单位|部门|公司|集团|银行|分行|海关|"
                          r"税务局|法院|检察院|街道|办事处|镇|乡)$")


_LEVEL = re.compile(r"^(?:[省市县区州盟旗镇乡各]|.{1,6}?[省市县区州盟旗镇乡])")  # 市商务局, 各县（市、区）, 赤坎区
_NOT_NAME = re.compile(r"^(?:含|包括|包含|不含|以下|如|即|指|其中|除)")


def _bare_units(clause: str) -> bool:
    """A clause of organ names only, each ending as organs' names end (not （试行）), named
    by their level (市商务局, 各县（市、区）); in a list with such a name, or as a name of its
    own, an organ of the state or a company stationed in the city is named by its place
    (桐山海关, 人民银行桐山分行, 国网桐山供电公司)."""
    names = unit_names(clause)
    if not names or not all(looks_like_unit_name(name) and _UNIT_ENDING.search(name)
                            and not _NOT_NAME.match(name) for name in names):
        return False
    return any(_LEVEL.match(name) for name in names) or all(_STATIONED.search(name) for name in names)


_STATIONED = re.compile(r"..(?:海关|分行|支行|分公司|供电局|供电公司|管委会|管理委员会)$")


# labels in black brackets after the task: …。【牵头单位】A【配合单位】B、C【完成时限】D
_BLACK_LABEL = re.compile(r"【(?P<label>[\u4e00-\u9fff]{2,10})】")


def _black_labels(text: str) -> str:
    """``text`` with a trailing run of 【label】value notes written as one bracket
    （label：value；…）, so that it reads as any other note; else ``text`` as it is."""
    if "【" not in text:
        return text
    from zjtracker.importing.annotations.roles import label_kind

    marks = [m for m in _BLACK_LABEL.finditer(text) if label_kind(m.group("label"))]
    if not marks:
        return text
    parts = []
    for mark, after in zip(marks, marks[1:] + [None]):
        value = text[mark.end(): after.start() if after else len(text)].strip().rstrip("。；;，,")
        if not value or "【" in value:
            return text
        parts.append(f"{mark.group('label')}：{value}")
    return text[: marks[0].start()].rstrip() + "（" + "；".join(parts) + "）"


def trailing_note(text: str) -> Note | None:
    """The units and deadline of a trailing bracket, or None when it is not such a note."""
    text = _black_labels(text)
    match = _TRAILING.search(text.strip())
    return _read(match.group("inside")) if match else None


def task_text(text: str) -> str:
    """``text`` without the trailing bracket of units and deadline it names (kept when a
    clause of it could not be read, so that nothing the clerk should see is lost)."""
    text = _black_labels(text)
    stripped = text.rstrip()
    match = _TRAILING.search(stripped)
    if not match:
        return text
    note = _read(match.group("inside"))
    if note is None or note.unread:
        return text
    return stripped[: match.start()].rstrip()


def read_off(measure: ParsedMeasure, text: str) -> None:
    """Give ``measure`` the task text ``text`` read from its source, keeping the source in
    ``source_text`` where they differ (the first reading's source is the one kept)."""
    if text != measure.text:
        measure.source_text = measure.source_text or measure.text
        measure.text = text


def clean_task_texts(policies) -> None:
    """Every measure of ``policies`` without the trailing bracket of units and deadline its
    text ends with (see ``task_text``), where its reader has not taken it off already. Safe
    to run twice: a measure once cleaned keeps its text."""
    for policy in policies:
        for measure in policy.iter_measures():
            if measure.source_text is None:
                read_off(measure, task_text(measure.text))


def trailing_units(text: str) -> list[ParsedUnit]:
    """The units of a trailing ``（X牵头，Y负责）`` clause, [] when there is none."""
    note = trailing_note(text)
    return note.placed_units() if note else []


def attach_trailing_units(measures: list[ParsedMeasure]) -> None:
    """Give each measure without units the units its own text names at its end, and take
    that bracket off its text."""
    for measure in measures:
        if not measure.units:
            first, _, rest = measure.text.partition("\n")
            if units := trailing_units(first):
                measure.units = units
                read_off(measure, task_text(first) + ("\n" + rest if rest else ""))
            elif units := trailing_units(measure.text):
                measure.units = units
                read_off(measure, task_text(measure.text))
        attach_trailing_units(measure.children)
