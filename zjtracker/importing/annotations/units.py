"""Unit names: cleaning, splitting lists, and resolving aliases to one canonical name.

The same bureau is written several ways across documents (市发改局 / 市发展改革局 /
市发展和改革局); reports by unit must count them as one. Collective units such as
各县（市、区）人民政府（管委会） are single units and are never split at the 、
inside their brackets.
"""

from __future__ import annotations

import html
import re
import unicodedata

from zjtracker.importing.annotations.unit_lists import carry_level, drop_etc, share_suffix, split_joined
from zjtracker.importing.cleaning.script import fold_traditional

KIND_CITY_BUREAU = "city_bureau"
KIND_COUNTY = "county_government"
KIND_COLLECTIVE = "collective"
KIND_ENTERPRISE = "enterprise"
KIND_CENTRAL = "central_agency"
KIND_SECTION = "section"  # an office inside a bureau (科室)

# Canonical name -> other ways of writing it. Only abbreviations need listing here:
# 和-less forms, 湛江市 prefixes and bracket widths are matched by ``match_key``.
KNOWN_ALIASES: dict[str, tuple[str, ...]] = {
    "市发展和改革局": ("市发改局", "市发展改革委", "市发改委", "市发展和改革委员会"),
    "市市场监督管理局": ("市市场监管局", "市场监管局", "市监局"),
    "市住房和城乡建设局": ("市住建局",),
    "市人力资源和社会保障局": ("市人社局",),
    "市中级人民法院": ("市中级法院", "市法院", "市中院"),
    "市人民检察院": ("市检察院",),
    "市工业和信息化局": ("市工信局",),
    "市科学技术局": ("市科技局",),
    "市文化广电旅游体育局": ("市文广旅体局", "市文化旅游体育局"),
    "市卫生健康局": ("市卫健局", "市卫生健康委员会"),
    "市医疗保障局": ("市医保局",),
    "市政务服务数据管理局": ("市政数局",),
    "市农业农村局": ("市农业农村局",),
    "市生态环境局": ("市环境局",),
    "市交通运输局": ("市交通局",),
    "市金融工作局": ("市金融局",),
    "市住房公积金管理中心": ("市公积金中心", "市住房公积金中心"),
    "市城市管理和综合执法局": ("市城管局", "市城市管理综合执法局"),
    "市供销合作社": ("市供销社",),
    "市自然资源局": ("市自然资源和规划局",),
    "中国人民银行湛江市中心支行": ("人民银行湛江市中心支行", "人行湛江中支"),
    "湛江银保监分局": ("湛江银保监局",),
    "市教育局": (),
    "市财政局": (),
    "市商务局": (),
    "市公安局": (),
    "市税务局": ("国家税务总局湛江市税务局",),
    "各县（市、区）人民政府（管委会）": ("各县（市、区）政府（管委会）",),
}

_COLLECTIVE_PATTERNS = (
    re.compile(r"^(各|相关|有关|其他|其它).*"),
    re.compile(r"^市(直)?(有关|相关|各)(部门|单位)"),
    re.compile(r".*(有关|相关|各)(部门|单位|县|区)"),
)
_CENTRAL_WORDS = ("海关", "人民银行", "银保监", "金融监管", "税务", "供电", "海事", "气象",
                  "邮政管理", "国家安全", "边检", "铁路", "海警", "统计调查")
_COUNTY_RE = re.compile(r"^(湛江)?[^、，市]{1,6}(县|区|市)(人民)?政府|管委会$")
_UNIT_SUFFIXES = ("局", "委", "办", "中心", "公司", "行", "院", "政府", "部门", "单位", "社", "企业",
                  "会", "所", "处", "科", "队", "站", "室", "厅", "部", "集团", "馆", "团",
                  "支行", "分局", "管委会", "办公室", "关", "专班", "小组", "工作组", "联", "台")
# places that answer for a task themselves (经济开发区, 高新区, 各街道, 各社区), not a bare
# 各区 / 各县 that the next name completes (各区、县级市人民政府)
_PLACE_UNIT = re.compile(r"^(?!各).{2,}(区|县|镇|乡|园)$|.(街道|社区|乡镇)$")
_UNIT_PREFIXES = ("市", "各", "湛江", "中国", "县", "区", "广东", "相关", "有关", "国家", "省", "镇", "乡")
# a place named before a unit: 清河区财政局, 石门市司法局, 龙湾镇人民政府
_PLACE_PREFIX = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|州|镇|乡|旗|街道)")

_BRACKETS = str.maketrans({"(": "（", ")": "）", "[": "〔", "]": "〕"})
_SEPARATORS = "、，,；;/／"
_HTML_TAG = re.compile(r"<[^>]+>")
_SPACES = re.compile(r"[ \t\r\n]+")
_JOINING_WORD = re.compile(r"^(及|和|与)")
_ROLE_NOTE = re.compile(r"（[^（）]*(分工|牵头|配合|负责|协助)[^（）]*）(?=$|[、，,；; ])")


def clean_unit_text(text: str) -> str:
    """Strip HTML fragments, entities and extraction spaces; unify bracket widths."""
    text = html.unescape(_HTML_TAG.sub(" ", text or ""))
    text = unicodedata.normalize("NFKC", text).translate(_BRACKETS)
    text = text.replace("\u3000", " ")
    text = _SPACES.sub(" ", text).strip(" 。.")
    # Notes after a name are not part of it: 市税务局（按职责分工）, 市商务局（牵头）.
    text = _ROLE_NOTE.sub("", text)
    # A bracket left open by a cut-off cell: 各县（市、区）人民政府（管委会
    if text.count("（") > text.count("）") and text.rfind("（") > text.rfind("）"):
        text += "）"
    # Spaces between two CJK characters are extraction scars unless they separate units;
    # ``split_unit_list`` decides on those, so keep single spaces here.
    return text


