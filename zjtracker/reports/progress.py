"""What the report builders yield while they work: (done, total, Step), and at the very end
(total, total, ReportDone). The GUI shows ``source`` under its progress bar."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Step:
    source: str  # what is being done, one short Chinese phrase


@dataclass(frozen=True)
class ReportDone:
    path: Path  # where the file was written
    requested: Path  # where it was asked for
    kind: str  # pdf / docx / xlsx
    pages: int | None = None  # PDF pages
    problem: str = ""  # why it is not at ``requested`` (the file was locked, the folder read-only)
    fonts_note: str = ""  # which 公文 faces were missing and what printed in their place (PDF)
    unsigned: bool = False  # no 发文机关署名 above the date: the office is not recorded anywhere

    @property
    def source(self) -> str:
        return f"已保存：{self.path.name}"

    @property
    def moved(self) -> bool:
        return self.path != self.requested
