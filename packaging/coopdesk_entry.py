"""Entry point of the frozen bundle: the same as the ``coopdesk`` command.

With ``COOPDESK_SELFTEST=DIR`` in the environment, plain ``coopdesk`` opens its window
exactly as a double-click does; once the window shows the events and has built the
event workspace, it opens the other pages and the About dialog, saves ``window.png``,
``window-icon.png`` and ``about.png`` in DIR, writes what it saw to
``DIR/selftest.json`` and quits (exit status 0, else 1 with the error in the report).
``COOPDESK_SELFTEST_T0`` (a ``time.time()`` taken by the caller) adds the time from
there to the window showing its events; ``COOPDESK_SELFTEST_QUICK=1`` quits right
then. With ``COOPDESK_SELFTEST_EVENT=TEXT``, the dialogs of a calendar file given on
the command line are answered: the event whose title holds TEXT, then *Import*.
``packaging/smoke.py`` and ``bench/bench_bundle.py`` drive the frozen bundle,
and the installed package (``python packaging/coopdesk_entry.py``), through it.

With ``COOPDESK_SELFTEST_LOCALES=FILE``, it writes to FILE (JSON) how it sorts names,
names time zones and countries, writes dates and numbers in French and English
(``locale_report()``), and exits: the smoke test compares that with the installed
package, whose Qt and Babel carry their whole locale data, where the bundle carries
only what coopdesk reads.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from coopdesk.cli import main

TIMEOUT = 120.0
# Windows 10 version 1903: the first with icu.dll, which Qt 6.10 and later load (through
# icuuc.dll). On an older Windows, importing Qt fails with no word to the user.
MIN_WINDOWS_BUILD = 18362


def old_windows_message(build: int) -> str | None:
    """What to tell a user whose Windows has build number ``build``, if too old."""
    if build >= MIN_WINDOWS_BUILD:
        return None
    from coopdesk.cli.common import text

    return text("start.windows_too_old", build=build)


def refuse_old_windows() -> bool:
    """On a Windows too old for Qt, say so in a message box (the program has no console)
    and on the console of ``coopdesk-cli``; whether it did."""
    if sys.platform != "win32":
        return False
    message = old_windows_message(sys.getwindowsversion().build)
    if message is None:
        return False
    print(message, file=sys.stderr)
    import ctypes

    ctypes.windll.user32.MessageBoxW(None, message, "coopdesk", 0x10)  # MB_ICONERROR
    return True


# Names to sort: accents, ligatures, case, and the scripts of the guests.
_NAMES = (
    "Zoé", "Émile", "Eve", "eve", "Ève", "Œuvre", "Oeuvre", "Ödön", "Ångström", "Łukasz",
    "Ørsted", "Abel", "Ярослав", "Ірина", "Ёлкин", "中村", "やまだ", "ヤマダ", "김민준",
    "محمد", "דוד", "Ωμέγα", "ทักษิณ", "cote", "côte", "coté", "côté",
)  # fmt: skip
_ZONES = ("Europe/Paris", "Asia/Tokyo", "America/Martinique", "Europe/Kyiv", "Pacific/Noumea")
# Countries named in their own languages, as an imported list may name them.
_COUNTRIES = (
    "Deutschland", "Україна", "日本", "España", "Россия", "대한민국", "中国", "ישראל",
    "Brasil", "Sverige", "Ελλάδα", "Polska", "Türkiye", "Việt Nam", "ไทย",
)  # fmt: skip


def locale_report() -> dict[str, object]:
    """What coopdesk reads of Qt's locale data (ICU: sorting, time zone names, case)
    and of Babel's (dates, numbers, country names, in French and English; countries
    named in their own languages), in the interface's locales."""
    from datetime import date, datetime
    from decimal import Decimal
    from functools import cmp_to_key

    from babel import Locale
    from babel.dates import format_date, format_datetime
    from babel.numbers import format_decimal
    from PySide6.QtCore import QCollator, QDate, QLocale, QTimeZone

    from coopdesk.core.io.vocabularies import parse_country

    report: dict[str, object] = {}
    day = date(2026, 10, 12)
    for tag in ("fr_FR", "fr_BE", "fr_CA", "en_GB", "en_US"):
        locale = QLocale(tag)
        collator = QCollator(locale)
        report[f"qt sort {tag}"] = sorted(_NAMES, key=cmp_to_key(collator.compare))
        report[f"qt zones {tag}"] = [
            QTimeZone(zone.encode()).displayName(
                QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, locale
            )
            for zone in _ZONES
        ]
        report[f"qt date {tag}"] = locale.toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
        )
        report[f"qt upper {tag}"] = locale.toUpper("straße élan œuvre ǆ ı i")
    for tag in ("fr", "fr_FR", "en", "en_GB", "en_US"):
        report[f"babel {tag}"] = [
            format_date(day, "full", locale=tag),
            format_date(day, "EEEE d MMMM y", locale=tag),
            format_datetime(datetime(2026, 10, 12, 9, 30), "d MMMM y HH:mm", locale=tag),
            format_decimal(Decimal("8500.5"), "#,##0.00", locale=tag),
            Locale.parse(tag).plural_form(2),
            [Locale.parse(tag).territories[code] for code in ("DE", "UA", "JP", "CI", "KR")],
            [Locale.parse(tag).languages[code] for code in ("uk", "ja", "de")],
        ]
    report["countries"] = {name: parse_country(name) for name in _COUNTRIES}
    return report


