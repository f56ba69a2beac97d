"""The font fallback: every script of a mixed line printed, in visual order; and
where lines break."""

from __future__ import annotations

from coopdesk.core.documents.fonts import missing_characters, set_line
from coopdesk.core.documents.typeset import TextStyle, fit, wrap


def _fonts(text: str) -> list[str]:
    return [run.font.removeprefix("coopdesk-") for run in set_line(text).runs]


def test_a_line_mixing_six_scripts_has_a_font_for_every_character():
    text = "Olena Олена Ελένη 佐藤さとう 王小明 김민준"
    line = set_line(text)
    assert line.missing == ""
    assert {"NotoSans-Regular", "ipag", "NanumGothic"} <= set(_fonts(text))
    assert "".join(str(r.text) for r in line.runs).replace(" ", "") == text.replace(" ", "")


def test_han_characters_follow_the_language_hint():
    assert _fonts("王小明") == ["ipag"]  # Japanese forms unless told otherwise
    assert set_line("王小明", hint="zh").runs[0].font == "coopdesk-wqy-microhei"
    assert _fonts("김민준") == ["NanumGothic"]


def test_right_to_left_text_is_turned_round_with_mirrored_brackets():
    runs = set_line("Noa (נועה) Cohen").runs
    assert [str(r.text) for r in runs] == ["Noa (", "העונ", ") ", "Cohen"]
    arabic = set_line("كريم (١٢)").runs
    assert [str(r.text) for r in arabic][:3] == ["(", "١٢", ") "]


def test_characters_no_font_holds_are_named():
    assert missing_characters("Scribe 𓀀") == "𓀀"
    assert missing_characters("Δήμος Αθηναίων — Київ") == ""


def test_a_long_name_shrinks_then_wraps_but_never_exceeds_its_box():
    style = TextStyle(20, 9, max_lines=1)
    short = fit("Kim", 100, 40, style)
    assert short.size == 20 and len(short.lines) == 1
    long = fit("Hohenzollern-Sigmaringen Habsburg-Lothringen", 100, 40, style)
    assert long.height <= 40
    assert all(line.width(long.size) <= 100 for line in long.lines)
    absurd = fit("x" * 400, 50, 20, style)
    assert absurd.height <= 20 and all(line.width(absurd.size) <= 50 for line in absurd.lines)


def test_a_word_breaks_after_its_hyphen_never_inside():
    name = "Schwarzenbergerhofmannsthal-Lichtensteinerwaldbach"
    assert wrap(f"Wolfgang {name}", 9, 160, bold=True) == [
        "Wolfgang",
        "Schwarzenbergerhofmannsthal-",
        "Lichtensteinerwaldbach",
    ]
    # Too narrow for the first part at 18 pt: a smaller size rather than a cut word.
    block = fit(name, 170, 200, TextStyle(18, 9, max_lines=3, wrap_size=12))
    assert [line.text for line in block.lines] == [
        "Schwarzenbergerhofmannsthal-",
        "Lichtensteinerwaldbach",
    ]
    assert 9 <= block.size < 12
    # No hyphen and no room even at the minimum size: cut, still inside the box.
    absurd = fit("x" * 60, 100, 200, TextStyle(18, 9, max_lines=3, wrap_size=12))
    assert all(line.width(absurd.size) <= 100 for line in absurd.lines)


def test_a_long_name_wraps_before_it_shrinks_below_its_wrap_size():
    style = TextStyle(30, 9, max_lines=3, wrap_size=18)
    long = fit("Fernández de Córdoba y Álvarez de las Asturias Bohórquez", 258, 200, style)
    assert len(long.lines) in (2, 3) and long.size >= 18
    short = fit("Kovalenko", 258, 200, style)
    assert len(short.lines) == 1 and short.size == 30


def test_a_no_break_space_keeps_its_words_together():
    assert wrap("11:25 – 02:50 (4\u00a0mars)", 9, 70) == ["11:25 – 02:50", "(4\u00a0mars)"]


def test_a_guest_from_hong_kong_has_the_chinese_forms_on_badge_and_tent(db, tmp_path):  # type: ignore[no-untyped-def]
    """Han characters differ between the Japanese and the Chinese faces: a guest of a
    Hong Kong organisation gets the Chinese ones on every document, not only the badge."""
    import pdfplumber

    from coopdesk.core.documents.badges import render_badges
    from coopdesk.core.documents.tents import render_tents
    from coopdesk.core.services import participants
    from tests import factories

    board = factories.partner(
        db, name="香港貿易發展局", country="HK", city="Hong Kong", timezone="Asia/Hong_Kong"
    )
    guest = factories.person(
        db,
        civility="M.",
        first_name="Tai Man",
        last_name="Chan",
        native_name="陳大文",
        organisation_id=board.id,
    )
    event = factories.delegation(db, title="Délégation de Hong Kong", languages=["fr", "zh"])
    participants.add_participant(db, event.id, guest.id)
    for name, render in (("badges", render_badges), ("tents", render_tents)):
        path = tmp_path / f"{name}.pdf"
        render(db, event.id, str(path))
        with pdfplumber.open(path) as pdf:
            fonts = {c["fontname"] for p in pdf.pages for c in p.chars if c["text"] in "陳大文"}
        assert fonts and all("WenQuanYi" in f for f in fonts), (name, fonts)
