"""Writes the documents of unseen forms (README.md, "Documents of unseen forms") and their
truth from ``unseen_data``:

    python -m tests.reader_corpus.make_unseen

Outlines followed by task tables of their own, a 责任分工表 restating its outline, brackets
with remarks and deadlines without a year, role sentences, labelled lines of a 政府工作报告
分解, Word tables with a two-row header, 责任领导 and 备注 columns, a saved web page with a
rowspan/colspan header and a 督查台账 workbook."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from tests.reader_corpus.gen.model import PREFIX_LEN, deadline_iso
from tests.reader_corpus.unseen_data import (
    BAOGAO_HTML, BAOGAO_LINES, CHENGSHI_OUTLINE, CHENGSHI_TABLE, FANGGUANFU, FENGONG_DOCX, FENGONG_DOCX_NOTES,
    FENGONG_OUTLINE, FENGONG_TABLE, LIUTONG, MINSHENG_OUTLINE, MINSHENG_TABLE, TAIZHANG, TAIZHANG_PROGRESS,
    YAODIAN, M, MARKED_LEAD, BLACK_LABELS, RESTART_OUTLINE, RESTART_TABLE, COUNTY_PLAN, CELL_NOTES, CELL_NOTE_FORMS, GROUP_OUTLINE, GROUP_TABLE,
)

DOCS = Path(__file__).resolve().parent / "docs"
YEAR = 2025


def _leaves(areas):
    for _title, items in areas:
        for item in items:
            if isinstance(item, M):
                yield item
            else:
                yield from item[1]


def save_truth(stem: str, title: str, doc_no: str, city: str, layouts: list[str], measures: list[M],
               notes: list[str] = ()) -> None:
    truth = {
        "title": title, "doc_no": doc_no, "city": city, "layouts": layouts, "notes": list(notes),
        "measures": [{
            "number": m.number, "label": m.label, "text_prefix": m.text[:PREFIX_LEN],
            "lead": m.lead, "cooperating": m.coop, "responsible": m.resp, "leaders": m.leaders,
            "deadline": m.date or deadline_iso(m.deadline, YEAR), "deadline_text": m.deadline,
        } for m in measures],
        "indicators": [],
    }
    (DOCS / f"{stem}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n",
                                             encoding="utf-8")


def _bracket(m: M) -> str:
    parts = []
    if m.lead:
        parts.append("牵头单位：" + "、".join(m.lead))
    if m.coop:
        parts.append("配合单位：" + "、".join(m.coop))
    if m.resp:
        parts.append("责任单位：" + "、".join(m.resp))
    if m.deadline:
        parts.append("完成时限：" + m.deadline)
    return "（" + "；".join(parts) + "）"


def _outline_lines(areas, note) -> list[str]:
    lines = []
    for title, groups in areas:
        lines.append(title)
        for group, measures in groups:
            lines.append(group)
            for m in measures:
                lines.extend(note(m))
    return lines


def _closing(issuer: str, day: str) -> list[str]:
    return [issuer, day]


# --- an outline, then a separate task table in the body (.docx) ----------------------------


def chengshi() -> None:
    import docx

    title = "德州市2025年城市更新行动实施方案"
    document = docx.Document()
    for text in ["德政办字〔2025〕8号", title, "为系统推进城市更新，提升城市功能品质，结合我市实际，制定本方案。"]:
        document.add_paragraph(text)
    for line in _outline_lines(CHENGSHI_OUTLINE, lambda m: [f"{m.label}{m.text}{_bracket(m)}"]):
        document.add_paragraph(line)
    document.add_paragraph("三、2025年城市更新重点项目")
    header = ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]
    table = document.add_table(rows=1 + len(CHENGSHI_TABLE), cols=len(header))
    table.style = "Table Grid"
    for c, text in enumerate(header):
        table.cell(0, c).text = text
    for r, m in enumerate(CHENGSHI_TABLE, start=1):
        for c, text in enumerate([m.label, m.text, "、".join(m.lead), "、".join(m.coop), m.deadline]):
            table.cell(r, c).text = text
    for text in ["四、保障措施", "各牵头单位要细化工作举措，每季度末向市城市更新工作专班报送进展情况。",
                 *_closing("德州市人民政府办公室", "2025年2月20日")]:
        document.add_paragraph(text)
    document.save(str(DOCS / "dezhou_outline_tasktable_docx.docx"))
    save_truth("dezhou_outline_tasktable_docx", title, "德政办字〔2025〕8号", "德州",
               ["outline_then_task_table", "docx_table", "bracket_labels", "number_overlap"],
               list(_leaves(CHENGSHI_OUTLINE)) + CHENGSHI_TABLE,
               ["the task table is numbered 1–5 like the outline's measures but lists tasks of its own"])


# --- labelled lines, then a task list of its own after 附件 (.txt, tab rows) ---------------


def minsheng() -> None:
    title = "忻州市2025年稳就业惠民生工作方案"

    def note(m: M) -> list[str]:
        return [f"{m.label}{m.text}", "牵头单位：" + "、".join(m.lead), "配合单位：" + "、".join(m.coop),
                f"完成时限：{m.deadline}"]

    lines = ["忻州市人民政府办公室关于印发忻州市2025年稳就业惠民生工作方案的通知", "忻政办发〔2025〕11号",
             "各县（市、区）人民政府，市直各有关单位：", "现将《忻州市2025年稳就业惠民生工作方案》印发给你们，请认真贯彻落实。",
             *_closing("忻州市人民政府办公室", "2025年3月12日"), "", title,
             "为做好全年就业和民生保障工作，制定本方案。", *_outline_lines(MINSHENG_OUTLINE, note),
             "三、工作要求", "各牵头单位每季度首月10日前报送上季度进展。", "附件", "2025年民生实事任务清单",
             "\t".join(["序号", "工作任务", "牵头单位", "配合单位", "完成时限", "备注"])]
    remarks = ["", "纳入民生实事考核", "", "跨年度实施"]
    for m, remark in zip(MINSHENG_TABLE, remarks):
        lines.append("\t".join([m.label, m.text, "、".join(m.lead), "，".join(m.coop), m.deadline, remark]))
    (DOCS / "xinzhou_appendix_tasklist.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    save_truth("xinzhou_appendix_tasklist", title, "忻政办发〔2025〕11号", "忻州",
               ["outline_then_task_table", "labelled_lines", "tsv_table", "remark_column", "number_overlap"],
               list(_leaves(MINSHENG_OUTLINE)) + MINSHENG_TABLE)


# --- an outline without units and a 责任分工表 restating it (.docx) ------------------------


def fengong() -> None:
    import docx

    title = "临汾市2025年推动制造业高质量发展工作方案"
    document = docx.Document()
    for text in [title, "为加快建设制造强市，制定本方案。",
                 *_outline_lines(FENGONG_OUTLINE, lambda m: [f"{m.label}{m.text}"]),
                 "三、保障措施", "建立市级统筹调度机制，定期通报进展。", *_closing("临汾市人民政府", "2025年3月1日"),
                 "附件", "重点任务责任分工表"]:
        document.add_paragraph(text)
    header = ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]
    table = document.add_table(rows=1 + len(FENGONG_TABLE), cols=len(header))
    table.style = "Table Grid"
    for c, text in enumerate(header):
        table.cell(0, c).text = text
    for r, (number, text, lead, coop, deadline) in enumerate(FENGONG_TABLE, start=1):
        for c, cell in enumerate([str(number), text, "、".join(lead), "、".join(coop), deadline]):
            table.cell(r, c).text = cell
    document.save(str(DOCS / "linfen_restated_list_docx.docx"))
    measures = []
    for m, (_n, _t, lead, coop, deadline) in zip(_leaves(FENGONG_OUTLINE), FENGONG_TABLE):
        measures.append(M(m.label, m.text, lead, coop, deadline=deadline))
    save_truth("linfen_restated_list_docx", title, "", "临汾",
               ["outline_then_responsibility_list", "docx_table"], measures,
               ["the appendix table restates the outline's measures in short: its units are theirs"])


# --- brackets in the conventions of several cities (.txt) ---------------------------------


def xiangxi() -> None:
    title = "湘西自治州2025年深化“放管服”改革优化营商环境工作计划"
    brackets = [
        "（牵头单位：州行政审批服务局；责任单位：州司法局、州委编办及州直相关单位，各县市人民政府、湘西经开区管委会，6月底完成）",
        "（牵头单位：州政务服务中心；责任单位：各县市人民政府；9月底完成）",
        "〔牵头单位：州政府办公室，责任单位：州直有关部门，各县市人民政府〕",
        "（牵头单位：州市场监管局；责任单位：州发展改革委、州司法局；2025年11月底前完成）",
        "（牵头单位：州司法局；责任单位：州直有关执法部门，12月底完成）",
        "（牵头单位：州工信局；责任单位：州财政局、州国资委，各县市人民政府；长期坚持）",
    ]
    lines = ["州政发〔2025〕3号", title, "为持续优化营商环境，结合实际，制定本计划。"]
    measures = list(_leaves(FANGGUANFU))
    for (area, items) in FANGGUANFU:
        lines.append(area)
        for m in items:
            lines.append(f"{m.label}{m.text}{brackets[measures.index(m)]}")
    lines += ["三、工作要求", "各牵头单位要于每月25日前报送工作进展。", *_closing("湘西自治州人民政府", "2025年2月22日")]
    (DOCS / "xiangxi_brackets_noyear.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    save_truth("xiangxi_brackets_noyear", title, "州政发〔2025〕3号", "湘西",
               ["bracket_labels", "deadline_without_year", "unit_list_ji", "comma_between_labels"], measures)


def liutong() -> None:
    title = "四川省2025年现代流通体系建设工作方案"
    brackets = [
        "〔责任单位：省发展改革委、省交通运输厅、商务厅按职责分工负责。具体任务均涉及相关市（州）人民政府，不再做分工，下同。完成时限：2025年底前〕",
        "〔责任单位：省邮政管理局、省商务厅、农业农村厅〕",
        "〔责任单位：省发展改革委、农业农村厅按职责分工负责；完成时限：2025年6月底前〕",
        "〔责任单位：省商务厅〕",
        "〔责任单位：省市场监管局、省委网信办、省商务厅按职责分工负责；持续推进〕",
    ]
    lines = ["川发改〔2025〕21号", title, "为加快建设现代流通体系，制定本方案。"]
    measures = list(_leaves(LIUTONG))
    for area, items in LIUTONG:
        lines.append(area)
        for m in items:
            lines.append(f"{m.label}{m.text}{brackets[measures.index(m)]}")
    lines += ["三、保障措施", "各市（州）要结合实际制定落实举措。"]
    (DOCS / "sichuan_bracket_remark.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    save_truth("sichuan_bracket_remark", title, "川发改〔2025〕21号", "四川",
               ["bracket_resp", "bracket_remark", "prefix_carry", "province"], measures,
               ["a remark after the units inside the bracket (具体任务…不再做分工，下同) is not a unit"])


def xianyang() -> None:
    title = "咸阳市2025年深化“放管服”改革优化营商环境工作要点"
    brackets = [
        "（市政府办公室、市审改办牵头，市级各有关部门及各县市区政府按职责分工负责）",
        "（市行政审批服务局牵头，市司法局，各县市区政府按职责分工负责）",
        "（市住房城乡建设局牵头，市自然资源局、市行政审批服务局配合）",
        "（市市场监管局牵头，市级各有关部门按职责分工负责）",
        "（市发展改革委、人民银行咸阳市分行牵头）",
    ]
    lines = [title, "为进一步优化营商环境，现提出如下工作要点。"]
    measures = list(_leaves(YAODIAN))
    for area, items in YAODIAN:
        lines.append(area)
        for m in items:
            lines.append(f"{m.label}{m.text}{brackets[measures.index(m)]}")
    (DOCS / "xianyang_role_sentences.txt").write_text("\n".join(lines) + "\n", encoding="utf-16")
    save_truth("xianyang_role_sentences", title, "", "咸阳",
               ["bracket_roles", "date_in_sentence", "unit_list_ji", "utf16"], measures)


def lishan() -> None:
    title = "立山区2025年政府工作报告重点工作任务分解方案"
    lines = ["鞍立政发〔2025〕2号", title, "现就全区2025年重点工作制定分工方案如下。"]
    for area, items in BAOGAO_LINES:
        lines.append(area)
        for m in items:
            lines.append(f"{m.label}{m.text}")
            if m.leaders:
                lines.append("责任领导：" + "、".join(m.leaders))
            lines.append("牵头单位：" + "、".join(m.lead))
            resp = m.resp
            lines.append("责任单位：" + ("，".join(resp) if len(resp) < 3 else f"{resp[0]}，{'、'.join(resp[1:])}"))
            if m.deadline:
                lines.append(f"完成时限：{m.deadline}")
    lines += ["三、工作要求", "各牵头单位要细化分解，每季度报送落实情况。"]
    (DOCS / "lishan_report_lines.txt").write_text("\r\n".join(lines) + "\r\n", encoding="gb18030")
    save_truth("lishan_report_lines", title, "鞍立政发〔2025〕2号", "鞍山立山",
               ["labelled_lines", "leaders", "comma_lists", "gb18030"], list(_leaves(BAOGAO_LINES)))


# --- tables: Word with a two-row header, a saved web page, a 督查台账 workbook ---------------


def heze() -> None:
    import docx

    title = "菏泽市2025年绿色低碳高质量发展重点任务分工表"
    document = docx.Document()
    for text in [title, "（列入本表的任务，由责任领导牵头调度）"]:
        document.add_paragraph(text)
    tops = ["序号", "重点任务", "责任分工", "责任分工", "责任领导", "完成时限", "备注"]
    bottoms = ["", "", "牵头单位", "参与单位", "", "", ""]
    body = []
    notes = iter(FENGONG_DOCX_NOTES)
    for area, items in FENGONG_DOCX:
        body.append([area] * len(tops))
        for m in items:
            body.append([m.label, m.text, "、".join(m.lead), "，".join(m.coop), "、".join(m.leaders), m.deadline,
                         next(notes)])
    table = document.add_table(rows=2 + len(body), cols=len(tops))
    table.style = "Table Grid"
    for c, (top, bottom) in enumerate(zip(tops, bottoms)):
        table.cell(0, c).text = top if c != 3 else ""
        table.cell(1, c).text = bottom
    table.cell(0, 2).merge(table.cell(0, 3)).text = "责任分工"
    for c, bottom in enumerate(bottoms):
        if not bottom:
            table.cell(0, c).merge(table.cell(1, c))
    for r, row in enumerate(body, start=2):
        if len(set(row)) == 1:
            table.cell(r, 0).merge(table.cell(r, len(tops) - 1)).text = row[0]
        else:
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    document.save(str(DOCS / "heze_twoheader_docx.docx"))
    save_truth("heze_twoheader_docx", title, "", "菏泽",
               ["docx_table", "two_row_header", "leaders", "remark_column", "area_rows"], list(_leaves(FENGONG_DOCX)))


def dawa() -> None:
    title = "大洼区2025年《政府工作报告》任务分解表"
    rows = []
    for area, items in BAOGAO_HTML:
        rows.append(f'<tr><td colspan="6"><b>{area}</b></td></tr>')
        for m in items:
            cells = [m.label, m.text, "、".join(m.leaders), "、".join(m.lead), "、".join(m.resp), m.deadline]
            rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}_政务公开_大洼区人民政府</title>
<script>var nav = "首页 > 政务公开";</script></head><body>
<div class="nav">首页&nbsp;&gt;&nbsp;政务公开&nbsp;&gt;&nbsp;政府文件</div>
<div class="content"><h1>{title}</h1>
<p>各镇（街道）人民政府（办事处），区政府各部门：</p>
<p>现将《政府工作报告》任务分解表印发给你们，请各牵头单位明确每项任务的责任人和每季度形象进度。</p>
<table border="1">
<tr><td rowspan="2">序号</td><td rowspan="2">工作任务</td><td rowspan="2">责任领导</td>
<td colspan="2">承办单位</td><td rowspan="2">完成时限</td></tr>
<tr><td>牵头单位</td><td>责任单位</td></tr>
{chr(10).join(rows)}
</table>
<p>盘锦市大洼区人民政府办公室</p><p>2025年1月25日</p></div>
<div class="footer">主办：大洼区人民政府&nbsp;&nbsp;网站标识码：2111040001</div></body></html>
"""
    (DOCS / "dawa_report_table_html.html").write_text(html, encoding="utf-8")
    save_truth("dawa_report_table_html", title, "", "盘锦大洼",
               ["html_table", "two_row_header", "leaders", "area_rows", "deadline_forms"], list(_leaves(BAOGAO_HTML)))


