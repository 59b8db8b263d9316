"""A database URL as it may be shown, logged or remembered: without its password.

A password can sit in two places of a URL that ``--db`` takes: after the user name
(``postgresql+psycopg://clerk:secret@server/ledger``) and as a query parameter
(``…/ledger?password=secret``, which the driver accepts as well). Both are left out.
The user name is read the way SQLAlchemy reads it (up to the first ``:``), the password
up to the last ``@`` before the host, so a password holding an unescaped ``@`` is hidden
whole. Plain string work and ``urllib``: no database code is loaded, so the one-program-
per-database check at start stays fast.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, unquote_plus

# Query parameters that carry a secret (libpq's and the drivers' spellings).
SECRET_PARAMETERS = frozenset({"password", "passwd", "pwd", "sslpassword"})

_SCHEME = re.compile(r"^(?P<scheme>[\w+]+)://")
_USERINFO = re.compile(r"^(?P<user>[^:/]*):(?P<password>[^@]*)@")


def hide_password(url: str) -> str:
    """``url`` with any password left out; a path (no ``://``) comes back unchanged."""
    text = str(url)
    scheme = _SCHEME.match(text)
    if scheme is None:
        return text
    rest = text[scheme.end():]
    userinfo = _USERINFO.match(rest)
    if userinfo is not None:
        tail = rest[userinfo.end():]
        host_end = min((i for i in (tail.find("/"), tail.find("?")) if i >= 0), default=len(tail))
        last_at = tail.rfind("@", 0, host_end)
        if last_at >= 0:  # an unescaped "@" in the password: hide up to the last one
            tail = tail[last_at + 1:]
        user = userinfo["user"]
        rest = (user + "@" if user else "") + tail
    base, mark, query = rest.partition("?")
    if mark:
        kept = [piece for piece in query.split("&")
                if unquote_plus(piece.partition("=")[0]).strip().lower() not in SECRET_PARAMETERS]
        rest = base + ("?" + "&".join(kept) if kept else "")
    return text[:scheme.end()] + rest


def has_password(url: str) -> bool:
    return hide_password(url) != str(url)


def sqlite_path(url: str) -> str | None:
    """The file named by a SQLite URL (``sqlite:///relative.db``, ``sqlite:////abs.db``),
    as SQLAlchemy reads it; None for other engines, ``:memory:`` and URLs with a host."""
    text = str(url)
    scheme = _SCHEME.match(text)
    if scheme is None or not scheme["scheme"].lower().split("+")[0] == "sqlite":
        return None
    rest = text[scheme.end():].partition("?")[0]
    if not rest.startswith("/"):
        return None
    database = unquote(rest[1:])
    return database if database and database != ":memory:" else None
