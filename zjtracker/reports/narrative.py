"""The generated texts of a report (the paragraphs the clerk may edit before printing), made
from the report's data alone: 主送, 署名, 成文日期, the opening, 一、总体情况, 二、主要进展,
三、存在问题, 四、下一步工作 and the 附件说明. Paragraphs are separated by blank lines."""

from __future__ import annotations

from collections import defaultdict

from zjtracker.numerals import chinese_numeral
from zjtracker.reports.clip import clip, is_none_text, normalized
from zjtracker.reports.texts import ReportTexts
from zjtracker.services.assessment import (
    BEHIND,
    CLOSED,
    DONE,
    NOT_REPORTED,
    NOT_STARTED,
    ON_SCHEDULE,
    OVERDUE,
    UNASSESSED,
)
from zjtracker.services.reporting.data import (
    NO_LEAD_UNIT,
    SCOPE_POLICY,
    SCOPE_UNIT,
    ReportData,
    lead_of,
    report_status,
)

HIGHLIGHTS_PER_GROUP = 2
HIGHLIGHT_GROUPS = 6
HIGHLIGHT_LENGTH = 80
PROBLEM_UNITS = 6
PROBLEMS_PER_UNIT = 3
PROBLEM_LENGTH = 60
SILENT_NAMED = 12  # 未报送 units named in the body; the full list is in the 附件
_KINDS = ("工作任务台账", "实施方案", "工作方案", "行动方案", "行动计划", "工作要点", "规划", "办法", "意见",
          "通知", "台账", "方案", "计划", "报告")


def derived_short_name(title: str) -> str:
    """《实施方案》 for 湛江市……实施方案; short titles are their own short name."""
    plain = title.strip("《》 ")
    if len(plain) <= 8:
        return f"《{plain}》"
    for kind in _KINDS:
        if plain.endswith(kind):
            return f"《{kind}》"
    return f"《{plain}》"


def policy_names(data: ReportData) -> dict[int, str]:
    """How a report of several policies names each after the table that names them in full:
    its short name, or its full title where two policies would share one."""
    short = {p.policy_id: (p.short_name.strip() or derived_short_name(p.title)) for p in data.policies}
    short = {pid: name if name.startswith("《") else f"《{name}》" for pid, name in short.items()}
    taken = defaultdict(int)
    for name in short.values():
        taken[name] += 1
    titles = {p.policy_id: p.title for p in data.policies}
    return {pid: (name if taken[name] == 1 else f"《{titles[pid]}》") for pid, name in short.items()}


def short_name(data: ReportData) -> str:
    """How the body names the document after naming it once in full."""
    if data.scope == SCOPE_POLICY and data.policies:
        part = data.policies[0]
        if part.short_name.strip():
            name = part.short_name.strip()
            return name if name.startswith("《") else f"《{name}》"
        return derived_short_name(part.title)
    if data.scope == SCOPE_UNIT:
        return data.scope_name
    return "各项政策文件"


def _full_name(data: ReportData, short: str) -> str:
    part = data.policies[0]
    notes = [x for x in (part.doc_no.strip(),) if x]
    if short != f"《{part.title}》":
        notes.append(f"以下简称{short}")
    return f"《{part.title}》" + (f"（{'，'.join(notes)}）" if notes else "")



def default_recipient(data: ReportData) -> str:
    """主送: the city government's 督查室, to which bureaus report on policies (editable)."""
    return "市政府督查室："


def default_issuer(data: ReportData) -> str:
    if data.scope == SCOPE_UNIT:
        return data.scope_name
    if data.scope == SCOPE_POLICY and data.policies and data.policies[0].issuer.strip():
        issuer = data.policies[0].issuer.strip()
        if "人民政府" not in issuer:
            return issuer
    return ""  # the reporting office is not recorded: the clerk writes it in the composer


def opening(data: ReportData, short: str) -> str:
    period = data.period.label()
    if data.scope == SCOPE_POLICY:
        return f"按照{_full_name(data, short)}工作要求，现将{period}落实情况报告如下："
    if data.scope == SCOPE_UNIT:
        return f"按照工作要求，现将{data.scope_name}牵头或参与的政策措施{period}落实情况报告如下："
    return f"按照工作要求，现将{len(data.policies)}项政策文件{period}落实情况报告如下："


