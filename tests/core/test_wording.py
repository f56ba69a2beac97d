"""French agreement and elision in every sentence the core builds with counts and names."""

from __future__ import annotations

import re
import string

import pytest

from coopdesk.core.documents import words
from coopdesk.core.errors import ValidationError
from coopdesk.core.messages import MESSAGES, describe
from coopdesk.core.wording import fill, fill_numbered, starts_with_vowel_sound

SAMPLES = {"title": "Accueil de la délégation", "name": "Apostolove", "field": "titre"}


@pytest.mark.parametrize(
    ("value", "elided"),
    [
        ("Accueil de la délégation", True),
        ("Apostolove", True),
        ("Ukraine", True),
        ("Hôtel de ville", True),
        ("Yves Martin", True),
        ("élément", True),
        ("Kishiwada", False),
        ("Hanoï", False),
        ("Yokohama", False),
        ("« Accueil »", False),
        ("8 participants", False),
        ("", False),
    ],
)
def test_elision_before_a_vowel_or_a_mute_h(value, elided):
    assert starts_with_vowel_sound(value) is elided


def test_de_becomes_d_apostrophe_only_at_the_seam_and_only_in_french():
    assert fill_numbered("Modification de %1", "fr", "Accueil…") == "Modification d'Accueil…"
    assert fill_numbered("Modification de %1", "fr", "Kishiwada") == "Modification de Kishiwada"
    assert fill_numbered("Edit de %1", "en", "Accueil") == "Edit de Accueil"
    assert fill("{n} participants de {p}", "fr", {"n": 3, "p": "Ouagadougou"}) == (
        "3 participants d'Ouagadougou"
    )
    assert fill("le {x}", "fr", {"x": "hôtel"}) == "l'hôtel"
    assert fill("Mode {x}", "fr", {"x": "avion"}) == "Mode avion"  # "de" only as a word


@pytest.mark.parametrize(
    ("count", "fr", "en"),
    [
        (0, "0 élément tomberait", "0 items would fall"),
        (1, "1 élément tomberait", "1 item would fall"),
        (2, "2 éléments tomberaient", "2 items would fall"),
    ],
)
def test_plural_forms_agree_with_the_count(count, fr, en):
    assert fill("{n} {n:élément|éléments} {n:tomberait|tomberaient}", "fr", {"n": count}) == fr
    assert fill("{n} {n:item|items} would fall", "en", {"n": count}) == en


def _fields(template: str) -> list[tuple[str, str]]:
    return [(f, s or "") for _, f, s, _ in string.Formatter().parse(template) if f is not None]


def _catalogues() -> list[tuple[str, str, str]]:
    out = []
    for language, table in MESSAGES.items():
        out += [(f"messages:{language}:{code}", language, t) for code, t in table.items()]
    for language, table in words._TABLES.items():
        out += [(f"words:{language}:{key}", language, t) for key, t in table.items()]
    return out


@pytest.mark.parametrize(("where", "language", "template"), _catalogues(), ids=lambda v: str(v))
def test_every_sentence_of_the_catalogues_agrees_with_its_counts(where, language, template):
    assert not re.search(r"\(e?s\)|\(e\)|\(x\)", template), f"{where}: no '(s)' plurals"
    counted = {f for f, s in _fields(template) if "|" in s}
    for n in (1, 2):
        values = {
            f: (n if f in counted or f == "count" else SAMPLES.get(f, "Apostolove"))
            for f, _ in _fields(template)
        }
        text = fill(template, language, values)
        assert not re.search(r"\{\w+(:[^}]*)?\}|\w\|\w", text), f"{where}: {text}"
        if language == "fr":
            assert not re.search(r"\b(de|que) [AEIOUaeiouÉé]", text), f"{where}: {text}"
    if "count" in {f for f, _ in _fields(template)}:
        after_count = re.search(r"\{count\}\s+([^\s{]+)", template)
        if after_count is not None:  # "{count} participant" must be written with a choice
            assert "{count:" in template, f"{where}: {template}"


def test_a_refusal_names_the_field_in_the_users_language():
    error = ValidationError("field.required", "category")
    assert describe(error, "fr") == "Le champ « catégorie » est obligatoire."
    assert describe(ValidationError("amount.invalid", "budget", value="1e6"), "fr").startswith(
        "« 1e6 » n'est pas un montant"
    )
    items = ValidationError("event.items_outside_dates", None, count=1, start="", end="", items="x")
    assert describe(items, "fr").startswith("1 élément du programme tomberait hors")
    assert "Déplacez-le d'abord" in describe(items, "fr")
