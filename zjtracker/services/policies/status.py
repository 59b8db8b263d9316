"""A policy's status in words: one mapping for the detail pane, the `list` command, the change
log and the policy editor. 现行 is the word for a document in force (as on 现行有效文件
lists); 已失效 for one whose period ran out; 已废止 for one revoked by another document."""

from __future__ import annotations

IN_FORCE, EXPIRED, ABOLISHED = "in_force", "expired", "abolished"
STATUS_NAMES = {IN_FORCE: "现行", EXPIRED: "已失效", ABOLISHED: "已废止"}
# Other words a clerk may type for a status (the command line, older screens and files).
OTHER_WORDS = {"有效": IN_FORCE, "现行有效": IN_FORCE, "失效": EXPIRED, "废止": ABOLISHED}


def status_name(code: str | None) -> str:
    """现行 / 已失效 / 已废止 for a stored status (an unknown code as it is)."""
    return STATUS_NAMES.get(code or "", code or "")


def status_from_word(text: str) -> str | None:
    """The stored code for a code or any of its words; None when it is none of them."""
    text = (text or "").strip()
    if text in STATUS_NAMES:
        return text
    for code, name in STATUS_NAMES.items():
        if text == name:
            return code
    return OTHER_WORDS.get(text)
