"""The designer's data: a layout loaded and saved unchanged is the same bytes;
each edit changes only what it says; what is wrong is found, not drawn."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from meetingdesk.badges.design import LayoutDraft, Trouble, tidy
from meetingdesk.badges.layout import (
    LayoutError,
    layout_json,
    layout_names,
    parse_layout,
    shipped_layout_text,
)
from tests.layouts import PNG_URI, layouts


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=layouts())
def test_any_valid_layout_loaded_and_saved_unchanged_is_the_same_bytes(
    data: dict[str, Any],
) -> None:
    text = layout_json(data)
    parse_layout(json.loads(text), "generated")  # the strategy makes valid layouts only
    draft = LayoutDraft(text)
    assert draft.text() == text
    # Reading every value of every element, as the properties panel does, changes nothing.
    for index in range(len(draft.elements)):
        draft.geometry(index)
        for key in (
            "variable",
            "texts",
            "when",
            "categories",
            "weight",
            "size",
            "min_size",
            "max_lines",
            "align",
            "valign",
            "colour",
            "uppercase",
        ):
            draft.value(index, key)
    assert draft.text() == text


@pytest.mark.parametrize("name", layout_names())
def test_shipped_layouts_round_trip_byte_for_byte(name: str) -> None:
    text = shipped_layout_text(name)
    assert LayoutDraft(text).text() == text


def test_an_edit_and_its_undo_give_back_the_same_bytes() -> None:
    text = shipped_layout_text("a6-portrait")
    draft = LayoutDraft(text)
    before = draft.set_geometry(3, (7.25, 36.004, 80.5, 20))
    assert draft.elements[3]["x"] == 7.25 and draft.elements[3]["y"] == 36
    assert draft.elements[3]["width"] == 80.5 and isinstance(draft.elements[3]["height"], int)
    keys = list(draft.elements[3])
    old = draft.set_value(3, "valign", "top")  # a key it did not have: after max_lines
    assert list(draft.elements[3]) == [*keys, "valign"]
    draft.set_value(3, "when", "photo")  # and one that goes before x
    assert list(draft.elements[3]) == [*keys[:2], "when", *keys[2:], "valign"]
    draft.set_value(3, "when", None)
    draft.set_value(3, "valign", old)
    draft.set_geometry(3, before)
    assert draft.text() == text


def test_a_new_element_lands_on_the_badge() -> None:
    draft = LayoutDraft(shipped_layout_text("card-cr80"))
    qr = draft.new_element("qr", (80, 50))
    assert (qr["x"], qr["y"], qr["size"]) == (55.6, 24, 30)
    line = draft.new_element("line", (-5, -5))
    assert (line["x"], line["y"]) == (0, 0)
    draft.insert(len(draft.elements), qr)
    draft.layout()  # still a layout the renderer takes


def test_a_layout_keeps_one_element() -> None:
    draft = LayoutDraft(shipped_layout_text("a6-portrait"))
    while len(draft.elements) > 1:
        draft.remove(0)
    with pytest.raises(ValueError, match="at least one element"):
        draft.remove(0)


def test_elements_outside_the_safe_area_are_named_but_bands_may_bleed() -> None:
    draft = LayoutDraft(shipped_layout_text("a6-portrait"))
    assert draft.geometry_problems() == []
    draft.set_value(-1, "safe_margin", 8)
    troubled = {p.index: p.trouble for p in draft.geometry_problems()}
    kinds = {i: draft.elements[i]["kind"] for i in troubled}
    assert set(troubled.values()) == {Trouble.OUTSIDE_SAFE_AREA}
    assert "band" not in kinds.values()
    assert 0 in troubled  # the title starts 6 mm from the top
    draft.set_geometry(0, (8, 8, 89, 12))
    assert 0 not in {p.index for p in draft.geometry_problems()}


def test_tidy_numbers() -> None:
    assert tidy(12.0) == 12 and isinstance(tidy(12.0), int)
    assert tidy(12.3449) == 12.34
    assert tidy(0.30000000000000004) == 0.3


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            {"kind": "label", "x": 1, "y": 1, "width": 10, "height": 5, "size": 9, "min_size": 6},
            "'texts' is missing",
        ),
        (
            {
                "kind": "label",
                "texts": {"english": "Speaker"},
                "x": 1,
                "y": 1,
                "width": 10,
                "height": 5,
                "size": 9,
                "min_size": 6,
            },
            "does not match",
        ),
        (
            {
                "kind": "image",
                "x": 1,
                "y": 1,
                "width": 10,
                "height": 5,
                "image": "data:image/png;base64,AAAA",
            },
            "not a readable picture",
        ),
        ({"kind": "line", "x": 1, "y": 1, "width": 10, "height": 0.3}, "'colour' is missing"),
        (
            {
                "kind": "text",
                "variable": "function",
                "x": 1,
                "y": 1,
                "width": 10,
                "height": 5,
                "size": 9,
                "min_size": 6,
                "valign": "centre",
            },
            "is not one of",
        ),
        ({"kind": "qr", "x": 1, "y": 1, "size": 20, "categories": []}, "should be non-empty"),
    ],
)
def test_new_kinds_are_checked_by_the_schema(change: dict[str, Any], message: str) -> None:
    data = json.loads(shipped_layout_text("a6-portrait"))
    data["elements"].append(change)
    with pytest.raises(LayoutError, match=message) as raised:
        parse_layout(data, "mine.json")
    assert str(raised.value).startswith("mine.json: elements[12]")


def test_artwork_must_open_as_what_it_claims() -> None:
    data = json.loads(shipped_layout_text("a6-portrait"))
    data["artwork"] = PNG_URI.replace("image/png", "application/pdf")
    with pytest.raises(LayoutError, match=r"mine.json: artwork: not a readable PDF"):
        parse_layout(data, "mine.json")
    data["artwork"] = "data:image/png;base64,AAAAAAAA"
    with pytest.raises(LayoutError, match=r"mine.json: artwork: not a readable picture"):
        parse_layout(data, "mine.json")


@pytest.mark.parametrize("name", layout_names())
def test_the_shipped_layouts_have_no_problems(name: str) -> None:
    assert LayoutDraft(shipped_layout_text(name)).geometry_problems() == []


def test_content_printed_on_other_content_is_named_on_the_upper_one() -> None:
    draft = LayoutDraft(shipped_layout_text("card-cr80"))
    code = next(i for i, e in enumerate(draft.elements) if e["kind"] == "qr")
    x, y, size, _ = draft.geometry(code)
    draft.set_geometry(code, (20, y, size, size))  # over the names and the photo
    found = [(p.index, p.trouble) for p in draft.geometry_problems()]
    assert found == [(code, Trouble.OVERLAP)]
    over = draft.geometry_problems()[0].facts["other"]
    assert draft.elements[over]["kind"] in ("text", "photo")
    draft.set_geometry(code, (x, y, size, size))
    # The name shown without a photo lies under the photo: never on one badge.
    assert draft.geometry_problems() == []
    # Elements for categories apart never meet either.
    label = {
        "kind": "label",
        "texts": {"en": "PRESS"},
        "categories": ["MEDIA"],
        "x": x,
        "y": y,
        "width": 20,
        "height": 6,
        "size": 9,
        "min_size": 6,
    }
    draft.set_value(code, "categories", ["DEL"])
    draft.insert(len(draft.elements), label)
    assert draft.geometry_problems() == []
    draft.set_value(code, "categories", None)
    assert [p.trouble for p in draft.geometry_problems()] == [Trouble.OVERLAP]