def liaoyuan() -> None:
    import openpyxl
    from openpyxl.styles import Alignment

    title = "辽源市2025年优化营商环境重点事项督查台账"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "督查台账"
    header = ["序号", "类别", "督办事项", "责任领导", "牵头单位", "配合单位", "完成时限", "进展情况", "备注"]
    sheet.append([title] + [None] * (len(header) - 1))
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    sheet.append(["填报单位：市政府督查室", None, None, None, None, None, "更新时间：2025年4月10日"])
    sheet.append(header)
    progress = iter(TAIZHANG_PROGRESS)
    row_no = 4
    for group, items in TAIZHANG:
        first = row_no
        for m in items:
            deadline = m.deadline
            value = datetime.strptime(deadline, "%Y年%m月%d日") if deadline[0].isdigit() and "日" in deadline else deadline
            sheet.append([int(m.label), group if row_no == first else None, m.text, "、".join(m.leaders),
                          "、".join(m.lead), "，".join(m.coop), value, next(progress), None])
            if isinstance(value, datetime):
                sheet.cell(row_no, 7).number_format = "yyyy年m月d日"
            row_no += 1
        sheet.merge_cells(start_row=first, start_column=2, end_row=row_no - 1, end_column=2)
        sheet.cell(first, 2).alignment = Alignment(vertical="center")
    book.save(str(DOCS / "liaoyuan_ledger_xlsx.xlsx"))
    save_truth("liaoyuan_ledger_xlsx", title, "", "辽源",
               ["xlsx_list", "ledger", "leaders", "progress_column", "date_cells", "merged_cells"],
               list(_leaves(TAIZHANG)))


