"""The composer's tests use the reports' filled 2023 database (tests/reports/conftest.py) and
keep their settings in a private folder."""

import pytest

from tests.reports.conftest import filled  # noqa: F401  (a fixture used here)


@pytest.fixture(autouse=True)
def _private_settings(request):
    if "qtbot" in request.fixturenames:
        request.getfixturevalue("private_settings")
