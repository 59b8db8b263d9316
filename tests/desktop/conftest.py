"""Desktop tests keep their settings (QSettings) in a private folder, never the user's."""

import pytest
from PySide6.QtCore import QCoreApplication, QSettings


@pytest.fixture(autouse=True)
def _private_settings(tmp_path, qapp):
    QCoreApplication.setOrganizationName("zjtracker-tests")
    QCoreApplication.setApplicationName("zjtracker-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    yield
