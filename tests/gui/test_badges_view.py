"""Printing from the window, as organisers print on site: a print system that
takes the job, one that refuses it, a print dialog cancelled; a PDF saved to a
file; a reprint that names the person first and revokes nothing unless the new
badge reached the printer; a badge at check-in that did not print.

The printers are real QPrinters: a PDF printer writing into a folder that
exists (the print system takes the job) or into one that does not (it refuses
the job at the start, as a missing or offline printer does)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from meetingdesk.domain.values import Desk, Outcome, Refusal
from meetingdesk.qt.views.badges_view import BadgesView, JobReport
from meetingdesk.qt.views.checkin_view import CheckInView
from meetingdesk.services.app import Services, open_services
from meetingdesk.services.badges import ReprintOutcome
from meetingdesk.services.demo import build_demo
from meetingdesk.services.desk_session import DeskSession
from tests.conftest import Meeting
from tests.gui.conftest import settle

Answer = Callable[[Callable[[QWidget], None]], None]


class PrintSystem:
    """Hands out printers as the print dialog would: one that takes jobs, one
    that refuses them, or none at all (the dialog cancelled, no printer)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.mode = "accept"  # or "refuse", "none"
        self.asked: list[bool] = []
        self.files: list[Path] = []

    def __call__(self, parent: QWidget, interactive: bool) -> QPrinter | None:
        self.asked.append(interactive)
        if self.mode == "none":
            return None
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        folder = self.folder if self.mode == "accept" else self.folder / "unplugged"
        path = folder / f"printed-{len(self.asked)}.pdf"
        printer.setOutputFileName(str(path))
        if self.mode == "accept":
            self.files.append(path)
        return printer


# Qt says so when a printer refuses a job; here that is the point of the test.
REFUSING = pytest.mark.qt_log_ignore("QPainter::begin")


@pytest.fixture
def printers(tmp_path: Path) -> PrintSystem:
    return PrintSystem(tmp_path)


class Desktop:
    """The file dialog and the file manager, as the person uses them."""

    def __init__(self, chosen: Path | None) -> None:
        self.chosen = chosen
        self.opened: list[Path] = []

    def choose(self, parent: QWidget, suggested: str) -> Path | None:
        return self.chosen

    def open_folder(self, path: Path) -> None:
        self.opened.append(path)


def make_view(
    qtbot: QtBot,
    services: Services,
    desk: Desk,
    printers: PrintSystem,
    tmp_path: Path,
    desktop: Desktop | None = None,
) -> BadgesView:
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    desktop = desktop or Desktop(None)
    view = BadgesView(
        services.badges,
        services.registry,
        desk,
        printer_provider=printers,
        file_chooser=desktop.choose,
        folder_opener=desktop.open_folder,
        settings=settings,
    )
    qtbot.addWidget(view)
    view.show()
    settle()  # the count answers off the GUI thread
    return view


def run_job(qtbot: QtBot, view: BadgesView, start: Callable[[], None]) -> JobReport:
    with qtbot.waitSignal(view.finished, timeout=20_000) as finished:
        start()
    settle()  # the count, asked again once the job ended, answers off the GUI thread
    report: JobReport = finished.args[0]
    return report


def click(qtbot: QtBot, button: QPushButton) -> Callable[[], None]:
    return lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def qr_payloads(pdf: Path) -> list[str]:
    document = pdfium.PdfDocument(str(pdf))
    try:
        return [
            code.text
            for page in document
            for code in zxingcpp.read_barcodes(page.render(scale=3).to_pil())
        ]
    finally:
        document.close()


def test_count_follows_the_choice(
    qtbot: QtBot, sqlite_meeting: Meeting, printers: PrintSystem, tmp_path: Path
) -> None:
    view = make_view(qtbot, sqlite_meeting.services, sqlite_meeting.desk, printers, tmp_path)
    assert view.count.text() == "13 badge(s) to print"
    qtbot.mouseClick(view.by_category, Qt.MouseButton.LeftButton)
    view.category.setCurrentIndex(view.category.findData("MPC"))
    settle()
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


