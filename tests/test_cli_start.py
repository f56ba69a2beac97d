"""Plain ``coopdesk`` opens the window without building every subcommand first."""

from __future__ import annotations

import subprocess
import sys

import pytest

from coopdesk.cli import main, plain_start


def test_plain_options_are_read_alone_and_everything_else_by_the_full_parser():
    args = plain_start(["--database", "sqlite:///x.sqlite3", "--home", "h", "--text"])
    assert args is not None
    assert (args.database, args.home, args.text) == ("sqlite:///x.sqlite3", "h", True)
    assert plain_start([]) is not None and plain_start([]).database is None  # type: ignore[union-attr]
    for argv in (
        ["events"],
        ["--help"],
        ["--version"],
        ["--database"],  # a value missing: the full parser says so, as before
        ["--data", "x"],  # an abbreviation: the full parser decides
        ["export", "list", "1", "-o", "x.pdf"],
        ["--text", "participants", "1"],
    ):
        assert plain_start(argv) is None, argv


def test_a_mistake_on_the_command_line_is_still_explained_by_the_full_parser(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--database"])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("utilisation : coopdesk")
    assert err.endswith("coopdesk : erreur : argument --database : il faut une valeur\n")


def test_plain_coopdesk_builds_no_export_parser(tmp_path):
    url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    code = f"""
import sys
import coopdesk.gui.app
calls = []
coopdesk.gui.app.run = lambda url, home: calls.append((url, home)) or 0
from coopdesk.cli import main
assert main(["--database", {url!r}, "--home", {str(tmp_path)!r}]) == 0
assert calls == [({url!r}, {str(tmp_path)!r})], calls
loaded = [m for m in ("coopdesk.cli.documents", "coopdesk.core.documents.lists", "reportlab")
          if m in sys.modules]
assert loaded == [], loaded
print("ok")
"""
    env_code = "import os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n" + code
    done = subprocess.run(
        [sys.executable, "-c", env_code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
