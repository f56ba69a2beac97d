"""Smoke test of the frozen bundle, as a new user on a locked-down PC would run it.

    python packaging/smoke.py [--bundle dist/coopdesk] [--postgres URL] [--tarball FILE]

Runs the bundle built by ``packaging/build.py`` (not the package in this
environment) with an empty home, no ``COOPDESK_*`` settings, no network where the
platform allows it (Linux: a fresh network namespace) and no system time zones (only
those it ships): it creates and migrates the database in the user's profile, loads
the demo data, exports a calendar, a badge PDF, a programme and an Excel list, and
opens the window offscreen (the About dialog too). Each output is read back with
another reader: libical (or icalendar), pypdf and pdfplumber, openpyxl. Then the same
against PostgreSQL, in a database made for the run and dropped after it (``--postgres``,
else ``COOPDESK_TEST_POSTGRES_URL``). Nothing may be written next to the program.
With ``--tarball`` (Linux), the .tar.gz is installed for a new user, started from
there and uninstalled (the data stays).

A module, data file or library missing from the bundle makes a step fail; the exit
status is 1 then, 0 when every step passed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import traceback
import uuid
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
WINDOWS = sys.platform == "win32"
LIBICAL_CHECK = ROOT / "tests" / "calendar" / "libical_check.py"
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août")
FRENCH_MONTHS += ("septembre", "octobre", "novembre", "décembre")


class SmokeFailure(Exception):
    pass


def check(condition: object, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)


def executable(bundle: Path) -> Path:
    """The command-line executable of the bundle."""
    return bundle / ("coopdesk-cli.exe" if WINDOWS else "coopdesk")


def gui_executable(bundle: Path) -> Path:
    return bundle / ("coopdesk.exe" if WINDOWS else "coopdesk")


def clean_env(home: Path) -> dict[str, str]:
    """The environment of a new user whose profile is ``home``: nothing of coopdesk's,
    of Python's or of this machine's time zones."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("COOPDESK_", "PYTHON", "XDG_", "VIRTUAL_ENV", "QT_"))
        and key not in ("HOME", "USERPROFILE", "APPDATA", "LOCALAPPDATA", "TZ")
    }
    home.mkdir(parents=True, exist_ok=True)
    env["HOME"] = str(home)
    if WINDOWS:
        env["USERPROFILE"] = str(home)
        env["APPDATA"] = str(home / "AppData" / "Roaming")
        env["LOCALAPPDATA"] = str(home / "AppData" / "Local")
    # Only the time zones the bundle ships (tzdata), as on Windows, which has none.
    env["PYTHONTZPATH"] = ""
    env["COOPDESK_LANG"] = "fr"
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def data_folder(home: Path) -> Path:
    if WINDOWS:
        return home / "AppData" / "Local" / "coopdesk"
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "coopdesk"
    return home / ".local" / "share" / "coopdesk"


def offline_prefix() -> list[str]:
    """A command prefix that cuts the network (Linux: a new network namespace)."""
    if not sys.platform.startswith("linux") or shutil.which("unshare") is None:
        return []
    for prefix in (["unshare", "--net"], ["unshare", "--map-root-user", "--net"]):
        done = subprocess.run([*prefix, "true"], capture_output=True)
        if done.returncode == 0:
            return prefix
    return []


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in folder.rglob("*")
        if p.is_file()
    }


