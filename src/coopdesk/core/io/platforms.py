"""What the columns of registration platforms' and form tools' exports are, beyond the
fields they name: whose they are (the attendee's, or the buyer's or the respondent's
who filled in the form for someone else), and which ones hold no field at all
(order and ticket numbers, yes/no flags, the time a form was sent).

The exports offices receive, in French and in English:

- pretix (orders, one row per ticket): "Order code", "Position ID", "Email" (the
  buyer's), "Attendee name", "Attendee name: Given name", "Attendee email", "Company",
  then "Invoice address name" (the buyer's) and "E-mail address verified";
- Indico (registrants): "ID", "Name", "First Name", "Last Name", "Email",
  "Affiliation", "Position", "Registration date", "Registration state", "Checked in";
- Eventbrite (attendee summary): "Order #", "Order Date", "First Name", "Last Name",
  "Email", "Ticket Type", "Attendee #", "Attendee Status" ("Attending"); in French
  "N° de commande", "N° de participant", "Statut du participant" ("Participe");
- Weezevent and HelloAsso: the participant's "Nom", "Prénom" beside the buyer's
  "Nom acheteur", "Email payeur", an order reference and an order status;
- Microsoft Forms: "ID", "Start time"/"Heure de début", "Completion time"/"Heure de
  fin", then the respondent's "Email"/"Adresse de messagerie" and "Name"/"Nom"
  ("anonymous" for an anonymous form), then one column per question;
- Google Forms: "Timestamp"/"Horodateur", the respondent's collected "Email
  Address"/"Adresse e-mail", then the questions (dates in the sheet's locale: an
  American form writes 10/5/2023 for 5 October);
- Typeform ("#", "Submit Date (UTC)", questions as columns), LimeSurvey ("Response
  ID"/"ID de la réponse", "Date submitted"/"Date de soumission", "Start
  language"/"Langue de départ") and Framaforms ("Serial"/"N°", "SID", "IP Address").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from coopdesk.core.io.parsers import fold

# Why a column fills a field, or none (see :func:`coopdesk.core.io.headers.reason_text`).
HEADER = "header"
REMEMBERED = "remembered"
USER = "user"
UNKNOWN = "unknown"
META = "meta"
DUPLICATE = "duplicate"
IDENTIFIER = "identifier"
FLAG = "flag"
TIMESTAMP = "timestamp"
BUYER = "buyer"
BUYER_USED = "buyer_used"
RESPONDENT = "respondent"
RESPONDENT_USED = "respondent_used"
RESPONDENT_SELF = "respondent_self"
JOB_TITLES = "values.job_titles"
CIVILITIES = "values.civilities"
NATIVE_SCRIPT = "values.native_script"
EMAILS = "values.emails"
NOT_CATEGORIES = "values.not_categories"

# Fields whose value is itself a number or a code: a "N° de …" or "… code" header may
# name them ("N° de téléphone", "Country code").
NUMBER_FIELDS = frozenset(
    {"phone", "passport_number", "room", "arrival_number", "departure_number"}
    | {"country", "languages"}
)
_ID_WORDS = frozenset(
    {"id", "uid", "uuid", "sid", "token", "barcode", "serial", "pseudonymization", "seed"}
)
_ID_FIRST = frozenset({"n", "no", "num", "numero", "number", "code", "ref", "reference"})
_ID_LAST = frozenset({"n", "no", "number", "numero", "code", "ref", "reference", "barre"})
_FLAG_WORDS = frozenset(
    {
        *("verified", "verifie", "verifiee", "consent", "consentement", "consents"),
        *("rgpd", "gdpr", "newsletter", "optin", "opt", "agree", "accepte", "acceptez"),
        *("accept", "subscribe", "abonnement", "draft", "brouillon"),
    }
)
_TIME_WORDS = frozenset({"date", "time", "heure", "at", "utc", "datetime", "jour", "horaire"})
_WHEN_WORDS = frozenset(
    {
        *("start", "started", "completion", "completed", "submit", "submitted"),
        *("submission", "soumission", "modified", "modification", "order", "commande"),
        *("paiement", "payment", "inscription", "registration", "created", "creation"),
        *("achat", "purchase", "lancement", "action", "stage", "debut", "fin", "end"),
        *("reponse", "response"),
    }
)
_LEG_WORDS = frozenset(
    {"arrivee", "arrival", "depart", "departure", "hotel", "naissance", "birth"}
    | {"passeport", "passport", "expiration", "expiry", "vol", "flight", "train"}
    | {"sejour", "stay", "visite", "visit", "mission", "voyage", "trip"}
)
_META = frozenset(
    {
        *("adresse ip", "ip address", "ip", "langue de depart", "start language"),
        *("derniere page", "last page", "tete de reponse", "response type"),
        *("network id", "tags", "referer", "referrer", "url de reference"),
        *("total points", "points totaux", "quiz feedback", "commentaires du questionnaire"),
        *("event slug", "sales channel", "canal de vente", "order locale", "payment providers"),
        *("quantity", "quantite", "total paid", "fees paid", "montant", "prix", "price"),
        *("price tier", "order type", "currency", "devise", "eventbrite fees"),
        *("eventbrite payment processing", "payment type", "moyen de paiement"),
    }
)
_BUYER_WORDS = frozenset(
    {
        *("acheteur", "acheteuse", "buyer", "purchaser", "payeur", "payeuse", "payer"),
        *("facturation", "invoice", "billing", "commanditaire", "customer"),
    }
)
_RESPONDENT_WORDS = frozenset({"repondant", "repondante", "respondent", "responder"})
# The respondent's columns a form tool writes right after its first columns.
_RESPONDENT_EMAIL = frozenset(
    {
        *("email", "e mail", "adresse de messagerie", "adresse e mail", "email address"),
        *("courriel", "adresse courriel", "username", "nom d utilisateur"),
    }
)
_RESPONDENT_NAME = frozenset({"name", "nom", "nom complet", "full name"})
# Microsoft Forms: the respondent's e-mail and name; Google Forms: the e-mail only.
_FORM_STARTS = {
    "completion time": (_RESPONDENT_EMAIL, _RESPONDENT_NAME),
    "heure de fin": (_RESPONDENT_EMAIL, _RESPONDENT_NAME),
    "horodateur": (_RESPONDENT_EMAIL,),
    "timestamp": (_RESPONDENT_EMAIL,),
    "marca temporal": (_RESPONDENT_EMAIL,),
}

# Export shapes recognised by a few of their own headers, named in the preview.
_SIGNATURES: tuple[tuple[str, frozenset[str]], ...] = (
    ("pretix", frozenset({"order code", "position id"})),
    ("pretix", frozenset({"code de commande", "id de position"})),
    ("Indico", frozenset({"registration state", "registration date"})),
    ("Indico", frozenset({"etat de l inscription", "date d inscription", "affiliation"})),
    ("Eventbrite", frozenset({"attendee status", "ticket type"})),
    ("Eventbrite", frozenset({"statut du participant", "type de billet"})),
    ("Weezevent", frozenset({"nom acheteur", "tarif"})),
    ("Weezevent", frozenset({"buyer last name", "rate"})),
    ("HelloAsso", frozenset({"email payeur", "nom participant"})),
    ("HelloAsso", frozenset({"payer email", "participant last name"})),
    ("Microsoft Forms", frozenset({"start time", "completion time"})),
    ("Microsoft Forms", frozenset({"heure de debut", "heure de fin"})),
    ("Google Forms", frozenset({"horodateur"})),
    ("Google Forms", frozenset({"timestamp"})),
    ("Typeform", frozenset({"submit date utc", "start date utc"})),
    ("LimeSurvey", frozenset({"response id", "date submitted"})),
    ("LimeSurvey", frozenset({"id de la reponse", "date de soumission"})),
    ("Framaforms", frozenset({"sid", "serial"})),
    ("Framaforms", frozenset({"sid", "adresse ip"})),
)


def platform_of(headers: Sequence[str]) -> str | None:
    """The platform or form tool whose export has these headers, if one is known."""
    folded = {fold(h) for h in headers if h}
    for name, signature in _SIGNATURES:
        if signature <= folded:
            return name
    return None


def is_identifier(header: str, key: str) -> bool:
    """A header naming a number or a code ("Position ID", "N° de participant",
    "Order #", "Barcode", "Référence commande"), not a person's field."""
    words = key.split()
    if not words:
        return "#" in header or "№" in header
    return (
        "#" in header
        or "№" in header
        or bool(_ID_WORDS & set(words))
        or words[0] in _ID_FIRST
        or (len(words) > 1 and words[-1] in _ID_LAST)
    )


