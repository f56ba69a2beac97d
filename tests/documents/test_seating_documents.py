"""Printed table plans read back: every seated name on the plan and on the list, at the
same table and seat as in the plan; the command line places, shows and prints."""

from __future__ import annotations

import json
import re

import pdfplumber
import pytest
from sqlalchemy import select

from coopdesk.cli import main
from coopdesk.core.documents import seating as docs
from coopdesk.core.model import AgendaItem
from coopdesk.core.services import events, seating


@pytest.fixture
def demo(sqlite_demo):
    return sqlite_demo  # a copy of the demo, loaded once per run


def _plan(db, event_words, title, template):
    event = events.find_event(db, event_words)
    with db.session() as session:
        item = session.scalar(
            select(AgendaItem.id).where(AgendaItem.event_id == event.id, AgendaItem.title == title)
        )
    meal = seating.create_meal(db, item, template=template)
    return seating.place(db, meal.meal_id, meal.version)


def _words(page) -> str:
    return " ".join(page.extract_text().split())


@pytest.mark.parametrize(
    ("event", "title", "template", "paper"),
    [
        ("Apostolove", "Dîner officiel", "table-12", "A4"),
        ("Kishiwada", "Réception officielle", "table-20", "A3"),
    ],
)
def test_the_plan_shows_every_seated_name_beside_its_seat(
    demo, tmp_path, event, title, template, paper
):
    plan = _plan(demo, event, title, template)
    out = tmp_path / "plan.pdf"
    docs.render_plan(demo, plan.meal_id, str(out), paper=paper)
    with pdfplumber.open(out) as pdf:
        (page,) = pdf.pages
        assert page.width > page.height  # landscape
        expected = {"A4": 842, "A3": 1191}[paper]
        assert round(page.width) == expected
        words = page.extract_words()
        for seat in plan.seats:
            # The last name is printed nearest to the seat's own number among all numbers.
            tokens = [w for w in words if w["text"] == seat.last_name.split()[-1]]
            assert tokens, seat.display_name
            numbers = [w for w in words if w["text"] == str(seat.seat)]
            name = tokens[0]
            nearest = min(
                (w for w in words if re.fullmatch(r"\d+", w["text"])),
                key=lambda w: (w["x0"] - name["x0"]) ** 2 + (w["top"] - name["top"]) ** 2,
            )
            assert nearest in numbers, (seat.display_name, seat.seat, nearest["text"])


def test_the_assises_plan_holds_its_three_hundred_names_and_thirty_tables(demo, tmp_path):
    plan = _plan(demo, "Assises", "Dîner officiel des Assises", "rondes-30x10")
    out = tmp_path / "plan.pdf"
    docs.render_plan(demo, plan.meal_id, str(out), paper="A3")
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[0]
        text = _words(page)
        # The characters in the order they are drawn: each name whole (its lines one
        # after the other, without the spaces), whatever lies beside it on the page.
        drawn = "".join(c["text"] for c in page.chars).replace(" ", "")
    assert len(plan.seats) == 300
    for number in range(1, 31):
        assert f"Table {number}" in text
    for seat in plan.seats:
        assert seat.display_name.replace(" ", "") in drawn, seat.display_name


def test_the_entrance_list_gives_each_name_its_table_and_seat_alphabetically(demo, tmp_path):
    plan = _plan(demo, "Assises", "Dîner officiel des Assises", "rondes-30x10")
    out = tmp_path / "list.pdf"
    report = docs.render_seat_list(demo, plan.meal_id, str(out))
    lines = []
    with pdfplumber.open(out) as pdf:
        assert report.pages == len(pdf.pages) > 1
        for page in pdf.pages:
            lines += [" ".join(line.split()) for line in page.extract_text().splitlines()]
    expected = {}
    for s in plan.seats:
        expected[f"{s.last_name.upper()} {s.first_name} {s.table_label} {s.seat}"] = s
    found = [line for line in lines if line in expected]
    assert len(found) == 300 and set(found) == set(expected)
    # Alphabetical, accents aside.
    from coopdesk.core.model import fold_name

    keys = [fold_name(expected[line].last_name) for line in found]
    assert keys == sorted(keys)


def test_name_tents_follow_the_seats_and_carry_every_script(demo, tmp_path):
    plan = _plan(demo, "Kishiwada", "Réception officielle", "table-20")
    out = tmp_path / "tents.pdf"
    report = docs.render_seat_tents(demo, plan.meal_id, str(out))
    assert not report.warnings  # no character without a font
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == len(plan.seats)
        for page, seat in zip(pdf.pages, plan.seats, strict=True):
            text = page.extract_text()
            assert seat.last_name in text
            assert f"Table {seat.table_label} · place {seat.seat}" in text  # for the staff
            if seat.function:
                assert seat.function.split()[0] in text
            if seat.native_name:
                # The guest's own side is drawn turned over: read back either way.
                native, flat = seat.native_name.replace(" ", ""), text.replace(" ", "")
                assert native in flat or native[::-1] in flat


