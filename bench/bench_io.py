"""Import benchmarks: the preview of a 10,000-row participant list against reading
the same file with the bare library.

- .xlsx: ``read_table`` + ``preview_import`` (header detection, every cell parsed
  and validated, the date order of each column decided, the sanity pass over every
  row, matching against the demo directory) vs openpyxl's read-only load
  and iteration over the same rows (target ≤ 2x);
- CSV (French Excel: ``;``, Windows-1252): the same vs ``csv.reader`` over the file
  (target ≤ 5x).
"""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta
from pathlib import Path

from openpyxl import Workbook, load_workbook

from coopdesk.core.db import open_database
from coopdesk.core.demo import load_demo
from coopdesk.core.io.preview import preview_import
from coopdesk.core.io.reading import read_table
from coopdesk.core.services import events
from run import median_time

N_ROWS = 10_000
HEADER = [
    "Civilité",
    "Prénom",
    "Nom",
    "Fonction",
    "Organisation",
    "Pays",
    "Courriel",
    "Téléphone",
    "Catégorie",
    "Arrivée",
    "N° de vol/train",
    "Départ",
    "Hôtel",
    "Régime alimentaire",
]
_ORGS = ["Ville de Poitiers", "Ville de Québec", "Région Nouvelle-Aquitaine", "Le Devoir"]
_COUNTRIES = ["France", "Québec", "FR", "Canada"]
_CATEGORIES = ["Élu", "Technicien", "Intervenant", "Presse", "Organisation"]
_FIRST = ["Marie", "Jean", "Hélène", "François", "Zoé", "Loïc", "Anne", "Paul", "Léa", "Hugo"]
_SYLLABLES = ["ber", "don", "fa", "gau", "le", "mar", "nor", "pel", "ri", "sau", "tel", "van"]


def _last_name(i: int) -> str:
    """A made-up family name, one of 1,728: "Bermarri", "Fanorpel"."""
    n = len(_SYLLABLES)
    return "".join(_SYLLABLES[(i // n**k) % n] for k in range(3)).capitalize()


def _rows(as_text: bool) -> list[list[object]]:
    start = datetime(2023, 10, 22, 7, 0)
    rows: list[list[object]] = []
    for i in range(N_ROWS):
        arrival = start + timedelta(minutes=7 * (i % 600))
        departure = arrival + timedelta(days=2)
        rows.append(
            [
                "Mme" if i % 2 else "M.",
                _FIRST[i % len(_FIRST)],
                _last_name(i // len(_FIRST)),
                "Chargé de mission" if i % 3 else None,
                _ORGS[i % 4],
                _COUNTRIES[i % 4],
                f"p{i}@exemple.fr",
                f"06 12 34 {i % 100:02d} {i % 97:02d}" if as_text else 33612340000.0 + i,
                _CATEGORIES[i % 5],
                f"{arrival:%d/%m/%Y %H:%M}" if as_text else arrival,
                f"AF{1000 + i % 50}",
                f"{departure:%d/%m/%Y %H:%M}" if as_text else departure,
                "Hôtel Mercure" if i % 2 else "Hôtel de l'Europe",
                "végétarien" if i % 10 == 0 else None,
            ]
        )
    return rows


def _prepare(workdir: Path) -> tuple[object, int, Path, Path]:
    db = open_database(f"sqlite:///{workdir / 'io.sqlite3'}")
    load_demo(db)
    event_id = events.find_event(db, "Assises").id
    xlsx = workdir / "inscriptions.xlsx"
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["6es Assises franco-québécoises — inscriptions"])
    sheet.append([])
    sheet.append(HEADER)
    for row in _rows(as_text=False):
        sheet.append(row)
    book.save(xlsx)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(_rows(as_text=True))
    csv_path = workdir / "inscriptions.csv"
    csv_path.write_bytes(out.getvalue().encode("cp1252"))
    return db, event_id, xlsx, csv_path


_STATE: dict[str, tuple[object, int, Path, Path]] = {}


def _files(workdir: Path) -> tuple[object, int, Path, Path]:
    if str(workdir) not in _STATE:
        _STATE[str(workdir)] = _prepare(workdir)
    return _STATE[str(workdir)]


def bench_preview_xlsx(workdir: Path, repeat: int) -> tuple[float, float]:
    db, event_id, xlsx, _ = _files(workdir)

    def with_coopdesk() -> None:
        preview = preview_import(db, event_id, read_table(xlsx))  # type: ignore[arg-type]
        assert len(preview.rows) == N_ROWS and preview.accepted
        assert preview.warnings == ()  # the sanity pass ran over every row, found nothing

    def baseline() -> None:
        book = load_workbook(xlsx, read_only=True, data_only=True)
        rows = list(book.worksheets[0].iter_rows(values_only=True))
        book.close()
        assert len(rows) == N_ROWS + 3

    with_coopdesk()
    return median_time(with_coopdesk, repeat), median_time(baseline, repeat)


def bench_preview_csv(workdir: Path, repeat: int) -> tuple[float, float]:
    db, event_id, _, csv_path = _files(workdir)

    def with_coopdesk() -> None:
        preview = preview_import(db, event_id, read_table(csv_path))  # type: ignore[arg-type]
        assert len(preview.rows) == N_ROWS and preview.accepted
        # The sanity pass ran over every row, found nothing; the dates' order was settled.
        assert preview.warnings == () and preview.date_orders[0].order == "dmy"

    def baseline() -> None:
        with csv_path.open(encoding="cp1252", newline="") as source:
            rows = list(csv.reader(source, delimiter=";"))
        assert len(rows) == N_ROWS + 1

    with_coopdesk()
    return median_time(with_coopdesk, repeat), median_time(baseline, repeat)


BENCHMARKS = [
    (
        f"preview the import of a {N_ROWS}-row .xlsx list",
        "openpyxl read-only load and iteration of the same file",
        bench_preview_xlsx,
        2.0,
    ),
    (
        f"preview the import of a {N_ROWS}-row French Excel CSV",
        "csv.reader over the same file",
        bench_preview_csv,
        5.0,
    ),
]
