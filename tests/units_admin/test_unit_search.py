"""Finding a unit as the clerk types (name, alias, pinyin initials), unit lists in pinyin
order, and collective words marked as such — in the registry, the drop-downs and the
searchable list of 发送报送表."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from tests.returns_gui.conftest import PERIOD
from tests.returns_gui.conftest import policy_id  # noqa: F401 (fixture)
from tests.ui.conftest import _private_settings  # noqa: F401 (autouse: settings kept private)
from zjtracker.services.units.admin import list_units
from zjtracker.services.units.search import is_collective, matches, pinyin_initials, search_text, sort_key
from zjtracker.ui.returns.send_dialog import SendTemplatesDialog
from zjtracker.ui.structure.unit_combo import install_unit_search
from zjtracker.ui.structure.unit_registry_dialog import UnitRegistryDialog
from zjtracker.ui.structure.unit_registry_model import Column


def test_initials_collectives_and_pinyin_order():
    assert pinyin_initials("市发改局") == "sfgj"
    assert pinyin_initials("各县（市、区）人民政府") == "gxsqrmzf"
    haystack = search_text("市发展和改革局", ("市发改局",))
    assert matches("sfgj", haystack) and matches("SFZH", haystack) and matches("发改", haystack)
    assert not matches("sswj", haystack)
    assert is_collective("事项市级主管部门") and is_collective("各县（市、区）")
    assert is_collective("各县（市、区）人民政府（管委会）") and not is_collective("市商务局")
    assert is_collective("电力、供排水、通信网络等地下管线单位") and is_collective("港航相关企业")
    assert not is_collective("市发展和改革局") and not is_collective("湛江市住房公积金管理中心")
    names = ["市住房和城乡建设局", "市财政局", "市商务局", "市发展和改革局"]
    assert sorted(names, key=sort_key) == ["市财政局", "市发展和改革局", "市商务局", "市住房和城乡建设局"]
    assert sorted(names) != sorted(names, key=sort_key)  # code point order is not the clerk's


def _typed(qtbot, combo: QComboBox, text: str) -> list[str]:
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), text)
    model = combo.completer().completionModel()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_a_unit_drop_down_filters_by_name_alias_and_initials(qtbot):
    combo = QComboBox()
    qtbot.addWidget(combo)
    names = ["市商务局", "市发展和改革局", "市发改局", "市财政局", "市税务局"]
    for name in names:
        combo.addItem(name)
    install_unit_search(combo, names)
    combo.show()
    combo.activateWindow()
    qtbot.waitActive(combo)
    combo.lineEdit().setFocus()
    assert _typed(qtbot, combo, "sfg") == ["市发改局"]
    assert _typed(qtbot, combo, "sf") == ["市发改局", "市发展和改革局"]  # pinyin order: gai before zhan
    assert _typed(qtbot, combo, "sw") == ["市商务局", "市税务局"]
    assert combo.completer().popup().isVisible()
    combo.lineEdit().clear()
    combo.lineEdit().insert("财政")  # a typed Chinese word (input method)
    combo.completer().setCompletionPrefix(combo.lineEdit().text())
    model = combo.completer().completionModel()
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["市财政局"]


def test_the_registry_sorts_by_pinyin_marks_collectives_and_filters_by_initials(qtbot, sample_db):
    dialog = UnitRegistryDialog(sample_db)
    qtbot.addWidget(dialog)
    proxy = dialog.proxy
    shown = [proxy.index(row, Column.NAME).data() for row in range(proxy.rowCount())]
    assert shown == sorted(shown, key=sort_key) and shown != sorted(shown)
    units = {u.name: u for u in list_units(sample_db)}
    collectives = [name for name, unit in units.items() if unit.kind == "collective"]
    assert "事项市级主管部门" in collectives and any(n.startswith("各县（市、区）") for n in collectives)
    row = shown.index("事项市级主管部门")
    assert proxy.index(row, Column.KIND).data() == "Group of units"
    assert proxy.index(row, Column.NAME).data(Qt.ItemDataRole.FontRole).italic()
    assert not any(units[n].kind == "city_bureau" for n in collectives)
    dialog.filter.setText("sswj")  # by the initials: shang wu, shui wu (水务 and 税务)
    assert [proxy.index(r, Column.NAME).data() for r in range(proxy.rowCount())] == ["市商务局", "市水务局", "市税务局"]
    # 牵头, 配合 and 责任 counted apart
    tax = units["市税务局"]
    assert (tax.lead_count, tax.cooperating_count, tax.responsible_count) != (0, 0, 0)


def test_the_send_dialog_unit_list_is_searchable(qtbot, database, policy_id):  # noqa: F811
    dialog = SendTemplatesDialog(database, PERIOD, None, policy_id)
    qtbot.addWidget(dialog)
    picker = dialog.unit_box
    assert picker.visible_texts() == [
        "市商务局 — leads 2, responsible for 0, cooperates on 2", "市市场监督管理局 — leads 1, responsible for 0, cooperates on 0",
        "市税务局 — leads 2, responsible for 0, cooperates on 0"]
    picker.filter_edit.setText("shuiwu")  # not a match: the initials or the characters count
    assert picker.visible_texts() == []
    picker.filter_edit.setText("税务")
    assert picker.visible_texts() == ["市税务局 — leads 2, responsible for 0, cooperates on 0"]
    assert dialog.one_button.isChecked()  # typing a unit chooses one unit
    assert "市税务局_2025Q3_" in dialog.file_edit.text()
    picker.filter_edit.setText("SSCJ")  # 市市场监督管理局 by its initials, in any case
    assert picker.visible_texts() == ["市市场监督管理局 — leads 1, responsible for 0, cooperates on 0"]
    picker.filter_edit.setText("火星")
    assert picker.visible_texts() == [] and picker.current_id() is None
    assert not picker.empty.isHidden()


def test_a_character_with_several_readings_is_found_by_each():
    """银行 is read yín háng, 重庆 chóng qìng: initials are spelled with the usual reading of
    each character and again with its other readings, so a clerk finds the unit either way,
    without loading pypinyin's 45 MB list of phrases."""
    import sys

    bank = search_text("中国人民银行湛江市分行", ("人民银行湛江分行",))
    assert matches("rmyhzjfh", bank) and matches("rmyxzjfx", bank) and matches("zgrmyh", bank)
    assert matches("cqs", search_text("重庆市驻湛江办事处")) and matches("zqs", search_text("重庆市驻湛江办事处"))
    assert not matches("rmyhzjsfh", search_text("人民银行湛江分行"))  # no letters that are not there
    assert pinyin_initials("市发改局") == "sfgj"  # one spelling where there is one reading
    assert "pypinyin.phrases_dict" not in sys.modules
