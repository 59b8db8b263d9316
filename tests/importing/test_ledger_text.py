"""The ledger reader on the real 2023 台账 (seed 001) and on small synthetic ledgers."""

from pathlib import Path

import pytest

from zjtracker.importing.tables.ledger.text import looks_like_ledger_text, parse_ledger_text

SEED = Path(__file__).resolve().parents[2] / "resources" / "seeds" / "001_0593ceaf3128112f.txt"


@pytest.fixture(scope="module")
def ledger():
    return parse_ledger_text(SEED.read_text(encoding="utf-8"), SEED.name)


@pytest.fixture(scope="module")
def tasks(ledger):
    return {m.number: m for m in ledger.iter_measures() if not m.children}


def names(task, role):
    return [u.name for u in task.units if u.role == role]


def test_recognised_and_headline(ledger):
    text = SEED.read_text(encoding="utf-8")
    assert looks_like_ledger_text(text)
    assert ledger.kind == "ledger"
    assert ledger.title == "2023年湛江市优化营商环境行动工作任务台账"
    assert (ledger.start_year, ledger.end_year) == (2023, 2023)


def test_counts(ledger, tasks):
    assert len(ledger.areas) == 19
    groups = [m for a in ledger.areas for m in a.measures]
    assert len(groups) == 83 and all(g.children for g in groups)
    assert [g.number for g in groups] == list(range(1, 84))
    assert sorted(tasks) == list(range(1, 473))
    assert len(ledger.indicators) == 19
    assert all(any(u.role == "lead" for u in t.units) for t in tasks.values())


def test_areas_and_indicators(ledger):
    first, last = ledger.areas[0], ledger.areas[-1]
    assert (first.label, first.title) == ("（一）", "市场准入")
    assert (last.label, last.title) == ("（十九）", "工作展望")
    titles = [a.title for a in ledger.areas]
    assert titles[1] == "办理建筑许可"
    assert titles[2] == "市政公用基础设施报装"  # wrapped over a blank line
    assert titles[11] == "市场监管"  # continuation starting with 市
    assert titles[12] == "知识产权创造、运用和保护"  # continuation with 、
    assert titles[17] == "市场主体满意度"
    assert [i.name for i in ledger.indicators] == titles
    assert {i.category for i in ledger.indicators} == {"营商环境评价指标"}


@pytest.mark.parametrize("number, label, text, tasks_in_group", [
    (1, "1.", "深化市场准入准营制度改革", [1, 2]),
    (2, "2.", "持续提升开办企业服务便利度", list(range(3, 11))),
    (10, "10.", "规范技术审查和中介服务", [39, 40]),  # 10. 规 范 技: stray spaces
    (30, "30.", "提升口岸信息化水平", [128, 129, 130, 131]),  # over a page break
    (62, "62.", "推进新时代和谐劳动关系创建", None),  # 会 62. 推 进 新 on one line
    (81, "81.", "提升科技研发与科技成果转化能力", [460, 461, 462]),
    (83, "83.", "试点类举措", [471, 472]),
])
def test_groups(ledger, number, label, text, tasks_in_group):
    group = [m for a in ledger.areas for m in a.measures][number - 1]
    assert (group.label, group.number, group.text) == (label, number, text)
    if tasks_in_group:
        assert [c.number for c in group.children] == tasks_in_group


