"""A task table whose 时间节点 (进度安排) is printed over one column per period (一季度 | 二季度
| 三季度 | 四季度, or 3月底 | 6月底 …) in a two-row header: the second row is header, not a
task; each task's steps are its year's plan and its deadline the last period it names."""

from datetime import date

from docx import Document

from zjtracker.importing.reader import parse_policy_text, read_policy_file
from zjtracker.importing.tables.headers import find_header

ROWS = [["1", "建成区级政务云二期，新增算力资源30%。", "区政务服务数据管理局", "区财政局",
         "完成方案论证", "启动招标", "完成部署", "通过验收"],
        ["2", "上线“一件事”集成服务20项以上。", "区政务服务数据管理局", "区民政局",
         "—", "上线8项", "上线15项", ""]]


def _leaves(result):
    return [m for p in result.policies for m in p.iter_measures() if not m.children]


def test_the_periods_under_a_merged_schedule_header_are_steps():
    top = ["序号", "工作任务", "牵头单位", "配合单位", "时间节点", "时间节点", "时间节点", "时间节点"]
    below = ["序号", "工作任务", "牵头单位", "配合单位", "一季度", "二季度", "三季度", "四季度"]
    header = find_header([top, below] + ROWS)
    assert header.header_rows == [0, 1] and header.first_data_row == 2
    assert header.steps == {4: "一季度", 5: "二季度", 6: "三季度", 7: "四季度"}


def test_a_word_table_with_quarterly_steps(tmp_path):
    doc = Document()
    doc.add_paragraph("云溪区2025年数字政府建设重点任务清单")
    table = doc.add_table(rows=2 + len(ROWS), cols=8)
    for col, text in enumerate(["序号", "工作任务", "牵头单位", "配合单位"]):
        table.cell(0, col).text = text
        table.cell(0, col).merge(table.cell(1, col))
    for col, text in enumerate(["一季度", "二季度", "三季度", "四季度"], start=4):
        table.cell(1, col).text = text
    table.cell(0, 4).merge(table.cell(0, 7)).text = "时间节点"
    for r, row in enumerate(ROWS, start=2):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    path = tmp_path / "plan.docx"
    doc.save(path)
    leaves = _leaves(read_policy_file(path))
    assert [m.text for m in leaves] == [row[1] for row in ROWS]  # no header row among them
    first, second = leaves
    assert [(u.role, u.name) for u in first.units] == [("lead", "区政务服务数据管理局"), ("cooperating", "区财政局")]
    assert [(p.year, p.text) for p in first.plans] == [
        (2025, "一季度：完成方案论证；二季度：启动招标；三季度：完成部署；四季度：通过验收")]
    assert (first.deadline, first.deadline_text) == (date(2025, 12, 31), "四季度")
    assert second.plans[0].text == "二季度：上线8项；三季度：上线15项"
    assert second.deadline == date(2025, 9, 30)


def test_a_web_page_with_month_end_steps(tmp_path):
    page = """<html><body><p>海棠县2025年乡村振兴重点任务清单</p><table border="1">
<tr><td rowspan="2">序号</td><td rowspan="2">工作任务</td><td rowspan="2">责任单位</td><td colspan="4">进度安排</td></tr>
<tr><td>3月底</td><td>6月底</td><td>9月底</td><td>12月底</td></tr>
<tr><td>1</td><td>新建高标准农田1.2万亩。</td><td>县农业农村局（牵头）、县财政局</td><td>完成选址</td><td>开工建设</td><td>完成60%</td><td>全面竣工</td></tr>
<tr><td>2</td><td>培育县级以上农业龙头企业5家。</td><td>县农业农村局</td><td></td><td></td><td>认定3家</td><td></td></tr>
</table></body></html>"""
    path = tmp_path / "plan.html"
    path.write_text(page, encoding="utf-8")
    first, second = _leaves(read_policy_file(path))
    assert first.plans[0].text.startswith("3月底：完成选址；6月底：开工建设")
    assert first.deadline == date(2025, 12, 31)
    assert (second.plans[0].text, second.deadline) == ("9月底：认定3家", date(2025, 9, 30))


def test_two_year_columns_are_still_plans_not_steps():
    top = ["序号", "工作任务", "责任单位", "年度目标", "年度目标"]
    below = ["", "", "", "2025年", "2026年"]
    header = find_header([top, below, ["1", "建设充电桩", "市能源局", "500个", "1000个"]])
    assert header.steps == {} and header.plan_years == {3: 2025, 4: 2026}


def test_a_one_row_header_naming_each_periods_target():
    rows = ["江口区2025年营商环境提升重点任务推进表",
            "序号\t工作任务\t牵头单位\t配合单位\t一季度目标\t二季度目标\t三季度目标\t四季度目标",
            "1\t推行企业开办全程网办。\t区市场监管局\t区税务局\t制定方案\t上线试运行\t网办率80%\t网办率95%",
            "2\t推进工程项目审批提速。\t区住建局\t区自然资源局\t梳理流程\t压减材料30%\t\t"]
    text = "\n".join(rows)
    first, second = _leaves(parse_policy_text(text, "plan.txt"))
    assert first.plans[0].text == "一季度：制定方案；二季度：上线试运行；三季度：网办率80%；四季度：网办率95%"
    assert (first.deadline, second.deadline) == (date(2025, 12, 31), date(2025, 6, 30))
    alone = find_header([["序号", "工作任务", "牵头单位", "一季度", "二季度"]])
    assert alone.steps == {}  # a period alone may be a column of progress
