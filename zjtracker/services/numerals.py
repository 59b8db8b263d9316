"""Chinese numerals as used in document numbering: 三, 十三, 二十一, 一百零二.

The one implementation lives in zjtracker.importing.structure.numbering; ``parse_number`` is kept
under its old name for the services that call it."""

from __future__ import annotations

from zjtracker.importing.structure.numbering import chinese_number as parse_number

__all__ = ["parse_number"]
