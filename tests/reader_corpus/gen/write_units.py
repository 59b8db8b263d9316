"""Writing a list of units the way documents do: 、 or ， between names, a level prefix written
once (省发展改革委、科技厅), a shared suffix (黄埔区、南沙区政府), a trailing 等."""

from __future__ import annotations

import random
from dataclasses import dataclass

_LEVEL = ("市", "省", "县", "区")
_NO_CARRY = ("委金", "直", "中级", "高级", "各", "场")


@dataclass
class ListStyle:
    seps: tuple[str, ...] = ("、",)
    carry: float = 0.0  # chance to write the level prefix once
    etc: float = 0.0  # chance of a trailing 等
    shared_suffix: bool = False


def write_units(names: list[str], style: ListStyle, rng: random.Random) -> str:
    if not names:
        return ""
    shown = list(names)
    if len(shown) > 1 and rng.random() < style.carry:
        shown = _carry(shown)
    if style.shared_suffix:
        shown = _share_suffix(shown)
    sep = rng.choice(style.seps)
    text = shown[0]
    for name in shown[1:]:
        text += sep + name
    if len(names) > 1 and rng.random() < style.etc:
        text += "等"
    return text


def _carry(names: list[str]) -> list[str]:
    first = names[0]
    if not first.startswith(_LEVEL):
        return names
    level = first[0]
    out = [first]
    for name in names[1:]:
        rest = name[1:]
        if name.startswith(level) and len(rest) >= 3 and not rest.startswith(_NO_CARRY):
            out.append(rest)
        else:
            out.append(name)
    return out


def _share_suffix(names: list[str]) -> list[str]:
    """黄埔区政府、南沙区政府 → 黄埔区、南沙区政府 (only runs of district governments)."""
    out: list[str] = []
    run: list[str] = []
    for name in names + [""]:
        if name.endswith("区政府") and not name.startswith("各"):
            run.append(name)
            continue
        if len(run) > 1:
            out.extend(n[: -len("政府")] for n in run[:-1])
            out.append(run[-1])
        else:
            out.extend(run)
        run = []
        if name:
            out.append(name)
    return out
