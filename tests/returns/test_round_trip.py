"""Export → fill in (openpyxl, as a colleague would) → import: exactly the filled cells
change; the three-way merge keeps what only the database changed and stops at conflicts."""

import pytest

from tests.returns.conftest import PERIOD, dump_all, fill, plan_of, progress, unit_id
from zjtracker.services.history.batches import apply_return
from zjtracker.services.periods import Period
from zjtracker.services.progress import load_progress, save_progress, with_values
from zjtracker.services.returns.export import export_template
from zjtracker.services.returns.model import OURS, THEIRS, Selection
from zjtracker.services.returns.preview import preview_return
from zjtracker.services.returns.store import ReturnOutdated


def saved(database, area, number, period="2025Q3", **values):
    plan_id = plan_of(database, area, number)
    return save_progress(database, with_values(load_progress(database, plan_id, period), **values))


@pytest.fixture
def sent(database, policy_id, tmp_path):
    """Stored progress for two of 市商务局's measures, then its workbook exported."""
    saved(database, "一、", 1, status_text="已开会。", percent=30.0, assessment="序时推进")
    saved(database, "一、", 2, status_text="排查中。", problems="人手少", percent=50.0)
    return export_template(database, policy_id, PERIOD, unit_id(database, "市商务局"), tmp_path / "商务局.xlsx")


def test_round_trip_changes_exactly_the_filled_cells(database, sent, tmp_path):
    before = {key: progress(database, *key) for key in (("一、", 1), ("一、", 2), ("一、", 3), ("二、", 2))}
    path = fill(sent.path, {
        "一、/（1）": {"完成进度（%）": 60, "评估情况": "序时推进"},  # 评估情况 as sent: unchanged
        "一、/（2）": {"存在问题": None, "备注": "=补充说明"},  # a cleared cell means no change
        "二、/（2）": {"落实情况": "退税提速。", "完成进度（%）": "70%"},
    })
    preview = preview_return(database, path, PERIOD)
    assert preview.kind == "stamped" and preview.unit_name == "市商务局" and preview.conflicts == []
    assert preview.sent_workbook_id == sent.sent_id
    assert {(r.task, c.field) for r in preview.rows for c in r.changes} == {
        ("1", "percent"), ("2", "remarks"), ("2", "status_text"), ("2", "percent")}
    result = apply_return(database, preview)
    assert (result.updated_rows, result.updated_cells, result.conflicts_open) == (3, 4, 0)
    after = {key: progress(database, *key) for key in before}
    assert after[("一、", 1)] == {**before[("一、", 1)], "percent": 60.0, "version": 2}
    assert after[("一、", 2)] == {**before[("一、", 2)], "remarks": "=补充说明", "version": 2}
    assert after[("一、", 3)] is None
    assert after[("二、", 2)] == {"status_text": "退税提速。", "problems": "", "suggestions": "", "percent": 70.0,
                                 "assessment": "", "remarks": "", "version": 1}


def test_database_changes_after_export_are_kept_and_clashes_are_conflicts(database, sent, tmp_path):
    saved(database, "一、", 1, status_text="领导批示后已加快。", percent=45.0, assessment="序时推进")
    saved(database, "一、", 2, status_text="排查中。", problems="人手少", percent=50.0, remarks="电话补报")
    path = fill(sent.path, {
        "一、/（1）": {"完成进度（%）": 60},  # both changed 完成进度: conflict
        "一、/（2）": {"存在问题的意见建议": "请求增派人员"},  # only the colleague changed it
    })
    preview = preview_return(database, path, PERIOD)
    [(row, conflict)] = preview.conflicts
    assert (row.task, conflict.field, conflict.base, conflict.ours, conflict.theirs) == ("1", "percent", 30.0, 45.0, 60.0)
    assert "第 5 行“完成进度（%）”列" in conflict.message and "45%" in conflict.message
    # the stored 落实情况 of (1) changed only in the database: not touched by the return
    assert [c.field for c in preview.row(row.key).changes] == []
    result = apply_return(database, preview)
    assert result.conflicts_open == 1
    assert progress(database, "一、", 1)["percent"] == 45.0
    assert progress(database, "一、", 1)["status_text"] == "领导批示后已加快。"
    assert progress(database, "一、", 2)["suggestions"] == "请求增派人员"
    assert progress(database, "一、", 2)["remarks"] == "电话补报"