@REFUSING
def test_only_a_job_the_printer_took_marks_badges_printed(
    qtbot: QtBot, sqlite_meeting: Meeting, printers: PrintSystem, tmp_path: Path
) -> None:
    services = sqlite_meeting.services
    view = make_view(qtbot, services, sqlite_meeting.desk, printers, tmp_path)
    view.layout_choice.setCurrentIndex(view.layout_choice.findData("a4-4up-a6"))

    printers.mode = "none"  # the print dialog cancelled
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    assert view.status.text() == "Nothing was printed: no printer was chosen."
    assert view.count.text() == "13 badge(s) to print"

    printers.mode = "refuse"
    report = run_job(qtbot, view, click(qtbot, view.print_button))
    assert report.job is not None and not report.printed
    assert view.status.text().startswith("The printer ")
    assert view.status.text().endswith("did not take the job: no badge counts as printed.")
    assert view.count.text() == "13 badge(s) to print"
    assert services.badges.select(not_printed=True)[0] != []

    printers.mode = "accept"
    report = run_job(qtbot, view, click(qtbot, view.print_button))
    assert report.printed
    assert view.status.text() == "13 badge(s) printed on 4 page(s)."
    assert view.count.text() == "0 badge(s) to print"
    sent = PdfReader(printers.files[-1])
    assert len(sent.pages) == 4  # 13 badges, four to a sheet
    width, height = float(sent.pages[0].mediabox.width), float(sent.pages[0].mediabox.height)
    assert (round(width), round(height)) == (595, 842)  # A4
    assert printers.asked == [True, True, True]


def test_save_as_pdf_asks_before_counting_as_printed(
    qtbot: QtBot,
    sqlite_meeting: Meeting,
    printers: PrintSystem,
    tmp_path: Path,
    answer_modal: Answer,
) -> None:
    services = sqlite_meeting.services
    target = tmp_path / "for the printer.pdf"
    desktop = Desktop(target)
    view = make_view(qtbot, services, sqlite_meeting.desk, printers, tmp_path, desktop)

    answer_modal(lambda box: box.button(QMessageBox.StandardButton.No).click())  # type: ignore[attr-defined]
    run_job(qtbot, view, click(qtbot, view.pdf_button))
    assert len(PdfReader(target).pages) == 13
    assert view.status.text() == f"13 badge(s) saved to {target}. They do not count as printed."
    assert view.count.text() == "13 badge(s) to print"
    assert printers.asked == []
    qtbot.mouseClick(view.open_folder_button, Qt.MouseButton.LeftButton)
    assert desktop.opened == [target]

    answer_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())  # type: ignore[attr-defined]
    run_job(qtbot, view, click(qtbot, view.pdf_button))
    assert view.status.text() == (f"13 badge(s) saved to {target}. 13 now count as printed.")
    assert view.count.text() == "0 badge(s) to print"


def test_save_as_pdf_over_the_database_is_refused(
    qtbot: QtBot, sqlite_meeting: Meeting, printers: PrintSystem, tmp_path: Path
) -> None:
    services = sqlite_meeting.services
    database = services.target.path
    assert database is not None
    before = database.read_bytes()
    wal = database.with_name(database.name + "-wal")
    view = make_view(qtbot, services, sqlite_meeting.desk, printers, tmp_path, Desktop(wal))
    run_job(qtbot, view, click(qtbot, view.pdf_button))
    assert "is the database (or its log, or a copy of it)" in view.status.text()
    assert database.read_bytes() == before
    assert not view.open_folder_button.isVisible()


@pytest.fixture
def big_demo(tmp_path: Path) -> Iterator[Services]:
    services = open_services(tmp_path / "demo.sqlite3")
    build_demo(services, delegates=400, seed=5)
    yield services
    services.close()