@pytest.mark.parametrize("number, start, lead, responsible", [
    (1, "便利企业分支机构、连锁门店信息变更。大型企业分支机构", ["市市场监督管理局"],
     ["市相关单位", "各县（市、区）人民政府（管委会）"]),
    (2, "落实全国统一市场准入负面清单", ["市发展和改革局"], ["市相关单位"]),
    # blank unit cells carry the units of the row above
    (4, "完善系统智能化审批", ["市市场监督管理局"],
     ["市政务服务数据管理局", "市公安局", "市税务局", "市人力资源和社会保障局", "市公积金中心",
      "中国人民银行湛江市中心支行", "各县（市、区）人民政府（管委会）"]),
    (5, "全面推广数字化电子发票", ["市税务局"], ["市市场监督管理局", "各县（市、区）人民政府（管委会）"]),
    (7, "推行企业住所（经营场所）标准化登记", ["市市场监督管理局"], ["市政务服务数据管理局", "市自然资源局"]),
    # top of a page: repeated indicator and lead, then a new responsible unit
    (8, "复制推广“一照通行”改革", ["市市场监督管理局"], ["市政务服务数据管理局"]),
    (9, "推行智能导办服务", ["市市场监督管理局"], ["市政务服务数据管理局"]),
    (11, "落实歇业备案制度", ["市市场监督管理局"], ["市相关单位"]),
    (12, "全面实施简易注销", ["市市场监督管理局"], ["市税务局", "市政务服务数据管理局"]),
    (16, "推行线上智能辅导", ["市政务服务数据管理局"], ["市自然资源局", "市住房和城乡建设局"]),
    (18, "由工信部门牵头组建工业项目代办专班", ["市工业和信息化局"], ["各县（市、区）人民政府（管委会）"]),
    (29, "覆盖高频审批事项数达到25个。", ["市住房和城乡建设局"], None),
    (37, "创新工程质量监管方式", ["市住房和城乡建设局"], []),  # "/" = none
    (44, "完善城市道路占用挖掘管理制度", ["市城市管理和综合执法局"],
     ["市住房和城乡建设局", "各县（市、区）人民政府（管委会）"]),
    (45, "定期公布市政公用基础设施供应质量", ["市水务局", "市住房和城乡建设局", "湛江供电局",
                                 "市通信建设管理办公室"], None),
    (47, "深化不停电作业技术应用", ["湛江供电局"], []),
    (49, "加强电力领域信用信息归集", ["湛江供电局"], ["市发展和改革局"]),
    (77, "开展二手房“带押过户”", ["市自然资源局"],
     ["市税务局", "中国人民银行湛江市中心支行", "湛江银保监分局"]),  # 银行 / 湛江… wrapped
    (79, "各级登记机构分别至少设置2台", ["市自然资源局"], ["市财政局"]),
    (80, "开发“地籍图查询”功能", ["市自然资源局"], []),
    (85, "充分发挥出口信用保险", ["市金融工作局"], ["市商务局", "中国人民银行湛江市中心支行", "湛江银保监分局"]),
    (121, "定向降低引航（移泊）费收费标准。", ["市交通运输局"], ["湛江港引航站"]),
    (128, "实现集装箱设备交接单", ["市商务局"], ["湛江海关", "湛江海事局"]),
    (131, "加强自动化码头建设", ["市商务局"], ["湛江海关", "湛江港集团"]),
    (135, "编印RCEP政策指引", ["湛江海关"], ["市商务局", "市税务局"]),
    (137, "强化技术性贸易措施研究与应用", ["廉江市政府"],
     ["湛江海关", "市商务局", "市发展和改革局", "市市场监督管理局"]),
    (140, "加强外贸企业AEO认证培育", ["湛江海关"], ["市商务局"]),
    (141, "促进湛江港辐射能力向内陆腹地延伸", ["市交通运输局"], ["湛江海关", "湛江港集团", "市商务局"]),
    (152, "加强与境外商事调解机构", ["市司法局"], []),
    (155, "民商事案件当场立案登记率达到97%", ["市中级人民法院"], ["各基层人民法院"]),
    (239, "制定“新技术、新产业", ["市司法局"], ["市市场监督管理局"]),
    (330, "各县（市、区）参照省级和市级产业集群", ["各县（市、区）人民政府（管委会）"], None),
    (341, "鼓励国家高新区海东园区", ["湛江高新区管委会"],
     ["市科学技术局", "市商务局", "市投资促进局", "市工业和信息化局", "市发展和改革局"]),
    (342, None, ["市商务局", "奋勇高新区管委会"], None),
    (370, "协调主流媒体每个季度宣传1次", ["市工商业联合会"], ["市民政局", "市农业农村局"]),
    (371, None, ["市人力资源和社会保障局"], None),
    (454, "推动2023年全市盗窃现案破案率大幅上升，达到50%。", ["市公安局"], []),
    (460, "构建“基础研究+技术攻关", ["市科学技术局"], None),
    (464, "指导辖内银行大力推广", ["中国人民银行湛江市中心支行", "市金融工作局"], ["湛江银保监分局"]),
    (468, "探索“执破融合”", ["市中级人民法院"], ["市相关单位"]),
    (471, "争取试点，在办理不动产登记业务时", ["市税务局"],
     ["市自然资源局", "市财政局", "中国人民银行湛江市中心支行"]),
    (472, "争取试点，探索开展大企业税收事先裁定。", ["市税务局"], []),
])
def test_tasks(tasks, number, start, lead, responsible):
    task = tasks[number]
    assert task.label == f"（{number}）"
    if start:
        assert task.text.startswith(start)
    assert names(task, "lead") == lead
    if responsible is not None:
        assert names(task, "responsible") == responsible


