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
from typing import Any, NamedTuple

from coopdesk.core import paths
from coopdesk.core.errors import ValidationError
from coopdesk.core.io import platforms
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

# Headers of a ticket's kind: a category only when its values are categories.
_TICKET_HEADERS = (
    "ticket type",
    "type de billet",
    "billet",
    "tarif",
    "product",
    "produit",
    "formule",
)

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
    "function": (
        "poste",
        "qualite",
        "position",
        "job title",
        "fonction titre",
        "titre du poste",
        "intitule du poste",
        "poste occupe",
        "fonction occupee",
        "job",
        "occupation",
        "designation",
    ),
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
        "societe",
        "raison sociale",
        "employeur",
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
        "email id",
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
    "category": (
        "categorie de badge",
        "badge",
        "type de participant",
        *_TICKET_HEADERS,
    ),
    "role": ("role dans la delegation",),
    "status": (
        "inscription",
        "etat",
        "registration state",
        "registration status",
        "etat de l inscription",
        "statut de l inscription",
        "statut de la commande",
        "order status",
    ),
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
        "氏名",
        "名前",
        "お名前",
        "姓名",
        "фио",
        "піб",
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


# Headers of lists partners write in their own language (Japanese, Russian, Ukrainian,
# Korean): the fields whose values any script can hold.
_OTHER_SCRIPTS: Mapping[str, tuple[str, ...]] = {
    "last_name": ("Фамилия", "Прізвище", "姓", "성"),
    "first_name": ("Имя", "Ім'я", "Ім’я", "名", "이름"),
    "full_name": ("ローマ字氏名", "氏名（ローマ字）", "ローマ字", "氏名ローマ字", "Имя и фамилия"),
    "function": ("Должность", "Посада", "役職", "職名", "직위", "직책"),
    "organisation": ("Организация", "Організація", "所属", "所属団体", "団体名", "소속"),
    "email": ("Электронная почта", "Эл. почта", "Електронна пошта", "メールアドレス", "メール"),
    "phone": ("Телефон", "電話番号", "전화번호"),
    "notes": ("Примечание", "Примечания", "Примітки", "備考", "비고"),
    "arrival_date": ("Дата прибытия", "Дата прибуття", "到着日"),
    "departure_date": ("Дата отъезда", "Дата від'їзду", "出発日"),
}


def _known_headers() -> dict[str, str]:
    table: dict[str, str] = {}
    for field, names in FIELD_HEADERS.items():
        for name in names:
            table.setdefault(fold(name), field)
    for field, synonyms in _SYNONYMS.items():
        for name in synonyms:
            table.setdefault(name, field)
    for field, written in _OTHER_SCRIPTS.items():
        for name in written:
            table.setdefault(fold(name), field)
    return table


_KNOWN = _known_headers()
_SCAN_ROWS = 30