def ningbo() -> None:
    import docx

    title = "宁波市2025年稳进提质重点任务清单"
    document = docx.Document()
    for text in [title, "本清单中，责任单位后注明“（牵头）”的为牵头单位。"]:
        document.add_paragraph(text)
    header = ["序号", "重点任务", "责任单位", "完成时限"]
    rows = []
    for area, items in MARKED_LEAD:
        rows.append([area] * len(header))
        for m in items:
            units = [f"{m.lead[0]}（牵头）"] + m.resp
            if m.number % 2:  # the lead written first, or among the others
                units = m.resp[:1] + [f"{m.lead[0]}（牵头）"] + m.resp[1:]
            rows.append([m.label, m.text, "、".join(units), m.deadline])
    table = document.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    for c, text in enumerate(header):
        table.cell(0, c).text = text
    for r, row in enumerate(rows, start=1):
        if len(set(row)) == 1:
            table.cell(r, 0).merge(table.cell(r, len(header) - 1)).text = row[0]
        else:
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    document.save(str(DOCS / "ningbo_marked_lead_docx.docx"))
    save_truth("ningbo_marked_lead_docx", title, "", "宁波",
               ["docx_table", "marked_lead", "area_rows"], list(_leaves(MARKED_LEAD)),
               ["the lead is the unit marked （牵头） in the 责任单位 cell, wherever it stands"])


