"""A real meeting from an empty folder to the last export, through the window only:
the start page, a new event with the OSCE preset, a category and a session added
by hand, a delegate list imported, badges printed, a check-in by scanning a
printed badge and one by name, an admission at the door, and every export
written from the File menu. Then the database and the files are read back."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
import zxingcpp
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QDate, QSettings, Qt, QTime
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from meetingdesk.domain.model import Attendance, AuditEntry, CheckIn, Delegate
from meetingdesk.domain.values import Desk
from meetingdesk.qt.app import build_window, open_or_start
from meetingdesk.qt.views.event_setup import EventSetupDialog
from meetingdesk.qt.views.export_dialog import ExportDialog
from meetingdesk.qt.views.import_wizard import ImportWizard
from meetingdesk.qt.views.main_window import MainWindow
from meetingdesk.services import audit
from tests.conftest import MADRID, FakeClock
from tests.gui.conftest import settle, type_with_layout

Answer = Callable[[Callable[[QWidget], None]], None]

LIST = (
    "Nombre;Apellidos;Delegación;Categoría;Correo electrónico;Cargo\n"
    "Ana;García López;Spain;DEL;ana@es.example;Comisaria\n"
    "Јован;Јовановић;Serbia;DEL;jovan@rs.example;Inspector\n"
    "Eleni;Papadopoulou;Greece;DEL;;Police Major\n"
    "Youssef;El-Masry;Egypt;PC;youssef@eg.example;Brigadier\n"
    "Maria;Rossi;Italy;VIP;maria@it.example;Minister of the Interior\n"
)


class PdfPrinter:
    """The desk's print system: a PDF printer that takes every job."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.files: list[Path] = []

    def __call__(self, parent: QWidget, interactive: bool) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        path = self.folder / f"printed-{len(self.files)}.pdf"
        printer.setOutputFileName(str(path))
        self.files.append(path)
        return printer


def button(parent: QWidget, name: str) -> QPushButton:
    found = parent.findChild(QPushButton, name)
    assert found is not None, name
    return found


def field(parent: QWidget, name: str) -> QWidget:
    found = parent.findChild(QWidget, name)
    assert found is not None, name
    return found


def fill(widget: QWidget, text: str) -> None:
    assert isinstance(widget, QLineEdit)
    widget.clear()
    type_with_layout(widget, text)


def ok(form: QWidget) -> None:
    buttons = form.findChild(QDialogButtonBox)
    assert buttons is not None
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def menu_action(window: MainWindow, text: str) -> QAction:
    for action in window.findChildren(QAction):
        if action.text().replace("&", "") == text:
            return action
    raise AssertionError(f"no menu entry {text!r}")


def qr_payloads(pdf: Path) -> list[str]:
    document = pdfium.PdfDocument(str(pdf))
    try:
        return [
            c.text
            for page in document
            for c in zxingcpp.read_barcodes(page.render(scale=2).to_pil())
        ]
    finally:
        document.close()


