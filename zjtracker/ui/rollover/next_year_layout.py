"""The widgets of the 生成下一年度台账 preview, laid out (no logic): the years, the two
choices, the table of tasks and what happens to each, the counts and the buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
)

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


class NextYearLayout:
    def __init__(self, dialog):
        layout = QVBoxLayout(dialog)
        self.policy = QLabel()
        self.policy.setWordWrap(True)
        layout.addWidget(self.policy)

        years = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setRange(1990, 2199)
        years_label = QLabel(translate("NextYearDialog", "From the ledger of &year"))
        years_label.setBuddy(self.year)
        self.next_year = QLabel()
        years.addWidget(years_label)
        years.addWidget(self.year)
        years.addWidget(self.next_year)
        years.addStretch(1)
        layout.addLayout(years)

        choices = QHBoxLayout()
        text_box = QGroupBox(translate("NextYearDialog", "New yearly plans"))
        self.blank = QRadioButton(translate("NextYearDialog", "&Blank, to be written anew"))
        self.copy = QRadioButton(translate("NextYearDialog", "&Copy last year's plan text, to edit"))
        self.text_group = QButtonGroup(dialog)
        for button in (self.blank, self.copy):
            self.text_group.addButton(button)
        self.blank.setChecked(True)
        text_layout = QVBoxLayout(text_box)
        text_layout.addWidget(self.blank)
        text_layout.addWidget(self.copy)
        closed_box = QGroupBox(translate("NextYearDialog", "Tasks closed (已销号) this year"))
        self.leave_out = QRadioButton(translate("NextYearDialog", "&Leave out of the new ledger"))
        self.keep_grey = QRadioButton(translate("NextYearDialog", "&Keep, shown greyed as closed"))
        self.closed_group = QButtonGroup(dialog)
        for button in (self.leave_out, self.keep_grey):
            self.closed_group.addButton(button)
        self.leave_out.setChecked(True)
        closed_layout = QVBoxLayout(closed_box)
        closed_layout.addWidget(self.leave_out)
        closed_layout.addWidget(self.keep_grey)
        choices.addWidget(text_box, 1)
        choices.addWidget(closed_box, 1)
        layout.addLayout(choices)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([translate("NextYearDialog", "No."), translate("NextYearDialog", "Task"), translate("NextYearDialog", "This year's plan"),
                                              translate("NextYearDialog", "Closed on"), translate("NextYearDialog", "In the new ledger")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        layout.addWidget(self.table, 1)

        self.counts = QLabel()
        self.counts.setWordWrap(True)
        layout.addWidget(self.counts)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.generate = self.buttons.addButton(translate("NextYearDialog", "&Generate"), QDialogButtonBox.ButtonRole.AcceptRole)
        layout.addWidget(self.buttons)