def test_cancel_a_large_batch(
    qtbot: QtBot, big_demo: Services, printers: PrintSystem, tmp_path: Path
) -> None:
    target = tmp_path / "all.pdf"
    view = make_view(qtbot, big_demo, Desk("Desk 1", "ana"), printers, tmp_path, Desktop(target))
    before = view.count.text()
    qtbot.mouseClick(view.pdf_button, Qt.MouseButton.LeftButton)
    assert view.cancel_button.isVisible()
    with qtbot.waitSignal(view.finished, timeout=20_000):
        qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    assert view.status.text() == "Cancelled: nothing was printed."
    assert not target.exists()
    assert view.count.text() == before


def reprint_dialog_answer(
    reason: str | None = None, accept: bool = True
) -> Callable[[QWidget], None]:
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QDialog)
        if reason is not None:
            combo = dialog.findChild(QComboBox, "reprintDialogReason")
            assert combo is not None
            combo.setCurrentIndex(combo.findData(reason))
        if accept:
            button = dialog.findChild(QPushButton, "reprintConfirm")
            assert button is not None
            button.click()
        else:
            dialog.reject()

    return answer


@REFUSING
def test_reprint_names_the_person_and_revokes_only_what_was_printed(
    qtbot: QtBot,
    sqlite_meeting: Meeting,
    printers: PrintSystem,
    tmp_path: Path,
    answer_modal: Answer,
) -> None:
    services, meeting = sqlite_meeting.services, sqlite_meeting
    old = meeting.payload("dorde")
    view = make_view(qtbot, services, meeting.desk, printers, tmp_path)
    seen: list[str] = []

    def look_then_cancel(dialog: QWidget) -> None:
        seen.extend(
            label.text() for label in dialog.findChildren(QWidget) if hasattr(label, "text")
        )
        reprint_dialog_answer(accept=False)(dialog)

    # The dialog names the person; Cancel there changes nothing.
    qtbot.keyClicks(view.reprint_code, meeting.code("dorde"))
    answer_modal(look_then_cancel)
    qtbot.mouseClick(view.reprint_button, Qt.MouseButton.LeftButton)
    assert any(text == "Đorđe Đukić\nЂорђе Ђукић\nSerbia" for text in seen)
    assert view.status.text() == "Not reprinted: the badge of Đorđe Đukić still works."

    # Cancel in the print dialog: nothing revoked. (The code stays, for a retry.)
    assert view.reprint_code.text() == meeting.code("dorde")
    printers.mode = "none"
    answer_modal(reprint_dialog_answer("damaged"))
    qtbot.mouseClick(view.reprint_button, Qt.MouseButton.LeftButton)
    assert view.status.text() == (
        "Not reprinted: no printer was chosen. The badge of Đorđe Đukić still works."
    )

    # A printer that refuses the job: nothing revoked.
    printers.mode = "refuse"
    answer_modal(reprint_dialog_answer("damaged"))
    report = run_job(qtbot, view, click(qtbot, view.reprint_button))
    assert report.reprint is not None
    assert report.reprint.outcome is ReprintOutcome.PRINT_REFUSED
    assert view.status.text().endswith(
        "did not take the new badge: the badge of Đorđe Đukić still works."
    )
    assert services.registry.delegate(meeting.people["dorde"]).badge_generation == 1
    assert services.checkin.check_in(old, meeting.desk).outcome is Outcome.DONE

    # A printer that takes it: the old badge is refused everywhere, the new one prints.
    printers.mode = "accept"
    qtbot.keyClicks(view.reprint_code, meeting.code("dorde"))
    answer_modal(reprint_dialog_answer("damaged"))
    report = run_job(qtbot, view, click(qtbot, view.reprint_button))
    assert report.printed
    assert view.status.text() == (
        "Badge of Đorđe Đukić reprinted (damaged): the old badge no longer works."
    )
    assert services.checkin.check_in(old, meeting.desk).refusal is Refusal.REVOKED
    assert qr_payloads(printers.files[-1]) == [meeting.payload("dorde")]
    assert services.badges.is_printed(meeting.people["dorde"])