def quanzhou() -> None:
    title = "泉州市2025年城市品质提升工作方案"
    lines = ["泉政办〔2025〕9号", title, "为提升城市品质，制定本方案。"]
    for area, items in BLACK_LABELS:
        lines.append(area)
        for m in items:
            n = m.number
            if n in (1, 3):
                note = f"【牵头单位】{'、'.join(m.lead)}【配合单位】{'、'.join(m.coop)}【完成时限】{m.deadline}"
            elif n == 2:
                note = f"（牵头单位：{'、'.join(m.lead)} 配合单位：{'、'.join(m.coop)} 完成时限：{m.deadline}）"
            elif n == 4:
                note = f"责任单位：{m.lead[0]}（牵头），{'，'.join(m.resp)}；完成时限：{m.deadline}。"
            else:
                note = f"（牵头单位：{'、'.join(m.lead)}　配合单位：{'、'.join(m.coop)}　完成时间：{m.deadline}）"
            lines.append(f"{m.label}{m.text}{note}")
    lines += ["三、保障措施", "各责任单位每月5日前报送上月工作进展。"]
    (DOCS / "quanzhou_black_labels.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    save_truth("quanzhou_black_labels", title, "泉政办〔2025〕9号", "泉州",
               ["black_labels", "space_between_labels", "marked_lead"], list(_leaves(BLACK_LABELS)))


