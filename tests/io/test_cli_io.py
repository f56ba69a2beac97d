"""``coopdesk import participants`` and ``coopdesk export …`` as a user types them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from coopdesk import cli
from coopdesk.core import paths
from coopdesk.core.db import open_database
from coopdesk.core.services import participants, people
from tests.factories import delegation

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def _io_commands(monkeypatch):
    monkeypatch.setattr(cli, "COMMAND_MODULES", ("coopdesk.cli.io",))


@pytest.fixture
def assises(db_url):
    db = open_database(db_url)
    delegation(
        db,
        kind="conference",
        title="Assises franco-québécoises",
        start_date="2023-10-23",
        end_date="2023-10-24",
    )
    delegation(db)
    db.dispose()
    return db_url


def _listed(url: str, reference: str) -> int:
    db = open_database(url)
    try:
        from coopdesk.core.services.events import find_event

        return len(participants.list_participants(db, find_event(db, reference).id))
    finally:
        db.dispose()


def _run(url: str, *args: str) -> int:
    return cli.main(["--database", url, *args])


def test_a_refused_row_is_shown_and_nothing_is_written(assises, capsys):
    path = str(FIXTURES / "apostolove.xlsx")
    status = _run(assises, "import", "participants", "--event", "Apostolove", path, "--yes")
    assert status == 2
    captured = capsys.readouterr()
    assert "Ligne 7, colonne « Arrivée » : « 31/06/2023 » : cette date n'existe pas." in (
        captured.err
    )
    assert "1 ligne refusée : rien n'est importé." in captured.err
    assert "Olena Kovalenko" in captured.out
    assert _listed(assises, "Apostolove") == 0


def test_dry_run_then_import_of_a_french_excel_csv(assises, capsys):
    path = str(FIXTURES / "assises_excel_fr.csv")
    args = ("import", "participants", "--event", "Assises", path)
    assert _run(assises, *args, "--dry-run") == 0
    out = capsys.readouterr().out
    assert "encodage cp1252, séparateur « ; »" in out
    assert "Pays → Pays" in out
    assert "Ville de Québec (nouvelle)" in out
    assert "6 nouvelles personnes" in out
    assert _listed(assises, "Assises") == 0
    assert _run(assises, *args, "--yes") == 0
    assert "6 participants ajoutés" in capsys.readouterr().out
    assert _listed(assises, "Assises") == 6
    assert list((paths.config_dir() / "mappings").glob("*.json"))
    # The same file again: everyone is already there.
    assert _run(assises, *args, "--yes") == 0
    assert "0 participant ajouté" in capsys.readouterr().out
    assert _listed(assises, "Assises") == 6


def test_on_a_terminal_the_import_asks_first(assises, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "n")
    path = str(FIXTURES / "inscriptions_utf8_bom.csv")
    assert _run(assises, "import", "participants", "--event", "Apostolove", path) == 1
    assert "Import abandonné" in capsys.readouterr().out
    assert _listed(assises, "Apostolove") == 0
    monkeypatch.setattr("builtins.input", lambda prompt: "oui")
    assert _run(assises, "import", "participants", "--event", "Apostolove", path) == 0
    assert _listed(assises, "Apostolove") == 3


def test_encoding_delimiter_and_mapping_given_by_the_user(assises, capsys, tmp_path):
    path = str(FIXTURES / "assises_excel_fr.csv")
    base = ("import", "participants", "--event", "Assises", path, "--dry-run")
    assert _run(assises, *base, "--encoding", "utf-8") == 2
    assert "n'est pas en utf-8" in capsys.readouterr().err
    assert _run(assises, *base, "--delimiter", "tab") == 2
    assert "Aucune ligne d'en-tête" in capsys.readouterr().err
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"Régime alimentaire": None, "Hôtel": "notes"}), "utf-8")
    assert _run(assises, *base, "--encoding", "cp1252", "--mapping", str(mapping)) == 0
    out = capsys.readouterr().out
    assert "Régime alimentaire → (ignorée)" in out
    assert "Hôtel → Remarques" in out


def test_exports_from_the_command_line(assises, capsys, tmp_path):
    fixed = tmp_path / "apostolove.csv"
    fixed.write_text(
        "Nom;Prénom;Arrivée;Départ;Hôtel\nKovalenko;Olena;02/07/2023 10:35;04/07/2023 17:10;Gare\n",
        encoding="utf-8",
    )
    assert _run(assises, "import", "participants", "--event", "Apostolove", str(fixed)) == 0
    for kind in ("participants", "arrivals", "rooming", "organisations"):
        out = tmp_path / f"{kind}.xlsx"
        assert _run(assises, "export", kind, "--event", "Apostolove", "-o", str(out)) == 0
        book = load_workbook(out)
        assert book.worksheets[0].freeze_panes == "A2"
        book.close()
    out = tmp_path / "rooming.csv"
    assert (
        _run(
            assises,
            "export",
            "rooming",
            "--event",
            "Apostolove",
            "-o",
            str(out),
            "--language",
            "en",
        )
        == 0
    )
    assert out.read_text(encoding="utf-8-sig").startswith("Hotel;Civility;Name")
    capsys.readouterr()
    assert _run(assises, "export", "rooming", "--event", "Apostolove", "-o", "x.pdf") == 2
    assert "Format d'export inconnu" in capsys.readouterr().err


def test_the_sheet_of_a_workbook_is_chosen_with_sheet(assises, capsys, tmp_path):
    from tests.io.office_files import old_excel_workbook, partner_workbook

    path = str(partner_workbook(tmp_path / "inscriptions.xlsx"))
    base = ("import", "participants", "--event", "Assises", path)
    # By default the registrations, not the instructions nor the hidden drop-down lists.
    assert _run(assises, *base, "--dry-run") == 0
    out = capsys.readouterr().out
    assert (
        "inscriptions.xlsx : feuille « Inscriptions » lue (--sheet pour en lire une autre)\n"
        "  Lisez-moi (4 lignes)\n"
        "  Listes (3 lignes, masquée)\n"
        "  Inscriptions (4 lignes)  ← lue\n"
        "  Délégation Kishiwada (4 lignes)\n"
        "  Делегація Апостолове (2 lignes)\n"
        "  Feuil2 (vide)\n"
    ) in out
    assert "Hélène Lefèvre" in out and "Tanaka" not in out

    assert _run(assises, *base, "--sheet", "Délégation Kishiwada", "--yes") == 0
    out = capsys.readouterr().out
    assert "  Délégation Kishiwada (4 lignes)  ← lue" in out
    assert "3 participants ajoutés" in out
    db = open_database(assises)
    try:
        from coopdesk.core.services.events import find_event

        listed = participants.list_participants(db, find_event(db, "Assises").id)
    finally:
        db.dispose()
    assert sorted(p.display_name for p in listed) == ["Hiroshi Tanaka", "Kenji Mori", "Yuki Sato"]

    assert _run(assises, *base, "--sheet", "Délégation Porto-Novo") == 2
    err = capsys.readouterr().err
    assert "Le classeur n'a pas de feuille « Délégation Porto-Novo ». Ses feuilles : " in err
    assert "Délégation Kishiwada, Делегація Апостолове, Feuil2." in err
    assert "Traceback" not in err

    old = tmp_path / "inscriptions.xls"
    old.write_bytes(old_excel_workbook())
    assert _run(assises, "import", "participants", "--event", "Assises", str(old)) == 2
    assert "inscriptions.xls est un classeur Excel 97-2003 (.xls)" in capsys.readouterr().err
    assert _listed(assises, "Assises") == 3


def test_the_sheet_read_in_english(assises, capsys, tmp_path, monkeypatch):
    from tests.io.office_files import partner_workbook

    monkeypatch.setenv("COOPDESK_LANG", "en")
    path = str(partner_workbook(tmp_path / "registrations.xlsx"))
    args = ("import", "participants", "--event", "Apostolove", path, "--dry-run")
    assert _run(assises, *args, "--sheet", "делегація апостолове") == 0
    out = capsys.readouterr().out
    assert (
        "registrations.xlsx: sheet “Делегація Апостолове” read (--sheet to read another one)" in out
    )
    assert "  Listes (3 rows, hidden)\n" in out
    assert "  Делегація Апостолове (2 rows)  ← read\n" in out
    assert "Olena Kovalenko" in out
    assert _run(assises, *args, "--sheet", "Feuil2") == 2
    assert "The sheet “Feuil2” is empty. Sheets with data: Lisez-moi" in capsys.readouterr().err


def test_the_dry_run_says_where_each_field_comes_from_and_why(assises, capsys, tmp_path):
    from tests.io.platform_lists import SHAPES

    [pretix] = [s for s in SHAPES if s.name == "pretix_en"]
    path = str(pretix.write(tmp_path))
    assert _run(assises, "import", "participants", "--event", "Assises", path, "--dry-run") == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert "Export reconnu : pretix" in lines
    for expected in (
        "  Position ID → (ignorée) — un numéro ou un code, pas un nom",
        "  Email → (ignorée) — « Attendee email » donne déjà « Courriel »",
        "  Attendee email → Courriel — en-tête reconnu",
        "  Invoice address name → (ignorée) — « Nom et prénom » de l'acheteur, pas du participant",
        "  E-mail address verified → (ignorée) — une case oui/non",
        "  Product → Catégorie — en-tête reconnu",
    ):
        assert expected in lines, expected
    assert "Ordre des dates :" not in lines  # ISO dates: nothing to decide
    assert "Aperçu seulement (--dry-run) : rien n'est écrit." in lines


def test_dates_that_read_both_ways_need_date_order(assises, capsys, tmp_path):
    path = tmp_path / "liste.csv"
    path.write_text(
        "Nom;Prénom;Date de naissance\nDupont;Marie;03/04/1980\nDurand;Paul;05/06/1975\n",
        encoding="utf-8",
    )
    args = ("import", "participants", "--event", "Assises", str(path), "--yes")
    assert _run(assises, *args) == 2
    captured = capsys.readouterr()
    assert (
        "Date de naissance : « 03/04/1980 » peut se lire dans les deux ordres : choisissez "
        "jour/mois ou mois/jour"
    ) in captured.out
    assert "relancez avec --date-order dmy (jour/mois/année) ou --date-order mdy" in captured.err
    assert _listed(assises, "Assises") == 0
    assert _run(assises, *args, "--date-order", "mdy") == 0
    assert "Date de naissance : mois/jour/année (votre choix)" in capsys.readouterr().out
    db = open_database(assises)
    try:
        from coopdesk.core.services.events import find_event

        found = participants.list_participants(db, find_event(db, "Assises").id)
        births = {p.last_name: people.get_person(db, p.person_id).birth_date for p in found}
    finally:
        db.dispose()
    assert {k: str(v) for k, v in births.items()} == {
        "Dupont": "1980-03-04",
        "Durand": "1975-05-06",
    }


def test_warnings_must_be_accepted_on_the_command_line(assises, capsys, tmp_path):
    path = tmp_path / "liste.csv"
    path.write_text(
        "Nom;Prénom;Courriel\n"
        "Kovalenko;Olena;secretariat@apostolove.ua\n"
        "Bondarenko;Vitalii;secretariat@apostolove.ua\n",
        encoding="utf-8",
    )
    args = ("import", "participants", "--event", "Assises", str(path), "--yes")
    assert _run(assises, *args) == 2
    captured = capsys.readouterr()
    assert "Points à vérifier :" in captured.out
    assert "Lignes 2 et 3 : Le même courriel « secretariat@apostolove.ua »" in captured.out
    assert "Relancez avec --accept-warnings pour importer quand même." in captured.err
    assert _listed(assises, "Assises") == 0
    assert _run(assises, *args, "--accept-warnings") == 0
    assert "2 participants ajoutés" in capsys.readouterr().out
    assert _listed(assises, "Assises") == 2
