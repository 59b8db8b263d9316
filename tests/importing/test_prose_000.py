from datetime import date

import pytest

from zjtracker.importing.structure.prose import parse_policy_document

from ._seeds import seed_text


@pytest.fixture(scope="module")
def policy():
    return parse_policy_document(seed_text("000"), "000_84cdd3e845ddc2ba.txt")


def leaves(policy):
    return [m for m in policy.iter_measures() if not m.children]


def by_label(policy, label):
    (found,) = [m for m in policy.iter_measures() if m.label == label]
    return found


def test_metadata(policy):
    assert policy.title == "湛江市以新业态新模式引领新型消费加快发展的实施方案"
    assert policy.doc_no == "湛府办〔2022〕32号"
    assert policy.issuer == "湛江市人民政府办公室"
    assert policy.issued_on == date(2022, 10, 22)
    assert (policy.start_year, policy.end_year) == (2022, 2025)
    assert policy.frequency == "quarterly"  # the text names no other frequency
    assert policy.kind == "plan"
    assert policy.text.startswith("\n\n湛江市人民政府办公室文件")


def test_areas(policy):
    assert [(a.label, a.title) for a in policy.areas] == [
        ("一、", "总体要求"), ("二、", "促进线上线下消费有机融合"), ("三、", "加快新型消费基础设施和载体建设"),
        ("四、", "完善新型消费发展保障机制"), ("五、", "优化提升新型消费发展环境")]
    first = policy.areas[0]
    assert first.measures == []
    assert first.guiding_text.startswith("（一）指导思想。以习近平新时代中国特色社会主义思想为指导")
    assert "（二）主要目标。到2025年，我市新型消费供给体系建立健全" in first.guiding_text
    assert policy.areas[1].line == 27


def test_groups(policy):
    groups = [m for m in policy.iter_measures() if m.children]
    assert [g.number for g in groups] == list(range(3, 18))
    assert groups[0].label == "（三）" and groups[0].text == "推动电商消费线上线下加速融合"
    assert by_label(policy, "（十三）").text == "进一步加强财税金融政策支持"  # "(十三) " half-width
    assert by_label(policy, "（十一）").text == "支持充电桩（站）建设"
    assert [m.number for m in by_label(policy, "（十四）").children] == [23, 24, 25, 26]
    assert [len(g.children) for g in policy.areas[1].measures] == [5, 2, 1, 3]


def test_measures(policy):
    measures = leaves(policy)
    assert [m.number for m in measures] == list(range(1, 31))
    assert [m.label for m in measures[:2]] == ["1.", "2."]
    m9 = by_label(policy, "9.")
    # wrapped across a blank line in the source ("在二级" / "及以上医院")
    assert "在二级及以上医院普遍开展以数据为核心的智慧医院建设" in m9.text
    assert m9.line == 53
    m14 = by_label(policy, "14.")
    assert m14.text.startswith("加快布局数字化消费网络。大力推进5G网络建设")
    assert m14.text.endswith("全市累计建成5G基站超1.86万个，实现主要城区、县城、产业园及乡镇镇区5G网络全覆盖。")
    assert by_label(policy, "30.").text.endswith("协助省做好全市消费品市场运行情况监测工作。")
    assert "各县（市、区）、各部门要" not in by_label(policy, "30.").text


def test_plans_and_units(policy):
    measures = leaves(policy)
    assert sum(len(m.plans) for m in measures) == 120
    assert all([p.year for p in m.plans] == [2022, 2023, 2024, 2025] for m in measures)
    m14 = by_label(policy, "14.")
    assert [(p.year, p.target) for p in m14.plans] == [
        (2022, 9000), (2023, 12000), (2024, 15000), (2025, 18600)]
    assert [(u.name, u.role) for u in m14.units] == [
        ("市工业和信息化局", "lead"), ("中国移动湛江分公司", "cooperating"),
        ("中国电信湛江分公司", "cooperating"), ("中国联通湛江分公司", "cooperating"),
        ("中国铁塔湛江分公司", "cooperating")]
    m1 = by_label(policy, "1.")
    assert m1.plans[0].text == "开展红橙电商营销工作。"
    assert [(u.name, u.role) for u in m1.units] == [("市农业农村局", "lead"), ("市商务局", "cooperating")]
    m11 = by_label(policy, "11.")
    assert [p.target for p in m11.plans] == [3, 10, 15, 20]
    m10 = by_label(policy, "10.")
    assert [u.name for u in m10.units if u.role == "lead"] == ["市卫生健康局", "市医疗保障局"]
    m22 = by_label(policy, "22.")
    assert all(p.target is None for p in m22.plans)  # quarterly figures compete
    m30 = by_label(policy, "30.")
    assert m30.plans[3].text == "积极做好我市网络零售额及重点网络零售企业统计监测工作。"


def test_warnings(policy):
    # Measure 28's text in the appendix differs from the body: the clerk is told.
    assert [(w.code, w.line) for w in policy.warnings] == [("text_mismatch", 199)]
    assert all(w.message for w in policy.warnings)
