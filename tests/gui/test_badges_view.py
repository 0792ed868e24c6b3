"""Printing from the window: choose who, print or open the PDF, cancel, reprint,
and print at check-in."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from meetingdesk.domain.values import Desk, Refusal
from meetingdesk.qt.views.badges_view import BadgesView
from meetingdesk.qt.views.checkin_view import CheckInView
from meetingdesk.services.app import Services, open_services
from meetingdesk.services.demo import build_demo
from tests.conftest import Meeting


class FakePrinters:
    """Printers that write PDF files, handed out as the print dialog would."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.asked: list[bool] = []
        self.files: list[Path] = []

    def __call__(self, parent: QWidget, interactive: bool) -> QPrinter:
        self.asked.append(interactive)
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        path = self.folder / f"printed-{len(self.files)}.pdf"
        printer.setOutputFileName(str(path))
        self.files.append(path)
        return printer


@pytest.fixture
def printers(tmp_path: Path) -> FakePrinters:
    return FakePrinters(tmp_path)


def make_view(
    qtbot: QtBot,
    services: Services,
    desk: Desk,
    printers: FakePrinters,
    opened: list[Path],
    tmp_path: Path,
) -> BadgesView:
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    view = BadgesView(
        services.badges,
        services.registry,
        desk,
        printer_provider=printers,
        opener=opened.append,
        settings=settings,
    )
    qtbot.addWidget(view)
    view.show()
    return view


def test_count_follows_the_choice(
    qtbot: QtBot, sqlite_meeting: Meeting, printers: FakePrinters, tmp_path: Path
) -> None:
    view = make_view(qtbot, sqlite_meeting.services, sqlite_meeting.desk, printers, [], tmp_path)
    assert view.count.text() == "13 badge(s) to print"
    qtbot.mouseClick(view.by_category, Qt.MouseButton.LeftButton)
    view.category.setCurrentIndex(view.category.findData("MPC"))
    assert view.count.text() == "1 badge(s) to print"
    sqlite_meeting.services.registry.set_cancelled(
        sqlite_meeting.people["celik"], True, sqlite_meeting.desk
    )
    qtbot.mouseClick(view.by_codes, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.codes, f"{sqlite_meeting.code('celik')} {sqlite_meeting.code('isik')}")
    assert view.count.text() == "1 badge(s) to print (1 cancelled registration(s) left out)"
    qtbot.keyClicks(view.codes, " NOPE2345")
    assert "NOPE2345" in view.count.text()
    assert not view.print_button.isEnabled()


def test_open_as_pdf_then_nothing_left_to_print(
    qtbot: QtBot, sqlite_meeting: Meeting, printers: FakePrinters, tmp_path: Path
) -> None:
    opened: list[Path] = []
    view = make_view(
        qtbot, sqlite_meeting.services, sqlite_meeting.desk, printers, opened, tmp_path
    )
    with qtbot.waitSignal(view.printed, timeout=20_000):
        qtbot.mouseClick(view.pdf_button, Qt.MouseButton.LeftButton)
    assert len(PdfReader(opened[0]).pages) == 13
    assert view.status.text() == "13 badge(s) printed on 13 page(s)."
    assert view.count.text() == "0 badge(s) to print"
    assert not view.pdf_button.isEnabled()
    assert printers.asked == []


def test_print_goes_to_the_chosen_printer(
    qtbot: QtBot, sqlite_meeting: Meeting, printers: FakePrinters, tmp_path: Path
) -> None:
    view = make_view(qtbot, sqlite_meeting.services, sqlite_meeting.desk, printers, [], tmp_path)
    view.layout_choice.setCurrentIndex(view.layout_choice.findData("a4-4up-a6"))
    with qtbot.waitSignal(view.printed, timeout=20_000):
        qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    assert printers.asked == [True]
    sent = PdfReader(printers.files[0])
    assert len(sent.pages) == 4  # 13 badges, four to a sheet
    width, height = float(sent.pages[0].mediabox.width), float(sent.pages[0].mediabox.height)
    assert (round(width), round(height)) == (595, 842)  # A4


@pytest.fixture
def big_demo(tmp_path: Path) -> Services:
    services = open_services(tmp_path / "demo.sqlite3")
    build_demo(services, delegates=400, seed=5)
    return services


def test_cancel_a_large_batch(
    qtbot: QtBot, big_demo: Services, printers: FakePrinters, tmp_path: Path
) -> None:
    opened: list[Path] = []
    view = make_view(qtbot, big_demo, Desk("Desk 1", "ana"), printers, opened, tmp_path)
    before = view.count.text()
    qtbot.mouseClick(view.pdf_button, Qt.MouseButton.LeftButton)
    assert view.cancel_button.isVisible()
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.progress.isVisible(), timeout=20_000)
    assert view.status.text() == "Cancelled: nothing was printed."
    assert opened == []
    assert view.count.text() == before
    big_demo.close()


def test_reprint_revokes_the_old_badge(
    qtbot: QtBot, sqlite_meeting: Meeting, printers: FakePrinters, tmp_path: Path
) -> None:
    services = sqlite_meeting.services
    old = sqlite_meeting.payload("dorde")
    view = make_view(qtbot, services, sqlite_meeting.desk, printers, [], tmp_path)
    qtbot.keyClicks(view.reprint_code, sqlite_meeting.code("dorde"))
    view.reprint_reason.setCurrentIndex(view.reprint_reason.findData("damaged"))
    with qtbot.waitSignal(view.printed, timeout=20_000):
        qtbot.mouseClick(view.reprint_button, Qt.MouseButton.LeftButton)
    assert services.checkin.check_in(old, sqlite_meeting.desk).refusal is Refusal.REVOKED
    document = pdfium.PdfDocument(str(printers.files[0]))
    image = document[0].render(scale=3).to_pil()
    document.close()
    decoded = [c.text for c in zxingcpp.read_barcodes(image)]
    assert decoded == [sqlite_meeting.payload("dorde")]


def test_badge_printed_at_check_in_when_the_desk_asks(
    qtbot: QtBot, sqlite_meeting: Meeting, printers: FakePrinters, tmp_path: Path
) -> None:
    services = sqlite_meeting.services
    badges = make_view(qtbot, services, sqlite_meeting.desk, printers, [], tmp_path)
    checkin = CheckInView(services.search, services.checkin, sqlite_meeting.desk)
    qtbot.addWidget(checkin)
    checkin.checkedIn.connect(badges.print_for_checkin)
    qtbot.mouseClick(badges.auto_print, Qt.MouseButton.LeftButton)

    with qtbot.waitSignal(badges.printed, timeout=20_000):
        qtbot.keyClicks(checkin.field, sqlite_meeting.payload("celik"))
        qtbot.keyClick(checkin.field, Qt.Key.Key_Return)

    assert printers.asked == [False]  # no dialog at a busy desk
    assert len(PdfReader(printers.files[0]).pages) == 1
    assert services.badges.is_printed(sqlite_meeting.people["celik"])
