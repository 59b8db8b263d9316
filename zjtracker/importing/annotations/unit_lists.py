"""Completing the names of a unit list the way plans abbreviate them.

* A level written once is carried to the names after it that name only a function:
  ``省发展改革委、科技厅`` → 省发展改革委, 省科技厅; ``市发改委、国土房管局`` → 市国土房管局.
  A name that starts with anything else (潍坊海关, 中国人民银行…, 各县区政府) is left alone.
* A suffix written once is shared by the places before it: ``黄埔区、南沙区政府`` →
  黄埔区政府, 南沙区政府.
* ``等`` closing a list is dropped: ``市财政局等`` → 市财政局; ``市民政局等部门`` → 市民政局.
* ``和`` / ``及`` / ``与`` / ``以及`` between two names that are each a whole unit parts them:
  ``市直各有关部门及各县区政府`` → 市直各有关部门, 各县区政府; a name that holds the word
  (市人力资源和社会保障局, 市住房和城乡建设局) is left whole, as its first half is no unit.

Standard library only.
"""

from __future__ import annotations

import re

# 省 / 市 / 县 / 区 / 州 / 盟 / 旗 written before a bureau's function (but 市场 is a word).
_LEVEL = re.compile(r"^(?:自治区|自治州|[省市县区州盟旗])(?!场)")
# The functions of government bureaus (政府工作部门) as their names begin: a bare name that
# starts with one of these is an abbreviation that needs the level written before it.
_FUNCTIONS = (
    "发展改革", "发展和改革", "发改", "经济和信息化", "经信", "工业和信息化", "工业信息化", "工信",
    "科技", "科学技术", "教育", "公安", "民政", "司法", "财政", "人力资源", "人社", "自然资源",
    "规划", "国土", "生态环境", "环境保护", "环保", "住房", "住建", "城乡建设", "交通",
    "水利", "水务", "农业", "农村", "林业", "畜牧", "渔业", "海洋", "商务", "外事", "侨务",
    "文化", "文旅", "旅游", "广电", "广播电视", "体育", "卫生", "卫健", "退役军人", "应急",
    "审计", "国资", "国有资产", "市场监管", "市场监督", "统计", "医疗保障", "医保", "信访",
    "地方金融", "金融", "数据", "大数据", "政务服务", "行政审批", "投资促进", "招商", "城管",
    "城市管理", "综合执法", "粮食", "能源", "乡村振兴", "民族", "宗教", "机关事务", "人防",
    "人民防空", "园林", "住房公积金", "供销", "档案", "口岸", "港口", "港务", "工商", "科协",
    "残联", "妇联", "总工会", "工商联", "网信", "编办",
    "知识产权", "新闻出版", "气象", "地震", "药品", "消防", "税务", "邮政", "融媒体", "营商环境",
    "生态", "人才", "党校", "政研", "研究室", "外办", "台办", "保密", "法院", "检察",
)
# the level (区 / 县 / 市 / 镇 / 乡 / 街道 / 旗) of a place and the organ of it named once
_SHARED_SUFFIX = re.compile(r"^(?P<place>.+?(?P<level>街道|[区县市镇乡旗]))"
                            r"(?P<suffix>人民政府|政府|管委会|党委|党工委|办事处)$")
_BARE_PLACE = re.compile(r"^[^、（）]{1,8}(?:街道|[区县市镇乡旗])$")
_ETC = re.compile(r"等(?:(?:有关|相关|其他|其它)?(?:部门|单位))?$")
_UNIT_END = ("局", "委", "办", "厅", "中心", "政府", "公司", "院", "会", "部", "队", "社", "行",
             "所", "站", "处", "科", "室", "馆", "关", "单位", "部门")
