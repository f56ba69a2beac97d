"""A sheet's column mapping: which field each column fills, why (a header, a
platform's export, the values, the user's choice) and the sentence that says why.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import NamedTuple

from coopdesk.core.errors import ValidationError
from coopdesk.core.io import platforms
from coopdesk.core.io.header_names import FIELD_HEADERS
from coopdesk.core.io.parsers import fold


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
