"""argparse's own words (usage, headings, usage errors) in the user's language."""

from __future__ import annotations

import argparse
import ast
import re
from pathlib import Path

import pytest

from coopdesk.cli import build_parser, main
from coopdesk.cli.messages import CLI_MESSAGES

# What argparse prints in English, which must never show in French.
ENGLISH_WORDS = (
    "usage:",
    "positional arguments",
    "options:",
    "show this help message",
    "show program's version",
    "error:",
    "unrecognized arguments",
    "the following arguments are required",
    "invalid choice",
    "choose from",
    "expected one argument",
    "not allowed with",
    "ambiguous option",
    "invalid int value",
)


def _argparse_messages() -> set[str]:
    """Every message the running Python's argparse asks gettext for."""
    tree = ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))
    found = {
        arg.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in ("_", "ngettext")
        for arg in node.args
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
    }
    # asked of gettext through a variable (add_subparsers' title) or, before 3.13, not at all
    return found | {"subcommands", "show program's version number and exit"}


def test_every_word_of_argparse_is_in_the_catalogue_in_both_languages():
    english = {v for k, v in CLI_MESSAGES["en"].items() if k.startswith("argparse.")}
    assert len(_argparse_messages()) > 30
    assert sorted(_argparse_messages() - english) == []


NAMED = re.compile(r"%\((\w+)\)[sr]")
POSITIONAL = re.compile(r"%[sr]")


@pytest.mark.parametrize("key", sorted(k for k in CLI_MESSAGES["en"] if k.startswith("argparse.")))
def test_french_argparse_words_take_the_values_argparse_gives(key):
    english, french = CLI_MESSAGES["en"][key], CLI_MESSAGES["fr"][key]
    assert sorted(NAMED.findall(french)) == sorted(NAMED.findall(english)), key
    plain = NAMED.sub("", english), NAMED.sub("", french)
    assert len(POSITIONAL.findall(plain[1])) == len(POSITIONAL.findall(plain[0])), key
    values = dict.fromkeys(NAMED.findall(english), "X")
    count = len(POSITIONAL.findall(plain[0]))
    filled = french % values if values else french % (("X",) * count) if count else french
    assert "%" not in filled.replace("%%", "")
    assert french.endswith("\n") == english.endswith("\n")
    assert french.endswith(" ") == english.endswith(" ")


def _help(capsys, *argv):
    with pytest.raises(SystemExit) as done:
        main([*argv, "--help"])
    assert done.value.code == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("command", [(), ("export",), ("export", "ical"), ("seating",)])
def test_help_in_french_has_no_english_argparse_word(capsys, command):
    shown = _help(capsys, *command)
    assert shown.startswith("utilisation : coopdesk")
    assert "options :" in shown
    assert "afficher cette aide et quitter" in shown
    assert [w for w in ENGLISH_WORDS if w in shown] == []


def test_every_parser_help_in_french_has_no_english_argparse_word(monkeypatch):
    monkeypatch.setenv("COOPDESK_LANG", "fr")

    def every(parser):
        yield parser
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub in action.choices.values():
                    yield from every(sub)

    shown = [p.format_help() for p in every(build_parser())]
    assert len(shown) > 50
    assert [h[:60] for h in shown if any(w in h for w in ENGLISH_WORDS)] == []
    assert "afficher la version du programme et quitter" in shown[0]


def test_help_in_english_is_argparse_own(capsys, monkeypatch):
    monkeypatch.setenv("COOPDESK_LANG", "en")
    shown = _help(capsys)
    assert shown.startswith("usage: coopdesk")
    assert "\noptions:\n" in shown
    assert "show this help message and exit" in shown
    assert "show program's version number and exit" in shown


def _refused(capsys, *argv):
    """What a usage error prints: its exit status and its sentence (the last line)."""
    with pytest.raises(SystemExit) as done:
        main(list(argv))
    err = capsys.readouterr().err
    lines = err.rstrip("\n").split("\n")
    assert done.value.code == 2
    # as argparse always did: the usage, then one line with the sentence
    assert lines[0].startswith(("utilisation : coopdesk", "usage: coopdesk"))
    assert not any(line.startswith(("utilisation", "usage")) for line in lines[1:-1])
    return lines[-1]