def test_table_cards_one_per_table(demo, tmp_path):
    plan = _plan(demo, "Assises", "Dîner officiel des Assises", "rondes-10x10")
    out = tmp_path / "cards.pdf"
    docs.render_table_cards(demo, plan.meal_id, str(out), language="en")
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == 10
        assert "Table 7" in pdf.pages[6].extract_text()


def test_the_command_line_places_shows_and_prints(demo, tmp_path, capsys):
    url = str(demo.url)
    assert (
        main(
            [
                "--database",
                url,
                "seating",
                "place",
                "Apostolove",
                "Dîner officiel",
                "--template",
                "table-12",
                "--json",
            ]
        )
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    seats = {s["seat"]: s["name"] for s in data["seats"]}
    assert seats[4] == "Étienne Ardouin" and seats[5] == "Oksana Melnychuk"
    assert data["unseated"] == [] and data["warnings"] == []
    assert main(["--database", url, "seating", "show", "Apostolove", "Dîner officiel"]) == 0
    shown = capsys.readouterr().out
    assert "5  Oksana Melnychuk" in shown
    out = tmp_path / "liste.pdf"
    assert (
        main(
            [
                "--database",
                url,
                "seating",
                "print",
                "Apostolove",
                "Dîner officiel",
                "--kind",
                "list",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    with pdfplumber.open(out) as pdf:
        lines = pdf.pages[0].extract_text().splitlines()
    assert any(line.startswith("MELNYCHUK Oksana (") and line.endswith(" 1 5") for line in lines)
    # A meal title that matches twice is refused with a readable sentence.
    assert main(["--database", url, "seating", "place", "Apostolove", "Déjeuner"]) == 2
    err = capsys.readouterr().err
    assert "Plusieurs repas répondent à « Déjeuner »" in err and "Traceback" not in err


def test_the_command_line_scripts_tables_moves_pins_hosts_and_rules(demo, capsys):
    url = str(demo.url)

    def run(*words: str) -> dict:
        code = main(["--database", url, "seating", *words, "--json"])
        out = capsys.readouterr()
        assert code == 0, out.err
        return json.loads(out.out)

    run("place", "Kishiwada", "Réception officielle", "--template", "table-20")
    data = run(
        "table",
        "add",
        "Kishiwada",
        "Réception officielle",
        "--shape",
        "round",
        "--seats",
        "8",
        "--name",
        "Jardin",
    )
    assert [t["name"] for t in data["tables"]] == [None, "Jardin"]
    data = run("move", "Kishiwada", "Réception officielle", "perrotin", "Jardin", "3", "--pin")
    seat = next(s for s in data["seats"] if s["name"] == "Nicolas Perrotin")
    assert (seat["table"], seat["seat"], seat["pinned"]) == ("Jardin", 3, True)
    data = run("place", "Kishiwada", "Réception officielle")
    seat = next(s for s in data["seats"] if s["name"] == "Nicolas Perrotin")
    assert (seat["table"], seat["seat"]) == ("Jardin", 3)  # pinned: kept
    data = run("unseat", "Kishiwada", "Réception officielle", "Perrotin")
    assert "Nicolas Perrotin" in [u["name"] for u in data["unseated"]]
    data = run("hosts", "Kishiwada", "Réception officielle", "Ardouin", "Bodin")
    data = run("place", "Kishiwada", "Réception officielle")
    hosts = [s["name"] for s in data["seats"] if s["host"]]
    assert hosts == ["Étienne Ardouin", "Camille Bodin"]
    data = run(
        "rules",
        "Kishiwada",
        "Réception officielle",
        "--style",
        "english",
        "--alternate-gender",
        "off",
    )
    assert data["style"] == "english"
    data = run(
        "table", "change", "Kishiwada", "Réception officielle", "Jardin", "--seats", "6", "--honour"
    )
    assert next(t for t in data["tables"] if t["name"] == "Jardin")["seats"] == 6
    data = run("table", "remove", "Kishiwada", "Réception officielle", "Jardin")
    assert len(data["tables"]) == 1
    # A name that matches nobody: a sentence, not a traceback.
    assert (
        main(
            ["--database", url, "seating", "unseat", "Kishiwada", "Réception officielle", "Dupont"]
        )
        == 2
    )
    err = capsys.readouterr().err
    assert "Personne ne s'appelle « Dupont » parmi les invités de « Réception officielle »." in err
