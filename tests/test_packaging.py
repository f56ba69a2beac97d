"""The packaging files agree with the code they ship (the bundle itself is checked by
``packaging/smoke.py``, which CI runs after building it)."""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

import coopdesk

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the settings dialog, below

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"


def _qt_modules_kept() -> set[str]:
    spec = (PACKAGING / "coopdesk.spec").read_text("utf-8")
    match = re.search(r"^QT_USED = (\{.*?\})$", spec, re.MULTILINE)
    assert match is not None
    return set(ast.literal_eval(match.group(1)))


def test_every_qt_module_coopdesk_imports_is_kept_in_the_bundle():
    imported = {
        module
        for path in (ROOT / "src").rglob("*.py")
        for module in re.findall(r"PySide6\.(Qt\w+)", path.read_text("utf-8"))
    }
    assert imported  # the GUI does import Qt
    assert imported <= _qt_modules_kept(), imported - _qt_modules_kept()


def test_the_installers_version_is_the_packages():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["version"] == coopdesk.__version__  # build.py stops otherwise


def test_the_install_script_is_valid_shell_and_knows_its_options():
    script = PACKAGING / "linux" / "install.sh"
    subprocess.run(["sh", "-n", str(script)], check=True)
    done = subprocess.run(["sh", str(script), "--nonsense"], capture_output=True, text=True)
    assert done.returncode == 2 and "unknown option: --nonsense" in done.stderr


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_the_menu_entry_is_a_valid_desktop_file_that_opens_calendars():
    entry = PACKAGING / "linux" / "coopdesk.desktop"
    done = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    text = entry.read_text("utf-8")
    assert "Exec=coopdesk %f" in text and "MimeType=text/calendar;" in text


# --- what the bundle keeps of Babel's and ICU's locale data ---------------------------


def _packaging_module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def babel_kept() -> dict[str, list[str]]:
    """The Babel locales the spec ships, as coopdesk.spec computes them."""
    found: dict[str, list[str]] = _packaging_module("babel_data").probe()
    return found


def _babel_chain(name: str) -> list[str]:
    """``name`` and every locale Babel merges under it, up to root."""
    from babel.core import get_global

    chain = [name]
    while name != "root":
        parent = get_global("parent_exceptions").get(name)
        if not parent:
            parts = name.split("_")
            parent = "root" if len(parts) == 1 else "_".join(parts[:-1])
        chain.append(parent)
        name = parent
    return chain


def test_the_bundle_keeps_babels_data_for_every_language_the_settings_offer(
    qtbot, sqlite_db, babel_kept
):
    from coopdesk.gui.settings import SettingsDialog

    dialog = SettingsDialog(sqlite_db)
    qtbot.addWidget(dialog)
    offered = {
        box.itemData(i)
        for box in (dialog.language, dialog.doc_language)
        for i in range(box.count())
    }
    assert {"fr", "en"} <= offered
    # Every interface and document language is one the probe formats with...
    assert set(babel_kept["languages"]) == offered
    # ...and the bundle keeps its whole data, with its regional forms and their parents.
    regional = _packaging_module("babel_data").REGIONAL
    wanted = {name for lang in [*offered, *regional] for name in _babel_chain(lang)}
    assert {"en_001", "root"} <= wanted
    assert wanted <= set(babel_kept["full"]), wanted - set(babel_kept["full"])
    # The other locales are kept for their country names only, and there are many.
    assert not set(babel_kept["names"]) & set(babel_kept["full"])
    assert {"de", "uk", "ja", "es"} <= set(babel_kept["names"])


