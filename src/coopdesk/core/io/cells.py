"""How the cells of each field are read: a parser per field, then the very coercer
the services validate that field with (lengths, e-mail, language codes), so a value
the preview accepts is a value the database accepts."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from coopdesk.core.enums import Role
from coopdesk.core.errors import ValidationError
from coopdesk.core.io.categories import CategoryName, parse_category
from coopdesk.core.io.parsers import (
    as_text,
    fold,
    parse_date,
    parse_day_or_datetime,
    parse_time,
)
from coopdesk.core.io.vocabularies import (
    CATEGORY_OF_ROLE,
    ROLE_OF_CATEGORY,
    parse_country,
    parse_languages,
    parse_word,
)
from coopdesk.core.model import Participation, Person
from coopdesk.core.services._fields import Coercer, all_emails, text
from coopdesk.core.services.participants import PARTICIPATION_FIELDS
from coopdesk.core.services.people import PERSON_FIELDS

Parser = Callable[..., Any]  # a cell, and for dates the day they fall around


def _then(parse: Parser, check: Coercer, name: str) -> Parser:
    return lambda cell: check(parse(cell), name)


def _text(name: str, spec: Mapping[str, Coercer]) -> Parser:
    check = spec[name]  # it trims spaces itself
    return lambda cell: check(
        cell if type(cell) is str and "\x00" not in cell and cell[:1] != "'" else as_text(cell),
        name,
    )


def _phone(cell: Any) -> str | None:
    """A phone number as typed; a number Excel made of it gets back the leading 0 of
    a French number ("612345678") or the + of an international one ("33612345678")."""
    text = as_text(cell)
    if isinstance(cell, (int, float)) and not isinstance(cell, bool) and text.isdigit():
        if len(text) == 9 and text[0] != "0":
            text = f"0{text}"
        elif len(text) == 11 and text.startswith("33"):
            text = f"+{text}"
    checked: str | None = PERSON_FIELDS["phone"](text, "phone")
    return checked


# What a form tool writes for a respondent it does not know (Microsoft Forms'
# anonymous forms): no e-mail at all.
_NO_EMAIL = frozenset({"anonymous", "anonyme", "anonym", "anonimo", "anonimo a"})


# An address pasted from Outlook's address line ("Yamada Taro <t.yamada@…>") or a
# mail link ("mailto:…").
_NAMED_ADDRESS = re.compile(r"[^<>]*<\s*(?:mailto:)?([^<>\s]+@[^<>\s]+)\s*>[\s;,]*")
_MAILTO = re.compile(r"mailto:", re.IGNORECASE)


def _email(cell: Any) -> str | None:
    text = as_text(cell)
    if fold(text) in _NO_EMAIL:
        return None
    named = _NAMED_ADDRESS.fullmatch(text)
    if named is not None:
        text = named.group(1)
    if _MAILTO.match(text):
        text = text[len("mailto:") :].strip()
    checked: str | None = PERSON_FIELDS["email"](text, "email")
    return checked


def _word(vocabulary: str) -> Parser:
    return lambda cell: parse_word(vocabulary, cell)


def _parsers() -> dict[str, Parser]:
    parsers: dict[str, Parser] = {
        name: _text(name, PERSON_FIELDS)
        for name in (
            "civility",
            "first_name",
            "last_name",
            "native_name",
            "function",
            "form_of_address",
            "email",
            "phone",
            "passport_number",
        )
    }
    parsers |= {
        name: _text(name, PARTICIPATION_FIELDS)
        for name in (
            "arrival_number",
            "arrival_place",
            "departure_number",
            "departure_place",
            "hotel",
            "room",
        )
    }
    parsers |= {
        name: _then(as_text, PERSON_FIELDS[name], name)
        for name in ("dietary_needs", "accessibility_needs")
    }
    parsers |= {
        "phone": _phone,
        "email": _email,
        "notes": _then(as_text, PARTICIPATION_FIELDS["notes"], "notes"),
        "organisation": _then(as_text, text(300), "organisation"),
        "country": parse_country,
        "languages": _then(parse_languages, PERSON_FIELDS["languages"], "languages"),
        "role": _word("role"),
        "category": parse_category,
        "status": _word("status"),
        "arrival_transport": _word("transport"),
        "departure_transport": _word("transport"),
        "full_name": lambda cell: cell,  # see full_name(): its parser needs the header
        # A day without a time stays a date: the leg's time is then unknown.
        "arrival_at": parse_day_or_datetime,
        "departure_at": parse_day_or_datetime,
        "arrival_time": parse_time,
        "departure_time": parse_time,
    }
    parsers |= {
        name: parse_date
        for name in (
            "passport_expiry",
            "birth_date",
            "check_in",
            "check_out",
        )
    }
    # A "date of arrival" column often holds the time too (an Excel date-time cell,
    # "24/10/2023 à 18h05"): it is kept, unless a time column says otherwise.
    parsers |= {"arrival_date": parse_day_or_datetime, "departure_date": parse_day_or_datetime}
    return parsers


FIELD_PARSERS: Mapping[str, Parser] = _parsers()


def role_or_category(name: str) -> Parser:
    """The parser of the only column that gives a role or a category: a word of either
    vocabulary sets both (the other one by correspondence)."""
    other = "category" if name == "role" else "role"

    def parse(cell: Any) -> dict[str, Any]:
        refused: ValidationError | None = None
        try:
            mine = parse_category(cell) if name == "category" else parse_word(name, cell)
        except ValidationError as exc:
            mine, refused = None, exc
        if isinstance(mine, CategoryName):  # not a built-in category: a role, or new
            try:
                role = parse_word("role", cell)
            except ValidationError:
                return {"role": Role.GUEST, "category": mine}
            return {"role": role, "category": CATEGORY_OF_ROLE[role]}  # type: ignore[index]
        try:
            theirs = parse_word(other, cell)
        except ValidationError:
            if refused is not None:
                raise refused from None
            theirs = None
        if mine is None and theirs is None:  # a blank cell: the defaults apply
            return {}
        found: dict[str, Any] = {name: mine, other: theirs}
        if found["role"] is None:
            found["role"] = ROLE_OF_CATEGORY[found["category"]]
        if found["category"] is None:
            found["category"] = CATEGORY_OF_ROLE[found["role"]]
        return found

    return parse


# Particles that belong to the last name that follows them ("Jean de La Fontaine").
_PARTICLES = frozenset(
    [
        "de",
        "du",
        "des",
        "d",
        "la",
        "le",
        "l",
        "van",
        "von",
        "der",
        "den",
        "da",
        "di",
        "dos",
        "das",
        "del",
        "della",
        "el",
        "al",
        "ben",
        "bin",
        "ibn",
    ]
)


_CIVILITIES = frozenset(
    [
        *("m", "mme", "mlle", "mr", "mrs", "ms", "miss", "dr", "pr", "prof", "me"),
        *("monsieur", "madame", "sem", "lord", "lady", "sir", "dame"),
        *("s e", "h e", "son excellence", "his excellency", "her excellency", "excellence"),
    ]
)


_SUFFIXES = frozenset(["jr", "sr", "ii", "iii", "iv", "fils", "pere"])
_NATIVE_IN_BRACKETS = re.compile(r"\(([^()]+)\)")


def _has_case(text: str) -> bool:
    """Whether ``text`` has letters of a script with capitals (Latin, Cyrillic…)."""
    return any(c.isalpha() and (c.isupper() or c.islower()) for c in text)


def _shouted(word: str) -> bool:
    """A word written in capitals, as French lists write last names ("DUPONT")."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and word.isupper()


