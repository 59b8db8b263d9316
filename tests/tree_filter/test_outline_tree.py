"""The tree over a filter answered policy by policy: opening every level shows the same rows
as over the complete answer, and the policies read once are kept while only the filter
changes (read again on a reload)."""

from PySide6.QtCore import QModelIndex

from zjtracker.services import filter_outline
from zjtracker.services.filter_outline import window_nodes
from zjtracker.services.periods import Period
from zjtracker.services.policies.sample import init_sample
from zjtracker.services.tree_filter import TreeFilter, visible_nodes
from zjtracker.ui.tree import model as tree_model
from zjtracker.ui.tree.model import PolicyTreeModel
from zjtracker.ui.tree.roles import Role

PERIOD = Period.parse("2023Q3")


def _rows(model, parent=None, depth=0) -> list[tuple]:
    parent = parent or QModelIndex()
    if model.canFetchMore(parent):
        model.fetchMore(parent)
    found = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        found.append((depth, index.data(Role.KIND), index.data(Role.NODE_ID), index.data()))
        found += _rows(model, index, depth + 1)
    return found


def test_every_level_opened_shows_the_rows_of_the_complete_answer(qtbot, database, monkeypatch):
    init_sample(database)
    monkeypatch.setattr(filter_outline, "LAZY_ABOVE", 0)
    model = PolicyTreeModel(database)
    model.set_period(PERIOD)
    for text in ("营商", "推进"):
        outline = window_nodes(database, TreeFilter(text=text), PERIOD)
        assert not outline.complete
        model.set_visible(outline, keep_loaded=True)
        lazily = _rows(model)
        model.set_visible(visible_nodes(database, TreeFilter(text=text), PERIOD), keep_loaded=True)
        assert _rows(model) == lazily and len(lazily) > 20, text


def test_the_policies_are_read_once_while_only_the_filter_changes(qtbot, database, monkeypatch):
    init_sample(database)
    model = PolicyTreeModel(database)
    model.set_period(PERIOD)
    _rows(model)
    reads = []
    real = tree_model.load_children_many
    monkeypatch.setattr(tree_model, "load_children_many",
                        lambda database, parents, period: reads.append(list(parents)) or real(database, parents, period))
    model.set_visible(visible_nodes(database, TreeFilter(text="营商环境"), PERIOD), keep_loaded=True)
    model.fetchMore(QModelIndex())
    assert not any(("root", 0) in parents for parents in reads)
    model.set_visible(None)  # a reload (F5, an import): read again
    model.fetchMore(QModelIndex())
    assert any(("root", 0) in parents for parents in reads)
