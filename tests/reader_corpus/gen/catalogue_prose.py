"""The prose documents of the corpus (.txt): each entry builds the content, writes the text
in its layout and names the encoding it is saved in."""

from __future__ import annotations

from tests.reader_corpus.gen.compose import cn, compose
from tests.reader_corpus.gen.model import Area
from tests.reader_corpus.gen.pools_indicators import ECO, EDU
from tests.reader_corpus.gen.render_prose import ProseStyle, render_prose
from tests.reader_corpus.gen.scars import page_scars, toc, web_copy
from tests.reader_corpus.gen.write_units import ListStyle

ENTRIES = []


def entry(fn):
    ENTRIES.append(fn)
    return fn


def city(name: str, prov: str, office: str = "人民政府办公室") -> dict:
    return {"city": name, "prov": prov, "issuer": f"{name}市{office}"}


@entry
def luoyang():
    doc = compose("luoyang_yingshang_2024", ".txt", **city("洛阳", "河南"),
                  title="洛阳市2024年优化营商环境重点任务分工方案", doc_no="洛政办〔2024〕15号",
                  issued="2024年3月8日", year=2024, topics=["biz", "gov", "fin"], n=30,
                  layouts=["bracket_labels", "deadline_forms", "utf8"])
    st = ProseStyle(labels=(("牵头单位", "配合单位", "完成时限"), ("牵头部门", "配合部门", "时限")))
    return doc, render_prose(doc, st), "utf-8", False


@entry
def mianyang():
    doc = compose("mianyang_shuzi_zhengfu", ".txt", **city("绵阳", "四川"),
                  title="绵阳市加快数字政府建设实施方案", doc_no="绵府办发〔2024〕8号",
                  issued="2024年4月2日", year=2024, topics=["gov", "tech"], n=20,
                  styles=("bracket_roles", "bracket_lead_only"), deadlines="months",
                  layouts=["bracket_roles", "date_in_sentence", "utf8_bom", "halfwidth"])
    st = ProseStyle(parens=("（）", "()"), deadline_in_text=True)
    return doc, render_prose(doc, st), "utf-8-sig", False


@entry
def xiangyang():
    doc = compose("xiangyang_xiaofei", ".txt", **city("襄阳", "湖北"),
                  title="襄阳市促进消费扩容提质若干措施", doc_no="襄政办发〔2024〕21号",
                  issued="2024年5月16日", year=2024, topics=["cons", "tour"], n=15,
                  structure="flat", styles=("bracket_resp", "bracket_lead_only", "bracket_duty"),
                  deadline_rate=0.4, layouts=["bracket_resp", "bracket_roles", "gb18030"])
    return doc, render_prose(doc, ProseStyle()), "gb18030", False


@entry
def ganzhou():
    topics = ["ind", "tech", "cons", "rural", "urban", "traffic", "edu", "health", "jobs", "eco"]
    doc = compose("ganzhou_zhengfu_gongzuo_baogao", ".txt", **city("赣州", "江西"),
                  title="2024年市政府工作报告重点工作任务分工方案", doc_no="赣市府办字〔2024〕9号",
                  issued="2024年2月20日", year=2024, topics=topics, n=60, structure="flat",
                  styles=("lines",), leaders=1.0,
                  layouts=["labelled_lines", "leaders", "long"])
    st = ProseStyle(intro="为确保市政府工作报告确定的各项目标任务落到实处，现将重点工作任务分解如下。")
    return doc, render_prose(doc, st), "utf-8", False


@entry
def liuzhou():
    doc = compose("liuzhou_zhizao", ".txt", **city("柳州", "广西"),
                  title="柳州市推动制造业高质量发展2024年工作要点责任分解", doc_no="柳政办〔2024〕33号",
                  issued="2024年3月29日", year=2024, topics=["ind", "tech", "open"], n=25,
                  styles=("lines",), leaders=1.0, deadlines="months",
                  layouts=["labelled_lines", "leaders", "utf16", "halfwidth"])
    st = ProseStyle(colon=":", line_end="。", vocab={
        "leader": "牵头负责领导", "lead": "牵头责任单位", "coop": "协同责任单位",
        "resp": "责任单位", "deadline": "时间节点"})
    return doc, render_prose(doc, st), "utf-16", True


@entry
def quanzhou():
    doc = compose("quanzhou_xiangcun", ".txt", **city("泉州", "福建"),
                  title="泉州市2024年全面推进乡村振兴重点工作部门分工", doc_no="泉政办〔2024〕4号",
                  issued="2024年2月27日", year=2024, topics=["rural", "eco"], n=18,
                  styles=("division",), deadlines="months",
                  layouts=["division_sentence", "utf8"])
    return doc, render_prose(doc, ProseStyle(blank=True)), "utf-8", False


