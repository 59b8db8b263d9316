"""Notes written on lines of their own after a measure (or a group heading):

    1.盘活低效工业用地。开展闲置厂房和低效用地清查，分类推进处置。
    牵头负责领导:黄立新。
    牵头责任单位:市科学技术局。
    协同责任单位:市生态环境局、各县（市、区）人民政府。
    时间节点:2024年底前。

and a bracket standing alone on its line, as after the last sub-item of a group
(``（市应急管理局牵头，市住房城乡建设局配合）``). Such lines are notes, never task text.
Standard library only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from zjtracker.importing.annotations.inline_units import trailing_note
from zjtracker.importing.annotations.roles import (
    Note,
    clauses,
    labelled_line,
    read_clauses,
    role_sentence,
)

_ALONE = re.compile(r"^\s*[（(〔\[【].*[）)〕\]】]\s*[。.；;]?\s*$", re.S)


def bracket_alone(line: str) -> Note | None:
    """The note of a line that is nothing but a bracket of units or deadline."""
    return trailing_note(line) if _ALONE.match(line) else None


def note_of_line(line: str) -> Note | None:
    """The note a whole line makes, labelled or a bracket alone; None for task text."""
    return labelled_line(line) or bracket_alone(line)


def is_note_line(line: str) -> bool:
    return note_of_line(line) is not None


@dataclass
class SplitText:
    """A measure's text parted into its task lines and the notes written after them."""

    text: str
    labelled: Note | None  # from labelled lines
    alone: Note | None  # from brackets standing alone on their lines


# a labelled note written after the task's last sentence on the same line:
# 提高污水集中收集率。部门分工：市住建局牵头，各县区政府配合。
_AFTER_SENTENCE = re.compile(r"(?<=。)\s*(?=[\u4e00-\u9fff]{2,10}\s*[：:])")


def note_after_sentence(line: str) -> tuple[str, Note] | None:
    """(task, note) of a line whose last part, after a full stop, is a labelled note that
    runs to its end; None when it has none."""
    for match in _AFTER_SENTENCE.finditer(line):
        head = line[: match.start()]
        if sum(head.count(c) for c in "（(〔[【") != sum(head.count(c) for c in "）)〕]】"):
            continue  # inside a bracket: its own note
        note = labelled_line(line[match.end():])
        if note is not None:
            return line[: match.start()], note
    return None


def split_note_lines(text: str) -> SplitText:
    """Take the note lines out of ``text`` (its first line is the task and stays), and a
    labelled note written after the last sentence of a line."""
    lines = text.split("\n")
    keep, labelled, alone = [lines[0]], None, None
    if "：" in lines[0] or ":" in lines[0]:
        if found := note_after_sentence(lines[0]):
            keep[0], labelled = found
    for line in lines[1:]:
        if note := labelled_line(line):
            labelled = labelled or Note()
            labelled.add(note)
        elif note := bracket_alone(line):
            alone = alone or Note()
            alone.add(note)
        else:
            keep.append(line)
    return SplitText("\n".join(keep), labelled, alone)


# the last sentence of a line, after the task's own: …给予50%补助。由市商务局牵头，市财政局配合。
_LAST_SENTENCE = re.compile(r"(?<=。)(?P<last>[^。]+。?)\s*$")


def closing_role_sentence(text: str) -> tuple[str, Note] | None:
    """(task, note) of a text whose last sentence, after the task's own, says only who does
    it and by when (``由市商务局牵头，市财政局配合，2025年底前完成。``, ``A、B负责，C配合。``):
    every clause a role sentence or a deadline, one unit at least; None when it is not."""
    match = _LAST_SENTENCE.search(text)
    if not match or "（" in match.group("last") and "）" not in match.group("last"):
        return None
    parts = clauses(match.group("last").rstrip("。"))
    if not parts or not any(role_sentence(part) for part in parts):
        return None
    note = read_clauses(parts)
    if note.unread or not note.units:
        return None
    return text[: match.start("last")], note
