"""Recognising headers, finding the header row, mapping and remembering columns."""

from __future__ import annotations

import json

import pytest

from coopdesk.core import paths
from coopdesk.core.errors import ValidationError
from coopdesk.core.io.headers import (
    FIELD_HEADERS,
    ColumnMapping,
    find_header_row,
    guess_mapping,
    read_mapping_file,
    reason_text,
    recognise,
    remember_mapping,
)
from coopdesk.core.messages import describe


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Civilité", "civility"),
        ("CIVILITE", "civility"),
        ("Prénom", "first_name"),
        ("prenom ", "first_name"),
        ("Nom", "last_name"),
        ("Nom en écriture d'origine", "native_name"),
        ("Fonction", "function"),
        ("Organisation", "organisation"),
        ("Organization", "organisation"),
        ("Pays", "country"),
        ("Courriel", "email"),
        ("E-mail", "email"),
        ("Mail", "email"),
        ("Adresse électronique", "email"),
        ("Téléphone", "phone"),
        ("Tél.", "phone"),
        ("Catégorie", "category"),
        ("Rôle", "role"),
        ("Statut", "status"),
        ("Arrivée", "arrival_at"),
        ("Date d'arrivée", "arrival_date"),
        ("Heure d’arrivée", "arrival_time"),
        ("Départ", "departure_at"),
        ("Hôtel", "hotel"),
        ("Chambre", "room"),
        ("Régime  alimentaire", "dietary_needs"),
        ("Langues", "languages"),
        ("Passeport", "passport_number"),
        ("N° de passeport", "passport_number"),
        ("Date de naissance", "birth_date"),
        ("Observations", "notes"),
        ("Couleur préférée", None),
    ],
)
def test_usual_french_and_english_headers(header, field):
    assert recognise(header) == field


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Nom (en majuscules)", "last_name"),
        ("Prénom(s)", "first_name"),
        ("Prénom du participant", "first_name"),
        ("Date de naissance (jj/mm/aaaa)", "birth_date"),
        ("E-mail*", "email"),
        ("Courriel (obligatoire)", "email"),
        ("Adresse e-mail professionnelle", "email"),
        ("N° de téléphone portable", "phone"),
        ("Organisme / Structure", "organisation"),
        ("Nom de l'organisme", "organisation"),
        ("Nom de l'hôtel", "hotel"),
        ("Date d'arrivée prévue", "arrival_date"),
        ("Date d'arrivée à l'hôtel", "check_in"),
        ("Heure de départ du vol", "departure_time"),
        ("Date d'expiration du passeport", "passport_expiry"),
        ("Pays de résidence", "country"),
        ("Nom complet", "full_name"),  # split when read
        ("NOM Prénom", "full_name"),
        ("Ville d'origine", None),
    ],
)
def test_headers_as_forms_write_them(header, field):
    assert recognise(header) == field


def test_a_header_row_written_as_a_form_is_found():
    rows = [
        ("Fiche d'inscription — délégation de Kishiwada", None, None, None),
        (None, None, None, None),
        ("NOM (majuscules)", "Prénom(s)", "Adresse e-mail*", "Date de naissance (jj/mm/aaaa)"),
        ("SATO", "Kenji", "k.sato@example.jp", "12/05/1970"),
    ]
    mapping = guess_mapping(rows)
    assert mapping.header_line == 3
    assert mapping.fields == ("last_name", "first_name", "email", "birth_date")


def test_every_export_header_is_recognised_in_both_languages():
    for field, (fr, en) in FIELD_HEADERS.items():
        assert recognise(fr) == field, fr
        assert recognise(en) == field, en


def test_a_bare_flight_number_belongs_to_the_leg_on_its_left():
    assert recognise("N° de vol/train", ["last_name", "arrival_at"]) == "arrival_number"
    assert recognise("N° de vol/train", ["arrival_at", "departure_at"]) == "departure_number"
    assert recognise("Vol", []) == "arrival_number"
    assert recognise("Lieu", ["departure_date", "departure_time"]) == "departure_place"


def test_the_header_row_is_found_below_titles_and_blank_rows():
    rows = [
        ("Assises franco-québécoises 2023", None, None),
        ("Liste des inscrits au 15 septembre", None, None),
        (None, None, None),
        ("Nom", "Prénom", "Courriel"),
        ("Dupont", "Marie", "marie@example.fr"),
    ]
    assert find_header_row(rows) == 3
    mapping = guess_mapping(rows)
    assert mapping.header_line == 4
    assert mapping.fields == ("last_name", "first_name", "email")


