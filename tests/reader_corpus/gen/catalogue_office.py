"""The Word and Excel documents of the corpus: each entry builds the content and returns a
writer that saves the file."""

from __future__ import annotations

from functools import partial

from tests.reader_corpus.gen.catalogue_prose import _plan, city
from tests.reader_corpus.gen.compose import compose
from tests.reader_corpus.gen.pools_indicators import ECONOMY
from tests.reader_corpus.gen.render_prose import ADDRESSEES, ProseStyle, render_prose
from tests.reader_corpus.gen.render_office import write_docx, write_xlsx
from tests.reader_corpus.gen.render_tables import TableStyle, notice_lines
from tests.reader_corpus.gen.write_units import ListStyle

OFFICE = []


def office(fn):
    OFFICE.append(fn)
    return fn


def _before(doc, intro=""):
    return [line for line in notice_lines(doc, ADDRESSEES["city"], intro) if line]


def _prose_docx(doc, st, path):
    import docx

    document = docx.Document()
    for line in render_prose(doc, st).split("\n"):
        if line.strip():
            document.add_paragraph(line.strip("　"))
    document.save(str(path))


@office
def xuzhou():
    doc = compose("xuzhou_fengong_docx", ".docx", **city("徐州", "江苏"),
                  title="徐州市2024年重点工作任务分工表", doc_no="徐政办发〔2024〕6号",
                  issued="2024年2月23日", year=2024, topics=["ind", "biz", "urban"], n=25,
                  styles=("table",), deadline_rate=0.9,
                  layouts=["docx_table", "two_row_header", "merged_cells"])
    st = TableStyle([("序号", "seq"), ("重点任务", "group"), ("具体措施", "task"),
                     ("牵头单位", "lead"), ("配合单位", "coop"), ("完成时限", "deadline")])
    tops = ["序号", "重点任务", "具体措施", "责任单位", "责任单位", "完成时限"]
    return doc, partial(write_docx, doc, st, before=_before(doc), tops=tops, merge_group=True)


@office
def yichang():
    doc = compose("yichang_yingshang_docx", ".docx", **city("宜昌", "湖北"),
                  title="宜昌市2024年营商环境优化提升工作方案", doc_no="宜府办发〔2024〕9号",
                  issued="2024年3月19日", year=2024, topics=["biz", "gov", "fin"], n=30,
                  structure="flat", styles=("table_first",), leaders=1.0,
                  layouts=["docx_table", "repeated_header", "first_listed_lead", "leaders"])
    st = TableStyle([("序号", "seq"), ("工作任务", "task"), ("责任单位", "first"),
                     ("责任领导", "leaders"), ("完成时间", "deadline")], stop="。")
    before = _before(doc) + ["（责任单位中排在第一位的为牵头单位）"]
    return doc, partial(write_docx, doc, st, before=before, repeat_header_at=(10, 20))


@office
def tangshan():
    doc = compose("tangshan_lines_docx", ".docx", **city("唐山", "河北"),
                  title="唐山市2024年港口物流高质量发展工作要点", doc_no="唐政办字〔2024〕24号",
                  issued="2024年4月22日", year=2024, topics=["traffic", "open"], n=15,
                  styles=("lines",), leaders=0.7, layouts=["docx_prose", "labelled_lines", "leaders"])
    return doc, partial(_prose_docx, doc, ProseStyle())


@office
def zunyi():
    doc = compose("zunyi_zhuze_docx", ".docx", **city("遵义", "贵州"),
                  title="遵义市2024年文化旅游产业发展任务分解表", doc_no="遵府办发〔2024〕15号",
                  issued="2024年5月6日", year=2024, topics=["tour", "cons"], n=20, structure="flat",
                  styles=("table",), leaders=1.0, deadlines="months",
                  layouts=["docx_table", "continued_table", "cell_line_breaks", "leaders"])
    st = TableStyle([("序号", "seq"), ("主要任务", "task"), ("主责单位", "lead"),
                     ("协办单位", "coop"), ("分管领导", "leaders"), ("时间节点", "deadline")],
                    cell_break=0.5)
    return doc, partial(write_docx, doc, st, before=_before(doc), split_at=(10,))


@office
def shangrao():
    doc = compose("shangrao_shisiwu_docx", ".docx", **city("上饶", "江西"),
                  title="上饶市国民经济和社会发展第十四个五年规划实施方案", doc_no="饶府发〔2021〕12号",
                  issued="2021年6月18日", year=2021, end_year=2025,
                  topics=["ind", "tech", "rural", "open"], n=16, styles=("bracket_resp",),
                  deadlines="plan", deadline_rate=0.4,
                  layouts=["docx_prose", "plan_indicators", "toc", "bracket_resp"])
    text = _plan(doc, ECONOMY, 2020, 2025, ProseStyle(header=False))

    def write(path):
        import docx

        document = docx.Document()
        for line in text.split("\n"):
            if "\t" in line:
                continue
            if line.strip():
                document.add_paragraph(line.strip("　"))
            if line.startswith("专栏1"):
                rows = [r.split("\t") for r in text.split("\n") if "\t" in r]
                table = document.add_table(rows=len(rows), cols=len(rows[0]))
                table.style = "Table Grid"
                for r, row in enumerate(rows):
                    for c, cell in enumerate(row):
                        table.cell(r, c).text = cell
        document.save(str(path))
    return doc, write


