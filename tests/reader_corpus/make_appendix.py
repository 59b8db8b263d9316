"""Three Word plans whose task tables come after the body, under the 附件 mark, as other
cities print their 重点任务分工表 (the content is invented; the conventions are those of
published 实施方案 and 行动计划: the body 一、总体要求 二、主要任务 三、保障措施, then
``附件：重点任务分工表`` or ``附件1`` with the appendix's title on the next line, and a table
whose 责任单位 cells name the lead first, mark it with ``*`` or ``（牵头）``, or say
``A牵头，B配合`` / ``牵头单位：A；配合单位：B``).

| document | what it holds |
|---|---|
| zhaoqing_appendix_groups_docx | 附件：重点任务分工表 with a merged 重点任务 column over its 具体措施 rows and one 责任单位 column (first listed, ``*``, ``X牵头，Y配合``, ``牵头单位：…；配合单位：…``); the years only in the 文号 粤府办[2024]3号 |
| shantou_appendix_field_docx | title range on the line under the title (（2024-2026年）), ``附件1`` alone then the appendix's title, a 领域 column and separate 牵头单位 / 配合单位 columns |
| jiangmen_appendix_plain_docx | ``附件：…任务清单`` over a table with no groups (序号 / 工作任务 / 责任单位 / 完成时限), ``（牵头）`` marks, the date written 二〇二四年三月五日 |

The truth is written beside each document; areas and years are checked by
``tests/importing/test_appendix_tables.py``.

    python -m tests.reader_corpus.make_appendix
"""

from __future__ import annotations

import json
from pathlib import Path

DOCS = Path(__file__).resolve().parent / "docs"
PREFIX_LEN = 12
_MONTH_END = {3: 31, 6: 30, 9: 30, 10: 31, 11: 30, 12: 31}


def _iso(deadline: str) -> str | None:
    """2024年12月底前 → 2024-12-31; open deadlines → None."""
    import re

    match = re.match(r"(\d{4})年(\d{1,2})月底前", deadline)
    if not match:
        return None
    year, month = int(match.group(1)), int(match.group(2))
    return f"{year}-{month:02d}-{_MONTH_END[month]}"


def _truth(stem: str, title: str, doc_no: str, city: str, layouts: list[str], measures: list[dict]) -> None:
    truth = {"title": title, "doc_no": doc_no, "city": city, "layouts": layouts, "notes": [],
             "measures": measures, "indicators": []}
    (DOCS / f"{stem}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n",
                                             encoding="utf-8")


def _measure(number: int, label: str, text: str, lead=(), coop=(), resp=(), deadline: str = "") -> dict:
    return {"number": number, "label": label, "text_prefix": text[:PREFIX_LEN], "lead": list(lead),
            "cooperating": list(coop), "responsible": list(resp), "leaders": [],
            "deadline": _iso(deadline), "deadline_text": deadline or None}


def _body(document, measures: list[tuple[str, str, str]]) -> list[dict]:
    """一、总体要求 二、主要任务 （一）… 1.… 三、保障措施: the body every plan of these has;
    ``measures``: (text, bracket, kind of bracket) under two groups."""
    document.add_paragraph("一、总体要求")
    document.add_paragraph("坚持问题导向和目标导向，聚焦群众急难愁盼，统筹推进各项工作，确保取得实效。")
    document.add_paragraph("二、主要任务")
    truth = []
    for number, (text, bracket, roles) in enumerate(measures, start=1):
        if number in (1, 3):
            document.add_paragraph("（一）夯实工作基础。" if number == 1 else "（二）提升服务质量。")
        document.add_paragraph(f"{number}.{text}{bracket}")
        truth.append(_measure(number, f"{number}.", text, **roles))
    document.add_paragraph("三、保障措施")
    document.add_paragraph("（一）加强组织领导。各地各部门要把本方案落实摆在重要位置，主要负责同志亲自抓。")
    document.add_paragraph("（二）强化督促检查。建立工作台账，定期通报进展情况，确保各项任务按期完成。")
    return truth