def full_name(header: str) -> Parser:
    """The parser of a column giving the whole name: first and last names apart.

    A comma says it ("Dupont, Marie"); else the words in capitals are the last name
    ("DUPONT Marie", "Jean DE LA FONTAINE"); else the header's order says which comes
    first ("Nom Prénom": the first word; "Prénom Nom", "Full name": the last word, with
    the particles before it). A name in a script without capitals (佐藤健二) is kept
    whole as the name in its own script.
    """
    key = fold(header).split()
    # The header puts the last name first when it says so: "NOM Prénom", "Nom et
    # prénom", "Last name, first name", "Surname"; "Nom complet", "Name": first name first.
    given = [i for i, w in enumerate(key) if w in ("prenom", "prenoms", "first", "given")]
    family = [i for i, w in enumerate(key) if w in ("nom", "last", "surname", "family")]
    surname_first = bool(family) and (
        (bool(given) and family[0] < given[0]) or key[0] in ("surname", "family")
    )
    last_name, first_name = PERSON_FIELDS["last_name"], PERSON_FIELDS["first_name"]
    native_name, civility = PERSON_FIELDS["native_name"], PERSON_FIELDS["civility"]

    def parse(cell: Any) -> dict[str, Any]:
        text = as_text(cell)
        if not text:
            return {}
        if not _has_case(text):
            return {"native_name": native_name(text, "native_name")}
        found: dict[str, Any] = {}
        native = _NATIVE_IN_BRACKETS.search(text)  # "SATO Kenji (佐藤健二)"
        if native and not _has_case(native[1]):
            found["native_name"] = native_name(native[1], "native_name")
            text = (text[: native.start()] + " " + text[native.end() :]).strip()
        words = text.split()
        titles = 0  # "Mme", "M. et Mme", "S.E. M.", "Son Excellence Mme"
        while titles < len(words) - 1:
            if fold(words[titles]) in _CIVILITIES or (
                titles and fold(words[titles]) in ("et", "and") and titles + 1 < len(words) - 1
            ):
                titles += 1
            elif titles < len(words) - 2 and fold(" ".join(words[titles : titles + 2])) in (
                _CIVILITIES
            ):
                titles += 2
            else:
                break
        if titles:
            found["civility"] = civility(" ".join(words[:titles]), "civility")
            text = " ".join(words[titles:])
        suffix = ""
        if " " in text and fold(text.rsplit(" ", 1)[1]) in _SUFFIXES:  # "Jean Dupont Jr."
            text, suffix = text.rsplit(" ", 1)
        if "," in text:
            last, _, first = (part.strip() for part in text.partition(","))
        else:
            words = text.split()
            shouted = [i for i, word in enumerate(words) if _shouted(word)]
            if (
                shouted
                and len(shouted) < len(words)
                and shouted == list(range(shouted[0], shouted[-1] + 1))
            ):
                start, end = shouted[0], shouted[-1] + 1
                while start > 0 and fold(words[start - 1]) in _PARTICLES:
                    start -= 1
                last = " ".join(words[start:end])
                first = " ".join(words[:start] + words[end:])
            elif len(words) == 1:
                last, first = text, ""
            elif surname_first:
                end = 1
                while end < len(words) - 1 and fold(words[end - 1]) in _PARTICLES:
                    end += 1
                last, first = " ".join(words[:end]), " ".join(words[end:])
            else:
                start = len(words) - 1
                while start > 1 and fold(words[start - 1]) in _PARTICLES:
                    start -= 1
                last, first = " ".join(words[start:]), " ".join(words[:start])
        found["last_name"] = last_name(f"{last} {suffix}" if suffix else last, "last_name")
        if first:
            found["first_name"] = first_name(first, "first_name")
        return found

    return parse


