"""The overview shows 未报送 as a tile of its own, the shares of what was reported, the
denominator in a sentence and the 未报送 plans in a list."""

from tests.dashboard.conftest import SAMPLE_PERIOD, SAMPLE_TODAY
from zjtracker.ui.dashboard.view import DashboardView
from zjtracker.ui.status_style import STATUS_COLORS, STATUS_ORDER, _SHAPES, status_icon, status_text


def test_tiles_summary_and_list_of_the_not_reported(qtbot, filled_sample):
    view = DashboardView(filled_sample.database, today=SAMPLE_TODAY)
    qtbot.addWidget(view)
    view.resize(1366, 740)
    view.show()
    view.show_period(SAMPLE_PERIOD)
    data = view.data
    assert data.total == 518 and data.reported == 14
    assert view.tiles["未报送"].number.text() == "504" and view.tiles["未报送"].caption.text() == "Not reported"
    assert view.tiles["未评估"].number.text() == "0" and view.tiles["已完成"].number.text() == "3"
    # 3 done of the 14 reported (21 %), not of all 518
    assert view.tiles["已完成"].share.text() == "of those reported 21%"
    assert view.tiles["未报送"].share.text() == "of all 97%"
    summary = view.summary.text()
    assert "Reported: 14 of 518" in summary and "not reported: 504" in summary
    average = sum([100.0, 100.0, 80.0, 75.0, 40.0, 20.0, 0.0, 60.0, 30.0, 100.0, 55.0, 90.0, 30.0, 60.0]) / 14
    assert f"Average progress {average:.0f}% over the 14" in summary
    assert view.lists.tabText(3) == "Not reported (504)"
    assert view.unreported.topLevelItemCount() == 500  # the first LIST_LIMIT; the tab says all
    assert view.unreported.topLevelItem(0).text(view.unreported.STATUS) == "Not reported"
    assert "500 of 504" in view.lists.tabToolTip(3)


def test_each_status_has_its_colour_shape_and_word(qapp):
    assert len(set(_SHAPES[s] for s in STATUS_ORDER)) == len(STATUS_ORDER)
    assert len(set(STATUS_COLORS[s] for s in STATUS_ORDER)) == len(STATUS_ORDER)
    assert {status_text(s) for s in ("未报送", "未评估")} == {"Not reported", "Not assessed"}
    pictures = {s: status_icon(s).pixmap(14, 14).toImage() for s in STATUS_ORDER}
    assert len({bytes(p.constBits()) for p in pictures.values()}) == len(STATUS_ORDER)
