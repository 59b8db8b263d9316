import pytest
from PySide6.QtWidgets import QMessageBox

from zjtracker.ui.app import open_main_window


@pytest.fixture
def answers(monkeypatch):
    """The clerk's answers to the first-start question, and the questions asked."""
    asked = []

    def question(parent, title, text, *args):
        asked.append(text)
        return answers.reply

    answers.reply = QMessageBox.StandardButton.Yes
    answers.asked = asked
    monkeypatch.setattr(QMessageBox, "question", question)
    return answers


def test_first_start_offers_the_sample_and_loads_it_into_the_tree(qtbot, tmp_path, answers):
    window = open_main_window(str(tmp_path / "首次 启动.db"))
    assert len(answers.asked) == 1
    qtbot.addWidget(window)
    model = window.model
    qtbot.waitUntil(lambda: model.rowCount() >= 10, timeout=60000)  # the view fetches the root
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert any("新业态新模式引领新型消费" in t for t in titles)
    assert any("营商环境行动工作任务台账" in t for t in titles)
    window.database.dispose()


def test_declining_the_sample_leaves_the_database_empty(qtbot, tmp_path, answers):
    from zjtracker.services.policies.queries import list_policies

    answers.reply = QMessageBox.StandardButton.No
    window = open_main_window(str(tmp_path / "empty.db"))
    qtbot.addWidget(window)
    qtbot.wait(300)
    assert list_policies(window.database) == [] and window.model.rowCount() == 0
    window.database.dispose()


def test_second_start_does_not_load_again(qtbot, tmp_path, answers):
    from zjtracker.services.policies.queries import list_policies

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
    assert len(answers.asked) == 1  # asked on the first start only
    second.database.dispose()