_BABEL_READER = r"""
import json, sys
from datetime import date, datetime
from decimal import Decimal

from babel import Locale, UnknownLocaleError, localedata
if sys.argv[1]:
    localedata._dirname = sys.argv[1]
from babel.dates import format_date, format_datetime
from babel.languages import get_official_languages
from babel.numbers import format_decimal

from coopdesk.core.documents.frame import country_name, event_dates
from coopdesk.core.errors import ValidationError
from coopdesk.core.io.vocabularies import parse_country, parse_languages
from coopdesk.gui import i18n

out = {}
for tag in ["fr", "en", "fr_FR", "en_GB", "en_US"]:
    locale = Locale.parse(tag)
    out[tag] = [
        format_date(date(2026, 10, 12), "full", locale=tag),
        format_date(date(2026, 2, 1), "long", locale=tag),
        format_datetime(datetime(2026, 10, 12, 9, 30), "d MMMM y HH:mm", locale=tag),
        format_decimal(Decimal("8500.5"), "#,##0.00", locale=tag),
        [locale.plural_form(n) for n in range(4)],
        dict(locale.territories),
        dict(locale.languages),
    ]
for lang in i18n.LANGUAGES:
    i18n._state["language"] = lang
    out[f"window {lang}"] = [i18n.fmt_date_words(date(2026, 3, 9)), i18n.decimal_text("8500.5")]
    out[f"documents {lang}"] = [
        event_dates(date(2026, 6, 28), date(2026, 7, 2), lang),
        country_name("UA", lang),
        parse_languages("ukrainien, Japanese"),
    ]
countries = {}
for code in Locale("en").territories:
    if len(code) != 2 or not code.isalpha():
        continue
    for language in get_official_languages(code, regional=True, de_facto=True):
        try:
            name = Locale.parse(language).territories.get(code)
        except (ValueError, UnknownLocaleError):
            continue
        if name:
            try:
                countries[name] = parse_country(name)
            except ValidationError:
                countries[name] = None
out["countries"] = countries
print(json.dumps(out, ensure_ascii=False))
"""


def _read_with_babel(locale_data: Path | None) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", _BABEL_READER, str(locale_data or "")],
        capture_output=True,
        text=True,
        check=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_dates_numbers_and_countries_read_the_same_from_the_bundles_babel_data(
    tmp_path, babel_kept
):
    babel_data = _packaging_module("babel_data")
    tree = tmp_path / "locale-data"
    files = babel_data.trimmed_tree(babel_kept, tree)
    whole_size = sum(p.stat().st_size for p in babel_data.locale_data_dir().iterdir())
    assert sum(p.stat().st_size for p in files) < whole_size / 10

    whole = _read_with_babel(None)
    trimmed = _read_with_babel(tree)
    for key, value in whole.items():
        assert trimmed[key] == value, key
    assert whole["fr"][0] == "lundi 12 octobre 2026"  # type: ignore[index]
    countries = whole["countries"]
    assert isinstance(countries, dict) and len(countries) > 200
    assert countries["Deutschland"] == "DE" and countries["Україна"] == "UA"
    assert countries["日本"] == "JP" and countries["대한민국"] == "KR"


def test_icu_keeps_every_shared_item_and_the_french_and_english_locales():
    icu_data = _packaging_module("icu_data")
    kept = [
        "root.res", "res_index.res", "pool.res", "fr.res", "fr_CA.res", "en_GB.res",
        "en_001.res", "coll/ucadata.icu", "coll/fr_CA.res", "coll/root.res", "zone/fr.res",
        "zone/tzdbNames.res", "zoneinfo64.res", "metaZones.res", "timezoneTypes.res",
        "cnvalias.icu", "ibm-943_P15A-2003.cnv", "uprops.icu", "nfkc.nrm", "unit/pool.res",
        "brkitr/word.brk", "brkitr/root.res", "supplementalData.res", "likelySubtags.res",
    ]  # fmt: skip
    dropped = [
        "de.res", "ja.res", "zh_Hant_TW.res", "coll/de__PHONEBOOK.res", "coll/es_.res",
        "zone/ja.res", "curr/ar.res", "translit/root.res", "translit/el.res",
        "brkitr/cjdict.dict", "brkitr/thaidict.dict", "lang/ru.res", "fil.res",
    ]  # fmt: skip
    assert [item for item in kept if icu_data.dropped(item)] == []
    assert [item for item in dropped if not icu_data.dropped(item)] == []