def _arm_selftest(outdir: Path) -> None:
    """Watch, from inside the event loop, for the window the normal start opens."""
    import json
    import traceback

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QApplication,
        QInputDialog,
        QLabel,
        QProgressDialog,
        QWidget,
    )

    from coopdesk.gui.app import application

    app = application()
    outdir.mkdir(parents=True, exist_ok=True)
    t0 = float(os.environ.get("COOPDESK_SELFTEST_T0") or 0)
    quick = os.environ.get("COOPDESK_SELFTEST_QUICK") == "1"
    deadline = time.monotonic() + TIMEOUT
    report: dict[str, object] = {"ok": False}

    def finish(status: int) -> None:
        (outdir / "selftest.json").write_text(
            json.dumps(report, ensure_ascii=False, indent=2), "utf-8"
        )
        app.exit(status)

    def settle() -> None:
        for _ in range(5):
            QApplication.processEvents()

    def answer(modal: QWidget) -> bool:
        """Answer the dialogs of opening a calendar file (``coopdesk FILE.ics``): the
        event whose title holds ``COOPDESK_SELFTEST_EVENT``, then *Import* after the
        preview. False for any other dialog."""
        wanted = os.environ.get("COOPDESK_SELFTEST_EVENT")
        if isinstance(modal, QProgressDialog):
            return True  # work in progress: wait
        if wanted and isinstance(modal, QInputDialog):
            chosen = next((i for i in modal.comboBoxItems() if wanted in i), None)
            if chosen is None:
                return False
            report["asked"] = modal.labelText()
            modal.setTextValue(chosen)
            modal.accept()
            return True
        if wanted and type(modal).__name__ == "CalendarImportDialog":
            if "calendar_preview" not in report:
                report["calendar_preview"] = modal.summary.text()  # type: ignore[attr-defined]
                button = modal.import_button  # type: ignore[attr-defined]
                report["calendar_import_enabled"] = button.isEnabled()
                if button.isEnabled():
                    button.click()
                else:
                    modal.close()
            return True
        return False

    def check() -> None:
        try:
            from coopdesk.gui.main_window import MainWindow

            modal = QApplication.activeModalWidget()
            if modal is not None:
                if answer(modal):
                    QTimer.singleShot(10, check)
                    return
                texts = " / ".join(label.text() for label in modal.findChildren(QLabel))
                report["error"] = f"unexpected dialog: {modal.windowTitle()}: {texts}"
                finish(1)
                return
            windows = [
                w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
            ]
            window = windows[0] if windows else None
            if (
                window is not None
                and "window_after" not in report
                and window.event_list.model.rowCount() > 0
            ):
                report["window_after"] = time.time() - t0 if t0 else None
                if quick:
                    report["ok"] = True
                    finish(0)
                    return
            if window is None or "window_after" not in report or window._workspace is None:
                if time.monotonic() > deadline:
                    report["error"] = "the window did not show the events in time"
                    finish(1)
                    return
                QTimer.singleShot(10, check)
                return
            settle()
            report["title"] = window.windowTitle()
            report["events"] = window.event_list.model.rowCount()
            report["event_open"] = (
                window.workspace.event_view.title if window.workspace.event_view else None
            )
            report["window_icon_sizes"] = [s.width() for s in window.windowIcon().availableSizes()]
            report["application_icon_sizes"] = [
                s.width() for s in QApplication.windowIcon().availableSizes()
            ]
            window.grab().save(str(outdir / "window.png"))
            window.windowIcon().pixmap(64, 64).save(str(outdir / "window-icon.png"))
            # The directory and the partners (built, and their modules imported, now):
            # the rows of their lists and tables.
            for name, page in (("directory_rows", 1), ("partners_rows", 2)):
                window.show_page(page)
                settle()
                views = window.pages.currentWidget().findChildren(QAbstractItemView)
                report[name] = sum(v.model().rowCount() for v in views if v.model() is not None)
            window.show_page(0)
            from coopdesk.gui.about import AboutDialog

            about = AboutDialog(window)
            about.show()
            settle()
            about.grab().save(str(outdir / "about.png"))
            report["about"] = about.plain_text()
            about.close()
            report["ok"] = True
            finish(0)
        except Exception:
            report["error"] = traceback.format_exc()
            finish(1)

    QTimer.singleShot(0, check)


if __name__ == "__main__":
    if refuse_old_windows():
        sys.exit(1)
    locales = os.environ.get("COOPDESK_SELFTEST_LOCALES")
    if locales:
        import json

        Path(locales).write_text(json.dumps(locale_report(), ensure_ascii=False), "utf-8")
        sys.exit(0)
    selftest = os.environ.get("COOPDESK_SELFTEST")
    if selftest:
        _arm_selftest(Path(selftest))
    sys.exit(main())
