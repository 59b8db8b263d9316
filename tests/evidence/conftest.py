"""A policy of 24 tasks numbered through (as the city's ledgers number them), and real
evidence files written the way a clerk's programs write them."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from sqlalchemy import select

from zjtracker.db.models import Measure, YearlyPlan
from zjtracker.importing.model import (
    ParsedArea,
    ParsedMeasure,
    ParsedPlan,
    ParsedPolicy,
    ParsedUnit,
    ParseResult,
)
from zjtracker.services.policies.importer import store_result

PERIOD = "2025Q3"
AREAS = (("一、", "优化营商环境", range(1, 9)), ("二、", "扩大有效投资", range(9, 17)),
         ("三、", "促进消费升级", range(17, 25)))
UNITS = ("市发展改革局", "市商务局", "市财政局", "市住房城乡建设局")


def evidence_policy() -> ParsedPolicy:
    areas = []
    for label, title, numbers in AREAS:
        measures = [ParsedMeasure(f"（{n}）", f"第{n}项任务：推进重点工作{n}，按期完成年度目标。", number=n,
                                  units=[ParsedUnit(UNITS[n % len(UNITS)], "lead")],
                                  plans=[ParsedPlan(2025, f"2025年完成第{n}项任务。")]) for n in numbers]
        areas.append(ParsedArea(label, title, measures=measures))
    return ParsedPolicy(title="湛江市2025年稳增长工作方案", start_year=2025, end_year=2025, areas=areas)


@pytest.fixture
def policy_id(database) -> int:
    [stored] = store_result(database, ParseResult(source="t.txt", policies=[evidence_policy()]), "t")
    return stored


@pytest.fixture
def plans(database, policy_id) -> dict[int, int]:
    """task number → plan id."""
    with database.session() as session:
        return dict(session.execute(select(Measure.number, YearlyPlan.id).join(
            YearlyPlan, YearlyPlan.measure_id == Measure.id)).all())


def png_bytes(width: int = 4, height: int = 3, shade: int = 0) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = b"\x00" + b"".join(bytes(((x * 40 + shade) % 256, 80, 160)) for x in range(width))
    raw = row * height
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def write_png(path: Path, shade: int = 0) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(png_bytes(shade=shade))
    return path


def write_pdf(path: Path, text: str = "evidence") -> Path:
    from reportlab.pdfgen import canvas

    path.parent.mkdir(parents=True, exist_ok=True)
    page = canvas.Canvas(str(path))
    page.drawString(72, 720, text)
    page.save()
    return path


def write_docx(path: Path, text: str = "会议纪要") -> Path:
    import docx

    path.parent.mkdir(parents=True, exist_ok=True)
    document = docx.Document()
    document.add_paragraph(text)
    document.save(str(path))
    return path


def write_xlsx(path: Path, text: str = "统计表") -> Path:
    from openpyxl import Workbook

    path.parent.mkdir(parents=True, exist_ok=True)
    book = Workbook()
    book.active["A1"] = text
    book.save(path)
    return path
