"""Application start-up: open the database (or say clearly why not), ask who is at
the desk once, and show the window."""

from __future__ import annotations

import getpass
import hashlib
import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType
from zoneinfo import ZoneInfo

from platformdirs import user_data_path
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from meetingdesk.domain.errors import MeetingdeskError
from meetingdesk.domain.values import Desk
from meetingdesk.files import OutputRefused
from meetingdesk.qt.i18n import LANGUAGE_KEY, install_translations
from meetingdesk.qt.refresh import DatabaseWatcher
from meetingdesk.qt.scanner import ScannerCapture
from meetingdesk.qt.theme import HIGH_CONTRAST_KEY, apply_theme
from meetingdesk.qt.views.badges_view import BadgesView, PrinterProvider, ask_for_printer
from meetingdesk.qt.views.checkin_view import CheckInView
from meetingdesk.qt.views.counts_panel import CountsPanel
from meetingdesk.qt.views.delegates_view import DelegatesView
from meetingdesk.qt.views.door_view import DoorView
from meetingdesk.qt.views.event_setup import EventSetupDialog
from meetingdesk.qt.views.import_wizard import ImportWizard
from meetingdesk.qt.views.main_window import MainWindow
from meetingdesk.qt.widgets import named
from meetingdesk.qt.wording import event_place, output_problem
from meetingdesk.qt.workers import run_task
from meetingdesk.services.app import Services, open_services
from meetingdesk.services.backup import backup
from meetingdesk.services.importer import ImportService
from meetingdesk.services.offline import OfflineDesk
from meetingdesk.services.overview import OverviewService

log = logging.getLogger("meetingdesk.qt")


class DeskIdentityDialog(QDialog):
    """Asked at first start: the desk's name and who works at it."""

    def __init__(self, desk: str, operator: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is at this desk?"))
        form = QFormLayout(self)
        self.desk = named(QLineEdit(desk), "deskName")
        self.operator = named(QLineEdit(operator), "operatorName")
        form.addRow(self.tr("Desk name"), self.desk)
        form.addRow(self.tr("Operator"), self.operator)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self._accept_if_complete)
        form.addRow(buttons)

    def _accept_if_complete(self) -> None:
        if self.desk.text().strip() and self.operator.text().strip():
            self.accept()


def desk_identity(settings: QSettings) -> Desk:
    desk, operator = settings.value("desk/name", ""), settings.value("desk/operator", "")
    if not desk or not operator:
        dialog = DeskIdentityDialog(str(desk or "Desk 1"), str(operator or getpass.getuser()))
        dialog.exec()
        desk, operator = dialog.desk.text().strip() or "Desk 1", dialog.operator.text().strip()
        settings.setValue("desk/name", desk)
        settings.setValue("desk/operator", operator or getpass.getuser())
    return Desk(str(desk), str(operator or getpass.getuser()))


def open_or_choose(db: str) -> Services | None:
    """Open the database; on a known failure, say why and offer to choose another."""
    while True:
        try:
            return open_services(db, create=False)
        except MeetingdeskError as exc:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                QApplication.translate("app", "Cannot open the database"),
                str(exc),
            )
            choose = box.addButton(
                QApplication.translate("app", "Choose another…"), QMessageBox.ButtonRole.AcceptRole
            )
            box.addButton(QMessageBox.StandardButton.Close)
            box.exec()
            if box.clickedButton() is not choose:
                return None
            chosen, _ = QFileDialog.getOpenFileName(
                None,
                QApplication.translate("app", "Open a meetingdesk database"),
                "",
                QApplication.translate(
                    "app", "meetingdesk databases (*.sqlite3 *.db);;All files (*)"
                ),
            )
            if not chosen:
                return None
            db = chosen


COPY_REFRESH_MS = 5 * 60 * 1000


def offline_desk(services: Services, folder: Path | None = None) -> OfflineDesk | None:
    """For a server database: the local copy and queue that keep the desk going
    (kept in the user's data folder, one per server database)."""
    if services.target.is_sqlite:
        return None
    if folder is None:
        key = hashlib.sha256(services.target.describe().encode()).hexdigest()[:12]
        folder = user_data_path("meetingdesk", appauthor=False) / "offline" / key
    desk = OfflineDesk(services, folder)
    try:
        desk.refresh()
    except MeetingdeskError as exc:
        log.warning("no local copy made: %s", exc)
    return desk