# What a unit's name ends with, more broadly: working groups (专班, 领导小组, 指挥部), places
# standing for their governments (各县区, 各镇（街道）), enterprises and institutions.
_NAME_END = re.compile(r"(?:局|委|办|厅|中心|政府|公司|院|部|队|社|行|所|站|处|科|室|馆|关|单位|部门|班|组|联|台|"
                       r"集团|企业|机构|学校|园区|街道|(?<!社|机|大|年|例|晚|聚)会|(?<![城都])[区县市镇乡旗州盟])"
                       r"(?:（[^（）]*）)*$")
_COLLECTIVE = re.compile(r"^(?:各|有关|相关|其他|其它|(?:市|区|县|省)直(?:各|有关|相关)?)")
_JOINED = re.compile(r"以及|[和及与]")
_NOT_A_NAME = re.compile(r"^(?:全|本|我|该|在|到|至|向|对|从|由|为|按|经|加快|推进|推动|持续|做好|抓好)")


def drop_etc(name: str) -> str:
    """``市财政局等`` → 市财政局; ``市民政局等部门`` → 市民政局; a collective such as
    ``电力、供排水等地下管线单位`` keeps its words."""
    stripped = _ETC.sub("", name)
    if stripped != name and (stripped.endswith(_UNIT_END) or stripped.endswith("）")):
        return stripped
    return name[:-1] if name.endswith("等") and len(name) > 1 else name


def share_suffix(names: list[str]) -> list[str]:
    """Give bare places the organ named after the last of them: 增城区、黄埔区政府 →
    增城区政府, 黄埔区政府."""
    out = list(names)
    for index, name in enumerate(out):
        match = _SHARED_SUFFIX.match(name)
        if not match:
            continue
        back = index - 1
        while back >= 0 and _BARE_PLACE.match(out[back]) and out[back].endswith(match.group("level")):
            out[back] += match.group("suffix")
            back -= 1
    return out


def level_of(name: str) -> str | None:
    """The level prefix a name is written with (省, 市, 县 …), or None."""
    match = _LEVEL.match(name)
    return match.group(0) if match else None


def is_bare_function(name: str) -> bool:
    """Whether ``name`` names a bureau by its function only (科技厅, 国土房管局)."""
    return not _LEVEL.match(name) and name.startswith(_FUNCTIONS) and name.endswith(_UNIT_END)


def carry_level(names: list[str], level: str | None = None) -> list[str]:
    """Write the level of the last name that had one before each bare function name after
    it: 省发展改革委、科技厅 → 省发展改革委, 省科技厅. ``level`` is one already in force
    (from an earlier list of the same note)."""
    out = []
    for name in names:
        own = level_of(name)
        if own:
            level = own
        elif level and is_bare_function(name):
            name = level + name
        out.append(name)
    return out




def looks_like_unit_name(name: str) -> bool:
    """Whether ``name`` reads as one whole unit (a bureau, a group, a collective such as
    各街道办事处 or 市直有关部门), not a phrase or a fragment of a name."""
    name = name.strip()
    if len(name) < 2 or len(name) > 40 or "。" in name:
        return False
    if _NOT_A_NAME.match(name):  # 全市, 本区, 在全县: places in a sentence, not units
        return False
    return bool(_NAME_END.search(name)) or is_bare_function(name)


def split_joined(name: str) -> list[str]:
    """Part ``name`` at 和 / 及 / 与 / 以及 (outside brackets) where both halves are whole
    unit names: 市直各有关部门及各县区政府 → two; 市人力资源和社会保障局 → one."""
    if not _JOINED.search(name):
        return [name]
    depth = 0
    for match in _JOINED.finditer(name):
        left, right = name[: match.start()], name[match.end():]
        depth = left.count("（") - left.count("）")
        if depth or len(left) < 3 or not right:
            continue
        if _NAME_END.search(left) and (looks_like_unit_name(right) or _COLLECTIVE.match(right)):
            rest = split_joined(right)
            if all(looks_like_unit_name(r) or _COLLECTIVE.match(r) for r in rest):
                return [left] + rest
    return [name]
