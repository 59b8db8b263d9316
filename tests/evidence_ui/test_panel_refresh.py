"""Files added at another desk show in the panel and the tree when the window takes in the
changes saved elsewhere (the idle refresh)."""

from tests.evidence_ui.conftest import PERIOD, show_plan, write_pdf
from zjtracker.services.evidence.store import add_files
from zjtracker.ui.tree.roles import Role


def test_the_idle_refresh_shows_files_added_elsewhere(qtbot, window, ui_db, plans, tmp_path):
    show_plan(window, plans[6])
    qtbot.wait(10)  # the panel follows the refresh once the window has settled
    assert window.evidence_panel.ui.files.count() == 0
    add_files(ui_db, plans[6], PERIOD, [write_pdf(tmp_path / "另一台电脑添加的纪要.pdf")])
    window.auto_refresh.reload()
    assert window.evidence_panel.ui.files.count() == 1
    assert window.evidence_panel.ui.files.item(0).text().startswith("另一台电脑添加的纪要.pdf")
    assert window.tree.currentIndex().data(Role.EVIDENCE) == 1