def test_task_text_rejoined_without_breaks(tasks):
    assert tasks[1].text == (
        "便利企业分支机构、连锁门店信息变更。大型企业分支机构办理人员、经营范围等不涉及新办许可证"
        "的信息变更时，在同一地级及以上城市范围内可实行集中统一办理。")
    assert tasks[14].text.endswith("在土地供应时免费交付用地单位。")  # lone 。 line
    assert tasks[463].text.endswith("具备直接从主干管网下载气源能力。")  # remark 属于“…” not in text
    assert tasks[472].text == "争取试点，探索开展大企业税收事先裁定。"
    for task in tasks.values():
        assert "\n" not in task.text
        assert "属于“" not in task.text and "存在问题的意见建议" not in task.text
        assert not task.text.startswith("/") and not task.text.endswith(("局", "、"))


def test_missing_separator_warned(ledger, tasks):
    assert "市应急管理局" in names(tasks[296], "responsible")
    assert "市医疗保障局" in names(tasks[296], "responsible")
    assert any(w.line == 3697 for w in ledger.warnings)
    remarks = [w for w in ledger.warnings if w.code == "remark"]
    assert len(remarks) == 10 and "（三）市政公用基础设施报装" in remarks[0].message


SYNTHETIC = """\
2024年某市营商环境工作任务台账

指标名称 牵头单位 责任单位 序号 工作任务
落实
情况
备注

（一）开办
企业

市市场监督
管理局

市税务局、市人力资源和社
会保障局 1.压缩开办
时间

（1）
企业开办时间压缩至1个工作日以内，全面推行“一
网通办”。

（2） 推行电子营业执照。

市税务局 （3）
推广电子发票。

（二）纳税

市税务局

/
2.优化办税

（5）
压缩办税时间。
"""


def test_synthetic_ledger():
    policy = parse_ledger_text(SYNTHETIC, "x.txt")
    assert policy.title == "2024年某市营商环境工作任务台账"
    assert policy.start_year == 2024
    assert [(a.label, a.title) for a in policy.areas] == [("（一）", "开办企业"), ("（二）", "纳税")]
    tasks = {m.number: m for m in policy.iter_measures() if not m.children}
    assert tasks[1].text == "企业开办时间压缩至1个工作日以内，全面推行“一网通办”。"
    assert names(tasks[1], "lead") == ["市市场监督管理局"]
    assert names(tasks[1], "responsible") == ["市税务局", "市人力资源和社会保障局"]
    assert names(tasks[2], "responsible") == ["市税务局", "市人力资源和社会保障局"]
    assert names(tasks[3], "lead") == ["市市场监督管理局"]
    assert names(tasks[3], "responsible") == ["市税务局"]
    assert names(tasks[5], "lead") == ["市税务局"] and names(tasks[5], "responsible") == []
    group = policy.areas[0].measures[0]
    assert (group.label, group.text) == ("1.", "压缩开办时间")
    # task （4） is missing: the clerk is told
    assert any("跳到（5）" in w.message for w in policy.warnings)


def test_not_a_ledger():
    assert not looks_like_ledger_text("一、总体要求\n（一）指导思想\n坚持以人民为中心。\n")
    assert not looks_like_ledger_text("")


@pytest.mark.parametrize("name", ["000_84cdd3e845ddc2ba.txt", "002_a6fb8a7275de8af0.txt",
                                  "003_44c2bc077446d5eb.txt", "004_96aab9c9ea8910e9.txt"])
def test_other_seeds_are_not_ledgers(name):
    assert not looks_like_ledger_text((SEED.parent / name).read_text(encoding="utf-8"))
