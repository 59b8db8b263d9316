"""The tree's 佐证 column: the number of evidence files of a plan and of its measure in the
period shown, none in another period; the model stays sound (qtmodeltester) with the
column, and a recount repaints only the rows whose number changed."""

from PySide6.QtCore import QModelIndex, Qt

from tests.evidence_ui.conftest import PERIOD, write_pdf, write_png
from zjtracker.services.evidence.store import add_files
from zjtracker.services.periods import Period
from zjtracker.ui.tree.model import PolicyTreeModel
from zjtracker.ui.tree.roles import Column, Role


def _all(model, parent=None):
    parent = parent if parent is not None else QModelIndex()
    if model.canFetchMore(parent):
        model.fetchMore(parent)
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from _all(model, index)


def test_counts_per_plan_and_measure_in_the_period(qtmodeltester, ui_db, plans, tmp_path):
    add_files(ui_db, plans[7], PERIOD, [write_png(tmp_path / "a.png"), write_pdf(tmp_path / "b.pdf")])
    add_files(ui_db, plans[8], "2025Q2", [write_pdf(tmp_path / "c.pdf", "c")])
    model = PolicyTreeModel(ui_db)
    model.set_period(Period.parse(PERIOD))
    counted = {(i.data(Role.KIND), i.data(Role.LABEL)): i.data(Role.EVIDENCE) for i in _all(model)
               if i.data(Role.EVIDENCE)}
    assert counted == {("measure", "（7）"): 2, ("plan", "2025年"): 2}
    qtmodeltester.check(model, force_py=True)
    measure = next(i for i in _all(model) if i.data(Role.LABEL) == "（7）")
    assert measure.siblingAtColumn(Column.EVIDENCE).data() == "2"
    assert model.headerData(Column.EVIDENCE, Qt.Orientation.Horizontal) in ("Evidence", "佐证")

    changed = []
    model.dataChanged.connect(lambda top, bottom: changed.append((top.data(Role.KIND), top.column())))
    add_files(ui_db, plans[9], PERIOD, [write_pdf(tmp_path / "d.pdf", "d")])
    model.refresh_evidence()
    assert sorted(changed) == [("measure", Column.EVIDENCE), ("plan", Column.EVIDENCE)]  # nothing else repainted
    earlier = PolicyTreeModel(ui_db)
    earlier.set_period(Period.parse("2025Q2"))
    assert {i.data(Role.LABEL): i.data(Role.EVIDENCE) for i in _all(earlier) if i.data(Role.EVIDENCE)} == \
        {"（8）": 1, "2025年": 1}
