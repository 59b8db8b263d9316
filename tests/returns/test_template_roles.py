"""责任 and 配合 are counted apart for each unit that gets a fill-in workbook, in the
tracker and on the 催报 list (the 2023 ledger names 牵头 and 责任 units, no 配合)."""

from zjtracker.services.periods import Period
from zjtracker.services.returns.export import template_units
from zjtracker.services.returns.reminder_list import HEADERS, reminder_list

LEDGER = 2


def test_responsible_units_are_not_counted_as_cooperating(sample_db):
    units = template_units(sample_db, LEDGER, Period.parse("2023Q3"))
    assert units and all(u.cooperating == 0 for u in units)
    assert sum(u.responsible for u in units) > sum(u.lead for u in units) > 0
    assert all(u.total == u.lead + u.responsible + u.cooperating for u in units)


def test_the_reminder_list_has_a_column_for_each_role(sample_db):
    data = reminder_list(sample_db, LEDGER, Period.parse("2023Q3"))
    assert HEADERS[2:5] == ("牵头任务", "责任任务", "配合任务")
    rows = data.rows()
    assert rows and all(len(row) == len(HEADERS) for row in rows)
    by_name = {m.name: m for m in data.missing}
    for row in rows:
        missing = by_name[row[1]]
        assert row[2:5] == [str(missing.lead), str(missing.responsible), str(missing.cooperating)]
    assert any(row[3] != "0" for row in rows)
