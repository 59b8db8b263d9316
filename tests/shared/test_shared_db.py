"""The shared-database service: the URL (any password is safe in it), the connection test's
sentences for what goes wrong, opening and migrating, and the password in the keyring."""

from __future__ import annotations

import socket
import threading

import psycopg
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy.engine import make_url

from tests.conftest import PG_URL
from zjtracker.db import open_database
from zjtracker.db.migrate import current_revision, head_revision
from zjtracker.services.shared_db import (
    ConnectionSettings,
    explain_error,
    keyring_available,
    open_shared,
    password_free_url,
    store_password,
    stored_password,
    url_with_password_from_keyring,
)
from zjtracker.services.shared_db import test_connection as check_connection

ODD_PASSWORD = "p@ss:w/rd#中文?&%= 'x\""


def _server(url: str) -> ConnectionSettings:
    parsed = make_url(url)
    return ConnectionSettings(host=parsed.host, port=parsed.port or 5432, database=parsed.database,
                              user=parsed.username)


@pytest.fixture
def fresh_pg(pg_databases):
    url = pg_databases.create()
    yield _server(url)
    pg_databases.drop(url)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_the_url_carries_any_password_and_hides_it():
    settings = ConnectionSettings(host="db.office.local", database="台账", user="张三")
    url = settings.url(ODD_PASSWORD)
    parsed = make_url(url)
    assert (parsed.drivername, parsed.host, parsed.port, parsed.database, parsed.username, parsed.password) == (
        "postgresql+psycopg", "db.office.local", 5432, "台账", "张三", ODD_PASSWORD)
    assert ODD_PASSWORD not in password_free_url(url) and make_url(password_free_url(url)).password is None
    assert ConnectionSettings.from_url(url) == settings
    assert settings.url() == password_free_url(url)


def test_missing_fields_are_named():
    assert check_connection(ConnectionSettings(host=" ", database="d", user="u"), "x") == "请填写服务器地址。"
    assert "端口" in check_connection(ConnectionSettings(host="h", port=0, database="d", user="u"), None)


def test_nothing_listening_on_the_port():
    settings = ConnectionSettings(host="127.0.0.1", port=_free_port(), database="zjtracker", user="clerk")
    message = check_connection(settings, "x", timeout_s=2)
    assert message.startswith("连不上服务器 127.0.0.1:") and "端口" in message


def test_a_host_name_that_does_not_exist():
    settings = ConnectionSettings(host="no-such-server.invalid", database="zjtracker", user="clerk")
    assert check_connection(settings, "x", timeout_s=2) == "找不到服务器“no-such-server.invalid”：请检查服务器地址和网络。"


def test_a_server_that_is_not_postgresql():
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    port = listener.getsockname()[1]

    def answer_like_a_web_server():
        for _ in range(2):
            try:
                connection, _address = listener.accept()
            except OSError:
                return
            with connection:
                connection.recv(1024)
                connection.sendall(b"HTTP/1.1 400 Bad Request\r\n\r\n")

    thread = threading.Thread(target=answer_like_a_web_server, daemon=True)
    thread.start()
    try:
        settings = ConnectionSettings(host="127.0.0.1", port=port, database="zjtracker", user="clerk")
        assert check_connection(settings, "x", timeout_s=2) == f"127.0.0.1:{port} 上运行的不是 PostgreSQL 数据库服务，请检查端口。"
    finally:
        listener.close()


