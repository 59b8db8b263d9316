"""Tables that reached a .txt file: flattened to one cell per line, drawn with box characters,
or pasted as tab-separated rows."""

from __future__ import annotations

from tests.reader_corpus.gen.catalogue_prose import city, entry
from tests.reader_corpus.gen.compose import compose
from tests.reader_corpus.gen.render_prose import ADDRESSEES
from tests.reader_corpus.gen.render_tables import (
    TableStyle, box_lines, flat_lines, notice_lines, table_rows, tsv_lines,
)


def _text(doc, table: list[str], intro: str = "", note: str = "") -> str:
    lines = notice_lines(doc, ADDRESSEES["city"], intro)
    if note:
        lines.append(note)
    return "\n".join(lines + table) + "\n"


@entry
def jilin():
    doc = compose("jilin_flat_table", ".txt", **city("吉林", "吉林"),
                  title="吉林市2024年重点项目建设任务清单", doc_no="吉市政办发〔2024〕7号",
                  issued="2024年3月27日", year=2024, topics=["ind", "traffic", "urban"], n=25,
                  structure="flat", styles=("table",), deadline_rate=1.0, deadlines="months",
                  layouts=["flat_table", "repeated_header"])
    st = TableStyle([("序号", "seq"), ("工作任务", "task"), ("牵头单位", "lead"),
                     ("配合单位", "coop"), ("完成时限", "deadline")])
    return doc, _text(doc, flat_lines(doc, st, repeat_header_every=9)), "utf-8", False


@entry
def deyang():
    doc = compose("deyang_gaige_flat", ".txt", **city("德阳", "四川"),
                  title="德阳市2024年重点改革任务清单", doc_no="德办发〔2024〕5号",
                  issued="2024年2月19日", year=2024, topics=["biz", "rural", "health"], n=18,
                  styles=("table",), deadline_rate=1.0, deadlines="months",
                  layouts=["flat_table", "merged_cells"])
    st = TableStyle([("序号", "seq"), ("重点任务", "group"), ("具体措施", "task"),
                     ("牵头单位", "lead"), ("配合单位", "coop"), ("时间节点", "deadline")])
    lines = ["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "时间节点"]
    last_group = None
    for row in table_rows(doc, st):
        cells = list(row)
        if cells[1] == last_group:  # a merged cell is printed once, on its first row
            cells[1] = ""
        else:
            last_group = cells[1]
        lines.extend(c for c in cells if c)
    return doc, _text(doc, lines), "utf-8", False


@entry
def anshan():
    doc = compose("anshan_box_table", ".txt", **city("鞍山", "辽宁"),
                  title="鞍山市2024年优化营商环境攻坚任务清单", doc_no="鞍政办发〔2024〕10号",
                  issued="2024年4月1日", year=2024, topics=["biz"], n=12, structure="flat",
                  styles=("table",), deadline_rate=0.9, layouts=["box_table"])
    st = TableStyle([("序号", "seq"), ("主要任务", "task"), ("主责单位", "lead"),
                     ("协办单位", "coop"), ("完成时间", "deadline")])
    return doc, _text(doc, box_lines(doc, st, [6, 40, 18, 24, 16])), "utf-8", False


@entry
def yingkou():
    doc = compose("yingkou_box_first", ".txt", **city("营口", "辽宁"),
                  title="营口市2024年安全生产专项整治任务分工表", doc_no="营政办发〔2024〕8号",
                  issued="2024年3月5日", year=2024, topics=["safe"], n=10, structure="flat",
                  styles=("table_first",), deadline_rate=0.9, deadlines="open",
                  layouts=["box_table", "first_listed_lead"])
    st = TableStyle([("序号", "seq"), ("工作措施", "task"), ("责任单位", "first"),
                     ("完成时限", "deadline")])
    note = "注：责任单位中排在第一位的为牵头单位。"
    return doc, _text(doc, box_lines(doc, st, [6, 44, 30, 14]), note=note), "gb18030", False


@entry
def kunshan():
    doc = compose("kunshan_tsv", ".txt", **city("昆山", "江苏"),
                  title="昆山市2024年科技创新工作任务清单", doc_no="昆政办发〔2024〕14号",
                  issued="2024年3月13日", year=2024, topics=["tech", "jobs"], n=15,
                  structure="flat", styles=("table_resp",), leaders=1.0, deadline_rate=0.9,
                  layouts=["tsv_table", "leaders"])
    for measure, _group in doc.leaves():  # one 责任单位 column: the first listed leads, the rest cooperate
        measure.lead, measure.coop, measure.resp = measure.resp[:1], measure.resp[1:], []
    st = TableStyle([("序号", "seq"), ("任务内容", "task"), ("责任单位", "listed"),
                     ("责任领导", "leaders"), ("进度安排", "deadline")])
    return doc, _text(doc, tsv_lines(doc, st)), "utf-8", False
