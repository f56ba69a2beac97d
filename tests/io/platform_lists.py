"""Participant lists as registration platforms, form tools and partners write them, in
French and in English, made here for the tests (headers as the tools write them,
people and values invented).

Each shape is a list of columns: a header and how the column is filled for a person.
The same five people go into every shape, so an import can be checked person by
person against :data:`PEOPLE`. Columns that are not the attendee's (the buyer's, the
form respondent's, order numbers, yes/no flags, timestamps) get values that would be
wrong for the attendee: a mapping that takes them shows at once.

``python tests/io/make_fixtures.py`` also writes them to ``tests/io/fixtures/platforms``
for a person to open.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from coopdesk.core.enums import BadgeCategory, ParticipationStatus

C, D, INV = ParticipationStatus.CONFIRMED, ParticipationStatus.DECLINED, ParticipationStatus.INVITED


@dataclass(frozen=True)
class Guest:
    civility: str
    first_name: str
    last_name: str
    native_name: str | None
    function: str
    organisation: str
    email: str
    category: BadgeCategory
    status: ParticipationStatus
    arrival: date | None
    country: str  # ISO code


# The event the lists are for: 5 and 6 October 2023, in Poitiers.
EVENT_START, EVENT_END = date(2023, 10, 5), date(2023, 10, 6)

PEOPLE = (
    Guest(
        "Mme",
        "Hélène",
        "Lefèvre",
        None,
        "Adjointe au maire",
        "Ville de Poitiers",
        "helene.lefevre@poitiers.fr",
        BadgeCategory.ELECTED,
        C,
        date(2023, 10, 4),
        "FR",
    ),
    Guest(
        "M.",
        "François",
        "Côté",
        None,
        "Conseiller municipal",
        "Ville de Québec",
        "francois.cote@quebec.ca",
        BadgeCategory.ELECTED,
        C,
        date(2023, 10, 5),
        "CA",
    ),
    Guest(
        "M.",
        "Kenji",
        "Sato",
        "佐藤健二",
        "Directeur des affaires internationales",
        "Kishiwada City",
        "k.sato@city.kishiwada.jp",
        BadgeCategory.DELEGATE,
        C,
        date(2023, 10, 3),
        "JP",
    ),
    Guest(
        "Mme",
        "Zoé",
        "Lévesque",
        None,
        "Journaliste",
        "Le Devoir",
        "zoe.levesque@ledevoir.com",
        BadgeCategory.PRESS,
        D,
        None,
        "CA",
    ),
    Guest(
        "Mme",
        "Olena",
        "Kovalenko",
        "Олена Коваленко",
        "Cheffe de la communauté",
        "Conseil municipal d'Apostolove",
        "olena.kovalenko@apostolove.ua",
        BadgeCategory.SPEAKER,
        INV,
        date(2023, 10, 14),  # a day over 12: it settles the order of every arrival column
        "UA",
    ),
)

_CATEGORY = {
    "fr": {
        BadgeCategory.ELECTED: "Élu",
        BadgeCategory.DELEGATE: "Délégation",
        BadgeCategory.PRESS: "Presse",
        BadgeCategory.SPEAKER: "Intervenant",
    },
    "en": {
        BadgeCategory.ELECTED: "Elected official",
        BadgeCategory.DELEGATE: "Delegation",
        BadgeCategory.PRESS: "Press",
        BadgeCategory.SPEAKER: "Speaker",
    },
}
_CIVILITY_EN = {"Mme": "Ms", "M.": "Mr"}
_COUNTRY = {
    "fr": {"FR": "France", "CA": "Canada", "JP": "Japon", "UA": "Ukraine"},
    "en": {"FR": "France", "CA": "Canada", "JP": "Japan", "UA": "Ukraine"},
}


def _day(value: date | None, style: str) -> Any:
    if value is None:
        return ""
    return {
        "fr": f"{value:%d/%m/%Y}",
        "us": f"{value.month}/{value.day}/{value.year}",
        "iso": f"{value:%Y-%m-%d}",
        "cell": value,
    }[style]


Column = tuple[str, Callable[[int, Guest], Any]]


@dataclass(frozen=True)
class Shape:
    """One export: its name, language, file kind and columns; ``carries`` lists the
    fields its columns give (the others take coopdesk's defaults); ``statuses`` says
    what its status column writes for each status."""

    name: str
    language: str
    suffix: str
    columns: Sequence[Column]
    carries: frozenset[str]
    platform: str | None = None
    statuses: dict[ParticipationStatus, str] = field(default_factory=dict)
    title_rows: Sequence[Sequence[str]] = ()
    shouted: bool = False  # last names written in capitals ("SATO Kenji"), kept so

    def expected_status(self, guest: Guest) -> ParticipationStatus:
        if "status" not in self.carries:
            return INV
        return guest.status if guest.status in self.statuses else C

    def rows(self) -> list[list[Any]]:
        header = [name for name, _ in self.columns]
        body = [[fill(n, g) for _, fill in self.columns] for n, g in enumerate(PEOPLE)]
        return [list(r) for r in self.title_rows] + [header, *body]

    def write(self, folder: Path) -> Path:
        path = folder / f"{self.name}{self.suffix}"
        rows = self.rows()
        if self.suffix == ".xlsx":
            book = Workbook()
            sheet = book.active
            assert sheet is not None
            for row in rows:
                sheet.append(row)
            book.save(path)
        else:
            out = io.StringIO()
            writer = csv.writer(out, delimiter=";" if self.language == "fr" else ",")
            writer.writerows([["" if c is None else str(c) for c in row] for row in rows])
            encoding = "utf-8-sig" if self.language == "fr" else "utf-8"
            path.write_bytes(out.getvalue().encode(encoding))
        return path


def _status(words: dict[ParticipationStatus, str]) -> Callable[[int, Guest], str]:
    return lambda _, g: words.get(g.status, words[C])


def _full(g: Guest) -> str:
    return f"{g.first_name} {g.last_name}"


BUYER_EMAIL = "inscriptions@agence-voyages.example"
RESPONDENT_EMAIL = "secretariat@poitiers.fr"

_PRETIX_STATUS = {
    "fr": {C: "payée", D: "annulée", INV: "en attente"},
    "en": {C: "Paid", D: "Canceled", INV: "Pending"},
}
_EVENTBRITE_STATUS = {
    "fr": {C: "Participe", D: "Ne participe pas"},
    "en": {C: "Attending", D: "Not Attending"},
}
_WEEZEVENT_STATUS = {"fr": {C: "Validé", D: "Annulé"}, "en": {C: "Validated", D: "Cancelled"}}
_HELLOASSO_STATUS = {"fr": {C: "Validé", D: "Annulé", INV: "En attente"}}
_INDICO_STATUS = {
    "fr": {C: "Complète", D: "Retirée", INV: "En attente"},
    "en": {C: "Complete", D: "Withdrawn", INV: "Pending"},
}
_BASE = frozenset({"first_name", "last_name", "email", "function", "organisation"})


def _pretix(lang: str) -> Shape:
    fr = lang == "fr"
    words = _PRETIX_STATUS[lang]
    t = (lambda a, b: a) if fr else (lambda a, b: b)
    return Shape(
        f"pretix_{lang}",
        lang,
        ".xlsx",
        [
            (t("Slug de l'événement", "Event slug"), lambda n, g: "assises2023"),
            (t("Code de commande", "Order code"), lambda n, g: f"Q{n}X7K"),
            (t("ID de position", "Position ID"), lambda n, g: n + 1),
            (t("Statut", "Status"), _status(words)),
            (t("E-mail", "Email"), lambda n, g: BUYER_EMAIL),  # the order's: the buyer's
            (t("Date de commande", "Order date"), lambda n, g: "2023-09-14"),
            (t("Produit", "Product"), lambda n, g: _CATEGORY[lang][g.category]),
            (t("Prix", "Price"), lambda n, g: 0),
            (t("Nom du participant", "Attendee name"), lambda n, g: _full(g)),
            (
                t("Nom du participant : Prénom", "Attendee name: Given name"),
                lambda n, g: g.first_name,
            ),
            (
                t("Nom du participant : Nom de famille", "Attendee name: Family name"),
                lambda n, g: g.last_name,
            ),
            (t("E-mail du participant", "Attendee email"), lambda n, g: g.email),
            (t("Entreprise", "Company"), lambda n, g: g.organisation),
            (t("Pays", "Country"), lambda n, g: g.country),
            (t("Pseudonymisation", "Pseudonymization ID"), lambda n, g: f"PSE{n}"),
            (t("Fonction", "Job title"), lambda n, g: g.function),  # a question
            (t("Date d'arrivée", "Arrival date"), lambda n, g: _day(g.arrival, "iso")),
            (t("Entreprise", "Company"), lambda n, g: "Agence de voyages"),  # invoice's
            (t("Nom de l'adresse de facturation", "Invoice address name"), lambda n, g: "Agence"),
            (t("Adresse e-mail vérifiée", "E-mail address verified"), lambda n, g: t("Oui", "Yes")),
        ],
        _BASE | {"status", "category", "arrival", "country"},
        "pretix",
        words,
    )


def _indico(lang: str) -> Shape:
    fr = lang == "fr"
    t = (lambda a, b: a) if fr else (lambda a, b: b)
    words = _INDICO_STATUS[lang]
    return Shape(
        f"indico_{lang}",
        lang,
        ".xlsx",
        [
            ("ID", lambda n, g: 100 + n),
            (t("Nom complet", "Name"), lambda n, g: _full(g)),
            (t("Prénom", "First Name"), lambda n, g: g.first_name),
            (t("Nom", "Last Name"), lambda n, g: g.last_name),
            (t("Courriel", "Email"), lambda n, g: g.email),
            ("Affiliation", lambda n, g: g.organisation),
            (t("Poste", "Position"), lambda n, g: g.function),
            (t("Pays", "Country"), lambda n, g: _COUNTRY[lang][g.country]),
            (t("Date d'inscription", "Registration date"), lambda n, g: "14/09/2023 10:02"),
            (t("État de l'inscription", "Registration state"), _status(words)),
            (t("Présent", "Checked in"), lambda n, g: t("Non", "No")),
        ],
        _BASE | {"status", "country"},
        "Indico",
        words,
    )


def _eventbrite(lang: str) -> Shape:
    fr = lang == "fr"
    t = (lambda a, b: a) if fr else (lambda a, b: b)
    words = _EVENTBRITE_STATUS[lang]
    columns: list[Column] = [
        (t("N° de commande", "Order #"), lambda n, g: 700123 + n),
        (
            t("Date de la commande", "Order Date"),
            lambda n, g: t("14/09/2023 10:22", "9/14/2023 10:22"),
        ),
        (t("Prénom", "First Name"), lambda n, g: g.first_name),
        (t("Nom", "Last Name"), lambda n, g: g.last_name),
        (t("E-mail", "Email"), lambda n, g: g.email),
        (t("Quantité", "Quantity"), lambda n, g: 1),
        (t("Type de billet", "Ticket Type"), lambda n, g: _CATEGORY[lang][g.category]),
        (t("N° de participant", "Attendee #"), lambda n, g: 90001 + n),
        (t("Code-barres", "Barcode #"), lambda n, g: f"1234567890{n}"),
        (t("Statut du participant", "Attendee Status"), _status(words)),
        (t("Fonction", "Job Title"), lambda n, g: g.function),
        (t("Société", "Company"), lambda n, g: g.organisation),
        (t("Date d'arrivée", "Arrival date"), lambda n, g: _day(g.arrival, "fr" if fr else "us")),
    ]
    if not fr:
        columns += [
            ("Buyer First Name", lambda n, g: "Travel"),
            ("Buyer Last Name", lambda n, g: "Agency"),
            ("Buyer Email", lambda n, g: BUYER_EMAIL),
        ]
    return Shape(
        f"eventbrite_{lang}",
        lang,
        ".csv",
        columns,
        _BASE | {"status", "category", "arrival"},
        "Eventbrite",
        words,
    )


def _weezevent(lang: str) -> Shape:
    fr = lang == "fr"
    t = (lambda a, b: a) if fr else (lambda a, b: b)
    words = _WEEZEVENT_STATUS[lang]
    return Shape(
        f"weezevent_{lang}",
        lang,
        ".xlsx",
        [
            ("ID", lambda n, g: 5000 + n),
            (t("Nom", "Last name"), lambda n, g: g.last_name),
            (t("Prénom", "First name"), lambda n, g: g.first_name),
            (t("E-mail", "Email"), lambda n, g: g.email),
            (t("Tarif", "Ticket type"), lambda n, g: _CATEGORY[lang][g.category]),
            (t("Code-barre", "Barcode"), lambda n, g: f"WZ{n:06d}"),
            (t("Date d'achat", "Purchase date"), lambda n, g: datetime(2023, 9, 14, 10, 22)),
            (t("Nom acheteur", "Buyer last name"), lambda n, g: "Agence"),
            (t("Prénom acheteur", "Buyer first name"), lambda n, g: "Voyages"),
            (t("E-mail acheteur", "Buyer email"), lambda n, g: BUYER_EMAIL),
            (t("Statut", "Status"), _status(words)),
            (t("Fonction", "Job title"), lambda n, g: g.function),
            (t("Organisme", "Organization"), lambda n, g: g.organisation),
            (t("Date d'arrivée", "Arrival date"), lambda n, g: _day(g.arrival, "cell")),
        ],
        _BASE | {"status", "category", "arrival"},
        "Weezevent" if fr else None,
        words,
    )


def _helloasso() -> Shape:
    words = _HELLOASSO_STATUS["fr"]
    return Shape(
        "helloasso_fr",
        "fr",
        ".csv",
        [
            ("Référence commande", lambda n, g: 88001 + n),
            ("Date de la commande", lambda n, g: "14/09/2023 10:22:05"),
            ("Statut de la commande", _status(words)),
            ("Nom participant", lambda n, g: g.last_name),
            ("Prénom participant", lambda n, g: g.first_name),
            ("Nom payeur", lambda n, g: "Agence"),
            ("Prénom payeur", lambda n, g: "Voyages"),
            ("Email payeur", lambda n, g: BUYER_EMAIL),
            ("Tarif", lambda n, g: _CATEGORY["fr"][g.category]),
            ("Montant tarif", lambda n, g: "0,00"),
            ("Code Promo", lambda n, g: ""),
            ("Champ additionnel : Email", lambda n, g: g.email),
            ("Champ additionnel : Fonction", lambda n, g: g.function),
            ("Champ additionnel : Organisme", lambda n, g: g.organisation),
            ("Champ additionnel : Date d'arrivée", lambda n, g: _day(g.arrival, "fr")),
        ],
        _BASE | {"status", "category", "arrival"},
        "HelloAsso",
        words,
    )


def _ms_forms(lang: str, anonymous: bool = False) -> Shape:
    fr = lang == "fr"
    t = (lambda a, b: a) if fr else (lambda a, b: b)
    email = "anonymous" if anonymous else RESPONDENT_EMAIL
    name = "" if anonymous else t("Secrétariat du cabinet", "Mayor's office")
    return Shape(
        f"msforms_{lang}{'_anonymous' if anonymous else ''}",
        lang,
        ".xlsx",
        [
            ("ID", lambda n, g: n + 1),
            (t("Heure de début", "Start time"), lambda n, g: datetime(2023, 9, 14, 10, 20)),
            (t("Heure de fin", "Completion time"), lambda n, g: datetime(2023, 9, 14, 10, 31)),
            (t("Adresse de messagerie", "Email"), lambda n, g: email),
            (t("Nom", "Name"), lambda n, g: name),
            (t("Civilité", "Title"), lambda n, g: g.civility if fr else _CIVILITY_EN[g.civility]),
            (t("Prénom du délégué", "Delegate's first name"), lambda n, g: g.first_name),
            (t("Nom du délégué", "Delegate's last name"), lambda n, g: g.last_name),
            (t("Fonction", "Position"), lambda n, g: g.function),
            (
                t("Adresse électronique du délégué", "Delegate's e-mail address"),
                lambda n, g: g.email,
            ),
            (t("Organisation", "Organization"), lambda n, g: g.organisation),
            (t("Catégorie", "Category"), lambda n, g: _CATEGORY[lang][g.category]),
            (
                t("Date d'arrivée", "Arrival date"),
                lambda n, g: _day(g.arrival, "fr" if fr else "us"),
            ),
        ],
        _BASE | {"civility", "category", "arrival"},
        "Microsoft Forms",
    )


def _google_forms(lang: str) -> Shape:
    fr = lang == "fr"
    t = (lambda a, b: a) if fr else (lambda a, b: b)
    return Shape(
        f"googleforms_{lang}",
        lang,
        ".csv",
        [
            (
                t("Horodateur", "Timestamp"),
                lambda n, g: t("14/09/2023 10:22:05", "9/14/2023 10:22:05"),
            ),
            (t("Adresse e-mail", "Email Address"), lambda n, g: RESPONDENT_EMAIL),
            (t("Nom", "Last name"), lambda n, g: g.last_name),
            (t("Prénom", "First name"), lambda n, g: g.first_name),
            (t("Adresse électronique du participant", "Participant's email"), lambda n, g: g.email),
            (t("Fonction", "Job title"), lambda n, g: g.function),
            (t("Organisation", "Organization"), lambda n, g: g.organisation),
            # An American form: 10/4/2023 is 4 October.
            (
                t("Date d'arrivée", "Arrival date"),
                lambda n, g: _day(g.arrival, "fr" if fr else "us"),
            ),
            (t("Catégorie", "Category"), lambda n, g: _CATEGORY[lang][g.category]),
        ],
        _BASE | {"category", "arrival"},
        "Google Forms",
    )


def _typeform(lang: str) -> Shape:
    fr = lang == "fr"
    t = (lambda a, b: a) if fr else (lambda a, b: b)
    return Shape(
        f"typeform_{lang}",
        lang,
        ".csv",
        [
            ("#", lambda n, g: f"r{n}k2j9x"),
            (t("Quel est votre prénom ?", "What is your first name?"), lambda n, g: g.first_name),
            (
                t("Quel est votre nom de famille ?", "What is your last name?"),
                lambda n, g: g.last_name,
            ),
            (t("Votre adresse e-mail", "Your email address"), lambda n, g: g.email),
            (t("Votre fonction", "Your job title"), lambda n, g: g.function),
            (t("Votre organisation", "Your organization"), lambda n, g: g.organisation),
            (t("Date d'arrivée", "Arrival date"), lambda n, g: _day(g.arrival, "iso")),
            ("Start Date (UTC)", lambda n, g: "2023-09-14 08:20:00"),
            ("Submit Date (UTC)", lambda n, g: "2023-09-14 08:31:00"),
            ("Network ID", lambda n, g: "a1b2c3"),
        ],
        _BASE | {"arrival"},
        "Typeform",
    )


def _limesurvey(lang: str) -> Shape:
    fr = lang == "fr"
    t = (lambda a, b: a) if fr else (lambda a, b: b)
    return Shape(
        f"limesurvey_{lang}",
        lang,
        ".csv",
        [
            (t("ID de la réponse", "Response ID"), lambda n, g: n + 1),
            (t("Date de soumission", "Date submitted"), lambda n, g: "2023-09-14 10:22:05"),
            (t("Dernière page", "Last page"), lambda n, g: 2),
            (t("Langue de départ", "Start language"), lambda n, g: lang),
            (t("Tête de réponse", "Seed"), lambda n, g: 123456 + n),
            (t("Nom", "Last name"), lambda n, g: g.last_name),
            (t("Prénom", "First name"), lambda n, g: g.first_name),
            (t("Courriel", "Email address"), lambda n, g: g.email),
            (t("Fonction", "Job title"), lambda n, g: g.function),
            (t("Organisme", "Organization"), lambda n, g: g.organisation),
        ],
        _BASE,
        "LimeSurvey",
    )


def _framaforms() -> Shape:
    return Shape(
        "framaforms_fr",
        "fr",
        ".csv",
        [
            ("N°", lambda n, g: n + 1),
            ("SID", lambda n, g: 4000 + n),
            ("Heure", lambda n, g: "14/09/2023 - 10:22"),
            ("Brouillon", lambda n, g: "0"),
            ("Adresse IP", lambda n, g: "192.0.2.1"),
            ("UID", lambda n, g: 0),
            ("Nom d'utilisateur", lambda n, g: "Anonyme"),
            ("Nom", lambda n, g: g.last_name),
            ("Prénom", lambda n, g: g.first_name),
            ("Courriel", lambda n, g: g.email),
            ("Fonction", lambda n, g: g.function),
            ("Structure", lambda n, g: g.organisation),
        ],
        _BASE,
        "Framaforms",
    )


def _quebec() -> Shape:
    """A Québec partner's spreadsheet: "Titre" is the job title there."""
    return Shape(
        "partenaire_quebec_fr",
        "fr",
        ".xlsx",
        [
            ("Titre", lambda n, g: g.function),
            ("Prénom", lambda n, g: g.first_name),
            ("Nom", lambda n, g: g.last_name),
            ("Organisme", lambda n, g: g.organisation),
            ("Courriel", lambda n, g: g.email),
            ("Catégorie", lambda n, g: _CATEGORY["fr"][g.category]),
            ("Arrivée", lambda n, g: _day(g.arrival, "fr")),
        ],
        _BASE | {"category", "arrival"},
        title_rows=[["Délégation du Québec — Assises 2023"], []],
    )


def _japan() -> Shape:
    """A Japanese partner's list: romanised names, and the names in Japanese script
    under "氏名"."""
    return Shape(
        "partner_japan_en",
        "en",
        ".xlsx",
        [
            ("Title", lambda n, g: _CIVILITY_EN[g.civility]),
            ("Name", lambda n, g: f"{g.last_name.upper()} {g.first_name}"),
            ("氏名", lambda n, g: g.native_name or ""),
            ("Position", lambda n, g: g.function),
            ("Organization", lambda n, g: g.organisation),
            ("E-mail", lambda n, g: g.email),
            ("Arrival", lambda n, g: _day(g.arrival, "iso")),
        ],
        _BASE | {"civility", "native_name", "arrival"},
        shouted=True,
    )


SHAPES: tuple[Shape, ...] = (
    _pretix("fr"),
    _pretix("en"),
    _indico("fr"),
    _indico("en"),
    _eventbrite("fr"),
    _eventbrite("en"),
    _weezevent("fr"),
    _weezevent("en"),
    _helloasso(),
    _ms_forms("fr"),
    _ms_forms("en"),
    _ms_forms("en", anonymous=True),
    _google_forms("fr"),
    _google_forms("en"),
    _typeform("fr"),
    _typeform("en"),
    _limesurvey("fr"),
    _limesurvey("en"),
    _framaforms(),
    _quebec(),
    _japan(),
)
