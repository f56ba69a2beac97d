"""The command line's sentences: one catalogue, both languages, correct French."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from coopdesk.cli.common import headings, text
from coopdesk.cli.messages import CLI_MESSAGES

CLI = Path(__file__).resolve().parents[1] / "src" / "coopdesk" / "cli"
# The frozen program's entry point speaks through the same catalogue.
ENTRY = Path(__file__).resolve().parents[1] / "packaging" / "coopdesk_entry.py"
FRENCH_LETTERS = re.compile(r"[àâçéèêëîïôûùüÿœæÀÂÇÉÈÊËÎÏÔÛÙŒ]")


def _fields(template: str) -> set[str]:
    """The values ``template`` shows (a plural choice in one language only is fine:
    "{count} mis à jour" agrees, "{count} updated" does not need to)."""
    return {name for _literal, name, _spec, _conv in string.Formatter().parse(template) if name}


def test_every_sentence_exists_in_french_and_english_with_the_same_placeholders():
    assert set(CLI_MESSAGES) == {"fr", "en"}
    french, english = CLI_MESSAGES["fr"], CLI_MESSAGES["en"]
    assert sorted(set(french) ^ set(english)) == []
    assert len(french) > 250
    differ = {
        k: (french[k], english[k]) for k in french if _fields(french[k]) != _fields(english[k])
    }
    assert differ == {}


def test_every_placeholder_is_a_value_or_a_plural_choice():
    """``{count:un|des}`` chooses by the count; any other format would break the sentence."""
    odd = [
        (language, key, spec)
        for language, table in CLI_MESSAGES.items()
        for key, template in table.items()
        for _literal, _name, spec, _conversion in string.Formatter().parse(template)
        if spec and spec.count("|") != 1
    ]
    assert odd == []


def _keys_asked(path: Path) -> set[str]:
    """The keys a command module asks by name: ``text("key", ...)``, ``headings("a", ...)``,
    and the families of keys it builds (``text(f"io.action.{value}")``) as prefixes."""
    asked: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        if node.func.id == "text" and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant):
                asked.add(first.value)
            elif isinstance(first, ast.JoinedStr) and isinstance(first.values[0], ast.Constant):
                asked.add(first.values[0].value + "*")
        elif node.func.id == "headings":
            asked |= {f"heading.{a.value}" for a in node.args if isinstance(a, ast.Constant)}
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.IfExp) and all(
            isinstance(b, ast.Constant) and isinstance(b.value, str) and "." in b.value
            for b in (node.body, node.orelse)
        ):
            asked |= {node.body.value, node.orelse.value}  # text("a" if many else "b")
    return asked


def test_every_sentence_asked_for_is_in_the_catalogue_and_every_one_there_is_used():
    asked: set[str] = set()
    for path in [*CLI.glob("*.py"), ENTRY]:
        asked |= _keys_asked(path)
    exact = {k for k in asked if not k.endswith("*")}
    families = {k[:-1] for k in asked if k.endswith("*")}
    assert sorted(exact - set(CLI_MESSAGES["fr"])) == []
    unused = [
        k
        for k in CLI_MESSAGES["fr"]
        if k not in exact and not any(k.startswith(f) for f in families)
    ]
    assert unused == []


def test_families_of_sentences_cover_every_value_they_name():
    from coopdesk.core.io.preview import Action

    for action in Action:
        assert f"io.action.{action.value}" in CLI_MESSAGES["fr"]
        assert f"io.action_counted.{action.value}" in CLI_MESSAGES["fr"]


def test_no_sentence_is_written_inline_in_a_command_module():
    """French words outside the catalogue mean a sentence that escaped it (docstrings aside)."""
    inline = []
    for path in sorted(CLI.glob("*.py")):
        if path.name == "messages.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef))
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        inline += [
            f"{path.name}:{node.lineno}: {node.value!r}"
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
            and FRENCH_LETTERS.search(node.value)
        ]
    assert inline == []


@pytest.mark.parametrize("key", sorted(CLI_MESSAGES["fr"]))
def test_french_typography_and_agreement(key):
    """No "(s)" plural, a space before the double signs (: ? ! ;), no "de" or "que"
    left unelided before a vowel in the fixed text."""
    french = CLI_MESSAGES["fr"][key]
    plain = re.sub(r"\{[^{}]*\}", "X", french)  # placeholders aside
    assert "(s)" not in plain and "(es)" not in plain
    # a double sign glued to the word before it ("coopdesk:"), URLs and times aside
    glued = re.findall(r"(?<=[^\W\d_])([:?!;])(?=\s|$)", plain)
    assert glued == [], french
    unelided = re.findall(r"\b(?:de|que|le|la|ne|se|jusque) [aeiouéèêàâîôû]", plain, re.IGNORECASE)
    assert unelided == [], french


def test_sentences_agree_with_their_counts_in_each_language(monkeypatch):
    monkeypatch.setenv("COOPDESK_LANG", "fr")
    written = "common.document_written"
    assert text(written, path="b.pdf", pages=1, items=0) == "b.pdf écrit : 1 page, 0 élément."
    assert text(written, path="b.pdf", pages=3, items=12) == "b.pdf écrit : 3 pages, 12 éléments."
    assert text("io.action_counted.skipped", count=2) == "2 déjà inscrites, rien à changer"
    assert headings("number", "name") == ["N°", "Nom"]
    monkeypatch.setenv("COOPDESK_LANG", "en")
    assert text(written, path="b.pdf", pages=1, items=0) == "b.pdf written: 1 page, 0 items."
    assert text("io.action_counted.new_person", count=2) == "2 new people"
    assert headings("number", "name") == ["No.", "Name"]


def _every_parser(parser, path=("coopdesk",)):
    import argparse

    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _every_parser(sub, (*path, name))


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("fr", "le bureau des relations internationales"),
        ("en", "for an international-relations office"),
    ],
)
def test_every_command_explains_itself_in_the_user_language(monkeypatch, language, said):
    from coopdesk.cli import build_parser

    monkeypatch.setenv("COOPDESK_LANG", language)
    parsers = dict(_every_parser(build_parser()))
    assert len(parsers) > 50
    assert said in parsers[("coopdesk",)].format_help().replace("\n", " ")
    other = CLI_MESSAGES["en" if language == "fr" else "fr"]
    mine = CLI_MESSAGES[language]
    for path, parser in parsers.items():
        shown = parser.format_help()
        assert shown.startswith(mine["argparse.usage"] + " ".join(path)), path
        # no help sentence of the other language (the words both share aside)
        foreign = [t for k, t in other.items() if t != mine[k] and len(t) > 12 and t in shown]
        assert foreign == [], path