def build_window(
    services: Services,
    desk: Desk,
    settings: QSettings | None = None,
    offline_folder: Path | None = None,
    printer_provider: PrinterProvider = ask_for_printer,
) -> MainWindow:
    """The window and everything it shows, wired to the services of one database
    (``printer_provider``: the desk's print system, which tests replace)."""
    settings = settings or QSettings()
    event = services.setup.event()
    zone = ZoneInfo(event.time_zone)
    today = services.clock().astimezone(zone).date()
    overview = OverviewService(services.uow, services.clock)
    offline = offline_desk(services, offline_folder)
    checkin = CheckInView(
        offline or services.search, offline or services.checkin, desk, services.registry
    )
    badges = BadgesView(
        services.badges,
        services.registry,
        desk,
        printer_provider=printer_provider,
        settings=settings,
        zone=zone,
    )
    delegates = DelegatesView(overview, services.registry, desk, zone)
    counts = CountsPanel()
    door = DoorView(services.attendance, services.search, desk, event.time_zone)
    high_contrast = bool(settings.value(HIGH_CONTRAST_KEY, False, type=bool))
    window = MainWindow(
        title=event.title,
        place=event_place(event.venue, event.city, event.start_date, event.end_date),
        time_zone=event.time_zone,
        sessions=services.attendance.sessions(),
        today=today,
        database=services.target.describe(),
        desk=desk,
        checkin_view=checkin,
        badges_view=badges,
        delegates_view=delegates,
        door_view=door,
        counts_panel=counts,
        open_import=lambda parent: ImportWizard(
            ImportService(services.uow, services.clock), services.registry, desk, parent
        ).exec(),
        open_setup=lambda parent: open_setup(parent),
        open_backup=lambda parent: open_backup(parent),
        high_contrast=high_contrast,
    )

    def open_backup(parent: QWidget) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            QApplication.translate("app", "Back up the database"),
            "meetingdesk-backup.sqlite3",
            "SQLite (*.sqlite3)",
        )
        if not chosen:
            return
        try:
            copied = backup(services.target, Path(chosen))
        except OutputRefused as exc:
            window.show_failure(output_problem(exc))
            return
        except MeetingdeskError as exc:
            window.show_failure(str(exc))
            return
        window.message_bar.show_message(
            QApplication.translate(
                "app", "Backup written to %1; it passed its integrity check."
            ).replace("%1", str(copied.path)),
            "info",
        )

    def open_setup(parent: QWidget) -> None:
        dialog = EventSetupDialog(services.setup, desk, parent)
        dialog.exec()
        if dialog.saved:
            changed = services.setup.event()
            changed_zone = ZoneInfo(changed.time_zone)
            window.show_event(
                changed.title,
                event_place(changed.venue, changed.city, changed.start_date, changed.end_date),
                changed.time_zone,
                services.attendance.sessions(),
                services.clock().astimezone(changed_zone).date(),
            )

    def refresh_counts() -> None:
        try:
            counts.set_counts(overview.counts())
        except MeetingdeskError as exc:
            window.show_failure(str(exc))

    stale = {"delegates": True}

    def refresh_delegates() -> None:
        if window.tabs.currentWidget() is delegates:
            delegates.reload()
            stale["delegates"] = False
        else:
            stale["delegates"] = True  # read again when the tab is shown

    def tab_changed() -> None:
        if window.tabs.currentWidget() is delegates and stale["delegates"]:
            refresh_delegates()

    def changed_elsewhere() -> None:
        checkin.refresh()
        door.refresh()
        refresh_counts()
        refresh_delegates()
        badges.refresh_count()

    def toggle_contrast(on: bool) -> None:
        settings.setValue(HIGH_CONTRAST_KEY, on)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, on)

    watcher = DatabaseWatcher(overview, window)
    watcher.changed.connect(changed_elsewhere)
    watcher.unavailable.connect(
        lambda text: window.message_bar.show_message(
            QApplication.translate(
                "app", "The database is not answering: %1. The desk shows what it last knew."
            ).replace("%1", text),
            "error",
        )
    )

    def back_online() -> None:
        text = QApplication.translate("app", "The database answers again.")
        kind = "info"
        if offline is not None and offline.pending():
            report = offline.flush()
            text += " " + QApplication.translate(
                "app", "%1 check-ins made meanwhile were sent."
            ).replace("%1", str(report.sent))
            if report.conflicts:
                kind = "warning"
                text += " " + QApplication.translate(
                    "app", "Already checked in elsewhere: %1"
                ).replace("%1", "; ".join(report.conflicts))
        window.message_bar.show_message(text, kind)
        changed_elsewhere()

    watcher.available.connect(back_online)

    if offline is not None:
        # Keep the local copy fresh (walk-ins, reprints at other desks), off the GUI
        # thread, while the server answers.
        def refresh_copy() -> None:
            if offline.online:
                run_task(
                    lambda _progress, _cancelled: offline.refresh(),
                    on_done=lambda _count: None,
                    on_error=lambda exc: log.warning("local copy not refreshed: %s", exc),
                )

        copier = QTimer(window)
        copier.setInterval(COPY_REFRESH_MS)
        copier.timeout.connect(refresh_copy)
        copier.start()
    checkin.checkedIn.connect(lambda _result: refresh_counts())
    door.failed.connect(window.show_failure)
    delegates.edited.connect(changed_elsewhere)
    window.refreshRequested.connect(changed_elsewhere)
    window.highContrastToggled.connect(toggle_contrast)

    def choose_language(code: str) -> None:
        settings.setValue(LANGUAGE_KEY, code)
        window.message_bar.show_message(
            QApplication.translate("app", "The language changes the next time meetingdesk starts."),
            "info",
        )

    window.languageChosen.connect(choose_language)
    window.tabs.currentChanged.connect(lambda *_: tab_changed())
    window.watcher = watcher
    refresh_counts()
    watcher.start()
    return window


def _crash_hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Bugs reach the log and a dialog, never a silent exit."""
    text = "".join(traceback.format_exception(kind, exc, tb))
    log.critical("unexpected error\n%s", text)
    if QApplication.instance() is not None:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            "meetingdesk",
            QApplication.translate("app", "Something went wrong. The details are in the log."),
        )
        box.setDetailedText(text)
        box.exec()


def run_desk(db: str) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName("meetingdesk")
    app.setApplicationName("meetingdesk")
    sys.excepthook = _crash_hook
    services = open_or_choose(db)
    if services is None:
        return 1
    settings = QSettings()
    install_translations(app, str(settings.value(LANGUAGE_KEY, "")) or None)
    apply_theme(app, bool(settings.value(HIGH_CONTRAST_KEY, False, type=bool)))
    try:
        window = build_window(services, desk_identity(settings), settings)
        scanner = ScannerCapture(window)
        scanner.scanned.connect(window.scanned)
        scanner.typed.connect(window.typed)
        app.installEventFilter(scanner)
        window.resize(1280, 760)
        window.show()
        return app.exec()
    finally:
        services.close()
