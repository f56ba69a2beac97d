"""French agreement and elision for sentences with counts and names in them.

Sentences are templates with placeholders (``{count}`` in the core's catalogues,
``%1`` in the window's Qt translations). Two things cannot be written once in the
template and must be settled when the values are known:

- plurals: ``{count:élément|éléments}`` picks the form that agrees with ``count``
  (in French 0 and 1 take the singular, in English only 1);
- elision: "de", "que", "le" and "la" before a value that starts with a vowel
  or a mute h lose their vowel (``Modification de %1`` with "Accueil…" reads
  "Modification d'Accueil…", with "Kishiwada" it stays "de Kishiwada").
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Mapping
from typing import Any

_VOWELS = set("aeiouàâäéèêëîïôöûüùœæ")
_ELIDED = re.compile(r"(?:^|(?<=[\s(«“]))(de|que|le|la|jusque|lorsque|puisque) $", re.IGNORECASE)
# Words (and names) whose h is aspirated: no elision before them ("de Hanoï").
_ASPIRATED_H = frozenset(
    {
        "hache",
        "haie",
        "haine",
        "hall",
        "halte",
        "hamac",
        "hambourg",
        "hameau",
        "hanche",
        "handicap",
        "hangar",
        "hanoi",
        "hardi",
        "harpe",
        "hasard",
        "hausse",
        "haut",
        "haute",
        "hauteur",
        "havre",
        "heros",
        "hetre",
        "hibou",
        "hierarchie",
        "hockey",
        "hollande",
        "hollandais",
        "homard",
        "hongrie",
        "hongrois",
        "honte",
        "hors",
        "hotte",
        "housse",
        "huit",
        "huitieme",
        "hurler",
    }
)
_PLACEHOLDER = re.compile(r"%(\d)")
_CHOICE = re.compile(r"\{%(\d):([^{}]*\|[^{}]*)\}")


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def starts_with_vowel_sound(value: str) -> bool:
    """Whether French elides before ``value`` ("Accueil", "Ukraine", "Hôtel de ville",
    "Yves"; not "Kishiwada", "Hanoï", "Yokohama", "« Accueil »", "8 participants")."""
    word = re.match(r"[^\W\d_]+", value.strip())
    if word is None:
        return False
    text = word.group(0)
    first = _fold(text[0])
    if first in _VOWELS:
        return True
    if first == "y":  # "d'Yves", but "de Yokohama"
        return len(text) > 1 and _fold(text[1]) not in _VOWELS
    if first == "h":
        return _fold(text) not in _ASPIRATED_H
    return False


def join(before: str, value: str, language: str) -> str:
    """``before`` followed by ``value``, with the elision French asks for at the seam."""
    if language == "fr" and starts_with_vowel_sound(value):
        match = _ELIDED.search(before)
        if match is not None:
            word = match.group(1)
            return before[: match.start(1)] + word[:-1] + "'" + value
    return before + value


def plural_form(count: int, forms: str, language: str) -> str:
    """``"élément|éléments"`` for ``count``: the first form for one (French: 0 or 1)."""
    one, _, other = forms.partition("|")
    singular = abs(count) < 2 if language == "fr" else abs(count) == 1
    return one if singular else (other or one)


class _Sentence(string.Formatter):
    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language

    def get_value(self, key: int | str, args: Any, kwargs: Mapping[str, Any]) -> Any:
        if isinstance(key, str) and key not in kwargs:
            return "{" + key + "}"  # an unknown placeholder stays visible, never a crash
        return super().get_value(key, args, kwargs)

    def format_field(self, value: Any, format_spec: str) -> str:
        if "|" in format_spec and isinstance(value, int):
            return plural_form(value, format_spec, self.language)
        if "|" in format_spec and isinstance(value, str):
            digits = re.sub(r"[\s\u202f\u00a0,]", "", value)  # "4 000" as shown
            if digits.lstrip("-").isdigit():
                return plural_form(int(digits), format_spec, self.language)
        return str(value) if not format_spec else super().format_field(value, format_spec)


def fill(template: str, language: str, values: Mapping[str, Any]) -> str:
    """``template`` (``str.format`` syntax, ``{count:one|many}`` for plurals) filled
    with ``values``, French elision applied where a value follows "de", "que"…"""
    formatter = _Sentence(language)
    out = ""
    for literal, field, spec, conversion in formatter.parse(template):
        out += literal
        if field is None:
            continue
        value = formatter.get_value(field, (), values)
        if conversion:
            value = formatter.convert_field(value, conversion)
        out = join(out, formatter.format_field(value, spec or ""), language)
    return out


def fill_numbered(template: str, language: str, *values: object) -> str:
    """A Qt-style template (``%1``, ``%2``…) filled with ``values``, with elision;
    ``{%1:personne purgée|personnes purgées}`` agrees with the count ``%1``."""

    def choose(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        value = str(values[index]) if 0 <= index < len(values) else ""
        if not value.lstrip("-").isdigit():
            return match.group(0)
        return plural_form(int(value), match.group(2), language)

    template = _CHOICE.sub(choose, template)
    out = ""
    position = 0
    for match in _PLACEHOLDER.finditer(template):
        out += template[position : match.start()]
        index = int(match.group(1)) - 1
        if 0 <= index < len(values):
            out = join(out, str(values[index]), language)
        else:
            out += match.group(0)
        position = match.end()
    return out + template[position:]
