"""What one document says about another: the documents an abolition notice (废止通知)
abolishes and the policy an interpretation (政策解读) explains.

An abolished document is given as one string, ``title（文号）`` when the notice gives its
number (``湛江市教育局关于进一步做好义务教育招生入学工作的通知（湛教〔2015〕86号）``), so the
store can find it by title or number and create a record when it is not loaded;
``split_reference`` takes such a string apart. Standard library only.
"""

from __future__ import annotations

import re

from zjtracker.importing.documents.doc_numbers import DOC_NO_RE, find_doc_no, normalize_doc_no
from zjtracker.importing.cleaning.markup import squeeze, strip_markup
from zjtracker.importing.documents.titles import title_key

_BOOK = r"《(?P<title>[^《》]{2,120})》"
_NUMBER_IN_BRACKETS = r"(?:\s*[（(](?P<no>[^（()）]{2,40})[）)])?"
_ABOLISH_VERBS = r"(?:决定)?(?:予以)?(?:废止|宣布失效|停止执行|不再执行)"
_ABOLISH_TITLE = re.compile(r"关于(?:废止|宣布失效|停止执行)(?P<body>.+?)的(?:通知|决定|公告|通告)$")
_INTERPRET_TITLE = re.compile(r"^《(?P<title>[^《》]+)》.{0,6}解读")
_TRAILING_INTERPRET = re.compile(r"(的)?(政策)?(文件)?解读(材料)?$")


def join_reference(title: str, doc_no: str = "") -> str:
    title = squeeze(title)
    return f"{title}（{doc_no}）" if doc_no else title


def split_reference(reference: str) -> tuple[str, str]:
    """``标题（湛教〔2015〕86号）`` -> (标题, 湛教〔2015〕86号); a bare number -> ('', number)."""
    text = reference.strip()
    match = re.search(r"[（(]([^（()）]+)[）)]$", text)
    if match and DOC_NO_RE.fullmatch(match.group(1).strip()):
        return text[: match.start()].strip("《》 "), normalize_doc_no(DOC_NO_RE.fullmatch(match.group(1).strip()))
    if DOC_NO_RE.fullmatch(text):
        return "", normalize_doc_no(DOC_NO_RE.fullmatch(text))
    return text.strip("《》 "), ""


def abolished_documents(title: str, body: str) -> list[str]:
    """The documents an abolition notice abolishes, each ``title（文号）`` or ``title``.

    The titles named after 废止 in the body come first, with the number written after
    them; titles named only in the notice's own title (关于废止《X》的通知) are added.
    Documents the notice tells readers to follow instead (执行《Y》) are not abolished."""
    found: dict[str, tuple[str, str]] = {}
    text = squeeze(body)
    item = re.compile(_BOOK + _NUMBER_IN_BRACKETS + r"\s*[、，和及与]?\s*")
    for verb in re.finditer(_ABOLISH_VERBS, text):
        position = verb.end()
        while (match := item.match(text, position)):
            number = find_doc_no(match.group("no") or "")
            key = title_key(match.group("title"))
            if key not in found or (number and not found[key][1]):
                found[key] = (match.group("title"), number)
            position = match.end()
    heading = _ABOLISH_TITLE.search(squeeze(strip_markup(title)))
    if heading:
        for match in re.finditer(_BOOK + _NUMBER_IN_BRACKETS, heading.group("body")):
            key = title_key(match.group("title"))
            if key not in found:
                found[key] = (match.group("title"), find_doc_no(match.group("no") or ""))
        if not found and "《" not in heading.group("body"):
            found[title_key(heading.group("body"))] = (heading.group("body"), "")
    return [join_reference(t, n) for t, n in found.values()]


def interpreted_title(title: str) -> str:
    """The policy a 政策解读 explains: 《X》政策解读 -> X; X政策解读 -> X."""
    text = squeeze(strip_markup(title))
    match = _INTERPRET_TITLE.match(text)
    if match:
        return match.group("title")
    stripped = _TRAILING_INTERPRET.sub("", text)
    return stripped.strip("《》") if stripped != text else ""


def same_document(a: str, b: str) -> bool:
    """Whether two titles name one document: equal keys, or one a prefix of the other that
    lacks only a generic ending (…工作 / …工作方案)."""
    key_a, key_b = title_key(a), title_key(b)
    if not key_a or not key_b:
        return False
    if key_a == key_b:
        return True
    short, long = sorted((key_a, key_b), key=len)
    return long.startswith(short) and len(short) >= 0.8 * len(long)
