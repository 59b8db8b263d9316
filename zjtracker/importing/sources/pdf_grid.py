"""Tables of a PDF page found from its ruling lines: the thin horizontal and vertical
strokes (and the edges of drawn rectangles) are joined where they touch, every group of
lines that crosses makes a grid, and two neighbouring positions of the grid with no line
between them belong to one merged cell. Pure geometry on PDF coordinates (points, origin at
the bottom left); standard library only."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

THIN = 2.5  # a stroke at most this thick is a line, not a box
TOL = 2.0  # how far apart two lines may be and still meet
MAX_LINES = 4000  # a page drawn with more lines than this is a picture, not a table


@dataclass
class Line:
    pos: float  # y of a horizontal line, x of a vertical one
    start: float
    end: float


@dataclass
class Grid:
    xs: list[float]  # column boundaries, left to right
    ys: list[float]  # row boundaries, top to bottom (descending y)
    cells: dict[tuple[int, int], tuple[int, int, int, int]] = field(default_factory=dict)
    # (row, col) of every position → (row, col, row_span, col_span) of the cell covering it
    _down: list[float] = field(default_factory=list, repr=False)

    @property
    def top(self) -> float:
        return self.ys[0]

    def contains(self, x: float, y: float) -> bool:
        return self.xs[0] <= x <= self.xs[-1] and self.ys[-1] <= y <= self.ys[0]

    def position(self, x: float, y: float) -> tuple[int, int]:
        if len(self._down) != len(self.ys):
            self._down = [-value for value in self.ys]
        col = min(max(bisect_right(self.xs, x) - 1, 0), len(self.xs) - 2)
        row = min(max(bisect_right(self._down, -y) - 1, 0), len(self.ys) - 2)
        return row, col


def lines_of(boxes) -> tuple[list[Line], list[Line]]:
    """Horizontal and vertical lines from the bounds (left, bottom, right, top) of drawn paths."""
    horizontal, vertical = [], []
    for left, bottom, right, top in boxes:
        width, height = right - left, top - bottom
        if height <= THIN and width > THIN:
            horizontal.append(Line((top + bottom) / 2, left, right))
        elif width <= THIN and height > THIN:
            vertical.append(Line((left + right) / 2, bottom, top))
        elif width > THIN and height > THIN:  # a rectangle: its four edges
            horizontal += [Line(top, left, right), Line(bottom, left, right)]
            vertical += [Line(left, bottom, top), Line(right, bottom, top)]
    return _joined(horizontal), _joined(vertical)


def _joined(lines: list[Line]) -> list[Line]:
    """Lines on one position that touch or overlap, made one."""
    lines.sort(key=lambda line: (round(line.pos / TOL), line.start))
    out: list[Line] = []
    for line in lines:
        last = out[-1] if out else None
        if last and abs(last.pos - line.pos) <= TOL and line.start <= last.end + TOL:
            last.end = max(last.end, line.end)
        else:
            out.append(Line(line.pos, line.start, line.end))
    return out


def _meets(h: Line, v: Line) -> bool:
    return (h.start - TOL <= v.pos <= h.end + TOL) and (v.start - TOL <= h.pos <= v.end + TOL)


def find_grids(boxes) -> list[Grid]:
    """The tables drawn on a page, top first."""
    horizontal, vertical = lines_of(boxes)
    if not horizontal or not vertical or len(horizontal) + len(vertical) > MAX_LINES:
        return []
    parent = list(range(len(horizontal) + len(vertical)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_x = sorted(range(len(vertical)), key=lambda j: vertical[j].pos)
    xs_sorted = [vertical[j].pos for j in by_x]
    for i, h in enumerate(horizontal):
        first = bisect_right(xs_sorted, h.start - TOL - 1e-9)
        for k in range(first, len(by_x)):
            j = by_x[k]
            if vertical[j].pos > h.end + TOL:
                break
            if _meets(h, vertical[j]):
                parent[root(i)] = root(len(horizontal) + j)
    groups: dict[int, tuple[list[Line], list[Line]]] = {}
    for i, h in enumerate(horizontal):
        groups.setdefault(root(i), ([], []))[0].append(h)
    for j, v in enumerate(vertical):
        groups.setdefault(root(len(horizontal) + j), ([], []))[1].append(v)
    grids = [_grid(hs, vs) for hs, vs in groups.values() if len(hs) >= 2 and len(vs) >= 2]
    return sorted((g for g in grids if g is not None), key=lambda g: -g.top)


def _positions(values: list[float]) -> list[float]:
    out: list[float] = []
    for value in sorted(values):
        if not out or value - out[-1] > TOL:
            out.append(value)
    return out


def _grid(hs: list[Line], vs: list[Line]) -> Grid | None:
    xs = _positions([v.pos for v in vs])
    ys = _positions([h.pos for h in hs])[::-1]
    if len(xs) < 2 or len(ys) < 2:
        return None
    rows, cols = len(ys) - 1, len(xs) - 1

    def vertical_at(x: float, y: float) -> bool:
        return any(abs(v.pos - x) <= TOL and v.start - TOL <= y <= v.end + TOL for v in vs)

    def horizontal_at(y: float, x: float) -> bool:
        return any(abs(h.pos - y) <= TOL and h.start - TOL <= x <= h.end + TOL for h in hs)

    parent = {(r, c): (r, c) for r in range(rows) for c in range(cols)}

    def root(key):
        while parent[key] != key:
            key = parent[key]
        return key

    for r in range(rows):
        middle_y = (ys[r] + ys[r + 1]) / 2
        for c in range(cols):
            middle_x = (xs[c] + xs[c + 1]) / 2
            if c + 1 < cols and not vertical_at(xs[c + 1], middle_y):
                parent[root((r, c + 1))] = root((r, c))
            if r + 1 < rows and not horizontal_at(ys[r + 1], middle_x):
                parent[root((r + 1, c))] = root((r, c))
    members: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for key in parent:
        members.setdefault(root(key), []).append(key)
    grid = Grid(xs=xs, ys=ys)
    for keys in members.values():
        r0, c0 = min(r for r, _ in keys), min(c for _, c in keys)
        r1, c1 = max(r for r, _ in keys), max(c for _, c in keys)
        for key in keys:
            grid.cells[key] = (r0, c0, r1 - r0 + 1, c1 - c0 + 1)
    return grid