@pytest.mark.parametrize("choice, expected", [(THEIRS, 60.0), (OURS, 45.0)])
def test_conflicts_are_resolved_cell_by_cell(database, sent, choice, expected):
    saved(database, "一、", 1, status_text="已开会。", percent=45.0, assessment="序时推进")
    path = fill(sent.path, {"一、/（1）": {"完成进度（%）": 60, "落实情况": "已全面铺开。"}})
    preview = preview_return(database, path, PERIOD)
    key = preview.rows[0].key
    result = apply_return(database, preview, Selection(resolutions={(key, "percent"): choice}))
    assert result.conflicts_open == 0 and (result.conflicts_taken, result.conflicts_kept) == (
        (1, 0) if choice == THEIRS else (0, 1))
    assert progress(database, "一、", 1)["percent"] == expected
    assert progress(database, "一、", 1)["status_text"] == "已全面铺开。"


def test_selection_applies_some_rows_or_cells_or_nothing(database, sent):
    path = fill(sent.path, {"一、/（1）": {"完成进度（%）": 60, "备注": "甲"}, "二、/（2）": {"落实情况": "乙"}})
    preview = preview_return(database, path, PERIOD)
    first = preview.rows[0].key
    result = apply_return(database, preview, Selection(cells={(first, "remarks")}))
    assert (result.updated_cells, result.skipped_cells) == (1, 2)
    assert progress(database, "一、", 1)["remarks"] == "甲" and progress(database, "一、", 1)["percent"] == 30.0
    assert progress(database, "二、", 2) is None
    before = dump_all(database)
    preview = preview_return(database, path, PERIOD)
    nothing = apply_return(database, preview, Selection.nothing())
    assert nothing.updated_cells == 0
    after = dump_all(database)
    assert {k: v for k, v in after.items() if k != "import_batches"} == \
        {k: v for k, v in before.items() if k != "import_batches"}


def test_stale_preview_applies_nothing(database, sent):
    path = fill(sent.path, {"一、/（1）": {"备注": "甲"}, "一、/（2）": {"备注": "乙"}})
    preview = preview_return(database, path, PERIOD)
    saved(database, "一、", 2, status_text="排查中。", problems="人手少", percent=55.0)
    before = dump_all(database)
    with pytest.raises(ReturnOutdated):
        apply_return(database, preview)
    assert dump_all(database) == before


def test_carried_over_values_count_as_this_periods_return(database, policy_id, tmp_path):
    saved(database, "二、", 2, period="2025Q2", status_text="二季度进展", percent=30.0)
    done = export_template(database, policy_id, PERIOD, unit_id(database, "市商务局"), tmp_path / "t.xlsx")
    path = fill(done.path, {"二、/（2）": {"完成进度（%）": 55}})
    preview = preview_return(database, path, PERIOD)
    changes = {c.field: c for c in preview.rows[3].changes}
    assert changes["status_text"].carried and not changes["percent"].carried
    apply_return(database, preview)
    assert progress(database, "二、", 2)["status_text"] == "二季度进展"
    assert progress(database, "二、", 2)["percent"] == 55.0


def test_wrong_period_wrong_unit_wrong_policy_are_refused(database, sent):
    path = fill(sent.path, {"一、/（1）": {"备注": "甲"}})
    other = sent_policy_other(database)
    before = dump_all(database)
    wrong_period = preview_return(database, path, Period.parse("2025Q4"))
    assert wrong_period.refused.reason == "wrong_period"
    assert "2025年第三季度" in wrong_period.refused.message and "2025年第四季度" in wrong_period.refused.message
    wrong_unit = preview_return(database, path, PERIOD, unit_id=unit_id(database, "市税务局"))
    assert wrong_unit.refused.reason == "wrong_unit" and "市商务局" in wrong_unit.refused.message
    wrong_policy = preview_return(database, path, PERIOD, policy_id=other)
    assert wrong_policy.refused.reason == "wrong_ledger"
    with pytest.raises(Exception):
        apply_return(database, wrong_period)
    assert dump_all(database) == before


