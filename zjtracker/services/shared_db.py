"""A shared PostgreSQL database for a whole office: the connection settings, the URL built
from them, a connection test that says in one Chinese sentence what is wrong, opening
(and migrating) the database, and the password kept in the operating system's keyring.

The password is never written to a settings file: when the machine has no usable keyring
(a headless Linux box) it is simply not stored and asked for again next time."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy.engine import URL, make_url

from zjtracker.db import open_database
from zjtracker.db.engine import Database

DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432
CONNECT_TIMEOUT_S = 10  # every connection of the program gives up after this
TEST_TIMEOUT_S = 5  # the dialog's 测试连接 waits less
KEYRING_SERVICE = "zjtracker"


@dataclass(frozen=True, kw_only=True)
class ConnectionSettings:
    """Where the shared database is; the password is kept apart (keyring or typed)."""

    host: str
    port: int = DEFAULT_PORT
    database: str
    user: str

    def url(self, password: str | None = None, timeout_s: int = CONNECT_TIMEOUT_S) -> str:
        """The SQLAlchemy URL; user and password are quoted, so any character is safe."""
        url = URL.create(DRIVER, username=self.user, password=password or None, host=self.host,
                         port=self.port, database=self.database,
                         query={"connect_timeout": str(timeout_s)})
        return url.render_as_string(hide_password=False)

    def keyring_name(self) -> str:
        """The name the password is filed under in the keyring: one entry per server login."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def describe(self) -> str:
        return f"{self.host}:{self.port}/{self.database}"

    @classmethod
    def from_url(cls, url: str) -> ConnectionSettings:
        parsed = make_url(url)
        return cls(host=parsed.host or "localhost", port=parsed.port or DEFAULT_PORT,
                   database=parsed.database or "", user=parsed.username or "")


def is_postgresql_url(url: str) -> bool:
    try:
        return make_url(url).get_backend_name() == "postgresql"
    except Exception:  # a SQLite path is not a URL at all
        return False


def password_free_url(url: str) -> str:
    """The URL without its password: what may be remembered, shown or logged."""
    parsed = make_url(url)
    if parsed.password is None:
        return url
    bare = URL.create(parsed.drivername, username=parsed.username, host=parsed.host, port=parsed.port,
                      database=parsed.database, query=parsed.query)
    return bare.render_as_string(hide_password=False)


def check_settings(settings: ConnectionSettings) -> str | None:
    """A sentence naming the first missing field, or None."""
    for value, name in ((settings.host, "服务器地址"), (settings.database, "数据库名"), (settings.user, "用户名")):
        if not value.strip():
            return f"请填写{name}。"
    if not 0 < settings.port < 65536:
        return f"端口 {settings.port} 不对，应在 1 到 65535 之间（PostgreSQL 通常是 5432）。"
    return None


# the connection test -----------------------------------------------------------------
_MESSAGES = (  # (pattern in the driver's or server's message, Chinese sentence)
    (r"password authentication failed|认证失败|密码认证失败",
     "用户名或密码不正确：服务器拒绝了用户“{user}”的登录。"),
    (r"no password supplied", "服务器要求输入密码，请填写密码。"),
    (r'role ".*" does not exist|角色 ".*" 不存在',
     "用户名或密码不正确：服务器上没有用户“{user}”。"),
    (r"is not permitted to log in|不允许登录", "用户“{user}”在服务器上不允许登录，请联系数据库管理员。"),
    (r'database ".*" does not exist|数据库 ".*" 不存在',
     "服务器上没有名为“{database}”的数据库，请检查数据库名，或请数据库管理员先建好它。"),
    (r"no pg_hba\.conf entry|pg_hba\.conf",
     "服务器不接受从本机的连接（pg_hba.conf 未放行），请联系数据库管理员。"),
    (r"permission denied|权限不够|拒绝访问",
     "用户“{user}”没有在数据库“{database}”中建表或读写的权限，请数据库管理员授予权限。"),
    (r"too many connections|remaining connection slots", "服务器的连接数已满，请稍后再试。"),
    (r"the database system is (starting up|shutting down|in recovery)",
     "数据库服务正在启动或关闭，请稍后再试。"),
    (r"could not translate host name|failed to resolve host|Name or service not known|nodename nor servname",
     "找不到服务器“{host}”：请检查服务器地址和网络。"),
    (r"Connection refused|actively refused|由于目标计算机积极拒绝",
     "连不上服务器 {host}:{port}：该端口没有数据库服务在运行，请检查地址、端口，或服务器是否已开启。"),
    (r"timeout expired|timed out|Network is unreachable|No route to host|超时",
     "连不上服务器 {host}:{port}：等待超时，请检查网络、防火墙和服务器地址。"),
    (r"invalid response to SSL negotiation|expected authentication request|"
     r"server closed the connection unexpectedly|invalid length of startup packet|"
     r"received invalid response|unsupported frontend protocol|lost synchronization",
     "{host}:{port} 上运行的不是 PostgreSQL 数据库服务，请检查端口。"),
)