def _table(document, header: list[str], rows: list[list[str]], merge_col: int | None = None) -> None:
    """A ruled Word table; ``merge_col``: a column whose equal cells down the rows are merged."""
    table = document.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    for col, text in enumerate(header):
        table.cell(0, col).text = text
    for r, row in enumerate(rows, start=1):
        for col, text in enumerate(row):
            if col == merge_col and r > 1 and rows[r - 2][col] == text:
                table.cell(r - 1, col).merge(table.cell(r, col))
                continue
            table.cell(r, col).text = text


def zhaoqing() -> None:
    import docx

    stem, title = "zhaoqing_appendix_groups_docx", "肇庆市推动生活服务业提质扩容实施方案"
    document = docx.Document()
    for text in ["粤府办[2024]3号", title]:
        document.add_paragraph(text)
    truth = _body(document, [
        ("完善社区便民服务网点布局，打造一刻钟便民生活圈。", "（市商务局牵头，市住房城乡建设局配合）",
         {"lead": ["市商务局"], "coop": ["市住房城乡建设局"]}),
        ("推动家政服务进社区，开展家政从业人员技能培训。", "（责任单位：市人力资源社会保障局、市商务局）",
         {"resp": ["市人力资源社会保障局", "市商务局"]}),
        ("发展普惠托育服务，扩大托育服务有效供给。", "（市卫生健康委牵头，市发展改革局配合）",
         {"lead": ["市卫生健康委"], "coop": ["市发展改革局"]}),
    ])
    document.add_paragraph("附件：重点任务分工表")
    rows = [
        ("提升养老服务", "建设街道综合养老服务中心，推动居家社区养老服务全覆盖。",
         "市民政局、市财政局、各县（市、区）人民政府", "2024年12月底前",
         {"lead": ["市民政局"], "coop": ["市财政局", "各县（市、区）人民政府"]}),
        ("提升养老服务", "开展老年助餐服务，发展社区长者饭堂。", "市民政局*、市市场监管局", "2025年6月底前",
         {"lead": ["市民政局"], "coop": ["市市场监管局"]}),
        ("丰富文体消费", "举办城市体育联赛，推动公共体育场馆向社会开放。", "市文化广电旅游体育局牵头，市教育局配合",
         "2025年12月底前", {"lead": ["市文化广电旅游体育局"], "coop": ["市教育局"]}),
        ("丰富文体消费", "培育夜间文旅消费集聚区，发展特色演艺活动。",
         "牵头单位：市文化广电旅游体育局；配合单位：市商务局、市公安局", "持续推进",
         {"lead": ["市文化广电旅游体育局"], "coop": ["市商务局", "市公安局"]}),
        ("优化消费环境", "开展放心消费示范创建，畅通消费维权渠道。", "市市场监管局", "2026年12月底前",
         {"lead": ["市市场监管局"]}),
    ]
    _table(document, ["序号", "重点任务", "具体措施", "责任单位", "完成时限"],
           [[str(n), group, text, units, deadline] for n, (group, text, units, deadline, _) in enumerate(rows, start=1)],
           merge_col=1)
    for n, (_group, text, _units, deadline, roles) in enumerate(rows, start=1):
        truth.append(_measure(n, str(n), text, deadline=deadline, **roles))
    document.save(str(DOCS / f"{stem}.docx"))
    _truth(stem, title, "粤府办〔2024〕3号", "肇庆", ["docx_table", "appendix_table", "merged_cells",
                                                  "first_listed_lead", "marked_lead"], truth)


