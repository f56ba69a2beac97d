"""Fixtures shared by every test: a fresh database per test, on SQLite and PostgreSQL.

The ``db`` fixture runs each test on a new SQLite file and, when
``COOPDESK_TEST_POSTGRES_URL`` names a server (a maintenance URL such as
``postgresql://postgres:postgres@127.0.0.1:5432/postgres``), again on a new
PostgreSQL database cloned from a migrated template. With
``COOPDESK_REQUIRE_POSTGRES=1`` (as in CI) a missing server fails the run instead of
skipping those tests.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from coopdesk.core import paths
from coopdesk.core.db import Database, normalise_url, open_database

# Property-based tests: no deadline (shared, noisy machines) and, in CI, the same
# examples on every run so that a landing never depends on luck.
settings.register_profile("default", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True, database=None)
settings.load_profile("ci" if os.environ.get("CI") else "default")

PG_ENV = "COOPDESK_TEST_POSTGRES_URL"
REQUIRE_PG_ENV = "COOPDESK_REQUIRE_POSTGRES"
# One template per test session, so that several runs on one server never share it.
TEMPLATE = f"coopdesk_test_template_{uuid.uuid4().hex[:12]}"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own data, config and log folders, never the real home."""
    home = tmp_path / "home"
    monkeypatch.setenv(paths.HOME_ENV, str(home))
    monkeypatch.delenv("COOPDESK_DATABASE_URL", raising=False)
    monkeypatch.setenv("COOPDESK_LANG", "fr")
    paths.set_home(None)
    yield home
    paths.set_home(None)


def _pg_admin_url() -> str | None:
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get(REQUIRE_PG_ENV) == "1":
            pytest.fail(f"{REQUIRE_PG_ENV}=1 but {PG_ENV} is not set")
        return None
    return normalise_url(url)


_template_ready = False


def _pg_database() -> Iterator[str]:
    global _template_ready
    admin_url = _pg_admin_url()
    if admin_url is None:
        pytest.skip(f"PostgreSQL tests need {PG_ENV}")
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            if not _template_ready:
                conn.execute(text(f'CREATE DATABASE "{TEMPLATE}"'))
                template_url = make_url(admin_url).set(database=TEMPLATE)
                db = open_database(template_url.render_as_string(hide_password=False))
                db.dispose()
                _template_ready = True
            name = f"coopdesk_test_{uuid.uuid4().hex[:12]}"
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{TEMPLATE}"'))
        try:
            yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a new, empty database on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.sqlite3'}"
    else:
        yield from _pg_database()


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One SQLite file migrated to the head once per run: the ``db`` fixtures copy it
    instead of replaying every migration for each test."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    database = open_database(f"sqlite:///{path}")
    database.dispose()  # the last connection closes: the WAL is folded into the file
    return path


def _from_template(url: str, template: Path) -> str:
    """A new SQLite file at ``url`` becomes a copy of the migrated template."""
    if url.startswith("sqlite:///"):
        target = Path(url.removeprefix("sqlite:///"))
        if not target.exists():
            shutil.copyfile(template, target)
    return url


@pytest.fixture
def db(db_url: str, _sqlite_template: Path) -> Iterator[Database]:
    """A new database at the current schema, on each backend."""
    database = open_database(_from_template(db_url, _sqlite_template))
    try:
        yield database
    finally:
        database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path, _sqlite_template: Path) -> Iterator[Database]:
    """A new SQLite database, for tests about SQLite files themselves."""
    url = f"sqlite:///{tmp_path / 'test.sqlite3'}"
    database = open_database(_from_template(url, _sqlite_template))
    try:
        yield database
    finally:
        database.dispose()


_skipped_postgres: list[str] = []


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.skipped and "[postgresql" in report.nodeid:
        _skipped_postgres.append(report.nodeid)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Drop this session's template; under ``COOPDESK_REQUIRE_POSTGRES=1`` a skipped
    PostgreSQL test fails the run."""
    admin_url = os.environ.get(PG_ENV)
    if _template_ready and admin_url:
        admin = create_engine(normalise_url(admin_url), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{TEMPLATE}" WITH (FORCE)'))
        admin.dispose()
    if os.environ.get(REQUIRE_PG_ENV) == "1" and _skipped_postgres:
        print(
            f"\n{len(_skipped_postgres)} PostgreSQL test(s) skipped while required, e.g. "
            f"{_skipped_postgres[0]}"
        )
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