def is_flag(key: str) -> bool:
    """A yes/no column: "E-mail address verified", "Consentement RGPD", "Newsletter"."""
    return bool(_FLAG_WORDS & set(key.split()))


def is_timestamp(key: str) -> bool:
    """When the form was sent or the order placed ("Horodateur", "Completion time",
    "Date de la commande", "Submit Date (UTC)"): none of the participant's dates."""
    if key in _META:
        return False
    words = set(key.split())
    return key in ("horodateur", "timestamp", "marca temporal") or (
        bool(words & _TIME_WORDS) and bool(words & _WHEN_WORDS) and not words & _LEG_WORDS
    )


def is_meta(key: str) -> bool:
    """A column about the form or the order, not the person (its language, the
    respondent's IP address, the price paid)."""
    return key in _META


def party(key: str) -> str | None:
    """``BUYER`` or ``RESPONDENT`` when the header says the column is theirs."""
    words = set(key.split())
    if words & _BUYER_WORDS:
        return BUYER
    if words & _RESPONDENT_WORDS:
        return RESPONDENT
    return None


def respondent_columns(headers: Sequence[str]) -> set[int]:
    """The columns a form tool fills with who filled in the form: Microsoft Forms'
    "Email" and "Name" right after "Completion time", Google Forms' "Email Address"
    right after "Timestamp". The questions follow them."""
    keys = [fold(h) for h in headers]
    for start, key in enumerate(keys[:4]):
        kinds = _FORM_STARTS.get(key)
        if kinds is None:
            continue
        found: set[int] = set()
        index = start + 1
        for names in kinds:
            if index < len(keys) and keys[index] in names:
                found.add(index)
                index += 1
        return found
    return set()


_CIVILITY = re.compile(
    r"(?:m|mme|mlle|mr|mrs|ms|miss|mx|dr|pr|prof|me|mgr|sr|sra|hr|fr|herr|frau)\.?"
    r"|monsieur|madame|mademoiselle|docteur|doctor|professeur|professor|sir|lady|lord|dame"
    r"|s\.? ?e\.?|h\.? ?e\.?|son excellence|his excellency|her excellency|excellence"
    r"|ma[iî]tre|the honourable|honorable|l'honorable",
    re.IGNORECASE,
)


def looks_like_civility(text: str) -> bool:
    """ "Mme", "M.", "Dr", "S.E.", "Son Excellence": a civility, not a job title."""
    parts = re.split(r"\s+(?:et|and|&)\s+", text.strip())
    return all(_CIVILITY.fullmatch(part.strip()) for part in parts if part.strip())
