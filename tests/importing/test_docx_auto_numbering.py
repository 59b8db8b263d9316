"""A Word plan numbered by Word's own lists (w:numPr, directly or through a style such as
List Number): the labels Word draws (一、 （一） 1. （1）) are not in the text, and the reader
writes them before their paragraphs so that the outline is found."""

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from zjtracker.importing.reader import read_policy_file

W = nsdecls("w")
LEVELS = [("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3."), ("decimal", "（%4）")]


def _numbered_document():
    doc = Document()
    root = doc.part.numbering_part.element
    levels = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                     f'<w:lvlText w:val="{text}"/></w:lvl>' for i, (fmt, text) in enumerate(LEVELS))
    root.append(parse_xml(f'<w:abstractNum {W} w:abstractNumId="90">{levels}</w:abstractNum>'))
    root.append(parse_xml(f'<w:num {W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    root.append(parse_xml(f'<w:abstractNum {W} w:abstractNumId="91"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                          '<w:numFmt w:val="bullet"/><w:lvlText w:val="●"/></w:lvl></w:abstractNum>'))
    root.append(parse_xml(f'<w:num {W} w:numId="91"><w:abstractNumId w:val="91"/></w:num>'))
    return doc


def _add(doc, text, level=None, num=90):
    paragraph = doc.add_paragraph(text)
    if level is not None:
        paragraph._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>'))


def _leaves(result):
    return [m for p in result.policies for m in p.iter_measures() if not m.children]


def test_list_numbering_gives_the_outline(tmp_path):
    doc = _numbered_document()
    _add(doc, "桂溪市2025年加快发展现代服务业工作方案")
    _add(doc, "总体要求", 0)
    _add(doc, "坚持市场主导、政府引导。")
    _add(doc, "重点任务", 0)
    _add(doc, "壮大现代物流", 1)
    _add(doc, "建设港口型国家物流枢纽。（牵头单位：市交通运输局；完成时限：2025年11月底前）", 2)
    _add(doc, "新增冷库库容10万吨。（牵头单位：市商务局）", 2)
    _add(doc, "提升商贸消费", 1)
    _add(doc, "打造夜间经济集聚区3个。（牵头单位：市商务局）", 2)
    _add(doc, "项目台账每季度更新", 0, num=91)  # a bullet: no label
    path = tmp_path / "plan.docx"
    doc.save(path)
    policy = read_policy_file(path).policies[0]
    assert [(a.label, a.title) for a in policy.areas] == [("一、", "总体要求"), ("二、", "重点任务")]
    groups = policy.areas[1].measures
    assert [(g.label, g.text) for g in groups] == [("（一）", "壮大现代物流"), ("（二）", "提升商贸消费")]
    assert [m.label for m in groups[0].children] == ["1.", "2."]
    assert [m.label for m in groups[1].children] == ["1."]  # the level starts again under （二）
    assert [(u.role, u.name) for u in groups[0].children[0].units] == [("lead", "市交通运输局")]
    assert all("●" not in m.text for m in _leaves(read_policy_file(path)))  # a bullet is no label


def test_a_list_style_numbers_its_paragraphs(tmp_path):
    doc = Document()
    doc.add_paragraph("某县2025年重点工作任务")
    doc.add_paragraph("一、重点任务")
    for text in ("推进县城污水管网改造。（县住建局负责）", "建设乡镇综合文化站3个。（县文广旅体局负责）"):
        doc.add_paragraph(text, style="List Number")
    path = tmp_path / "plan.docx"
    doc.save(path)
    leaves = _leaves(read_policy_file(path))
    assert [(m.label, m.text) for m in leaves] == [("1.", "推进县城污水管网改造。"), ("2.", "建设乡镇综合文化站3个。")]
    assert [(u.role, u.name) for u in leaves[1].units] == [("responsible", "县文广旅体局")]