@entry
def weifang():
    doc = compose("weifang_zhengwu", ".txt", **city("潍坊", "山东"),
                  title="潍坊市深化政务服务标准化规范化便利化工作方案", doc_no="潍政办字〔2024〕12号",
                  issued="2024年4月18日", year=2024, topics=["gov", "biz"], n=22,
                  group_units=0.8, override=0.25, deadline_rate=0.5,
                  layouts=["group_statement", "bracket_labels"])
    return doc, render_prose(doc, ProseStyle()), "utf-8", False


@entry
def changzhou():
    doc = compose("changzhou_anquan", ".txt", **city("常州", "江苏"),
                  title="常州市安全生产治本攻坚三年行动实施方案（2024—2026年）",
                  doc_no="常政办发〔2024〕27号", issued="2024年3月1日", year=2024,
                  topics=["safe", "health"], n=16, group_units=1.0, numbering="per_group",
                  label="（{n}）", deadline_rate=0.0,
                  layouts=["group_statement", "subitems_bracket"])
    return doc, render_prose(doc, ProseStyle(subitems=True)), "utf-8", False


@entry
def jiaxing():
    doc = compose("jiaxing_web", ".txt", **city("嘉兴", "浙江"),
                  title="嘉兴市推进县域商业体系建设实施方案", doc_no="嘉政办发〔2024〕6号",
                  issued="2024年1月30日", year=2024, topics=["cons", "rural"], n=14,
                  styles=("bracket_roles", "bracket_labels"),
                  layouts=["web_copy", "bracket_roles", "bracket_labels"])
    return doc, web_copy(render_prose(doc, ProseStyle(header=False)), doc.stem), "utf-8", False


@entry
def wuhu():
    doc = compose("wuhu_traditional", ".txt", **city("芜湖", "安徽"),
                  title="芜湖市加快发展新质生产力行动方案", doc_no="芜政办〔2024〕19号",
                  issued="2024年6月5日", year=2024, topics=["tech", "ind"], n=12,
                  styles=("bracket_labels", "bracket_roles"),
                  layouts=["traditional", "bracket_labels", "bracket_roles"])
    doc.text_transform = "s2t"
    return doc, render_prose(doc, ProseStyle()), "utf-8", False


def _plan(doc, indicators, first, last, st: ProseStyle) -> str:
    """A five-year plan: 目录, chapters, the 主要指标表, tasks in chapters."""
    doc.indicators = indicators
    rows = ["类别\t指标名称\t单位\t{}年\t{}年\t属性".format(first, last)]
    rows += [f"{i.category}\t{i.name}\t{i.unit}\t{i.baseline}\t{i.target}\t{i.nature}"
             for i in indicators]
    goals = Area("", "发展目标", intro=f"到{last}年，主要目标如下。\n专栏1　主要指标\n" + "\n".join(rows))
    doc.areas.insert(0, Area("", "发展基础",
                             intro=f"“十三五”以来，{doc.city}各项事业取得积极进展，但仍存在短板弱项。"))
    doc.areas.insert(1, goals)
    for k, area in enumerate(doc.areas):
        area.label = f"第{cn(k + 1)}章　"
        for g, group in enumerate(area.groups):
            group.label = f"第{cn(g + 1)}节　" if group.label else ""
    entries = [(f"{a.label}{a.title}", 1 + 3 * k) for k, a in enumerate(doc.areas)]
    return "\n".join([doc.title, ""] + toc(entries) + [""]) + "\n" + render_prose(doc, st)


@entry
def baoji():
    doc = compose("baoji_shisiwu", ".txt", **city("宝鸡", "陕西"),
                  title="宝鸡市“十四五”生态环境保护规划", doc_no="宝政发〔2022〕5号",
                  issued="2022年1月10日", year=2022, end_year=2025, topics=["eco", "urban"], n=20,
                  styles=("bracket_resp",), deadlines="plan", deadline_rate=0.5,
                  layouts=["plan_indicators", "toc", "bracket_resp"])
    text = _plan(doc, ECO, 2020, 2025, ProseStyle(header=False))
    return doc, text, "utf-8", False


