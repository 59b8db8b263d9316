"""Desktop tests keep their settings (QSettings) in a private folder, never the user's."""

import pytest


@pytest.fixture(autouse=True)
def _private_settings(private_settings):
    """Every test here keeps its settings in a private folder (tests/conftest.py)."""
    return private_settings
