"""The unit a clerk typed or picked in an editable unit drop-down, through the alias registry."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from zjtracker.db.engine import Database
from zjtracker.services.ledger import UnitNotFound, find_unit_id

NO_SUCH_UNIT = -1  # matches nothing, as the clerk would expect


def typed_unit_id(combo: QComboBox, database: Database) -> int | None:
    """None for an empty box; the unit's id for a listed name or any alias (市发改局 for
    市发展和改革局); NO_SUCH_UNIT, with a tooltip saying so, for a name no unit has."""
    typed = combo.currentText().strip()
    combo.setToolTip(QCoreApplication.translate("UnitCombo", "Type a unit's name or any of its aliases"))
    if not typed:
        return None
    position = combo.findText(typed)
    if position > 0:
        return combo.itemData(position)
    try:
        return find_unit_id(database, typed)
    except UnitNotFound:
        combo.setToolTip(QCoreApplication.translate("UnitCombo", "No unit is called “%1”.").replace("%1", typed))
        return NO_SUCH_UNIT
