from zjtracker.services.policies.importer import store_result
from zjtracker.ui.tree.model import PolicyTreeModel, Role

from tests.services.factories import result_of, small_policy


def _expand_all(model, parent=None):
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    if model.canFetchMore(parent):
        model.fetchMore(parent)
    for row in range(model.rowCount(parent)):
        _expand_all(model, model.index(row, 0, parent))


def test_model_passes_qtmodeltester(qtmodeltester, tmp_path):
    from zjtracker.db import open_database

    database = open_database(tmp_path / "t.db")
    store_result(database, result_of(small_policy(), small_policy("第二项政策", "")), "s")
    model = PolicyTreeModel(database)
    qtmodeltester.check(model, force_py=True)
    _expand_all(model)
    qtmodeltester.check(model, force_py=True)
    database.dispose()


def test_tree_loads_lazily_and_shows_labels(qtbot, tmp_path):
    from PySide6.QtCore import QModelIndex, Qt

    from zjtracker.db import open_database

    database = open_database(tmp_path / "t.db")
    store_result(database, result_of(small_policy()), "s")
    model = PolicyTreeModel(database)
    root = QModelIndex()
    assert model.rowCount(root) == 0 and model.canFetchMore(root)
    model.fetchMore(root)
    policy = model.index(0, 0, root)
    assert policy.data(Role.KIND) == "policy"
    assert "湛江市测试实施方案" in policy.data(Qt.ItemDataRole.DisplayRole)
    assert model.rowCount(policy) == 0 and model.hasChildren(policy)  # not fetched yet
    model.fetchMore(policy)
    areas = [model.index(r, 0, policy).data() for r in range(model.rowCount(policy))]
    assert areas[:2] == ["一、 总体要求", "二、 重点任务"]
    assert areas[2].startswith(("Main indicators", "主要指标"))  # the policy's indicator table
    tasks_area = model.index(1, 0, policy)
    assert not model.hasChildren(model.index(0, 0, policy))
    model.fetchMore(tasks_area)
    group = model.index(0, 0, tasks_area)
    model.fetchMore(group)
    task = model.index(0, 0, group)
    assert task.data() == "1. 推进第一项任务"
    model.fetchMore(task)
    assert [model.index(r, 0, task).data() for r in range(2)] == ["2024年 完成一半", "2025年 全部完成"]
    database.dispose()


def test_model_with_statuses_and_a_filter_passes_qtmodeltester(qtmodeltester, tmp_path):
    from zjtracker.db import open_database
    from zjtracker.services.periods import Period
    from zjtracker.services.tree_filter import TreeFilter, visible_nodes

    database = open_database(tmp_path / "t.db")
    store_result(database, result_of(small_policy(), small_policy("另一项政策", "")), "s")
    model = PolicyTreeModel(database)
    model.set_period(Period.parse("2024Q3"))
    model.set_visible(visible_nodes(database, TreeFilter(text="第二项"), model.period))
    _expand_all(model)
    qtmodeltester.check(model, force_py=True)
    statuses = []

    def collect(parent):
        from PySide6.QtCore import QModelIndex

        for row in range(model.rowCount(parent or QModelIndex())):
            index = model.index(row, 0, parent or QModelIndex())
            if index.data(Role.STATUS):
                statuses.append((index.data(Role.LABEL), index.data(Role.STATUS)))
            collect(index)

    collect(None)
    # each policy: the matching task 2. and its plan of 2024 (2025 has no status in 2024Q3)
    assert statuses == [("2.", "未报送"), ("2024年", "未报送")] * 2
    database.dispose()


def test_the_roles_start_at_qts_user_role():
    from PySide6.QtCore import Qt

    from zjtracker.ui.tree.roles import USER_ROLE, Role

    assert USER_ROLE == Qt.ItemDataRole.UserRole
    assert min(Role) == Qt.ItemDataRole.UserRole + 1