def _qt_lib_dir() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "Qt" / "lib"


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or any(shutil.which(t) is None for t in ("icupkg", "cc")),
    reason="ICU's data is cut on Linux, with icu-devtools and a C compiler",
)
def test_qt_sorts_and_names_time_zones_the_same_with_the_bundles_icu_data(tmp_path):
    library = next(_qt_lib_dir().glob("libicudata.so.*"), None)
    if library is None:
        pytest.skip("this PySide6 carries no ICU")
    small, removed = _packaging_module("icu_data").trim(library, tmp_path / "icu")
    assert small.stat().st_size < library.stat().st_size / 2 and len(removed) > 1000
    entry = f"import sys, json; sys.path.insert(0, {str(PACKAGING)!r}); " + (
        "from coopdesk_entry import locale_report; "
        "print(json.dumps(locale_report(), ensure_ascii=False))"
    )
    reports = []
    for folder in (None, small.parent):  # ICU's whole data, then the bundle's
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        if folder is not None:  # read before the RUNPATH of PySide6's own libraries
            env["LD_LIBRARY_PATH"] = str(folder)
            env["LD_DEBUG"] = "libs"
        done = subprocess.run(
            [sys.executable, "-c", entry], capture_output=True, text=True, env=env, check=True
        )
        if folder is not None:  # the cut library is the one loaded
            assert f"{small}" in done.stderr
        reports.append(json.loads(done.stdout))
    whole, cut = reports
    assert cut == whole
    assert whole["qt zones fr_FR"][0] == "heure normale d’Europe centrale"
    assert whole["qt zones fr_CA"][0] != whole["qt zones fr_FR"][0]  # the regional data
    # Canadian French sorts accents from the end of the word (its own collation data).
    canadian, french = whole["qt sort fr_CA"], whole["qt sort fr_FR"]
    assert canadian.index("côte") < canadian.index("coté")
    assert french.index("coté") < french.index("côte")


def _spec_binary_filter():  # type: ignore[no-untyped-def]
    """``_kept`` of coopdesk.spec, with the ``_UNWANTED`` list it reads."""
    tree = ast.parse((PACKAGING / "coopdesk.spec").read_text("utf-8"))
    nodes = [
        node
        for node in tree.body
        if (isinstance(node, ast.FunctionDef) and node.name == "_kept")
        or (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "_UNWANTED" for t in node.targets)
        )
    ]
    assert len(nodes) == 2
    namespace: dict[str, object] = {"Path": Path}
    exec(compile(ast.Module(body=nodes, type_ignores=[]), "coopdesk.spec", "exec"), namespace)
    return namespace["_kept"]


def test_the_spec_keeps_the_qt_plugins_of_desktops_and_leaves_out_the_others():
    kept = _spec_binary_filter()
    linux = "PySide6/Qt/plugins/"
    windows = "PySide6\\plugins\\"
    needed = [
        *(f"{linux}platforms/libq{p}.so" for p in ("xcb", "wayland", "offscreen", "minimal")),
        *(f"{linux}imageformats/libq{f}.so" for f in ("svg", "jpeg", "gif", "ico")),
        f"{linux}iconengines/libqsvgicon.so",
        f"{linux}printsupport/libcupsprintersupport.so",
        f"{linux}platforminputcontexts/libibusplatforminputcontextplugin.so",
        f"{linux}platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        f"{linux}platformthemes/libqxdgdesktopportal.so",
        f"{linux}xcbglintegrations/libqxcb-glx-integration.so",
        f"{linux}wayland-shell-integration/libxdg-shell.so",
        f"{linux}wayland-decoration-client/libadwaita.so",
        f"{linux}wayland-graphics-integration-client/libqt-plugin-wayland-egl.so",
        *(f"PySide6/Qt/lib/libQt6{m}.so.6" for m in ("Core", "Gui", "Widgets", "Svg", "DBus")),
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "PySide6/Qt/lib/libQt6WaylandClient.so.6",
        "PySide6/Qt/lib/libicudata.so.73",
        f"{windows}platforms\\qwindows.dll",
        f"{windows}styles\\qmodernwindowsstyle.dll",
        *(f"{windows}imageformats\\q{f}.dll" for f in ("svg", "jpeg", "gif", "ico")),
        "PySide6\\Qt6Core.dll",
        "PySide6\\Qt6PrintSupport.dll",
    ]
    left_out = [
        *(f"{linux}platforms/libq{p}.so" for p in ("eglfs", "linuxfb", "vnc", "minimalegl")),
        f"{linux}platforms/libqvkkhrdisplay.so",
        f"{linux}egldeviceintegrations/libqeglfs-kms-integration.so",
        f"{linux}generic/libqtuiotouchplugin.so",
        f"{linux}generic/libqevdevmouseplugin.so",
        f"{linux}platformthemes/libqgtk3.so",
        *(f"{linux}imageformats/libq{f}.so" for f in ("tiff", "webp", "tga", "wbmp", "icns")),
        f"{linux}wayland-graphics-integration-client/libvulkan-server.so",
        "PySide6/Qt/lib/libQt6Network.so.6",
        "libQt6Network.so.6",  # the link PyInstaller puts beside the program
        "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
        f"{windows}generic\\qtuiotouchplugin.dll",
        f"{windows}imageformats\\qtiff.dll",
        f"{windows}imageformats\\qwebp.dll",
        "PySide6\\Qt6Network.dll",
    ]
    assert [dest for dest in needed if not kept((dest, "", "BINARY"))] == []
    assert [dest for dest in left_out if kept((dest, "", "BINARY"))] == []


