"""Which of Babel's locale data the bundle ships (``coopdesk.spec`` reads it).

Babel carries CLDR's data for some 1,100 locales (35 MB). coopdesk reads two kinds:

- **full data** of the languages it speaks (its interface and its documents, French
  and English: ``LANGUAGES`` of ``coopdesk.gui.i18n`` and of
  ``coopdesk.core.documents.words``) and of the regional forms it formats with
  (``fr_FR``, ``en_GB``, ``en_US``), with every locale they inherit from (``en_GB``
  reads ``en_001``, ``en`` and ``root``): dates, numbers, plurals, country and
  language names;
- **the country names only** of the languages spoken in each country: an imported
  list may name a country in its own language ("Deutschland", "Україна", "日本"),
  which ``coopdesk.core.io.vocabularies.parse_country`` reads through
  ``Locale(language).territories`` (some 170 locales). Of those, the bundle keeps the
  ``territories`` table, nothing else (9 MB less than whole files).

Which locales those are is not written by hand: ``probe()`` runs coopdesk's own
lookups in a fresh Python and records every locale file Babel opens, so that a new
language, a new Babel or a new lookup changes the list by itself.
``tests/test_packaging.py`` checks the result against the languages the settings
offer, and runs coopdesk's formatting and country lookups on the trimmed data.
"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

# Regional forms coopdesk formats with beside its plain languages (gui/i18n.py: dates
# in words in fr_FR and en_GB; en_US, the other English an office PC may report).
REGIONAL = ("fr_FR", "en_GB", "en_US")
# What the country-name locales keep: the table Locale(...).territories reads.
NAME_KEYS = ("territories",)

_PROBE = r"""
import datetime, json, os, sys
from decimal import Decimal

from babel import localedata

seen = []
_load = localedata.load


def load(name, merge_inherited=True):
    name = os.path.basename(str(name))
    if name not in seen:
        seen.append(name)
    return _load(name, merge_inherited)


localedata.load = load

from babel import Locale
from babel.dates import format_date, format_datetime
from babel.numbers import format_decimal

from coopdesk.core.documents import words as document_words
from coopdesk.core.io.vocabularies import parse_country, parse_languages
from coopdesk.gui import i18n

languages = sorted(set(i18n.LANGUAGES) | set(document_words.LANGUAGES))
regional = json.loads(sys.argv[1])
moment = datetime.datetime(2026, 10, 12, 9, 30)
for name in [*languages, *regional]:
    locale = Locale.parse(name)
    format_date(moment.date(), "full", locale=name)
    format_date(moment.date(), "EEEE d MMMM y", locale=name)
    format_datetime(moment, "d MMMM y HH:mm", locale=name)
    format_decimal(Decimal("8500.5"), "#,##0.00", locale=name)
    locale.territories, locale.languages, locale.plural_form(2)
for lang in languages:
    i18n._state["language"] = lang
    i18n.fmt_date_words(moment.date())
    i18n.decimal_text(Decimal("8500.5"))
full = list(seen)
# French and English names first, then a name in the country's own language: the
# lookup reads every country's official languages.
parse_country("Allemagne"), parse_country("Germany"), parse_languages("français, English")
parse_country("Deutschland")
names = [name for name in seen if name not in full]
print(json.dumps({"languages": languages, "full": full, "names": names}))
"""


def probe(python: str | None = None, path: Iterable[Path] = ()) -> dict[str, list[str]]:
    """``{"languages", "full", "names"}``: coopdesk's languages, the locales read
    whole, and those read for their country names only. Runs in a new process of
    ``python`` (this one by default), with ``path`` before its own."""
    env = dict(os.environ)
    extra = [str(p) for p in path]
    if extra:
        env["PYTHONPATH"] = os.pathsep.join([*extra, env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [python or sys.executable, "-c", _PROBE, json.dumps(REGIONAL)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"the Babel probe failed:\n{done.stderr[-3000:]}")
    found: dict[str, list[str]] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


def locale_data_dir() -> Path:
    import babel

    return Path(babel.__file__).parent / "locale-data"


def write_names_only(names: Iterable[str], dest: Path, source: Path | None = None) -> list[Path]:
    """The country-name locales as files holding ``NAME_KEYS`` only, in ``dest``
    (``source``: Babel's locale-data folder). Returns the files written."""
    source = source or locale_data_dir()
    dest.mkdir(parents=True, exist_ok=True)
    written = []
    for name in names:
        with (source / f"{name}.dat").open("rb") as file:
            data = pickle.load(file)
        kept = {key: data[key] for key in NAME_KEYS if key in data}
        out = dest / f"{name}.dat"
        with out.open("wb") as file:
            pickle.dump(kept, file, protocol=pickle.HIGHEST_PROTOCOL)
        written.append(out)
    return written


def trimmed_tree(found: dict[str, list[str]], dest: Path) -> list[Path]:
    """A locale-data folder as the bundle ships it (``dest``, emptied first): the
    full files, the country-name ones, Babel's licence. Returns the files."""
    source = locale_data_dir()
    dest.mkdir(parents=True, exist_ok=True)
    for old in dest.glob("*.dat"):
        old.unlink()
    files = []
    for name in found["full"]:
        out = dest / f"{name}.dat"
        out.write_bytes((source / f"{name}.dat").read_bytes())
        files.append(out)
    files += write_names_only(found["names"], dest, source)
    for extra in source.iterdir():
        if extra.suffix != ".dat":  # the licence of the data
            (dest / extra.name).write_bytes(extra.read_bytes())
            files.append(dest / extra.name)
    return files
