"""Chart labels on the overview: the policy's short name before the area, wrapped onto two
lines instead of cut, never a closing mark at the start of a line."""

from zjtracker.db.models import Policy
from tests.dashboard.conftest import SAMPLE_PERIOD, SAMPLE_TODAY
from zjtracker.ui.dashboard.charts import LABEL_LIMIT, wrap
from zjtracker.ui.dashboard.view import DashboardView


def test_wrapping_keeps_words_and_marks_together():
    assert wrap("优化营商环境·（十七）包容普惠创新") == "优化营商环境·\n（十七）包容普惠创新"
    assert wrap("短标题") == "短标题"
    two = wrap("证照分离·二、深化“证照分离”改革的主要任务和保障措施")
    first, second = two.split("\n")
    assert first == "证照分离·" and second.endswith("…") and len(second) == LABEL_LIMIT
    assert wrap("以新业态新模式引领新型消费加快发展·二、促进") == "以新业态新模式引领新型…\n二、促进"
    assert wrap("一、深化改革的主要任务和保障措施") == "一、深化改革的主要任务和\n保障措施"
    assert not wrap("一二三四五六七八九十一“四”五").split("\n")[1].startswith("”")


def test_areas_of_several_policies_carry_the_policys_short_name(qtbot, filled_sample):
    database = filled_sample.database
    with database.session() as session:
        ledger = session.query(Policy).filter(Policy.title.like("2023年湛江市优化营商环境%")).one()
        ledger.short_name = "营商环境台账"
        others = {p.id: p.title for p in session.query(Policy) if p.id != ledger.id}
    view = DashboardView(database, today=SAMPLE_TODAY)
    qtbot.addWidget(view)
    view.resize(1366, 740)
    view.show()
    view.show_period(SAMPLE_PERIOD)
    chart = view.area_chart
    owners = [area.policy_id for area in view.data.areas]
    assert len(set(owners)) > 1
    for row, owner in enumerate(owners):
        label = chart.categories[row]
        if owner == ledger.id:
            assert label.startswith("营商环境台账·")
        else:
            assert not label.startswith(others[owner][:6])  # the year and the city are left out
        assert all(len(line) <= LABEL_LIMIT for line in label.split("\n"))
