"""The rows of one generated policy: areas, measure groups and measures, assignments, yearly
plans and their progress reports, with Chinese texts built from the sample's sentences.

Ids are handed out here (``Ids``), so parents are known without asking the database back and
the same seed always gives the same rows."""

from __future__ import annotations

import calendar
import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from benchmarks import corpus as words
from zjtracker.services.assessment import CHOICES, suggest
from zjtracker.services.periods import FREQUENCY_KIND, Period

FIRST_YEAR, LAST_YEAR = 2022, 2026
LAST_REPORTED = date(2026, 9, 30)  # progress is reported up to 2026Q3
FREQUENCIES = (("quarterly", 0.70), ("bimonthly", 0.20), ("monthly", 0.10))
GROUP_SHARE = 0.08  # of a policy's measure rows, the groups (（一）…) above the tasks
_DIGITS = "零一二三四五六七八九"


def chinese(number: int) -> str:
    """1 → 一, 12 → 十二, 35 → 三十五 (up to 99)."""
    tens, ones = divmod(number, 10)
    if tens == 0:
        return _DIGITS[ones]
    head = "" if tens == 1 else _DIGITS[tens]
    return head + "十" + (_DIGITS[ones] if ones else "")


@dataclass
class Ids:
    """The next free id of every table the generator writes."""

    next: dict[str, int] = field(default_factory=dict)

    def take(self, table: str) -> int:
        value = self.next.get(table, 1)
        self.next[table] = value + 1
        return value


@dataclass
class Rows:
    """Rows by table name, in the order they must be written (parents first)."""

    tables: dict[str, list[dict]] = field(default_factory=lambda: {
        name: [] for name in ("policies", "areas", "measures", "assignments", "yearly_plans",
                              "progress_reports")})

    def add(self, table: str, row: dict) -> None:
        self.tables[table].append(row)

    def count(self, table: str) -> int:
        return len(self.tables[table])


@dataclass(frozen=True)
class PolicyShape:
    number: int  # 1-based among the generated policies
    leaves: int  # measures that carry yearly plans
    groups: int
    years: tuple[int, ...]
    frequency: str
    report_share: float  # the share of due periods that have a report


class Texts:
    """Sentences and phrases drawn with the generator's own random source."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.corpus = words.corpus()

    def sentences(self, low: int, high: int) -> str:
        return "".join(self.rng.choice(self.corpus.sentences) for _ in range(self.rng.randint(low, high)))

    def phrase(self) -> str:
        return self.rng.choice(self.corpus.phrases)

    def progress(self, percent: float) -> str:
        rng = self.rng
        body = rng.choice(self.corpus.sentences)
        verb = rng.choice(words.PROGRESS_VERBS)
        text = f"{rng.choice(words.OPENERS)}{verb}{body}"
        if rng.random() < 0.6:
            text += rng.choice(self.corpus.sentences)
        if percent >= 100:
            text += "该项任务已全部完成。"
        elif rng.random() < 0.7:
            text += rng.choice(words.CLOSERS)
        return text

    def problem(self) -> str:
        return self.rng.choice(words.PROBLEM_SUBJECTS) + self.rng.choice(words.PROBLEM_ISSUES)


def periods_of(year: int, frequency: str) -> list[Period]:
    """The periods of ``year`` in a policy's rhythm that have ended by LAST_REPORTED."""
    result = []
    for period in Period.all_of_year(year, FREQUENCY_KIND[frequency]):
        last_day = calendar.monthrange(period.year, period.last_month)[1]
        if date(period.year, period.last_month, last_day) <= LAST_REPORTED:
            result.append(period)
    return result


