"""The words the generated database is made of: sentences and short phrases harvested from
the sample documents (resources/seeds), unit names with their aliases, and the phrases
that turn a plan's sentence into a progress report (落实情况, 存在问题, 意见建议).

Everything here is deterministic: the same seeds give the same lists in the same order."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "resources" / "seeds"

_SENTENCE_END = re.compile(r"(?<=[。；！？])")
_LEADING_NUMBER = re.compile(r"^(第[一二三四五六七八九十]+[章节条]|[（(]?[一二三四五六七八九十\d]+[)）、.．])")
_SCARS = re.compile(r"[/<>|\t]|[（(]\d+[)）]|\d+\.|[a-zA-Z]{3,}")


def _cjk_share(text: str) -> float:
    return sum(1 for c in text if "\u4e00" <= c <= "\u9fff") / max(len(text), 1)


@dataclass(frozen=True)
class Corpus:
    sentences: tuple[str, ...]  # whole sentences ending in 。 or ；, 12–160 characters
    phrases: tuple[str, ...]  # clauses of 6–16 characters, for titles and headings


@lru_cache(maxsize=1)
def corpus() -> Corpus:
    sentences: dict[str, None] = {}
    phrases: dict[str, None] = {}
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for part in _SENTENCE_END.split(text):
            part = re.sub(r"\s+", "", part)
            part = _LEADING_NUMBER.sub("", part)
            if not part or _SCARS.search(part) or _cjk_share(part) < 0.75:
                continue
            if 12 <= len(part) <= 160:
                sentences[part.rstrip("；") + "。" if part.endswith("；") else part] = None
            for clause in re.split(r"[，。；：、]", part):
                if 6 <= len(clause) <= 16 and _cjk_share(clause) > 0.9:
                    phrases[clause] = None
    return Corpus(tuple(sentences), tuple(phrases))


# Units -------------------------------------------------------------------------------------

COUNTIES = ("赤坎区", "霞山区", "坡头区", "麻章区", "遂溪县", "徐闻县", "廉江市", "雷州市", "吴川市",
            "湛江经济技术开发区", "奋勇高新区", "南三岛滨海旅游示范区", "东海岛试验区")
# A city bureau's stem and its everyday short form (市应急管理局 / 市应急局).
BUREAUS = (
    ("应急管理", "应急"), ("民政", "民政"), ("司法", "司法"), ("水务", "水务"), ("林业", "林业"),
    ("海洋与渔业", "海渔"), ("统计", "统计"), ("审计", "审计"), ("退役军人事务", "退役军人"),
    ("信访", "信访"), ("人民防空办公室", "人防办"), ("粮食和物资储备", "粮储"), ("档案", "档案"),
    ("机关事务管理", "机关事务"), ("国有资产监督管理委员会", "国资委"), ("外事", "外事"),
    ("民族宗教事务", "民宗"), ("体育", "体育"), ("港口管理", "港口"), ("投资促进", "投促"),
    ("能源", "能源"), ("气象", "气象"), ("地震", "地震"), ("口岸管理", "口岸"),
    ("数据管理", "数据"), ("城市更新", "城更"), ("乡村振兴", "乡村振兴"), ("知识产权", "知产"),
    ("营商环境建设", "营商"), ("新闻出版", "新闻出版"), ("医疗废物管理", "医废"), ("海防", "海防"),
    ("消防救援", "消防"), ("公共资源交易", "公共资源"), ("住房保障", "住保"), ("园林", "园林"),
    ("殡葬管理", "殡管"), ("水文", "水文"), ("航道", "航道"), ("公路事务", "公路"), ("不动产登记", "不动产"),
    ("社会保险基金管理", "社保"), ("城乡规划", "规划"),
)
COUNTY_BUREAUS = (("教育", "教育"), ("财政", "财政"), ("卫生健康", "卫健"), ("市场监督管理", "市场监管"),
                  ("农业农村", "农业"), ("住房和城乡建设", "住建"), ("商务", "商务"), ("交通运输", "交通"),
                  ("人力资源和社会保障", "人社"), ("自然资源", "自然资源"), ("发展和改革", "发改"),
                  ("民政", "民政"), ("城市管理和综合执法", "城管"), ("文化广电旅游体育", "文广旅体"))
ENTERPRISES = ("湛江港（集团）股份有限公司", "广东电网有限责任公司湛江供电局", "中国移动通信集团广东有限公司湛江分公司",
               "中国电信股份有限公司湛江分公司", "中国联合网络通信有限公司湛江市分公司", "湛江市水务投资集团有限公司",
               "湛江市城市投资集团有限公司", "湛江交通投资集团有限公司", "湛江农商银行股份有限公司",
               "湛江市公共交通集团有限公司")


@dataclass(frozen=True)
class UnitName:
    name: str
    aliases: tuple[str, ...]


def unit_names() -> list[UnitName]:
    """Every unit name the generator may add, in a fixed order, each with its aliases."""
    names: list[UnitName] = []
    for stem, short in BUREAUS:
        suffix = "" if stem.endswith(("委员会", "办公室")) else "局"
        full = f"市{stem}{suffix}"
        aliases = [f"湛江市{stem}{suffix}"]
        if short != stem:
            aliases.append(f"市{short}" + ("" if short.endswith(("委", "办")) else "局"))
        names.append(UnitName(full, tuple(aliases)))
    for county in COUNTIES:
        if county.endswith(("区", "县", "市")) and len(county) <= 4:
            names.append(UnitName(f"{county}人民政府", (f"{county}政府",)))
        else:
            names.append(UnitName(f"{county}管理委员会", (f"{county}管委会",)))
    for stem, short in COUNTY_BUREAUS:
        for county in COUNTIES[:9]:
            aliases = (f"{county}{short}局",) if short != stem else ()
            names.append(UnitName(f"{county}{stem}局", aliases))
    for enterprise in ENTERPRISES:
        short = enterprise.replace("有限责任公司", "").replace("股份有限公司", "").replace("有限公司", "")
        names.append(UnitName(enterprise, (short,) if short != enterprise else ()))
    return names


# Progress wording -----------------------------------------------------------------------------

OPENERS = ("截至本期末，", "本期内，", "目前，", "按照年度计划，", "今年以来，", "对照任务要求，", "")
PROGRESS_VERBS = ("已完成", "已组织开展", "正在推进", "已基本完成", "已启动", "持续推进", "已部署")
CLOSERS = ("下一步将继续加大工作力度，确保按期完成年度任务。", "各项工作按计划有序推进。",
           "已形成阶段性成果，相关材料已报送牵头单位。", "将加强与配合单位的沟通协调，及时解决推进中遇到的问题。",
           "相关经费已落实，项目进入实施阶段。", "已纳入年度重点工作督办事项。")
PROBLEM_SUBJECTS = ("部分县（市、区）", "个别配合单位", "项目所在地", "基层工作人员", "相关企业", "牵头部门")
PROBLEM_ISSUES = ("工作进度不平衡，推进力度有待加强。", "资金保障不足，项目推进较慢。", "专业技术人员缺乏，难以满足工作需要。",
                  "数据共享不畅，部门间协同有待加强。", "政策宣传不够深入，群众知晓率不高。",
                  "用地指标紧张，前期手续办理时间较长。", "系统对接尚未完成，线上办理率偏低。")
SUGGESTIONS = ("建议市级层面加强统筹协调，定期通报工作进展。", "建议加大财政资金支持力度。",
               "建议将该项工作纳入绩效考核。", "建议省有关部门给予政策和业务指导。",
               "建议建立部门联席会议制度，协调解决重点难点问题。", "建议加强业务培训，提升基层办理能力。")
REMARKS = ("按季度报送", "已报市政府", "与上期相同", "附佐证材料", "已纳入督办")
CLERKS = ("张丽", "王海", "李明", "陈静", "刘洋", "黄晓", "吴敏", "林峰")