# Headers as forms write them: "Nom (en majuscules)", "Date de naissance (jj/mm/aaaa)",
# "E-mail*", "N° de téléphone portable", "Prénom du participant".
_BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_QUALIFIERS = re.compile(
    r"\s+(?:(?:du|de la|de l|des|of the|of|for the)\s+)?"
    r"(?:participant|participante|participants|personne|invite|invitee|delegue|deleguee|guest|"
    r"person|delegate|attendee)$"
)
# "Attendee email", "Participant first name", "Ticket holder name": the attendee's own.
_ATTENDEE = re.compile(
    r"^(?:attendee|participant|participante|guest|delegate|ticket holder|holder|titulaire|"
    r"beneficiaire|invite|invitee)\s+(?=\S)"
)
# Words too general to name a field inside a longer header ("Nom de l'hôtel").
_WEAK = frozenset(
    {"nom", "name", "titre", "title", "badge", "etat", "inscription", *_TICKET_HEADERS}
)


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
    closing "du participant" or an opening "Attendee", then by the longest known
    header inside it ("N° de téléphone portable" is a phone). A header that names a
    number ("N° de participant", "Position ID"), a yes/no flag ("E-mail address
    verified") or when a form was sent ("Horodateur") names no field.
    """
    return classify(header, left)[0]


def classify(header: str, left: Sequence[str | None] = ()) -> tuple[str | None, str]:
    """The field a header names (see :func:`recognise`) and why: ``HEADER`` for a
    known header, ``BUYER`` or ``RESPONDENT`` for the field of the buyer or of who
    filled in the form, else why it names none (``IDENTIFIER``, ``FLAG``,
    ``TIMESTAMP``, ``META``, ``UNKNOWN``)."""
    key = fold(header)
    if key in _KNOWN:
        return _KNOWN[key], platforms.HEADER
    plain = _QUALIFIERS.sub("", fold(_BRACKETS.sub(" ", header)))
    plain = _ATTENDEE.sub("", plain)
    if plain in _KNOWN:
        return _KNOWN[plain], platforms.HEADER
    if plain in _LEG_HEADERS or key in _LEG_HEADERS:
        part = _LEG_HEADERS[plain if plain in _LEG_HEADERS else key]
        leg = "arrival"
        for field in reversed(left):
            if field and field.startswith(("arrival_", "departure_")):
                leg = field.split("_", 1)[0]
                break
        return f"{leg}_{part}", platforms.HEADER
    who = platforms.party(plain)
    if ":" in header:  # "Attendee name: Given name", "Champ additionnel : Email"
        tail = fold(header.rsplit(":", 1)[1])
        if tail in _KNOWN and tail not in _WEAK:
            return _KNOWN[tail], who or platforms.HEADER
    if who is not None:
        return _party_field(plain), who
    if platforms.is_meta(plain):
        return None, platforms.META
    if platforms.is_timestamp(plain):
        return None, platforms.TIMESTAMP
    if platforms.is_flag(plain):
        return None, platforms.FLAG
    found = _within(plain)
    if platforms.is_identifier(header, plain) and found not in platforms.NUMBER_FIELDS:
        return None, platforms.IDENTIFIER
    return found, platforms.HEADER if found else platforms.UNKNOWN


_PARTY_WORDS = re.compile(
    r"\b(?:acheteur|acheteuse|buyer|purchaser|payeur|payeuse|payer|facturation|invoice|"
    r"billing|commanditaire|customer|repondant|repondante|respondent|responder|address|"
    r"adresse de|du|de la|de l|de|des|of the|of)\b"
)


def _party_field(key: str) -> str | None:
    """The field a buyer's or respondent's column gives ("Nom acheteur": a last name,
    "Invoice address name: Given name": a first name)."""
    rest = " ".join(_PARTY_WORDS.sub(" ", key).split())
    if rest in _KNOWN:
        return _KNOWN[rest]
    found = _within(rest)
    if found is not None:
        return found
    words = rest.split()
    for word, field in (("name", "full_name"), ("nom", "last_name"), ("prenom", "first_name")):
        if word in words:
            return field
    return None


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


class ColumnReason(NamedTuple):
    """Why a column fills its field, or none: a code of
    :mod:`coopdesk.core.io.platforms` (``"header"``, ``"buyer"``, ``"identifier"``,
    ``"values.job_titles"``…), the field it would give (a buyer's e-mail left out)
    and the other column it gives way to, or an example value that decided."""

    code: str
    field: str | None = None
    other: str | None = None
    example: str | None = None


@dataclass(frozen=True)
class ColumnMapping:
    """What each column of a sheet holds: ``fields[i]`` for the column headed
    ``headers[i]``, ``None`` to ignore it. ``header_line`` is the header row's number
    as Excel shows it (1-based); data starts on the next row. ``reasons[i]`` says
    why (see :func:`reason_text`); ``platform`` names the export's source if known."""

    header_line: int
    headers: tuple[str, ...]
    fields: tuple[str | None, ...]
    reasons: tuple[ColumnReason, ...] = ()
    platform: str | None = None

    def reason(self, index: int) -> ColumnReason:
        """Why column ``index`` fills its field (or none)."""
        if index < len(self.reasons):
            return self.reasons[index]
        return ColumnReason(platforms.HEADER if self.fields[index] else platforms.UNKNOWN)

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
        reasons = [self.reason(i) for i in range(len(self.fields))]
        reasons[index] = ColumnReason(platforms.USER, field)
        return replace(self, fields=tuple(fields), reasons=tuple(reasons))

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
    headers (the user maps or ignores the rest), each with why. When no header is
    recognised, the first row of titles is the header row, every column left for the
    user to map.

    Two headers naming one field: the attendee's rather than the buyer's or the form
    respondent's ("Attendee email" rather than the order's "Email"), then the more
    precise one ("Nom de famille" rather than "Nom"). The values then correct what
    headers cannot say: a "Titre" of job titles is a function, a column of names in
    another script beside the romanised ones is the name in its own script."""
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
    platform = platforms.platform_of(headers)
    remembered = remembered_fields(headers)
    if remembered is not None:
        kept = tuple(ColumnReason(platforms.REMEMBERED, f) for f in remembered)
        return ColumnMapping(index + 1, headers, remembered, kept, platform)
    fields, reasons = _by_headers(headers)
    body = rows[index + 1 : index + 1 + _VALUE_SAMPLE]
    _by_values(headers, fields, reasons, body)
    return ColumnMapping(index + 1, headers, tuple(fields), tuple(reasons), platform)


_VALUE_SAMPLE = 300


def _by_headers(headers: Sequence[str]) -> tuple[list[str | None], list[ColumnReason]]:
    """Each column's field and reason from its header alone."""
    respondents = platforms.respondent_columns(headers)
    fields: list[str | None] = []
    reasons: list[ColumnReason] = []
    for column, header in enumerate(headers):
        if not header:
            field, code = None, platforms.UNKNOWN
        else:
            field, code = classify(header, fields)
        if column in respondents and field is not None:
            code = platforms.RESPONDENT
        fields.append(field)
        reasons.append(ColumnReason(code, field))
    # One column per field: the attendee's first, then the most precise header. The
    # buyer's or respondent's columns only count when no other column names anyone:
    # then the buyer or respondent is the attendee.
    parties = (platforms.BUYER, platforms.RESPONDENT)
    names = {"full_name", "first_name", "last_name", "native_name"}
    named = any(
        field in names and reason.code not in parties
        for field, reason in zip(fields, reasons, strict=True)
    )
    by_field: dict[str, list[int]] = {}
    for column, field in enumerate(fields):
        if field is not None:
            by_field.setdefault(field, []).append(column)
    for field, columns in by_field.items():
        own = [c for c in columns if reasons[c].code not in parties]
        winner: int | None
        if own:
            weights = [len(fold(_BRACKETS.sub(" ", headers[c])).split()) for c in own]
            winner = own[weights.index(max(weights))]
        elif not named:
            winner = columns[0]
            used = (
                platforms.BUYER_USED
                if reasons[winner].code == platforms.BUYER
                else platforms.RESPONDENT_USED
            )
            reasons[winner] = ColumnReason(used, field)
        else:
            winner = None
        for column in columns:
            if column == winner:
                continue
            fields[column] = None
            code = reasons[column].code
            if code not in parties:
                code = platforms.DUPLICATE
            other = headers[winner] if winner is not None else None
            reasons[column] = ColumnReason(code, field, other)
    return fields, reasons


def _texts(body: Sequence[Sequence[Any]], column: int) -> list[str]:
    texts = [as_text(row[column]) for row in body if column < len(row)]
    return [text for text in texts if text]


def _other_script(text: str) -> bool:
    """Letters, none of them Latin: a name written in Cyrillic, Japanese, Arabic…"""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(ord(c) >= 0x370 for c in letters)


def _name_like(text: str) -> bool:
    return "@" not in text and not any(c.isdigit() for c in text) and len(text.split()) <= 6


def _by_values(
    headers: Sequence[str],
    fields: list[str | None],
    reasons: list[ColumnReason],
    body: Sequence[Sequence[Any]],
) -> None:
    """Correct the fields of ``headers`` from the values under them (in place)."""
    _romanised_beside_native(headers, fields, reasons, body)
    given = set(fields) - {None}
    for column, field in enumerate(fields):
        texts = _texts(body, column)
        if not texts:
            continue
        example = texts[0]
        if field == "civility":
            odd = [t for t in texts if not platforms.looks_like_civility(t)]
            if len(odd) * 2 > len(texts):  # "Conseiller municipal": a job title
                target = None if "function" in given else "function"
                fields[column] = target
                reasons[column] = ColumnReason(platforms.JOB_TITLES, "function", None, odd[0])
                given.discard("civility")
                given |= {target} - {None}
        elif field == "category" and fold(headers[column]) in _TICKET_HEADERS:
            if not all(_is_category(t) for t in texts):
                bad = next(t for t in texts if not _is_category(t))
                fields[column] = None
                reasons[column] = ColumnReason(platforms.NOT_CATEGORIES, "category", None, bad)
                given.discard("category")
        elif _native_candidate(field, reasons[column], given) and not (
            field is None and _names_already_native(fields, body)
        ):
            native = [t for t in texts if _other_script(t) and _name_like(t)]
            # The same value on many rows is a city or a body ("岸和田市"), not people.
            repeated = len(set(native)) * 5 < len(native) * 4
            if len(native) * 2 > len(texts) and not repeated:
                fields[column] = "native_name"
                reasons[column] = ColumnReason(
                    platforms.NATIVE_SCRIPT, "native_name", None, native[0]
                )
                given.add("native_name")
                if field is not None:
                    given.discard(field)
        elif (
            field is None
            and reasons[column].code == platforms.UNKNOWN
            and "email" not in given
            and all(_EMAIL.fullmatch(t) for t in texts)
        ):
            fields[column] = "email"
            reasons[column] = ColumnReason(platforms.EMAILS, "email", None, example)
            given.add("email")
    if "email" not in given:
        _respondents_themselves(fields, reasons, body)


def _respondents_themselves(
    fields: list[str | None], reasons: list[ColumnReason], body: Sequence[Sequence[Any]]
) -> None:
    """A self-registration form: the e-mail a form tool collected from whoever filled
    it in is the participant's when no question asks for one, every row has its own
    address (a colleague registering several people repeats theirs) and, where the
    tool also gives the respondent's name (Microsoft Forms), it is the participant's
    on every row."""
    column = next(
        (
            c
            for c, reason in enumerate(reasons)
            if reason.code == platforms.RESPONDENT and reason.field == "email"
        ),
        None,
    )
    if column is None:
        return
    rows = [row for row in body if column < len(row) and as_text(row[column])]
    texts = [as_text(row[column]) for row in rows]
    if not texts or not all(_EMAIL.fullmatch(t) for t in texts):
        return
    if len({t.casefold() for t in texts}) != len(texts):
        return
    respondent_name = next(
        (
            c
            for c, reason in enumerate(reasons)
            if reason.code == platforms.RESPONDENT and reason.field == "full_name"
        ),
        None,
    )
    if respondent_name is not None:
        full = fields.index("full_name") if "full_name" in fields else None
        parts = [fields.index(f) for f in ("first_name", "last_name") if f in fields]

        def attendee(row: Sequence[Any]) -> str:
            columns = [full] if full is not None else parts
            return " ".join(as_text(row[c]) for c in columns if c is not None and c < len(row))

        def same(one: str, other: str) -> bool:
            return sorted(fold(one).split()) == sorted(fold(other).split())

        if not all(
            respondent_name < len(row) and same(as_text(row[respondent_name]), attendee(row))
            for row in rows
        ):
            return
    fields[column] = "email"
    reasons[column] = ColumnReason(platforms.RESPONDENT_SELF, "email", None, texts[0])


_NAMES = frozenset({"full_name", "last_name", "first_name"})


def _mostly(texts: list[str], test: Any) -> bool:
    return bool(texts) and sum(1 for t in texts if test(t)) * 2 > len(texts)


def _names_already_native(fields: list[str | None], body: Sequence[Sequence[Any]]) -> bool:
    """Whether the columns that give the names hold them in their own script already
    (a Japanese list's "氏名"): no other column is then the names in that script."""
    columns = [c for c, f in enumerate(fields) if f in _NAMES]
    return bool(columns) and all(_mostly(_texts(body, c), _other_script) for c in columns)


def _romanised_beside_native(
    headers: Sequence[str],
    fields: list[str | None],
    reasons: list[ColumnReason],
    body: Sequence[Sequence[Any]],
) -> None:
    """Two columns for the same name, one in its own script and one romanised ("氏名"
    and "ローマ字氏名", "Прізвище / Nom" and "Nom"): the romanised one gives the name;
    a whole name in its own script becomes the name in that script."""
    for field in ("full_name", "last_name", "first_name"):
        if field not in fields:
            continue
        winner = fields.index(field)
        second = next(
            (
                c
                for c, reason in enumerate(reasons)
                if reason.code == platforms.DUPLICATE and reason.field == field
            ),
            None,
        )
        if second is None:
            continue
        native, latin = _texts(body, winner), _texts(body, second)
        if not (_mostly(native, _other_script) and _mostly(latin, lambda t: not _other_script(t))):
            continue
        fields[second] = field
        reasons[second] = ColumnReason(platforms.HEADER, field)
        if field == "full_name" and "native_name" not in fields:
            example = next(t for t in native if _other_script(t))
            fields[winner] = "native_name"
            reasons[winner] = ColumnReason(platforms.NATIVE_SCRIPT, "native_name", None, example)
        else:
            fields[winner] = None
            reasons[winner] = ColumnReason(platforms.DUPLICATE, field, headers[second])


def _native_candidate(field: str | None, reason: ColumnReason, given: set[str | None]) -> bool:
    """Whether a column may be the names in their own script beside romanised ones:
    a whole-name column ("氏名") while another column gives the names, or a column
    left aside (unknown header, or a second name column)."""
    if "native_name" in given:
        return False
    if field == "full_name":
        return bool(given & {"last_name", "first_name"})
    if field is not None:
        return False
    if reason.code == platforms.UNKNOWN:
        return bool(given & _NAMES)
    return reason.code == platforms.DUPLICATE and reason.field in _NAMES


_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def _is_category(text: str) -> bool:
    from coopdesk.core.io.words import parse_word

    try:
        parse_word("category", text)
    except ValidationError:
        return False
    return True


_REASONS: Mapping[str, tuple[str, str]] = {
    platforms.HEADER: ("en-tête reconnu", "known header"),
    platforms.REMEMBERED: (
        "comme pour le dernier fichier de même forme",
        "as for the last file of this shape",
    ),
    platforms.USER: ("votre choix", "your choice"),
    platforms.UNKNOWN: (
        "en-tête inconnu : à associer ou à ignorer",
        "unknown header: map or ignore",
    ),
    platforms.META: (
        "renseignement sur le formulaire ou la commande, pas sur la personne",
        "about the form or the order, not the person",
    ),
    platforms.DUPLICATE: (
        "« {other} » donne déjà « {field} »",
        "“{other}” already gives “{field}”",
    ),
    platforms.IDENTIFIER: ("un numéro ou un code, pas un nom", "a number or a code, not a name"),
    platforms.FLAG: ("une case oui/non", "a yes/no box"),
    platforms.TIMESTAMP: (
        "date d'envoi du formulaire ou de la commande",
        "when the form was sent or the order placed",
    ),
    platforms.BUYER: (
        "« {field} » de l'acheteur, pas du participant",
        "the buyer's “{field}”, not the attendee's",
    ),
    platforms.BUYER_USED: (
        "« {field} » de l'acheteur : aucune autre colonne ne nomme les participants",
        "the buyer's “{field}”: no other column names the attendees",
    ),
    platforms.RESPONDENT: (
        "« {field} » de la personne qui a rempli le formulaire, pas du participant",
        "“{field}” of whoever filled in the form, not the participant's",
    ),
    platforms.RESPONDENT_USED: (
        "« {field} » de la personne qui a rempli le formulaire : aucune question ne "
        "demande le nom du participant",
        "“{field}” of whoever filled in the form: no question asks for the participant's name",
    ),
    platforms.RESPONDENT_SELF: (
        "« {field} » de la personne qui a rempli le formulaire : chacun s'est inscrit "
        "lui-même (une adresse différente par ligne)",
        "“{field}” of whoever filled in the form: each registered themselves (a different "
        "address on every row)",
    ),
    platforms.JOB_TITLES: (
        "deviné d'après les valeurs : des fonctions, pas des civilités (« {example} »)",
        "guessed from the values: job titles, not civilities (“{example}”)",
    ),
    platforms.NOT_CATEGORIES: (
        "deviné d'après les valeurs : pas des catégories de badge (« {example} »)",
        "guessed from the values: not badge categories (“{example}”)",
    ),
    platforms.NATIVE_SCRIPT: (
        "deviné d'après les valeurs : des noms en écriture d'origine (« {example} »)",
        "guessed from the values: names in their own script (“{example}”)",
    ),
    platforms.EMAILS: (
        "deviné d'après les valeurs : des adresses électroniques (« {example} »)",
        "guessed from the values: e-mail addresses (“{example}”)",
    ),
}


def reason_text(reason: ColumnReason, language: str = "fr") -> str:
    """Why a column fills its field (or none), as the preview says it."""
    english = language == "en"
    french_text, english_text = _REASONS.get(reason.code, _REASONS[platforms.UNKNOWN])
    field = FIELD_HEADERS[reason.field][english] if reason.field is not None else ""
    return (english_text if english else french_text).format(
        field=field, other=reason.other or "", example=reason.example or ""
    )


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