def test_no_header_row_is_a_clear_error():
    with pytest.raises(ValidationError) as error:
        find_header_row([("a", "b"), ("1", "2")])
    assert error.value.code == "import.no_header"


def test_the_user_maps_the_rest_and_the_mapping_is_checked():
    rows = [("Nom", "Prénom", "Ville d'origine", "Nom de jeune fille")]
    mapping = guess_mapping(rows)
    assert mapping.fields == ("last_name", "first_name", None, None)
    mapping = mapping.with_columns({"Nom de jeune fille": "native_name", "ville d'origine": None})
    assert mapping.fields == ("last_name", "first_name", None, "native_name")
    mapping.check()
    with pytest.raises(ValidationError) as error:
        mapping.with_column(2, "first_name").check()
    assert error.value.code == "import.field_twice"
    with pytest.raises(ValidationError) as error:
        mapping.with_column(0, "shoe_size")
    assert error.value.code == "field.unknown"
    with pytest.raises(ValidationError) as error:
        mapping.with_column("Taille", "notes")
    assert error.value.code == "import.no_such_column"
    with pytest.raises(ValidationError) as error:
        ColumnMapping(1, ("Prénom",), ("first_name",)).check()
    assert error.value.code == "import.no_name_column"


def test_a_mapping_is_remembered_for_the_next_file_of_the_same_shape():
    rows = [("NOM", "Prénom", "Structure d'accueil")]
    mapping = guess_mapping(rows).with_column(2, "organisation")
    path = remember_mapping(mapping)
    assert path.parent == paths.config_dir() / "mappings"
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert stored["shape"] == ["nom", "prenom", "structure d accueil"]
    # The same headers, written otherwise, in another file.
    again = guess_mapping([("Titre", None), ("nom", "prénom", "Structure d’accueil ")])
    assert again.fields == ("last_name", "first_name", "organisation")
    assert guess_mapping([("Nom", "Prénom", "Autre")]).fields[2] is None


def test_a_damaged_remembered_mapping_is_ignored():
    rows = [("Nom", "Prénom", "Zone")]
    path = remember_mapping(guess_mapping(rows).with_column(2, "notes"))
    path.write_text("{not json", encoding="utf-8")
    assert guess_mapping(rows).fields == ("last_name", "first_name", None)


def test_a_mapping_file_written_by_hand(tmp_path):
    base = guess_mapping([("Nom", "Prénom", "Délégation")])
    path = tmp_path / "mapping.json"
    path.write_text(json.dumps({"Délégation": "organisation", "Prénom": None}), "utf-8")
    assert read_mapping_file(path, base).fields == ("last_name", None, "organisation")
    path.write_text("[1, 2]", "utf-8")
    with pytest.raises(ValidationError) as error:
        read_mapping_file(path, base)
    assert error.value.code == "import.mapping_unreadable"


def test_a_mapping_file_may_name_fields_as_the_preview_shows_them(tmp_path):
    base = guess_mapping([("Nom", "Prénom", "Email pro", "Délégation")])
    path = tmp_path / "mapping.json"
    choices = {"Email pro": "Courriel", "Délégation": "Organisation", "Prénom": "First name"}
    path.write_text(json.dumps(choices), "utf-8")
    assert read_mapping_file(path, base).fields == (
        "last_name",
        "first_name",
        "email",
        "organisation",
    )
    path.write_text(json.dumps({"Délégation": "Pointure"}), "utf-8")
    with pytest.raises(ValidationError) as error:
        read_mapping_file(path, base)
    text = describe(error.value, "fr")
    assert text.startswith("Le fichier de correspondance nomme un champ inconnu : « Pointure ».")
    assert "Courriel" in text and "Date d'arrivée" in text


