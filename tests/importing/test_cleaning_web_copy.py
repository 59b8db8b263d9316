"""Text copied from a web page: tags and entities out, every block a line, no measure lost."""

from __future__ import annotations

from zjtracker.importing.cleaning.web_copy import split_web_lines, web_line_pieces
from zjtracker.importing.reader import parse_policy_text

PAGE = """<div class="content">
<p>青州市优化营商环境若干措施</p><p>&nbsp;&nbsp;为持续优化营商环境，制定本措施。</p>
<p style="text-indent:2em">一、提升政务服务效能</p>
<p>&nbsp;&nbsp;1.推行告知承诺制。对适合的审批事项实行告知承诺。（牵头单位：市行政审批局；完成时限：2025年6月底前）<br/>&nbsp;&nbsp;2.压缩开办时间。企业开办全程不超过1个工作日。（市市场监管局牵头，市税务局配合；2025年底前完成）</p>
<p>&nbsp;&nbsp;3.推广电子证照。常用证照实现电子化应用&lt;全覆盖&gt;。（牵头单位：市大数据局）</p>
</div>"""


def test_block_tags_become_lines_and_entities_characters():
    assert web_line_pieces("<p>甲&nbsp;乙</p><p>丙<br>丁</p>") == ["甲 乙", "丙", "丁"]
    assert web_line_pieces("<P CLASS=x>甲</P>") == ["甲"]


def test_a_web_table_becomes_tab_separated_rows():
    rows = web_line_pieces("<table><tr><th>序号</th><th>任务</th></tr>"
                           "<tr><td></td><td>续</td></tr><tr><td>1</td><td>办</td></tr></table>")
    assert rows == ["序号\t任务", "\t续", "1\t办"]


def test_words_in_angle_brackets_are_not_tags():
    assert web_line_pieces("学习<条例>全文，a<b为真") == ["学习<条例>全文，a<b为真"]


def test_table_rows_with_cell_fragments_are_left_to_the_cell_cleaning():
    lines, origins = split_web_lines(["序号\t<p>任务</p>", "<p>甲</p><p>乙</p>", "plain"])
    assert lines == ["序号\t<p>任务</p>", "甲", "乙", "plain"]
    assert origins == [0, 1, 1, 2]


def test_two_measures_joined_by_br_are_both_read_with_their_units():
    result = parse_policy_text(PAGE, "page.txt")
    [policy] = result.policies
    assert policy.title == "青州市优化营商环境若干措施"
    measures = [m for m in policy.iter_measures() if not m.children]
    assert [m.number for m in measures] == [1, 2, 3]
    assert measures[0].text.startswith("推行告知承诺制")
    assert [(u.role, u.name) for u in measures[1].units] == [("lead", "市市场监管局"),
                                                              ("cooperating", "市税务局")]
    assert measures[1].deadline.isoformat() == "2025-12-31"
    assert "<全覆盖>" in measures[2].text
    # Source lines, though the page put the title and its first paragraph on one line.
    assert [m.line for m in measures] == [4, 4, 5]
    assert policy.text == PAGE  # the policy keeps the text as the file gave it


def test_a_task_table_written_over_many_lines_keeps_its_rows():
    page = """<p>某区2025年重点工作任务清单</p>
<table border="1">
<tr>
  <td>序号</td><td>工作任务</td>
  <td>牵头单位</td><td>完成时限</td>
</tr>
<tr>
  <td>1</td><td>建成区级政务服务中心</td>
  <td>区政务服务中心</td><td>2025年6月底前</td>
</tr>
</table>
<p>附：说明</p>"""
    lines, origins = split_web_lines(page.split("\n"))
    assert lines == ["某区2025年重点工作任务清单", "序号\t工作任务\t牵头单位\t完成时限",
                     "1\t建成区级政务服务中心\t区政务服务中心\t2025年6月底前", "附：说明"]
    assert origins == [0, 1, 1, 11]


def test_the_web_table_is_read_as_measures_with_units_and_deadlines():
    page = "\n".join(["<p>某区2025年重点工作任务清单</p>", "<table>",
                      "<tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>完成时限</td></tr>",
                      "<tr><td>1</td>", "<td>建成区级政务服务中心，实现一窗通办</td>",
                      "<td>区政务服务中心</td><td>2025年6月底前</td></tr>",
                      "<tr><td>2</td><td>推进老旧小区改造，完成改造小区20个</td>",
                      "<td>区住建局</td><td>2025年底前</td></tr>", "</table>"])
    [policy] = parse_policy_text(page, "list.txt").policies
    measures = [m for m in policy.iter_measures() if not m.children]
    assert [(m.number, m.text[:8], [u.name for u in m.units], m.deadline.isoformat())
            for m in measures] == [(1, "建成区级政务服务", ["区政务服务中心"], "2025-06-30"),
                                   (2, "推进老旧小区改造", ["区住建局"], "2025-12-31")]
