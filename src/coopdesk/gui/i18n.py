"""The interface language: Qt Linguist translations, locale-aware dates and times.

Source strings are English; ``resources/translations/coopdesk_fr.ts`` and
``coopdesk_en.ts`` are edited with Qt Linguist and compiled to the ``.qm`` files that
ship beside them (``python -m coopdesk.gui.i18n`` refreshes both). The language
follows the settings, else the system (``COOPDESK_LANG`` first, as for the CLI).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date, datetime, time
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

from coopdesk.core.labels import label
from coopdesk.core.messages import field_label as core_field_label
from coopdesk.core.messages import user_language
from coopdesk.core.wording import fill_numbered, plural_form
from coopdesk.gui import category_names

if TYPE_CHECKING:
    from decimal import Decimal

LANGUAGES = ("fr", "en")


class _State(TypedDict):
    language: str
    translators: list[QTranslator]


_state: _State = {"language": "fr", "translators": []}


def system_language() -> str:
    """``fr`` or ``en`` as the command line would choose it."""
    return user_language()


def language() -> str:
    """The language the interface is shown in now."""
    return _state["language"]


def _locale_for(lang: str) -> QLocale:
    system = QLocale.system()
    wanted = QLocale.Language.English if lang == "en" else QLocale.Language.French
    if system.language() == wanted:
        return system
    return QLocale("en_GB" if lang == "en" else "fr_FR")


def apply_language(lang: str) -> None:
    """Install the translators and the locale of ``lang`` in the running application."""
    lang = lang if lang in LANGUAGES else "fr"
    app = QCoreApplication.instance()
    assert app is not None
    for old in _state["translators"]:
        app.removeTranslator(old)
    installed = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    ours = QTranslator(app)
    with resources.as_file(_translations() / f"coopdesk_{lang}.qm") as qm:
        if ours.load(str(qm)):
            app.installTranslator(ours)
            installed.append(ours)
    _state["translators"] = installed
    _state["language"] = lang
    QLocale.setDefault(_locale_for(lang))


def _translations() -> resources.abc.Traversable:
    return resources.files("coopdesk.resources") / "translations"


def enum_label(value: StrEnum | str | None) -> str:
    """The word for a domain value (status, role...) in the interface language; for a
    badge category's code, the office's own name of it."""
    if type(value) is str:
        office = category_names.name(value, language())
        if office is not None:
            return office
    return label(value, language())


def fmt_date(value: date | None, long: bool = False) -> str:
    if value is None:
        return ""
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(QDate(value.year, value.month, value.day), fmt)


def fmt_day(value: date) -> str:
    """A day heading: weekday, day and month (``lundi 23 octobre``)."""
    return QLocale().toString(QDate(value.year, value.month, value.day), "dddd d MMMM")


def fmt_time(value: datetime | time | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def fmt_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    return f"{fmt_date(value.date())} {fmt_time(value)}"


def fmt_date_words(value: date) -> str:
    """A date in words, weekday first: ``lundi 12 octobre 2026`` (Babel)."""
    from babel.dates import format_date

    return format_date(value, "full", locale="en_GB" if language() == "en" else "fr_FR")


def date_placeholder(fmt: str) -> str:
    """What a date field shows while empty: ``jj/mm/aaaa`` in French."""
    letters = {"d": "j", "M": "m", "y": "a"} if language() == "fr" else {"M": "m"}
    return "".join(letters.get(c, c) for c in fmt)


def fill(template: str, *values: object) -> str:
    """A translated template with ``%1``, ``%2``… filled in, with French elision at
    each seam ("Modification de %1" with "Accueil…" reads "Modification d'Accueil…")."""
    return fill_numbered(template, language(), *values)


def quote(text: str) -> str:
    """``text`` in the interface language's quotation marks: « text » in French (with
    the no-break spaces French typography asks for, which Qt's own quoting leaves out),
    “text” in English."""
    if language() == "en":
        return f"\u201c{text}\u201d"
    return f"\u00ab\u00a0{text}\u00a0\u00bb"


def plural(count: int, one: str, many: str) -> str:
    """``one`` or ``many`` (both already translated) as ``count`` asks in the interface
    language; ``%n`` in them is the count."""
    return plural_form(count, f"{one}|{many}", language()).replace("%n", str(count))


def field_label(field: str) -> str:
    """A service field's name in the interface language (``category`` → ``catégorie``)."""
    return core_field_label(field, language())


def date_input_format() -> str:
    """The locale's short date format with a four-digit year, for date fields."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def decimal_text(value: object) -> str:
    """An amount as the user reads and types it: ``8 500,50`` in French (grouped
    thousands, decimal comma), ``8500.50`` in English (a comma there would read as a
    decimal comma when typed back)."""
    from decimal import Decimal

    from babel.numbers import format_decimal

    amount = Decimal(str(value))
    pattern = "#,##0" if language() == "fr" else "0"
    if amount != amount.to_integral_value():
        pattern += ".00"
    return str(format_decimal(amount, pattern, locale=language()))


def fmt_money(value: Decimal | float | None) -> str:
    if value is None:
        return ""
    return QLocale().toCurrencyString(float(value), "€")


def build(root: Path) -> None:
    """Refresh the .ts files from the sources (lupdate) and compile them (lrelease)."""
    bin_dir = Path(sys.executable).parent
    lupdate = shutil.which("pyside6-lupdate", path=str(bin_dir)) or "pyside6-lupdate"
    lrelease = shutil.which("pyside6-lrelease", path=str(bin_dir)) or "pyside6-lrelease"
    sources = sorted(str(p) for p in (root / "src" / "coopdesk" / "gui").rglob("*.py"))
    out = root / "resources" / "translations"
    for lang in LANGUAGES:
        ts = out / f"coopdesk_{lang}.ts"
        subprocess.run(
            [lupdate, "-no-obsolete", "-locations", "none", *sources, "-ts", str(ts)],
            check=True,
        )
        subprocess.run(
            [lrelease, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )


if __name__ == "__main__":
    build(Path.cwd())
