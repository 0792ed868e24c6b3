"""The designer's checks, on badges drawn by the real renderer: a QR code a
desk's scanner cannot read (too small, or covered), a text that must shrink
below its floor for some value of the event."""

from __future__ import annotations

import json

from meetingdesk.badges.data import BadgeData
from meetingdesk.badges.design import LayoutDraft
from meetingdesk.badges.layout import shipped_layout_text
from meetingdesk.badges.preview import badge_image, below_floor, unreadable_codes
from tests.layouts import PNG_URI

PAYLOAD = "MD2" + "A7" * 59  # as long as a signed code: the same density

BADGE = BadgeData(
    event_title="Police Experts Meeting",
    event_dates="Madrid · 3–4 December 2026",
    honorific="Col.",
    badge_name="Jovan Jovanović",
    native_name="Јован Јовановић",
    function="Head of Unit",
    delegation="Serbia",
    category_label="Delegation",
    category_colour="#1F4E9A",
    head_of_delegation=False,
    badge_code="ABCD2345",
    generation=1,
    payload=PAYLOAD,
)

QR = 7  # the QR element of a6-portrait


def test_the_shipped_code_reads_and_a_small_one_does_not() -> None:
    draft = LayoutDraft(shipped_layout_text("a6-portrait"))
    assert unreadable_codes(draft.layout(), BADGE) == []
    draft.set_geometry(QR, (7, 96, 12, 12))
    assert unreadable_codes(draft.layout(), BADGE) == [QR]
    draft.set_geometry(QR, (7, 96, 22, 22))
    assert unreadable_codes(draft.layout(), BADGE) == []


def test_a_code_covered_by_a_picture_does_not_read() -> None:
    draft = LayoutDraft(shipped_layout_text("a6-portrait"))
    cover = {"kind": "image", "x": 10, "y": 100, "width": 20, "height": 20, "image": PNG_URI}
    draft.insert(len(draft.elements), cover)
    assert unreadable_codes(draft.layout(), BADGE) == [QR]


def test_texts_below_their_floor_are_counted_with_an_example() -> None:
    draft = LayoutDraft(shipped_layout_text("a6-portrait"))
    values = {
        "badge_name": [
            "Ana Silva",
            "María de los Ángeles Inmaculada Fernández-Villaverde y García",
        ],
        "delegation": ["Spain"],
    }
    assert below_floor(draft.layout(), values, "en") == {}
    draft.set_value(3, "min_size", 24)  # the name's floor, nearly its size
    found = below_floor(draft.layout(), values, "en")
    assert list(found) == [3]
    assert found[3].count == 1 and found[3].example.startswith("María")
    label = {
        "kind": "label",
        "texts": {"en": "Speaker at the closing ceremony of the meeting"},
        "x": 7,
        "y": 0,
        "width": 20,
        "height": 5,
        "size": 12,
        "min_size": 10,
    }
    draft.insert(len(draft.elements), label)
    assert len(draft.elements) - 1 in below_floor(draft.layout(), values, "en")


def test_a_preview_is_the_badge_at_the_asked_resolution() -> None:
    layout = LayoutDraft(json.dumps(json.loads(shipped_layout_text("card-cr80")))).layout()
    image = badge_image(layout, BADGE, 8)
    assert abs(image.width - 85.6 * 8) <= 1 and abs(image.height - 54 * 8) <= 1