def _looks_like_unit(part: str) -> bool:
    return (part.startswith(_UNIT_PREFIXES) or bool(_PLACE_PREFIX.match(part))) \
        and part.endswith(_UNIT_SUFFIXES)


def split_unit_list(text: str, complete: bool = True) -> list[str]:
    """Split '市商务局、市工业和信息化局、市财政局' into names.

    Separators inside brackets are kept (各县（市、区）人民政府（管委会） is one unit). A
    space splits only where both sides look like whole unit names; otherwise it is an
    extraction scar and the halves are joined (人民银行 湛江市中心支行). With ``complete``
    (the default; ``complete=False`` only splits) abbreviated names are completed (``unit_lists``): 省发展改革委、科技厅 → 省科技厅,
    黄埔区、南沙区政府 → 黄埔区政府, 南沙区政府, 市财政局等 → 市财政局, and two whole names
    joined by 和 / 及 parted (市直有关部门及各县区政府).
    """
    text = clean_unit_text(text)
    parts: list[str] = []
    depth = 0
    current = []
    for char in text:
        if char == "（":
            depth += 1
        elif char == "）":
            depth = max(0, depth - 1)
        if depth == 0 and char in _SEPARATORS:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    names: list[str] = []
    for part in parts:
        names.extend(_split_on_spaces(part))
    names = [_JOINING_WORD.sub("", n) for n in names]
    if complete:
        names = [drop_etc(part) for n in names for part in split_joined(n)]
    names = [n for n in names if n and n not in ("等", "无", "—", "-", "/")]
    if not complete:
        return _join_fragments(names)
    return carry_level(_join_fragments(share_suffix(names)))


_LEAD_MARK = re.compile(r"（\s*牵头(?:单位|部门)?\s*）")


def marked_leads(text: str) -> list[str]:
    """The names of a list that a note after them marks as the lead (市发展改革委（牵头）、
    市财政局 → [市发展改革委]), as ``split_unit_list`` gives them; [] when none is marked."""
    raw = unicodedata.normalize("NFKC", text or "").translate(_BRACKETS)
    if not _LEAD_MARK.search(raw):
        return []
    names = split_unit_list(raw)
    leads = []
    for part in top_level_parts(raw):
        if _LEAD_MARK.search(part):
            for name in split_unit_list(_LEAD_MARK.sub("", part)):
                leads.extend(n for n in names if n == name or n.endswith(name) and n not in leads)
    return leads


def top_level_parts(text: str, separators: str = _SEPARATORS) -> list[str]:
    """``text`` cut at the separators outside （brackets）."""
    parts, depth, current = [], 0, []
    for char in text:
        depth = depth + 1 if char == "（" else max(0, depth - 1) if char == "）" else depth
        if depth == 0 and char in separators:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def _join_fragments(names: list[str]) -> list[str]:
    """Words that are not units by themselves belong to the next name that is:
    电力、供排水、通信网络等地下管线单位 is one collective, not three units."""
    joined: list[str] = []
    pending: list[str] = []
    for name in names:
        if name.endswith(_UNIT_SUFFIXES) or "（" in name or _PLACE_UNIT.match(name):
            joined.append("、".join(pending + [name]))
            pending = []
        else:
            pending.append(name)
    if pending:
        joined.append("、".join(pending))
    return joined


def _split_on_spaces(part: str) -> list[str]:
    pieces = [p for p in part.split(" ") if p]
    if not pieces:
        return []
    merged = [pieces[0]]
    for piece in pieces[1:]:
        joined = merged[-1] + piece
        if canonical_name(joined) != joined or not (
            _looks_like_unit(merged[-1]) and _looks_like_unit(piece)
        ):
            merged[-1] = joined
        else:
            merged.append(piece)
    return merged


def match_key(name: str) -> str:
    """A key under which spelling variants of one unit coincide."""
    key = fold_traditional(clean_unit_text(name).replace(" ", ""))  # 市財政局 = 市财政局
    if key.startswith("湛江市") and len(key) > 4:
        key = "市" + key[3:]
    key = key.replace("和", "").replace("与", "")
    key = key.replace("人民政府", "政府")
    return key


def _build_alias_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for canonical, aliases in KNOWN_ALIASES.items():
        index[match_key(canonical)] = canonical
        for alias in aliases:
            index.setdefault(match_key(alias), canonical)
    return index


_ALIAS_INDEX = _build_alias_index()


def canonical_name(name: str) -> str:
    """The canonical spelling of a unit known to the built-in alias table, else the name
    cleaned (湛江市X written 市X)."""
    cleaned = clean_unit_text(name).replace(" ", "")
    found = _ALIAS_INDEX.get(match_key(cleaned))
    if found:
        return found
    if cleaned.startswith("湛江市") and cleaned.endswith(("局", "委", "办", "中心")):
        return "市" + cleaned[3:]
    return cleaned


def unit_kind(name: str) -> str:
    """Classify a canonical unit name."""
    if any(p.match(name) for p in _COLLECTIVE_PATTERNS):
        return KIND_COLLECTIVE
    if name.endswith("公司") or "集团" in name:
        return KIND_ENTERPRISE
    if any(word in name for word in _CENTRAL_WORDS):
        return KIND_CENTRAL
    if _COUNTY_RE.search(name):
        return KIND_COUNTY
    if name.endswith(("科", "室", "股")) and not name.startswith("市"):
        return KIND_SECTION
    return KIND_CITY_BUREAU
