"""Control characters typed or pasted into the filter bar (a NUL, which PostgreSQL refuses
in any string; a line break, a tab) are not text to look for: the filter finds what the
rest of the text finds and never raises (SQLite and PostgreSQL)."""

import pytest

from tests.services.factories import result_of, small_policy
from zjtracker.services.periods import Period
from zjtracker.services.policies.importer import store_result
from zjtracker.services.tree_filter import TreeFilter, visible_nodes

PERIOD = Period.parse("2024Q3")


@pytest.mark.parametrize("typed", ["第二\x00项", "\x00第二项\n", "第\t二项\x1f", "第二项\r\n\x7f"])
def test_control_characters_in_the_filter_are_left_out(database, typed):
    store_result(database, result_of(small_policy()), "s")
    plain = visible_nodes(database, TreeFilter(text="第二项"), PERIOD)
    found = visible_nodes(database, TreeFilter(text=typed), PERIOD)
    assert plain.matches == 1 and (found.shown, found.whole, found.matches) == (plain.shown, plain.whole, 1)


@pytest.mark.parametrize("typed", ["\x00", "\x00\x00\n", "\x1f"])
def test_only_control_characters_is_no_filter(database, typed):
    store_result(database, result_of(small_policy()), "s")
    assert not TreeFilter(text=typed).active
    assert visible_nodes(database, TreeFilter(text=typed), PERIOD) is None
    by_policy = visible_nodes(database, TreeFilter(text=typed, policy_id=1), PERIOD)
    assert by_policy.matches == 1 and ("policy", 1) in by_policy.whole


def test_short_and_long_text_with_a_nul_through_the_index(database):
    """One or two characters go through the index's terms, three or more through a phrase
    (SQLite); PostgreSQL's LIKE: a NUL among them changes nothing."""
    store_result(database, result_of(small_policy()), "s")
    for text in ("二", "第二", "第一项任务", "市测试实施"):
        plain = visible_nodes(database, TreeFilter(text=text), PERIOD)
        assert plain.matches >= 1
        with_nul = visible_nodes(database, TreeFilter(text="\x00".join(text) + "\x00"), PERIOD)
        assert (with_nul.shown, with_nul.matches) == (plain.shown, plain.matches), text


def test_the_change_log_filter_leaves_them_out_too(database):
    from sqlalchemy import select

    from zjtracker.db.models import YearlyPlan
    from zjtracker.services.history.change_log import LogFilter, count_log, search_log
    from zjtracker.services.progress import load_progress, save_progress, with_values

    store_result(database, result_of(small_policy()), "s")
    with database.session() as session:
        plan_id = session.scalar(select(YearlyPlan.id).where(YearlyPlan.text == "完成一半。"))
    save_progress(database, with_values(load_progress(database, plan_id, "2024Q3"), status_text="已召开推进会。"))
    [plain] = search_log(database, LogFilter(text="推进会"))
    assert plain.new == "已召开推进会。"
    found = search_log(database, LogFilter(text="推进\x00会\n"))
    assert [(e.field, e.new) for e in found] == [(plain.field, plain.new)]
    assert count_log(database, LogFilter(text="\x00")) == count_log(database, LogFilter())
