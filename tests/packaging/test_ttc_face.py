"""One face of a TrueType collection as a .ttf that reportlab reads (Windows font stand-ins)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont

ROOT = Path(__file__).resolve().parents[2]
COLLECTION = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"  # two faces: Micro Hei, Mono


def test_the_second_face_becomes_a_font_of_its_own(tmp_path):
    target = tmp_path / "simhei.ttf"
    subprocess.run([sys.executable, str(ROOT / "tools" / "ttc_face.py"), str(COLLECTION), "1", str(target)],
                   check=True)
    assert target.read_bytes()[:4] == b"\0\1\0\0"  # a TrueType font, not a collection
    font = TTFont("MonoTest", str(target))
    assert font.face.name == b"WenQuanYiMicroHeiMono"
    assert ord("政") in font.face.charToGlyph
    first = TTFont("FirstTest", str(COLLECTION), subfontIndex=0)
    assert first.face.name != font.face.name


def test_a_face_the_collection_lacks_is_refused(tmp_path):
    from tools.ttc_face import extract_face

    with pytest.raises(ValueError, match="2 faces"):
        extract_face(COLLECTION.read_bytes(), 2)
