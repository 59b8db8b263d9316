"""Correcting a policy's own particulars by hand: 文号, title, short name, issuer, years,
status (现行/已失效/已废止) and reporting frequency. One transaction per call; every changed
field goes to the change log (entity ``policy``)."""

from __future__ import annotations

from zjtracker.db.engine import Database
from zjtracker.services.policies.status import STATUS_NAMES, status_from_word
from zjtracker.services.structure.common import StructureError, get_policy, log_change

POLICY_FIELDS = ("doc_no", "title", "short_name", "issuer", "start_year", "end_year", "status", "frequency")
FREQUENCY_NAMES = {"monthly": "每月", "bimonthly": "每两个月", "quarterly": "每季度",
                   "half_yearly": "每半年", "yearly": "每年"}
_LIMITS = {"doc_no": 100, "title": 500, "short_name": 60, "issuer": 200}
_FIELD_NAMES = {"doc_no": "文号", "title": "标题", "short_name": "简称", "issuer": "发文机关",
                "start_year": "起始年份", "end_year": "截止年份", "status": "状态", "frequency": "报送频次"}


def policy_fields(database: Database, policy_id: int) -> dict:
    """The editable fields of a policy as plain values."""
    with database.session() as session:
        policy = get_policy(session, policy_id)
        return {name: getattr(policy, name) for name in POLICY_FIELDS}


def status_code(text: str) -> str:
    """in_force / expired / abolished from the code or its Chinese word."""
    code = status_from_word(text)
    if code is not None:
        return code
    text = (text or "").strip()
    raise StructureError(f"状态“{text}”不对，应为 现行、已失效 或 已废止。")


def frequency_code(text: str) -> str:
    """quarterly / bimonthly / … from the code or its Chinese words (每季度, 每两个月 …)."""
    text = (text or "").strip()
    if text in FREQUENCY_NAMES:
        return text
    for code, name in FREQUENCY_NAMES.items():
        if text in (name, name.removeprefix("每")):
            return code
    words = {"季度": "quarterly", "双月": "bimonthly", "月度": "monthly", "半年度": "half_yearly", "年度": "yearly"}
    if text in words:
        return words[text]
    raise StructureError(f"报送频次“{text}”不对，应为 每月、每两个月、每季度、每半年 或 每年。")


def update_policy(database: Database, policy_id: int, source: str = "typed", **fields) -> dict:
    """Change fields of a policy; returns the old values of the fields that changed."""
    unknown = set(fields) - set(POLICY_FIELDS)
    if unknown:
        raise StructureError(f"政策文件没有这些可修改的项：{'、'.join(sorted(unknown))}。")
    with database.session() as session:
        policy = get_policy(session, policy_id)
        values = {name: _clean(name, value) for name, value in fields.items()}
        start = values.get("start_year", policy.start_year)
        end = values.get("end_year", policy.end_year)
        if start is not None and end is not None and start > end:
            raise StructureError(f"起始年份 {start} 晚于截止年份 {end}，请改正。")
        old: dict = {}
        for name, value in values.items():
            if getattr(policy, name) != value:
                old[name] = getattr(policy, name)
                setattr(policy, name, value)
                log_change(session, "policy", policy.id, name, old[name], value, source)
        return old


def _clean(name: str, value):
    if name in ("start_year", "end_year"):
        return _year(name, value)
    if name == "status":
        return status_code(value)
    if name == "frequency":
        return frequency_code(value)
    text = " ".join(str(value or "").split())
    if name == "title" and not text:
        raise StructureError("政策文件的标题不能为空。")
    if len(text) > _LIMITS[name]:
        raise StructureError(f"{_FIELD_NAMES[name]}太长（{len(text)} 个字），最多 {_LIMITS[name]} 个字。")
    return text


def _year(name: str, value) -> int | None:
    if value is None or str(value).strip() == "":
        return None
    try:
        year = int(str(value).strip().removesuffix("年"))
    except ValueError:
        raise StructureError(f"{_FIELD_NAMES[name]}“{value}”不是年份，应写成 2025 这样的四位数。") from None
    if not 1949 <= year <= 2100:
        raise StructureError(f"{_FIELD_NAMES[name]} {year} 不在 1949—2100 之间。")
    return year
