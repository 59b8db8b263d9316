"""File › 连接共享数据库…: test the connection, connect (the migrations run), remember the
server in the settings and the password only in the keyring, and ask the window to switch."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy.engine import make_url

from tests.shared.conftest import when_modal
from zjtracker.db import open_database
from zjtracker.db.migrate import current_revision, head_revision
from zjtracker.services.shared_db import ConnectionSettings, password_free_url, url_with_password_from_keyring
from zjtracker.ui.database.connection_dialog import ConnectionDialog, install_shared_db_action
from zjtracker.ui.main_window import MainWindow

PASSWORD = "s3cr:t/@中文密码"


@pytest.fixture
def fresh_pg(pg_databases):
    url = pg_databases.create()
    yield make_url(url)
    pg_databases.drop(url)


def _fill(dialog: ConnectionDialog, url, password=PASSWORD, port=None) -> None:
    dialog.ui.host.setText(url.host)
    dialog.ui.port.setValue(port or url.port or 5432)
    dialog.ui.database.setText(url.database)
    dialog.ui.user.setText(url.username)
    dialog.ui.password.setText(password)


def _everything_in(folder) -> bytes:
    return b"".join(path.read_bytes() for path in folder.rglob("*") if path.is_file())


@pytest.fixture
def window(qtbot, tmp_path):
    """A window on a local SQLite file, about to switch to the shared database."""
    database = open_database(tmp_path / "local.db")
    window = MainWindow(database)
    qtbot.addWidget(window)
    yield window
    database.dispose()


def test_the_action_sits_in_the_file_menu_before_exit(window):
    action = install_shared_db_action(window)
    actions = window.file_menu.actions()
    assert action in actions
    assert actions.index(action) == len(actions) - 3 and actions[-2].isSeparator()
    assert action.text().replace("&", "") in ("Connect to a shared database…", "连接共享数据库…")


def test_test_connection_says_what_is_wrong_and_when_it_works(qtbot, fresh_pg, memory_keyring):
    dialog = ConnectionDialog()
    qtbot.addWidget(dialog)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    _fill(dialog, fresh_pg, port=closed_port)
    with qtbot.waitSignal(dialog.test_finished, timeout=10000) as blocker:
        dialog.ui.test_button.click()
    assert blocker.args[0].startswith("连不上服务器") and dialog.ui.result.text() == blocker.args[0]
    assert dialog.ui.test_button.isEnabled()
    _fill(dialog, fresh_pg.set(database="zjt_no_such_db"))
    with qtbot.waitSignal(dialog.test_finished, timeout=10000) as blocker:
        dialog.ui.test_button.click()
    assert "zjt_no_such_db" in dialog.ui.result.text()
    _fill(dialog, fresh_pg)
    with qtbot.waitSignal(dialog.test_finished, timeout=10000) as blocker:
        dialog.ui.test_button.click()
    assert blocker.args[0] == "" and dialog.ui.result.text() in ("The connection works.", "连接成功。")
    assert QApplication.overrideCursor() is None


def test_connect_migrates_remembers_and_asks_the_window_to_switch(qtbot, window, fresh_pg, memory_keyring,
                                                                   settings_dir):
    install_shared_db_action(window)
    requested = []
    window.database_requested.connect(requested.append)

    def connect(dialog: ConnectionDialog):
        _fill(dialog, fresh_pg)
        dialog.ui.ok_button.click()
        assert not dialog.ui.ok_button.isEnabled()  # busy while the migrations run
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30000)

    when_modal(qtbot, connect, kind=ConnectionDialog)
    window.shared_db_action.trigger()
    [url] = requested
    assert make_url(url).password == PASSWORD and make_url(url).database == fresh_pg.database
    opened = open_database(url, migrate=False)
    try:
        assert current_revision(opened.engine) == head_revision()  # the dialog ran the migrations
        assert PASSWORD not in opened.display_name()
    finally:
        opened.dispose()
    # the server is remembered in the settings, the password only in the keyring
    stored = _everything_in(settings_dir)
    assert fresh_pg.database.encode() in stored
    assert PASSWORD.encode() not in stored and b"s3cr" not in stored
    settings = ConnectionSettings.from_url(url)
    assert list(memory_keyring.secrets.values()) == [PASSWORD]
    assert url_with_password_from_keyring(password_free_url(url)) == url
    again = ConnectionDialog()
    qtbot.addWidget(again)
    assert (again.ui.host.text(), again.ui.port.value(), again.ui.database.text(), again.ui.user.text(),
            again.ui.password.text()) == (settings.host, settings.port, settings.database, settings.user, PASSWORD)


def test_without_a_keyring_the_password_is_asked_each_time(qtbot, window, fresh_pg, no_keyring, settings_dir):
    requested = []
    window.database_requested.connect(requested.append)
    install_shared_db_action(window)

    def connect(dialog: ConnectionDialog):
        assert dialog.ui.keyring_note.isVisibleTo(dialog) and not dialog.ui.remember.isEnabled()
        _fill(dialog, fresh_pg)
        dialog.ui.ok_button.click()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30000)

    when_modal(qtbot, connect, kind=ConnectionDialog)
    window.shared_db_action.trigger()
    assert len(requested) == 1
    assert PASSWORD.encode() not in _everything_in(settings_dir)
    again = ConnectionDialog()
    qtbot.addWidget(again)
    assert again.ui.host.text() == fresh_pg.host and again.ui.password.text() == ""


def test_a_failed_connection_keeps_the_dialog_open(qtbot, window, memory_keyring):
    requested = []
    window.database_requested.connect(requested.append)
    install_shared_db_action(window)
    seen = {}

    def connect(dialog: ConnectionDialog):
        dialog.ui.ok_button.click()  # nothing filled in
        seen["empty"] = dialog.ui.result.text()
        dialog.ui.host.setText("no-such-server.invalid")
        dialog.ui.database.setText("zjtracker")
        dialog.ui.user.setText("clerk")
        dialog.ui.ok_button.click()
        qtbot.waitUntil(lambda: dialog.ui.ok_button.isEnabled(), timeout=15000)
        seen["failed"] = dialog.ui.result.text()
        seen["open"] = dialog.isVisible()
        dialog.ui.cancel_button.click()

    when_modal(qtbot, connect, kind=ConnectionDialog)
    window.shared_db_action.trigger()
    assert seen == {"empty": "请填写服务器地址。", "open": True,
                    "failed": "找不到服务器“no-such-server.invalid”：请检查服务器地址和网络。"}
    assert requested == [] and memory_keyring.secrets == {}



def test_a_recent_entry_prefills_the_dialog(qtbot, window, memory_keyring):
    from zjtracker.ui.database.connection_dialog import open_connection_dialog

    seen = {}

    def look(dialog: ConnectionDialog):
        seen["fields"] = (dialog.ui.host.text(), dialog.ui.port.value(), dialog.ui.database.text(),
                          dialog.ui.user.text(), dialog.ui.password.text())
        dialog.ui.cancel_button.click()

    when_modal(qtbot, look, kind=ConnectionDialog)
    assert open_connection_dialog(window, "postgresql+psycopg://科员@10.0.0.5:5433/台账") is False
    assert seen["fields"] == ("10.0.0.5", 5433, "台账", "科员", "")