def shantou() -> None:
    import docx

    stem, title = "shantou_appendix_field_docx", "汕头市数字政府建设三年行动方案"
    document = docx.Document()
    for text in [title, "（2024-2026年）"]:
        document.add_paragraph(text)
    truth = _body(document, [
        ("推进政务数据共享，完善公共数据资源目录。", "（市政务服务数据管理局牵头，市各有关单位配合）",
         {"lead": ["市政务服务数据管理局"], "coop": ["市各有关单位"]}),
        ("推动高频事项一网通办，提升网上办理深度。", "（责任单位：市政务服务数据管理局）",
         {"resp": ["市政务服务数据管理局"]}),
        ("建设城市运行管理平台，推进一网统管。", "（市城市管理综合执法局牵头，市应急管理局配合）",
         {"lead": ["市城市管理综合执法局"], "coop": ["市应急管理局"]}),
    ])
    document.add_paragraph("附件1")
    document.add_paragraph("数字政府建设重点任务清单")
    rows = [
        ("政务服务", "推行企业开办全程网上办，压缩开办时间至1个工作日。", "市市场监管局", "市公安局、市税务局",
         "2024年12月底前"),
        ("政务服务", "推广电子证照在政务服务中的应用。", "市政务服务数据管理局", "市各有关单位", "2025年6月底前"),
        ("数据资源", "建立公共数据开放清单，开展数据开放应用试点。", "市政务服务数据管理局", "市工业和信息化局",
         "2025年12月底前"),
        ("数据资源", "完善数据安全管理制度，开展数据安全风险评估。", "市委网信办", "市公安局、市政务服务数据管理局",
         "持续推进"),
    ]
    _table(document, ["序号", "领域", "任务内容", "牵头单位", "配合单位", "完成时限"],
           [[str(n), *row] for n, row in enumerate(rows, start=1)])
    for n, (_field, text, lead, coop, deadline) in enumerate(rows, start=1):
        truth.append(_measure(n, str(n), text, lead=[lead], coop=coop.split("、"), deadline=deadline))
    document.add_paragraph("附件2")
    document.add_paragraph("数字政府建设主要指标说明")
    document.add_paragraph("本方案所称一网通办率，指可全程网上办理的事项占全部政务服务事项的比例。")
    document.save(str(DOCS / f"{stem}.docx"))
    _truth(stem, title + "（2024-2026年）", "", "汕头", ["docx_table", "appendix_table", "field_column"], truth)


def jiangmen() -> None:
    import docx

    stem, title = "jiangmen_appendix_plain_docx", "江门市加快发展县域特色产业工作方案"
    document = docx.Document()
    for text in ["江门市人民政府办公室关于印发江门市加快发展县域特色产业工作方案的通知",
                 "各县（市、区）人民政府，市政府各部门：",
                 "现将《江门市加快发展县域特色产业工作方案》印发给你们，请认真贯彻执行。",
                 "江门市人民政府办公室", "二〇二四年三月五日", title]:
        document.add_paragraph(text)
    truth = _body(document, [
        ("培育县域特色产业集群，打造一批产值超百亿元的产业园区。", "（市工业和信息化局牵头，市发展改革局配合）",
         {"lead": ["市工业和信息化局"], "coop": ["市发展改革局"]}),
        ("支持农产品精深加工，延伸特色农业产业链条。", "（市农业农村局牵头，市科技局配合）",
         {"lead": ["市农业农村局"], "coop": ["市科技局"]}),
        ("加强产业用地保障，盘活低效工业用地。", "（责任单位：市自然资源局）", {"resp": ["市自然资源局"]}),
    ])
    document.add_paragraph("附件：县域特色产业发展任务清单")
    rows = [
        ("建设特色产业公共服务平台，提供检验检测和研发设计服务。", "市科技局、市市场监管局（牵头）", "2024年12月底前",
         {"lead": ["市市场监管局"], "coop": ["市科技局"]}),
        ("举办特色产品展销活动，拓展线上线下销售渠道。", "市商务局、各县（市、区）人民政府", "2025年6月底前",
         {"lead": ["市商务局"], "coop": ["各县（市、区）人民政府"]}),
        ("培育县域龙头企业，支持企业上市融资。", "市金融工作局、市工业和信息化局、市财政局", "2025年12月底前",
         {"lead": ["市金融工作局"], "coop": ["市工业和信息化局", "市财政局"]}),
        ("开展特色产业技能人才培训。", "市人力资源社会保障局", "持续推进", {"lead": ["市人力资源社会保障局"]}),
    ]
    _table(document, ["序号", "工作任务", "责任单位", "完成时限"],
           [[str(n), text, units, deadline] for n, (text, units, deadline, _) in enumerate(rows, start=1)])
    for n, (text, _units, deadline, roles) in enumerate(rows, start=1):
        truth.append(_measure(n, str(n), text, deadline=deadline, **roles))
    document.save(str(DOCS / f"{stem}.docx"))
    _truth(stem, title, "", "江门", ["docx_table", "appendix_table", "first_listed_lead", "marked_lead"], truth)


def main() -> None:
    for write in (zhaoqing, shantou, jiangmen):
        write()


if __name__ == "__main__":
    main()