def test_headers_in_another_language_are_left_for_the_user_to_map(tmp_path):
    # Ukrainian headers of the name columns are known; a Georgian one is not.
    rows = [
        ("Список делегації", None, None, None),
        ("Прізвище", "Ім'я", "ელ. ფოსტა", "Обов'язки"),
        ("Коваленко", "Олена", "olena@example.ua", "Голова громади"),
    ]
    mapping = guess_mapping(rows)
    # The values show the e-mail column; the duties are left for the user.
    assert (mapping.header_line, mapping.fields) == (2, ("last_name", "first_name", "email", None))
    assert mapping.reason(2).code == "values.emails"
    assert reason_text(mapping.reason(2), "fr") == (
        "deviné d'après les valeurs : des adresses électroniques (« olena@example.ua »)"
    )
    path = tmp_path / "mapping.json"
    choices = {
        "Прізвище": "Nom",
        "Ім'я": "Prénom",
        "ელ. ფოსტა": "Courriel",
        "Обов'язки": "Fonction",
    }
    path.write_text(json.dumps(choices, ensure_ascii=False), "utf-8")
    assert read_mapping_file(path, mapping).fields == (
        "last_name",
        "first_name",
        "email",
        "function",
    )


def test_a_form_export_s_respondent_name_gives_way_to_the_last_name_column():
    rows = [
        ("ID", "Heure de début", "Adresse de messagerie", "Nom", "Nom de famille", "Prénom"),
        (1, "12/10/2023 10:02", "anonymous", "", "Dupont", "Marie"),
    ]
    assert guess_mapping(rows).fields == (None, None, "email", None, "last_name", "first_name")


def test_a_form_that_asks_no_name_is_the_respondent_s_own_registration():
    """Colleagues registering themselves: the respondent's e-mail and name are theirs."""
    rows = [
        ("ID", "Start time", "Completion time", "Email", "Name", "Dietary requirements"),
        (1, "9/14/2023 10:20", "9/14/2023 10:31", "marie.dupont@poitiers.fr", "Marie Dupont", ""),
    ]
    mapping = guess_mapping(rows)
    assert mapping.platform == "Microsoft Forms"
    assert mapping.fields == (None, None, None, "email", "full_name", "dietary_needs")
    assert reason_text(mapping.reason(3), "en") == (
        "“E-mail” of whoever filled in the form: no question asks for the participant's name"
    )


def test_the_buyer_s_columns_count_only_when_no_column_names_the_attendees():
    with_attendees = guess_mapping(
        [("Order code", "Attendee name", "Attendee email", "Invoice address name", "Email")]
    )
    assert with_attendees.fields == (None, "full_name", "email", None, None)
    assert reason_text(with_attendees.reason(3), "fr") == (
        "« Nom et prénom » de l'acheteur, pas du participant"
    )
    buyers_only = guess_mapping([("Order code", "Invoice address name", "Buyer email", "Product")])
    assert buyers_only.fields == (None, "full_name", "email", "category")
    assert reason_text(buyers_only.reason(1), "fr") == (
        "« Nom et prénom » de l'acheteur : aucune autre colonne ne nomme les participants"
    )


@pytest.mark.parametrize(
    ("header", "field", "code"),
    [
        ("Position ID", None, "identifier"),
        ("N° de participant", None, "identifier"),
        ("Attendee #", None, "identifier"),
        ("Code-barre", None, "identifier"),
        ("N° de téléphone portable", "phone", "header"),
        ("Numéro de passeport", "passport_number", "header"),
        ("E-mail address verified", None, "flag"),
        ("Consentement RGPD", None, "flag"),
        ("Horodateur", None, "timestamp"),
        ("Submit Date (UTC)", None, "timestamp"),
        ("Date de la commande", None, "timestamp"),
        ("Date d'arrivée", "arrival_date", "header"),
        ("Langue de départ", None, "meta"),
        ("Attendee name: Given name", "first_name", "header"),
        ("Champ additionnel : Email", "email", "header"),
        ("Prénom participant", "first_name", "header"),
        ("E-mail acheteur", "email", "buyer"),
        ("Email payeur", "email", "buyer"),
        ("氏名", "full_name", "header"),
        ("Country code", "country", "header"),
        ("Email ID", "email", "header"),
        ("Designation", "function", "header"),
        ("Price Tier", None, "meta"),
        ("Eventbrite Payment Processing", None, "meta"),
        ("Numéro de téléphone", "phone", "header"),
        ("NOM Prénom", "full_name", "header"),
        ("Code pays", "country", "header"),
        ("Code postal", None, "identifier"),
        ("Date de début du séjour", None, "unknown"),
    ],
)
def test_what_each_platform_header_names(header, field, code):
    from coopdesk.core.io.headers import classify

    assert classify(header) == (field, code)
