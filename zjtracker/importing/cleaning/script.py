"""Traditional characters (繁体字) read as simplified, and the text read put back as written.

A document copied from a site in traditional characters is read like any other once its
characters are simplified (牽頭單位 → 牵头单位, 年底前 stays). The conversion is OpenCC's
``t2s`` (the pure-Python ``opencc-python-reimplemented``: no compiled parts to package), done
line by line and kept to one character for one character, so every position of the
simplified text is the position of the character written there. ``ScriptMap`` gives back
the original spelling of any piece of text the reader took from the simplified copy.

Whether a document is in traditional characters is decided by how many of its characters
exist only in traditional writing: a simplified document quoting one old name stays as it is.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

TRADITIONAL_SHARE = 0.01  # of the Chinese characters, from which a text is traditional
TRADITIONAL_MIN = 5  # and at least this many traditional-only characters
_FIND_MIN = 6  # shorter pieces not a whole line are put back character by character


@lru_cache(maxsize=1)
def _converter():
    try:
        from opencc import OpenCC
    except ImportError:  # the package is a dependency; without it the text is read as it is
        return None
    return OpenCC("t2s")


@lru_cache(maxsize=1)
def _character_table() -> dict[int, str]:
    """Each traditional character of OpenCC's character list (TSCharacters) to its first
    simplified form. Read from the list itself: quicker than loading the converter."""
    try:
        import opencc
    except ImportError:
        return {}
    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    table: dict[int, str] = {}
    try:
        entries = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return table
    for entry in entries:
        key, _, values = entry.partition("\t")
        first = values.split(" ")[0].strip()
        if len(key) == 1 and len(first) == 1 and key != first:
            table.setdefault(ord(key), first)
    return table


def fold_traditional(text: str) -> str:
    """``text`` with each traditional character replaced by its simplified form, without
    regard to phrases: for keys under which both spellings of a name coincide."""
    return text.translate(_character_table())


def traditional_count(text: str) -> tuple[int, int]:
    """(characters only traditional writing uses, Chinese characters) in ``text``."""
    table = _character_table()
    chinese = traditional = 0
    for char in text:
        if "\u3400" <= char <= "\u9fff":
            chinese += 1
            traditional += ord(char) in table
    return traditional, chinese


def is_traditional(text: str) -> bool:
    traditional, chinese = traditional_count(text)
    return traditional >= TRADITIONAL_MIN and traditional >= TRADITIONAL_SHARE * chinese


def simplify_line(line: str) -> str:
    """One line in simplified characters, one character for each character written."""
    converter = _converter()
    if converter is None or not line:
        return line
    converted = converter.convert(line)
    if len(converted) != len(line):  # a phrase of another length: character by character
        converted = line.translate(_character_table())
    return converted


class ScriptMap:
    """The way back from simplified pieces of a document to the characters it was written in.

    ``original`` and ``simplified`` are the document's lines before and after conversion,
    of equal lengths line by line."""

    def __init__(self, original: list[str], simplified: list[str]):
        self.original_text = "\n".join(original)
        self.simplified_text = "\n".join(simplified)
        choices: dict[str, Counter] = defaultdict(Counter)
        for before, after in zip(self.original_text, self.simplified_text):
            if before != after:
                choices[after][before] += 1
        # A simplified character written as itself somewhere (后 beside 後) counts too.
        for char in choices:
            choices[char][char] += self.simplified_text.count(char) - sum(choices[char].values())
        self._back = str.maketrans({char: counts.most_common(1)[0][0]
                                    for char, counts in choices.items()})
        self._cache: dict[str, str] = {}
        self._lines: dict[str, int] = {}  # each simplified line to where it first starts
        offset = 0
        for line in simplified:
            self._lines.setdefault(line, offset)
            offset += len(line) + 1

    def original(self, piece: str) -> str:
        """``piece`` (read from the simplified text) as the document wrote it."""
        if not piece:
            return piece
        cached = self._cache.get(piece)
        if cached is not None:
            return cached
        found = [self._find(line) for line in piece.split("\n")]
        if all(f is not None for f in found):
            restored = "\n".join(found)
        else:
            restored = piece.translate(self._back)
        self._cache[piece] = restored
        return restored

    def _find(self, line: str) -> str | None:
        if not line:
            return line
        at = self._lines.get(line)
        if at is None and len(line) >= _FIND_MIN:
            at = self.simplified_text.find(line)
        if at is None or at < 0:  # short, or not taken from the text as it stands
            return None if len(line) >= _FIND_MIN else line.translate(self._back)
        return self.original_text[at: at + len(line)]
