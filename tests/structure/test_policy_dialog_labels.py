"""The policy editor's labels: every access key belongs to a field, so no label shows a bare “&”."""

from PySide6.QtWidgets import QLabel

from zjtracker.ui.structure.policy_dialog import PolicyEditorDialog


def test_every_label_with_an_access_key_has_a_field_and_years_goes_to_the_first_year(qtbot):
    dialog = PolicyEditorDialog({"doc_no": "湛民发〔2024〕7号", "title": "湛江市推进社区养老服务实施方案",
                                 "start_year": None, "end_year": 2025})
    qtbot.addWidget(dialog)
    dialog.show()
    with_keys = [label for label in dialog.findChildren(QLabel) if "&" in label.text()]
    assert len(with_keys) == 7  # 文号 标题 简称 发文机关 实施年份 状态 报送频次
    assert [label.text() for label in with_keys if label.buddy() is None] == []
    years = next(label for label in with_keys if label.buddy() is dialog.start_spin)
    assert "Y" in years.text()
