from zjtracker.ui.app import open_main_window


def test_first_start_loads_the_sample_into_the_tree(qtbot, tmp_path):
    window = open_main_window(str(tmp_path / "首次 启动.db"))
    qtbot.addWidget(window)
    model = window.model
    qtbot.waitUntil(lambda: model.rowCount() >= 10, timeout=60000)  # the view fetches the root
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert any("新业态新模式引领新型消费" in t for t in titles)
    assert any("营商环境行动工作任务台账" in t for t in titles)
    window.database.dispose()


def test_second_start_does_not_load_again(qtbot, tmp_path):
    from zjtracker.services.policy_queries import list_policies

    db = str(tmp_path / "z.db")
    first = open_main_window(db)
    qtbot.addWidget(first)
    qtbot.waitUntil(lambda: first.model.rowCount() >= 10, timeout=60000)
    count = len(list_policies(first.database))
    first.database.dispose()
    second = open_main_window(db)
    qtbot.addWidget(second)
    qtbot.wait(300)
    assert len(list_policies(second.database)) == count
    second.database.dispose()