def test_a_reprint_another_desk_made_first_is_not_made_twice(
    qtbot: QtBot,
    sqlite_meeting: Meeting,
    printers: PrintSystem,
    tmp_path: Path,
    answer_modal: Answer,
) -> None:
    services, meeting = sqlite_meeting.services, sqlite_meeting
    view = make_view(qtbot, services, meeting.desk, printers, tmp_path)
    qtbot.keyClicks(view.reprint_code, meeting.code("isik"))

    def other_desk_first(dialog: QWidget) -> None:
        # While this dialog is open, Desk 2 reprints the same badge.
        services.badges.reprint(
            meeting.people["isik"], "lost", Desk("Desk 2", "bob"), tmp_path / "desk2.pdf"
        )
        reprint_dialog_answer("lost")(dialog)

    answer_modal(other_desk_first)
    report = run_job(qtbot, view, click(qtbot, view.reprint_button))
    assert report.reprint is not None
    assert report.reprint.outcome is ReprintOutcome.SUPERSEDED
    assert "was reprinted just now at Desk 2" in view.status.text()
    assert services.registry.delegate(meeting.people["isik"]).badge_generation == 2
    assert printers.files == [] or not printers.files[-1].exists()


@REFUSING
def test_a_badge_that_did_not_print_at_check_in_shows_on_the_panel(
    qtbot: QtBot, sqlite_meeting: Meeting, printers: PrintSystem, tmp_path: Path
) -> None:
    services, meeting = sqlite_meeting.services, sqlite_meeting
    badges = make_view(qtbot, services, meeting.desk, printers, tmp_path)
    checkin = CheckInView(DeskSession(services), meeting.desk)
    qtbot.addWidget(checkin)
    checkin.show()
    checkin.checkedIn.connect(badges.print_for_checkin)
    badges.printFailed.connect(checkin.panel.show_print_failure)
    checkin.panel.retryPrint.connect(badges.print_delegate)
    qtbot.mouseClick(badges.auto_print, Qt.MouseButton.LeftButton)

    printers.mode = "refuse"
    with qtbot.waitSignal(badges.printFailed, timeout=20_000):
        qtbot.keyClicks(checkin.field, meeting.payload("celik"))
        qtbot.keyClick(checkin.field, Qt.Key.Key_Return)
    assert checkin.panel.print_notice.isVisible()
    assert checkin.panel.print_problem.text().startswith(
        "The badge of Mehmet Çelik was not printed: the printer "
    )
    assert not services.badges.is_printed(meeting.people["celik"])

    printers.mode = "accept"  # the paper is back in
    with qtbot.waitSignal(badges.finished, timeout=20_000):
        qtbot.mouseClick(checkin.panel.retry_button, Qt.MouseButton.LeftButton)
    assert not checkin.panel.print_notice.isVisible()
    assert printers.asked == [False, False]  # no dialog at a busy desk
    assert qr_payloads(printers.files[-1]) == [meeting.payload("celik")]
    assert services.badges.is_printed(meeting.people["celik"])


def test_check_ins_in_quick_succession_print_in_turn(
    qtbot: QtBot, sqlite_meeting: Meeting, printers: PrintSystem, tmp_path: Path
) -> None:
    services, meeting = sqlite_meeting.services, sqlite_meeting
    badges = make_view(qtbot, services, meeting.desk, printers, tmp_path)
    checkin = CheckInView(DeskSession(services), meeting.desk)
    qtbot.addWidget(checkin)
    checkin.checkedIn.connect(badges.print_for_checkin)
    qtbot.mouseClick(badges.auto_print, Qt.MouseButton.LeftButton)
    reports: list[JobReport] = []
    badges.finished.connect(reports.append)
    for who in ("celik", "isik", "hoxhe"):
        qtbot.keyClicks(checkin.field, meeting.payload(who))
        qtbot.keyClick(checkin.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(reports) == 3, timeout=30_000)
    assert all(report.printed for report in reports)
    assert sorted(p for f in printers.files for p in qr_payloads(f)) == sorted(
        meeting.payload(w) for w in ("celik", "isik", "hoxhe")
    )