@pytest.mark.parametrize("server_says, expected", [
    ('connection failed: connection to server at "10.0.0.5", port 5432 failed: FATAL:  password '
     'authentication failed for user "clerk"', "用户名或密码不正确：服务器拒绝了用户“clerk”的登录。"),
    ('connection failed: connection to server at "10.0.0.5", port 5432 failed: 致命错误:  用户 "clerk" '
     'Password 认证失败', "用户名或密码不正确：服务器拒绝了用户“clerk”的登录。"),
    ("connection failed: connection to server at \"10.0.0.5\", port 5432 failed: fe_sendauth: no password "
     "supplied", "服务器要求输入密码，请填写密码。"),
    ('connection failed: FATAL:  no pg_hba.conf entry for host "10.0.0.9", user "clerk", database "zjtracker"',
     "服务器不接受从本机的连接（pg_hba.conf 未放行），请联系数据库管理员。"),
    ("connection failed: connection to server at \"10.0.0.5\", port 5432 failed: timeout expired",
     "连不上服务器 10.0.0.5:5432：等待超时，请检查网络、防火墙和服务器地址。"),
    ("permission denied for schema public", "用户“clerk”没有在数据库“zjtracker”中建表或读写的权限，请数据库管理员授予权限。"),
])
def test_what_the_server_says_becomes_one_sentence(server_says, expected):
    settings = ConnectionSettings(host="10.0.0.5", database="zjtracker", user="clerk")
    assert explain_error(psycopg.OperationalError(server_says), settings) == expected


def test_a_database_that_does_not_exist_and_a_user_that_does_not(pg_databases):
    server = _server(PG_URL)
    missing = ConnectionSettings(host=server.host, port=server.port, database="zjt_no_such_db", user=server.user)
    assert check_connection(missing, None) == "服务器上没有名为“zjt_no_such_db”的数据库，请检查数据库名，或请数据库管理员先建好它。"
    stranger = ConnectionSettings(host=server.host, port=server.port, database=server.database, user="zjt_nobody")
    assert check_connection(stranger, None) == "用户名或密码不正确：服务器上没有用户“zjt_nobody”。"


def test_connect_and_migrate_a_fresh_database(fresh_pg):
    assert check_connection(fresh_pg, ODD_PASSWORD) is None  # the server trusts this login
    database = open_shared(fresh_pg, ODD_PASSWORD)
    try:
        assert current_revision(database.engine) == head_revision()
        shown = database.display_name()  # the password is left out, in plain or quoted form
        assert ODD_PASSWORD not in shown and "p%40ss" not in shown and "postgres@127.0.0.1" in shown
    finally:
        database.dispose()
    again = open_database(fresh_pg.url(ODD_PASSWORD), migrate=False)
    try:
        assert current_revision(again.engine) == head_revision()
    finally:
        again.dispose()


def test_the_password_lives_in_the_keyring(memory_keyring):
    settings = ConnectionSettings(host="db.office.local", database="zjtracker", user="张三")
    assert keyring_available()
    assert store_password(settings, ODD_PASSWORD)
    assert memory_keyring.secrets == {("zjtracker", "张三@db.office.local:5432/zjtracker"): ODD_PASSWORD}
    assert stored_password(settings) == ODD_PASSWORD
    remembered = password_free_url(settings.url(ODD_PASSWORD))
    assert make_url(url_with_password_from_keyring(remembered)).password == ODD_PASSWORD
    other = ConnectionSettings(host="db.office.local", database="zjtracker", user="李四")
    assert url_with_password_from_keyring(other.url()) == other.url()  # nothing kept: asked again
    assert url_with_password_from_keyring("sqlite:////tmp/x.db") == "sqlite:////tmp/x.db"


def test_without_a_keyring_nothing_is_kept(no_keyring):
    settings = ConnectionSettings(host="db.office.local", database="zjtracker", user="张三")
    assert not keyring_available()
    assert store_password(settings, "secret") is False
    assert stored_password(settings) is None
    assert url_with_password_from_keyring(settings.url()) == settings.url()


def test_a_plain_text_keyring_does_not_count():
    import keyring

    class PlaintextKeyring(KeyringBackend):
        priority = 1

        def get_password(self, service, username):
            return None

        def set_password(self, service, username, password):
            raise AssertionError("a password must never be written to a plain-text file")

        def delete_password(self, service, username):
            pass

    previous = keyring.get_keyring()
    keyring.set_keyring(PlaintextKeyring())
    try:
        assert not keyring_available()
        assert store_password(ConnectionSettings(host="h", database="d", user="u"), "secret") is False
    finally:
        keyring.set_keyring(previous)