@pytest.mark.skipif(shutil.which("makensis") is None, reason="NSIS (CI installs it)")
def test_the_installer_refuses_a_windows_older_than_1903_in_french_and_english(tmp_path):
    """Qt 6.10 and later load Windows' own ICU (icu.dll, new in Windows 10 1903): the
    installer checks the build number and says why it stops, in both languages."""
    from PIL import Image

    bundle = tmp_path / "bundle"
    bundle.mkdir()
    (bundle / "coopdesk.exe").write_bytes(b"MZ")
    icon = tmp_path / "coopdesk.ico"
    Image.new("RGBA", (32, 32), "#1d4f91").save(icon)
    out = tmp_path / "coopdesk-0.0.0-setup.exe"
    script = PACKAGING / "windows" / "coopdesk.nsi"
    done = subprocess.run(
        [
            "makensis",
            "-V2",
            "-WX",
            "-INPUTCHARSET",
            "UTF8",
            "-DVERSION=0.0.0",
            f"-DBUNDLE={bundle}",
            f"-DICON={icon}",
            f"-DOUTFILE={out}",
            "-DCHECK_ONLY",  # uncompressed: the strings can be read in the program
            str(script),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert re.search(r"^!define MIN_WINDOWS_BUILD 18362\b", script.read_text("utf-8"), re.M)
    program = out.read_bytes()
    for sentence in (
        "il demande Windows 10 version 1903 (mise à jour de mai 2019) ou plus récent",
        "it needs Windows 10 version 1903 (May 2019 Update) or later",
        "Rien n'a été installé.",
        "Nothing was installed.",
    ):
        assert sentence.encode("utf-16-le") in program, sentence
    for document in (ROOT / "README.md", PACKAGING / "README.md"):
        assert "Windows 10 version 1903" in document.read_text("utf-8"), document


def test_the_program_tells_why_it_cannot_start_on_a_windows_older_than_1903(monkeypatch):
    """A bundle copied to an older Windows (no installer) says why it stops, in the
    user's language, instead of failing to load Qt without a word."""
    entry = _packaging_module("coopdesk_entry")
    monkeypatch.setenv("COOPDESK_LANG", "fr")
    french = entry.old_windows_message(17763)  # Windows 10 1809, LTSC 2019, Server 2019
    assert french is not None
    assert "Windows 10 version 1903 (mise à jour de mai 2019)" in french
    assert "(build 17763)" in french and "service informatique" in french
    monkeypatch.setenv("COOPDESK_LANG", "en")
    english = entry.old_windows_message(18363)
    assert english is None  # 1909 is recent enough
    english = entry.old_windows_message(18361)
    assert english is not None and "needs Windows 10 version 1903" in english
    assert entry.old_windows_message(entry.MIN_WINDOWS_BUILD) is None
    assert entry.old_windows_message(26100) is None  # Windows 11 24H2
