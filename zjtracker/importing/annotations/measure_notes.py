"""Reading the notes of a prose plan's measures onto the parsed tree: who leads, who
cooperates, who is responsible, which leaders answer for it and by when.

A measure's own notes are the labelled lines after it (``note_lines``) and the bracket at
the end of its text (``inline_units``). A note on a group or area (on its heading, or on
lines after it) holds for each of its measures that names none of its own; a bracket alone
after the last sub-item of a group, when no sub-item has a note of its own, is the group's,
and so are labelled lines after the last sub-item of an item (1. → （1）…（3）). A deadline written inside the task sentence (…，2024年6月底前完成。) counts
where no note names one. Note lines and the bracket a note was read from are taken out of
the task text; the measure keeps the text as written in ``source_text``.

Where the document says so, the first unit of a list that names no lead is the lead.

The clerk is warned about a clause in such a bracket that is neither a unit nor a deadline,
and about a measure without units in a plan whose other measures name theirs. Standard
library only.
"""

from __future__ import annotations

import copy
import re

from zjtracker.importing.annotations.deadlines import deadline_date, sentence_deadline
from zjtracker.importing.annotations.inline_units import read_off, task_text, trailing_note
from zjtracker.importing.annotations.note_lines import closing_role_sentence, split_note_lines
from zjtracker.importing.annotations.roles import Note
from zjtracker.importing.model import ROLE_LEAD, ParsedArea, ParsedMeasure, ParseWarning

MOST = 0.6  # share of measures with units from which one without them is worth a warning
_ITEM_LABEL = re.compile(r"^(?:\d|[（(]\d|[\u2460-\u2473])")  # 1. 1、 （1） 1） ①: an item, not a heading


def _name(measure: ParsedMeasure) -> str:
    head = measure.text.split("\n", 1)[0]
    return f"{measure.label}{head[:16]}{'…' if len(head) > 16 else ''}"


class _Reader:
    def __init__(self, warnings: list[ParseWarning], default_year: int | None, first_is_lead: bool):
        self.warnings = warnings
        self.default_year = default_year
        self.first_is_lead = first_is_lead
        self.leaves: list[ParsedMeasure] = []
        self.with_units = 0

    def own_note(self, measure: ParsedMeasure, heading_only: bool = False) -> tuple[Note | None, ...]:
        """(bracket at the end of its text (of its heading for a group), its labelled lines,
        a bracket alone on a line after it) of a measure; note lines are taken out of its
        text."""
        split = split_note_lines(measure.text)
        lines = split.text.split("\n")
        at = 0 if heading_only else len(lines) - 1  # the line the bracket closes
        bracket = trailing_note(lines[0] if heading_only else split.text)
        if bracket is None and not heading_only:  # a line left after it: a page header
            at, bracket = next(((i, n) for i, n in ((i, trailing_note(lines[i]))
                                                    for i in range(len(lines) - 2, -1, -1)) if n),
                               (at, None))
        if bracket is not None:
            for clause in bracket.unread:
                self.warnings.append(ParseWarning(
                    measure.line, f"措施“{_name(measure)}”末尾括号中的“{clause}”既不像责任单位，"
                    "也不像完成时限，没有读取，请核对。", "unit_note"))
            if at == len(lines) - 1 and not heading_only:  # a bracket may wrap over lines
                lines = task_text("\n".join(lines)).split("\n")
            else:
                lines[at] = task_text(lines[at])
        elif not heading_only and split.labelled is None and (found := closing_role_sentence(lines[-1])):
            lines[-1], bracket = found  # …。由市商务局牵头，市财政局配合。: a note written as a sentence
        read_off(measure, "\n".join(lines))
        return bracket, split.labelled, split.alone

    def area(self, area: ParsedArea) -> None:
        inherited = trailing_note(area.title)
        if area.guiding_text and area.measures:
            split = split_note_lines("\n" + area.guiding_text)
            area.guiding_text = split.text.lstrip("\n")
            inherited = _joined(inherited, split.labelled, split.alone)
        self.measures(area.measures, inherited)

    def measures(self, measures: list[ParsedMeasure], inherited: Note | None, item: bool = False) -> None:
        """The measures of an area or group; ``item``: they are the sub-items of an item
        (1. → （1）…（3）), not tasks of a section."""
        notes = []
        for measure in measures:
            bracket, labelled, alone = self.own_note(measure, heading_only=bool(measure.children))
            if measure.children:
                notes.append((_joined(bracket, labelled, alone), None))
            elif item:
                notes.append((bracket, _joined(labelled, alone)))
            else:
                notes.append((_joined(bracket, labelled), alone))
        # after the last of several sub-items that have no notes of their own, a bracket
        # alone (and under an item, 牵头单位：… lines) is the group's
        if (len(measures) > 1 and all(not m.children for m in measures) and notes[-1][1]
                and not notes[-1][0] and not any(o or a for o, a in notes[:-1])):
            inherited = _over(notes[-1][1], inherited)
            notes[-1] = (None, None)
        for measure, (own, alone) in zip(measures, notes):
            own = _joined(own, alone)
            if measure.children:
                self.measures(measure.children, _over(own, inherited), _ITEM_LABEL.match(measure.label) is not None)
            else:
                self.leaf(measure, own, inherited)

    def leaf(self, measure: ParsedMeasure, own: Note | None, inherited: Note | None) -> None:
        self.leaves.append(measure)
        source = own if own and own.units else inherited
        if not measure.units and source and source.units:
            measure.units = [copy.copy(u) for u in source.placed_units()]
            if self.first_is_lead and not any(u.role == ROLE_LEAD for u in measure.units):
                measure.units[0].role = ROLE_LEAD  # 列第一位的为牵头单位
            self.with_units += 1
        if measure.deadline_text:
            return
        text = (own.deadline_text if own else None) or sentence_deadline(measure.text) or (
            inherited.deadline_text if inherited else None)
        if text:
            measure.deadline_text = text
            measure.deadline = deadline_date(text, self.default_year)


def _joined(*notes: Note | None) -> Note | None:
    present = [n for n in notes if n is not None and not n.empty]
    if not present:
        return None
    joined = Note()
    for note in present:
        joined.add(note)
    return joined


def _over(own: Note | None, inherited: Note | None) -> Note | None:
    """A group's note over the one it inherits: its units replace, its deadline wins."""
    if own is None:
        return inherited
    if inherited is None:
        return own
    return Note(units=own.units or inherited.units,
                leaders=own.leaders if own.units else (own.leaders or inherited.leaders),
                deadline_text=own.deadline_text or inherited.deadline_text)


def attach_trailing_notes(areas: list[ParsedArea], warnings: list[ParseWarning],
                          default_year: int | None = None, first_is_lead: bool = False) -> int:
    """Give each measure the units, leaders and deadline its notes name, where it has none
    yet (a responsibility table read before wins). Returns how many measures got units.
    ``default_year`` dates a deadline written without a year (6月底前); ``first_is_lead``
    when the document says the first unit listed leads (列第一位的责任单位为牵头单位)."""
    reader = _Reader(warnings, default_year, first_is_lead)
    for area in areas:
        reader.area(area)
    leaves = reader.leaves
    have_units = [m for m in leaves if m.units]
    if leaves and len(have_units) >= MOST * len(leaves):
        for measure in leaves:
            if not measure.units:
                warnings.append(ParseWarning(
                    measure.line, f"措施“{_name(measure)}”没有写明牵头单位或责任单位，"
                    "请在预览中补充。", "no_units"))
    return reader.with_units
