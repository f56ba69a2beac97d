"""A list whose rows name categories the office does not have: listed as new in the
preview, made by the same all-or-nothing import, printed in their colours."""

from __future__ import annotations

import io

import pdfplumber
import pytest

from coopdesk.core.documents.badges import render_badges
from coopdesk.core.errors import ValidationError
from coopdesk.core.io.apply import apply_import
from coopdesk.core.io.preview import preview_import
from coopdesk.core.io.reading import Table
from coopdesk.core.services import categories, participants
from tests.factories import delegation

ROWS = [
    ("Nom", "Prénom", "Organisation", "Catégorie"),
    ("Martin", "Claire", "Alstom", "Entreprise"),
    ("Bernard", "Hugo", "Transdev", "Chauffeur"),
    ("Petit", "Inès", "Alstom", "entreprise"),
    ("Durand", "Paul", "Ville de Villeneuve", "Élu"),
]


def test_unknown_categories_are_listed_as_new_and_made_by_the_import(db):
    event = delegation(db, kind="conference", title="Assises de la coopération")
    # The office's own "Chauffeur" wins over the built-in word (a chauffeur is staff).
    categories.create_category(db, label_fr="Chauffeur", label_en="Driver")
    preview = preview_import(db, event.id, Table("inscrits.csv", ROWS))
    assert preview.issues == ()
    assert preview.new_categories == {"entreprise": "Entreprise"}
    assert categories.categories_by_code(db).get("entreprise") is None  # nothing written yet
    result = apply_import(db, preview)
    assert result.categories_created == ("entreprise",)
    made = categories.categories_by_code(db)
    assert (made["entreprise"].label_fr, made["entreprise"].label_en) == (
        "Entreprise",
        "Entreprise",
    )
    got = {p.last_name: p.category for p in participants.list_participants(db, event.id)}
    assert got == {
        "Martin": "entreprise",
        "Bernard": "chauffeur",
        "Petit": "entreprise",
        "Durand": "elected",
    }
    # The next list names them again: they are the office's now, not new.
    again = preview_import(
        db, event.id, Table("suite.csv", [ROWS[0], ("Roux", "Léa", "", "ENTREPRISE")])
    )
    assert again.new_categories == {}
    assert [r.participation["category"] for r in again.rows] == ["entreprise"]


def test_a_failed_import_makes_no_category(db):
    event = delegation(db)
    preview = preview_import(db, event.id, Table("inscrits.csv", ROWS))
    categories.create_category(db, label_fr="Entreprise")  # a colleague, meanwhile
    with pytest.raises(ValidationError) as err:
        apply_import(db, preview)
    assert err.value.code == "import.changed_since_preview"
    assert [c.label_fr for c in categories.list_categories(db)][-1] == "Entreprise"
    assert participants.list_participants(db, event.id) == []


def _band_colours(pdf_bytes: bytes) -> list[tuple[float, ...]]:
    """The fill colours of the rectangles drawn on each page, read back by pdfplumber."""
    found = []
    with pdfplumber.open(io.BytesIO(pdf_bytes)) as pdf:
        for page in pdf.pages:
            for rect in page.rects + page.curves:
                colour = rect.get("non_stroking_color")
                if isinstance(colour, (tuple, list)) and len(colour) == 3:
                    found.append(tuple(round(c, 2) for c in colour))
    return found


def test_badges_of_imported_categories_use_their_colours(db):
    event = delegation(db, kind="conference", title="Assises de la coopération")
    categories.create_category(db, label_fr="Chauffeur", colour="#117733")
    apply_import(db, preview_import(db, event.id, Table("inscrits.csv", ROWS)))
    entreprise = categories.categories_by_code(db)["entreprise"]
    categories.update_category(db, entreprise.id, {"colour": "#AA4499"}, entreprise)
    out = io.BytesIO()
    render_badges(db, event.id, out, layout="a6")
    colours = _band_colours(out.getvalue())
    assert (round(0xAA / 255, 2), round(0x44 / 255, 2), round(0x99 / 255, 2)) in colours
    chauffeur = categories.categories_by_code(db)["chauffeur"].colour
    rgb = tuple(round(int(chauffeur[i : i + 2], 16) / 255, 2) for i in (1, 3, 5))
    assert rgb in colours
    with pdfplumber.open(io.BytesIO(out.getvalue())) as pdf:
        text = " ".join(page.extract_text() or "" for page in pdf.pages)
    assert "ENTREPRISE" in text and "CHAUFFEUR" in text
