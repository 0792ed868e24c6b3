"""The badge designer, used as an organiser uses it: elements added from the
palette, dragged and resized with the mouse, their properties typed and chosen,
undone and redone from the toolbar, saved under a new name; then the badges
printed with the saved layout are measured: every element where the designer
drew it, within half a millimetre, and the QR code decoded."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import zxingcpp
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QToolBar,
    QWidget,
)
from pytestqt.qtbot import QtBot
from shiboken6 import isValid
from sqlalchemy import select

from meetingdesk.badges.design import Trouble
from meetingdesk.badges.layout import layout_json
from meetingdesk.badges.qr import QUIET_MODULES, modules
from meetingdesk.domain.model import StoredLayout
from meetingdesk.qt.views.designer import DesignerWindow, ElementItem
from meetingdesk.services.layouts import LayoutChoice
from tests.conftest import Meeting
from tests.gui.conftest import settle
from tests.layouts import PX_PER_MM, Chars, extent, layouts, pages, png

Answer = Callable[[Callable[[QWidget], None]], None]


class Files:
    """The file dialog: what the person picks next (None: cancelled)."""

    def __init__(self) -> None:
        self.next: Path | None = None
        self.asked: list[str] = []

    def __call__(self, parent: QWidget, caption: str, filters: str) -> Path | None:
        self.asked.append(filters)
        return self.next


def open_designer(
    qtbot: QtBot, meeting: Meeting, name: str = "card-cr80", files: Files | None = None
) -> DesignerWindow:
    services = meeting.services
    choices = services.layouts.choices()
    choice = next(c for c in choices if c.name == name)
    window = DesignerWindow(
        services.badges,
        services.layouts,
        meeting.desk,
        choice,
        services.layouts.text(name),
        taken={c.name for c in choices},
        categories=[(c.code, c.label) for c in services.registry.categories()],
        search=services.search,
        file_chooser=files or Files(),
    )
    OPEN.append(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    settle()  # the samples and the event's values, then the first preview
    return window


OPEN: list[DesignerWindow] = []


@pytest.fixture(autouse=True)
def close_designers() -> Iterator[None]:
    """Designers a test left open closed, with nothing to ask (it deletes itself
    on closing, so pytest-qt's own closing cannot be used)."""
    yield
    while OPEN:
        window = OPEN.pop()
        if isValid(window):
            window.stack.setClean()
            window.close()
    settle()


@pytest.fixture
def designer(qtbot: QtBot, sqlite_meeting: Meeting) -> DesignerWindow:
    return open_designer(qtbot, sqlite_meeting)


# --- what a person does ------------------------------------------------------------------


def mouse(view: QWidget, kind: QEvent.Type, at: QPointF, buttons: Qt.MouseButton) -> None:
    viewport = view.viewport()  # type: ignore[attr-defined]
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    event = QMouseEvent(
        kind, at, viewport.mapToGlobal(at), button, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(viewport, event)


def drag(
    designer: DesignerWindow, start_mm: tuple[float, float], end_mm: tuple[float, float]
) -> None:
    """Press at ``start_mm`` on the sheet, move in steps, release at ``end_mm``."""
    view = designer.view
    a = QPointF(view.mapFromScene(QPointF(*start_mm)))
    b = QPointF(view.mapFromScene(QPointF(*end_mm)))
    mouse(view, QEvent.Type.MouseButtonPress, a, Qt.MouseButton.LeftButton)
    for step in range(1, 9):
        mouse(view, QEvent.Type.MouseMove, a + (b - a) * (step / 8), Qt.MouseButton.LeftButton)
    mouse(view, QEvent.Type.MouseButtonRelease, b, Qt.MouseButton.NoButton)
    settle()


def click_on(designer: DesignerWindow, at_mm: tuple[float, float]) -> None:
    view = designer.view
    at = QPointF(view.mapFromScene(QPointF(*at_mm)))
    mouse(view, QEvent.Type.MouseButtonPress, at, Qt.MouseButton.LeftButton)
    mouse(view, QEvent.Type.MouseButtonRelease, at, Qt.MouseButton.NoButton)
    settle()


def centre(item: ElementItem) -> tuple[float, float]:
    x, y, w, h = item.geometry()
    return x + w / 2, y + h / 2


def pick(qtbot: QtBot, designer: DesignerWindow, index: int) -> None:
    """A click on the element's frame, where no other frame lies over it."""
    item = designer.items[index]
    x, y, w, h = item.geometry()
    for fx, fy in ((0.5, 0.5), (0.1, 0.5), (0.9, 0.5), (0.5, 0.1), (0.5, 0.9), (0.2, 0.2)):
        at = (x + w * fx, y + h * fy)
        point = designer.view.mapFromScene(QPointF(*at))
        if designer.view.itemAt(point) is item:
            click_on(designer, at)
            assert designer.selected_index() == index
            return
    # Covered everywhere (a name shown only without a photo): by its row in the
    # list of what is on the badge.
    layers = designer.layers
    qtbot.mouseClick(
        layers.viewport(),
        Qt.MouseButton.LeftButton,
        pos=layers.visualItemRect(layers.item(index)).center(),
    )
    assert designer.selected_index() == index


def tool(designer: DesignerWindow, action: QAction) -> QWidget:
    bar = designer.findChild(QToolBar, "designerTools")
    assert bar is not None
    button = bar.widgetForAction(action)
    assert button is not None and button.isEnabled(), action.text()
    return button


def add(qtbot: QtBot, designer: DesignerWindow, entry: str) -> int:
    """Click the palette's row, press Enter: the element comes onto the badge."""
    palette = designer.palette_list
    row = next(
        r for r in range(palette.count()) if palette.item(r).data(Qt.ItemDataRole.UserRole) == entry
    )
    qtbot.mouseClick(
        palette.viewport(),
        Qt.MouseButton.LeftButton,
        pos=palette.visualItemRect(palette.item(row)).center(),
    )
    before = len(designer.draft.elements)
    qtbot.keyClick(palette, Qt.Key.Key_Return)
    assert len(designer.draft.elements) == before + 1
    return before


def type_into(qtbot: QtBot, field: QWidget, text: str) -> None:
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def choose(qtbot: QtBot, combo: QWidget, data: object) -> None:
    """Arrow keys on the closed list until it shows ``data``, as by keyboard."""
    target = combo.findData(data)  # type: ignore[attr-defined]
    assert target >= 0
    while combo.currentIndex() != target:  # type: ignore[attr-defined]
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up  # type: ignore[attr-defined]
        qtbot.keyClick(combo, key)
    assert combo.currentData() == data  # type: ignore[attr-defined]


def save_as(qtbot: QtBot, designer: DesignerWindow, answer_modal: Answer, title: str) -> str:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, QDialog)
        field = dialog.findChild(QWidget, "saveAsTitle")
        type_into(qtbot, field, title)
        if dialog.isVisible():
            buttons = dialog.findChild(QDialogButtonBox)
            qtbot.mouseClick(
                buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
            )

    answer_modal(fill)
    with qtbot.waitSignal(designer.saved, timeout=20_000) as saved:
        qtbot.mouseClick(tool(designer, designer.save_action), Qt.MouseButton.LeftButton)
    settle()
    name = saved.args[0]
    assert isinstance(name, str)
    return name


# --- measuring the printed badge -----------------------------------------------------------


def rendered(meeting: Meeting, layout: str, who: str, tmp_path: Path) -> tuple[Any, str, Chars]:
    out = tmp_path / f"{layout}-{who}.pdf"
    meeting.services.badges.render([meeting.people[who]], out, layout=layout)
    ((image, text, chars),) = pages(out)
    return image, text, chars


def assert_within(found: tuple[float, ...], geometry: tuple[float, float, float, float]) -> None:
    x, y, w, h = geometry
    expected = (x, y, x + w, y + h)
    worst = max(abs(a - b) for a, b in zip(found, expected, strict=True))
    assert worst <= 0.5, (found, expected)


def rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


# --- the tests --------------------------------------------------------------------------------


def test_a_layout_built_in_the_designer_prints_as_drawn(
    qtbot: QtBot,
    designer: DesignerWindow,
    sqlite_meeting: Meeting,
    answer_modal: Answer,
    tmp_path: Path,
) -> None:
    # Clear the card down to one element, with the mouse and the Delete key.
    while len(designer.draft.elements) > 1:
        pick(qtbot, designer, len(designer.items) - 1)
        qtbot.keyClick(designer.view, Qt.Key.Key_Delete)
    assert len(designer.items) == 1

    line = add(qtbot, designer, "line")
    drag(designer, centre(designer.items[line]), (40, 8))
    x, y, w, h = designer.items[line].geometry()
    drag(designer, (x + w, y + h), (70.2, 10.3))  # the corner handle: longer and thicker
    pick(qtbot, designer, line)
    type_into(qtbot, designer.colour, "#2E7D32")

    code = add(qtbot, designer, "qr")
    drag(designer, centre(designer.items[code]), (20, 36))
    x, y, w, h = designer.items[code].geometry()
    drag(designer, (x + w, y + h), (x + 25.3, y + 25.3))  # a square stays square

    band = add(qtbot, designer, "band")
    drag(designer, centre(designer.items[band]), (62, 46))

    label = add(qtbot, designer, "label")
    drag(designer, centre(designer.items[label]), (60, 20))
    pick(qtbot, designer, label)
    type_into(qtbot, designer.fixed_text, "GUEST SPEAKER")
    choose(qtbot, designer.valign, "top")

    # Undo the label's move, see it go back, redo it.
    moved = designer.items[label].geometry()
    qtbot.mouseClick(tool(designer, designer.undo_action), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tool(designer, designer.undo_action), Qt.MouseButton.LeftButton)
    assert designer.draft.elements[label]["texts"] == {"en": "Speaker"}
    qtbot.mouseClick(tool(designer, designer.undo_action), Qt.MouseButton.LeftButton)
    assert designer.items[label].geometry() != moved
    for _ in range(3):
        qtbot.mouseClick(tool(designer, designer.redo_action), Qt.MouseButton.LeftButton)
    assert designer.items[label].geometry() == moved
    assert designer.draft.elements[label]["texts"] == {"en": "GUEST SPEAKER"}
    assert designer.draft.elements[label]["valign"] == "top"

    # What the frames show is what the draft holds.
    for index, item in enumerate(designer.items):
        assert item.geometry() == pytest.approx(designer.draft.geometry(index), abs=0.01)

    name = save_as(qtbot, designer, answer_modal, "Card with a speaker strip")
    assert name == "card-with-a-speaker-strip"
    assert designer.stack.isClean()
    with sqlite_meeting.services.uow.read() as uow:
        body = uow.db.execute(select(StoredLayout.body).where(StoredLayout.name == name)).scalar()
    assert body == designer.draft.text()

    image, text, chars = rendered(sqlite_meeting, name, "nunez", tmp_path)
    geometry = {i: item.geometry() for i, item in enumerate(designer.items)}
    assert_within(extent(image, (0x2E, 0x7D, 0x32)), geometry[line])
    assert_within(extent(image, (0x1F, 0x4E, 0x9A)), geometry[band])  # DEL's colour
    # The code's dark modules fill its square less the quiet zone.
    x, y, size, _ = geometry[code]
    payload = sqlite_meeting.payload("nunez")
    side, _ = modules(payload)
    module = size / (side + 2 * QUIET_MODULES)
    crop = image.crop(tuple(int(v * PX_PER_MM) for v in (x, y, x + size, y + size)))
    inner = extent(crop, (0, 0, 0), tolerance=60)
    assert_within(
        tuple(v + o for v, o in zip(inner, (x, y, x, y), strict=True)),
        (x + QUIET_MODULES * module, y + QUIET_MODULES * module, side * module, side * module),
    )
    decoded = zxingcpp.read_barcodes(image)
    assert [d.text for d in decoded] == [payload]
    # The label's letters lie in its box, at its top.
    x, y, w, h = geometry[label]
    around = [
        (ch, box)
        for ch, box in chars
        if x - 2 <= (box[0] + box[2]) / 2 <= x + w + 2
        and y - 2 <= (box[1] + box[3]) / 2 <= y + h + 2
    ]
    assert "".join(ch for ch, _ in around) == "GUESTSPEAKER" and "GUEST SPEAKER" in text
    speaker = [box for _, box in around]
    for left, top, right, bottom in speaker:
        assert x - 0.5 <= left and right <= x + w + 0.5 and y - 0.5 <= top and bottom <= y + h + 0.5
    assert min(box[1] for box in speaker) < y + 1.5


def test_problems_are_shown_on_the_element_and_go_with_undo(
    qtbot: QtBot, designer: DesignerWindow
) -> None:
    assert designer.problems == []
    code = next(i for i, e in enumerate(designer.draft.elements) if e["kind"] == "qr")
    pick(qtbot, designer, code)
    type_into(qtbot, designer.geometry_fields["width"], "12")
    assert designer.draft.geometry(code)[2:] == (12, 12)
    assert [(p.index, p.trouble) for p in designer.problems] == [(code, Trouble.QR_UNREADABLE)]
    assert designer.items[code].problems and "scanner" in designer.items[code].toolTip()
    assert "scanner" in designer.problem_list.item(0).text()

    name = next(
        i for i, e in enumerate(designer.draft.elements) if e.get("variable") == "badge_name"
    )
    pick(qtbot, designer, name)
    assert designer.min_size.maximum() == designer.draft.elements[name]["size"]  # floor <= size
    type_into(qtbot, designer.font_size, "30")
    type_into(qtbot, designer.min_size, "30")
    shrunk = [p for p in designer.problems if p.trouble is Trouble.BELOW_FLOOR]
    assert [p.index for p in shrunk] == [name]
    assert shrunk[0].facts["count"] >= 1
    for _ in range(3):
        qtbot.mouseClick(tool(designer, designer.undo_action), Qt.MouseButton.LeftButton)
    assert designer.problems == []
    assert designer.problem_list.item(0).text() == "No problems found."


def test_artwork_from_a_file_is_drawn_under_the_elements_and_saved(
    qtbot: QtBot, sqlite_meeting: Meeting, answer_modal: Answer, tmp_path: Path
) -> None:
    files = Files()
    designer = open_designer(qtbot, sqlite_meeting, "a6-portrait", files)
    files.next = tmp_path / "sponsor.png"
    files.next.write_bytes(png((255, 224, 130), (105, 148)))
    qtbot.mouseClick(tool(designer, designer.artwork_action), Qt.MouseButton.LeftButton)
    assert "*.pdf" in files.asked[-1]
    assert designer.draft.data["artwork"].startswith("data:image/png;base64,")
    preview = designer._preview.pixmap().toImage()
    assert preview.pixelColor(4, 4).name() == "#ffe082"
    qtbot.mouseClick(tool(designer, designer.no_artwork_action), Qt.MouseButton.LeftButton)
    assert "artwork" not in designer.draft.data
    qtbot.mouseClick(tool(designer, designer.undo_action), Qt.MouseButton.LeftButton)
    assert "artwork" in designer.draft.data

    files.next = tmp_path / "not-a-picture.png"
    files.next.write_bytes(b"\x89PNG but not really")
    answer_modal(lambda box: box.close())  # "Cannot use this file"
    qtbot.mouseClick(tool(designer, designer.artwork_action), Qt.MouseButton.LeftButton)
    assert designer.draft.data["artwork"].startswith("data:image/png;base64,")  # unchanged

    name = save_as(qtbot, designer, answer_modal, "A6 with sponsor art")
    image, _, _ = rendered(sqlite_meeting, name, "nunez", tmp_path)
    assert image.getpixel((4, 4)) == (255, 224, 130)
    designer.close()


def test_closing_with_unsaved_changes_asks(
    qtbot: QtBot, designer: DesignerWindow, answer_modal: Answer
) -> None:
    add(qtbot, designer, "line")

    def press(which: QMessageBox.StandardButton) -> Callable[[QWidget], None]:
        def answer(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            box.button(which).click()

        return answer

    answer_modal(press(QMessageBox.StandardButton.Cancel))
    designer.close()
    assert designer.isVisible()
    answer_modal(press(QMessageBox.StandardButton.Discard))
    designer.close()
    assert not designer.isVisible()


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=layouts(), picks=st.lists(st.integers(0, 5), max_size=4))
def test_a_layout_opened_and_saved_unchanged_is_the_same_bytes(
    qtbot: QtBot, sqlite_meeting: Meeting, data: dict, picks: list[int]
) -> None:
    services = sqlite_meeting.services
    data["name"] = "generated"
    text = layout_json(data)
    services.layouts.save(text, sqlite_meeting.desk, replace=True)
    designer = open_designer(qtbot, sqlite_meeting, "generated")
    try:
        assert designer._choice == LayoutChoice("generated", data["title"], True)
        for pick in picks:  # looked at in the properties panel, changed nowhere
            designer.scene.clearSelection()
            designer.items[pick % len(designer.items)].setSelected(True)
            settle()
        assert designer.stack.count() == 0
        with qtbot.waitSignal(designer.saved, timeout=20_000):
            designer.save()
        settle()
        assert services.layouts.text("generated") == text
        assert json.loads(text) == data
    finally:
        designer.close()


def test_the_badges_tab_offers_what_the_designer_saved(
    qtbot: QtBot, sqlite_meeting: Meeting, answer_modal: Answer, tmp_path: Path
) -> None:
    from tests.gui.conftest import close_desk, open_desk

    window = open_desk(qtbot, sqlite_meeting, tmp_path)
    try:
        window.tabs.setCurrentWidget(window.badges_view)
        settle()
        menu = next(a for a in window.menuBar().actions() if a.text() == "&Badges").menu()
        menu.actions()[0].trigger()
        settle()
        designer = next(w for w in QApplication.topLevelWidgets() if isinstance(w, DesignerWindow))
        assert designer.isVisible() and designer.draft.data["name"] == "a6-portrait"
        settle()
        name = save_as(qtbot, designer, answer_modal, "Our A6")
        settle()
        combo = window.badges_view.layout_choice
        assert combo.currentData() == name == "our-a6"
        assert combo.currentText() == "Our A6"
        designer.close()
    finally:
        close_desk(window)


def test_an_element_dragged_from_the_palette_lands_where_it_is_dropped(
    qtbot: QtBot, designer: DesignerWindow
) -> None:
    palette = designer.palette_list
    row = next(
        r for r in range(palette.count()) if palette.item(r).data(Qt.ItemDataRole.UserRole) == "qr"
    )
    data = palette.mimeData([palette.item(row)])  # what the drag carries
    view = designer.view
    at = view.mapFromScene(QPointF(60, 30))
    for kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
        event = (
            QDragMoveEvent(
                at,
                Qt.DropAction.CopyAction,
                data,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
                kind,
            )
            if kind == QEvent.Type.DragMove
            else QDragEnterEvent(
                at,
                Qt.DropAction.CopyAction,
                data,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
            )
        )
        QApplication.sendEvent(view.viewport(), event)
        assert event.isAccepted()
    before = len(designer.draft.elements)
    drop = QDropEvent(
        QPointF(at),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.viewport(), drop)
    settle()
    assert len(designer.draft.elements) == before + 1
    x, y, w, h = designer.draft.geometry(before)
    # Centred where it was dropped, as far as the card lets it be.
    assert w == h == 30
    assert (x, y) == (min(60 - 15, 85.6 - 30), 30 - 15)


def test_a_custom_badge_size_is_one_step_to_undo(qtbot: QtBot, sqlite_meeting: Meeting) -> None:
    designer = open_designer(qtbot, sqlite_meeting, "a6-portrait")
    type_into(qtbot, designer.badge_width, "110")
    assert designer.draft.data["badge"] == {"width": 110, "height": 148}
    assert designer.draft.data["page"] == {"width": 110, "height": 148}  # one badge a page
    assert designer.scene.sceneRect().width() == 110
    qtbot.mouseClick(tool(designer, designer.undo_action), Qt.MouseButton.LeftButton)
    assert (
        designer.draft.data["badge"] == designer.draft.data["page"] == {"width": 105, "height": 148}
    )
    # Smaller than what is on it: the elements outside are said, and it cannot be saved.
    type_into(qtbot, designer.badge_height, "100")
    outside = {p.index for p in designer.problems if p.trouble is Trouble.OUTSIDE_BADGE}
    assert outside and all(designer.items[i].problems for i in outside)


def test_arrow_keys_nudge_and_ctrl_z_undoes_the_nudges_at_once(
    qtbot: QtBot, designer: DesignerWindow
) -> None:
    code = next(i for i, e in enumerate(designer.draft.elements) if e["kind"] == "qr")
    pick(qtbot, designer, code)
    x, y, w, h = designer.draft.geometry(code)
    qtbot.keyClick(designer.view, Qt.Key.Key_Left)
    qtbot.keyClick(designer.view, Qt.Key.Key_Left)
    qtbot.keyClick(designer.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    assert designer.draft.geometry(code) == (x - 1.0, y - 5.0, w, h)
    assert designer.items[code].geometry() == (x - 1.0, y - 5.0, w, h)
    designer.activateWindow()
    qtbot.keyClick(designer.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert designer.draft.geometry(code) == (x, y, w, h)  # the nudges were one step
    qtbot.keyClick(
        designer.view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert designer.draft.geometry(code) == (x - 1.0, y - 5.0, w, h)


def test_a_layout_saved_at_another_desk_is_offered_when_the_badges_tab_shows(
    qtbot: QtBot, sqlite_meeting: Meeting, tmp_path: Path
) -> None:
    from meetingdesk.domain.values import Desk
    from meetingdesk.services.app import open_services
    from tests.gui.conftest import close_desk, open_desk

    window = open_desk(qtbot, sqlite_meeting, tmp_path)
    try:
        other = open_services(sqlite_meeting.services.target.url, clock=sqlite_meeting.clock)
        try:
            data = json.loads(other.layouts.text("card-cr80"))
            data["name"], data["title"] = "desk-two", "Made at desk 2"
            other.layouts.save(json.dumps(data), Desk("Desk 2", "bob"), replace=False)
        finally:
            other.close()
        combo = window.badges_view.layout_choice
        assert combo.findData("desk-two") < 0
        window.tabs.setCurrentWidget(window.badges_view)
        settle()
        assert combo.itemText(combo.findData("desk-two")) == "Made at desk 2"
    finally:
        close_desk(window)
