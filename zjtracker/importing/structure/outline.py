"""The numbered outline of a prose policy document: areas → groups → measures.

Input: the body of a document as logical paragraphs, a sequence of ``(line_no, text)``
pairs (``text_lines.logical_paragraphs`` gives them; table rows are ignored here).
Output: ``list[ParsedArea]``.

How the levels are chosen (by what the document uses, not fixed assumptions):

* Each paragraph that starts with a numbering label (第一章, 一、, （一）, 1., （1）, ①) is a
  heading candidate. A label is accepted only when its number continues sensibly: 1 under
  a new parent, or one more than the last number of that style (in the same parent or in
  the whole document, as 000 numbers （一）…（十七） and 1.…30. straight through).
  Anything else is plain text, with a warning when it looked like a heading.
* Numbering styles rank in the order of the official document format (GB/T 9704: 第X章 /
  第X节 / 第X条, then 一、 （一） 1. （1） ①), whichever appears first: a section that goes
  straight from 一、 to 1. while the next has 二、 → （一） → 3. keeps 1. at the task level.
* The measure level is the deepest style used. When the deepest headings are bare titles
  (（一）优化准入环境) followed by paragraphs that open with a short lead sentence
  (推行简易注销改革。…), those paragraphs are the measures (unnumbered tasks).
* An area with nothing at the measure level keeps its whole text as ``guiding_text``
  (一、总体要求 with （一）指导思想。… （二）主要目标。…). An item (1. （1） ①) that names
  its units or deadline (labelled lines after it, a bracket at its end) is a task wherever it
  stands: a plan whose item 2. alone has sub-items ⑴…⑶ keeps items 1., 3., 4. as tasks.
* Unnumbered paragraphs after a measure are joined to it (with a warning); those after
  the document's last measure are closing text and are left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from zjtracker.importing.annotations.inline_units import trailing_note
from zjtracker.importing.annotations.note_lines import is_note_line
from zjtracker.importing.cleaning.text_lines import Label, lead_sentence, match_label
from zjtracker.importing.model import ParsedArea, ParsedMeasure, ParseWarning

# The levels of a Chinese official document, highest first (kinds of text_lines.Label).
LEVEL_ORDER = ("chapter", "section", "article", "cn", "cn_paren", "num", "num_paren", "circled")
HEADING_MAX_CHARS = 40  # a run-on heading's first sentence is at most this long
LEAD_SHARE = 0.6  # share of paragraphs with lead sentences that makes them tasks


@dataclass
class _Node:
    label: Label | None
    line: int
    rank: int
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)
    paragraphs: list[tuple[int, str]] = field(default_factory=list)

    @property
    def rest(self) -> str:
        return self.label.rest if self.label else ""

    def heading(self) -> tuple[str, str]:
        return split_heading(self.rest)

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


def split_heading(rest: str) -> tuple[str, str]:
    """(title, body) of a heading: "推动电商消费线上线下加速融合。" → (title, "");
    "加强组织领导。始终把…" → ("加强组织领导", "始终把…"); a long sentence → ("", rest)."""
    end = rest.find("。")
    if end == -1:
        return (rest, "") if len(rest) <= HEADING_MAX_CHARS else ("", rest)
    if end <= HEADING_MAX_CHARS:
        return rest[:end], rest[end + 1:]
    return "", rest


def parse_outline(paragraphs: Iterable[Sequence], warnings: list[ParseWarning]) -> list[ParsedArea]:
    """Build areas, groups and measures from ``(line_no, text)`` paragraphs.

    ``warnings`` receives a ParseWarning for every place the reader was unsure of.
    """
    root = _build_tree([(int(p[0]), str(p[1])) for p in paragraphs if "\t" not in str(p[1])],
                       warnings)
    nodes = [n for n in root.walk() if n.label]
    if not nodes:
        return []
    deepest = max(n.rank for n in nodes)
    lead_mode = _uses_lead_tasks([n for n in nodes if n.rank == deepest])
    builder = _Builder(deepest, lead_mode, warnings)
    tops = root.children
    if all(not n.children for n in tops) and tops[0].label.kind in ("num", "num_paren", "circled"):
        area = ParsedArea(label="", title="", line=tops[0].line)  # one level: all measures
        area.measures = [builder.measure(n) for n in tops]
        areas = [area]
    else:
        areas = [builder.area(n) for n in tops]
    builder.drop_closing_text(areas)
    return areas


# --- tree --------------------------------------------------------------------------------


def _build_tree(paragraphs: list[tuple[int, str]], warnings: list[ParseWarning]) -> _Node:
    root = _Node(None, 0, -1)
    last_number: dict[str, int] = {}  # last accepted number of each style in the document
    last_parent: dict[str, _Node] = {}  # the parent of that label
    current = root
    for line, text in paragraphs:
        label = match_label(text)
        if label is not None:
            rank = LEVEL_ORDER.index(label.kind)
            parent = current
            while parent.rank >= rank:
                parent = parent.parent
            if _continues(label, parent, last_number, last_parent):
                node = _Node(label, line, rank, parent)
                parent.children.append(node)
                last_number[label.kind], last_parent[label.kind] = label.number, parent
                current = node
                continue
            if len(text) <= HEADING_MAX_CHARS or split_heading(label.rest)[0]:
                expected = last_number.get(label.kind, 0) + 1
                warnings.append(ParseWarning(line, f"第{line}行以“{label.text}”开头，但编号不连续"
                                             f"（应为第{expected}项），已当作正文处理，请核对。",
                                             "numbering"))
        current.paragraphs.append((line, text))
    return root


def _continues(label: Label, parent: _Node, last_number: dict, last_parent: dict) -> bool:
    previous = last_number.get(label.kind)
    if previous is None:
        return label.number == 1
    if label.number == previous + 1:
        return True
    # A restart at 1 only under a new parent (a list inside a measure is not a restart).
    return label.number == 1 and last_parent.get(label.kind) is not parent


def _uses_lead_tasks(deepest: list[_Node]) -> bool:
    """Whether the deepest headings are bare titles whose paragraphs are lead-sentence tasks."""
    bare = [n for n in deepest if not n.heading()[1] and n.paragraphs]
    if len(bare) < 2 or len(bare) * 2 < len(deepest):
        return False
    paragraphs = [text for n in bare for _, text in n.paragraphs]
    with_lead = sum(1 for text in paragraphs if lead_sentence(text))
    return with_lead >= LEAD_SHARE * len(paragraphs)


# --- areas and measures ------------------------------------------------------------------


class _Builder:
    def __init__(self, deepest: int, lead_mode: bool, warnings: list[ParseWarning]):
        self.deepest = deepest
        self.lead_mode = lead_mode
        self.warnings = warnings
        self.task_number = 0
        self.joined: list[ParsedMeasure] = []  # measures that took unnumbered paragraphs
        self.quiet: set[int] = set()  # of those, the ones whose paragraphs end with their note
        self.last_measure: tuple[ParsedMeasure, list[tuple[int, str]]] | None = None

    def _has_measures(self, node: _Node) -> bool:
        if self.lead_mode:
            return any(n.rank == self.deepest and not n.heading()[1] and n.paragraphs
                       for n in node.walk())
        return any(n.rank == self.deepest or _noted_leaf(n) for n in node.walk())

    def area(self, node: _Node) -> ParsedArea:
        title, body = node.heading()
        area = ParsedArea(label=node.label.text, title=title or node.rest, line=node.line)
        if not self._has_measures(node):
            parts = [body] if body else []
            parts += [text for _, text in node.paragraphs]
            for child in node.children:
                parts += [_full_text(n) for n in child.walk()]
            area.guiding_text = "\n".join(p for p in parts if p)
            self.last_measure = None  # text follows the last measure: it was not closing
            return area
        area.guiding_text = "\n".join(p for p in [body] + [t for _, t in node.paragraphs] if p)
        area.measures = [self.measure(child) for child in node.children]
        return area

    def measure(self, node: _Node) -> ParsedMeasure:
        label = node.label
        if self.lead_mode and node.rank == self.deepest and not node.heading()[1]:
            group = self._group(node)
            group.children = self._lead_tasks(node.paragraphs)
            return group
        if node.children and self._has_measures(node):
            group = self._group(node)
            group.children = [self.measure(child) for child in node.children]
            return group
        warned = (node.rank != self.deepest and not _noted_leaf(node)) or bool(node.children)
        if warned:
            self.warnings.append(ParseWarning(
                node.line, f"第{node.line}行“{label.text}{node.heading()[0]}”下面没有编号措施，"
                f"已作为一项措施读入，请核对。", "structure"))
        text = _full_text(node) if node.children else label.rest
        measure = ParsedMeasure(label=label.text, text=text, number=label.number, line=node.line)
        if node.paragraphs:
            self.last_measure = (measure, node.paragraphs)
            # lines of units, leaders and deadline (牵头单位：…) are notes, read later
            if not warned and not all(is_note_line(t) for _, t in node.paragraphs):
                self.joined.append(measure)
                if _closed_by_note(node):  # the paragraphs are the item's text (a title line, then its body)
                    self.quiet.add(id(measure))
            measure.text = "\n".join([text] + [t for _, t in node.paragraphs])
        else:
            self.last_measure = None
        return measure

    def _group(self, node: _Node) -> ParsedMeasure:
        title, body = node.heading()
        text = node.rest.rstrip("。") if not body else node.rest
        if node.paragraphs and not self.lead_mode:
            text = "\n".join([text] + [t for _, t in node.paragraphs])
        return ParsedMeasure(label=node.label.text, text=text, number=node.label.number,
                             line=node.line)

    def _lead_tasks(self, paragraphs: list[tuple[int, str]]) -> list[ParsedMeasure]:
        tasks: list[ParsedMeasure] = []
        for line, text in paragraphs:
            if lead_sentence(text) is None and tasks:
                tasks[-1].text += "\n" + text
                self.warnings.append(ParseWarning(
                    line, f"第{line}行的段落不以一句短标题开头，已并入上一项任务，请核对。", "structure"))
                continue
            self.task_number += 1
            tasks.append(ParsedMeasure(label="", text=text, number=self.task_number, line=line))
        self.last_measure = None
        return tasks

    def drop_closing_text(self, areas: list[ParsedArea]) -> None:
        """Paragraphs after the document's last measure are its closing words, not the
        measure's; keep the measure's own text only. Warn for the other joined paragraphs."""
        closing = self.last_measure[0] if self.last_measure else None
        for measure in self.joined:
            if measure is closing:
                measure.text = _own_lines(measure.text)
            elif id(measure) not in self.quiet:
                self.warnings.append(ParseWarning(
                    measure.line, f"措施“{measure.label}”后面有未编号的段落，已并入该措施，请核对。",
                    "structure"))


def _noted_leaf(node: _Node) -> bool:
    """An item (1. （1） ①) without sub-items that names its units or deadline: note lines
    after it (牵头单位：…) or a bracket of them at its end. Such an item is a task wherever it
    stands; a heading 一、 or （一） stays one unless its level is the measures'."""
    if node.children or node.label is None or node.rank < LEVEL_ORDER.index("num"):
        return False
    if any(is_note_line(text) for _, text in node.paragraphs) or trailing_note(node.rest) is not None:
        return True
    return _closed_by_note(node)


def _closed_by_note(node: _Node) -> bool:
    """Whether the last of the paragraphs after an item's first line ends with its note."""
    return bool(node.paragraphs) and trailing_note(node.paragraphs[-1][1]) is not None


def _own_lines(text: str) -> str:
    """The first line of a measure and the note lines right after it (not the closing
    paragraphs that follow them)."""
    lines = text.split("\n")
    end = 1
    while end < len(lines) and is_note_line(lines[end]):
        end += 1
    return "\n".join(lines[:end])


def _full_text(node: _Node) -> str:
    head = (node.label.text if node.label else "") + node.rest
    return "\n".join([head] + [t for _, t in node.paragraphs])