def status_counts(data: ReportData) -> str:
    """已完成 3 项（占 5.0%），… over what was reported; states with no row are left out."""
    totals = data.totals
    parts = [f"{status}{totals.counts[status]}项（占{totals.share(status):.1f}%）"
             for status in (CLOSED, DONE, ON_SCHEDULE, BEHIND, OVERDUE, NOT_STARTED, UNASSESSED)
             if totals.counts[status]]
    return "，".join(parts)


def silent_units(data: ReportData) -> list[tuple[str, int]]:
    """The lead units that left tasks without a report (not the 未明确牵头单位 placeholder)."""
    return [(unit, count) for unit, count in data.silent_units if unit != NO_LEAD_UNIT]


def see(names: list[str] | None, name: str, before: str = "，") -> str:
    """，详见附件3 when that 附件 is printed; "" otherwise (a reference to nothing is worse)."""
    if not names:
        return ""
    for number, found in enumerate(names, 1):
        if found == name or found.endswith(name):
            return f"{before}详见附件{number if len(names) > 1 else ''}"
    return ""


def silent_sentence(data: ReportData, names: list[str] | None = None) -> str:
    if not data.silent_units:
        return ""
    units = silent_units(data)
    named = [f"{unit}（{count}项）" for unit, count in units[:SILENT_NAMED]]
    tail = f"等{len(units)}个单位" if len(units) > len(named) else ""
    sentence = f"未报送的{data.totals.counts[NOT_REPORTED]}项措施"
    if units:
        sentence += f"涉及牵头单位{len(units)}个：{'、'.join(named)}{tail}"
    orphans = dict(data.silent_units).get(NO_LEAD_UNIT, 0)
    if orphans:
        sentence += f"{'；另有' if units else '均'}{orphans if units else ''}{'项' if units else ''}未明确牵头单位"
    return sentence + see(names, SILENT_NAME) + "。"


def overview(data: ReportData, short: str, names: list[str] | None = None) -> str:
    totals = data.totals
    scope = short if data.scope == SCOPE_POLICY else (
        f"{data.scope_name}牵头或参与、" if data.scope == SCOPE_UNIT else f"{len(data.policies)}项政策文件")
    # a task closed (已销号) counts with those reported, whether or not it reported this period
    closed = totals.counts[CLOSED]
    first = (f"截至{data.period.label()}末，{scope}纳入统计的工作措施共{totals.total}项"
             f"（按{data.period.year}年度计划计），{'已报送落实情况或已办结销号' if closed else '已报送落实情况'}"
             f"{totals.reported}项，未报送{totals.counts[NOT_REPORTED]}项。")
    if totals.reported:
        first += f"{'其中' if closed else f'已报送的{totals.reported}项中'}，{status_counts(data)}。"
        if data.with_percent:
            first += f"填报完成进度的{data.with_percent}项平均完成进度{data.average_percent:.1f}%。"
    paragraphs = [first]
    silent = silent_sentence(data, names)
    if silent:
        paragraphs.append(silent)
    paragraphs.append(comparison(data, names))
    return "\n\n".join(paragraphs)


def comparison(data: ReportData, names: list[str] | None = None) -> str:
    previous = data.previous.label()
    if not data.reported:
        return "本期尚无报送数据，不作与上期的比较。"
    if not data.has_previous:
        return f"上期（{previous}）无报送数据，本期为首个有报送数据的报告期，不作与上期的比较。"
    from zjtracker.services.reporting.data import MOVED_BEHIND, MOVED_DONE, MOVED_DOWN

    return (f"与上期（{previous}）相比，两期均有报送的措施中，本期新完成{len(data.moved(MOVED_DONE))}项，"
            f"转为滞后或超期{len(data.moved(MOVED_BEHIND))}项，完成进度下降{len(data.moved(MOVED_DOWN))}项，"
            f"进度或评估有变化的共{len(data.movements)}项{see(names, CHANGES_NAME)}。")


