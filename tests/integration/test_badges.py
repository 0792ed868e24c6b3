"""Badges rendered to real PDFs and read back: QR codes decoded from the rendered
pages, names in the text layer in their own script, page counts, and every
letter inside its box."""

from __future__ import annotations

import io
import math
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import update

from meetingdesk.badges.layout import MM, layout_names, load_layout
from meetingdesk.cli_result import describe
from meetingdesk.domain.model import Delegate
from meetingdesk.domain.values import Outcome, Refusal
from meetingdesk.services.registry import DelegateFields
from meetingdesk.services.setup import CategoryValues, EventDetails, Row, SetupChanges
from tests.conftest import Meeting

LONGEST = ("María de los Ángeles Inmaculada", "Fernández-Villaverde y García de la Concepción")


@dataclass
class Printed:
    meeting: Meeting
    ids: list[int]
    payloads: dict[int, str]


def photo_png() -> bytes:
    image = Image.new("RGB", (60, 80), (90, 120, 160))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


@pytest.fixture
def printed(sqlite_meeting: Meeting) -> Printed:
    meeting = sqlite_meeting
    registry = meeting.services.registry
    spain = next(d.id for d in registry.delegations() if d.name == "Spain")
    longest, _ = registry.register_walk_in(
        DelegateFields(*LONGEST, spain, "DEL", honorific="Ms."), meeting.desk, check_in=False
    )
    meeting.people["longest"] = longest.id
    with meeting.services.uow.write() as uow:
        uow.db.execute(
            update(Delegate)
            .where(Delegate.id == meeting.people["muller"])
            .values(photo=photo_png())
        )
        uow.db.execute(
            update(Delegate)
            .where(Delegate.id == meeting.people["nunez"])
            .values(head_of_delegation=True)
        )
        uow.commit()
    registry.reissue_badge(meeting.people["celik"], "lost", meeting.desk)
    ids, skipped = meeting.services.badges.select()
    assert skipped == 0
    return Printed(meeting, ids, {i: registry.scan_payload(i) for i in ids})


def render(printed: Printed, layout: str, out: Path) -> Path:
    result = printed.meeting.services.badges.print_badges(
        printed.ids, out, printed.meeting.desk, layout=layout
    )
    assert result.printed == len(printed.ids)
    return out


def pages(path: Path, dpi: int = 200) -> Iterator[Image.Image]:
    document = pdfium.PdfDocument(str(path))
    try:
        for page in document:
            yield page.render(scale=dpi / 72).to_pil()
    finally:
        document.close()


@pytest.mark.parametrize("layout", layout_names())
def test_every_qr_code_decodes_to_its_signed_payload(
    printed: Printed, layout: str, tmp_path: Path
) -> None:
    pdf = render(printed, layout, tmp_path / "badges.pdf")
    decoded: list[str] = []
    for image in pages(pdf):
        decoded.extend(
            code.text
            for code in zxingcpp.read_barcodes(image)
            if code.format == zxingcpp.BarcodeFormat.QRCode
        )
    assert sorted(decoded) == sorted(printed.payloads.values())


@pytest.mark.parametrize(
    ("layout", "per_page"), [("a6-portrait", 1), ("a4-4up-a6", 4), ("card-cr80", 1)]
)
def test_page_counts(printed: Printed, layout: str, per_page: int, tmp_path: Path) -> None:
    pdf = render(printed, layout, tmp_path / "badges.pdf")
    assert len(PdfReader(pdf).pages) == math.ceil(len(printed.ids) / per_page)


def _rtl_letters(text: str) -> list[str]:
    return sorted(
        unicodedata.normalize("NFKC", ch)
        for ch in text
        if unicodedata.bidirectional(ch) in ("R", "AL")
    )


