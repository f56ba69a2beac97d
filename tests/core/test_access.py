"""Reader, editor and administrator on a PostgreSQL server: the server refuses, coopdesk
says why in words, and the change log names the database user.

Each test makes its own group roles and logins (unique names: roles belong to the whole
server, shared by every test) and drops them afterwards.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from coopdesk import cli
from coopdesk.core import access, archive
from coopdesk.core.access import Role
from coopdesk.core.db import open_database
from coopdesk.core.errors import AccessDeniedError
from coopdesk.core.messages import describe
from coopdesk.core.services import events, people, privacy
from coopdesk.core.services.history import history
from tests import pg_roles
from tests.factories import delegation, person

server = pg_roles.server  # the fixture: a login of each role on a fresh database


def _count_events(url: str) -> int:
    with psycopg.connect(make_url(url).set(drivername="postgresql").render_as_string(False)) as c:
        return c.execute("SELECT count(*) FROM event").fetchone()[0]


def test_each_login_is_seen_with_its_role(server):
    seen = {}
    for role, url in server.urls.items():
        db = open_database(url)
        try:
            seen[role] = access.detect(db)
        finally:
            db.dispose()
    assert {role: (a.user, a.role) for role, a in seen.items()} == {
        role: (server.logins[role], role) for role in Role
    }
    owner = open_database(server.owner_url)
    try:
        assert access.detect(owner).role is Role.ADMIN  # the owner of the database
    finally:
        owner.dispose()
    assert sorted(access.members(open_database(server.owner_url), server.prefix)) == sorted(
        (server.logins[role], role) for role in Role
    )


def test_a_reader_cannot_change_anything_through_the_services_and_is_told_why(server):
    owner = open_database(server.owner_url)
    try:
        event = delegation(owner)
        olena = person(owner)
    finally:
        owner.dispose()
    db = open_database(server.urls[Role.READER])
    try:
        assert access.detect(db).role is Role.READER
        assert [e.title for e in events.list_events(db)] == [event.title]  # reading works
        attempts = [
            lambda: delegation(db, title="Interdite"),
            lambda: people.update_person(db, olena.id, {"function": "Maire"}),
            lambda: events.delete_event(db, event.id),
        ]
        for attempt in attempts:
            with pytest.raises(AccessDeniedError) as refused:
                attempt()
            assert refused.value.code == "access.read_only"
            assert describe(refused.value, "fr") == (
                f"Votre compte « {server.logins[Role.READER]} » est en lecture seule : il "
                "peut consulter et exporter, mais ne peut rien créer, modifier ni supprimer. "
                "Demandez le rôle de rédacteur à l'administrateur de la base."
            )
        assert people.get_person(db, olena.id).function == olena.function
    finally:
        db.dispose()
    assert _count_events(server.owner_url) == 1


def test_a_reader_is_refused_write_commands_in_a_sentence(server, tmp_path, capsys):
    owner = open_database(server.owner_url)
    try:
        event = delegation(owner, title="Délégation d'Apostolove")
        backup = archive.backup(owner, tmp_path / "sauvegarde.json")
    finally:
        owner.dispose()
    listing = tmp_path / "liste.csv"
    listing.write_text("Nom;Prénom\nKovalenko;Olena\n", encoding="utf-8")
    url = server.urls[Role.READER]
    commands = [
        ["demo", "--force"],
        ["import", "participants", "--event", str(event.id), str(listing)],
        ["db", "restore", "--yes", str(backup)],
    ]
    for command in commands:
        capsys.readouterr()
        assert cli.main(["--database", url, *command]) == cli.EXIT_USER_ERROR, command
        err = capsys.readouterr().err
        assert "Erreur inattendue" not in err, command
        expected = (
            "Seul un administrateur peut restaurer"
            if "restore" in command
            else (f"Votre compte « {server.logins[Role.READER]} » est en lecture seule")
        )
        assert err.startswith(expected), (command, err)
    assert _count_events(server.owner_url) == 1
    # and the reader can ask what their role allows
    capsys.readouterr()
    assert cli.main(["--database", url, "db", "roles", "--me"]) == 0
    assert capsys.readouterr().out.strip() == (
        f"Connecté en tant que « {server.logins[Role.READER]} » (lecteur) : vous pouvez "
        "consulter et exporter, mais pas créer, modifier ni supprimer."
    )


def test_an_editor_edits_but_cannot_restore_erase_purge_or_touch_the_log(server, tmp_path):
    owner = open_database(server.owner_url)
    try:
        event = delegation(owner, start_date="2020-03-02", end_date="2020-03-04")
        olena = person(owner, passport_number="FA123456")
        from coopdesk.core.services import participants

        participants.add_participant(owner, event.id, olena.id)
        backup = archive.backup(owner, tmp_path / "sauvegarde.json")
    finally:
        owner.dispose()
    db = open_database(server.urls[Role.EDITOR])
    login = server.logins[Role.EDITOR]
    try:
        people.update_person(db, olena.id, {"function": "Maire"})  # an editor edits
        refusals = {
            "restore": lambda: archive.restore(db, backup),
            "erase": lambda: privacy.erase_person(db, olena.id),
            "purge": lambda: privacy.purge_sensitive(db, date(2021, 1, 1)),
        }
        for action, attempt in refusals.items():
            with pytest.raises(AccessDeniedError) as refused:
                attempt()
            assert refused.value.code == f"access.admin_only.{action}"
            assert describe(refused.value, "fr").startswith("Seul un administrateur peut")
            assert f"« {login} »" in describe(refused.value, "fr")
        for statement in ("UPDATE change_log SET summary = ''", "DELETE FROM change_log"):
            with pytest.raises(AccessDeniedError) as refused, db.session() as session:
                session.execute(text(statement))
            assert refused.value.code == "access.admin_only.change_log"
        person_now = people.get_person(db, olena.id)
        assert person_now.passport_number == "FA123456"  # not purged, not erased
    finally:
        db.dispose()
    # the server itself refuses, whoever asks it (psycopg directly, not coopdesk)
    raw = make_url(server.urls[Role.EDITOR]).set(drivername="postgresql")
    with psycopg.connect(raw.render_as_string(False)) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM change_log")
        conn.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                'INSERT INTO change_log (at, "user", entity, action, changes, summary) '
                "VALUES (now(), 'x', 'person', 'erase', '{}', '')"
            )


def test_the_log_names_the_database_user_for_edits_imports_restores_and_erasures(
    server, tmp_path, monkeypatch
):
    monkeypatch.setenv("COOPDESK_USER", "quelqu.un.d.autre")  # ignored by the server
    editor_login, admin_login = server.logins[Role.EDITOR], server.logins[Role.ADMIN]
    editor = open_database(server.urls[Role.EDITOR])
    try:
        event = delegation(editor)
        listing = tmp_path / "liste.csv"
        listing.write_text("Nom;Prénom\nKovalenko;Olena\nPetrenko;Ivan\n", encoding="utf-8")
        from coopdesk.core.io.apply import apply_import
        from coopdesk.core.io.preview import preview_import
        from coopdesk.core.io.reading import read_table

        apply_import(editor, preview_import(editor, event.id, read_table(listing)))
        # an editor adds to the log, whatever author the program claims
        with editor.session() as session:
            session.execute(
                text(
                    'INSERT INTO change_log (at, "user", entity, action, changes, summary) '
                    "VALUES (now(), 'faux-auteur', 'event', 'update', '{}', '')"
                )
            )
    finally:
        editor.dispose()
    admin = open_database(server.urls[Role.ADMIN])
    try:
        backup = archive.backup(admin, tmp_path / "sauvegarde.json")
        victim = person(admin, last_name="Bondarenko")
        privacy.erase_person(admin, victim.id)
        archive.restore(admin, backup)
        log = history(admin)
    finally:
        admin.dispose()
    assert {(c.action, c.user) for c in log} == {
        ("restore", admin_login),
        ("update", editor_login),
        ("import", editor_login),
        ("create", editor_login),
    }
    assert log[0].action == "restore"
    imported = next(c for c in log if c.action == "import")
    assert len(imported.changes["rows"][1]) == 2
    assert "quelqu.un.d.autre" not in repr(log) and "faux-auteur" not in repr(log)
    # the erasure was logged before the restore replaced the log: see it on its own
    admin = open_database(server.urls[Role.ADMIN])
    try:
        victim = person(admin, last_name="Bondarenko")
        privacy.erase_person(admin, victim.id)
        erased = history(admin, entity="person", entity_id=victim.id)
    finally:
        admin.dispose()
    assert [(c.action, c.user) for c in erased] == [("erase", admin_login)]


def test_an_administrator_may_correct_the_log(server):
    admin = open_database(server.urls[Role.ADMIN])
    try:
        delegation(admin)
        with admin.session() as session:
            session.execute(text("UPDATE change_log SET summary = 'corrigé'"))
        assert {c.summary for c in history(admin)} == {"corrigé"}
    finally:
        admin.dispose()


def test_granting_a_role_replaces_the_previous_one(server):
    owner = open_database(server.owner_url)
    login = server.logins[Role.READER]
    try:
        access.grant_role(owner, login, Role.EDITOR, server.prefix)
        assert dict(access.members(owner, server.prefix))[login] is Role.EDITOR
        with owner.connection() as conn:
            groups = set(
                conn.scalars(
                    text(
                        "SELECT g.rolname FROM pg_auth_members a JOIN pg_roles g "
                        "ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
                        "WHERE m.rolname = :login"
                    ),
                    {"login": login},
                )
            )
        assert groups == {access.role_names(server.prefix).editor}
    finally:
        owner.dispose()
    db = open_database(server.urls[Role.READER])
    try:
        assert access.detect(db).role is Role.EDITOR
        delegation(db, title="Maintenant permise")
    finally:
        db.dispose()


def test_the_shipped_sql_script_is_the_one_coopdesk_runs():
    shipped = Path(__file__).parents[2] / "resources" / "sql" / "coopdesk-roles.sql"
    assert shipped.read_text(encoding="utf-8") == access.roles_script()


def test_sqlite_has_no_roles_and_everyone_is_administrator(sqlite_db, capsys):
    assert access.detect(sqlite_db).role is Role.ADMIN
    url = str(sqlite_db.engine.url)
    capsys.readouterr()
    assert cli.main(["--database", url, "db", "roles"]) == cli.EXIT_USER_ERROR
    assert "n'a pas de rôles" in capsys.readouterr().err


def test_the_roles_command_gives_lists_and_refuses_in_words(server, capsys):
    url = server.owner_url
    login = server.logins[Role.READER]
    capsys.readouterr()
    assert cli.main(["--database", url, "db", "roles", "--prefix", server.prefix]) == 0
    assert capsys.readouterr().out.startswith(f"Rôles prêts : {server.prefix}_reader")
    grant = ["--database", url, "db", "roles", "--prefix", server.prefix, "--grant"]
    assert cli.main([*grant, login, "admin"]) == 0
    assert capsys.readouterr().out.strip() == (
        f"« {login} » est maintenant administrateur ({server.prefix}_admin)."
    )
    assert cli.main(["--database", url, "db", "roles", "--prefix", server.prefix, "--list"]) == 0
    listed = dict(line.split("\t") for line in capsys.readouterr().out.strip().splitlines())
    assert listed[login] == "administrateur"
    assert listed[server.logins[Role.EDITOR]] == "rédacteur"
    assert cli.main([*grant, "personne_inconnue_xyz", "reader"]) == cli.EXIT_USER_ERROR
    assert "ne connaît pas l'utilisateur « personne_inconnue_xyz »" in capsys.readouterr().err
    assert cli.main([*grant, login, "superuser"]) == cli.EXIT_USER_ERROR
    assert "n'est pas une valeur possible" in capsys.readouterr().err
    # an editor cannot hand out roles: the server refuses, in a sentence
    editor_url = server.urls[Role.EDITOR]
    assert cli.main(["--database", editor_url, "db", "roles", "--prefix", server.prefix]) == 2
    assert capsys.readouterr().err == (
        "Seul un superutilisateur du serveur, ou un compte qui peut créer des rôles "
        "(CREATEROLE), peut créer ou donner les rôles de coopdesk : votre compte "
        f"« {server.logins[Role.EDITOR]} » ne le peut pas. Rien n'a été modifié.\n"
    )


def test_a_database_behind_is_upgraded_by_its_owner_and_anyone_else_is_told_so(server, capsys):
    from alembic import command

    from coopdesk.core.db import alembic_config

    owner = open_database(server.owner_url)
    try:
        with owner.engine.begin() as conn:
            command.downgrade(alembic_config(conn), "0004")
    finally:
        owner.dispose()
    capsys.readouterr()
    assert cli.main(["--database", server.urls[Role.EDITOR], "events"]) == cli.EXIT_USER_ERROR
    assert capsys.readouterr().err == (
        "Cette base doit être mise à jour pour cette version de coopdesk, et seul son "
        f"propriétaire peut le faire : votre compte « {server.logins[Role.EDITOR]} » ne le "
        "peut pas. Demandez-lui de lancer « coopdesk db upgrade ».\n"
    )
    assert cli.main(["--database", server.owner_url, "db", "upgrade"]) == 0
    assert cli.main(["--database", server.urls[Role.EDITOR], "events"]) == 0
