"""A filter meeting many nodes is answered policy by policy (services/filter_outline): the
policies holding matches and the number of matches at once, a policy's part when it is
opened. Opened everywhere, it shows exactly the nodes of the complete answer, which is the
plain LIKE's (tests/scale/test_search_index.py), on both engines."""

import pytest

from zjtracker.services import filter_outline, search_index
from zjtracker.services.filter_outline import PolicyOutline, window_nodes
from zjtracker.services.periods import Period
from zjtracker.services.policies.sample import init_sample
from zjtracker.services.tree_filter import TreeFilter, node_path, visible_nodes

PERIOD = Period.parse("2023Q3")
TEXTS = ["营", "市", "营商", "推进", "营商环境", "（", "1", "a", "%", "不存在的文字"]


@pytest.fixture
def sample(database):
    init_sample(database)
    return database


def _same(outline, complete) -> None:
    assert outline.matches == complete.matches
    if not outline.complete:
        outline.prepare_all()
    assert (outline.shown, outline.whole) == (complete.shown, complete.whole)


def test_opened_everywhere_the_outline_shows_what_the_complete_answer_shows(sample, monkeypatch):
    monkeypatch.setattr(filter_outline, "LAZY_ABOVE", 0)
    outlines = 0
    for text in TEXTS:
        complete = visible_nodes(sample, TreeFilter(text=text), PERIOD)
        outline = window_nodes(sample, TreeFilter(text=text), PERIOD)
        if complete.matches:
            outlines += isinstance(outline, PolicyOutline) and not outline.complete
            policies = {key for key in complete.shown if key[0] == "policy"}
            assert {key for key in outline.shown} == policies, text  # at first: the policies alone
        _same(outline, complete)
    assert outlines >= 6


def test_policies_held_by_their_plans_alone_are_found_either_way(sample, monkeypatch):
    """The policies whose plans alone hold the text: looked up plan by plan, or through
    their own plans when many plans are met (both ways give the same policies)."""
    monkeypatch.setattr(filter_outline, "LAZY_ABOVE", 0)
    for per_policy in (0, 10**9):
        monkeypatch.setattr(filter_outline, "PLANS_PER_POLICY", per_policy)
        for text in ("完成", "年", "2023"):
            _same(window_nodes(sample, TreeFilter(text=text), PERIOD), visible_nodes(sample, TreeFilter(text=text), PERIOD))


def test_a_node_asked_about_opens_its_policy(sample, monkeypatch):
    monkeypatch.setattr(filter_outline, "LAZY_ABOVE", 0)
    complete = visible_nodes(sample, TreeFilter(text="营商"), PERIOD)
    deepest = max((key for key in complete.whole if key[0] in ("measure", "plan")),
                  key=lambda key: len(node_path(sample, *key)))
    outline = window_nodes(sample, TreeFilter(text="营商"), PERIOD)
    assert deepest not in outline.shown
    assert deepest in outline  # its policy's part is worked out on the way
    assert ("measure", -1) not in outline


def test_narrowing_filters_and_few_matches_get_the_complete_answer(sample):
    for tree_filter in (TreeFilter(text="营商环境"), TreeFilter(text="营", policy_id=1), TreeFilter(text="营", year=2023),
                        TreeFilter(status="behind")):
        found = window_nodes(sample, tree_filter, PERIOD)
        assert found.complete
        expected = visible_nodes(sample, tree_filter, PERIOD)
        assert (found.shown, found.whole, found.matches) == (expected.shown, expected.whole, expected.matches)


def test_a_policy_part_through_the_index_is_the_like_s(sample, monkeypatch):
    """One and two characters within one policy (on PostgreSQL the index is asked first, in a
    subquery the planner keeps apart) meet the same nodes as the plain LIKE."""
    filters = [TreeFilter(text=text, policy_id=policy) for text in ("营", "营商", "推进", "年") for policy in (1, 2, 3)]
    indexed = [visible_nodes(sample, f, PERIOD) for f in filters]
    monkeypatch.setattr(search_index, "has_index", lambda session, table: False)
    monkeypatch.setattr(search_index, "has_grams", lambda session, table: False)
    for tree_filter, a, b in zip(filters, indexed, [visible_nodes(sample, f, PERIOD) for f in filters]):
        assert (a.shown, a.whole, a.matches) == (b.shown, b.whole, b.matches), tree_filter
    assert sum(a.matches for a in indexed) > 50


def test_counts_from_the_index_are_the_like_s(sample, monkeypatch):
    with sample.session() as session:
        indexed = {(table, text): search_index.count(session, table, text)
                   for table in ("measures", "yearly_plans") for text in TEXTS}
    monkeypatch.setattr(search_index, "has_index", lambda session, table: False)
    monkeypatch.setattr(search_index, "has_grams", lambda session, table: False)
    with sample.session() as session:
        for (table, text), count in indexed.items():
            assert search_index.count(session, table, text) == count, (table, text)
    assert indexed[("yearly_plans", "营")] > 0