def highlights(data: ReportData, names: list[str] | None = None) -> str:
    """A few tasks per area (per policy when there are several) done or on schedule, each
    with the first sentences of its 落实情况."""
    groups: dict[str, list] = defaultdict(list)
    called = policy_names(data) if data.multi_policy else {}
    for row in data.rows:
        if report_status(row) in (CLOSED, DONE, ON_SCHEDULE) and not is_none_text(row.status_text):
            key = called[row.policy_id] if data.multi_policy else f"{row.area_title}"
            groups[key].append(row)
    if not groups:
        return "本期暂无已完成或序时推进事项报送落实情况。"
    paragraphs = []
    seen_anywhere: set[str] = set()  # the same sentence sent for several tasks is quoted once
    ranked = sorted(groups.items(), key=lambda item: -len(item[1]))[:HIGHLIGHT_GROUPS]
    order = {key: index for index, key in enumerate(groups)}
    for n, (key, rows) in enumerate(sorted(ranked, key=lambda item: order[item[0]]), 1):
        ranked_rows = sorted(rows, key=lambda r: (report_status(r) not in (CLOSED, DONE), -len(r.status_text)))
        lines, seen = [], set()
        for row in ranked_rows:
            text = clip(row.status_text, HIGHLIGHT_LENGTH).rstrip("；;，,")
            said = normalized(text)
            if said in seen or said in seen_anywhere:
                continue
            seen.add(said)
            seen_anywhere.add(said)
            lines.append(text if text.endswith(("。", "！", "？")) else text + "。")
            if len(lines) == HIGHLIGHTS_PER_GROUP:
                break
        closed = sum(1 for r in rows if report_status(r) == CLOSED)
        done = sum(1 for r in rows if report_status(r) == DONE)
        heading = f"（{chinese_numeral(n)}）{key.strip('《》') if not data.multi_policy else key}。"
        count = (f"已办结销号{closed}项，" if closed else "") + \
            f"已完成{done}项，序时推进{len(rows) - done - closed}项。"
        paragraphs.append(heading + count + "".join(lines))
    if len(groups) > len(ranked):
        rest = len(groups) - len(ranked)
        noun = "项政策文件" if data.multi_policy else "个领域"
        paragraphs.append(f"其他{rest}{noun}的进展{see(names, DETAILS_SUFFIX, '') or '从略'}。")
    return "\n\n".join(paragraphs)


def problem_groups(data: ReportData) -> list[tuple[str, list[str]]]:
    """(lead unit, its distinct problems) for reported rows, 无/暂无 and the like dropped,
    the same problem written twice counted once; units with most problems first."""
    by_unit: dict[str, dict[str, str]] = defaultdict(dict)
    for row in data.rows:
        if not row.reported or is_none_text(row.problems):
            continue
        text = " ".join(row.problems.split())
        by_unit[lead_of(row)].setdefault(normalized(text), text)
    groups = [(unit, list(found.values())) for unit, found in by_unit.items()]
    return sorted(groups, key=lambda g: -len(g[1]))


def problems(data: ReportData, names: list[str] | None = None) -> str:
    groups = problem_groups(data)
    if not groups:
        return "本期各单位报送的落实情况中未反映需要协调解决的问题。"
    count = sum(len(found) for _, found in groups)
    paragraphs = [f"本期{len(groups)}个牵头单位反映问题{count}条（已合并重复、剔除“无”等），主要有："]
    for n, (unit, found) in enumerate(groups[:PROBLEM_UNITS], 1):
        items = [clip(text, PROBLEM_LENGTH).rstrip("。；;，,") for text in found[:PROBLEMS_PER_UNIT]]
        more = f"等{len(found)}条" if len(found) > PROBLEMS_PER_UNIT else ""
        paragraphs.append(f"（{chinese_numeral(n)}）{unit}：{'；'.join(items)}{more}。")
    if len(groups) > PROBLEM_UNITS:
        paragraphs.append(f"其他{len(groups) - PROBLEM_UNITS}个单位反映的问题"
                          f"{see(names, ISSUES_NAME, '') or '从略'}。")
    return "\n\n".join(paragraphs)


