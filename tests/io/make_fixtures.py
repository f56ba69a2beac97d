"""Write the files in ``tests/io/fixtures/`` the way real lists come to the office.

    python tests/io/make_fixtures.py              # add --platforms for the exports of
                                                  # tests/io/platform_lists.py (not kept)

- ``assises_excel_fr.csv``: registrations saved by French Excel ("CSV (séparateur :
  point-virgule)"): Windows-1252, ``;``, CRLF, accented names, a non-breaking space
  after a name, phone numbers with their leading zero or ``+``, Québec participants;
- ``inscriptions_utf8_bom.csv``: an online form's export: UTF-8 with a BOM, ``,``,
  quoted fields holding commas, Latin, Cyrillic and Japanese names;
- ``delegation.xlsx``: a list typed in Excel: two merged title rows and a blank row
  above the header, a blank row in the middle, arrival dates as date cells, as text
  and as a bare serial number, a phone number Excel turned into a float;
- ``apostolove.xlsx``: the Apostolove delegation's list (scenario 1), names in
  Ukrainian with their transliteration, one row dated "31/06/2023".
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

HERE = Path(__file__).parent / "fixtures"

ASSISES_HEADER = (
    "Civilité;Prénom;Nom;Organisation;Pays;Courriel;Téléphone;Catégorie;Arrivée;Hôtel;"
    "Régime alimentaire"
)
ASSISES_ROWS = [
    "Mme;Hélène;Lefèvre;Ville de Poitiers;France;helene.lefevre@poitiers.fr;"
    "05 49 52 35 35;Élue;22/10/2023 18:40;Hôtel Mercure;",
    "M.;François;Côté\u00a0;Ville de Québec;Québec;francois.cote@quebec.ca;"
    "+1 418 641 6411;Élu;22/10/2023 09:15;Hôtel Mercure;végétarien",
    "Mme;Geneviève;Bélanger;Ville de Trois-Rivières;Canada;g.belanger@v3r.net;;"
    "Technicienne;23/10/2023 07:30;Hôtel de l'Europe;sans gluten",
    "M.;Jérôme;Müller;Région Nouvelle-Aquitaine;FR;j.muller@nouvelle-aquitaine.fr;"
    "0612345678;Intervenant;;;",
    "Mme;Zoé;Lévesque;Le Devoir;CA;zoe.levesque@ledevoir.com;;Presse;23/10/2023 08:00;;",
    "M.;Loïc;Gauthier;Ville de Poitiers;France;loic.gauthier@poitiers.fr;;Organisation;;;",
]

BOM_ROWS = [
    ["First name", "Last name", "Native name", "Organization", "Country", "E-mail", "Role"],
    [
        "Olena",
        "Kovalenko",
        "Олена Коваленко",
        "Apostolove, city council",
        "Ukraine",
        "",
        "Head of delegation",
    ],
    ["Kenji", "Sato", "佐藤 健二", "Kishiwada City", "Japan", "k.sato@example.jp", "Interpreter"],
    ["Marie", "Dupont", "", "Ville de Poitiers", "FR", "marie.dupont@poitiers.fr", "Officer"],
]


def _csv_line(cells: list[str]) -> str:
    return ",".join(f'"{c}"' if "," in c else c for c in cells)


def write_csv_files() -> None:
    text = "\r\n".join([ASSISES_HEADER, *ASSISES_ROWS]) + "\r\n"
    (HERE / "assises_excel_fr.csv").write_bytes(text.encode("cp1252"))
    text = "\r\n".join(_csv_line(row) for row in BOM_ROWS) + "\r\n"
    (HERE / "inscriptions_utf8_bom.csv").write_bytes(text.encode("utf-8-sig"))


def _titled_sheet(book: Workbook, title: str, header: list[str]) -> Worksheet:
    ws = book.active
    assert ws is not None
    ws.append([title])
    ws.append(["Liste transmise par le cabinet"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(header))
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([])
    ws.append(header)
    return ws


def write_delegation() -> None:
    book = Workbook()
    header = ["Civilité", "Prénom", "Nom", "Nom en écriture d'origine", "Fonction"]
    header += ["Organisation", "Pays", "E-mail", "Tél.", "Rôle", "Arrivée", "N° de vol/train"]
    header += ["Départ", "N° de vol/train", "Hôtel", "Chambre", "Langues"]
    ws = _titled_sheet(book, "Délégation de Kishiwada — décembre 2024", header)
    rows = [
        [
            "M.",
            "Hiroshi",
            "Tanaka",
            "田中 博",
            "Maire",
            "Ville de Kishiwada",
            "Japon",
            "h.tanaka@kishiwada.jp",
            81724234121.0,
            "Chef de délégation",
            datetime(2024, 12, 9, 14, 5),
            "AF293",
            datetime(2024, 12, 13, 11, 0),
            "AF292",
            "Hôtel du Théâtre",
            301,
            "japonais, anglais",
        ],
        [
            "Mme",
            "Yuki",
            "Watanabe",
            "渡辺 由紀",
            "Professeure de piano",
            "Ville de Kishiwada",
            "JP",
            "",
            "",
            "Artiste",
            "09/12/2024 14:05",
            "AF293",
            "13/12/2024 11:00",
            "AF292",
            "Hôtel du Théâtre",
            "302",
            "ja",
        ],
        [],
        [
            "Mme",
            "Olga",
            "Petrenko",
            "Ольга Петренко",
            "Interprète",
            "",
            "Ukraine",
            "",
            "",
            "Interprète",
            45635.5,
            "",
            None,
            "",
            "Hôtel du Théâtre",
            "303",
            "uk, fr",
        ],
        [
            "M.",
            "Jean",
            "Martin",
            "",
            "Adjoint aux relations internationales",
            "Ville de Poitiers",
            "France",
            "jean.martin@poitiers.fr",
            "+33 5 49 52 35 35",
            "Élu",
            date(2024, 12, 9),
            "",
            "",
            "",
            "",
            "",
            "fr",
        ],
    ]
    for row in rows:
        ws.append(row)
    book.save(HERE / "delegation.xlsx")


def write_apostolove() -> None:
    book = Workbook()
    header = ["Прізвище / Nom", "Nom", "Prénom", "Nom en écriture d'origine", "Function"]
    header += ["Organisation", "Pays", "Arrivée", "Départ", "Hôtel", "Chambre"]
    ws = _titled_sheet(book, "Делегація громади Апостолового / Délégation d'Apostolove", header)
    org = "Рада громади Апостолового"
    rows = [
        [
            "Коваленко",
            "Kovalenko",
            "Olena",
            "Олена Коваленко",
            "Chair of the council",
            org,
            "UA",
            "02/07/2023 10:35",
            "04/07/2023 17:10",
            "Hôtel de la Gare",
            "12",
        ],
        [
            "Шевченко",
            "Shevchenko",
            "Petro",
            "Петро Шевченко",
            "Head of water services",
            org,
            "UA",
            "02/07/2023 10:35",
            "04/07/2023 17:10",
            "Hôtel de la Gare",
            "14",
        ],
        [
            "Бондаренко",
            "Bondarenko",
            "Iryna",
            "Ірина Бондаренко",
            "Deputy chair",
            org,
            "UA",
            "31/06/2023",
            "04/07/2023 17:10",
            "Hôtel de la Gare",
            "15",
        ],
        [
            "Мельник",
            "Melnyk",
            "Andrii",
            "Андрій Мельник",
            "Interpreter",
            org,
            "UA",
            "02/07/2023 10:35",
            "04/07/2023 17:10",
            "Hôtel de la Gare",
            "16",
        ],
    ]
    for row in rows:
        ws.append(row)
    book.save(HERE / "apostolove.xlsx")


def write_platforms(folder: Path) -> list[Path]:
    """Each export of :mod:`tests.io.platform_lists` (pretix, Eventbrite, Microsoft
    Forms…, French and English), for a person to open; the tests make their own."""
    sys.path.insert(0, str(HERE.parents[2]))
    from tests.io.platform_lists import SHAPES

    folder.mkdir(parents=True, exist_ok=True)
    return [shape.write(folder) for shape in SHAPES]


def main() -> None:
    HERE.mkdir(exist_ok=True)
    write_csv_files()
    write_delegation()
    write_apostolove()
    if "--platforms" in sys.argv:
        write_platforms(HERE / "platforms")


if __name__ == "__main__":
    main()
