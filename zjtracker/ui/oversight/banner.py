"""The line above the progress form's fields saying what the clerk decided on this report:
已退回：原因… / 已重报（待复核） / 已复核 / 已销号（办结日期…）."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from zjtracker.services.oversight.queries import PlanOversight
from zjtracker.services.oversight.states import CHANGED, RESUBMITTED, RETURNED, REVIEWED


def banner_text(seen: PlanOversight) -> str:
    lines = []
    if seen.closing is not None:
        line = (QCoreApplication.translate("OversightBanner", "Closed on %1 by %2. Basis: %3") if seen.closing.basis
                else QCoreApplication.translate("OversightBanner", "Closed on %1 by %2."))
        lines.append(line.replace("%1", seen.closing.closed_on.isoformat()).replace(
            "%2", seen.closing.by or "-").replace("%3", seen.closing.basis))
    verdict = seen.verdict
    if verdict is not None:
        words = {
            RETURNED: QCoreApplication.translate("OversightBanner", "Sent back: %1"),
            RESUBMITTED: QCoreApplication.translate("OversightBanner", "Sent back (%1), reported again: to review."),
            REVIEWED: QCoreApplication.translate("OversightBanner", "Reviewed. %1"),
            CHANGED: QCoreApplication.translate("OversightBanner", "Reviewed (%1), changed since: to review."),
        }
        lines.append(words.get(verdict.state, "%1").replace("%1", verdict.note).strip())
    return "\n".join(lines)
