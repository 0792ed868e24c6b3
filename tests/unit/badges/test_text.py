"""Text always fits: largest size that fits, wrapped, a warning only below the floor."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from meetingdesk.badges.fonts import BOLD, REGULAR, font_book
from meetingdesk.badges.text import LEADING, OVERHANG, fit_text

BOX_W, BOX_H = 250.0, 70.0


def face(text: str, weight: str = BOLD):  # type: ignore[no-untyped-def]
    found = font_book().face_for(text, weight)
    assert found is not None
    return found


def test_short_name_keeps_its_full_size() -> None:
    fitted = fit_text("Ana Silva", face("Ana Silva"), BOX_W, BOX_H, 26, 13, 2)
    assert (fitted.size, fitted.lines, fitted.below_floor) == (26, ("Ana Silva",), False)


def test_long_name_wraps_before_it_shrinks() -> None:
    text = "Konstantinos-Alexandros Papadimitropoulos-Karamanlis"
    fitted = fit_text(text, face(text), BOX_W, BOX_H, 26, 13, 2)
    assert fitted.lines == ("Konstantinos-Alexandros", "Papadimitropoulos-Karamanlis")
    assert 13 <= fitted.size < 26
    assert not fitted.below_floor


def test_below_the_floor_only_when_it_must() -> None:
    text = "Hans-Christoph Maximilian Freiherr von und zu Schwarzenberg-Löwenstein"
    fitted = fit_text(text, face(text), 120, 20, 26, 13, 1)
    assert fitted.below_floor
    assert fitted.size < 13
    assert max(fitted.widths) <= 120 - 2 * OVERHANG * fitted.size


def test_arabic_is_measured_shaped() -> None:
    text = "عبد الرحمن بن محمد بن عبد الله السويدي الهاشمي"
    arabic = face(text, REGULAR)
    assert arabic.shaped
    fitted = fit_text(text, arabic, 200, 40, 17, 9, 2)
    assert len(fitted.lines) == 2
    assert max(fitted.widths) <= 200


WORDS = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzÁÉÍÓÚñçđšžЖДЉΨΩαβ-'", min_size=1, max_size=25),
    min_size=1,
    max_size=8,
)


@settings(max_examples=150, deadline=None)
@given(words=WORDS, width=st.floats(40, 300), height=st.floats(12, 90), lines=st.integers(1, 3))
def test_whatever_the_text_it_fits_its_box(
    words: list[str], width: float, height: float, lines: int
) -> None:
    text = " ".join(words)
    chosen = face(text, REGULAR)
    fitted = fit_text(text, chosen, width, height, 24, 8, lines)
    assert len(fitted.lines) <= lines
    assert max(fitted.widths) <= width - 2 * OVERHANG * fitted.size + 1e-6
    assert fitted.below_floor == (fitted.size < 8)
    assert fitted.block_height() <= height + 1e-6
    assert " ".join(fitted.lines) == text
    assert fitted.line_height == fitted.size * LEADING


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Հովհաննես Տեր-Պետրոսյան", "NotoSansArmenian"),
        ("თინათინ ჭავჭავაძე-წერეთელი", "NotoSansGeorgian"),
        ("שרה כהן", "NotoSansHebrew"),
        ("Ђорђе Παπαδόπουλος Núñez", "NotoSans"),
    ],
)
@pytest.mark.parametrize("weight", [REGULAR, BOLD])
def test_every_script_of_the_region_has_a_face(text: str, family: str, weight: str) -> None:
    """Armenian and Georgian delegates' names in their own script are printed,
    not left out for want of a font."""
    face = font_book().face_for(text, weight)
    assert face is not None
    assert face.name == family + ("-Bold" if weight == BOLD else "")
