"""What the clerk wrote over a report's generated texts (主送, 发文机关署名, 成文日期, a
section's paragraphs …), kept per scope and period in ``report_texts``.

A scope is all policies (key ""), one policy (key: its id as text) or one lead unit (key: the
unit's name). A field with no row is generated; saving a field equal to the generated text,
or resetting it, removes the row. The 简称 of one policy is the policy's own (``Policy.
short_name``, the same in every period); in the other scopes it is kept like any field.
Every save or reset is one transaction with a change-log row per field."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from zjtracker.db.models import Policy, ReportText, Unit, utcnow
from zjtracker.reports.texts import FIELD_NAMES, parse_signed_on
from zjtracker.services.context import current_user
from zjtracker.services.periods import Period
from zjtracker.services.structure.common import log_change

ALL, POLICY, UNIT = "all", "policy", "unit"
ENTITY = "report_text"  # the change log's entity for these rows
SHORT_NAME = "short_name"


class BadReportText(ValueError):
    """A field the report does not have, or a 成文日期 that is not a date (said in Chinese)."""


@dataclass(frozen=True)
class TextScope:
    scope: str  # all / policy / unit
    key: str  # "" / the policy's id / the unit's name

    @property
    def policy_id(self) -> int | None:
        return int(self.key) if self.scope == POLICY else None


def checked_date(value: str) -> str:
    """A 成文日期 as kept (2023-10-20; "" for none), or BadReportText saying how to write it."""
    try:
        signed = parse_signed_on(value)
    except ValueError:
        text = str(value).strip()
        raise BadReportText(f"成文日期“{text}”不是一个日期，应写作 2023年10月20日 或 2023-10-20。") from None
    return signed.isoformat() if signed else ""


def scope_of(policy_id: int | None = None, unit: str | None = None) -> TextScope:
    """The scope a report is asked for: one policy, one unit, or all policies."""
    if policy_id is not None:
        return TextScope(POLICY, str(int(policy_id)))
    if unit and unit.strip():
        return TextScope(UNIT, unit.strip())
    return TextScope(ALL, "")


def scope_in(database, policy_id: int | None = None, unit: str | None = None) -> TextScope:
    """``scope_of`` with a unit named by its registry name, however it was written (市发改局 →
    市发展和改革局); a name not in the registry is kept as written."""
    scope = scope_of(policy_id, unit)
    if scope.scope != UNIT:
        return scope
    from zjtracker.services.ledger import UnitNotFound, find_unit_id

    try:
        unit_id = find_unit_id(database, scope.key)
    except UnitNotFound:
        return scope
    with database.session() as session:
        return TextScope(UNIT, session.get(Unit, unit_id).name)


def load_edits(database, period: str, policy_id: int | None = None, unit: str | None = None) -> dict[str, str]:
    """field → what the clerk wrote, for the report of ``period`` in this scope."""
    scope = scope_in(database, policy_id, unit)
    period = str(Period.parse(period))
    with database.session() as session:
        rows = session.scalars(_rows(scope, period)).all()
        edits = {row.field: row.value for row in rows if row.field in FIELD_NAMES}
        if scope.scope == POLICY:
            edits.pop(SHORT_NAME, None)
            short = session.scalar(select(Policy.short_name).where(Policy.id == scope.policy_id))
            if short:
                edits[SHORT_NAME] = short
    return edits


def save_edits(database, period: str, edits: Mapping[str, str | None], policy_id: int | None = None,
               unit: str | None = None, generated: Mapping[str, str] | None = None) -> int:
    """Keep what the clerk wrote; a value of None, or one equal to ``generated``'s, forgets
    the edit (the field follows the data again). Returns how many fields changed."""
    scope = scope_in(database, policy_id, unit)
    period = str(Period.parse(period))
    cleaned = _checked(edits, generated or {})
    changed = 0
    with database.session() as session:
        existing = {row.field: row for row in session.scalars(_rows(scope, period))}
        for name, value in cleaned.items():
            if name == SHORT_NAME and scope.scope == POLICY:
                changed += _set_short_name(session, scope.policy_id, value or "")
            elif value is None:
                changed += _forget(session, existing.get(name))
            else:
                changed += _keep(session, existing.get(name), scope, period, name, value)
    return changed


# 主送 and 发文机关署名 name the clerk's office and whom it reports to: the same in most reports.
OFFICE_FIELDS = ("recipient", "issuer")


def office_defaults(database, period: str, policy_id: int | None = None, unit: str | None = None) -> dict[str, str]:
    """主送 and 发文机关署名 as the clerk last wrote them for any other report (the newest edit
    of each field), the starting point of a report whose own texts do not say otherwise. The
    report's own rows are left out, so that its edit is never taken for its generated text."""
    own = scope_in(database, policy_id, unit)
    period = str(Period.parse(period))
    others = ~((ReportText.scope == own.scope) & (ReportText.scope_key == own.key) & (ReportText.period == period))
    found: dict[str, str] = {}
    with database.session() as session:
        for name in OFFICE_FIELDS:
            value = session.scalar(select(ReportText.value).where(ReportText.field == name, others)
                                   .order_by(ReportText.updated_at.desc(), ReportText.id.desc()).limit(1))
            if value and value.strip():
                found[name] = value
    return found


def reset_edits(database, period: str, fields: Iterable[str] | None = None, policy_id: int | None = None,
                unit: str | None = None) -> int:
    """Forget the clerk's text of ``fields`` (all fields when None): they are generated again."""
    names = FIELD_NAMES if fields is None else tuple(fields)
    return save_edits(database, period, {name: None for name in names}, policy_id, unit)


# rows -----------------------------------------------------------------------------------
def _rows(scope: TextScope, period: str):
    return select(ReportText).where(ReportText.scope == scope.scope, ReportText.scope_key == scope.key,
                                    ReportText.period == period).order_by(ReportText.id)


def _checked(edits: Mapping[str, str | None], generated: Mapping[str, str]) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for name, value in edits.items():
        if name not in FIELD_NAMES:
            raise BadReportText(f"报告没有“{name}”这一项文字。")
        if value is not None:
            value = str(value).replace("\r\n", "\n").rstrip()
            if name == "signed_on":
                value = checked_date(value)
            if value == (generated.get(name) or "").rstrip():
                value = None
        out[name] = value
    return out


def _keep(session: Session, row: ReportText | None, scope: TextScope, period: str, name: str, value: str) -> int:
    if row is not None and row.value == value:
        return 0
    old = row.value if row is not None else None
    if row is None:
        row = ReportText(scope=scope.scope, scope_key=scope.key, period=period, field=name)
        session.add(row)
    row.value = value
    row.updated_at = utcnow()
    row.updated_by = current_user()
    session.flush()
    log_change(session, ENTITY, row.id, name, old, value)
    return 1


def _forget(session: Session, row: ReportText | None) -> int:
    if row is None:
        return 0
    log_change(session, ENTITY, row.id, row.field, row.value, None)
    session.delete(row)
    return 1


def _set_short_name(session: Session, policy_id: int, value: str) -> int:
    policy = session.get(Policy, policy_id)
    if policy is None or (policy.short_name or "") == value:
        return 0
    log_change(session, "policy", policy.id, SHORT_NAME, policy.short_name or None, value or None)
    policy.short_name = value
    return 1