def yuncheng() -> None:
    title = "运城市2025年应急体系建设工作方案责任分解"
    lines = ["运政办发〔2025〕14号", title, "现将应急体系建设任务分解如下。",
             *_outline_lines(RESTART_OUTLINE, lambda m: [f"{m.label}{m.text}"]),
             "三、工作要求", "各责任单位每半年报送一次落实情况。", "附件", "重点任务责任分解表",
             "\t".join(["序号", "工作任务", "责任单位", "完成时限"])]
    measures = []
    for m, (number, text, units, deadline) in zip(_leaves(RESTART_OUTLINE), RESTART_TABLE):
        lines.append("\t".join([str(number), text, "、".join(units), deadline]))
        measures.append(M(m.label, m.text, resp=units, deadline=deadline))
    (DOCS / "yuncheng_restarted_numbers.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    save_truth("yuncheng_restarted_numbers", title, "运政办发〔2025〕14号", "运城",
               ["outline_then_responsibility_list", "numbers_restart", "tsv_table"], measures,
               ["the outline numbers 1. again in each part; the table numbers the same measures 1–5"])


def tonglu() -> None:
    import docx

    title = "桐庐县2025年重点工作推进计划"
    document = docx.Document()
    for text in [title, "（各牵头部门每月底报送推进情况）"]:
        document.add_paragraph(text)
    header = ["序号", "重点工作", "工作措施", "牵头县领导", "牵头部门", "协办部门", "时间要求", "备注"]
    rows = []
    for group, items in COUNTY_PLAN:
        for m in items:
            rows.append([m.label, group, m.text, "、".join(m.leaders), "、".join(m.lead), "、".join(m.coop),
                         m.deadline, "省重点" if m.number == 1 else ""])
    table = document.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    for c, text in enumerate(header):
        table.cell(0, c).text = text
    for r, row in enumerate(rows, start=1):
        for c, text in enumerate(row):
            if c != 1:
                table.cell(r, c).text = text
    first = 1
    for group, items in COUNTY_PLAN:
        last = first + len(items) - 1
        table.cell(first, 1).merge(table.cell(last, 1)).text = group
        first = last + 1
    document.save(str(DOCS / "tonglu_county_plan_docx.docx"))
    save_truth("tonglu_county_plan_docx", title, "", "桐庐",
               ["docx_table", "county", "header_words", "deadline_without_year", "merged_cells", "leaders"],
               list(_leaves(COUNTY_PLAN)),
               ["headers named by their words: 牵头县领导 (leaders), 协办部门 (cooperating), 时间要求 (deadline)"])


