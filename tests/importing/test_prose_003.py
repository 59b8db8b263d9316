import pytest

from zjtracker.importing.structure.prose import parse_policy_document

from ._seeds import seed_text


@pytest.fixture(scope="module")
def policy():
    return parse_policy_document(seed_text("003"), "003_44c2bc077446d5eb.txt")


def test_metadata(policy):
    assert policy.title == "湛江市市场监管高质量发展“十五五”规划"
    assert (policy.start_year, policy.end_year) == (2026, 2030)
    assert policy.doc_no == "" and policy.issued_on is None


def test_chapters_are_areas(policy):
    assert [(a.label, a.title) for a in policy.areas] == [
        ("第一章", "规划背景"), ("第二章", "总体要求"), ("第三章", "重点任务"), ("第四章", "保障措施")]
    background, requirements, tasks, safeguards = policy.areas
    assert background.measures == [] and "市场准入环境持续优化。" in background.guiding_text
    assert requirements.measures == [] and "——坚持党的领导。" in requirements.guiding_text
    assert "湛江市“十五五”市场监管主要指标表" not in requirements.guiding_text
    assert safeguards.measures == []
    assert safeguards.guiding_text.startswith("（一）加强组织领导。始终把党的领导贯穿于规划实施全过程")
    assert tasks.line == 226


def test_sections_groups_and_tasks(policy):
    sections = policy.areas[2].measures
    assert [(s.label, s.text) for s in sections] == [
        ("一、", "服务全国统一大市场建设"), ("二、", "推进质量强市战略和知识产权强市战略"),
        ("三、", "全面提升市场监管效能"), ("四、", "着力构建市场领域新安全格局"),
        ("五、", "全面强化市场监管高能级支撑")]
    assert [len(s.children) for s in sections] == [3, 3, 3, 4, 5]
    first_group = sections[0].children[0]
    assert (first_group.label, first_group.text, first_group.line) == ("（一）", "优化准入环境", 229)
    tasks = [m for m in policy.iter_measures() if not m.children]
    assert len(tasks) == 71
    assert [t.number for t in tasks] == list(range(1, 72))
    assert all(t.label == "" for t in tasks)
    assert tasks[0].text.startswith("推行市场快入准营改革。在食品、药品等领域探索“先证后查”模式")
    assert tasks[0].line == 231
    assert [t.text.split("。")[0] for t in first_group.children] == [
        "推行市场快入准营改革", "规范登记服务", "提升商事登记导办服务智能化水平", "推行简易注销改革",
        "建立企业运行服务协调工作机制", "构建高质量经营主体培育体系"]
    # a paragraph whose line ends without 。 is not swallowed by the next one
    quality = sections[3].children[2]
    assert quality.text == "加强工业产品质量安全监管"
    assert [t.text.split("。")[0] for t in quality.children] == [
        "加强工业产品风险防控", "开展工业产品质量分级管理", "加大流通领域监督抽查力度"]
    assert tasks[-1].text.startswith("深化市场监管对外合作交流。")
    assert tasks[-1].text.endswith("帮助我市企业积极应对国外技术性贸易壁垒。")


def test_drafting_note_and_column_are_left_out(policy):
    texts = [m.text for m in policy.iter_measures()]
    assert not any("起草过程" in t or "建设客服智能体" in t for t in texts)
    assert [w.code for w in policy.warnings] == ["body_end"]
    assert policy.warnings[0].line == 417


def test_indicators(policy):
    assert len(policy.indicators) == 18
    names = [i.name for i in policy.indicators]
    assert names[0] == "企业活跃度" and names[-1] == "特种设备重大隐患按期整改率"
    assert {i.category for i in policy.indicators} == {"经营主体", "质量发展", "知识产权", "市场秩序",
                                                       "安全监管"}
    assert all(i.baseline_year == 2025 and i.target_year == 2030 for i in policy.indicators)