@entry
def yueyang():
    doc = compose("yueyang_jiaoyu_shisiwu", ".txt", **city("岳阳", "湖南"),
                  title="岳阳市“十四五”教育事业发展规划", doc_no="岳政发〔2021〕14号",
                  issued="2021年9月26日", year=2021, end_year=2025, topics=["edu", "jobs"], n=15,
                  styles=("bracket_resp", "bracket_lead_resp"), deadlines="plan",
                  deadline_rate=0.3, layouts=["plan_indicators", "toc", "bracket_resp", "gb18030"])
    text = _plan(doc, EDU, 2020, 2025, ProseStyle(header=False))
    return doc, text, "gb18030", True


@entry
def zhuzhou():
    doc = compose("zhuzhou_minsheng", ".txt", **city("株洲", "湖南"),
                  title="株洲市2024年民生实事工作方案", doc_no="株政办发〔2024〕3号",
                  issued="2024年2月6日", year=2024, topics=["jobs", "edu", "health"], n=20,
                  layouts=["page_scars", "bracket_labels"])
    text = render_prose(doc, ProseStyle())
    (m, _), = [lv for lv in doc.leaves() if lv[0].number == 7]
    text = page_scars(text, doc.stem, every=14, number_style="- {n} -",
                      header="株洲市人民政府办公室", splice_after=m.label + m.text[:4])
    return doc, text, "utf-8", False


@entry
def handan():
    doc = compose("handan_daqi", ".txt", **city("邯郸", "河北"),
                  title="邯郸市2024年大气污染综合治理工作方案", doc_no="邯政办字〔2024〕16号",
                  issued="2024年3月15日", year=2024, topics=["eco", "safe", "traffic"], n=24,
                  styles=("bracket_roles",), layouts=["page_scars", "bracket_roles", "gb18030"])
    text = render_prose(doc, ProseStyle())
    (m, _), = [lv for lv in doc.leaves() if lv[0].number == 11]
    text = page_scars(text, doc.stem, every=18, number_style="— {n} —",
                      header="邯郸市人民政府办公室文件", splice_after=m.label + m.text[:4])
    return doc, text, "gb18030", True


@entry
def datong():
    doc = compose("datong_laojiu_xiaoqu", ".txt", **city("大同", "山西"),
                  title="大同市推进城镇老旧小区改造实施方案", doc_no="同政办发〔2024〕41号",
                  issued="2024年7月3日", year=2024, topics=["urban"], n=8,
                  styles=("bracket_roles",), deadline_rate=0.5,
                  layouts=["ordinary_plan", "bracket_roles"])
    doc.areas[0].title = "主要任务"
    closing = ("三、保障措施",
               "（一）加强组织领导。各县（区）要成立工作专班，明确分管领导和具体责任人，定期研究解决改造中的问题。",
               "（二）强化资金保障。统筹中央补助资金、地方财政资金和社会资本，保障改造资金需求。",
               "（三）加强督导考核。将老旧小区改造纳入年度目标考核，对工作滞后的进行通报。")
    st = ProseStyle(closing=closing, intro="为改善居民居住条件，提升城市品质，制定本方案。")
    text = render_prose(doc, st).replace("一、主要任务", "一、总体要求\n　　坚持居民自愿、因地制宜，到2025年底基本完成2000年底前建成的老旧小区改造任务。\n二、主要任务")
    return doc, text, "utf-8", False


@entry
def henan():
    doc = compose("henan_zhizao_province", ".txt", city="河南", prov="河南", level="province",
                  issuer="河南省人民政府办公厅", title="河南省2024年加快先进制造业发展若干措施分工方案",
                  doc_no="豫政办〔2024〕22号", issued="2024年4月25日", year=2024,
                  topics=["ind", "tech", "fin"], n=24, styles=("bracket_roles",),
                  layouts=["province", "prefix_carry", "bracket_roles"])
    st = ProseStyle(level="province", units=ListStyle(carry=0.7))
    return doc, render_prose(doc, st), "utf-8", False


@entry
def renshou():
    doc = compose("renshou_nongye", ".txt", city="眉山", prov="四川", county="仁寿县",
                  level="county", issuer="仁寿县人民政府办公室",
                  title="仁寿县2024年农业农村重点工作任务分解方案", doc_no="仁府办发〔2024〕5号",
                  issued="2024年3月4日", year=2024, topics=["rural", "edu"], n=10,
                  styles=("lines",), leaders=0.8,
                  layouts=["county", "labelled_lines", "prefix_carry", "gb18030", "leaders"])
    st = ProseStyle(level="county", units=ListStyle(carry=0.5),
                    vocab={"leader": "分管领导", "lead": "牵头单位", "coop": "配合单位",
                           "resp": "责任单位", "deadline": "完成时限"})
    return doc, render_prose(doc, st), "gb18030", False
