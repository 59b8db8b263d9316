"""The five source documents loaded from resources/seeds, checked against their text."""

from zjtracker.services.policies.queries import dump_policy, list_policies
from zjtracker.services.policies.sample import init_sample


def _by_title(summaries, words):
    [found] = [s for s in summaries if words in s.title]
    return found


def _tasks(policy_dump):
    """Every leaf measure, depth first."""
    out = []
    stack = [m for a in reversed(policy_dump["areas"]) for m in reversed(a["measures"])]
    while stack:
        measure = stack.pop()
        if "children" in measure:
            stack.extend(reversed(measure["children"]))
        else:
            out.append(measure)
    return out


def _units(measure, role):
    return [u["name"] for u in measure["units"] if u["role"] == role]


def test_sample_loads_on_each_engine_and_is_idempotent(database):
    init_sample(database)
    first = [s.as_dict() for s in list_policies(database)]
    assert all(o.skipped for o in init_sample(database))
    assert [s.as_dict() for s in list_policies(database)] == first
    summaries = list_policies(database)
    consumption = _by_title(summaries, "新业态新模式引领新型消费")
    assert (consumption.areas, consumption.groups, consumption.measures,
            consumption.yearly_plans, consumption.indicators) == (5, 15, 30, 120, 0)
    ledger = _by_title(summaries, "优化营商环境行动工作任务台账")
    assert (ledger.areas, ledger.groups, ledger.measures, ledger.indicators) == (19, 83, 472, 19)
    assert _by_title(summaries, "市场监管").indicators == 18
    assert _by_title(summaries, "政府工作报告").indicators == 10
    assert _by_title(summaries, "营商环境整治提升年").measures == 13


def test_000_measures_units_and_plans(sample_db):
    summary = _by_title(list_policies(sample_db), "新业态新模式引领新型消费")
    data = dump_policy(sample_db, summary.id)
    assert (data["doc_no"], data["issued_on"]) == ("湛府办〔2022〕32号", "2022-10-22")
    assert (data["start_year"], data["end_year"]) == (2022, 2025)
    assert data["areas"][0]["measures"] == [] and "指导思想" in data["areas"][0]["guiding_text"]
    groups = [g["label"] for a in data["areas"] for g in a["measures"]]
    assert groups[0] == "（三）" and groups[-1] == "（十七）" and "（十三）" in groups
    tasks = _tasks(data)
    assert [t["number"] for t in tasks] == list(range(1, 31))
    assert all(sorted(p["year"] for p in t["plans"]) == [2022, 2023, 2024, 2025] for t in tasks)
    m14 = tasks[13]
    assert m14["text"].startswith("加快布局数字化消费网络。")
    assert _units(m14, "lead") == ["市工业和信息化局"]
    assert _units(m14, "cooperating") == ["中国移动湛江分公司", "中国电信湛江分公司",
                                          "中国联通湛江分公司", "中国铁塔湛江分公司"]
    assert [(p["year"], p["target"]) for p in m14["plans"]] == [
        (2022, 9000), (2023, 12000), (2024, 15000), (2025, 18600)]
    assert tasks[0]["plans"][0]["text"] == "开展红橙电商营销工作。"
    assert _units(tasks[0], "lead") == ["市农业农村局"] and _units(tasks[0], "cooperating") == ["市商务局"]
    assert _units(tasks[9], "lead") == ["市卫生健康局", "市医疗保障局"]
    assert _units(tasks[3], "lead") == ["市商务局", "市工业和信息化局", "市财政局"]
    assert _units(tasks[3], "cooperating") == ["各县（市、区）人民政府（管委会）", "市有关部门"]
    # 市发展改革委 in one row and 市发展改革局 in another are the same unit
    assert "市发展和改革局" in _units(tasks[22], "cooperating")
    assert _units(tasks[20], "lead") == ["市发展和改革局", "市财政局"]
    assert _units(tasks[23], "lead") == ["中国人民银行湛江市中心支行"]


def test_001_ledger_tasks_with_carried_over_units(sample_db):
    summary = _by_title(list_policies(sample_db), "优化营商环境行动工作任务台账")
    data = dump_policy(sample_db, summary.id)
    assert [(a["label"], a["title"]) for a in data["areas"]][:2] == [("（一）", "市场准入"), ("（二）", "办理建筑许可")]
    assert data["areas"][-1]["title"] == "工作展望"
    first_group = data["areas"][0]["measures"][0]
    assert (first_group["label"], first_group["text"]) == ("1.", "深化市场准入准营制度改革")
    tasks = _tasks(data)
    assert [t["number"] for t in tasks] == list(range(1, 473))
    by_number = {t["number"]: t for t in tasks}
    assert by_number[1]["text"].startswith("便利企业分支机构、连锁门店信息变更。大型企业分支机构办理人员")
    assert _units(by_number[1], "lead") == ["市市场监督管理局"]
    assert _units(by_number[1], "responsible") == ["市相关单位", "各县（市、区）人民政府（管委会）"]
    assert _units(by_number[2], "lead") == ["市发展和改革局"]
    assert _units(by_number[2], "responsible") == ["市相关单位"]
    assert _units(by_number[4], "lead") == ["市市场监督管理局"]  # carried over from (3)
    assert _units(by_number[5], "lead") == ["市税务局"]
    assert _units(by_number[7], "responsible") == ["市政务服务数据管理局", "市自然资源局"]
    assert _units(by_number[13], "lead") == ["市自然资源局"]
    assert "市科学技术局" in _units(by_number[13], "responsible")
    assert _units(by_number[37], "lead") == ["市住房和城乡建设局"]
    assert _units(by_number[37], "responsible") == []  # written "/" in the ledger
    assert by_number[472]["text"] == "争取试点，探索开展大企业税收事先裁定。"
    assert all(_units(t, "lead") for t in tasks)
    assert [i["name"] for i in data["indicators"]][:2] == ["市场准入", "办理建筑许可"]


