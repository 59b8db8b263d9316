"""The widgets of the shared-database connection dialog and where they sit."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from zjtracker.services.shared_db import DEFAULT_PORT


class ConnectionDialogLayout(QObject):
    def __init__(self, host: QDialog):
        super().__init__(host)
        self.intro = QLabel(self.tr(
            "When several colleagues keep the books together, the office shares one PostgreSQL "
            "database. Ask the administrator for the server's address, the database and your login."))
        self.intro.setWordWrap(True)
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("e.g. 192.168.1.20 or db.office.local"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit()
        self.database.setPlaceholderText(self.tr("e.g. zjtracker"))
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password in the system's keyring"))
        self.remember.setChecked(True)
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setStyleSheet("color:#ef6c00")
        self.keyring_note.setVisible(False)

        form = QFormLayout()
        host_row = QHBoxLayout()
        host_row.addWidget(self.host, 1)
        host_row.addWidget(QLabel(self.tr("Port:")))
        host_row.addWidget(self.port)
        form.addRow(self.tr("Server:"), host_row)
        form.addRow(self.tr("Database:"), self.database)
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow("", self.remember)
        form.addRow("", self.keyring_note)

        self.test_button = QPushButton(self.tr("&Test connection"))
        self.result = QLabel()
        self.result.setWordWrap(True)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.result, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Connect"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

        outer = QVBoxLayout(host)
        outer.addWidget(self.intro)
        outer.addLayout(form)
        outer.addLayout(test_row)
        outer.addStretch(1)
        outer.addWidget(self.buttons)
        host.resize(520, 360)