def next_steps(data: ReportData) -> str:
    totals = data.totals
    items = []
    lagging = "、".join(f"{totals.counts[s]}项{s}" for s in (OVERDUE, BEHIND) if totals.counts[s])
    if lagging:
        items.append(f"加快滞后事项推进。对{lagging}事项逐项跟踪督办，督促牵头单位明确时间节点、"
                     "加快推进，确保按期完成。")
    if totals.counts[NOT_REPORTED]:
        who = f"{len(silent_units(data))}个单位" if silent_units(data) else "有关单位"
        items.append(f"督促按时报送。对未报送落实情况的{who}（{totals.counts[NOT_REPORTED]}项措施）进行提醒，"
                     "确保下期报送完整。")
    if problem_groups(data):
        items.append("协调解决存在问题。对各单位反映的问题分类梳理，需市级层面协调的提请有关部门研究解决。")
    items.append("持续跟踪问效。按季度收集各牵头单位落实情况，动态更新工作台账，及时报告进展。")
    return "\n\n".join(f"（{chinese_numeral(n)}）{text}" for n, text in enumerate(items, 1))


def attachment_names(data: ReportData, details: bool = True, lists: bool = True,
                     changes: bool = True, issues: bool = True, indicators: bool = True,
                     evidence: bool = True) -> list[str]:
    """The 附件 in the order they print; the writers number them the same way."""
    names = []
    if details:
        names.append(f"{data.period.label()}{DETAILS_SUFFIX}")
    if lists and (data.overdue or data.behind):
        names.append(LAGGING_NAME)
    if lists and data.not_reported:
        names.append(SILENT_NAME)
    if changes and data.has_previous and data.movements:
        names.append(CHANGES_NAME)
    if issues and any(not (is_none_text(r.problems) and is_none_text(r.suggestions))
                      for group in data.issues for r in group.rows):
        names.append(ISSUES_NAME)
    if indicators and data.indicators:
        names.append("主要指标完成情况")
    if evidence and data.evidence:
        names.append(EVIDENCE_NAME)
    return names


DETAILS_SUFFIX, LAGGING_NAME, SILENT_NAME, CHANGES_NAME, ISSUES_NAME, INDICATORS_NAME = (
    "落实情况明细表", "超期和滞后事项清单", "未报送事项清单", "与上期相比有变化的事项", "存在问题和意见建议明细",
    "主要指标完成情况")
EVIDENCE_NAME = "佐证材料清单"  # the tasks' evidence files, when any task has some


def attachments_note(names: list[str]) -> str:
    if not names:
        return ""
    if len(names) == 1:
        return f"附件：{names[0]}"
    return "附件：" + "\n".join(f"{n}．{name}" for n, name in enumerate(names, 1))


def chosen_attachments(chosen) -> tuple[bool, bool, bool, bool, bool]:
    """The attachment_names switches for a report's chosen sections."""
    from zjtracker.reports import wording as w

    return (w.DETAILS in chosen, w.LAGGING in chosen, w.CHANGES in chosen, w.ISSUES in chosen,
            w.INDICATORS in chosen)


def generate_texts(data: ReportData, sections=None, short: str = "") -> ReportTexts:
    """Every editable text of the report, generated from ``data``; ``sections`` (the report's
    chosen sections) decide which 附件 the note lists, ``short`` is the clerk's 简称."""
    from zjtracker.reports import wording as w

    short = short.strip() or short_name(data)
    if not short.startswith("《") and data.scope == SCOPE_POLICY:
        short = f"《{short}》"
    chosen = set(w.SECTIONS if sections is None else sections)
    names = attachment_names(data, *chosen_attachments(chosen))
    return ReportTexts(
        recipient=default_recipient(data), issuer=default_issuer(data), signed_on=data.deadline,
        short_name=short, opening=opening(data, short), overview=overview(data, short, names),
        highlights=highlights(data, names), problems=problems(data, names), next_steps=next_steps(data),
        attachments_note=attachments_note(names),
    )
