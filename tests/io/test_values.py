"""Cell values as people type them: dates, times, countries, words, phone numbers."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopdesk.core.enums import BadgeCategory, ParticipationStatus, Role, Transport
from coopdesk.core.errors import ValidationError
from coopdesk.core.io.parsers import as_text, fold, fold_all, parse_date, parse_datetime, parse_time
from coopdesk.core.io.vocabularies import parse_country, parse_languages, parse_word
from coopdesk.core.services._fields import all_emails, email


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("31/12/2023", date(2023, 12, 31)),
        ("31/12/23", date(2023, 12, 31)),
        ("31.12.2023", date(2023, 12, 31)),
        ("31-12-2023", date(2023, 12, 31)),
        ("2/7/2023", date(2023, 7, 2)),
        ("2023-07-02", date(2023, 7, 2)),
        ("3 juillet 2023", date(2023, 7, 3)),
        ("1er juillet 2023", date(2023, 7, 1)),
        ("lundi 3 juillet 2023", date(2023, 7, 3)),
        ("3 Août 2023", date(2023, 8, 3)),
        ("July 3, 2023", date(2023, 7, 3)),
        ("12/05/75", date(1975, 5, 12)),
        (" 02/07/2023\u00a0", date(2023, 7, 2)),
        (45109, date(2023, 7, 2)),  # an Excel serial number
        (45109.75, date(2023, 7, 2)),
        (datetime(2023, 7, 2, 10, 35), date(2023, 7, 2)),
        (date(2023, 7, 2), date(2023, 7, 2)),
        ("", None),
        (None, None),
    ],
)
def test_dates_as_french_offices_write_them(cell, expected):
    assert parse_date(cell) == expected


@pytest.mark.parametrize("cell", ["31/06/2023", "29/02/2023", "2023-02-30", "31 juin 2023"])
def test_an_impossible_date_is_refused_as_such(cell):
    with pytest.raises(ValidationError) as error:
        parse_date(cell)
    assert error.value.code == "import.date_impossible"
    assert error.value.values["value"] == cell


@pytest.mark.parametrize("cell", ["demain", "32", "07/2023/02", "-5", 1e9, "le", "10 h 30"])
def test_text_that_is_no_date_is_refused(cell):
    with pytest.raises(ValidationError) as error:
        parse_date(cell)
    assert error.value.code == "import.date_unreadable"


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("02/07/2023 10:35", datetime(2023, 7, 2, 10, 35)),
        ("02/07/2023 10h35", datetime(2023, 7, 2, 10, 35)),
        ("02/07/2023 10h", datetime(2023, 7, 2, 10)),
        ("2023-07-02T10:35:00", datetime(2023, 7, 2, 10, 35)),
        ("2023-07-02 10:35", datetime(2023, 7, 2, 10, 35)),
        ("3 juillet 2023 à 9h15", datetime(2023, 7, 3, 9, 15)),
        ("02/07/2023", datetime(2023, 7, 2)),
        ("Lundi 02/07/2023 à 9h00", datetime(2023, 7, 2, 9)),
        ("le 02/07/2023 vers 14h", datetime(2023, 7, 2, 14)),
        ("02/07/2023 - 14h30", datetime(2023, 7, 2, 14, 30)),
        ("02.07.2023 14.30", datetime(2023, 7, 2, 14, 30)),
        ("2023/07/02 10:35", datetime(2023, 7, 2, 10, 35)),
        ("02/07/2023 midi", datetime(2023, 7, 2, 12)),
        ("July 2nd, 2023 at 2:30 pm", datetime(2023, 7, 2, 14, 30)),
        ("02/07/2023, 12 am", datetime(2023, 7, 2, 0)),
        (45109.4375, datetime(2023, 7, 2, 10, 30)),
        (datetime(2023, 7, 2, 10, 35), datetime(2023, 7, 2, 10, 35)),
    ],
)
def test_dates_with_times(cell, expected):
    assert parse_datetime(cell) == expected


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        ("31/06/2023 10:00", "import.date_impossible"),
        ("02/07/2023 25:00", "import.time_impossible"),
        ("02/07/2023 13 pm", "import.time_impossible"),
        ("07/23/2023 2:30 pm", "import.date_impossible"),  # day first, always
        ("02/07 10:00", "import.date_without_year"),  # no event to take the year from
    ],
)
def test_bad_dates_with_times(cell, code):
    with pytest.raises(ValidationError) as error:
        parse_datetime(cell)
    assert error.value.code == code


@pytest.mark.parametrize(
    ("cell", "around", "expected"),
    [
        ("23/10", date(2023, 10, 23), date(2023, 10, 23)),
        ("23 octobre", date(2023, 10, 23), date(2023, 10, 23)),
        ("31/12", date(2024, 1, 2), date(2023, 12, 31)),  # the nearest year
        ("02/01", date(2023, 12, 30), date(2024, 1, 2)),
        ("29/02", date(2024, 3, 1), date(2024, 2, 29)),
        ("mardi 24 oct.", date(2023, 10, 23), date(2023, 10, 24)),
    ],
)
def test_a_date_without_year_takes_the_year_of_the_event(cell, around, expected):
    assert parse_date(cell, around) == expected
    with pytest.raises(ValidationError) as error:
        parse_date(cell)
    assert error.value.code == "import.date_without_year"


def test_times_of_day():
    assert parse_time("10:35") == time(10, 35)
    assert parse_time("9h") == time(9)
    assert parse_time("14.30") == time(14, 30)
    assert parse_time("2:30 PM") == time(14, 30)
    assert parse_time("12 a.m.") == time(0)
    assert parse_time("vers 9 h") == time(9)
    assert parse_time("midi") == time(12)
    assert parse_time(0.5) == time(12)
    assert parse_time(time(8, 5)) == time(8, 5)
    with pytest.raises(ValidationError):
        parse_time(1.5)


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        ("Ukraine", "UA"),
        ("Japon", "JP"),
        ("Japan", "JP"),
        ("japon ", "JP"),
        ("Côte d'Ivoire", "CI"),
        ("COTE D’IVOIRE", "CI"),
        ("Haïti", "HT"),
        ("Indonésie", "ID"),
        ("Mexique", "MX"),
        ("Bénin", "BJ"),
        ("États-Unis", "US"),
        ("Etats Unis", "US"),
        ("Royaume-Uni", "GB"),
        ("ua", "UA"),
        ("FR", "FR"),
        ("Québec", "CA"),
        ("Quebec", "CA"),
        ("RDC", "CD"),
        ("FRA", "FR"),
        ("UKR", "UA"),
        ("République tchèque", "CZ"),
        ("Palestine", "PS"),
        ("Congo (RDC)", "CD"),
        ("Congo (Brazzaville)", "CG"),
        ("Québec (Canada)", "CA"),
        ("Vietnam", "VN"),
        ("Deutschland", "DE"),  # in the country's own language
        ("España", "ES"),
        ("Україна", "UA"),
        ("日本", "JP"),
        ("Ελλάδα", "GR"),
    ],
)
def test_countries_by_french_or_english_name_or_code(cell, code):
    assert parse_country(cell) == code


def test_an_unknown_country_is_refused():
    with pytest.raises(ValidationError) as error:
        parse_country("Atlantide")
    assert error.value.code == "import.country_unknown"


def test_languages_by_name_or_code():
    assert parse_languages("Français, Anglais") == "fr,en"
    assert parse_languages("ukrainien / anglais") == "uk,en"
    assert parse_languages("ja") == "ja"
    assert parse_languages("Japanese and English") == "ja,en"
    with pytest.raises(ValidationError) as error:
        parse_languages("elfique")
    assert error.value.code == "import.language_unknown"


@pytest.mark.parametrize(
    ("vocabulary", "cell", "expected"),
    [
        ("role", "Chef de délégation", Role.HEAD_OF_DELEGATION),
        ("role", "Cheffe de délégation", Role.HEAD_OF_DELEGATION),
        ("role", "head of delegation", Role.HEAD_OF_DELEGATION),
        ("role", "ÉLUE", Role.ELECTED),
        ("role", "Elected official", Role.ELECTED),
        ("role", "Technicien", Role.OFFICER),
        ("role", "Intervenant", Role.SPEAKER),
        ("role", "Interprète", Role.INTERPRETER),
        ("role", "Presse", Role.PRESS),
        ("role", "Organisation", Role.ORGANISER),
        ("category", "Élu", BadgeCategory.ELECTED),
        ("category", "Technicienne", BadgeCategory.OFFICER),
        ("category", "Organisation", BadgeCategory.ORGANISATION),
        ("category", "press", BadgeCategory.PRESS),
        ("status", "Confirmée", ParticipationStatus.CONFIRMED),
        ("status", "Excusé", ParticipationStatus.DECLINED),
        ("status", "invited", ParticipationStatus.INVITED),
        ("transport", "Avion", Transport.PLANE),
        ("transport", "TGV", Transport.TRAIN),
        # The words lists really use in those columns.
        ("category", "Maire", BadgeCategory.ELECTED),
        ("category", "Adjointe au maire", BadgeCategory.ELECTED),
        ("role", "Conseillère municipale", Role.ELECTED),
        ("category", "VIP", BadgeCategory.GUEST),
        ("category", "Accompagnant", BadgeCategory.GUEST),
        ("category", "Bénévole", BadgeCategory.STAFF),
        ("role", "Modératrice", Role.SPEAKER),
        ("role", "Traductrice", Role.INTERPRETER),
        ("category", "Médias", BadgeCategory.PRESS),
        ("status", "Oui", ParticipationStatus.CONFIRMED),
        ("status", "Non", ParticipationStatus.DECLINED),
        ("status", "À confirmer", ParticipationStatus.INVITED),
        ("status", "Attending", ParticipationStatus.CONFIRMED),
        ("status", "Not attending", ParticipationStatus.DECLINED),
        ("status", "Checked in", ParticipationStatus.ATTENDED),
        ("status", "Liste d'attente", ParticipationStatus.INVITED),
    ],
)
def test_closed_vocabularies_in_french_and_english(vocabulary, cell, expected):
    assert parse_word(vocabulary, cell) is expected


def test_an_unknown_word_names_its_vocabulary():
    with pytest.raises(ValidationError) as error:
        parse_word("role", "Astronaute")
    assert error.value.code == "import.role_unknown"


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (33612345678.0, "33612345678"),
        (301, "301"),
        ("+33 6 12 34 56 78", "+33 6 12 34 56 78"),
        ("0612345678", "0612345678"),
        ("  Kovalenko\u00a0 ", "Kovalenko"),
        ("Олена  Коваленко", "Олена Коваленко"),
        ("佐藤 健二", "佐藤 健二"),
        (None, ""),
    ],
)
def test_cells_as_text_keep_what_people_typed(cell, expected):
    assert as_text(cell) == expected


def test_folding_ignores_accents_case_and_punctuation_in_any_script():
    assert fold("  N° de vol/Train ") == "n de vol train"
    assert fold("E-mail") == "e mail"
    assert fold("Côte d’Ivoire") == fold("COTE D'IVOIRE")
    assert fold("Олена  КОВАЛЕНКО") == "олена коваленко"


@pytest.mark.parametrize("name", ["role", "category"])
@pytest.mark.parametrize("cell", ["", "   ", None])
def test_a_blank_lone_role_or_category_cell_leaves_the_defaults(name, cell):
    from coopdesk.core.io.cells import role_or_category

    assert role_or_category(name)(cell) == {}


@given(st.lists(st.text()))
def test_folding_a_column_at_once_folds_each_value_alike(values):
    assert fold_all(values) == [fold(value) for value in values]


def test_folding_a_column_keeps_names_in_every_script():
    names = ["Ковале́нко", "佐藤", "Ŀlorenç", "ΣΩΚΡΆΤΗΣ", "N'Guessan", "O’Brien", "ｻﾄｳ"]
    assert fold_all(names) == [
        "коваленко",
        "佐藤",
        "l lorenc",
        "σωκρατησ",
        "n guessan",
        "o brien",
        "サトウ",
    ]


_ADDRESS = st.one_of(
    st.emails().map(str),
    st.text(alphabet="ab@. \n\t\u00a0é", max_size=12),
    st.text(max_size=8),
)


@given(st.lists(_ADDRESS, max_size=6))
def test_checking_a_column_of_addresses_agrees_with_the_field(texts):
    def accepted(text):
        try:
            return email(text, "email") == text
        except Exception:
            return False

    assert all_emails(texts) == all(map(accepted, texts))


def test_phone_numbers_excel_made_numbers_of_get_their_zero_or_plus_back():
    from coopdesk.core.io.cells import FIELD_PARSERS

    phone = FIELD_PARSERS["phone"]
    assert phone(612345678.0) == "0612345678"
    assert phone(33612345678) == "+33612345678"
    assert phone("06 12 34 56 78") == "06 12 34 56 78"  # text is kept as typed
    assert phone(380670000000.0) == "380670000000"  # another country: left alone


def test_a_refused_date_is_quoted_as_written():
    with pytest.raises(ValidationError) as error:
        parse_datetime("à confirmer")
    assert error.value.values["value"] == "à confirmer"


def test_invisible_characters_copied_with_names_are_dropped():
    assert as_text("Tremblay\u200b") == "Tremblay"
    assert as_text("\ufeffDupont") == "Dupont"
    assert as_text("می\u200cخواهم") == "می\u200cخواهم"  # Persian needs its joiner