# Plain text fields and their longest length in the database.
TEXT_LIMITS: Mapping[str, int] = {
    name: int(getattr(table.c[name].type, "length", 0))
    for table in (Person.__table__, Participation.__table__)
    for name in (
        "civility",
        "first_name",
        "last_name",
        "native_name",
        "function",
        "form_of_address",
        "phone",
        "passport_number",
        "arrival_number",
        "arrival_place",
        "departure_number",
        "departure_place",
        "hotel",
        "room",
    )
    if name in table.c
}


def clean_texts(cells: list[Any], limit: int) -> list[Any] | None:
    """A column of text cells that need no cleaning, as it is (blanks as ``None``), or
    ``None`` when any cell needs the careful path (spaces to trim, a number, too
    long). The checks run over the whole column in C: most columns pass."""
    if not set(map(type, cells)) <= {str, type(None)}:
        return None
    texts = list(filter(None, cells))
    if texts:
        # A printable separator without spaces: the whole is printable, has no double
        # space and no NUL exactly when every text has none.
        joined = "|".join(texts)
        if (
            "|'" in f"|{joined}"  # an apostrophe first: see as_text()
            or "  " in joined
            or "\x00" in joined
            or not joined.isprintable()
            or max(map(len, texts)) > limit
            or list(map(str.strip, texts)) != texts
        ):
            return None
    if len(texts) == len(cells):  # no blank cell
        return list(cells)
    return [cell or None for cell in cells]


def clean_emails(cells: list[Any]) -> list[Any] | None:
    """A column of e-mail addresses that need no cleaning and are all valid, as it is
    (blanks as ``None``), or ``None`` when any cell needs the careful path."""
    clean = clean_texts(cells, 320)
    if clean is None or not all_emails([cell for cell in clean if cell is not None]):
        return None
    return clean


# Whole-column checks that accept most columns at once (``None``: parse cell by cell).
COLUMN_CHECKS: Mapping[str, Callable[[list[Any]], list[Any] | None]] = {
    name: (lambda cells, limit=limit: clean_texts(cells, limit))
    for name, limit in TEXT_LIMITS.items()
} | {"email": clean_emails}
