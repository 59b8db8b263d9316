"""More prose documents of the corpus: unit lists with shared suffixes, the first unit as lead,
layouts mixed in one document, half-width punctuation, every kind of deadline."""

from __future__ import annotations

import random

from tests.reader_corpus.gen.catalogue_prose import city, entry
from tests.reader_corpus.gen.compose import compose
from tests.reader_corpus.gen.render_prose import ProseStyle, render_prose
from tests.reader_corpus.gen.scars import web_copy
from tests.reader_corpus.gen.write_units import ListStyle


@entry
def guangzhou():
    doc = compose("guangzhou_xianjin_zhizao", ".txt", **city("广州", "广东"),
                  title="广州市推进先进制造业集聚发展工作方案", doc_no="穗府办〔2024〕11号",
                  issued="2024年5月9日", year=2024, topics=["ind", "open"], n=12,
                  styles=("bracket_lead_resp",), deadline_rate=0.3,
                  layouts=["shared_suffix", "bracket_lead_resp"])
    rng = random.Random(doc.stem)
    districts = ["黄埔区政府", "南沙区政府", "增城区政府", "番禺区政府", "花都区政府"]
    for measure, _ in doc.leaves():
        if rng.random() < 0.7:
            measure.resp = [u for u in measure.resp if not u.startswith("各")]
            measure.resp += rng.sample(districts, rng.randint(2, 3))
    st = ProseStyle(units=ListStyle(shared_suffix=True))
    return doc, render_prose(doc, st), "utf-8", False


@entry
def jinjiang():
    doc = compose("jinjiang_chengguan", ".txt", city="晋江", prov="福建",
                  issuer="晋江市人民政府办公室", title="晋江市2024年城市管理精细化提升工作要点",
                  doc_no="晋政办〔2024〕30号", issued="2024年6月12日", year=2024,
                  topics=["urban"], n=5, structure="flat", styles=("lines",), leaders=1.0,
                  layouts=["small", "labelled_lines", "leaders", "utf16"])
    return doc, render_prose(doc, ProseStyle()), "utf-16", False


@entry
def huzhou():
    topics = ["ind", "cons", "eco", "jobs", "open"]
    doc = compose("huzhou_zhengfu_baogao_fenjie", ".txt", **city("湖州", "浙江"),
                  title="湖州市2024年政府工作报告重点工作责任分解", doc_no="湖政办发〔2024〕2号",
                  issued="2024年2月2日", year=2024, topics=topics, n=40, structure="flat",
                  styles=("bracket_first",), deadline_rate=0.6,
                  layouts=["first_listed_lead", "bracket_resp", "long"])
    note = "　　说明：责任分解中，列第一位的责任单位为牵头单位。"
    return doc, render_prose(doc, ProseStyle(first_lead_note=note)), "utf-8", False


@entry
def jiujiang():
    doc = compose("jiujiang_mixed", ".txt", **city("九江", "江西"),
                  title="九江市优化营商环境三年行动2024年重点任务", doc_no="九府办发〔2024〕13号",
                  issued="2024年4月11日", year=2024, topics=["biz", "gov", "open", "fin"], n=32,
                  styles=("bracket_labels", "bracket_roles", "lines", "division",
                          "bracket_resp", "bracket_duty"),
                  group_units=0.3, override=0.3, leaders=0.0,
                  layouts=["mixed", "bracket_labels", "bracket_roles", "labelled_lines",
                           "division_sentence", "group_statement", "bracket_resp"])
    return doc, render_prose(doc, ProseStyle()), "utf-8", False


@entry
def yibin():
    doc = compose("yibin_zhaoshang", ".txt", **city("宜宾", "四川"),
                  title="宜宾市2024年招商引资工作实施方案", doc_no="宜府办发〔2024〕17号",
                  issued="2024年3月21日", year=2024, topics=["open", "ind"], n=14,
                  label="{w}．", layouts=["halfwidth", "fullwidth_digits", "bracket_labels"])
    st = ProseStyle(parens=("()",), colon=":", clause_sep=";",
                    units=ListStyle(seps=("，", ",", "、")))
    return doc, render_prose(doc, st), "utf-8", False


