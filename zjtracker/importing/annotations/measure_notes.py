"""Reading the trailing notes of a prose plan's measures (units and 完成时限 in brackets at
the end of each task, see ``inline_units``) onto the parsed tree, with the warnings a clerk
needs: a clause in such a bracket that is neither a unit nor a deadline, and a measure
without units in a plan whose other measures name theirs. Standard library only.
"""

from __future__ import annotations

from zjtracker.importing.annotations.deadlines import deadline_date
from zjtracker.importing.annotations.inline_units import trailing_note
from zjtracker.importing.model import ParsedArea, ParsedMeasure, ParseWarning

MOST = 0.6  # share of measures with units from which one without them is worth a warning


def _leaves(measures: list[ParsedMeasure]):
    for measure in measures:
        if measure.children:
            yield from _leaves(measure.children)
        else:
            yield measure


def _name(measure: ParsedMeasure) -> str:
    head = measure.text.split("\n", 1)[0]
    return f"{measure.label}{head[:16]}{'…' if len(head) > 16 else ''}"


def attach_trailing_notes(areas: list[ParsedArea], warnings: list[ParseWarning],
                          default_year: int | None = None) -> int:
    """Give each measure the units and deadline its text names at its end, where it has
    none yet (a responsibility table read before wins). Returns how many measures got
    units. ``default_year`` dates a deadline written without a year (6月底前)."""
    leaves = [m for area in areas for m in _leaves(area.measures)]
    with_units = 0
    for measure in leaves:
        note = trailing_note(measure.text)
        if note is None:
            continue
        if not measure.units and note.units:
            measure.units = note.units
            with_units += 1
        if note.deadline_text and not measure.deadline_text:
            measure.deadline_text = note.deadline_text
            measure.deadline = deadline_date(note.deadline_text, default_year)
        for clause in note.unread:
            warnings.append(ParseWarning(
                measure.line, f"措施“{_name(measure)}”末尾括号中的“{clause}”既不像责任单位，"
                "也不像完成时限，没有读取，请核对。", "unit_note"))
    have_units = [m for m in leaves if m.units]
    if leaves and len(have_units) >= MOST * len(leaves):
        for measure in leaves:
            if not measure.units:
                warnings.append(ParseWarning(
                    measure.line, f"措施“{_name(measure)}”没有写明牵头单位或责任单位，"
                    "请在预览中补充。", "no_units"))
    return with_units
