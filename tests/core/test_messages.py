"""The language of messages, and sentences for every error code the core raises."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from coopdesk.core.messages import MESSAGES, user_language

SRC = Path(__file__).resolve().parents[2] / "src" / "coopdesk" / "core"


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "fr"),
        ({"LC_ALL": "en_US.UTF-8", "LANG": "fr_FR.UTF-8"}, "en"),
        ({"COOPDESK_LANG": "en", "LANG": "fr_FR.UTF-8"}, "en"),
    ],
)
def test_the_language_follows_the_system_and_can_be_forced(monkeypatch, env, expected):
    for var in ("COOPDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    assert user_language() == expected


def test_every_error_code_raised_by_the_core_services_has_a_french_and_english_sentence():
    codes = set()
    for path in [*SRC.glob("*.py"), *(SRC / "services").glob("*.py")]:
        codes |= set(re.findall(r'Error\(\s*f?"([a-z_]+\.[a-z_]+)"', path.read_text("utf-8")))
    codes.discard("record.changed")  # built with a computed list of fields, checked elsewhere
    assert codes
    for language in ("fr", "en"):
        missing = {c for c in codes if c not in MESSAGES[language]}
        # f-strings like f"{entity}.not_found" are covered by the explicit *.not_found entries
        assert not missing, f"{language}: {sorted(missing)}"


def test_every_field_a_service_checks_has_a_french_name():
    import importlib
    import pkgutil

    import coopdesk.core.services as services
    from coopdesk.core.messages import FIELD_LABELS

    fields = set()
    for module in pkgutil.iter_modules(services.__path__):
        loaded = importlib.import_module(f"coopdesk.core.services.{module.name}")
        for name, value in vars(loaded).items():
            if name.endswith("_FIELDS") and hasattr(value, "keys"):
                fields |= set(value.keys())
    assert sorted(fields - FIELD_LABELS["fr"].keys()) == []


def _placeholders(template: str) -> set[str]:
    """The values a sentence names; ``entry_fr`` and ``entry_en`` (a value the error
    carries in each language) count as one."""
    return {
        re.sub(r"_(fr|en)$", "_<language>", f)
        for _, f, _, _ in string.Formatter().parse(template)
        if f is not None
    }


def test_every_sentence_of_the_catalogue_is_in_french_and_english_with_the_same_placeholders():
    assert set(MESSAGES) == {"fr", "en"}
    assert MESSAGES["fr"].keys() == MESSAGES["en"].keys()
    differing = {
        code: (sorted(_placeholders(french)), sorted(_placeholders(MESSAGES["en"][code])))
        for code, french in MESSAGES["fr"].items()
        if _placeholders(french) != _placeholders(MESSAGES["en"][code])
    }
    assert differing == {}


def test_the_catalogue_holds_each_part_once_and_no_module_adds_sentences_on_import():
    from coopdesk.core.messages import PARTS

    seen: dict[str, str] = {}
    for name, part in PARTS.items():
        assert part.keys() == {"fr", "en"}, name
        for code in part["fr"]:
            assert code not in seen, f"{code} in {seen.get(code)} and {name}"
            seen[code] = name
    assert seen.keys() == MESSAGES["fr"].keys()
    # The catalogue is assembled in one place: no module fills it as a side effect.
    fillers = [
        path.relative_to(SRC).as_posix()
        for path in SRC.rglob("*.py")
        if re.search(r"MESSAGES\[[^]]+\]\.update|register_messages", path.read_text("utf-8"))
    ]
    assert fillers == []