MISTAKES = [
    (
        ("events", "--nope"),
        "coopdesk : erreur : ce qui suit n'est pas reconnu : --nope",
        "coopdesk: error: unrecognized arguments: --nope",
    ),
    (
        ("participants",),
        "coopdesk participants : erreur : il manque ÉVÉNEMENT",
        "coopdesk participants: error: the following arguments are required: EVENT",
    ),
    (
        ("export", "ical", "--venue", "douze"),
        "coopdesk export ical : erreur : argument --venue : « douze » n'est pas un nombre entier",
        "coopdesk export ical: error: argument --venue: “douze” is not a whole number",
    ),
    (
        ("export", "ical", "--lang", "de"),
        "coopdesk export ical : erreur : argument --lang : « de » n'est pas un choix possible "
        "(au choix : 'fr', 'en')",
        "coopdesk export ical: error: argument --lang: invalid choice: 'de' "
        "(choose from 'fr', 'en')",
    ),
    (
        ("export", "pdf"),
        "coopdesk export : erreur : argument TYPE : « pdf » n'est pas un choix possible "
        "(au choix : 'ical', 'badges', 'tents', 'programme', 'list', 'participants', "
        "'arrivals', 'rooming', 'organisations')",
        "coopdesk export: error: argument TYPE: invalid choice: 'pdf' "
        "(choose from 'ical', 'badges', 'tents', 'programme', 'list', 'participants', "
        "'arrivals', 'rooming', 'organisations')",
    ),
    (
        ("export", "ical", "--event"),
        "coopdesk export ical : erreur : argument --event : il faut une valeur",
        "coopdesk export ical: error: argument --event: expected one argument",
    ),
    (
        ("export", "ical", "--venue", "2", "--participant", "3"),
        "coopdesk export ical : erreur : argument --participant : impossible avec "
        "l'argument --venue",
        "coopdesk export ical: error: argument --participant: not allowed with argument --venue",
    ),
    (
        ("participants", "ASSISES", "--s", "x"),
        "coopdesk participants : erreur : option ambiguë : --s peut désigner --search, --status",
        "coopdesk participants: error: ambiguous option: --s could match --search, --status",
    ),
]


@pytest.mark.parametrize(("argv", "french", "english"), MISTAKES)
def test_a_usage_error_is_one_sentence_in_the_user_language(
    capsys, monkeypatch, argv, french, english
):
    monkeypatch.setenv("COOPDESK_LANG", "fr")
    assert _refused(capsys, *argv) == french
    monkeypatch.setenv("COOPDESK_LANG", "en")
    assert _refused(capsys, *argv) == english


def test_other_parsers_in_the_same_program_keep_argparse_words(capsys, monkeypatch):
    monkeypatch.setenv("COOPDESK_LANG", "fr")
    build_parser()  # the catalogue is in front of argparse's gettext from now on
    other = argparse.ArgumentParser(prog="autre")
    other.add_argument("--n", type=int)
    assert other.format_help().startswith("usage: autre")
    assert "show this help message and exit" in other.format_help()
    with pytest.raises(SystemExit):
        other.parse_args(["--n", "x"])
    assert capsys.readouterr().err.endswith("autre: error: argument --n: invalid int value: 'x'\n")


def test_the_values_a_command_takes_are_named_in_the_user_language(capsys, monkeypatch):
    shown = " ".join(_help(capsys, "export", "ical").split())
    assert "--event ÉVÉNEMENT" in shown and "--participant NUMÉRO" in shown
    assert "--all-participants DOSSIER" in shown and "-o CHEMIN" in shown
    assert "EVENT" not in shown and " PATH" not in shown
    shown = " ".join(_help(capsys, "seating", "move").split())
    assert "[--pin] événement repas invité table place" in shown
    monkeypatch.setenv("COOPDESK_LANG", "en")
    shown = " ".join(_help(capsys, "seating", "move").split())
    assert "[--pin] event item guest table seat" in shown
    shown = " ".join(_help(capsys, "export", "ical").split())
    assert "--event EVENT" in shown and "-o PATH" in shown
