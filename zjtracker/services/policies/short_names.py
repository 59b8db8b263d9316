"""A policy's short name (简称) where a full title is too long: in file names, on chart
axes. The clerk's own (Policy.short_name) when set, else a distinctive part of the title."""

from __future__ import annotations

TITLE_KINDS = ("工作任务台账", "实施方案", "工作方案", "行动方案", "行动计划", "工作要点", "任务分工", "若干措施",
               "若干政策", "工作台账", "台账", "方案", "计划", "通知", "意见", "办法")


def file_short_name(title: str, short_name: str = "") -> str:
    """The policy's 简称 as the clerk set it, else a distinctive part of its title:
    2023年湛江市优化营商环境行动工作任务台账 → 优化营商环境行动."""
    if short_name.strip():
        return short_name.strip().strip("《》")
    text = title.strip().strip("《》")
    for prefix in ("关于印发", "关于"):
        if text.startswith(prefix):
            text = text[len(prefix):]
    if len(text) > 5 and text[:4].isdigit() and text[4] == "年":
        text = text[5:]
    for prefix in ("湛江市", "全市"):
        if text.startswith(prefix):
            text = text[len(prefix):]
    if text.endswith("的通知"):
        text = text[:-3]
    for kind in TITLE_KINDS:
        if text.endswith(kind) and len(text) > len(kind) + 1:
            text = text[:-len(kind)]
            break
    return text.rstrip("的") or title
