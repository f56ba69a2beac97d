"""Which column holds what: the fields an import fills, the headers that name them,
the header row of a sheet and the mapping the user confirms.

Headers are recognised whatever their accents, case and spacing (``"N° de
vol/train"``, ``"E-mail"``, ``"Tél."``). Lists often start with a merged title and
blank lines: the header row is the first of the top rows that names the most
known fields. A header that names no known field is left for the user to map; the
mapping they confirm is remembered for the next file with the same headers.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from coopdesk.core import paths
from coopdesk.core.errors import ValidationError
from coopdesk.core.io.values import as_text, fold

# Every field an imported column may fill, with its French and English header: the
# header exports write, so an exported list imports back without any mapping.
FIELD_HEADERS: Mapping[str, tuple[str, str]] = {
    "civility": ("Civilité", "Civility"),
    "first_name": ("Prénom", "First name"),
    "last_name": ("Nom", "Last name"),
    "native_name": ("Nom en écriture d'origine", "Name in native script"),
    "full_name": ("Nom et prénom", "Full name"),
    "function": ("Fonction", "Function"),
    "form_of_address": ("Formule d'appel", "Form of address"),
    "organisation": ("Organisation", "Organisation"),
    "country": ("Pays", "Country"),
    "email": ("Courriel", "E-mail"),
    "phone": ("Téléphone", "Phone"),
    "languages": ("Langues", "Languages"),
    "category": ("Catégorie", "Category"),
    "role": ("Rôle", "Role"),
    "status": ("Statut", "Status"),
    "arrival_at": ("Arrivée", "Arrival"),
    "arrival_date": ("Date d'arrivée", "Arrival date"),
    "arrival_time": ("Heure d'arrivée", "Arrival time"),
    "arrival_transport": ("Transport (arrivée)", "Arrival transport"),
    "arrival_number": ("N° de vol/train (arrivée)", "Arrival flight/train"),
    "arrival_place": ("Lieu d'arrivée", "Arrival place"),
    "departure_at": ("Départ", "Departure"),
    "departure_date": ("Date de départ", "Departure date"),
    "departure_time": ("Heure de départ", "Departure time"),
    "departure_transport": ("Transport (départ)", "Departure transport"),
    "departure_number": ("N° de vol/train (départ)", "Departure flight/train"),
    "departure_place": ("Lieu de départ", "Departure place"),
    "hotel": ("Hôtel", "Hotel"),
    "check_in": ("Arrivée à l'hôtel", "Check-in"),
    "check_out": ("Départ de l'hôtel", "Check-out"),
    "room": ("Chambre", "Room"),
    "dietary_needs": ("Régime alimentaire", "Dietary needs"),
    "accessibility_needs": ("Besoins d'accessibilité", "Accessibility needs"),
    "passport_number": ("Passeport", "Passport"),
    "passport_expiry": ("Expiration du passeport", "Passport expiry"),
    "birth_date": ("Date de naissance", "Date of birth"),
    "notes": ("Remarques", "Notes"),
}

# Other ways people write the same headers (folded: no accents, case or punctuation).
_SYNONYMS: Mapping[str, tuple[str, ...]] = {
    "civility": ("civ", "titre", "title", "salutation", "m mme"),
    "first_name": ("prenoms", "firstname", "given name", "forename", "first names"),
    "last_name": ("nom de famille", "lastname", "surname", "family name", "nom usuel"),
    "native_name": (
        "nom d origine",
        "nom original",
        "ecriture d origine",
        "nom natif",
        "native name",
        "original name",
        "name in original script",
    ),
    "function": ("poste", "qualite", "position", "job title", "fonction titre"),
    "organisation": (
        "organization",
        "organisme",
        "structure",
        "collectivite",
        "institution",
        "entreprise",
        "company",
        "employer",
        "affiliation",
    ),
    "email": (
        "e mail",
        "email",
        "mail",
        "adresse mail",
        "adresse e mail",
        "adresse electronique",
        "email address",
        "e mail address",
        "courriel professionnel",
        "adresse de messagerie",
        "messagerie",
        "adresse courriel",
        "mel",
    ),
    "phone": (
        "tel",
        "telephone portable",
        "portable",
        "mobile",
        "phone number",
        "telephone number",
        "cell phone",
    ),
    "languages": ("langue", "langues parlees", "language", "spoken languages"),
    "category": ("categorie de badge", "badge", "type de participant"),
    "role": ("role dans la delegation",),
    "status": ("inscription", "etat"),
    "arrival_at": (
        "arrivee date et heure",
        "arrivee date heure",
        "date et heure d arrivee",
        "arrival date and time",
        "arrival date time",
    ),
    "arrival_date": ("jour d arrivee",),
    "arrival_number": ("vol aller", "train aller", "flight in", "inbound flight"),
    "arrival_place": ("aeroport d arrivee", "gare d arrivee", "arrival airport"),
    "departure_at": (
        "depart date et heure",
        "depart date heure",
        "date et heure de depart",
        "departure date and time",
        "departure date time",
    ),
    "departure_date": ("jour de depart",),
    "departure_number": ("vol retour", "n de vol retour", "return flight", "flight out"),
    "departure_place": ("aeroport de depart", "gare de depart", "departure airport"),
    "hotel": ("hebergement", "hotel name", "accommodation", "lodging"),
    "check_in": ("check in", "arrivee hotel", "date d arrivee a l hotel"),
    "check_out": ("check out", "depart hotel", "date de depart de l hotel"),
    "room": ("n de chambre", "numero de chambre", "type de chambre", "room number", "room type"),
    "dietary_needs": (
        "regime",
        "allergies",
        "restrictions alimentaires",
        "dietary requirements",
        "diet",
    ),
    "accessibility_needs": ("accessibilite", "besoins particuliers", "mobilite reduite"),
    "passport_number": ("n de passeport", "numero de passeport", "passport number", "passport no"),
    "passport_expiry": ("validite du passeport", "passport expiry date", "passport valid until"),
    "birth_date": ("ne e le", "nee le", "ne le", "birth date", "dob"),
    "notes": ("observations", "commentaires", "commentaire", "comments", "remarks", "remarque"),
    "full_name": (
        "nom prenom",
        "nom prenoms",
        "nom et prenom",
        "nom et prenoms",
        "prenom nom",
        "prenom et nom",
        "nom complet",
        "name",
        "participant",
        "participante",
        "last name first name",
        "first name last name",
        "name and surname",
    ),
}

# Headers that name a leg-specific field without saying which leg ("N° de vol/train"
# after "Arrivée"): they belong to the leg of the closest date column on their left.
_LEG_HEADERS: Mapping[str, str] = {
    "n de vol train": "number",
    "n de vol": "number",
    "numero de vol": "number",
    "n de train": "number",
    "flight number": "number",
    "train number": "number",
    "vol train": "number",
    "n vol train": "number",
    "vol": "number",
    "train": "number",
    "flight": "number",
    "flight train": "number",
    "flight train number": "number",
    "transport": "transport",
    "moyen de transport": "transport",
    "lieu": "place",
    "place": "place",
    "aeroport": "place",
    "gare": "place",
    "airport": "place",
}


def _known_headers() -> dict[str, str]:
    table: dict[str, str] = {}
    for field, names in FIELD_HEADERS.items():
        for name in names:
            table.setdefault(fold(name), field)
    for field, synonyms in _SYNONYMS.items():
        for name in synonyms:
            table.setdefault(name, field)
    return table


_KNOWN = _known_headers()
_SCAN_ROWS = 30


# Headers as forms write them: "Nom (en majuscules)", "Date de naissance (jj/mm/aaaa)",
# "E-mail*", "N° de téléphone portable", "Prénom du participant".
_BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_QUALIFIERS = re.compile(
    r"\s+(?:du|de la|de l|des|of the|of|for the)\s+"
    r"(?:participant|participante|participants|personne|invite|invitee|delegue|deleguee|guest|"
    r"person|delegate|attendee)$"
)
# Words too general to name a field inside a longer header ("Nom de l'hôtel").
_WEAK = frozenset({"nom", "name", "titre", "title", "badge", "etat", "inscription"})


def _phrases() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """The known headers by their first word, longest first, for finding one
    inside a longer header."""
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for name, field in _KNOWN.items():
        words = tuple(name.split())
        if words and not (len(words) == 1 and name in _WEAK):
            by_first.setdefault(words[0], []).append((words, field))
    for phrases in by_first.values():
        phrases.sort(key=lambda phrase: -len(phrase[0]))
    return by_first


def _within(key: str) -> str | None:
    """The field named by the longest known header found as whole words inside
    ``key``; ``None`` when none is, or when two fields tie for it."""
    words = key.split()
    best: dict[str, int] = {}
    for start, word in enumerate(words):
        for phrase, field in _PHRASES.get(word, ()):
            if tuple(words[start : start + len(phrase)]) == phrase:
                best[field] = max(best.get(field, 0), len(phrase))
                break
    if not best:
        return None
    longest = max(best.values())
    winners = [field for field, size in best.items() if size == longest]
    return winners[0] if len(winners) == 1 else None


_PHRASES = _phrases()


def recognise(header: str, left: Sequence[str | None] = ()) -> str | None:
    """The field a header names, or ``None``; ``left`` holds the fields already given
    to the columns on its left (to place a bare "N° de vol" on its leg).

    The header is taken as it is, then without what is in brackets and without a
    closing "du participant", then by the longest known header inside it
    ("N° de téléphone portable" is a phone).
    """
    key = fold(header)
    if key in _KNOWN:
        return _KNOWN[key]
    plain = _QUALIFIERS.sub("", fold(_BRACKETS.sub(" ", header)))
    if plain in _KNOWN:
        return _KNOWN[plain]
    if plain in _LEG_HEADERS:
        key = plain
    elif key not in _LEG_HEADERS:
        return _within(plain)
    part = _LEG_HEADERS.get(key)
    if part is None:
        return None
    leg = "arrival"
    for field in reversed(left):
        if field and field.startswith(("arrival_", "departure_")):
            leg = field.split("_", 1)[0]
            break
    return f"{leg}_{part}"


def _score(row: Sequence[Any]) -> int:
    return len({recognise(text) for text in map(as_text, row) if text} - {None})


def find_header_row(rows: Sequence[Sequence[Any]]) -> int:
    """The index of the header row: the first of the top rows that names the most
    known fields (at least two), below any merged title and blank lines."""
    best, best_score = -1, 1
    for index, row in enumerate(rows[:_SCAN_ROWS]):
        score = _score(row)
        if score > best_score:
            best, best_score = index, score
    if best < 0:
        raise ValidationError("import.no_header", None, rows=min(len(rows), _SCAN_ROWS))
    return best


@dataclass(frozen=True)
class ColumnMapping:
    """What each column of a sheet holds: ``fields[i]`` for the column headed
    ``headers[i]``, ``None`` to ignore it. ``header_line`` is the header row's number
    as Excel shows it (1-based); data starts on the next row."""

    header_line: int
    headers: tuple[str, ...]
    fields: tuple[str | None, ...]

    @property
    def shape(self) -> tuple[str, ...]:
        """The normalised header tuple that identifies files of the same shape."""
        return tuple(fold(h) for h in self.headers)

    def with_column(self, column: int | str, field: str | None) -> ColumnMapping:
        """This mapping with one column (its index or its header) mapped to ``field``."""
        index = column if isinstance(column, int) else self._index(column)
        if field is not None and field not in FIELD_HEADERS:
            raise ValidationError("field.unknown", field, entity="import")
        fields = list(self.fields)
        fields[index] = field
        return replace(self, fields=tuple(fields))

    def with_columns(self, choices: Mapping[str, str | None]) -> ColumnMapping:
        """This mapping with columns named by their header mapped to fields (or ignored)."""
        mapping = self
        for header, field in choices.items():
            mapping = mapping.with_column(header, field)
        return mapping

    def _index(self, header: str) -> int:
        key = fold(header)
        for index, name in enumerate(self.headers):
            if fold(name) == key:
                return index
        raise ValidationError("import.no_such_column", None, column=header)

    def check(self) -> None:
        """Refuse a mapping that fills a field twice or has no column for the name."""
        seen: dict[str, str] = {}
        for header, field in zip(self.headers, self.fields, strict=True):
            if field is None:
                continue
            if field in seen:
                raise ValidationError("import.field_twice", field, column=header, other=seen[field])
            seen[field] = header
        if not {"last_name", "native_name", "full_name"} & seen.keys():
            raise ValidationError("import.no_name_column", "last_name")


def _first_row_of_titles(rows: Sequence[Sequence[Any]]) -> int | None:
    """The first of the top rows with at least two texts and nothing else: the header
    row of a list whose headers are none coopdesk knows (in Ukrainian, in Japanese)."""
    for index, row in enumerate(rows[:_SCAN_ROWS]):
        cells = [cell for cell in row if cell not in (None, "")]
        if len(cells) >= 2 and all(isinstance(cell, str) for cell in cells):
            return index
    return None


def guess_mapping(rows: Sequence[Sequence[Any]]) -> ColumnMapping:
    """The mapping of a sheet: a remembered one for its shape, else the recognised
    headers (the user maps or ignores the rest). When no header is recognised, the
    first row of titles is the header row, every column left for the user to map.

    Two headers naming one field: the more precise one takes it ("Nom de famille"
    rather than "Nom", the respondent's name a form export adds)."""
    try:
        index = find_header_row(rows)
    except ValidationError:
        titles = _first_row_of_titles(rows)
        if titles is None:
            raise
        index = titles
    headers = tuple(as_text(cell) for cell in rows[index])
    while headers and not headers[-1]:
        headers = headers[:-1]
    remembered = remembered_fields(headers)
    if remembered is not None:
        return ColumnMapping(index + 1, headers, remembered)
    fields: list[str | None] = []
    weights: dict[str, tuple[int, int]] = {}  # field -> (words of its header, column)
    for column, header in enumerate(headers):
        field = recognise(header, fields) if header else None
        if field is not None:
            weight = len(fold(_BRACKETS.sub(" ", header)).split())
            if field in weights:
                if weight <= weights[field][0]:
                    field = None
                else:
                    fields[weights[field][1]] = None
            if field is not None:
                weights[field] = (weight, column)
        fields.append(field)
    return ColumnMapping(index + 1, headers, tuple(fields))


# --- remembered mappings ---------------------------------------------------------------------


def _mapping_path(headers: Iterable[str]) -> Path:
    shape = json.dumps([fold(h) for h in headers], ensure_ascii=False)
    digest = hashlib.sha256(shape.encode("utf-8")).hexdigest()[:24]
    return paths.config_dir() / "mappings" / f"{digest}.json"


def remember_mapping(mapping: ColumnMapping) -> Path:
    """Keep the user's mapping for the next file with the same headers."""
    path = _mapping_path(mapping.headers)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"shape": list(mapping.shape), "fields": list(mapping.fields)}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def remembered_fields(headers: Sequence[str]) -> tuple[str | None, ...] | None:
    """The fields remembered for these headers, if a readable mapping is stored."""
    path = _mapping_path(headers)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    fields = data.get("fields") if isinstance(data, dict) else None
    if (
        data.get("shape") != [fold(h) for h in headers]
        or not isinstance(fields, list)
        or len(fields) != len(headers)
        or any(f is not None and f not in FIELD_HEADERS for f in fields)
    ):
        return None
    return tuple(fields)


def read_mapping_file(path: Path, base: ColumnMapping) -> ColumnMapping:
    """``base`` with the choices of a JSON file: ``{"header as in the file": "field"
    or null}`` (the format a user writes by hand for ``--mapping``)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValidationError("import.mapping_unreadable", None, path=str(path)) from exc
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in data.items()
    ):
        raise ValidationError("import.mapping_unreadable", None, path=str(path))
    return base.with_columns({k: None if v is None else _field_named(v) for k, v in data.items()})


def _field_named(name: str) -> str:
    """The field a mapping file names: its code (``last_name``) or its header in
    French or English, as the preview shows it ("Nom", "E-mail", "Courriel")."""
    if name in FIELD_HEADERS:
        return name
    key = fold(name)
    for field, headers in FIELD_HEADERS.items():
        if key in (fold(headers[0]), fold(headers[1]), fold(field)):
            return field
    found = _KNOWN.get(key)
    if found is not None:
        return found
    choices = ", ".join(headers[0] for headers in FIELD_HEADERS.values())
    raise ValidationError("import.mapping_field_unknown", None, value=name, choices=choices)
