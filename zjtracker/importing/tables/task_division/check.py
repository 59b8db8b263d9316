"""Check the tasks read from a task-division table against the body's own task list.

The body text is set as prose and survives extraction better than a table: where a table
row was cut wrongly (two tasks in one cell), a cell is empty, or the wording differs, the
body decides or a warning tells the clerk what to look at. Standard library only.
"""

from __future__ import annotations

import copy
import difflib
import unicodedata

from zjtracker.importing.model import ParsedArea, ParsedMeasure, ParseWarning
from zjtracker.importing.tables.task_division.body import BodyArea, BodyTask
from zjtracker.importing.tables.task_division.cells import (
    parse_deadline, squeeze, strip_trailing_note,
)
from zjtracker.importing.tables.task_division.rows import same_unit

_ROLE_NAMES = {"lead": "牵头单位", "cooperating": "配合单位", "responsible": "责任单位"}
SIMILAR = 0.6  # below this the table cell is taken to be garbled and the body text is used


def text_key(text: str) -> str:
    return strip_trailing_note(unicodedata.normalize("NFKC", squeeze(text))).replace(" ", "")


def differences(table: str, body: str, limit: int = 3) -> str:
    """'表格“…监管提供…”，正文“…监督提供…”' for the first few differing passages."""
    matcher = difflib.SequenceMatcher(None, table, body, autojunk=False)
    parts = []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            continue
        left, right = table[max(0, a1 - 6):a2 + 6], body[max(0, b1 - 6):b2 + 6]
        parts.append(f"表格“…{left}…”，正文“…{right}…”")
        if len(parts) == limit:
            break
    return "；".join(parts)


class BodyCheck:
    def __init__(self, body: dict[str, BodyArea], carried_deadlines: list[ParsedMeasure],
                 bureau_name: str, warnings: list[ParseWarning]):
        self.body = body
        self.carried = carried_deadlines
        self.bureau_name = bureau_name
        self.warnings = warnings

    def warn(self, line: int | None, message: str) -> None:
        self.warnings.append(ParseWarning(line=line, message=message))

    def check(self, areas: list[ParsedArea]) -> None:
        if not self.body:
            return
        for area in areas:
            listed = self.body.get(area.label)
            if listed is None:
                self.warn(area.line, f"正文中没有找到指标{area.label}{area.title}的任务清单，"
                          "表格内容未能与正文核对。")
                continue
            self._check_title(area, listed)
            self._split_merged(area, listed)
            self._check_tasks(area, listed)
            self._check_bureau(area, listed)

    def _check_title(self, area: ParsedArea, listed: BodyArea) -> None:
        if not area.title:
            area.title = listed.title
        elif text_key(area.title) != text_key(listed.title):
            self.warn(area.line, f"指标{area.label}在表格中写作“{area.title}”，正文写作"
                      f"“{listed.title}”，已按表格录入，请核对。")

    def _split_merged(self, area: ParsedArea, listed: BodyArea) -> None:
        """A table cell that holds two of the body's tasks is split in two."""
        if len(area.measures) >= len(listed.tasks):
            return
        result: list[ParsedMeasure] = []
        for measure in area.measures:
            cuts = sorted({measure.text.find(t.text) for t in listed.tasks
                           if len(t.text) >= 8 and measure.text.find(t.text) > 0})
            if not cuts:
                result.append(measure)
                continue
            bounds = [0] + cuts + [len(measure.text)]
            for start, end in zip(bounds, bounds[1:]):
                piece = copy.deepcopy(measure)
                piece.text = measure.text[start:end].strip()
                if start:
                    piece.deadline, piece.deadline_text = None, None
                self.carried.append(piece)  # whose deadline it was is unsure: the body decides
                result.append(piece)
            self.warn(measure.line, f"表格第{measure.line}行的一格中含有正文所列的"
                      f"{len(cuts) + 1}条任务，已拆分为{len(cuts) + 1}条，请核对。")
        area.measures[:] = result

    def _pairs(self, area: ParsedArea, listed: BodyArea) -> list[tuple[ParsedMeasure, BodyTask]]:
        tasks = listed.tasks
        if len(area.measures) == len(tasks):
            return list(zip(area.measures, tasks))
        self.warn(area.line, f"指标{area.label}{area.title}在表格中有{len(area.measures)}条任务，"
                  f"正文列出{len(tasks)}条，请核对是否有遗漏或错行。")
        pairs, free = [], list(tasks)
        for measure in area.measures:
            if not free:
                break
            best = max(free, key=lambda t: difflib.SequenceMatcher(
                None, text_key(measure.text), text_key(t.text), autojunk=False).ratio())
            pairs.append((measure, best))
            free.remove(best)
        return pairs

    def _check_tasks(self, area: ParsedArea, listed: BodyArea) -> None:
        for measure, task in self._pairs(area, listed):
            self._check_text(area, measure, task)
            self._check_deadline(area, measure, task)

    def _check_text(self, area: ParsedArea, measure: ParsedMeasure, task: BodyTask) -> None:
        table, body = text_key(measure.text), text_key(task.text)
        if table == body:
            return
        ratio = difflib.SequenceMatcher(None, table, body, autojunk=False).ratio()
        if ratio < SIMILAR:
            self.warn(measure.line, f"指标{area.label}的任务“{task.text[:20]}…”在表格中的文字疑似"
                      f"错位（表格为“{measure.text[:20]}…”），已采用正文第{task.line}行的表述，请核对。")
            measure.text = task.text
            return
        shown_table = strip_trailing_note(squeeze(measure.text))
        shown_body = strip_trailing_note(squeeze(task.text))
        self.warn(measure.line, f"指标{area.label}的任务“{shown_body[:16]}…”在表格与正文中的表述"
                  f"不一致：{differences(shown_table, shown_body)}。已按表格录入，请核对。")

    def _check_deadline(self, area: ParsedArea, measure: ParsedMeasure, task: BodyTask) -> None:
        written = parse_deadline(task.deadline_text)
        if written is None or written == measure.deadline:
            return
        head = f"指标{area.label}的任务“{text_key(task.text)[:16]}…”"
        if measure.deadline is None or any(m is measure for m in self.carried):
            was = f"在表格中没有单独写明完成时限（按{measure.deadline_text}读入）"
            if measure.deadline is not None:
                self.warn(measure.line, f"{head}{was}，正文写明{task.deadline_text}，"
                          "已采用正文的完成时限。")
            measure.deadline, measure.deadline_text = written, task.deadline_text
            return
        self.warn(measure.line, f"{head}的完成时限在表格中为{measure.deadline_text}，正文为"
                  f"{task.deadline_text}，已按表格录入，请核对。")

    def _check_bureau(self, area: ParsedArea, listed: BodyArea) -> None:
        if not self.bureau_name:
            return
        own = [u for m in area.measures for u in m.units if same_unit(u.name, self.bureau_name)]
        roles = {u.role for u in own}
        if listed.role and own and listed.role not in roles:
            found = "、".join(sorted(_ROLE_NAMES.get(r, r) for r in roles))
            self.warn(area.line, f"正文说明本单位在指标{area.label}{area.title}中为"
                      f"{_ROLE_NAMES[listed.role]}，表格中为{found}，请核对。")
        sections = {s for u in own if u.section for s in u.section.split("、")}
        if listed.sections and sections and sections != set(listed.sections):
            self.warn(area.line, f"指标{area.label}{area.title}的责任科室：正文为"
                      f"{'、'.join(listed.sections)}，表格为{'、'.join(sorted(sections))}，请核对。")