@pytest.mark.parametrize("layout", layout_names())
def test_text_layer_holds_each_name_in_its_script(
    printed: Printed, layout: str, tmp_path: Path
) -> None:
    pdf = render(printed, layout, tmp_path / "badges.pdf")
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    flat = " ".join(text.split())
    document = pdfium.PdfDocument(str(pdf))
    pdfium_text = "".join(page.get_textpage().get_text_range() for page in document)
    document.close()
    registry = printed.meeting.services.registry
    for delegate_id in printed.ids:
        badge = registry.delegate(delegate_id)
        assert badge.badge_name in flat
        assert badge.delegation in flat
        native = badge.native_name
        if native and not _rtl_letters(native):
            assert native in flat  # Cyrillic, Greek
        elif native:
            # Arabic is shaped: its glyphs carry the text as ActualText, which
            # pdfium reads (in its own order); every letter must be there.
            letters = _rtl_letters(native)
            assert all(_rtl_letters(pdfium_text).count(ch) >= letters.count(ch) for ch in letters)
    assert "Reprint 2" in flat
    assert "HEAD OF DELEGATION" in flat


@pytest.mark.parametrize("layout", layout_names())
def test_every_letter_stays_inside_its_box(printed: Printed, layout: str, tmp_path: Path) -> None:
    """Measured on the rendered PDF: each character's box lies inside a text box
    of the layout, for the longest names and every script."""
    chosen = load_layout(layout)
    pdf = render(printed, layout, tmp_path / "badges.pdf")
    boxes = []  # (left, bottom, right, top) in points, page coordinates
    for left, top in chosen.positions():
        for element in chosen.elements:
            if element.kind in ("text", "band"):
                bottom = (chosen.page_height - top - element.y - element.height) * MM
                x = (left + element.x) * MM
                boxes.append((x, bottom, x + element.width * MM, bottom + element.height * MM))
    slack = 0.75  # points: anti-aliasing of glyph bounds, not layout
    checked = 0
    document = pdfium.PdfDocument(str(pdf))
    for page in document:
        textpage = page.get_textpage()
        for index in range(textpage.count_chars()):
            char = textpage.get_text_range(index, 1)
            if not char.strip():
                continue
            left, bottom, right, top = textpage.get_charbox(index)
            if right - left <= 0 or top - bottom <= 0:
                continue  # ActualText stand-ins have no box of their own
            assert any(
                left >= bl - slack
                and bottom >= bb - slack
                and right <= br + slack
                and top <= bt + slack
                for bl, bb, br, bt in boxes
            ), (layout, char, (left, bottom, right, top))
            checked += 1
    document.close()
    assert checked > 100


def test_longest_name_shrinks_but_stays_readable(printed: Printed, tmp_path: Path) -> None:
    result = printed.meeting.services.badges.print_badges(
        [printed.meeting.people["longest"]], tmp_path / "one.pdf", printed.meeting.desk
    )
    text = " ".join(PdfReader(result.out).pages[0].extract_text().split())
    assert " ".join(LONGEST) in text
    assert result.warnings == []  # within the A6 layout's floor


def test_not_printed_filter_and_reprint(printed: Printed, tmp_path: Path) -> None:
    services, desk = printed.meeting.services, printed.meeting.desk
    first = printed.ids[:3]
    services.badges.print_badges(first, tmp_path / "a.pdf", desk)
    remaining, _ = services.badges.select(not_printed=True)
    assert set(remaining) == set(printed.ids) - set(first)

    old = printed.payloads[first[0]]
    result = services.badges.reprint(first[0], "damaged", desk, tmp_path / "r.pdf")

    assert result.generation == 2 and result.out == tmp_path / "r.pdf"
    assert not services.badges.is_printed(first[0])  # a PDF is not a print
    refused = services.checkin.check_in(old, desk)
    assert refused.refusal is Refusal.REVOKED
    assert describe(refused, "Europe/Madrid").endswith(", damaged")
    new = services.registry.scan_payload(first[0])
    decoded = [c.text for img in pages(tmp_path / "r.pdf") for c in zxingcpp.read_barcodes(img)]
    assert decoded == [new]
    assert services.checkin.check_in(new, desk).outcome is Outcome.DONE


def test_cancelled_registrations_get_no_badge(printed: Printed) -> None:
    services, meeting = printed.meeting.services, printed.meeting
    services.registry.set_cancelled(meeting.people["hoxhe"], True, meeting.desk)
    chosen, skipped = services.badges.select(
        only_codes=[meeting.code("hoxhe"), meeting.code("isik")]
    )
    assert chosen == [meeting.people["isik"]]
    assert skipped == 1


