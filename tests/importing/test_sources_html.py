"""Saved web pages (.html in GB2312, .mhtml, a .xls that is really a page) read through the
one pipeline: navigation and scripts out, entities and <br/> handled, tables with rowspan."""

import quopri

from zjtracker.importing.reader import read_policy_file
from zjtracker.importing.sources.html_source import read_html_document

PAGE = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>门户网站</title><script>document.write("<p>1.脚本里的假任务（市某局牵头）</p>")</script></head>
<body><div class="nav">首页 &gt; 政务公开</div><table width="100%"><tr><td><table><tr><td>
<p>某市2025年优化营商环境重点任务分工方案</p>
<p>一、提升政务服务效能</p>
<p>1.推行&nbsp;“一件事”集成办理（市政务服务数据管理局牵头，市公安局配合；2025年6月底前完成）<br/>2.压减企业开办时间至1个工作日（市市场监管局牵头；2025年9月底前完成）</p>
<table border="1"><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>完成时限</td></tr>
<tr><td>1</td><td>建设项目审批<br/>全流程网办</td><td rowspan="2">市住房城乡建设局</td><td>2025年底前</td></tr>
<tr><td>2</td><td>推进联合验收</td><td>2025年11月</td></tr></table>
</td></tr></table></td></tr></table><div id="footer">版权所有 网站地图</div></body></html>"""


def test_page_blocks_tables_and_rowspan():
    document = read_html_document(PAGE.encode("gb2312"), "page.html")
    texts = [b.text for b in document.paragraphs]
    assert texts[0] == "某市2025年优化营商环境重点任务分工方案"
    assert any(t.startswith("1.推行 “一件事”") for t in texts)
    assert any(t.startswith("2.压减企业开办") for t in texts)  # split at <br/>
    assert not any("脚本" in t or "首页" in t or "版权" in t for t in texts)
    table = document.tables[0]
    assert table.texts()[1] == ["1", "建设项目审批\n全流程网办", "市住房城乡建设局", "2025年底前"]
    assert table.rows[2][2].covered and table.rows[2][2].text == "市住房城乡建设局"
    assert table.rows[2][3].text == "2025年11月"


PROSE = PAGE[:PAGE.index('<table border="1">')] + PAGE[PAGE.index("</table>") + len("</table>"):]


def test_html_and_mhtml_and_disguised_xls_read_the_same(tmp_path):
    html_path = tmp_path / "方案.htm"
    html_path.write_bytes(PROSE.encode("gb2312"))
    body = quopri.encodestring(PROSE.encode("gb2312")).decode("ascii")
    mhtml_path = tmp_path / "方案.mhtml"
    mhtml_path.write_bytes((
        "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b1\"\r\n\r\n--b1\r\n"
        "Content-Type: text/html; charset=\"gb2312\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        + body + "\r\n--b1--\r\n").encode("ascii"))
    xls_path = tmp_path / "下载的任务表.xls"  # what many sites serve under an Excel name
    xls_path.write_bytes(PROSE.encode("gb2312"))
    results = []
    for path in (html_path, mhtml_path, xls_path):
        result = read_policy_file(path)
        leaves = [m for p in result.policies for m in p.iter_measures() if not m.children]
        results.append([(m.text.replace(" ", "")[:9], sorted(u.name for u in m.units), str(m.deadline)) for m in leaves])
    assert results[0] == results[1] == results[2]
    assert ("推行“一件事”集成", ["市公安局", "市政务服务数据管理局"], "2025-06-30") in results[0]
    assert any(text.startswith("压减企业开办") and deadline == "2025-09-30" for text, _, deadline in results[0])
    assert not any("脚本" in text for text, _, _ in results[0])
