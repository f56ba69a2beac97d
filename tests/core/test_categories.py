"""The office's badge categories: seeded, created, renamed, recoloured, reordered,
retired; participations take any of them; badges and lists print their names."""

from __future__ import annotations

import io

import pdfplumber
import pytest

from coopdesk.core.documents.lists import render_list
from coopdesk.core.errors import StaleEditError, ValidationError
from coopdesk.core.messages import describe
from coopdesk.core.services import categories, participants
from tests.factories import delegation, person


def test_every_database_has_the_categories_coopdesk_always_had(db):
    seeded = categories.list_categories(db)
    assert [c.code for c in seeded] == [
        "delegate",
        "elected",
        "officer",
        "speaker",
        "artist",
        "guest",
        "press",
        "organisation",
        "staff",
    ]
    assert (seeded[1].label_fr, seeded[1].label_en, seeded[1].colour) == (
        "Élu",
        "Elected official",
        "#D55E00",
    )


def test_a_new_category_gets_a_code_a_colour_and_the_last_place(db):
    made = categories.create_category(db, label_fr="Entreprise", label_en="Company")
    assert (made.code, made.label_en, made.retired) == ("entreprise", "Company", False)
    assert made.colour.startswith("#") and len(made.colour) == 7
    assert categories.list_categories(db)[-1].code == "entreprise"
    driver = categories.create_category(db, label_fr="Chauffeur·euse", colour="#117733")
    assert (driver.code, driver.label_en, driver.colour) == (
        "chauffeur_euse",
        "Chauffeur·euse",
        "#117733",
    )


def test_a_category_named_like_another_or_a_bad_colour_is_refused(db):
    with pytest.raises(ValidationError) as err:
        categories.create_category(db, label_fr="ELU")
    assert "existe déjà" in describe(err.value, "fr")
    with pytest.raises(ValidationError) as err:
        categories.create_category(db, label_fr="Interprète", colour="bleu")
    assert err.value.field == "colour" and "#RRVVBB" in describe(err.value, "fr")
    assert len(categories.list_categories(db)) == 9


def test_renaming_and_recolouring_from_the_version_seen(db):
    seen = categories.create_category(db, label_fr="Entreprise")
    categories.update_category(db, seen.id, {"colour": "#aa4499"}, seen)
    renamed = categories.update_category(db, seen.id, {"label_fr": "Entreprises"}, seen)
    assert (renamed.label_fr, renamed.colour, renamed.code) == (
        "Entreprises",
        "#AA4499",
        "entreprise",
    )
    with pytest.raises(StaleEditError):
        categories.update_category(db, seen.id, {"colour": "#000000"}, seen)


def test_reordering_and_retiring(db):
    press = next(c for c in categories.list_categories(db) if c.code == "press")
    order = categories.move_category(db, press.id, -10)
    assert order[0].code == "press"
    categories.update_category(db, press.id, {"retired": True}, order[0])
    offered = categories.list_categories(db, include_retired=False)
    assert "press" not in [c.code for c in offered]
    assert "press" in [c.code for c in categories.list_categories(db)]


def test_a_participant_takes_an_office_category_and_an_unknown_one_is_refused(db):
    event = delegation(db)
    categories.create_category(db, label_fr="Entreprise")
    made = participants.add_participant(db, event.id, person(db).id, category="entreprise")
    assert made.category == "entreprise"
    with pytest.raises(ValidationError) as err:
        participants.update_participation(db, made.id, {"category": "chauffeur"})
    assert "Catégorie inconnue" in describe(err.value, "fr")
    assert categories.category_uses(db, categories.list_categories(db)[-1].id) == 1


def test_lists_by_category_follow_the_office_order_and_names(db):
    event = delegation(db)
    categories.create_category(db, label_fr="Entreprise", label_en="Company")
    entreprise = categories.list_categories(db)[-1]
    categories.move_category(db, entreprise.id, -20)
    participants.add_participant(
        db, event.id, person(db).id, category="elected", status="confirmed"
    )
    participants.add_participant(
        db,
        event.id,
        person(db, first_name="Paul", last_name="Durand").id,
        category="entreprise",
        status="confirmed",
    )
    out = io.BytesIO()
    render_list(db, event.id, out, "by-category")
    with pdfplumber.open(io.BytesIO(out.getvalue())) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert text.index("Entreprise (1)") < text.index("Élu (1)")
    with pdfplumber.open(io.BytesIO(out.getvalue())) as pdf:
        fills = {
            tuple(round(c, 2) for c in r["non_stroking_color"])
            for page in pdf.pages
            for r in page.rects
            if isinstance(r.get("non_stroking_color"), (tuple, list))
            and len(r["non_stroking_color"]) == 3
        }
    colour = categories.categories_by_code(db)["entreprise"].colour
    assert tuple(round(int(colour[i : i + 2], 16) / 255, 2) for i in (1, 3, 5)) in fills


def test_who_changed_a_category_is_in_the_change_log(db, monkeypatch):
    from coopdesk.core.services.history import history

    monkeypatch.setenv("COOPDESK_USER", "c.martin")
    made = categories.create_category(db, label_fr="Entreprise")
    categories.update_category(db, made.id, {"colour": "#AA4499"}, made)
    changes = history(db, entity="badge_category", entity_id=made.id)
    # On a server the author is the database user, whatever the program says.
    who = "c.martin" if db.is_sqlite else db.engine.url.username
    assert [(c.action, c.user, c.summary) for c in changes] == [
        ("update", who, "Entreprise"),
        ("create", who, "Entreprise"),
    ]
    assert changes[0].changes["colour"] == [made.colour, "#AA4499"]