def sent_policy_other(database):
    from tests.returns.conftest import test_policy
    from zjtracker.importing.model import ParseResult
    from zjtracker.services.policies.importer import store_result

    [other] = store_result(database, ParseResult(source="o.txt", policies=[test_policy("另一项政策")]), "o")
    return other


def test_same_file_twice_is_noticed(database, sent):
    path = fill(sent.path, {"一、/（1）": {"备注": "甲"}})
    first = preview_return(database, path, PERIOD)
    assert first.earlier_imports == [] and not first.already_imported
    batch = apply_return(database, first).batch_id
    again = preview_return(database, path, PERIOD)
    assert again.already_imported and again.earlier_imports[0].batch_id == batch
    assert again.updated_rows == []  # nothing left to change


def test_file_named_for_another_unit_is_flagged_and_the_stamp_can_be_peeked(database, sent, tmp_path):
    from zjtracker.services.returns.preview import return_stamp

    path = fill(sent.path, {"一、/（1）": {"备注": "甲"}}, tmp_path / "市税务局三季度报送.xlsx")
    preview = preview_return(database, path, PERIOD)
    assert [w.reason for w in preview.warnings] == ["unit_differs"] and "市商务局" in preview.warnings[0].message
    assert preview.unit_name == "市商务局"
    stamp = return_stamp(path)
    assert (stamp.unit_name, stamp.period, stamp.policy_id) == ("市商务局", "2025Q3", preview.policy_id)


def test_inserted_row_is_rejected_and_the_others_still_match(database, sent, tmp_path):
    from openpyxl import load_workbook

    book = load_workbook(sent.path)
    sheet = book["报送表"]
    sheet.protection.sheet = False  # a colleague who unprotects the sheet and inserts a row
    sheet.insert_rows(6)
    sheet["E6"], sheet["H6"] = "（9）", "自己加的一行"
    sheet["H7"] = "第二项的新进展"  # the row of （2）, one lower now
    book.save(tmp_path / "inserted.xlsx")
    preview = preview_return(database, tmp_path / "inserted.xlsx", PERIOD)
    assert [(i.row, i.reason) for i in preview.rejected] == [(6, "unknown_task")]
    apply_return(database, preview)
    assert progress(database, "一、", 2)["status_text"] == "第二项的新进展"


def test_without_the_key_column_rows_are_matched_by_position(database, sent, tmp_path):
    from openpyxl import load_workbook

    book = load_workbook(sent.path)
    sheet = book["报送表"]
    sheet.protection.sheet = False
    sheet.delete_cols(14)  # the hidden 行标识 column
    sheet["M6"] = "按行号对应"
    book.save(tmp_path / "nokey.xlsx")
    preview = preview_return(database, tmp_path / "nokey.xlsx", PERIOD)
    assert preview.rejected == [] and [r.task for r in preview.updated_rows] == ["2"]
    apply_return(database, preview)
    assert progress(database, "一、", 2)["remarks"] == "按行号对应"


def test_a_copy_without_the_stamp_is_read_as_a_ledger(database, sent, tmp_path):
    from openpyxl import load_workbook

    path = fill(sent.path, {"一、/（1）": {"完成进度（%）": 35}, "二、/（2）": {"落实情况": "复制后填写"}})
    book = load_workbook(path)
    book.remove(book["zjtracker_stamp"])
    book.save(tmp_path / "copy.xlsx")
    preview = preview_return(database, tmp_path / "copy.xlsx", PERIOD)
    assert preview.kind == "ledger" and preview.rejected == []
    changes = {(r.task, c.field): c for r in preview.rows for c in r.changes}
    assert set(changes) == {("1", "percent"), ("2", "status_text")}
    assert changes[("1", "percent")].overwrites and not changes[("2", "status_text")].overwrites
    apply_return(database, preview)
    assert progress(database, "一、", 1)["percent"] == 35.0
    assert progress(database, "二、", 2)["status_text"] == "复制后填写"