def test_002_gazette_documents(sample_db):
    summaries = list_policies(sample_db)
    report = dump_policy(sample_db, _by_title(summaries, "政府工作报告").id)
    assert report["issued_on"] == "2021-01-29"
    targets = {i["name"]: i for i in report["indicators"]}
    assert len(targets) == 10
    assert (targets["地区生产总值增长"]["target"], targets["地区生产总值增长"]["target_year"]) == (7, 2021)
    assert targets["固定资产投资增长"]["target_text"] == "20%左右"
    assert targets["城镇登记失业率"]["direction"] == "down"
    assert any(g["term"] == "六稳" for g in report["glossary"])
    plan_2021 = [a for a in report["areas"] if "2021" in a["title"]][0]
    assert [g["label"] for g in plan_2021["measures"]][:2] == ["（一）", "（二）"]
    assert plan_2021["measures"][0]["children"][0]["text"].startswith("强化交通枢纽支撑功能")

    reform = dump_policy(sample_db, _by_title(summaries, "证照分离").id)
    assert reform["doc_no"] == "湛府函〔2021〕1号" and reform["issued_on"] == "2021-01-04"
    care = _by_title(summaries, "婴幼儿照护")
    assert (care.doc_no, care.measures) == ("湛府办〔2021〕1号", 12)
    rules = _by_title(summaries, "专精特新")
    assert rules.doc_no == "湛工信发〔2020〕2号"

    stub = [s for s in summaries if s.title == "湛江市教育局关于进一步做好义务教育招生入学工作的通知"]
    assert len(stub) == 1 and stub[0].status == "abolished" and stub[0].doc_no == "湛教〔2015〕86号"
    notice = _by_title(summaries, "关于废止")
    assert dump_policy(sample_db, stub[0].id)["abolished_by"] == notice.id
    from zjtracker.db.models import Policy

    with sample_db.session() as session:
        assert "证照分离" in session.get(Policy, reform["id"]).interpretation


def test_003_indicators_and_chapter_tasks(sample_db):
    summary = _by_title(list_policies(sample_db), "市场监管")
    data = dump_policy(sample_db, summary.id)
    assert (data["start_year"], data["end_year"]) == (2026, 2030)
    indicators = {i["name"]: i for i in data["indicators"]}
    assert len(indicators) == 18
    active = indicators["企业活跃度"]
    assert (active["category"], active["unit"], active["baseline_year"], active["baseline"],
            active["target_year"], active["target"], active["nature"]) == (
        "经营主体", "%", 2025, 70, 2030, 80, "预期性")
    assert (indicators["社会公用计量标准"]["baseline"], indicators["社会公用计量标准"]["target"]) == (334, 359)
    natures = {i["nature"] for i in indicators.values()}
    assert natures == {"预期性", "约束性"}
    chapters = [(a["label"], a["title"]) for a in data["areas"]]
    assert chapters[2] == ("第三章", "重点任务")
    tasks_chapter = data["areas"][2]
    assert tasks_chapter["measures"][0]["text"].startswith("服务全国统一大市场建设")
    first_task = _tasks({"areas": [tasks_chapter]})[0]
    assert first_task["text"].startswith("推行市场快入准营改革。")


def test_004_task_division_with_people_and_deadlines(sample_db):
    summary = _by_title(list_policies(sample_db), "营商环境整治提升年")
    data = dump_policy(sample_db, summary.id)
    assert (data["doc_no"], data["frequency"], data["issued_on"]) == ("湛商务〔2021〕32号", "bimonthly", "2021-03-04")
    assert [(a["label"], a["title"]) for a in data["areas"]][:2] == [("（一）", "获得信贷"), ("（二）", "跨境贸易")]
    tasks = _tasks(data)
    assert len(tasks) == 13
    trade = tasks[1]
    assert trade["text"].startswith("充分发挥国际贸易“单一窗口”")
    assert trade["deadline"] == "2021-09-30"
    assert tasks[2]["deadline"] == "2021-06-30"
    [bureau] = [u for u in trade["units"] if u["role"] == "lead"]
    assert (bureau["name"], bureau["leader"], bureau["section"], bureau["person"]) == (
        "市商务局", "车洁", "港口科", "胡毅")
    assert _units(trade, "cooperating") == ["湛江海关", "市交通运输局", "湛江港（集团）股份有限公司"]
    assert _units(tasks[0], "lead") == ["市金融工作局"]
