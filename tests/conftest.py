"""Fixtures shared by every test: a fresh database per test, on SQLite and PostgreSQL.

The ``db`` fixture runs each test on a new SQLite file and, when
``COOPDESK_TEST_POSTGRES_URL`` names a server (a maintenance URL such as
``postgresql://postgres:postgres@127.0.0.1:5432/postgres``), again on a new
PostgreSQL database cloned from a migrated template. With
``COOPDESK_REQUIRE_POSTGRES=1`` (as in CI) a missing server fails the run instead of
skipping those tests.

Building a database is the slow part of most tests, so each is built once per run (per
worker process when the run is spread over the cores) and copied: a SQLite file is
copied, a PostgreSQL database is created from a template. ``db`` copies the migrated,
empty schema; ``demo_db``, ``demo_url`` and ``sqlite_demo`` copy the demo data, for the
tests that read or change the demo without testing its loading.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import settings
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from coopdesk.core import paths
from coopdesk.core.db import Database, normalise_url, open_database
from coopdesk.core.demo import load_demo

# Property-based tests: no deadline (shared, noisy machines) and, in CI, the same
# examples on every run so that a landing never depends on luck.
settings.register_profile("default", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True, database=None)
settings.load_profile("ci" if os.environ.get("CI") else "default")

PG_ENV = "COOPDESK_TEST_POSTGRES_URL"
REQUIRE_PG_ENV = "COOPDESK_REQUIRE_POSTGRES"
# One template per test session (and per worker process: each imports this file), so
# that several runs on one server never share it.
TEMPLATE = f"coopdesk_test_template_{uuid.uuid4().hex[:12]}"
# The same with the demo data loaded, made from TEMPLATE when a test first asks for it.
DEMO_TEMPLATE = f"{TEMPLATE}_demo"


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


_templates_ready: set[str] = set()
_admin_engines: dict[str, Engine] = {}


def _admin(admin_url: str) -> Engine:
    """One engine per run on the server's maintenance database (thread-safe)."""
    if admin_url not in _admin_engines:
        _admin_engines[admin_url] = create_engine(
            admin_url, isolation_level="AUTOCOMMIT", pool_size=DROPPING_AT_ONCE + 1
        )
    return _admin_engines[admin_url]


def _with_database(url: str, name: str) -> str:
    return make_url(url).set(database=name).render_as_string(hide_password=False)


def _build_template(admin_url: str, name: str) -> None:
    """Create the template ``name`` once per run: TEMPLATE migrated to the head, and
    DEMO_TEMPLATE a copy of it with the demo loaded."""
    if name in _templates_ready:
        return
    if name == DEMO_TEMPLATE:
        _build_template(admin_url, TEMPLATE)
        statement = f'CREATE DATABASE "{name}" TEMPLATE "{TEMPLATE}"'
    else:
        statement = f'CREATE DATABASE "{name}"'
    with _admin(admin_url).connect() as conn:
        conn.execute(text(statement))
    try:
        db = open_database(_with_database(admin_url, name))
        try:
            if name == DEMO_TEMPLATE:
                load_demo(db)
        finally:
            db.dispose()  # a template accepts no copy while a connection to it is open
    except BaseException:
        _drop_now(admin_url, name)  # never a half-filled template for the next test
        raise
    _templates_ready.add(name)


def pg_demo_template() -> str:
    """The name of this run's PostgreSQL database holding the demo, to copy with
    ``CREATE DATABASE … TEMPLATE``."""
    admin_url = _pg_admin_url()
    assert admin_url is not None, f"PostgreSQL tests need {PG_ENV}"
    _build_template(admin_url, DEMO_TEMPLATE)
    return DEMO_TEMPLATE


def _drop_now(admin_url: str, name: str) -> None:
    with _admin(admin_url).connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


# Each DROP DATABASE waits for a checkpoint of the whole server (a second or more on a
# busy disk), which drops sent at the same time share: the databases of finished tests
# are dropped a few at once in background threads while the next tests run.
DROPPING_AT_ONCE = 4
_dropping: list[Future[None]] = []
_dropper: ThreadPoolExecutor | None = None


def _drop_later(admin_url: str, name: str) -> None:
    global _dropper
    if _dropper is None:
        _dropper = ThreadPoolExecutor(DROPPING_AT_ONCE, thread_name_prefix="drop-database")
    # Never many copies waiting on the disk: past a few, wait for the oldest.
    while sum(not f.done() for f in _dropping) >= 4 * DROPPING_AT_ONCE:
        next(f for f in _dropping if not f.done()).exception()
    _dropping.append(_dropper.submit(_drop_now, admin_url, name))