def jinhua() -> None:
    import openpyxl
    from openpyxl.styles import Alignment

    title = "金华市2025年优化营商环境重点任务清单"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "任务清单"
    sheet.append([title, None, None, None])
    sheet.merge_cells("A1:D1")
    sheet.append(["序号", "任务事项", "责任单位", "完成时限"])
    for m, form in zip(CELL_NOTES, CELL_NOTE_FORMS):
        units = form.format(lead="、".join(m.lead), coop="、".join(m.coop), resp="、".join(m.resp))
        sheet.append([int(m.label), m.text, units, m.deadline])
        sheet.cell(sheet.max_row, 3).alignment = Alignment(wrap_text=True)
    book.save(str(DOCS / "jinhua_cell_notes_xlsx.xlsx"))
    save_truth("jinhua_cell_notes_xlsx", title, "", "金华",
               ["xlsx_list", "notes_in_unit_cells", "dotted_dates", "marked_lead"], CELL_NOTES,
               ["one 责任单位 column whose cells say each unit's role as a note"])


def dezhou_pdf() -> None:
    """The outline-and-table plan as the PDF LibreOffice prints of it: its table runs onto a
    second page, cutting a row in two. Left as committed where LibreOffice is missing."""
    import shutil
    import subprocess
    import tempfile

    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        return
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([office, "--headless", "--convert-to", "pdf", "--outdir", out,
                        str(DOCS / "dezhou_outline_tasktable_docx.docx")], check=True, capture_output=True, timeout=180)
        shutil.copy(Path(out) / "dezhou_outline_tasktable_docx.pdf", DOCS / "dezhou_outline_tasktable_pdf.pdf")
    truth = json.loads((DOCS / "dezhou_outline_tasktable_docx.truth.json").read_text(encoding="utf-8"))
    truth["layouts"] = ["outline_then_task_table", "pdf_table", "row_cut_by_page", "number_overlap"]
    truth["notes"] = truth["notes"] + ["printed by LibreOffice: row 4 of the table is cut by the page break"]
    (DOCS / "dezhou_outline_tasktable_pdf.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n",
                                                              encoding="utf-8")


