"""Building a document's content from the pools: which tasks, which units, which deadlines.
Everything is drawn from a random generator seeded with the document's name, so the corpus
comes out the same on every run."""

from __future__ import annotations

import random

from tests.reader_corpus.gen.model import Area, Doc, Group, Measure
from tests.reader_corpus.gen.pools_tasks import TOPICS
from tests.reader_corpus.gen.pools_units import (
    AREA_TITLES, GROUP_TITLES, LEADERS, LEVELS, TOPIC_UNITS,
)

CN = "一二三四五六七八九十"

# what each way of writing units can say: l lead, c cooperating, r responsible
SHAPES = {
    "bracket_labels": "lc", "bracket_roles": "lc", "bracket_lead_only": "l",
    "bracket_duty": "r", "bracket_lead_resp": "lr", "bracket_resp": "r", "bracket_first": "lr", "lines": "lc",
    "lines_resp": "lr", "division": "lc", "table": "lc", "table_resp": "r", "table_first": "lr",
}

DEADLINES = {
    "mixed": ("{Y}年6月底前", "{Y}年底前", "{Y}年9月30日前", "{Y}年第三季度", "{Y}年11月",
              "{Y}—{Z}年", "每年12月底前", "长期坚持", "持续推进", "每季度", "年内见成效",
              "{Y}年3月底前", "{Y}年上半年", "{Y}年10月底前"),
    "months": ("{Y}年3月底前", "{Y}年4月底前", "{Y}年6月底前", "{Y}年8月底前", "{Y}年9月底前",
               "{Y}年10月底前", "{Y}年12月底前", "{Y}年底前", "{Y}年11月30日前"),
    "plan": ("{Y}—{Z}年", "{Z}年底前", "持续推进", "{Y}年底前", "长期坚持"),
    "open": ("长期坚持", "持续推进", "每季度", "{Y}年底前", "{Y}年6月底前"),
}


def cn(n: int) -> str:
    if n <= 10:
        return CN[n - 1]
    return ("十" if n < 20 else CN[n // 10 - 1] + "十") + (CN[n % 10 - 1] if n % 10 else "")


class UnitNames:
    """The names of a document's units: one spelling per unit, fixed per document."""

    def __init__(self, rng: random.Random, level: str, city: str, prov: str, county: str):
        self.table = {}
        for key, variants in LEVELS[level].items():
            name = rng.choice(variants)
            self.table[key] = name.format(c=city, p=prov, x=county)

    def __call__(self, key: str) -> str:
        return self.table[key]


def compose(stem: str, suffix: str, *, city: str, prov: str = "", county: str = "",
            level: str = "city", title: str, issuer: str, doc_no: str, issued: str,
            year: int, layouts: list[str], topics: list[str], n: int,
            structure: str = "areas", styles: tuple[str, ...] = ("bracket_labels",),
            deadlines: str = "mixed", deadline_rate: float = 0.8, leaders: float = 0.0,
            coop_max: int = 3, group_units: float = 0.0, override: float = 0.0,
            numbering: str = "continuous", label: str = "{n}.", end_year: int | None = None,
            notes: tuple[str, ...] = ()) -> Doc:
    rng = random.Random(stem)
    names = UnitNames(rng, level, city, prov, county)
    doc = Doc(stem=stem, suffix=suffix, title=title, city=city, issuer=issuer, doc_no=doc_no,
              issued=issued, year=year, layouts=list(layouts), notes=list(notes))
    people = rng.sample(LEADERS, 6)
    end = end_year or year + 2
    counts = _spread(n, topics, rng)
    number = 0
    for a, topic in enumerate(topics):
        area = Area(label=f"{cn(a + 1)}、", title=AREA_TITLES[topic])
        pool = TOPICS[topic][:]
        rng.shuffle(pool)
        texts = pool[: counts[a]]
        chunks = [texts] if structure == "flat" else _chunks(texts, rng)
        for g, chunk in enumerate(chunks):
            group = Group(label="" if structure == "flat" else "（{}）",
                          title=GROUP_TITLES[topic][g % 3])
            if numbering == "per_group":
                number = 0
            stated = rng.random() < group_units
            if stated:
                _units(group, topic, names, rng, "lc", coop_max)
            for text in chunk:
                number += 1
                style = rng.choice(styles)
                written = str(number) if style.startswith("table") else _label(label, number)
                measure = Measure(text=text, style=style, number=number, label=written)
                if not stated or rng.random() < override:
                    _units(measure, topic, names, rng, SHAPES.get(style, "lc"), coop_max)
                if rng.random() < deadline_rate:
                    measure.deadline = rng.choice(DEADLINES[deadlines]).format(Y=year, Z=end)
                if rng.random() < leaders:
                    measure.leaders = rng.sample(people, 2 if rng.random() < 0.15 else 1)
                group.measures.append(measure)
            area.groups.append(group)
        doc.areas.append(area)
    _label_groups(doc)
    return doc


def _label(fmt: str, number: int) -> str:
    if "{w}" in fmt:  # full-width digits
        return fmt.format(w=str(number).translate(str.maketrans("0123456789", "０１２３４５６７８９")))
    if "{c}" in fmt:
        return fmt.format(c=cn(number))
    return fmt.format(n=number)


def _label_groups(doc: Doc) -> None:
    for area in doc.areas:
        count = 0
        for group in area.groups:
            if group.label:
                count += 1
                group.number = count
                group.label = f"（{cn(count)}）"


def _spread(n: int, topics: list[str], rng: random.Random) -> list[int]:
    counts = [0] * len(topics)
    for i in range(n):
        order = [j for j in range(len(topics)) if counts[j] < len(TOPICS[topics[j]])]
        counts[min(order, key=lambda j: (counts[j], j))] += 1
    return counts


def _chunks(texts: list[str], rng: random.Random) -> list[list[str]]:
    if len(texts) <= 3:
        return [texts]
    parts = 2 if len(texts) < 7 else 3
    size = -(-len(texts) // parts)
    return [texts[i:i + size] for i in range(0, len(texts), size)]


def _units(target, topic: str, names: UnitNames, rng: random.Random, shape: str,
           coop_max: int) -> None:
    keys = list(TOPIC_UNITS[topic])
    lead_keys = [rng.choice(keys[:3])]
    if rng.random() < 0.12:
        lead_keys.append(rng.choice([k for k in keys[:4] if k not in lead_keys]))
    rest = [k for k in keys if k not in lead_keys]
    others = rng.sample(rest, min(len(rest), rng.randint(1 if coop_max else 0, coop_max)))
    if rng.random() < 0.2:
        others.append("counties")
    lead = [names(k) for k in lead_keys]
    other = [names(k) for k in others if names(k) not in lead]
    if shape == "l":
        target.lead = lead
    elif shape == "r":
        target.resp = lead + other
    elif shape == "lr":
        target.lead, target.resp = lead[:1], (lead[1:] + other) or [names(rng.choice(rest))]
    else:
        target.lead, target.coop = lead, other