def _finish_dropping() -> list[str]:
    """Wait for the drops still running and drop the templates; the errors of the drops
    that failed. Called again at the end of the run, it does nothing."""
    global _dropper
    if _dropper is not None:
        _dropper.shutdown(wait=True)
        _dropper = None
    errors = [repr(error) for f in _dropping if (error := f.exception()) is not None]
    _dropping.clear()
    admin_url = os.environ.get(PG_ENV)
    if admin_url:
        for name in (DEMO_TEMPLATE, TEMPLATE):
            if name in _templates_ready:
                _drop_now(normalise_url(admin_url), name)
                _templates_ready.discard(name)
    for engine in _admin_engines.values():
        engine.dispose()
    return errors


@pytest.fixture(scope="session")
def _pg_server() -> Iterator[None]:
    """At the end of the run, the last drops and the templates: an error here is shown
    as one of the last test (also when the run is spread over several processes)."""
    yield
    errors = _finish_dropping()
    assert not errors, f"{len(errors)} test database(s) not dropped, e.g. {errors[0]}"


def _pg_database(template: str = TEMPLATE) -> Iterator[str]:
    """The URL of a new PostgreSQL database copied from ``template``, dropped after."""
    admin_url = _pg_admin_url()
    if admin_url is None:
        pytest.skip(f"PostgreSQL tests need {PG_ENV}")
    _build_template(admin_url, template)
    name = f"coopdesk_test_{uuid.uuid4().hex[:12]}"
    with _admin(admin_url).connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
        # A commit waits for no disk write: what other connections see is the same, and
        # a test database need not outlive a power cut.
        conn.execute(text(f'ALTER DATABASE "{name}" SET synchronous_commit = off'))
    try:
        yield _with_database(admin_url, name)
    finally:
        _drop_later(admin_url, name)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path, _pg_server: None) -> Iterator[str]:
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


@pytest.fixture(scope="session")
def _sqlite_demo_template(tmp_path_factory: pytest.TempPathFactory, _sqlite_template: Path) -> Path:
    """One SQLite file holding the demo, loaded once per run."""
    path = tmp_path_factory.mktemp("demo-template") / "demo.sqlite3"
    shutil.copyfile(_sqlite_template, path)
    database = open_database(f"sqlite:///{path}")
    try:
        load_demo(database)
    finally:
        database.dispose()  # the WAL is folded into the file, which is then whole
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def demo_url(
    request: pytest.FixtureRequest, tmp_path: Path, _sqlite_demo_template: Path, _pg_server: None
) -> Iterator[str]:
    """The URL of a new database holding the demo, on each backend: a copy of the demo
    loaded once per run (the tests of loading itself load it into ``db``)."""
    if request.param == "sqlite":
        target = tmp_path / "demo.sqlite3"
        shutil.copyfile(_sqlite_demo_template, target)
        yield f"sqlite:///{target}"
    else:
        yield from _pg_database(DEMO_TEMPLATE)


@pytest.fixture
def demo_db(demo_url: str) -> Iterator[Database]:
    """A new database holding the demo, on each backend."""
    database = open_database(demo_url)
    try:
        yield database
    finally:
        database.dispose()


@pytest.fixture
def sqlite_demo(tmp_path: Path, _sqlite_demo_template: Path) -> Iterator[Database]:
    """A new SQLite database holding the demo, for the tests that need it on one backend."""
    target = tmp_path / "demo.sqlite3"
    shutil.copyfile(_sqlite_demo_template, target)
    database = open_database(f"sqlite:///{target}")
    try:
        yield database
    finally:
        database.dispose()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The heavy tests first: spread over several processes, the run then ends with
    short tests on every process rather than one long test on one."""
    items.sort(key=lambda item: item.get_closest_marker("heavy") is None)


_skipped_postgres: list[str] = []


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.skipped and "[postgresql" in report.nodeid:
        _skipped_postgres.append(report.nodeid)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Drop what is left of this session's databases; under
    ``COOPDESK_REQUIRE_POSTGRES=1`` a skipped PostgreSQL test fails the run."""
    not_dropped = _finish_dropping()
    if not_dropped:
        print(f"\n{len(not_dropped)} test database(s) not dropped, e.g. {not_dropped[0]}")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    if os.environ.get(REQUIRE_PG_ENV) == "1" and _skipped_postgres:
        print(
            f"\n{len(_skipped_postgres)} PostgreSQL test(s) skipped while required, e.g. "
            f"{_skipped_postgres[0]}"
        )
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
