"""Logins of each coopdesk role on a fresh PostgreSQL database, for the tests.

Roles belong to the whole server, which every test shares: each test makes its own,
with unique names, and drops them afterwards.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from coopdesk.core import access
from coopdesk.core.access import Role
from coopdesk.core.db import open_database
from tests.conftest import _pg_database


@dataclass
class Server:
    owner_url: str
    prefix: str
    urls: dict[Role, str]
    logins: dict[Role, str]


def _url_for(owner_url: str, login: str) -> str:
    return (
        make_url(owner_url)
        .set(username=login, password="motdepasse-test")
        .render_as_string(hide_password=False)
    )


@pytest.fixture
def server() -> Iterator[Server]:
    """A fresh database with the coopdesk roles and one login of each role."""
    for owner_url in _pg_database():
        tag = uuid.uuid4().hex[:10]
        prefix = f"coopdesk_t{tag}"
        logins = {role: f"cd_{role.value}_{tag}" for role in Role}
        admin = create_engine(owner_url, isolation_level="AUTOCOMMIT")
        owner = open_database(owner_url)
        try:
            with admin.connect() as conn:
                for login in logins.values():
                    conn.execute(text(f"CREATE ROLE {login} LOGIN PASSWORD 'motdepasse-test'"))
            access.create_roles(owner, prefix)
            for role, login in logins.items():
                access.grant_role(owner, login, role, prefix)
            yield Server(
                owner_url=owner_url,
                prefix=prefix,
                urls={role: _url_for(owner_url, login) for role, login in logins.items()},
                logins=logins,
            )
        finally:
            owner.dispose()
            names = access.role_names(prefix)
            everyone = [*logins.values(), names.reader, names.editor, names.admin]
            with admin.connect() as conn:
                for row in conn.execute(
                    text("SELECT pid FROM pg_stat_activity WHERE usename = ANY(:n)"),
                    {"n": everyone},
                ):
                    conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": row[0]})
                existing = list(
                    conn.scalars(
                        text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:n)"),
                        {"n": everyone},
                    )
                )
                if existing:  # their grants here (and on the database), then themselves
                    conn.execute(text(f"DROP OWNED BY {', '.join(existing)}"))
                for name in existing:
                    conn.execute(text(f"DROP ROLE {name}"))
            admin.dispose()