def explain_error(error: BaseException, settings: ConnectionSettings) -> str:
    """One sentence a clerk understands for a failed connection (psycopg or SQLAlchemy error)."""
    text = str(getattr(error, "orig", None) or error)
    values = {"host": settings.host, "port": settings.port, "database": settings.database,
              "user": settings.user}
    for pattern, sentence in _MESSAGES:
        if re.search(pattern, text, re.IGNORECASE):
            return sentence.format(**values)
    first_line = text.strip().splitlines()[0] if text.strip() else type(error).__name__
    return f"无法连接到 {settings.host}:{settings.port}：{first_line}"


def test_connection(settings: ConnectionSettings, password: str | None,
                    timeout_s: int = TEST_TIMEOUT_S) -> str | None:
    """None when the server answers, the login works and it is PostgreSQL whose tables we
    may create or use; otherwise the Chinese sentence saying what is wrong."""
    import psycopg

    problem = check_settings(settings)
    if problem:
        return problem
    try:
        connection = psycopg.connect(host=settings.host, port=settings.port, dbname=settings.database,
                                     user=settings.user, password=password or None,
                                     connect_timeout=max(2, timeout_s), autocommit=True)
    except Exception as error:  # the driver reports every failure as an exception
        return explain_error(error, settings)
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT version()")
            version = str(cursor.fetchone()[0])
            if "postgresql" not in version.lower():
                return f"{settings.host}:{settings.port} 上运行的不是 PostgreSQL 数据库服务，请检查端口。"
            if connection.info.server_version < 120000:
                return f"服务器的 PostgreSQL 版本太旧（{version.split(',')[0]}），需要 12 或更新的版本。"
            cursor.execute("SELECT to_regclass('alembic_version') IS NOT NULL, "
                           "has_schema_privilege(current_schema(), 'CREATE')")
            migrated, may_create = cursor.fetchone()
            if not migrated and not may_create:
                return (f"用户“{settings.user}”无权在数据库“{settings.database}”中建表，"
                        "请数据库管理员授予权限（GRANT CREATE ON SCHEMA public）。")
    except Exception as error:
        return explain_error(error, settings)
    finally:
        connection.close()
    return None


test_connection.__test__ = False  # a service, not a pytest test function


def open_shared(settings: ConnectionSettings, password: str | None) -> Database:
    """Open the shared database and bring its schema up to date (the migrations)."""
    return open_database(settings.url(password))


# the password in the keyring -----------------------------------------------------------
def _keyring():
    """The keyring backend, or None when the machine has none that keeps secrets safely
    (no backend, the fail/null backends, or a plain-text file store)."""
    try:
        import keyring
        from keyring.backends import chainer, fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:
        return None
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return None
    name = f"{type(backend).__module__}.{type(backend).__name__}".lower()
    if isinstance(backend, fail.Keyring) or ".null." in name or "plaintext" in name:
        return None
    return keyring


def keyring_available() -> bool:
    return _keyring() is not None


def store_password(settings: ConnectionSettings, password: str) -> bool:
    """Keep the password in the keyring; False when it could not be kept (nothing written)."""
    keyring = _keyring()
    if keyring is None or not password:
        return False
    try:
        keyring.set_password(KEYRING_SERVICE, settings.keyring_name(), password)
    except Exception:  # a locked or broken keyring: the password is asked again next time
        return False
    return True


def stored_password(settings: ConnectionSettings) -> str | None:
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, settings.keyring_name())
    except Exception:
        return None


def forget_password(settings: ConnectionSettings) -> None:
    keyring = _keyring()
    if keyring is None:
        return
    try:
        keyring.delete_password(KEYRING_SERVICE, settings.keyring_name())
    except Exception:  # nothing stored: nothing to forget
        pass


def url_with_password_from_keyring(url_without_password: str) -> str:
    """A remembered (password-free) PostgreSQL URL with the keyring's password put back,
    so a recent shared database reopens; unchanged when the keyring holds none (then the
    connection dialog asks) or when the URL is not PostgreSQL or already has one."""
    if not is_postgresql_url(url_without_password):
        return url_without_password
    parsed = make_url(url_without_password)
    if parsed.password is not None:
        return url_without_password
    password = stored_password(ConnectionSettings.from_url(url_without_password))
    if not password:
        return url_without_password
    return parsed.set(password=password).render_as_string(hide_password=False)
