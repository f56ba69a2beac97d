"""Closed lists people write in words: countries, languages, roles, badge
categories, participation statuses and means of transport, in French or English.

Every lookup folds case, accents and punctuation (``"COTE D’IVOIRE"`` is
``"Côte d'Ivoire"``) and is cached: a list repeats the same few words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import StrEnum
from functools import lru_cache
from typing import Any, TypeVar

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.languages import get_official_languages

from coopdesk.core.enums import BadgeCategory, ParticipationStatus, Role, Transport
from coopdesk.core.errors import ValidationError
from coopdesk.core.io.parsers import as_text, fold
from coopdesk.core.labels import label

E = TypeVar("E", bound=StrEnum)

# --- countries and languages ---------------------------------------------------------------

# Names Babel does not give, or gives otherwise. Québec is a province, not a country:
# a Québec participant's organisation is in Canada, so "Québec" reads as CA (the
# province itself is ISO 3166-2 CA-QC, which the model does not store).
_COUNTRY_ALIASES: Mapping[str, str] = {
    "quebec": "CA",
    "usa": "US",
    "uk": "GB",
    "angleterre": "GB",
    "england": "GB",
    "ecosse": "GB",
    "scotland": "GB",
    "rdc": "CD",
    "drc": "CD",
    "republique democratique du congo": "CD",
    "democratic republic of the congo": "CD",
    "coree du sud": "KR",
    "south korea": "KR",
    "russie": "RU",
    "russia": "RU",
    "federation de russie": "RU",
    "russian federation": "RU",
    "etats unis d amerique": "US",
    "united states of america": "US",
    "us": "US",
    "grande bretagne": "GB",
    "great britain": "GB",
    "royaume uni de grande bretagne et d irlande du nord": "GB",
    "irlande du nord": "GB",
    "pays de galles": "GB",
    "wales": "GB",
    "hollande": "NL",
    "holland": "NL",
    "republique tcheque": "CZ",
    "czech republic": "CZ",
    "palestine": "PS",
    "etat de palestine": "PS",
    "state of palestine": "PS",
    "turquie": "TR",
    "turkey": "TR",
    "birmanie": "MM",
    "burma": "MM",
    "macedoine": "MK",
    "macedonia": "MK",
    "swaziland": "SZ",
    "cap vert": "CV",
    "vatican": "VA",
    "saint siege": "VA",
    "holy see": "VA",
    "republique du congo": "CG",
    "republic of the congo": "CG",
    "coree du nord": "KP",
    "vietnam": "VN",
    "viet nam": "VN",
    "iran": "IR",
    "syrie": "SY",
    "laos": "LA",
    "moldavie": "MD",
    "moldova": "MD",
    "bolivie": "BO",
    "tanzanie": "TZ",
    "emirats arabes unis": "AE",
    "eau": "AE",
    "uae": "AE",
    "chine populaire": "CN",
    "republique populaire de chine": "CN",
    "people s republic of china": "CN",
    "hong kong": "HK",
    "macao": "MO",
    "cote d ivoire": "CI",
    "ivory coast": "CI",
    "timor oriental": "TL",
    "east timor": "TL",
}


def _country_codes() -> list[str]:
    territories: Mapping[str, str] = Locale("en").territories
    return [
        code
        for code in territories
        if len(code) == 2 and code.isalpha() and code not in ("ZZ", "EU", "EZ", "UN", "QO")
    ]


@lru_cache(maxsize=1)
def _countries() -> Mapping[str, str]:
    """Country names in French and English, ISO alpha-2 and alpha-3 codes."""
    codes = set(_country_codes())
    names: dict[str, str] = {}
    aliases: Mapping[str, list[str]] = get_global("territory_aliases")
    for alias, targets in aliases.items():
        if len(alias) == 3 and alias.isalpha() and len(targets) == 1 and targets[0] in codes:
            names[alias.lower()] = targets[0]  # FRA, DEU, UKR
    for language in ("en", "fr"):
        for code, name in Locale(language).territories.items():
            if code in codes:
                names[fold(name)] = code
                names[code.lower()] = code
    return names | dict(_COUNTRY_ALIASES)


@lru_cache(maxsize=1)
def _native_countries() -> Mapping[str, str]:
    """Country names in the country's own languages ("Deutschland", "España",
    "Україна", "日本"): read only when a name is not French or English."""
    names: dict[str, str] = {}
    for code in _country_codes():
        for language in get_official_languages(code, regional=True, de_facto=True):
            try:
                name = Locale.parse(language).territories.get(code)
            except (ValueError, UnknownLocaleError):
                continue
            if name:
                names.setdefault(fold(name), code)
    return names


_BRACKETED = re.compile(r"\s*\(([^()]*)\)\s*")


@lru_cache(maxsize=1024)
def parse_country(cell: Any) -> str | None:
    """An ISO 3166 alpha-2 code from a code (alpha-2 or alpha-3) or a country's name
    in French, English or its own language; "Congo (RDC)" is read by its parts."""
    text = as_text(cell)
    if not text:
        return None
    countries = _countries()
    key = fold(text)
    code = countries.get(key)
    if code is None and "(" in text:
        outside = fold(_BRACKETED.sub(" ", text))
        inside = [fold(part) for part in _BRACKETED.findall(text)]
        code = countries.get(" ".join([outside, *inside])) or next(
            (countries[part] for part in inside if part in countries), None
        )
        if code is None and outside in countries:
            code = countries[outside]
    if code is None:
        code = _native_countries().get(key)
    if code is None:
        raise ValidationError("import.country_unknown", None, value=text)
    return code


@lru_cache(maxsize=1)
def _languages() -> Mapping[str, str]:
    names: dict[str, str] = {}
    for language in ("en", "fr"):
        for code, name in Locale(language).languages.items():
            if re.fullmatch(r"[a-z]{2,3}", code):
                names.setdefault(fold(name), code)
                names[code] = code
    return names


_LANGUAGE_SEPARATORS = re.compile(r"\s*(?:[,;/+]|\bet\b|\band\b)\s*", re.IGNORECASE)


@lru_cache(maxsize=1024)
def parse_languages(cell: Any) -> str:
    """Language codes as stored (``"fr,uk"``) from codes or French/English names."""
    codes: list[str] = []
    table = _languages()
    for part in _LANGUAGE_SEPARATORS.split(as_text(cell)):
        if not part:
            continue
        code = table.get(fold(part))
        if code is None:
            raise ValidationError("import.language_unknown", None, value=part)
        if code not in codes:
            codes.append(code)
    return ",".join(codes)


# --- closed vocabularies -------------------------------------------------------------------

# Words offices use beyond the labels coopdesk shows: feminine forms, synonyms.
_ROLE_WORDS: Mapping[str, Role] = {
    "cheffe de delegation": Role.HEAD_OF_DELEGATION,
    "chef de la delegation": Role.HEAD_OF_DELEGATION,
    "head of the delegation": Role.HEAD_OF_DELEGATION,
    "elue": Role.ELECTED,
    "elu e": Role.ELECTED,
    "elected": Role.ELECTED,
    "intervenante": Role.SPEAKER,
    "orateur": Role.SPEAKER,
    "technicienne": Role.OFFICER,
    "technician": Role.OFFICER,
    "invitee": Role.GUEST,
    "journaliste": Role.PRESS,
    "journalist": Role.PRESS,
    "organisation": Role.ORGANISER,
    "organisateur": Role.ORGANISER,
    "organisatrice": Role.ORGANISER,
    "organizer": Role.ORGANISER,
    "artiste": Role.ARTIST,
    "interpreter": Role.INTERPRETER,
    **dict.fromkeys(
        ["traducteur", "traductrice", "translator", "interprete de liaison"], Role.INTERPRETER
    ),
}
_CATEGORY_WORDS: Mapping[str, BadgeCategory] = {
    "delegation": BadgeCategory.DELEGATE,
    "deleguee": BadgeCategory.DELEGATE,
    "chef de delegation": BadgeCategory.DELEGATE,
    "elue": BadgeCategory.ELECTED,
    "elu e": BadgeCategory.ELECTED,
    "elected": BadgeCategory.ELECTED,
    "technicienne": BadgeCategory.OFFICER,
    "technicien": BadgeCategory.OFFICER,
    "intervenante": BadgeCategory.SPEAKER,
    "invitee": BadgeCategory.GUEST,
    "journaliste": BadgeCategory.PRESS,
    "organisateur": BadgeCategory.ORGANISATION,
    "organisation": BadgeCategory.ORGANISATION,
    "organization": BadgeCategory.ORGANISATION,
    "equipe": BadgeCategory.STAFF,
    "participant": BadgeCategory.GUEST,
    "participante": BadgeCategory.GUEST,
    "membre de la delegation": BadgeCategory.DELEGATE,
    "delegation member": BadgeCategory.DELEGATE,
}

# Words several vocabularies share: the offices of elected people, the trades of the
# press, the team and the speakers, as lists write them in a category or role column.
_ELECTED_WORDS = [
    "maire",
    "adjoint",
    "adjointe",
    "adjoint au maire",
    "adjointe au maire",
    "maire adjoint",
    "maire adjointe",
    "conseiller municipal",
    "conseillere municipale",
    "conseiller regional",
    "conseillere regionale",
    "conseiller departemental",
    "conseillere departementale",
    "conseiller communautaire",
    "conseillere communautaire",
    "depute",
    "deputee",
    "senateur",
    "senatrice",
    "president",
    "presidente",
    "vice president",
    "vice presidente",
    "bourgmestre",
    "gouverneur",
    "mayor",
    "deputy mayor",
    "councillor",
    "councilor",
    "city councillor",
    "member of parliament",
    "mp",
    "senator",
    "governor",
    "elected official",
    "elus",
]
_PRESS_WORDS = ["media", "medias", "photographe", "photographer", "reporter", "cameraman"]
_STAFF_WORDS = [
    "benevole",
    "volunteer",
    "chauffeur",
    "driver",
    "accueil",
    "hotesse",
    "hote",
    "logistique",
    "securite",
    "security",
    "protocole",
]
_SPEAKER_WORDS = [
    "conferencier",
    "conferenciere",
    "paneliste",
    "panelist",
    "moderateur",
    "moderatrice",
    "moderator",
    "animateur",
    "animatrice",
    "oratrice",
    "keynote speaker",
]
_GUEST_WORDS = [
    "vip",
    "personnalite",
    "personnalite qualifiee",
    "accompagnant",
    "accompagnante",
    "accompagnateur",
    "accompagnatrice",
    "conjoint",
    "conjointe",
    "spouse",
    "accompanying person",
    "observateur",
    "observatrice",
    "observer",
    "visiteur",
    "visiteuse",
    "visitor",
    "partenaire",
    "partner",
]
_OFFICER_WORDS = [
    "agent",
    "agente",
    "fonctionnaire",
    "charge de mission",
    "chargee de mission",
    "collaborateur",
    "collaboratrice",
    "administratif",
    "administrative",
    "official",
    "civil servant",
]
_ARTIST_WORDS = ["musicien", "musicienne", "danseur", "danseuse", "comedien", "comedienne"]
_ROLE_WORDS = {
    **dict.fromkeys(_ELECTED_WORDS, Role.ELECTED),
    **dict.fromkeys(_PRESS_WORDS, Role.PRESS),
    **dict.fromkeys(_STAFF_WORDS, Role.STAFF),
    **dict.fromkeys(_SPEAKER_WORDS, Role.SPEAKER),
    **dict.fromkeys(_GUEST_WORDS, Role.GUEST),
    **dict.fromkeys(_OFFICER_WORDS, Role.OFFICER),
    **dict.fromkeys(_ARTIST_WORDS, Role.ARTIST),
    **_ROLE_WORDS,
}
_CATEGORY_WORDS = {
    **dict.fromkeys(_ELECTED_WORDS, BadgeCategory.ELECTED),
    **dict.fromkeys(_PRESS_WORDS, BadgeCategory.PRESS),
    **dict.fromkeys(_STAFF_WORDS, BadgeCategory.STAFF),
    **dict.fromkeys(_SPEAKER_WORDS, BadgeCategory.SPEAKER),
    **dict.fromkeys(_GUEST_WORDS, BadgeCategory.GUEST),
    **dict.fromkeys(_OFFICER_WORDS, BadgeCategory.OFFICER),
    **dict.fromkeys(_ARTIST_WORDS, BadgeCategory.ARTIST),
    **_CATEGORY_WORDS,
}
_STATUS_WORDS: Mapping[str, ParticipationStatus] = {
    "invitee": ParticipationStatus.INVITED,
    "confirme": ParticipationStatus.CONFIRMED,
    "confirmee": ParticipationStatus.CONFIRMED,
    "inscrit": ParticipationStatus.CONFIRMED,
    "inscrite": ParticipationStatus.CONFIRMED,
    "registered": ParticipationStatus.CONFIRMED,
    "excusee": ParticipationStatus.DECLINED,
    "annule": ParticipationStatus.DECLINED,
    "desiste": ParticipationStatus.DECLINED,
    "presente": ParticipationStatus.ATTENDED,
    "present": ParticipationStatus.ATTENDED,
    "oui": ParticipationStatus.CONFIRMED,
    "yes": ParticipationStatus.CONFIRMED,
    "non": ParticipationStatus.DECLINED,
    "no": ParticipationStatus.DECLINED,
    "en attente": ParticipationStatus.INVITED,
    "a confirmer": ParticipationStatus.INVITED,
    "pending": ParticipationStatus.INVITED,
    "to be confirmed": ParticipationStatus.INVITED,
    "tbc": ParticipationStatus.INVITED,
    "absent": ParticipationStatus.DECLINED,
    "absente": ParticipationStatus.DECLINED,
    "excuse": ParticipationStatus.DECLINED,
    "cancelled": ParticipationStatus.DECLINED,
    "canceled": ParticipationStatus.DECLINED,
    "annulee": ParticipationStatus.DECLINED,
    "attending": ParticipationStatus.CONFIRMED,
    "going": ParticipationStatus.CONFIRMED,
    "accepted": ParticipationStatus.CONFIRMED,
    "not attending": ParticipationStatus.DECLINED,
    "declined": ParticipationStatus.DECLINED,
    "refused": ParticipationStatus.DECLINED,
    "checked in": ParticipationStatus.ATTENDED,
    "attended": ParticipationStatus.ATTENDED,
    "waitlisted": ParticipationStatus.INVITED,
    "waiting list": ParticipationStatus.INVITED,
    "liste d attente": ParticipationStatus.INVITED,
    "awaiting reply": ParticipationStatus.INVITED,
    "no reply": ParticipationStatus.INVITED,
    "sans reponse": ParticipationStatus.INVITED,
    # Registration platforms' words: Eventbrite ("Participe", "Attending", "Enregistré"
    # once checked in), pretix and HelloAsso order states, Indico registration states.
    "participe": ParticipationStatus.CONFIRMED,
    "ne participe pas": ParticipationStatus.DECLINED,
    "enregistre": ParticipationStatus.ATTENDED,
    "enregistree": ParticipationStatus.ATTENDED,
    "paid": ParticipationStatus.CONFIRMED,
    "paye": ParticipationStatus.CONFIRMED,
    "payee": ParticipationStatus.CONFIRMED,
    "valide": ParticipationStatus.CONFIRMED,
    "validee": ParticipationStatus.CONFIRMED,
    "validated": ParticipationStatus.CONFIRMED,
    "approved": ParticipationStatus.CONFIRMED,
    "approuve": ParticipationStatus.CONFIRMED,
    "approuvee": ParticipationStatus.CONFIRMED,
    "complete": ParticipationStatus.CONFIRMED,
    "completed": ParticipationStatus.CONFIRMED,
    "terminee": ParticipationStatus.CONFIRMED,
    "en attente de paiement": ParticipationStatus.INVITED,
    "unpaid": ParticipationStatus.INVITED,
    "non payee": ParticipationStatus.INVITED,
    "non paye": ParticipationStatus.INVITED,
    "waitlist": ParticipationStatus.INVITED,
    "expired": ParticipationStatus.DECLINED,
    "expiree": ParticipationStatus.DECLINED,
    "refunded": ParticipationStatus.DECLINED,
    "rembourse": ParticipationStatus.DECLINED,
    "remboursee": ParticipationStatus.DECLINED,
    "deleted": ParticipationStatus.DECLINED,
    "supprime": ParticipationStatus.DECLINED,
    "supprimee": ParticipationStatus.DECLINED,
    "rejected": ParticipationStatus.DECLINED,
    "rejete": ParticipationStatus.DECLINED,
    "rejetee": ParticipationStatus.DECLINED,
    "withdrawn": ParticipationStatus.DECLINED,
    "retiree": ParticipationStatus.DECLINED,
    "transferred": ParticipationStatus.DECLINED,
    "transfere": ParticipationStatus.DECLINED,
}
_TRANSPORT_WORDS: Mapping[str, Transport] = {
    "vol": Transport.PLANE,
    "flight": Transport.PLANE,
    "air": Transport.PLANE,
    "tgv": Transport.TRAIN,
    "autocar": Transport.COACH,
    "bus": Transport.COACH,
    "navette": Transport.COACH,
    "ferry": Transport.BOAT,
}


def _words(cls: type[E], extra: Mapping[str, E]) -> dict[str, E]:
    """Every way to write a member of ``cls``: its value, its French and English labels."""
    table: dict[str, E] = {}
    for member in cls:
        table[fold(member.value.replace("_", " "))] = member
        for language in ("fr", "en"):
            table[fold(label(member, language))] = member
    return table | dict(extra)


_VOCABULARIES: dict[str, tuple[str, Mapping[str, StrEnum]]] = {
    "role": ("import.role_unknown", _words(Role, _ROLE_WORDS)),
    "category": ("import.category_unknown", _words(BadgeCategory, _CATEGORY_WORDS)),
    "status": ("import.status_unknown", _words(ParticipationStatus, _STATUS_WORDS)),
    "transport": ("import.transport_unknown", _words(Transport, _TRANSPORT_WORDS)),
}


@lru_cache(maxsize=1024)
def parse_word(vocabulary: str, cell: Any) -> StrEnum | None:
    """The member of a closed vocabulary (``role``, ``category``, ``status``,
    ``transport``) that a French or English word names, any case or accents."""
    text = as_text(cell)
    if not text:
        return None
    code, table = _VOCABULARIES[vocabulary]
    found = table.get(fold(text))
    if found is None:
        raise ValidationError(code, None, value=text)
    return found


# When a list gives only a category (the usual registration form) or only a role.
ROLE_OF_CATEGORY: Mapping[BadgeCategory, Role] = {
    BadgeCategory.DELEGATE: Role.GUEST,
    BadgeCategory.ELECTED: Role.ELECTED,
    BadgeCategory.OFFICER: Role.OFFICER,
    BadgeCategory.SPEAKER: Role.SPEAKER,
    BadgeCategory.ARTIST: Role.ARTIST,
    BadgeCategory.GUEST: Role.GUEST,
    BadgeCategory.PRESS: Role.PRESS,
    BadgeCategory.ORGANISATION: Role.ORGANISER,
    BadgeCategory.STAFF: Role.STAFF,
}
CATEGORY_OF_ROLE: Mapping[Role, BadgeCategory] = {
    Role.HEAD_OF_DELEGATION: BadgeCategory.DELEGATE,
    Role.ELECTED: BadgeCategory.ELECTED,
    Role.SPEAKER: BadgeCategory.SPEAKER,
    Role.ARTIST: BadgeCategory.ARTIST,
    Role.OFFICER: BadgeCategory.OFFICER,
    Role.GUEST: BadgeCategory.GUEST,
    Role.INTERPRETER: BadgeCategory.STAFF,
    Role.PRESS: BadgeCategory.PRESS,
    Role.ORGANISER: BadgeCategory.ORGANISATION,
    Role.STAFF: BadgeCategory.STAFF,
}