def changsha() -> None:
    title = "长沙市2025年提振消费专项行动方案"

    def note(m: M) -> list[str]:  # measure 4 names its own units; the others take their group's
        if m.number == 4:
            return [f"{m.label}{m.text}（牵头单位：{'、'.join(m.lead)}；配合单位：{'、'.join(m.coop)}；"
                    f"完成时限：{m.deadline}）"]
        if m.number == 6:
            return [f"{m.label}{m.text}（{m.lead[0]}牵头，{'、'.join(m.coop)}配合）"]
        return [f"{m.label}{m.text}"]

    lines = ["长政办发〔2025〕7号", title, "为进一步提振消费，制定本方案。", *_outline_lines(GROUP_OUTLINE, note),
             "三、保障措施", "各牵头单位要加强统筹调度。", "附件", "重点任务分工表",
             "\t".join(["序号", "工作任务", "牵头单位", "配合单位", "完成时限"])]
    for number, (text, lead, coop, deadline) in enumerate(GROUP_TABLE, start=1):
        lines.append("\t".join([str(number), text, "、".join(lead), "、".join(coop), deadline]))
    (DOCS / "changsha_group_table.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    save_truth("changsha_group_table", title, "长政办发〔2025〕7号", "长沙",
               ["outline_then_group_table", "group_statement", "tsv_table"], list(_leaves(GROUP_OUTLINE)),
               ["the table restates the （一） group headings: their units hold for the measures without own ones"])


def main() -> None:
    writers = (chengshi, minsheng, fengong, xiangxi, liutong, xianyang, lishan, heze, dawa, liaoyuan, ningbo, quanzhou, yuncheng, tonglu, jinhua, dezhou_pdf, changsha)
    for write in writers:
        write()
    print("written:", ", ".join(w.__name__ for w in writers))


if __name__ == "__main__":
    main()