def test_a_name_no_font_can_draw_is_left_out_with_a_warning(
    printed: Printed, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    services, meeting = printed.meeting.services, printed.meeting
    spain = next(d.id for d in services.registry.delegations() if d.name == "Spain")
    person, _ = services.registry.register_walk_in(
        DelegateFields("Haruki", "Nakamura", spain, "DEL", native_name="中村 春樹"),
        meeting.desk,
        check_in=False,
    )
    result = services.badges.print_badges([person.id], tmp_path / "x.pdf", meeting.desk)
    assert [str(w) for w in result.warnings] == [f"no font for {person.badge_code} native_name"]
    assert "Haruki Nakamura" in PdfReader(result.out).pages[0].extract_text()
    assert "no font has every letter" in caplog.text


def test_badges_speak_the_events_badge_language(printed: Printed, tmp_path: Path) -> None:
    services, meeting = printed.meeting.services, printed.meeting
    setup = services.setup
    event = setup.event()
    setup.update_event(
        EventDetails(
            title=event.title,
            venue=event.venue,
            city=event.city,
            organiser=event.organiser,
            start_date=event.start_date,
            end_date=event.end_date,
            time_zone=event.time_zone,
            badge_language="fr",
        ),
        meeting.desk,
    )
    row = next(r for r in setup.snapshot().categories if r.values.code == "DEL")
    french = CategoryValues(
        "DEL", row.values.label, row.values.colour, badge_label="Délégation d'un État participant"
    )
    setup.save(SetupChanges(categories=[Row(row.id, french, row.original)]), meeting.desk)
    people = [meeting.people["nunez"], meeting.people["celik"]]  # head; reprinted
    result = services.badges.render(people, tmp_path / "fr.pdf")
    texts = [" ".join(page.extract_text().split()) for page in PdfReader(result.out).pages]
    assert "CHEF DE DÉLÉGATION" in texts[0]
    assert "Madrid · 3–4 décembre 2026" in texts[0]
    assert "DÉLÉGATION D'UN ÉTAT PARTICIPANT" in texts[0]  # the band prints upper case
    assert "Réimpression 2" in texts[1]
    assert "Head of Delegation".upper() not in " ".join(texts)
    assert "Reprint" not in " ".join(texts)


def test_every_name_of_the_demo_meeting_prints_in_its_own_script(tmp_path: Path) -> None:
    """The demo's delegations write names in Latin, Cyrillic, Greek, Arabic,
    Hebrew, Armenian and Georgian: every one is printed, none left out."""
    from meetingdesk.services.app import open_services
    from meetingdesk.services.demo import build_demo

    services = open_services(tmp_path / "demo.sqlite3")
    try:
        build_demo(services, delegates=400, seed=6)
        ids, _ = services.badges.select()
        result = services.badges.render(ids, tmp_path / "all.pdf")
        assert [w for w in result.warnings if str(w).startswith("no font")] == []
        scripts = {
            unicodedata.name(c).split()[0]
            for b in services.badges.badge_data(ids)
            for c in (b.native_name or "")
            if c.isalpha()
        }
        assert {"ARMENIAN", "GEORGIAN", "CYRILLIC", "GREEK", "ARABIC"} <= scripts
    finally:
        services.close()


@pytest.mark.parametrize(
    "choice",
    [{}, {"not_printed": True}, {"category": "DEL"}, {"only_codes": ["hoxhe", "isik"]}],
    ids=["everyone", "not printed", "category", "codes"],
)
def test_the_count_a_desk_shows_is_what_would_print(printed: Printed, choice: dict) -> None:  # type: ignore[type-arg]
    services, meeting = printed.meeting.services, printed.meeting
    services.registry.set_cancelled(meeting.people["hoxhe"], True, meeting.desk)
    if "only_codes" in choice:
        choice = {"only_codes": [meeting.code(who) for who in choice["only_codes"]]}
    chosen, skipped = services.badges.select(**choice)
    assert services.badges.count(**choice) == (len(chosen), skipped)
