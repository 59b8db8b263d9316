"""Hypothesis strategies: policy texts built from the numbering a Chinese document uses,
random text and bytes, mutations of real files, and workbooks shaped like returns."""

from __future__ import annotations

import io
import random
import zipfile
from datetime import date, datetime
from pathlib import Path

from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.utils.exceptions import IllegalCharacterError

ROOT = Path(__file__).resolve().parents[2]
SEED_TEXTS = sorted((ROOT / "resources" / "seeds").glob("*.txt"))
CORPUS_TEXTS = sorted((ROOT / "tests" / "importing" / "corpus").glob("*.txt"))

NUMERALS = "一二三四五六七八九十"
_heading = st.one_of(
    st.builds(lambda n: f"第{n}章", st.sampled_from(NUMERALS)),
    st.builds(lambda n: f"{n}、", st.sampled_from(NUMERALS)),
    st.builds(lambda n: f"（{n}）", st.sampled_from(NUMERALS)),
    st.builds(lambda n: f"{n}.", st.integers(0, 200)),
    st.builds(lambda n: f"（{n}）", st.integers(0, 200)),
    st.builds(lambda n: f"({n})", st.integers(0, 200)),
    st.sampled_from(["附件", "附件1", "湛府办〔2024〕9号", "牵头单位：", "责任单位：市商务局、市发改局",
                     "完成时限：2025年12月", "2025年", "工作任务台账", "序号\t工作任务\t牵头单位",
                     "各县（市、区）人民政府（管委会）", "（此件公开发布）", "湛江市人民政府办公室",
                     "\t\t\t", "——", "目录", "第一部分", "指标名称\t基期值\t目标值"]),
)
_words = st.text(alphabet=st.sampled_from(list("推进落实加强建设完善市县区政府工作任务年度计划牵头配合单位，。；：、（）《》“”0123456789%")),
                 max_size=60)
_line = st.one_of(
    st.builds(lambda h, w: h + w, _heading, _words),
    _words,
    st.text(max_size=80),  # any unicode, control characters and NULs included
    st.builds(lambda w, n: w * n, st.text(min_size=1, max_size=5), st.integers(500, 4000)),  # very long lines
)
policy_texts = st.lists(_line, max_size=60).map("\n".join)


def _encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="replace")