class PolicyBuilder:
    """Builds one policy's rows into ``rows``; ``units`` are the unit ids to assign, the
    busiest first (a few bureaus lead most tasks, as in the sample)."""

    def __init__(self, rng: random.Random, ids: Ids, rows: Rows, units: list[int]):
        self.rng, self.ids, self.rows, self.units = rng, ids, rows, units
        self.texts = Texts(rng)
        self._seen: set[tuple[int, int, str]] = set()

    def unit(self) -> int:
        # Skewed towards the front of the list: 20% of units take about 60% of the roles.
        index = int(len(self.units) * (self.rng.random() ** 2.2))
        return self.units[min(index, len(self.units) - 1)]

    def build(self, shape: PolicyShape) -> None:
        rng, texts = self.rng, self.texts
        policy_id = self.ids.take("policies")
        start, end = shape.years[0], shape.years[-1]
        topic = texts.phrase()
        kind_word = rng.choice(("实施方案", "行动计划", "工作方案", "三年行动方案", "工作要点"))
        issued = date(start - 1, rng.randint(1, 12), rng.randint(1, 28))
        paragraphs: list[str] = []
        policy = {
            "id": policy_id, "title": f"湛江市{topic}{kind_word}",
            "doc_no": f"湛府办〔{issued.year}〕{shape.number + 40}号", "issuer": "湛江市人民政府办公室",
            "issued_on": issued, "start_year": start, "end_year": end, "status": "in_force",
            "frequency": shape.frequency, "kind": "plan", "source_file": f"generated_{shape.number:03d}.txt",
            "text": "", "interpretation": "", "abolished_by_id": None,
            "created_at": datetime(issued.year, issued.month, issued.day, 9, 0),
        }
        self.rows.add("policies", policy)
        area_count = max(3, min(12, round((shape.leaves + shape.groups) / 60)))
        leaves = _split(shape.leaves, area_count, rng)
        groups = _split(shape.groups, area_count, rng)
        task_number = group_number = 0
        with_people = rng.random() < 0.15
        for position in range(area_count):
            area_id = self.ids.take("areas")
            title = texts.phrase()
            guiding = texts.sentences(1, 3) if rng.random() < 0.2 else ""
            self.rows.add("areas", {"id": area_id, "policy_id": policy_id, "position": position,
                                    "label": f"{chinese(position + 1)}、", "title": title,
                                    "guiding_text": guiding})
            paragraphs.append(f"{chinese(position + 1)}、{title}\n{guiding}")
            parents = [None]
            if groups[position]:
                parents = []
                for group_position in range(groups[position]):
                    group_number += 1
                    group_id = self.ids.take("measures")
                    heading = texts.phrase()
                    self.rows.add("measures", _measure(group_id, area_id, None, group_position,
                                                       f"（{chinese(group_number)}）", group_number, heading, True))
                    paragraphs.append(f"（{chinese(group_number)}）{heading}")
                    parents.append(group_id)
            per_parent = _split(leaves[position], len(parents), rng)
            for parent, count in zip(parents, per_parent):
                for leaf_position in range(count):
                    task_number += 1
                    text = self._leaf(area_id, parent, leaf_position, task_number, shape, with_people)
                    paragraphs.append(f"（{task_number}）{text}")
        policy["text"] = "\n".join(paragraphs)

    def _leaf(self, area_id: int, parent: int | None, position: int, number: int,
              shape: PolicyShape, with_people: bool) -> str:
        rng, texts = self.rng, self.texts
        measure_id = self.ids.take("measures")
        text = texts.sentences(1, 3)
        row = _measure(measure_id, area_id, parent, position, f"（{number}）", number, text, False)
        if rng.random() < 0.25:
            year = rng.choice(shape.years)
            month = rng.choice((3, 6, 9, 12, 12, 12))
            row["deadline"] = date(year, month, calendar.monthrange(year, month)[1])
            row["deadline_text"] = f"{year}年{month}月底前"
        self.rows.add("measures", row)
        lead = self._assign(measure_id, "lead", with_people)
        if rng.random() < 0.1:
            self._assign(measure_id, "lead", with_people)
        other = "responsible" if shape.number % 7 == 0 else "cooperating"
        for _ in range(rng.choice((0, 1, 1, 2, 2, 3, 4))):
            self._assign(measure_id, other, False)
        for year in shape.years:
            self._plan(measure_id, year, row["deadline"], lead, shape)
        return text

    def _assign(self, measure_id: int, role: str, with_people: bool) -> int:
        unit_id = self.unit()
        key = (measure_id, unit_id, role)
        if key in self._seen:
            return unit_id
        self._seen.add(key)
        rng = self.rng
        self.rows.add("assignments", {
            "id": self.ids.take("assignments"), "measure_id": measure_id, "unit_id": unit_id, "role": role,
            "leader": rng.choice(("副市长", "分管副局长", "局长")) if with_people else None,
            "section": rng.choice(("综合科", "规划科", "法规科", "办公室")) if with_people else None,
            "person": rng.choice(words.CLERKS) if with_people else None,
        })
        return unit_id

    def _plan(self, measure_id: int, year: int, deadline: date | None, lead: int, shape: PolicyShape) -> None:
        rng, texts = self.rng, self.texts
        plan_id = self.ids.take("yearly_plans")
        target = float(rng.choice((10, 20, 50, 100, 300, 1000))) if rng.random() < 0.2 else None
        self.rows.add("yearly_plans", {"id": plan_id, "measure_id": measure_id, "year": year,
                                       "text": f"{year}年，{texts.sentences(1, 2)}", "target": target})
        final = rng.choice((100.0, 100.0, 100.0, 100.0, 100.0, 90.0, 80.0, 70.0, 60.0, 40.0, 20.0, 0.0))
        late_start = rng.random() < 0.15
        periods = periods_of(year, shape.frequency)
        for index, period in enumerate(periods, 1):
            if late_start and index <= len(periods) // 2:
                continue
            if rng.random() > shape.report_share:
                continue
            share = index / len(Period.all_of_year(year, period.kind))
            percent = float(min(100, max(0, round(final * share + rng.uniform(-8, 8)))))
            self._report(plan_id, period, percent, year, lead)

    def _report(self, plan_id: int, period: Period, percent: float, year: int, lead: int) -> None:
        rng, texts = self.rng, self.texts
        has_text = rng.random() < 0.95
        suggested = suggest(percent, period, year, has_text)
        typed = ""
        if rng.random() < 0.75:
            typed = suggested if rng.random() < 0.9 else rng.choice(CHOICES)
        end = date(period.year, period.last_month, calendar.monthrange(period.year, period.last_month)[1])
        stamp = datetime(end.year, end.month, end.day, 10, 0) + timedelta(days=rng.randint(1, 20),
                                                                          minutes=rng.randint(0, 480))
        self.rows.add("progress_reports", {
            "id": self.ids.take("progress_reports"), "plan_id": plan_id, "period": str(period),
            "status_text": texts.progress(percent) if has_text else "",
            "problems": texts.problem() if rng.random() < 0.35 else "",
            "suggestions": rng.choice(words.SUGGESTIONS) if rng.random() < 0.25 else "",
            "percent": percent, "assessment": typed,
            "remarks": rng.choice(words.REMARKS) if rng.random() < 0.05 else "",
            "reporting_unit_id": lead, "source": "import" if rng.random() < 0.6 else "typed",
            "import_batch_id": None, "updated_at": stamp, "updated_by": rng.choice(words.CLERKS),
            "version": rng.randint(1, 3),
        })


def _measure(measure_id: int, area_id: int, parent: int | None, position: int, label: str,
             number: int, text: str, is_group: bool) -> dict:
    return {"id": measure_id, "area_id": area_id, "parent_id": parent, "position": position,
            "label": label, "number": number, "text": text, "is_group": is_group,
            "deadline": None, "deadline_text": ""}


def _split(total: int, parts: int, rng: random.Random) -> list[int]:
    """``total`` in ``parts`` uneven shares that add up."""
    if parts <= 0:
        return []
    weights = [rng.uniform(0.5, 1.5) for _ in range(parts)]
    scale = total / sum(weights)
    shares = [int(w * scale) for w in weights]
    for index in range(total - sum(shares)):
        shares[index % parts] += 1
    return shares