@entry
def nanchong():
    doc = compose("nanchong_minsheng_xiangmu", ".txt", **city("南充", "四川"),
                  title="南充市2024年重点民生项目推进方案", doc_no="南府办发〔2024〕20号",
                  issued="2024年2月28日", year=2024, topics=["jobs", "health", "edu"], n=20,
                  deadline_rate=1.0, styles=("bracket_labels", "bracket_roles"),
                  layouts=["deadline_forms", "bracket_labels", "bracket_roles"])
    return doc, render_prose(doc, ProseStyle(before_stop=True)), "utf-8", False


@entry
def qujing():
    doc = compose("qujing_tuopin", ".txt", **city("曲靖", "云南"),
                  title="曲靖市2024年巩固拓展脱贫攻坚成果重点工作安排", doc_no="曲政办发〔2024〕7号",
                  issued="2024年3月12日", year=2024, topics=["rural", "jobs"], n=16,
                  styles=("bracket_duty", "bracket_lead_resp"), deadline_rate=0.3,
                  layouts=["bracket_duty", "collective_units", "etc_dropped"])
    rng = random.Random(doc.stem + "/c")
    for measure, _ in doc.leaves():
        if rng.random() < 0.5 and "各县（市、区）人民政府" not in measure.resp:
            measure.resp.append("各县（市、区）人民政府")
    return doc, render_prose(doc, ProseStyle(units=ListStyle(etc=0.4))), "utf-8", False


@entry
def guizhou():
    doc = compose("guizhou_shuzi_jingji", ".txt", city="贵阳", prov="贵州", level="province",
                  issuer="贵州省人民政府办公厅", title="贵州省2024年数字经济发展重点任务分工",
                  doc_no="黔府办函〔2024〕18号", issued="2024年3月18日", year=2024,
                  topics=["tech", "gov", "ind"], n=20, styles=("lines",),
                  layouts=["province", "labelled_lines", "prefix_carry"])
    st = ProseStyle(level="province", units=ListStyle(carry=0.6), vocab={
        "leader": "牵头省领导", "lead": "牵头单位", "coop": "协同配合单位", "resp": "责任单位",
        "deadline": "完成时间"})
    return doc, render_prose(doc, st), "utf-8", False


@entry
def yuexi():
    doc = compose("yuexi_wenlv", ".txt", city="安庆", prov="安徽", county="岳西县",
                  level="county", issuer="岳西县人民政府办公室",
                  title="岳西县2024年文旅融合发展重点任务", doc_no="岳政办〔2024〕9号",
                  issued="2024年4月7日", year=2024, topics=["tour", "rural"], n=12,
                  styles=("lines_resp",), leaders=1.0,
                  layouts=["county", "labelled_lines", "leaders", "utf16"])
    st = ProseStyle(level="county", line_end="。", vocab={
        "leader": "分管领导", "lead": "主要责任单位", "coop": "参与单位", "resp": "参与单位",
        "deadline": "完成时间"})
    # 参与单位 under 主要责任单位 are cooperating units here
    for measure, _ in doc.leaves():
        measure.coop, measure.resp = measure.resp, []
    return doc, render_prose(doc, st), "utf-16", False


@entry
def shaoxing():
    doc = compose("shaoxing_waimao_web", ".txt", **city("绍兴", "浙江"),
                  title="绍兴市2024年稳外贸稳外资工作措施", doc_no="绍政办发〔2024〕10号",
                  issued="2024年3月6日", year=2024, topics=["open", "fin"], n=12,
                  structure="flat", layouts=["web_copy", "bracket_labels"])
    text = web_copy(render_prose(doc, ProseStyle(header=False)), doc.stem)
    text = text.replace("</p>\n<p>", "</p><p>", 3)
    return doc, text, "utf-8", False
