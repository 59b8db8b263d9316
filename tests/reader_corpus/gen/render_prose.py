"""Writing a document as prose: the notice, the plan's title, its parts 一、 and （一）, each
measure with its units in a bracket, in labelled lines or in a 部门分工 sentence."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from tests.reader_corpus.gen.model import Doc, Group, Measure
from tests.reader_corpus.gen.write_units import ListStyle, write_units

ADDRESSEES = {
    "city": "各县（市、区）人民政府，市政府各部门、各直属机构：",
    "province": "各市人民政府，省政府各部门、各直属机构：",
    "county": "各乡镇人民政府，县政府各部门：",
    "district": "各街道办事处，区政府各部门：",
}


@dataclass
class ProseStyle:
    header: bool = True
    level: str = "city"
    indent: str = "　　"
    blank: bool = False  # a blank line between paragraphs
    units: ListStyle = field(default_factory=ListStyle)
    # bracket_labels: the labels and the separator between clauses
    labels: tuple[tuple[str, str, str], ...] = (("牵头单位", "配合单位", "完成时限"),)
    clause_sep: str = "；"
    colon: str = "："
    parens: tuple[str, ...] = ("（）",)
    before_stop: bool = False  # 细节（A牵头）。 instead of 细节。（A牵头）
    # labelled lines
    vocab: dict = field(default_factory=lambda: {
        "leader": "牵头市领导", "lead": "牵头单位", "coop": "配合单位", "resp": "责任单位",
        "deadline": "完成时限"})
    line_end: str = ""
    deadline_in_text: bool = False
    group_note: str = "bracket"  # bracket / lines
    subitems: bool = False  # groups are 1. with （1）… below and one note after the last
    intro: str = ""
    closing: tuple[str, ...] = ()
    first_lead_note: str = ""


def render_prose(doc: Doc, st: ProseStyle) -> str:
    rng = random.Random(doc.stem + "/prose")
    out: list[str] = []
    para = out.append
    if st.header:
        para(f"{doc.issuer}文件")
        para(doc.doc_no)
        para(f"{doc.issuer}关于印发{doc.title}的通知")
        para(ADDRESSEES[st.level])
        para(f"{st.indent}现将《{doc.title}》印发给你们，请结合实际认真组织实施。"
             "实施过程中遇到的问题，请及时反映。")
        para(doc.issuer)
        para(doc.issued)
        para("（此件公开发布）")
    para(doc.title)
    if st.first_lead_note:
        para(st.first_lead_note)
    para(st.indent + (st.intro or f"为深入贯彻落实上级决策部署，推动各项工作落地见效，结合{doc.city}实际，制定本方案。"))
    for area in doc.areas:
        para(f"{area.label}{area.title}")
        if area.intro:
            para(st.indent + area.intro)
        for group in area.groups:
            _group(out, group, st, rng)
    out.extend(st.closing)
    sep = "\n\n" if st.blank else "\n"
    return sep.join(out) + "\n"


def _group(out: list[str], group: Group, st: ProseStyle, rng: random.Random) -> None:
    stated = bool(group.lead or group.coop or group.resp)
    if st.subitems and group.label:
        out.append(f"{group.number}.{group.title}")
    elif group.label:
        heading = f"{group.label}{group.title}"
        if stated and st.group_note == "bracket":
            heading += _labels_bracket(group, st, rng, with_deadline=False)
            out.append(heading)
        else:
            out.append(heading)
            if stated:
                out.extend(_lines(group, st, rng))
    for measure in group.measures:
        _measure(out, measure, st, rng)
    if st.subitems and stated:
        out.append(st.indent + _roles_bracket(group, st, rng, deadline=None))


def _measure(out: list[str], m: Measure, st: ProseStyle, rng: random.Random) -> None:
    text = m.text
    deadline = m.deadline
    if st.deadline_in_text and deadline:
        text += f"，{deadline}完成"
        deadline = None
    style = m.style
    if not m.has_units and not deadline:
        out.append(f"{st.indent}{m.label}{text}。")
        return
    if style.startswith("bracket"):
        if style == "bracket_labels":
            note = _labels_bracket(m, st, rng, with_deadline=True, deadline=deadline)
        elif style in ("bracket_resp", "bracket_first"):
            note = _resp_bracket(m, st, rng, deadline)
        else:
            note = _roles_bracket(m, st, rng, deadline)
        if not m.has_units and deadline:
            note = _paren(st, rng, f"{deadline}完成")
        line = f"{text}{note}。" if st.before_stop else f"{text}。{note}"
        out.append(f"{st.indent}{m.label}{line}")
        return
    out.append(f"{st.indent}{m.label}{text}。")
    if style == "division":
        parts = []
        if m.lead:
            parts.append(f"{write_units(m.lead, st.units, rng)}牵头")
        if m.coop:
            parts.append(f"{write_units(m.coop, st.units, rng)}配合")
        out.append(f"{st.indent}部门分工{st.colon}{'，'.join(parts)}。")
        if deadline:
            out.append(f"{st.indent}{st.vocab['deadline']}{st.colon}{deadline}。")
        return
    out.extend(_lines(m, st, rng, deadline))


def _paren(st: ProseStyle, rng: random.Random, inside: str) -> str:
    pair = rng.choice(st.parens)
    return pair[0] + inside + pair[1]


def _labels_bracket(item, st, rng, with_deadline=True, deadline=None) -> str:
    lead_label, coop_label, deadline_label = rng.choice(st.labels)
    parts = []
    if item.lead:
        parts.append(f"{lead_label}{st.colon}{write_units(item.lead, st.units, rng)}")
    if item.coop:
        parts.append(f"{coop_label}{st.colon}{write_units(item.coop, st.units, rng)}")
    if item.resp:
        parts.append(f"责任单位{st.colon}{write_units(item.resp, st.units, rng)}")
    if with_deadline and deadline:
        parts.append(f"{deadline_label}{st.colon}{deadline}")
    return _paren(st, rng, st.clause_sep.join(parts))


def _roles_bracket(item, st, rng, deadline) -> str:
    parts = []
    if item.lead and not item.coop and not item.resp:
        parts.append(f"{write_units(item.lead, st.units, rng)}牵头负责")
    elif item.lead:
        parts.append(f"{write_units(item.lead, st.units, rng)}牵头")
    if item.coop:
        parts.append(f"{write_units(item.coop, st.units, rng)}配合")
    if item.resp:
        parts.append(f"{write_units(item.resp, st.units, rng)}按职责分工负责")
    text = "，".join(parts)
    if deadline:
        text += f"；{deadline}完成"
    return _paren(st, rng, text)


def _resp_bracket(m, st, rng, deadline) -> str:
    text = f"责任单位{st.colon}{write_units(m.lead + m.resp, st.units, rng)}"
    if deadline:
        text += f"{st.clause_sep}完成时限{st.colon}{deadline}"
    pair = rng.choice(("〔〕",) + st.parens)
    return pair[0] + text + pair[1]


def _lines(item, st: ProseStyle, rng, deadline=None) -> list[str]:
    v, c, e = st.vocab, st.colon, st.line_end
    lines = []
    if item.leaders:
        lines.append(f"{v['leader']}{c}{'、'.join(item.leaders)}{e}")
    if item.lead:
        lines.append(f"{v['lead']}{c}{write_units(item.lead, st.units, rng)}{e}")
    if item.coop:
        lines.append(f"{v['coop']}{c}{write_units(item.coop, st.units, rng)}{e}")
    if item.resp:
        lines.append(f"{v['resp']}{c}{write_units(item.resp, st.units, rng)}{e}")
    if deadline:
        lines.append(f"{v['deadline']}{c}{deadline}{e}")
    return [st.indent + line for line in lines]
