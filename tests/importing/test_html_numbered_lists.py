"""A saved web page whose tasks are items of a numbered list (<ol><li>): the numbers the
browser draws are not in the text, and the reader writes them (1., inside it （1）) so that
the outline is found; a number typed in the item, a list drawn without numbers and a
bulleted list get none."""

from zjtracker.importing.reader import read_policy_file

PAGE = """<html><head><meta charset="utf-8"></head><body>
<h2>青山区2025年城市管理工作要点</h2>
<h3>一、提升市容环境</h3>
<ol>
<li>开展背街小巷环境整治，完成整治120条。（区城管局牵头，各街道办事处配合；2025年10月底前）</li>
<li><p>新增城市口袋公园15个。</p>
  <ol><li>完成选址。</li><li>完成建设。（区园林绿化局负责）</li></ol></li>
</ol>
<h3>二、加强市政设施管护</h3>
<ol start="3"><li>完成城区雨污管网排查修复50公里。（区住建局负责）</li></ol>
<ol style="list-style: none"><li>4.更新老旧路灯3000盏。（区城管局负责）</li></ol>
<ul><li>附：联系人名单</li></ul>
</body></html>"""


def test_list_items_get_the_numbers_the_browser_draws(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    policy = read_policy_file(path).policies[0]
    first, second = policy.areas[0].measures
    assert (first.label, first.text) == ("1.", "开展背街小巷环境整治，完成整治120条。")
    assert [(u.role, u.name) for u in first.units] == [("lead", "区城管局"), ("cooperating", "各街道办事处")]
    assert (second.label, [c.label for c in second.children]) == ("2.", ["（1）", "（2）"])
    assert [(m.label, m.text) for m in policy.areas[1].measures] == [
        ("3.", "完成城区雨污管网排查修复50公里。"), ("4.", "更新老旧路灯3000盏。")]
    assert "•" not in policy.areas[1].measures[-1].text
