import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from sqlalchemy import func, select

from zjtracker.db.models import Assignment, ChangeLog, Unit
from zjtracker.services.ledger import UnitNotFound, find_unit_id
from zjtracker.ui.structure.unit_registry_dialog import UnitRegistryDialog
from zjtracker.ui.structure.unit_registry_model import Column

BIG, SMALL = "市旅控集团", "市旅控集团公司"  # one enterprise written two ways in the sample


def _dialog(qtbot, database):
    dialog = UnitRegistryDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _rows(dialog) -> dict[str, dict]:
    """What the table shows, by unit name."""
    proxy, rows = dialog.proxy, {}
    for row in range(proxy.rowCount()):
        cells = [proxy.index(row, c).data() for c in Column]
        rows[cells[Column.NAME]] = dict(zip(Column, cells))
    return rows


def _role_counts(database, role) -> dict[str, int]:
    with database.session() as session:
        return dict(session.execute(
            select(Unit.name, func.count(func.distinct(Assignment.measure_id)))
            .join(Assignment, Assignment.unit_id == Unit.id).where(Assignment.role == role)
            .group_by(Unit.name)).all())


def test_the_table_shows_every_unit_with_its_counts(qtbot, sample_db):
    dialog = _dialog(qtbot, sample_db)
    rows = _rows(dialog)
    with sample_db.session() as session:
        assert len(rows) == session.scalar(select(func.count()).select_from(Unit)) > 100
    for column, role in ((Column.LEADS, "lead"), (Column.COOPERATES, "cooperating"),
                         (Column.RESPONSIBLE, "responsible")):
        expected = _role_counts(sample_db, role)
        assert {name: row[column] for name, row in rows.items() if row[column]} == expected
    assert "市发改局" in rows["市发展和改革局"][Column.ALIASES]
    dialog.filter.setText("市发改局")  # an alias finds its unit
    assert list(_rows(dialog)) == ["市发展和改革局"]
    dialog.filter.setText("旅控")
    assert set(_rows(dialog)) == {BIG, SMALL}
    dialog.filter.clear()
    assert len(_rows(dialog)) == len(rows)


def test_merge_two_selected_rows_after_confirming(qtbot, sample_db, monkeypatch):
    dialog = _dialog(qtbot, sample_db)
    before = _rows(dialog)
    big_id, small_id = find_unit_id(sample_db, BIG), find_unit_id(sample_db, SMALL)
    dialog.select_units([small_id, big_id])
    # the entry with more measures is proposed as the one to keep
    assert (dialog.keep.currentText(), dialog.absorb.currentText()) == (BIG, SMALL)
    asked = []

    def answer(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    with qtbot.waitSignal(dialog.units_changed, timeout=2000):
        dialog.merge_button.click()
    assert BIG in asked[0] and SMALL in asked[0]
    with sample_db.session() as session:
        assert session.get(Unit, small_id) is None
        assert session.scalar(select(func.count()).select_from(ChangeLog).where(ChangeLog.entity == "unit")) > 0
    assert find_unit_id(sample_db, SMALL) == big_id
    rows = _rows(dialog)
    assert SMALL not in rows and len(rows) == len(before) - 1
    for column in (Column.LEADS, Column.COOPERATES, Column.RESPONSIBLE):
        assert rows[BIG][column] == before[BIG][column] + before[SMALL][column]
    assert SMALL in rows[BIG][Column.ALIASES]
    assert SMALL in dialog.status.text()


def test_merge_answered_no_changes_nothing(qtbot, sample_db, monkeypatch):
    dialog = _dialog(qtbot, sample_db)
    dialog.keep.setCurrentIndex(dialog.keep.findText(SMALL))
    dialog.absorb.setCurrentIndex(dialog.absorb.findText(BIG))
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    dialog.merge_button.click()
    assert find_unit_id(sample_db, BIG) != find_unit_id(sample_db, SMALL)
    dialog.swap_button.click()
    assert (dialog.keep.currentText(), dialog.absorb.currentText()) == (BIG, SMALL)


def test_rename_and_alias_through_the_dialog(qtbot, sample_db, monkeypatch):
    dialog = _dialog(qtbot, sample_db)
    unit_id = find_unit_id(sample_db, BIG)
    dialog.select_units([unit_id])
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("湛江市旅游控股集团", True))
    with qtbot.waitSignal(dialog.units_changed, timeout=2000):
        dialog.rename_button.click()
    rows = _rows(dialog)
    assert BIG not in rows and BIG in rows["湛江市旅游控股集团"][Column.ALIASES]
    assert find_unit_id(sample_db, BIG) == unit_id and dialog.selected_unit_ids() == [unit_id]
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("旅控", True))
    dialog.add_alias_button.click()
    assert find_unit_id(sample_db, "旅控") == unit_id
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args, **kwargs: ("旅控", True))
    dialog.remove_alias_button.click()
    with pytest.raises(UnitNotFound):
        find_unit_id(sample_db, "旅控")


def test_a_refused_change_is_explained(qtbot, sample_db, monkeypatch):
    dialog = _dialog(qtbot, sample_db)
    commerce = find_unit_id(sample_db, "市商务局")
    dialog.select_units([commerce])
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warned.append(text))
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("市发改局", True))
    dialog.add_alias_button.click()
    assert warned and "市发改局" in warned[0] and "市发展和改革局" in warned[0]
    assert find_unit_id(sample_db, "市发改局") != commerce
    assert _rows(dialog)["市商务局"][Column.ALIASES] == ""
    dialog.select_units([commerce, find_unit_id(sample_db, "市发展和改革局")])
    assert not dialog.rename_button.isEnabled()
    dialog.select_units([commerce])
    assert dialog.rename_button.isEnabled()