def test_a_corrected_name_offers_a_reprint(
    qtbot: QtBot,
    sqlite_meeting: Meeting,
    printers: PrintSystem,
    tmp_path: Path,
    answer_modal: Answer,
) -> None:
    from meetingdesk.qt.app import build_window

    services, meeting = sqlite_meeting.services, sqlite_meeting
    who = meeting.people["nunez"]
    result = services.badges.render([who], tmp_path / "first.pdf")
    services.badges.record_printed(result, meeting.desk)
    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    window = build_window(services, meeting.desk, settings, printer_provider=printers)
    qtbot.addWidget(window)
    window.show()
    delegates = window.delegates_view
    assert delegates is not None
    window.tabs.setCurrentWidget(delegates)
    delegates.reload()
    settle()  # read off the GUI thread
    delegates.select(who)

    asked: list[str] = []

    def save(dialog: QWidget) -> None:
        field = dialog.findChild(QWidget, "given_name")
        field.setText("Begoña María")  # type: ignore[attr-defined]
        answer_modal(offer)
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        buttons.button(QDialogButtonBox.StandardButton.Save).click()

    def offer(box: QWidget) -> None:
        asked.append(box.text())  # type: ignore[attr-defined]
        answer_modal(reprint_dialog_answer())
        box.button(QMessageBox.StandardButton.Yes).click()  # type: ignore[attr-defined]

    answer_modal(save)
    with qtbot.waitSignal(window.badges_view.finished, timeout=20_000) as finished:
        delegates.edit_selected()
    assert asked == [
        "The badge of Begoña María Núñez Ibáñez was printed with the old name. Reprint it now"
        " (reason: name corrected)? The old badge then stops working."
    ]
    summary = services.registry.delegate(who)
    assert summary.badge_name == "Begoña María Núñez Ibáñez"  # the badge name followed
    assert summary.badge_generation == 2
    reprinted = finished.args[0].reprint
    assert reprinted.reason == "name-corrected" and reprinted.printed
    text = PdfReader(reprinted.out).pages[0].extract_text()
    assert "Begoña María Núñez Ibáñez" in " ".join(text.split())
    assert qr_payloads(printers.files[-1]) == [meeting.payload("nunez")]
    assert QApplication.activeModalWidget() is None


def test_people_found_by_name_and_codes_as_printed(
    qtbot: QtBot, sqlite_meeting: Meeting, printers: PrintSystem, tmp_path: Path
) -> None:
    from meetingdesk.domain.values import printed_code

    m = sqlite_meeting
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    view = BadgesView(
        m.services.badges,
        m.services.registry,
        m.desk,
        printer_provider=printers,
        settings=settings,
        search=m.services.search,
    )
    qtbot.addWidget(view)
    view.show()
    finder, reprint = view.find_person, view.reprint_find
    assert finder is not None and reprint is not None

    qtbot.keyClicks(finder, "masry")  # one person: taken at once
    qtbot.keyClick(finder, Qt.Key.Key_Return)
    assert view.codes.text() == printed_code(m.code("masry"))  # as the badge prints it
    assert view.by_codes.isChecked()
    assert view.count.text() == "1 badge(s) to print"

    qtbot.keyClicks(finder, "jovanovic")  # several: offered, the person chooses
    qtbot.keyClick(finder, Qt.Key.Key_Return)
    assert finder.menu is not None
    offered = [a.text() for a in finder.menu.actions()]
    assert len(offered) == 2 and all("Serbia" in text for text in offered)
    finder.menu.actions()[0].trigger()
    settle()
    assert view.count.text() == "2 badge(s) to print"

    view.codes.clear()  # typed from a badge, with its space, in lower case
    qtbot.keyClicks(view.codes, printed_code(m.code("celik")).lower())
    assert view.count.text() == "1 badge(s) to print"

    qtbot.keyClicks(reprint, "nunez")
    qtbot.keyClick(reprint, Qt.Key.Key_Return)
    assert view.reprint_code.text() == printed_code(m.code("nunez"))
    qtbot.keyClicks(reprint, "zzzqqq")
    qtbot.keyClick(reprint, Qt.Key.Key_Return)
    assert view.status.text() == "No one found."