class Runner:
    def __init__(self, bundle: Path, env: dict[str, str], prefix: list[str], out: Path) -> None:
        self.bundle = bundle
        self.env = env
        self.prefix = prefix
        self.out = out
        out.mkdir(parents=True, exist_ok=True)

    def run(
        self, *args: str, gui: bool = False, env: dict[str, str] | None = None, timeout: int = 300
    ) -> subprocess.CompletedProcess[str]:
        program = gui_executable(self.bundle) if gui else executable(self.bundle)
        done = subprocess.run(
            [*self.prefix, str(program), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            env=env or self.env,
            timeout=timeout,
            cwd=self.out,
        )
        if done.returncode != 0:
            raise SmokeFailure(
                f"coopdesk {' '.join(args)} exited with {done.returncode}:\n"
                f"{done.stdout[-2000:]}\n{done.stderr[-3000:]}"
            )
        return done


# --- reading the outputs back --------------------------------------------------------


def read_calendar(path: Path) -> list[dict[str, object]]:
    """The VEVENTs of ``path`` as libical reads them (icalendar where libical is not)."""
    system = Path("/usr/bin/python3")
    if system.exists() and LIBICAL_CHECK.exists():
        done = subprocess.run(
            [str(system), str(LIBICAL_CHECK), str(path)], capture_output=True, text=True
        )
        if done.returncode == 0:
            return list(json.loads(done.stdout))
        if "No module named" not in done.stderr:
            raise SmokeFailure(f"libical refuses {path.name}: {done.stderr[-1000:]}")
    import icalendar

    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return [
        {"summary": str(e.get("SUMMARY")), "tzids": [e["DTSTART"].params.get("TZID")]}
        for e in calendar.walk("VEVENT")
    ]


def pdf_text_and_fonts(path: Path) -> tuple[str, set[str]]:
    import pdfplumber
    from pypdf import PdfReader

    with pdfplumber.open(path) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    fonts: set[str] = set()
    for page in PdfReader(path).pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        font_dict = resources.get_object().get("/Font")
        if font_dict is None:
            continue
        for ref in font_dict.get_object().values():
            base = str(ref.get_object().get("/BaseFont", ""))
            fonts.add(base.split("+")[-1].lstrip("/"))
    return text, fonts


def png_is_blank(path: Path) -> bool:
    from PIL import Image

    with Image.open(path) as image:
        colours = image.convert("RGB").getcolors(maxcolors=1 << 16)
    return colours is not None and len(colours) < 8


# --- the steps ------------------------------------------------------------------------


def alembic_head() -> str:
    from alembic.script import ScriptDirectory

    versions = ROOT / "src" / "coopdesk" / "core" / "migrations"
    script = ScriptDirectory(str(versions))
    head = script.get_current_head()
    assert head is not None
    return head


def database_steps(runner: Runner, url: str | None, tag: str) -> dict[str, object]:
    """Create and migrate, load the demo data, export and read back."""
    db = ["--database", url] if url else []
    out = runner.out
    runner.run(*db, "db", "upgrade")
    if url is None:
        path = data_folder(Path(runner.env["HOME"])) / "coopdesk.sqlite3"
        check(path.exists(), f"no database in the user's data folder ({path})")
        import sqlite3

        with sqlite3.connect(path) as conn:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
        check(revision == alembic_head(), f"database at {revision}, not {alembic_head()}")
    runner.run(*db, "demo")
    events = json.loads(runner.run(*db, "events", "--json").stdout)
    titles = [e["title"] for e in events]
    check(len(events) >= 5 and any("Assises" in t for t in titles), f"events: {titles}")
    people = json.loads(runner.run(*db, "participants", "Assises", "--json").stdout)
    check(len(people) >= 10, f"{len(people)} Assises participants")

    ics = out / f"assises-{tag}.ics"
    runner.run(*db, "export", "ical", "--event", "Assises", "-o", str(ics))
    vevents = read_calendar(ics)
    check(len(vevents) >= 5, f"{len(vevents)} VEVENTs in the calendar")
    tzids = {z for e in vevents for z in e.get("tzids", [])}  # type: ignore[union-attr]
    check("Europe/Paris" in tzids, f"calendar time zones: {tzids}")

    badges = out / f"badges-{tag}.pdf"
    runner.run(*db, "export", "badges", "--event", "Kishiwada", "-o", str(badges))
    text, fonts = pdf_text_and_fonts(badges)
    check("中村" in text, "the Japanese names are not on the Kishiwada badges")
    check(any("IPAGothic" in f for f in fonts), f"badge fonts: {sorted(fonts)}")

    programme = out / f"programme-{tag}.pdf"
    runner.run(*db, "export", "programme", "--event", "Kendari", "-o", str(programme))
    text, fonts = pdf_text_and_fonts(programme)
    check(
        any(month in text.lower() for month in FRENCH_MONTHS),
        "no French date in the programme (Babel's locale data?)",
    )

    xlsx = out / f"participants-{tag}.xlsx"
    runner.run(*db, "export", "participants", "--event", "Assises", "-o", str(xlsx))
    from openpyxl import load_workbook

    workbook = load_workbook(xlsx, read_only=True)
    rows = [r for r in workbook.active.iter_rows(values_only=True) if any(r)]
    workbook.close()
    check(len(rows) == len(people) + 1, f"{len(rows)} rows in the list for {len(people)}")
    return {"events": len(events), "participants": len(people), "vevents": len(vevents)}


def window_step(runner: Runner, url: str | None, tag: str, x11: bool = False) -> dict[str, object]:
    """Open the window as a double-click does; the About dialog; screenshots. With
    ``x11``, on a real X server (Xvfb) through Qt's xcb platform and the libraries the
    bundle carries for it, instead of the offscreen platform."""
    shots = runner.out / f"gui-{tag}"
    env = dict(runner.env, COOPDESK_SELFTEST=str(shots))
    args = ["--database", url] if url else []
    prefix = runner.prefix
    if x11:
        env.pop("QT_QPA_PLATFORM")
        runner.prefix = [*prefix, "xvfb-run", "-a", "-s", "-screen 0 1400x900x24"]
    try:
        runner.run(*args, gui=True, env=env, timeout=180)
    finally:
        runner.prefix = prefix
        report_path = shots / "selftest.json"
        report = json.loads(report_path.read_text("utf-8")) if report_path.exists() else {}
    check(report.get("ok"), f"window: {report.get('error', 'no report')}")
    check(report["events"] >= 5, f"the window lists {report['events']} events")
    check(report["event_open"], "no event open in the window")
    check(report["directory_rows"] > 0, "the directory page is empty")
    check(report["partners_rows"] > 0, "the partners page is empty")
    check(report["window_icon_sizes"], "the window has no icon")
    about = str(report["about"])
    version = json.loads((DIST / "build-info.json").read_text("utf-8"))["version"]
    check(f"coopdesk {version}" in about, "the About dialog lacks the version")
    check("SIL Open Font License" in about and "LGPL" in about, "About: licences missing")
    check("?" not in re.findall(r"\n(\S+)\n", about), "About: a library without version")
    log = Path(runner.env["HOME"]).resolve()
    check(str(log) in about and "coopdesk.log" in about, "About: no log file in the profile")
    for picture in ("window.png", "about.png"):
        check(not png_is_blank(shots / picture), f"{picture} is blank")
    return {"window_after": report.get("window_after"), "screenshots": str(shots)}


# A list as a partner sends it: names in their own scripts, countries in their own
# languages (read with the country names the bundle keeps of Babel's locales).
PARTICIPANTS_CSV = (
    "Prénom;Nom;Nom en écriture d'origine;Organisation;Pays\n"
    "Taras;Shevchenko;Тарас Шевченко;Ville de Kyiv;Україна\n"
    "Hanako;Yamada;山田花子;Ville de Kishiwada;日本\n"
    "Jürgen;Müller;;Stadt Essen;Deutschland\n"
)
ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august")
ENGLISH_MONTHS += ("september", "october", "november", "december")


def locales_step(runner: Runner) -> dict[str, object]:
    """What the bundle keeps of Qt's (ICU) and Babel's locale data, and of the fonts:
    the same sorting, time zone names, dates, numbers and country names as the
    installed package, whose libraries carry all of theirs; a list with names in
    Cyrillic and Japanese and countries in their own languages imported, listed in
    English and French and printed on badges; a programme dated in English."""
    from coopdesk_entry import locale_report

    out = runner.out
    report_path = out / "locales.json"
    runner.run(env=dict(runner.env, COOPDESK_SELFTEST_LOCALES=str(report_path)))
    bundled = json.loads(report_path.read_text("utf-8"))
    installed = json.loads(json.dumps(locale_report(), ensure_ascii=False))
    differ = {key: (bundled.get(key), value) for key, value in installed.items()}
    differ = {key: pair for key, pair in differ.items() if pair[0] != pair[1]}
    check(not differ, f"the bundle's locale data differs (bundle, installed): {differ}")
    countries = bundled["countries"]
    check(
        countries["Deutschland"] == "DE"
        and countries["日本"] == "JP"
        and None not in countries.values(),
        f"countries in their own languages: {countries}",
    )
    check("octobre" in bundled["babel fr_FR"][0], f"French date: {bundled['babel fr_FR']}")
    check("October" in bundled["babel en_GB"][0], f"English date: {bundled['babel en_GB']}")

    listing = out / "liste-partenaire.csv"
    listing.write_text(PARTICIPANTS_CSV, encoding="utf-8")
    runner.run("import", "participants", "--event", "Kishiwada", "--yes", str(listing))
    from openpyxl import load_workbook

    for language, expected in (
        ("en", ("Germany", "Ukraine", "Japan")),
        ("fr", ("Allemagne", "Ukraine", "Japon")),
    ):
        xlsx = out / f"kishiwada-{language}.xlsx"
        runner.run(
            "export",
            "participants",
            "--event",
            "Kishiwada",
            "--language",
            language,
            "-o",
            str(xlsx),
        )
        workbook = load_workbook(xlsx, read_only=True)
        rows = [r for r in workbook.active.iter_rows(values_only=True) if any(r)]
        workbook.close()
        found = {r[2]: r for r in rows}
        for last_name, country in zip(("Müller", "Shevchenko", "Yamada"), expected, strict=True):
            check(
                last_name in found and country in found[last_name],
                f"{language}: {last_name} is not listed in {country}: {found.get(last_name)}",
            )
    badges = out / "badges-scripts.pdf"
    runner.run("export", "badges", "--event", "Kishiwada", "-o", str(badges))
    text, fonts = pdf_text_and_fonts(badges)
    for name in ("山田花子", "Тарас Шевченко", "Jürgen"):
        check(name in text, f"{name} is not on the badges")
    check(
        any("IPAGothic" in f for f in fonts) and any("NotoSans" in f for f in fonts),
        f"badge fonts: {sorted(fonts)}",
    )
    programme = out / "programme-en.pdf"
    runner.run("export", "programme", "--event", "Kendari", "--lang", "en", "-o", str(programme))
    text, _fonts = pdf_text_and_fonts(programme)
    check(any(m in text.lower() for m in ENGLISH_MONTHS), "no English date in the programme")
    return {"locale checks": len(installed), "fonts": sorted(fonts)}


def logo_step(runner: Runner) -> dict[str, object]:
    """The authority's logo, PNG then JPEG, printed at the top of a programme: Pillow's
    decoders are in the bundle (an unreadable logo is only a warning, and the document
    would be printed without it)."""
    import io

    from PIL import Image
    from pypdf import PdfReader

    from coopdesk.core.db import open_database
    from coopdesk.core.services import organisations

    path = data_folder(Path(runner.env["HOME"])) / "coopdesk.sqlite3"
    sizes = {}
    for kind, mime in (("PNG", "image/png"), ("JPEG", "image/jpeg")):
        picture = io.BytesIO()
        Image.new("RGB", (240, 120), (0, 85, 164)).save(picture, kind)
        db = open_database(f"sqlite:///{path}")
        try:
            organisations.set_authority_logo(db, picture.getvalue(), mime)
        finally:
            db.dispose()
        pdf = runner.out / f"programme-{kind.lower()}.pdf"
        done = runner.run("export", "programme", "--event", "Kendari", "-o", str(pdf))
        said = done.stdout + done.stderr
        check("logo de la collectivité" not in said, f"{kind} logo: {said[-800:]}")
        images = PdfReader(pdf).pages[0].images
        check(len(images) >= 1, f"no {kind} logo on the programme's first page")
        sizes[kind] = images[0].image.size if images[0].image else None
    return {"logos": sizes}


PARTNER_ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Campeche//Programme//ES\r\n"
    "BEGIN:VEVENT\r\nUID:smoke-port-visit@campeche\r\nSUMMARY:Visite du port de Campeche\r\n"
    "DTSTART:20260616T080000Z\r\nDTEND:20260616T100000Z\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def open_file_step(runner: Runner, tag: str) -> dict[str, object]:
    """A partner's .ics opened with coopdesk (the desktop's *Open with*): the event is
    chosen, the preview shown, the entry imported into that event's agenda."""
    ics = runner.out / "programme-partenaire.ics"
    ics.write_text(PARTNER_ICS, encoding="utf-8")
    shots = runner.out / f"gui-{tag}"
    env = dict(runner.env, COOPDESK_SELFTEST=str(shots), COOPDESK_SELFTEST_EVENT="Campeche")
    try:
        runner.run(str(ics), gui=True, env=env, timeout=180)
    finally:
        path = shots / "selftest.json"
        report = json.loads(path.read_text("utf-8")) if path.exists() else {}
    check(report.get("ok"), f"opening a calendar file: {report.get('error', 'no report')}")
    check("programme-partenaire.ics" in str(report.get("asked")), f"asked: {report.get('asked')}")
    check(report.get("calendar_import_enabled"), f"preview: {report.get('calendar_preview')}")
    listed = runner.run("agenda", "Campeche").stdout
    check("Visite du port de Campeche" in listed, f"not in the agenda:\n{listed[-1500:]}")
    return {"preview": report.get("calendar_preview")}


def postgres_database(url: str) -> tuple[str, Callable[[], None]]:
    """A new, empty PostgreSQL database on the server of ``url``, and how to drop it."""
    import psycopg
    from sqlalchemy.engine import make_url

    server = make_url(url)
    name = f"coopdesk_smoke_{uuid.uuid4().hex[:10]}"
    admin = server.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return server.set(database=name).render_as_string(hide_password=False), drop


def tarball_step(tarball: Path, work: Path) -> dict[str, object]:
    """Install the .tar.gz for a new user, start it from the menu's command, uninstall."""
    home = work / "tar-home"
    env = clean_env(home)
    with tarfile.open(tarball) as tar:
        tar.extractall(work / "unpacked", filter="tar")
    (top,) = (work / "unpacked").iterdir()
    subprocess.run(["sh", str(top / "install.sh")], env=env, check=True, capture_output=True)
    desktop = home / ".local/share/applications/coopdesk.desktop"
    check(desktop.exists(), "install.sh made no menu entry")
    entry = desktop.read_text("utf-8").splitlines()
    exec_line = next(line for line in entry if line.startswith("Exec="))
    program, *arguments = shlex.split(exec_line.removeprefix("Exec="))
    check(Path(program).exists(), f"the menu entry starts {program}, which does not exist")
    check(arguments == ["%f"], f"the menu entry passes no file: {exec_line}")
    check("MimeType=text/calendar;" in entry, "the menu entry does not open .ics files")
    cache = home / ".local/share/applications/mimeinfo.cache"
    if shutil.which("update-desktop-database"):
        check(
            cache.exists() and "text/calendar=coopdesk.desktop" in cache.read_text("utf-8"),
            "coopdesk is not offered to open calendar files",
        )
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True)
        check(done.returncode == 0, f"desktop-file-validate: {done.stdout!r}{done.stderr!r}")
    for size in (16, 32, 48, 256, 512):
        icon = home / f".local/share/icons/hicolor/{size}x{size}/apps/coopdesk.png"
        check(icon.exists(), f"no {size}px icon installed")
    link = home / ".local/bin/coopdesk"
    done = subprocess.run([str(link), "db", "upgrade"], env=env, capture_output=True, text=True)
    check(done.returncode == 0, f"installed coopdesk: {done.stderr[-1000:]}")
    data = data_folder(home) / "coopdesk.sqlite3"
    check(data.exists(), "the installed coopdesk made no database")
    uninstall = home / ".local/opt/coopdesk/install.sh"
    subprocess.run(["sh", str(uninstall), "--uninstall"], env=env, check=True, capture_output=True)
    check(not desktop.exists() and not link.exists(), "uninstall left the menu entry or command")
    check(not (home / ".local/opt/coopdesk").exists(), "uninstall left the program")
    check(data.exists(), "uninstall deleted the user's data")
    return {"installed_and_removed": True}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, default=DIST / "coopdesk")
    parser.add_argument("--postgres", default=os.environ.get("COOPDESK_TEST_POSTGRES_URL"))
    parser.add_argument("--tarball", type=Path, help="also install and remove this .tar.gz")
    parser.add_argument("--keep", type=Path, help="keep the outputs in this folder")
    args = parser.parse_args()
    bundle = args.bundle.resolve()
    if not executable(bundle).exists():
        print(f"smoke: no bundle at {bundle} (python packaging/build.py)", file=sys.stderr)
        return 1
    work = Path(tempfile.mkdtemp(prefix="coopdesk-smoke-"))
    out = args.keep.resolve() if args.keep else work / "out"
    before = snapshot(bundle)
    prefix = offline_prefix()
    steps: list[tuple[str, Callable[[], dict[str, object]]]] = []
    sqlite = Runner(bundle, clean_env(work / "home"), prefix, out)
    steps.append(
        ("SQLite: create, migrate, demo, exports", lambda: database_steps(sqlite, None, "sqlite"))
    )
    steps.append(("SQLite: locale data, scripts, fonts (fr, en)", lambda: locales_step(sqlite)))
    steps.append(("SQLite: the authority's logo (PNG, JPEG)", lambda: logo_step(sqlite)))
    steps.append(("SQLite: window and About", lambda: window_step(sqlite, None, "sqlite")))
    steps.append(
        ("SQLite: a calendar file opened with coopdesk", lambda: open_file_step(sqlite, "ics"))
    )
    if sys.platform.startswith("linux") and shutil.which("xvfb-run"):
        steps.append(
            ("SQLite: window on X11 (Xvfb)", lambda: window_step(sqlite, None, "x11", x11=True))
        )
    drops: list[Callable[[], None]] = []
    if args.postgres:
        pg = Runner(bundle, clean_env(work / "pg-home"), [], out)
        state: dict[str, str] = {}

        def pg_steps() -> dict[str, object]:
            url, drop = postgres_database(args.postgres)
            drops.append(drop)
            state["url"] = url
            return database_steps(pg, url, "postgres")

        steps.append(("PostgreSQL: create, migrate, demo, exports", pg_steps))
        steps.append(("PostgreSQL: window", lambda: window_step(pg, state["url"], "postgres")))
    if args.tarball:
        steps.append(
            ("Linux .tar.gz: install, start, uninstall", lambda: tarball_step(args.tarball, work))
        )

    failures = 0
    begun = time.monotonic()
    print(f"smoke test of {bundle}" + (" (no network)" if prefix else ""))
    for name, step in steps:
        started = time.monotonic()
        try:
            details = step()
            print(f"  ok    {name} ({time.monotonic() - started:.1f} s) {details}")
        except SmokeFailure as error:
            failures += 1
            print(f"  FAIL  {name} ({time.monotonic() - started:.1f} s): {error}")
        except Exception:
            failures += 1
            print(f"  FAIL  {name} ({time.monotonic() - started:.1f} s):")
            traceback.print_exc(file=sys.stdout)
    for drop in drops:
        drop()
    changed = {k for k, v in snapshot(bundle).items() if before.get(k) != v}
    if changed:
        failures += 1
        print(f"  FAIL  files written next to the program: {sorted(changed)[:10]}")
    else:
        print("  ok    nothing written next to the program")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    passed = len(steps) + 1 - failures
    print(f"smoke test done in {time.monotonic() - begun:.0f} s")
    print(f"smoke: {passed} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
