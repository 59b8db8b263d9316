"""Indicators (主要指标) of a policy: what they promise, the yearly actual values, and how
much of the target has been reached."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from zjtracker.db.engine import Database
from zjtracker.db.models import ChangeLog, Indicator, IndicatorValue
from zjtracker.services.context import current_machine, current_user


@dataclass(frozen=True)
class IndicatorInfo:
    id: int
    policy_id: int
    category: str
    name: str
    unit: str  # unit of measure (亿元, %, 个)
    baseline_year: int | None
    baseline_value: float | None
    baseline_text: str
    target_year: int | None
    target_value: float | None
    target_text: str
    nature: str  # 预期性 / 约束性
    direction: str  # up: more is better; down: less is better
    actuals: dict[int, float] = field(default_factory=dict)

    @property
    def latest_year(self) -> int | None:
        return max(self.actuals) if self.actuals else None

    @property
    def latest_value(self) -> float | None:
        return self.actuals[self.latest_year] if self.actuals else None

    def share_reached(self, value: float | None = None) -> float | None:
        """Percent of the target reached by ``value`` (the latest actual by default): the
        way from the baseline to the target where both are known, else value against target;
        for a falling indicator (direction down) the ratio is turned round."""
        value = self.latest_value if value is None else value
        target = self.target_value
        if value is None or target is None:
            return None
        base = self.baseline_value
        if base is not None and base != target:
            return round((value - base) / (target - base) * 100, 1)
        if self.direction == "down":
            return round(target / value * 100, 1) if value else None
        return round(value / target * 100, 1) if target else None


def _info(indicator: Indicator) -> IndicatorInfo:
    return IndicatorInfo(
        id=indicator.id, policy_id=indicator.policy_id, category=indicator.category,
        name=indicator.name, unit=indicator.unit, baseline_year=indicator.baseline_year,
        baseline_value=indicator.baseline_value, baseline_text=indicator.baseline_text,
        target_year=indicator.target_year, target_value=indicator.target_value,
        target_text=indicator.target_text, nature=indicator.nature, direction=indicator.direction,
        actuals={v.year: v.value for v in indicator.values},
    )


def load_indicator(database: Database, indicator_id: int) -> IndicatorInfo | None:
    with database.session() as session:
        indicator = session.get(Indicator, indicator_id)
        return _info(indicator) if indicator else None


def policy_indicators(database: Database, policy_id: int) -> list[IndicatorInfo]:
    with database.session() as session:
        return [_info(i) for i in session.scalars(
            select(Indicator).where(Indicator.policy_id == policy_id).order_by(Indicator.position))]


def set_actual(database: Database, indicator_id: int, year: int, value: float | None,
               source: str = "typed") -> IndicatorInfo:
    """Store (or with None remove) the actual value of one year, in one transaction."""
    if not 1900 <= year <= 2200:
        raise ValueError(f"年份“{year}”不对。")
    with database.session() as session:
        indicator = session.get(Indicator, indicator_id)
        if indicator is None:
            raise LookupError(f"指标 {indicator_id} 不存在。")
        stored = next((v for v in indicator.values if v.year == year), None)
        old = stored.value if stored else None
        if old == value:
            return _info(indicator)
        if value is None:
            indicator.values.remove(stored)
        elif stored is None:
            indicator.values.append(IndicatorValue(year=year, value=value))
        else:
            stored.value = value
        session.add(ChangeLog(
            user=current_user(), machine=current_machine(), entity="indicator", entity_id=indicator_id,
            field=f"actual_{year}", old=None if old is None else f"{old:g}",
            new=None if value is None else f"{value:g}", source=source,
        ))
        session.flush()
        return _info(indicator)
