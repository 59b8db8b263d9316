"""The detail pane says a policy's 实施年度 as a clerk reads it: 2023, not 2023–2023."""

from dataclasses import replace

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex

from tests.services.factories import result_of, small_policy
from zjtracker.services.policies.importer import store_result
from zjtracker.ui.main_window import MainWindow


@pytest.mark.parametrize("start,end,shown,not_shown", [
    (2023, 2023, "2023", "2023–2023"), (2024, 2025, "2024–2025", None),
    (None, 2025, "至2025", None), (2024, None, "2024起", None)])
def test_the_years_of_the_selected_policy(qtbot, database, start, end, shown, not_shown):
    store_result(database, result_of(replace(small_policy(), start_year=start, end_year=end)), "s")
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    index = window.model.index(0, 0, QModelIndex())
    window.tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    lines = window.details.toPlainText().splitlines()
    years = [line for line in lines if shown in line]
    assert years, lines
    if not_shown:
        assert not_shown not in window.details.toPlainText()