@office
def lanzhou():
    doc = compose("lanzhou_cuoshi_docx", ".docx", **city("兰州", "甘肃"),
                  title="兰州市2024年生态环境保护重点工作任务分工", doc_no="兰政办发〔2024〕31号",
                  issued="2024年4月30日", year=2024, topics=["eco", "safe"], n=18,
                  styles=("table",), layouts=["docx_table", "merged_cells"])
    st = TableStyle([("序号", "seq"), ("重点任务", "group"), ("具体措施", "task"),
                     ("牵头单位", "lead"), ("协办单位", "coop"), ("完成时限", "deadline")],
                    units=ListStyle(seps=("、", "，")))
    return doc, partial(write_docx, doc, st, before=_before(doc), merge_group=True)


@office
def nanning():
    doc = compose("nanning_group_docx", ".docx", **city("南宁", "广西"),
                  title="南宁市2024年促进民营经济发展壮大工作方案", doc_no="南府办〔2024〕22号",
                  issued="2024年5月20日", year=2024, topics=["biz", "fin", "tech"], n=20,
                  styles=("bracket_roles",), group_units=0.7, override=0.3,
                  layouts=["docx_prose", "group_statement", "bracket_roles"])
    return doc, partial(_prose_docx, doc, ProseStyle())


@office
def yantai():
    doc = compose("yantai_dates_xlsx", ".xlsx", **city("烟台", "山东"),
                  title="烟台市2024年重点工作任务清单", doc_no="烟政办字〔2024〕5号",
                  issued="2024年2月26日", year=2024, topics=["ind", "urban", "edu"], n=30,
                  styles=("table",), deadline_rate=0.9, deadlines="months",
                  layouts=["xlsx_list", "date_cells", "merged_cells"])
    st = TableStyle([("序号", "seq"), ("重点任务", "group"), ("具体措施", "task"),
                     ("牵头单位", "lead"), ("配合单位", "coop"), ("完成时限", "deadline")])
    return doc, partial(write_xlsx, doc, st, title_rows=[doc.title], merge_group=True,
                        date_cells=True, widths=[6, 18, 50, 18, 30, 12])


@office
def hefei():
    doc = compose("hefei_twoheader_xlsx", ".xlsx", **city("合肥", "安徽"),
                  title="合肥市2024年科技创新重点任务责任清单", doc_no="合政办〔2024〕3号",
                  issued="2024年3月7日", year=2024, topics=["tech", "ind"], n=20, structure="flat",
                  styles=("table",), deadlines="mixed",
                  layouts=["xlsx_list", "two_row_header", "cell_line_breaks"])
    st = TableStyle([("序号", "seq"), ("工作任务", "task"), ("牵头单位", "lead"),
                     ("配合单位", "coop"), ("进度安排", "deadline")], cell_break=0.7)
    tops = ["序号", "工作任务", "责任单位", "责任单位", "进度安排"]
    return doc, partial(write_xlsx, doc, st, title_rows=["附件", doc.title], tops=tops)


@office
def taiyuan():
    doc = compose("taiyuan_zhuze_xlsx", ".xlsx", **city("太原", "山西"),
                  title="太原市2024年城乡建设重点任务推进表", doc_no="并政办发〔2024〕18号",
                  issued="2024年4月15日", year=2024, topics=["urban", "traffic", "eco", "rural"],
                  n=40, structure="flat", styles=("table",), leaders=1.0, deadlines="months",
                  layouts=["xlsx_list", "persons"])
    for measure, _ in doc.leaves():  # the people drawn are named in a 责任人 column: persons
        measure.persons, measure.leaders = measure.leaders, []
    st = TableStyle([("序号", "seq"), ("任务内容", "task"), ("主责单位", "lead"),
                     ("协办单位", "coop"), ("责任人", "persons"), ("时间节点", "deadline")])
    return doc, partial(write_xlsx, doc, st, title_rows=[doc.title], sheet="任务推进表")


@office
def shijiazhuang():
    topics = ["ind", "tech", "cons", "rural", "eco", "urban", "traffic", "edu", "health",
              "safe", "jobs", "open"]
    doc = compose("shijiazhuang_baogao_xlsx", ".xlsx", **city("石家庄", "河北"),
                  title="2024年石家庄市政府工作报告重点工作任务分解表", doc_no="石政办函〔2024〕4号",
                  issued="2024年2月8日", year=2024, topics=topics, n=80, structure="flat",
                  styles=("table",), leaders=1.0, deadlines="months",
                  layouts=["xlsx_list", "long", "date_cells", "leaders"])
    st = TableStyle([("序号", "seq"), ("重点工作", "task"), ("分管领导", "leaders"),
                     ("牵头单位", "lead"), ("配合单位", "coop"), ("完成时限", "deadline")])
    return doc, partial(write_xlsx, doc, st, title_rows=[doc.title], date_cells=True)


@office
def kunming():
    doc = compose("kunming_first_xlsx", ".xlsx", **city("昆明", "云南"),
                  title="昆明市2024年就业促进工作措施分工", doc_no="昆政办〔2024〕26号",
                  issued="2024年5月28日", year=2024, topics=["jobs", "edu"], n=15, structure="flat",
                  styles=("table_first",), deadlines="open",
                  layouts=["xlsx_list", "first_listed_lead"])
    st = TableStyle([("序号", "seq"), ("工作措施", "task"), ("责任单位", "first"),
                     ("完成时限", "deadline")])
    titles = [doc.title, "（责任单位排在第一位的为牵头单位）"]
    return doc, partial(write_xlsx, doc, st, title_rows=titles)
