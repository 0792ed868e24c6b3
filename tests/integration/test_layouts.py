"""Layouts made in the designer: kept in the database, found by every desk and
by ``meetingdesk badges --layout``, refused whole when wrong; and the elements
the designer adds (fixed texts per language, lines, pictures, vertical
alignment, per-category elements, background artwork) printed where the layout
puts them, measured on the rendered PDF."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select, update

from meetingdesk.badges.layout import LayoutError, data_uri, shipped_layout_text
from meetingdesk.cli import main
from meetingdesk.domain.errors import Invalid, ValidationError
from meetingdesk.domain.model import Event, StoredLayout
from meetingdesk.domain.values import Desk
from meetingdesk.services.app import open_services
from tests.conftest import Meeting
from tests.layouts import extent, pages, png


def mine(name: str = "osce-2026", **extra: Any) -> str:
    data = json.loads(shipped_layout_text("a6-portrait"))
    data["name"], data["title"] = name, "OSCE 2026 with sponsor strip"
    data.update(extra)
    return json.dumps(data, indent=2, ensure_ascii=False)


def test_a_stored_layout_is_printed_by_every_desk(meeting: Meeting, tmp_path: Path) -> None:
    meeting.services.layouts.save(mine(), meeting.desk, replace=False)
    other = open_services(meeting.services.target.url, clock=meeting.clock)
    try:
        choices = {c.name: c for c in other.layouts.choices()}
        assert choices["osce-2026"].stored and not choices["a6-portrait"].stored
        assert choices["osce-2026"].title == "OSCE 2026 with sponsor strip"
        ids, _ = other.badges.select()
        result = other.badges.print_badges(
            ids[:3], tmp_path / "b.pdf", Desk("Desk 2", "bob"), layout="osce-2026"
        )
        assert (result.layout, result.printed) == ("osce-2026", 3)
        assert other.layouts.text("osce-2026") == mine()
    finally:
        other.close()


def test_what_cannot_be_saved_changes_nothing(meeting: Meeting) -> None:
    layouts, desk = meeting.services.layouts, meeting.desk
    layouts.save(mine(), desk, replace=False)

    def stored() -> list[tuple[str, str]]:
        with meeting.services.uow.read() as uow:
            return [tuple(r) for r in uow.db.execute(select(StoredLayout.name, StoredLayout.body))]

    before = stored()
    with pytest.raises(ValidationError) as shipped:
        layouts.save(mine("a6-portrait"), desk, replace=True)
    assert shipped.value.invalid is Invalid.SHIPPED_LAYOUT
    with pytest.raises(ValidationError) as taken:
        layouts.save(mine(), desk, replace=False)
    assert taken.value.invalid is Invalid.TAKEN
    broken = json.loads(mine())
    broken["elements"][0]["x"] = 100
    with pytest.raises(LayoutError, match=r"elements\[0\]: reaches outside the badge"):
        layouts.save(json.dumps(broken), desk, replace=True)
    # As long as the database keeps (PostgreSQL would refuse a longer one outright).
    with pytest.raises(LayoutError, match=r"name: '.*' is too long"):
        layouts.save(mine("x" * 61), desk, replace=True)
    layouts.save(mine("x" * 60), desk, replace=False)
    layouts.remove("x" * 60)
    with pytest.raises(LayoutError, match="line 1, column 2"):
        layouts.save("{oops", desk, replace=True)
    assert stored() == before
    with pytest.raises(LayoutError, match="choose one of a4-4up-a6, a6-portrait, card-cr80, osce"):
        layouts.load("osce-2027")


def test_the_command_line_prints_a_stored_layout(
    sqlite_meeting: Meeting,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from meetingdesk.services.demo import DEMO_PASSPHRASE

    sqlite_meeting.services.layouts.save(mine(), sqlite_meeting.desk, replace=False)
    monkeypatch.setenv("MEETINGDESK_PASSPHRASE", DEMO_PASSPHRASE)
    database = str(sqlite_meeting.services.target.url.database)
    out = tmp_path / "cli.pdf"
    status = main(
        [
            "badges",
            "--db",
            database,
            "--desk",
            "D",
            "--operator",
            "a",
            "--layout",
            "osce-2026",
            "--out",
            str(out),
        ]
    )
    said = capsys.readouterr().out
    assert status == 0, said
    assert "(osce-2026)" in said and out.exists()
    status = main(["badges", "--db", database, "--layout", "nothing-such", "--out", str(out)])
    assert status == 2
    assert "no layout called 'nothing-such'" in capsys.readouterr().err


# --- the new elements, measured -------------------------------------------------------------

LINE = (5.0, 30.0, 95.0, 0.8)
PICTURE = (70.0, 100.0, 30.0, 15.0)
TALL = 30.0


def designed_layout() -> dict[str, Any]:
    artwork = png((255, 243, 176), (105, 148))
    return {
        "name": "every-kind",
        "title": "Every kind of element",
        "page": {"width": 105, "height": 148},
        "badge": {"width": 105, "height": 148},
        "artwork": data_uri("image/png", artwork),
        "elements": [
            {
                "kind": "label",
                "texts": {"en": "SPEAKER", "es": "PONENTE"},
                "x": 5,
                "y": 5,
                "width": 95,
                "height": 10,
                "size": 14,
                "min_size": 8,
            },
            {
                "kind": "line",
                "x": LINE[0],
                "y": LINE[1],
                "width": LINE[2],
                "height": LINE[3],
                "colour": "#1565C0",
            },
            {
                "kind": "text",
                "variable": "badge_name",
                "x": 5,
                "y": 35,
                "width": 45,
                "height": TALL,
                "size": 10,
                "min_size": 6,
                "valign": "top",
            },
            {
                "kind": "text",
                "variable": "badge_name",
                "x": 55,
                "y": 35,
                "width": 45,
                "height": TALL,
                "size": 10,
                "min_size": 6,
                "valign": "bottom",
            },
            {
                "kind": "label",
                "texts": {"en": "UNITED NATIONS FAMILY"},
                "categories": ["IO"],
                "x": 5,
                "y": 80,
                "width": 95,
                "height": 8,
                "size": 10,
                "min_size": 6,
            },
            {
                "kind": "image",
                "x": PICTURE[0],
                "y": PICTURE[1],
                "width": PICTURE[2],
                "height": PICTURE[3],
                "image": data_uri("image/png", png((220, 20, 20), (8, 4))),
            },
            {"kind": "qr", "x": 5, "y": 100, "size": 32},
        ],
    }


def near(colour: tuple[int, int, int]) -> Callable[[tuple[int, int, int]], bool]:
    return lambda p: all(abs(a - b) <= 12 for a, b in zip(p, colour, strict=True))


def test_every_new_element_prints_where_the_layout_puts_it(
    sqlite_meeting: Meeting, tmp_path: Path
) -> None:
    services, people = sqlite_meeting.services, sqlite_meeting.people
    services.layouts.save(json.dumps(designed_layout()), sqlite_meeting.desk, replace=False)
    chosen = [people["nunez"], people["muller"]]  # a delegation, an international organisation
    out = tmp_path / "kinds.pdf"
    services.badges.render(chosen, out, layout="every-kind")
    (del_image, del_text, del_chars), (_, io_text, _) = pages(out)

    assert "SPEAKER" in del_text and "PONENTE" not in del_text
    assert "UNITED NATIONS FAMILY" in io_text and "UNITED NATIONS FAMILY" not in del_text

    left, top, right, bottom = extent(del_image, (0x15, 0x65, 0xC0))
    x, y, w, h = LINE
    assert max(abs(left - x), abs(top - y), abs(right - x - w), abs(bottom - y - h)) <= 0.5
    left, top, right, bottom = extent(del_image, (220, 20, 20))
    x, y, w, h = PICTURE
    assert max(abs(left - x), abs(top - y), abs(right - x - w), abs(bottom - y - h)) <= 0.5
    # The artwork lies under everything, to the badge's edges.
    assert near((255, 243, 176))(del_image.getpixel((3, 3)))
    assert near((255, 243, 176))(del_image.getpixel((del_image.width - 3, del_image.height - 3)))

    tops = [box[1] for ch, box in del_chars if 5 <= box[0] < 50 and 35 <= box[1] < 35 + TALL]
    bottoms = [box[3] for ch, box in del_chars if 55 <= box[0] < 100 and 35 <= box[1] < 35 + TALL]
    assert tops and bottoms
    assert min(tops) < 35 + 3  # at the top of its box
    assert max(bottoms) > 35 + TALL - 3  # at the bottom of its box


def test_a_fixed_text_prints_in_the_badge_language(sqlite_meeting: Meeting, tmp_path: Path) -> None:
    services = sqlite_meeting.services
    with services.uow.write() as uow:
        uow.db.execute(update(Event).values(badge_language="es"))
        uow.commit()
    services.layouts.save(json.dumps(designed_layout()), sqlite_meeting.desk, replace=False)
    out = tmp_path / "es.pdf"
    services.badges.render([sqlite_meeting.people["nunez"]], out, layout="every-kind")
    ((_, text, _),) = pages(out)
    assert "PONENTE" in text and "SPEAKER" not in text


def test_pdf_artwork_is_drawn_from_its_first_page(sqlite_meeting: Meeting, tmp_path: Path) -> None:
    artwork = io.BytesIO()
    canvas = Canvas(artwork, pagesize=(297.6, 419.5))
    canvas.setFillColorRGB(0.2, 0.6, 0.2)
    canvas.rect(0, 0, 297.6, 419.5, stroke=0, fill=1)
    canvas.showPage()
    canvas.setFillColorRGB(1, 0, 0)  # a second page, never drawn
    canvas.rect(0, 0, 297.6, 419.5, stroke=0, fill=1)
    canvas.save()
    data = designed_layout()
    data["artwork"] = data_uri("application/pdf", artwork.getvalue())
    services = sqlite_meeting.services
    services.layouts.save(json.dumps(data), sqlite_meeting.desk, replace=False)
    out = tmp_path / "pdf-art.pdf"
    services.badges.render([sqlite_meeting.people["nunez"]], out, layout="every-kind")
    ((image, _, _),) = pages(out)
    assert near((51, 153, 51))(image.getpixel((3, 3)))


def test_layouts_move_between_files_and_the_database_on_the_command_line(
    sqlite_meeting: Meeting, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = str(sqlite_meeting.services.target.url.database)
    mine_file = tmp_path / "mine.json"
    mine_file.write_text(mine(), "utf-8")
    desk = ["--desk", "D", "--operator", "a"]
    assert main(["layout", "import", str(mine_file), "--db", database, *desk]) == 0
    assert "layout osce-2026 (OSCE 2026 with sponsor strip) saved" in capsys.readouterr().out
    assert main(["layout", "list", "--db", database]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert listed[-1] == "osce-2026\tsaved\tOSCE 2026 with sponsor strip"
    assert listed[0].startswith("a4-4up-a6\tshipped\t")

    out = tmp_path / "back.json"
    assert main(["layout", "export", "osce-2026", "--db", database, "--out", str(out)]) == 0
    assert out.read_text("utf-8") == mine()
    capsys.readouterr()

    # Refused, one line each, the database as it was.
    before = sqlite_meeting.services.layouts.text("osce-2026")
    assert main(["layout", "import", str(mine_file), "--db", database, *desk]) == 2
    assert "there is a layout called 'osce-2026' already" in capsys.readouterr().err
    broken = tmp_path / "broken.json"
    broken.write_text('{"name": "x"', "utf-8")
    assert main(["layout", "import", str(broken), "--db", database, *desk]) == 2
    assert f"{broken}: line 1, column 13" in capsys.readouterr().err
    assert main(["layout", "export", "osce-2026", "--db", database, "--out", database]) == 2
    assert "is the database" in capsys.readouterr().err
    assert sqlite_meeting.services.layouts.text("osce-2026") == before
    assert main(["layout", "import", str(mine_file), "--db", database, *desk, "--replace"]) == 0
    assert main(["layout", "remove", "a6-portrait", "--db", database]) == 2
    assert "is shipped with meetingdesk: it cannot be removed" in capsys.readouterr().err
    assert main(["layout", "remove", "osce-2026", "--db", database]) == 0
    assert [c.name for c in sqlite_meeting.services.layouts.choices() if c.stored] == []
    assert main(["layout", "remove", "osce-2026", "--db", database]) == 2
    assert "no layout called 'osce-2026'" in capsys.readouterr().err
