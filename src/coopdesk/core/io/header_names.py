"""The headers an import recognises: each field's French and English header (the one
exports write), the other ways people write it (synonyms, forms' qualifiers, leg
headers, headers in other scripts), and what one header names.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from coopdesk.core.io import platforms
from coopdesk.core.io.parsers import fold

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
TICKET_HEADERS = (
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
        *TICKET_HEADERS,
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


KNOWN_HEADERS = _known_headers()


# Headers as forms write them: "Nom (en majuscules)", "Date de naissance (jj/mm/aaaa)",
# "E-mail*", "N° de téléphone portable", "Prénom du participant".
BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
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
    {"nom", "name", "titre", "title", "badge", "etat", "inscription", *TICKET_HEADERS}
)


def _phrases() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """The known headers by their first word, longest first, for finding one
    inside a longer header."""
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for name, field in KNOWN_HEADERS.items():
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
    if key in KNOWN_HEADERS:
        return KNOWN_HEADERS[key], platforms.HEADER
    plain = _QUALIFIERS.sub("", fold(BRACKETS.sub(" ", header)))
    plain = _ATTENDEE.sub("", plain)
    if plain in KNOWN_HEADERS:
        return KNOWN_HEADERS[plain], platforms.HEADER
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
        if tail in KNOWN_HEADERS and tail not in _WEAK:
            return KNOWN_HEADERS[tail], who or platforms.HEADER
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
    if rest in KNOWN_HEADERS:
        return KNOWN_HEADERS[rest]
    found = _within(rest)
    if found is not None:
        return found
    words = rest.split()
    for word, field in (("name", "full_name"), ("nom", "last_name"), ("prenom", "first_name")):
        if word in words:
            return field
    return None
