"""The history of one tree node, in words, newest first: labels, field names, old → new,
who, where, when (local time) and the source in Chinese."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from tests.change_log.conftest import measure_of, plan_of, policy_by_title
from tests.returns.conftest import PERIOD, TEXTS, ledger_book, save
from zjtracker.db.models import ProgressReport
from zjtracker.importing.model import ParsedIndicator, ParsedPolicy, ParseResult
from zjtracker.services.structure import edits as structure
from zjtracker.services.history.batches import apply_return, undo_batch
from zjtracker.services.history.change_log import history_of
from zjtracker.services.indicators import set_actual
from zjtracker.services.policies.importer import store_result
from zjtracker.services.progress import load_progress, save_progress, with_values
from zjtracker.services.returns.preview import preview_return


def typed(database, plan_id, period="2025Q3", **values):
    return save_progress(database, with_values(load_progress(database, plan_id, period), **values))


def test_plan_history_reads_as_words(database, policy_id, as_user):
    plan_id = plan_of(database, "二、", 1)
    as_user("wang", "PC-WANG")
    before = datetime.now() - timedelta(seconds=5)
    typed(database, plan_id, status_text="已完成调研。", percent=30.0)
    typed(database, plan_id, status_text="已出台方案。", percent=60.0)
    entries = history_of(database, "plan", plan_id)
    assert [(e.field_name, e.old, e.new) for e in entries] == [
        ("完成进度", "30%", "60%"), ("落实情况", "已完成调研。", "已出台方案。"),
        ("完成进度", "", "30%"), ("落实情况", "", "已完成调研。")]
    first = entries[0]
    assert first.label == "（1）压缩企业纳税时间… / 2025年 / 2025年第三季度"
    assert (first.user, first.machine, first.source_name, first.kind_name) == ("wang", "PC-WANG", "手工录入", "进展")
    assert before <= first.at <= datetime.now() + timedelta(seconds=5)  # local time
    assert first.description.startswith("（1）压缩企业纳税时间") and "完成进度：30% → 60%" in first.description
    assert (first.node_kind, first.node_id) == ("plan", plan_id)
    assert first.policy == "湛江市测试营商环境行动方案"


def test_measure_history_holds_its_fields_units_plans_and_progress(database, policy_id):
    measure_id, plan_id = measure_of(database, "二、", 4), plan_of(database, "二、", 4, 2024)
    other = plan_of(database, "二、", 1)
    structure.update_measure(database, measure_id, text="清理规范口岸收费。")
    structure.set_units(database, measure_id, [("市商务局", "lead")])
    structure.update_plan(database, plan_id, text="完成清理。")
    typed(database, plan_id, "2024Q4", remarks="备注一")
    typed(database, other, problems="别的措施")  # not this measure's
    entries = history_of(database, "measure", measure_id)
    assert [(e.kind_name, e.field_name, e.new) for e in entries] == [
        ("进展", "备注", "备注一"), ("年度计划", "计划内容", "完成清理。"),
        ("责任单位", "责任单位", "市商务局（牵头）"), ("措施", "内容", "清理规范口岸收费。")]
    assert entries[0].label.endswith("/ 2024年 / 2024年第四季度")
    assert entries[2].old == "市发展和改革局（牵头）" and entries[2].node_kind == "measure"


def test_policy_area_and_indicator_histories(database, policy_id):
    area_id = structure.add_area(database, policy_id, "三、", "保障措施")
    structure.update_area(database, area_id, guiding_text="加强组织领导。")
    policy = history_of(database, "policy", policy_id)
    assert [(e.field_name, e.old, e.new, e.source_name) for e in policy] == [
        ("指导性内容", "", "加强组织领导。", "手工录入"), ("新建", "", "三、保障措施", "手工录入"),
        ("导入", "", "湛江市测试营商环境行动方案", "导入（方案.txt）")]
    area = history_of(database, "area", area_id)
    assert [e.field for e in area] == ["guiding_text", "created"]
    store_result(database, ParseResult(source="指标.txt", policies=[ParsedPolicy(
        title="指标方案", indicators=[ParsedIndicator("研发投入强度", unit="%", target_value=3.0)])]), "i")
    indicators_of = policy_by_title(database, "指标方案")
    from zjtracker.services.indicators import policy_indicators

    [indicator] = policy_indicators(database, indicators_of)
    set_actual(database, indicator.id, 2024, 2.6)
    [entry] = history_of(database, "indicator", indicator.id)
    assert (entry.label, entry.field_name, entry.old, entry.new) == ("研发投入强度", "2024年实际值", "", "2.6")
    assert history_of(database, "indicators", indicators_of) == [entry]
    assert history_of(database, "indicators", policy_id) == []


def test_undo_of_a_delete_and_a_reused_id_keep_histories_apart(database, policy_id):
    area_id = structure.parent_of(database, "measure", measure_of(database, "二、", 1))[1]
    first = structure.add_measure(database, area_id, None, "（5）", "第一次新增")
    structure.delete_node(database, "measure", first, source="undo")  # the add undone
    second = structure.add_measure(database, area_id, None, "（5）", "第二次新增")
    if database.engine.dialect.name == "sqlite":
        assert second == first  # SQLite hands the freed id out again
    entries = history_of(database, "measure", second)
    assert [(e.field_name, e.new, e.label) for e in entries] == [("新建", "（5）第二次新增", "（5）第二次新增")]
    area = history_of(database, "area", area_id)
    assert [(e.field, e.label) for e in area if "新增" in e.old + e.new] == [("created", "（5）第二次新增")]


def returned(database, tmp_path, percent):
    book = ledger_book([["二、纳税服务", None, None, "（2）", TEXTS[("二", 2)], "新建的进展。", None, None,
                         percent, None, None]])
    path = save(book, tmp_path / f"市商务局-{percent}.xlsx")
    return apply_return(database, preview_return(database, path, PERIOD)).batch_id


def test_a_progress_removed_by_undo_stays_in_its_plans_history(database, policy_id, tmp_path):
    plan_id, other = plan_of(database, "二、", 2), plan_of(database, "一、", 3)
    batch_id = returned(database, tmp_path, 30)
    undo_batch(database, batch_id)
    typed(database, other, status_text="另一计划的进展")  # SQLite may give it the removed report's id
    entries = history_of(database, "plan", plan_id)
    assert [(e.field_name, e.source, e.old, e.new) for e in entries] == [
        ("删除进展", "undo", "2025年第三季度", ""),
        ("完成进度", "undo", "30%", ""), ("落实情况", "undo", "新建的进展。", ""),
        ("完成进度", "import", "", "30%"), ("落实情况", "import", "", "新建的进展。")]
    assert entries[1].label.endswith("/ 2025年 / 2025年第三季度（已删除）")
    assert entries[3].source_name == "导入（市商务局-30.xlsx）" and entries[1].source_name == "撤销（市商务局-30.xlsx）"
    [mine] = history_of(database, "plan", other)
    assert (mine.field_name, mine.new, mine.node_id) == ("落实情况", "另一计划的进展", other)
    with database.session() as session:
        assert session.scalar(select(ProgressReport.plan_id)) == other