def test_a_meeting_from_nothing_through_the_window(
    qtbot: QtBot, tmp_path: Path, answer_modal: Answer
) -> None:
    clock = FakeClock(dt.datetime(2026, 12, 3, 8, 0, tzinfo=MADRID))
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    database = tmp_path / "osce-madrid.sqlite3"

    # --- the start page, a new event with the OSCE preset --------------------------------
    def new_event(form: QWidget) -> None:
        fill(field(form, "title"), "Police Experts Meeting")
        fill(field(form, "venue"), "Hotel Chamartín")
        fill(field(form, "city"), "Madrid")
        field(form, "start_date").setDate(QDate(2026, 12, 3))  # type: ignore[attr-defined]
        field(form, "end_date").setDate(QDate(2026, 12, 4))  # type: ignore[attr-defined]
        zone = field(form, "time_zone")
        assert isinstance(zone, QComboBox)
        zone.setCurrentIndex(zone.findData("Europe/Madrid"))
        assert field(form, "presetOsce").isChecked()  # type: ignore[attr-defined]
        fill(field(form, "databaseFile"), str(database))
        fill(field(form, "newPassphrase"), "correct horse battery")
        fill(field(form, "newPassphraseAgain"), "correct horse battery")
        button(form, "createEvent").click()

    def start(page: QWidget) -> None:
        assert "There is no meeting on this computer yet" in field(page, "startReason").text()  # type: ignore[attr-defined]
        answer_modal(new_event)
        button(page, "startNew").click()

    answer_modal(start)
    opened = open_or_start(None, settings, str(tmp_path / "default.sqlite3"), clock)
    assert opened is not None
    services, temporary = opened
    assert temporary is None
    assert settings.value("database/last") == str(database)
    printer = PdfPrinter(tmp_path)
    window = build_window(services, Desk("Desk 1", "ana"), settings, printer_provider=printer)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    assert window.windowTitle() == "Police Experts Meeting — meetingdesk"

    # --- a category and a session, by hand --------------------------------------------------
    def category(form: QWidget) -> None:
        fill(field(form, "code"), "VIP")
        fill(field(form, "label"), "Ministers")
        ok(form)

    def session(form: QWidget) -> None:
        fill(field(form, "title"), "Opening session")
        fill(field(form, "room"), "Sala Madrid")
        field(form, "day").setDate(QDate(2026, 12, 3))  # type: ignore[attr-defined]
        field(form, "start").setTime(QTime(9, 0))  # type: ignore[attr-defined]
        field(form, "end").setTime(QTime(10, 0))  # type: ignore[attr-defined]
        ok(form)

    def set_up(dialog: QWidget) -> None:
        assert isinstance(dialog, EventSetupDialog)
        assert dialog.delegations.table.rowCount() == 68
        dialog.tabs.setCurrentWidget(dialog.categories)
        answer_modal(category)
        button(dialog, "categoriesAdd").click()
        dialog.tabs.setCurrentWidget(dialog.sessions)
        answer_modal(session)
        button(dialog, "sessionsAdd").click()
        button(dialog, "saveSetup").click()
        settle()  # saved off the window's thread
        assert dialog.message.text() == "Saved."
        button(dialog, "closeSetup").click()

    answer_modal(set_up)
    menu_action(window, "Event set-up…").trigger()

    # --- the delegate list, imported -----------------------------------------------------------
    source = tmp_path / "lista.csv"
    source.write_text(LIST, encoding="utf-8")

    def import_list(wizard: QWidget) -> None:
        assert isinstance(wizard, ImportWizard)
        path = wizard.file_page.path
        qtbot.keyClicks(path, str(source))
        qtbot.keyClick(path, Qt.Key.Key_Return)
        for _ in range(3):
            next_button = wizard.button(QWizard.WizardButton.NextButton)
            qtbot.waitUntil(next_button.isEnabled, timeout=10_000)
            next_button.click()
        qtbot.waitUntil(lambda: wizard.imported is not None, timeout=10_000)
        wizard.button(QWizard.WizardButton.FinishButton).click()

    answer_modal(import_list)
    menu_action(window, "Import delegates…").trigger()
    assert window.counts_panel is not None
    qtbot.waitUntil(lambda: "of 5" in window.counts_panel.total.text(), timeout=5_000)

    # --- badges, printed -------------------------------------------------------------------
    badges = window.badges_view
    window.tabs.setCurrentWidget(badges)
    settle()  # counted off the GUI thread
    assert badges.count.text() == "5 badge(s) to print"

    def unlock(dialog: QWidget) -> None:  # once a day, on the machine that prints
        fill(field(dialog, "passphrase"), "correct horse battery")
        ok(dialog)

    answer_modal(unlock)
    with qtbot.waitSignal(badges.finished, timeout=30_000):
        qtbot.mouseClick(badges.print_button, Qt.MouseButton.LeftButton)
    settle()
    assert badges.count.text() == "0 badge(s) to print"
    printed = qr_payloads(printer.files[-1])
    assert len(printed) == 5

    # --- a check-in by scanning a printed badge, one by name ----------------------------------
    checkin = window.checkin_view
    window.tabs.setCurrentWidget(checkin)
    clock.set_local("08:40")
    qtbot.keyClicks(checkin.field, printed[0])
    qtbot.keyClick(checkin.field, Qt.Key.Key_Return)
    assert checkin.panel.headline.text() == "Checked in"
    scanned_name = checkin.panel.name.text()
    type_with_layout(checkin.field, "јован")
    qtbot.waitUntil(lambda: checkin.model.rowCount() == 1, timeout=5_000)
    qtbot.keyClick(checkin.field, Qt.Key.Key_Return)
    assert checkin.panel.headline.text() == "Checked in"
    assert checkin.panel.name.text() == "Јован Јовановић"

    # --- the door ----------------------------------------------------------------------
    clock.set_local("09:05")
    door = window.door_view
    assert door is not None
    window.tabs.setCurrentWidget(door)
    assert "Opening session" in door.session.currentText()
    qtbot.keyClicks(door.field, printed[0])
    qtbot.keyClick(door.field, Qt.Key.Key_Return)
    assert door.answer.text() == "Admitted"

    # --- every export, from the File menu -----------------------------------------------------
    exports = tmp_path / "exports"
    exports.mkdir()
    wanted = [
        ("attendance", "xlsx"),
        ("participants", "xlsx"),
        ("checkins", "csv"),
        ("statistics", "pdf"),
        ("sheets", "pdf"),
    ]

    def export_all(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportDialog)
        for kind, fmt in wanted:
            dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
            dialog.format.setCurrentIndex(dialog.format.findData(fmt))
            fill(dialog.destination, str(exports / f"{kind}.{fmt}"))
            dialog.export_button.click()
            qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=20_000)
            assert dialog.message.text().endswith(f"written to {exports / f'{kind}.{fmt}'}.")
            assert dialog.open_folder.isVisible()
        dialog.reject()

    answer_modal(export_all)
    menu_action(window, "Export…").trigger()
    assert QApplication.activeModalWidget() is None

    # --- read it all back ----------------------------------------------------------------
    with services.uow.read() as uow:
        db = uow.db
        assert db.execute(select(func.count()).select_from(Delegate)).scalar_one() == 5
        assert db.execute(select(func.count()).select_from(CheckIn)).scalar_one() == 2
        assert db.execute(select(func.count()).select_from(Attendance)).scalar_one() == 1
        actions = list(db.execute(select(AuditEntry.action).order_by(AuditEntry.seq)).scalars())
        assert actions[0] == "event.created"
        assert {"category.added", "session.added", "delegates.imported", "badges.printed"} <= set(
            actions
        )
        assert actions.count("checkin") == 2 and actions.count("attendance") == 1
        assert audit.verify(db) == len(actions)
    attendance = load_workbook(exports / "attendance.xlsx").worksheets[0]
    rows = [list(r) for r in attendance.iter_rows(values_only=True)]
    assert rows[0][4].startswith("Opening session")
    admitted = next(r for r in rows if r[1] == scanned_name)
    assert admitted[4] == dt.time(9, 5)
    participants = load_workbook(exports / "participants.xlsx").worksheets[0]
    family = {r[4] for r in participants.iter_rows(min_row=2, values_only=True)}
    assert family == {"García López", "Јовановић", "Papadopoulou", "El-Masry", "Rossi"}
    checkins = list(csv.reader(io.StringIO((exports / "checkins.csv").read_text("utf-8-sig"))))
    assert [r[1] for r in checkins[1:]].count("check-in") == 2
    statistics = " ".join(p.extract_text() for p in PdfReader(exports / "statistics.pdf").pages)
    assert "Ministers" in statistics
    sheets = " ".join(p.extract_text() for p in PdfReader(exports / "sheets.pdf").pages)
    assert "Opening session" in sheets and "ROSSI" in sheets
    window.close()
    services.close()