text_bytes = st.one_of(
    st.builds(_encode, policy_texts, st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-16-le"])),
    st.lists(st.builds(_encode, policy_texts, st.sampled_from(["utf-8", "gb18030", "utf-16-le", "latin-1"])),
             min_size=2, max_size=4).map(b"".join),  # mixed encodings in one file
    st.binary(max_size=2000),
    st.builds(lambda bom, rest: bom + rest, st.sampled_from([b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf"]),
              st.binary(max_size=200)),  # a byte-order mark before anything
)


def mutate(data: bytes, rng: random.Random, lines: bool) -> bytes:
    """Flip bytes, cut the end off, drop or shuffle lines."""
    choice = rng.randrange(4 if lines else 3)
    if choice == 0 and data:
        buffer = bytearray(data)
        for _ in range(rng.randint(1, 20)):
            buffer[rng.randrange(len(buffer))] = rng.randrange(256)
        return bytes(buffer)
    if choice == 1:
        return data[: rng.randrange(len(data) + 1)]
    if choice == 2 and data:
        start = rng.randrange(len(data))
        return data[:start] + data[start + rng.randint(1, 4000):]  # a piece cut out
    parts = data.split(b"\n")
    rng.shuffle(parts)
    return b"\n".join(parts[: rng.randint(1, len(parts))])


def mutations(sources: list[bytes], lines: bool):
    return st.builds(lambda data, seed, rounds: _mutated(data, random.Random(seed), rounds, lines),
                     st.sampled_from(sources), st.integers(0, 2**32), st.integers(1, 3))


def _mutated(data: bytes, rng: random.Random, rounds: int, lines: bool) -> bytes:
    for _ in range(rounds):
        data = mutate(data, rng, lines)
    return data


LEDGER_HEADER = ["指标名称", "牵头单位", "责任单位", "序号", "工作任务", "落实情况", "存在问题",
                 "存在问题的意见建议", "完成进度（%）", "评估情况（请选择）", "备注"]
_cell = st.one_of(
    st.none(), st.integers(-10**12, 10**12), st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(), st.dates(min_value=date(1900, 3, 1), max_value=date(9999, 12, 31)),
    st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(9999, 12, 31)),
    st.times(), st.sampled_from(["#REF!", "#DIV/0!", "#N/A", "#VALUE!", "=1/0", "=SUM(A1:A3)",
                                 '=HYPERLINK("http://x","y")', "@SUM(A1)", "+1", "-", "—", "/", "80%", "８０",
                                 "0.8", "已完成", "序时推进", "滞后", "未启动", "（12）", "(3)", "12.0", "一、", "（一）"]),
    st.text(max_size=30), st.text(min_size=1, max_size=3).map(lambda s: s * 12000),  # huge strings
)


@st.composite
def return_workbooks(draw) -> bytes:
    """A workbook shaped like a return: title rows, a header (maybe shuffled, maybe partly
    missing) anywhere in the first rows, rows of cells of every type, merged ranges."""
    book = Workbook()
    sheet = book.active
    top = draw(st.integers(0, 16))
    header = draw(st.permutations(LEDGER_HEADER))
    header = header[: draw(st.integers(0, len(header)))]
    column = draw(st.integers(1, 4))
    for row in range(1, top + 1):
        if draw(st.booleans()):
            _put(sheet, row, column, draw(_cell))
    for offset, title in enumerate(header):
        sheet.cell(row=top + 1, column=column + offset, value=title)
    width = max(len(header), 3)
    for row in range(top + 2, top + 2 + draw(st.integers(0, 12))):
        for col in range(column, column + width):
            _put(sheet, row, col, draw(_cell), draw(st.booleans()))
    for _ in range(draw(st.integers(0, 4))):
        r1, c1 = draw(st.integers(1, top + 14)), draw(st.integers(1, column + width))
        r2, c2 = r1 + draw(st.integers(0, 5)), c1 + draw(st.integers(0, 3))
        try:
            sheet.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        except ValueError:
            pass
    if draw(st.booleans()):
        second = book.create_sheet(draw(st.sampled_from(["Sheet2", "zjtracker_stamp", "说明"])))
        for col in range(1, 4):
            _put(second, 1, col, draw(_cell))
        second.sheet_state = draw(st.sampled_from(["visible", "hidden", "veryHidden"]))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _put(sheet, row: int, col: int, value, percent: bool = False) -> None:
    cell = sheet.cell(row=row, column=col)
    try:
        cell.value = value
    except (ValueError, TypeError, IllegalCharacterError):  # a value openpyxl cannot store
        cell.value = repr(value)
    if percent:
        cell.number_format = "0%"


def zip_mutations(sources: list[bytes]):
    """Damaged containers: bytes flipped or cut, and members dropped or emptied."""
    return st.one_of(mutations(sources, lines=False),
                     st.builds(_drop_member, st.sampled_from(sources), st.integers(0, 2**32)))


def _drop_member(data: bytes, seed: int) -> bytes:
    rng = random.Random(seed)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    victim = rng.choice(sorted(parts))
    if rng.random() < 0.5:
        del parts[victim]
    else:
        parts[victim] = parts[victim][: rng.randrange(len(parts[victim]) + 1)]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()



_fill = st.one_of(_cell, st.none(), st.integers(0, 100), st.sampled_from(["已完成", "序时推进", "滞后", "未启动"]),
                  st.text(min_size=1, max_size=200))


@st.composite
def filled_returns(draw, tasks: list[tuple[str, int, str]]) -> bytes:
    """A return in the city's ledger layout for ``tasks`` ((area, number, text)), its fill-in
    cells holding anything: numbers, dates, errors, formulas, huge strings, nothing."""
    book = Workbook()
    sheet = book.active
    for _ in range(draw(st.integers(0, 3))):
        sheet.append(["2025年第三季度工作任务台账"])
    sheet.append(LEDGER_HEADER)
    chosen = draw(st.lists(st.sampled_from(tasks), min_size=1, max_size=len(tasks) + 2))
    for area, number, text in chosen:
        task = draw(st.sampled_from([f"（{number}）", f"({number})", number, float(number), f"{number}"]))
        row = sheet.max_row + 1
        values = [area, "市商务局", None, task, text, draw(_fill), draw(_fill), draw(_fill),
                  draw(st.one_of(st.none(), st.integers(0, 100), st.floats(0, 1), _cell)),
                  draw(st.one_of(st.none(), st.sampled_from(["已完成", "序时推进", "滞后", "未启动"]), _cell)),
                  draw(_fill)]
        for col, value in enumerate(values, 1):
            _put(sheet, row, col, value, col == 9 and draw(st.booleans()))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
