"""Application start-up: open the database (or say clearly why not), ask who is at
the desk once, and show the window."""

from __future__ import annotations

import gc
import getpass
import hashlib
import logging
import shutil
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any
from zoneinfo import ZoneInfo

from platformdirs import user_data_path
from PySide6.QtCore import QEventLoop, QObject, QSettings, QThreadPool, QTimer, Signal
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

from meetingdesk.config import default_database
from meetingdesk.domain.errors import DatabaseUnavailable, MeetingdeskError
from meetingdesk.domain.values import Desk
from meetingdesk.files import OutputRefused
from meetingdesk.log import configure, desk_log_file
from meetingdesk.qt.i18n import LANGUAGE_KEY, install_translations
from meetingdesk.qt.refresh import DeskTicker
from meetingdesk.qt.scanner import ScannerCapture
from meetingdesk.qt.sounds import Sounds, SoundSink, system_sink
from meetingdesk.qt.theme import HIGH_CONTRAST_KEY, apply_theme
from meetingdesk.qt.views.badges_view import BadgesView, PrinterProvider, ask_for_printer
from meetingdesk.qt.views.checkin_view import CheckInView
from meetingdesk.qt.views.counts_panel import CountsPanel
from meetingdesk.qt.views.delegates_view import DelegatesView
from meetingdesk.qt.views.designer import DesignerWindow
from meetingdesk.qt.views.door_view import DoorView
from meetingdesk.qt.views.event_setup import EventSetupDialog
from meetingdesk.qt.views.export_dialog import ExportDialog
from meetingdesk.qt.views.import_wizard import ImportWizard
from meetingdesk.qt.views.main_window import MainWindow
from meetingdesk.qt.views.start_page import StartPage, Why
from meetingdesk.qt.widgets import named
from meetingdesk.qt.wording import event_place, failure, output_problem, queue_sent
from meetingdesk.qt.workers import InOrder, LatestOnly, expected
from meetingdesk.services.app import Services, open_services
from meetingdesk.services.backup import BackupResult, backup
from meetingdesk.services.clock import Clock, system_clock
from meetingdesk.services.desk_session import DeskSession
from meetingdesk.services.offline import FlushReport, OfflineDesk

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


LAST_DATABASE_KEY = "database/last"


def open_or_start(
    target: str | None, settings: QSettings, default: str, clock: Clock = system_clock
) -> tuple[Services, Path | None] | None:
    """Open the database (given, else the last one used, else the default); when
    there is none, or it holds no event, or it cannot be opened, show the start
    page until a usable one is chosen. None: the person quit."""
    chosen = target or str(settings.value(LAST_DATABASE_KEY, "") or "") or default
    temporary: Path | None = None
    while True:
        why, detail = Why.NO_DATABASE, ""
        try:
            services = open_services(chosen, create=False, clock=clock)
        except DatabaseUnavailable as exc:
            missing = "://" not in chosen and not Path(chosen).exists()
            why, detail = (Why.NO_DATABASE, "") if missing else (Why.UNUSABLE, failure(exc))
        except MeetingdeskError as exc:
            why, detail = Why.UNUSABLE, failure(exc)
        else:
            if services.setup.has_event():
                settings.setValue(LAST_DATABASE_KEY, chosen if temporary is None else "")
                return services, temporary
            services.close()
            why = Why.NO_EVENT
        page = StartPage(why, chosen, detail, default_database=default)
        if page.exec() != QDialog.DialogCode.Accepted or page.chosen is None:
            if temporary is not None:
                shutil.rmtree(temporary, ignore_errors=True)
            return None
        if temporary is not None and page.chosen.temporary != temporary:
            shutil.rmtree(temporary, ignore_errors=True)
        chosen, temporary = page.chosen.target, page.chosen.temporary


def offline_desk(services: Services, folder: Path | None = None) -> OfflineDesk | None:
    """For a server database: the local copy and queue that keep the desk going
    (kept in the user's data folder, one per server database). The copy is made
    or refreshed by the desk session's first tick, off the GUI thread."""
    if services.target.is_sqlite:
        return None
    if folder is None:
        key = hashlib.sha256(services.target.describe().encode()).hexdigest()[:12]
        folder = user_data_path("meetingdesk", appauthor=False) / "offline" / key
    return OfflineDesk(services, folder)


def build_window(
    services: Services,
    desk: Desk,
    settings: QSettings | None = None,
    offline_folder: Path | None = None,
    printer_provider: PrinterProvider = ask_for_printer,
    sound_sink: SoundSink | None = None,
) -> MainWindow:
    """The window and everything it shows, wired to the services of one database
    (``printer_provider``: the desk's print system, ``sound_sink``: its speakers
    (None: silent), both of which tests replace)."""
    settings = settings or QSettings()
    event = services.setup.event()
    zone = ZoneInfo(event.time_zone)
    today = services.clock().astimezone(zone).date()
    session = DeskSession(services, offline_desk(services, offline_folder))
    overview = session.overview
    checkin = CheckInView(session, desk, services.registry, zone=zone)
    badges = BadgesView(
        services.badges,
        services.registry,
        desk,
        printer_provider=printer_provider,
        settings=settings,
        zone=zone,
        search=services.search,
    )
    delegates = DelegatesView(overview, services.registry, desk, zone, search=services.search)
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
            services.imports, services.registry, desk, parent
        ).exec(),
        open_setup=lambda parent: open_setup(parent),
        open_backup=lambda parent: open_backup(parent),
        open_export=lambda parent: ExportDialog(services.exports, parent=parent).exec(),
        high_contrast=high_contrast,
        sounds=Sounds(sound_sink, settings) if sound_sink is not None else None,
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
        window.message_bar.show_message(
            QApplication.translate("app", "Backing up the database…"), "info"
        )
        # A copy of 100,000 delegates takes seconds: written off the GUI thread.
        backups.ask(lambda: backup(services.target, Path(chosen)), backed_up, backup_failed)

    def backed_up(copied: BackupResult) -> None:
        window.message_bar.show_message(
            QApplication.translate(
                "app", "Backup written to %1; it passed its integrity check."
            ).replace("%1", str(copied.path)),
            "info",
        )

    def backup_failed(exc: BaseException) -> None:
        if isinstance(exc, OutputRefused):
            window.show_failure(output_problem(exc))
        else:
            window.show_failure(failure(expected(exc)))  # a bug: the crash dialog

    def open_setup(parent: QWidget) -> None:
        dialog = EventSetupDialog(services.setup, desk, parent)
        dialog.exec()
        if dialog.saved:
            # What the set-up changed, read off the GUI thread, then shown.
            setup_reads.ask(read_setup, show_setup, failed_quietly)

    def read_setup() -> tuple[Any, ...]:
        return (
            services.setup.event(),
            services.attendance.sessions(),
            services.attendance.current_session(),
            services.registry.categories(),
            services.registry.delegations(),
        )

    def show_setup(answer: tuple[Any, ...]) -> None:
        changed, sessions, current, categories, delegations = answer
        changed_zone = ZoneInfo(changed.time_zone)
        door.reload_sessions(sessions, current)
        badges.reload_categories(categories)
        delegates.reload_filters(categories, delegations)
        refresh_counts()
        refresh_shown()
        window.show_event(
            changed.title,
            event_place(changed.venue, changed.city, changed.start_date, changed.end_date),
            changed.time_zone,
            sessions,
            services.clock().astimezone(changed_zone).date(),
        )

    backups = InOrder(window)
    setup_reads = LatestOnly(window)
    layout_reads = InOrder(window)

    def read_for_designer(name: str) -> tuple[Any, ...]:
        choices = services.layouts.choices()
        return (
            next(c for c in choices if c.name == name),
            services.layouts.text(name),
            {c.name for c in choices},
            [(c.code, c.label) for c in services.registry.categories()],
        )

    def open_designer(name: str) -> None:
        layout_reads.ask(lambda: read_for_designer(name), show_designer, designer_failed)

    def show_designer(answer: tuple[Any, ...]) -> None:
        choice, text, taken, categories = answer
        designer = DesignerWindow(
            services.badges,
            services.layouts,
            desk,
            choice,
            text,
            taken=taken,
            categories=categories,
            search=services.search,
            parent=window,
        )
        designer.saved.connect(reload_layouts)
        designer.show()

    def designer_failed(exc: BaseException) -> None:
        window.show_failure(failure(expected(exc)))

    badges.designRequested.connect(open_designer)
    count_questions = LatestOnly(window)

    def refresh_counts() -> None:
        count_questions.ask(session.counts, counts.set_counts, failed_quietly)

    def failed_quietly(exc: BaseException) -> None:
        # The ticker says why the database does not answer.
        log.info("not refreshed: %s", expected(exc).__class__.__name__)

    def reload_layouts(select: str | None = None) -> None:
        """The layouts of the Badges tab read again, off the GUI thread (``select``:
        one just saved, to choose)."""
        layout_reads.ask(
            services.layouts.choices,
            lambda choices: badges.reload_layouts(choices, select),
            failed_quietly,
        )

    reload_layouts()  # the event's own layouts join the shipped ones

    # The tabs that read the database on the GUI thread are read again only
    # when shown: a change at another desk costs a hidden tab nothing.
    on_show: dict[QWidget, Callable[[], None]] = {
        delegates: delegates.reload,
        door: door.refresh,
        badges: badges.refresh_count,
    }
    stale = set(on_show) - {window.tabs.currentWidget()}

    def refresh_shown(fresh: frozenset[QWidget] = frozenset()) -> None:
        """Every tab but ``fresh`` is stale; the one shown is read again now."""
        stale.update(set(on_show) - fresh)
        tab_changed()

    def tab_changed() -> None:
        shown = window.tabs.currentWidget()
        if shown in stale:
            stale.discard(shown)
            on_show[shown]()

    def changed_elsewhere(ids: frozenset[int] | None = None) -> None:
        """``ids``: the delegates whose rows changed, when the ticker knows."""
        checkin.refresh()  # off the GUI thread
        refresh_counts()  # off the GUI thread
        if ids is not None and delegates not in stale:
            # Those rows only, off the GUI thread, shown or not: opening the tab
            # later costs nothing.
            delegates.update_delegates(ids)
            refresh_shown(fresh=frozenset({delegates}))
        else:
            refresh_shown()

    def toggle_contrast(on: bool) -> None:
        settings.setValue(HIGH_CONTRAST_KEY, on)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, on)

    watcher = DeskTicker(session, window)
    watcher.changed.connect(changed_elsewhere)
    watcher.unavailable.connect(
        lambda text: window.message_bar.show_message(
            QApplication.translate(
                "app", "The database is not answering: %1. The desk shows what it last knew."
            ).replace("%1", text),
            "error",
        )
    )

    def back_online(report: FlushReport | None) -> None:
        text, kind = QApplication.translate("app", "The database answers again."), "info"
        if report is not None and (report.sent or report.unsent):
            sent, kind = queue_sent(report, zone)
            text += " " + sent
        window.message_bar.show_message(text, kind)

    def partly_sent(report: FlushReport) -> None:
        window.message_bar.show_message(*queue_sent(report, zone))

    watcher.available.connect(back_online)
    watcher.uploaded.connect(partly_sent)
    window.closed.connect(watcher.stop)
    checkin.checkedIn.connect(lambda _result: refresh_counts())
    door.failed.connect(window.show_failure)
    delegates.edited.connect(changed_elsewhere)
    window.refreshRequested.connect(changed_elsewhere)
    window.highContrastToggled.connect(toggle_contrast)

    window.tabs.currentChanged.connect(lambda *_: tab_changed())

    def badges_shown() -> None:
        # Layouts another desk saved in the designer: read each time the tab shows.
        if window.tabs.currentWidget() is badges:
            reload_layouts()

    window.tabs.currentChanged.connect(lambda *_: badges_shown())
    window.watcher = watcher
    refresh_counts()
    watcher.start()
    # What start-up made (modules, the window, the services) lives as long as
    # the desk: Python's cycle collector need not walk it at every full
    # collection, a pause of tens of milliseconds on the window's thread.
    gc.freeze()
    return window


def _crash_hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Bugs reach the log and a dialog, never a silent exit."""
    text = "".join(traceback.format_exception(kind, exc, tb))
    log.critical("unexpected error\n%s", text)
    if QApplication.instance() is not None:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            "meetingdesk",
            QApplication.translate(
                "app", "Something went wrong. The details are in the log: %1"
            ).replace("%1", str(desk_log_file())),
        )
        box.setDetailedText(text)
        box.exec()


def shut(window: MainWindow) -> None:
    """Close a desk window as the desk ends: its ticker stopped, what runs off the
    GUI thread finished (each call to a server has its deadline), then its
    session (the local copy, the queue) closed; the services stay open."""
    if isinstance(window.watcher, DeskTicker):
        window.watcher.stop()
        QThreadPool.globalInstance().waitForDone(15_000)
        window.watcher.session.close()
    window.close()


class DeskShell(QObject):
    """The desk's one window at a time, with the scanner's capture on it. Choosing
    another language builds the window again in it (every word read again
    through tr()), on the same services, at the same place: tab, typed text,
    size. The queue of check-ins made offline is on disk and goes on; the panel
    starts at Ready again, and Ctrl+Z no longer reaches the check-in made before."""

    closed = Signal()  # the person closed the desk

    def __init__(
        self,
        services: Services,
        desk: Desk,
        settings: QSettings,
        sound_sink: SoundSink | None = None,
        printer_provider: PrinterProvider = ask_for_printer,
        offline_folder: Path | None = None,
        scan_clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self._build: Callable[[], MainWindow] = lambda: build_window(
            services,
            desk,
            settings,
            offline_folder,
            printer_provider=printer_provider,
            sound_sink=sound_sink,
        )
        self._settings = settings
        self._scan_clock = scan_clock
        self._scanner: ScannerCapture | None = None
        self._swapping = False
        self.window = self._open()

    def _open(self) -> MainWindow:
        window = self._build()
        window.languageChosen.connect(self.switch_language)
        window.closed.connect(self._window_closed)
        if self._scanner is not None:
            self._scanner.detach()
        self._scanner = ScannerCapture.attach(
            window, window.scanned, window.typed, self._scan_clock
        )
        return window

    def switch_language(self, code: str) -> None:
        """``code``: "en", "es", …; "" follows the system."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._settings.setValue(LANGUAGE_KEY, code)
        install_translations(app, code or None)
        old = self.window
        tab, typed, geometry = (
            old.tabs.currentIndex(),
            old.checkin_view.field.text(),
            old.saveGeometry(),
        )
        self._swapping = True
        try:
            shut(old)
            old.deleteLater()
            self.window = self._open()
        finally:
            self._swapping = False
        new = self.window
        new.restoreGeometry(geometry)
        new.tabs.setCurrentIndex(tab)
        if typed:
            new.checkin_view.type_text(typed)
        new.show()

    def _window_closed(self) -> None:
        if not self._swapping:
            self.closed.emit()

    def close(self) -> None:
        """The desk ends: the capture off, the window shut."""
        if self._scanner is not None:
            self._scanner.detach()
            self._scanner = None
        self._swapping = True  # closing it now is no request of the person's
        shut(self.window)


class _Ending:
    """SIGTERM or SIGINT (a logout, Ctrl+C in the terminal) end the desk as
    closing its window does: the session closed, the demo's folder removed;
    asked before the window is up, the desk ends as soon as it can."""

    def __init__(self) -> None:
        self.asked = False
        self.loop: QEventLoop | None = None
        self._previous: dict[int, Any] = {}
        self._wake = QTimer()  # Python runs its handlers between Qt's events
        self._wake.timeout.connect(lambda: None)

    def __enter__(self) -> _Ending:
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGTERM, signal.SIGINT):
                self._previous[sig] = signal.getsignal(sig)
                signal.signal(sig, self._asked)
            self._wake.start(200)
        return self

    def _asked(self, *_: object) -> None:
        self.asked = True
        if self.loop is not None:
            self.loop.quit()

    def __exit__(self, *_: object) -> None:
        self._wake.stop()
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)


def run_desk(db: str | None, temporary: Path | None = None, demo: bool = False) -> int:
    """The desk window on ``db`` (None: the last database used, else the start
    page); ``temporary``: a folder to remove when the window closes; ``demo``:
    a demo meeting made for the window, in such a folder."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    with _Ending() as ending:
        if demo:
            from meetingdesk.qt.views.start_page import make_demo

            temporary = make_demo()  # a meeting in progress today
            db = str(temporary / "demo.sqlite3")
        try:
            return _run_desk(app, db, temporary, ending)
        finally:
            if temporary is not None:
                shutil.rmtree(temporary, ignore_errors=True)  # the demo leaves nothing behind


def _run_desk(app: QApplication, db: str | None, temporary: Path | None, ending: _Ending) -> int:
    app.setOrganizationName("meetingdesk")
    app.setApplicationName("meetingdesk")
    configure(logging.WARNING, file=desk_log_file())
    sys.excepthook = _crash_hook
    settings = QSettings()
    install_translations(app, str(settings.value(LANGUAGE_KEY, "")) or None)
    apply_theme(app, bool(settings.value(HIGH_CONTRAST_KEY, False, type=bool)))
    opened = None if ending.asked else open_or_start(db, settings, default_database())
    if opened is None:
        return 0
    services, chosen_temporary = opened
    if temporary is not None or chosen_temporary is not None:  # the demo's is published
        from meetingdesk.services.demo import DEMO_PASSPHRASE

        services.keys.unlock(DEMO_PASSPHRASE)
    shell: DeskShell | None = None
    try:
        if ending.asked:
            return 0
        shell = DeskShell(services, desk_identity(settings), settings, sound_sink=system_sink(app))
        shell.window.resize(1280, 760)
        shell.window.show()
        # The desk's loop ends with its window (or a request to quit). A loop of
        # its own rather than app.exec(): once app.exec() has been quit, every
        # later event loop in the process returns at once (dialogs included).
        loop = QEventLoop()
        shell.closed.connect(loop.quit)
        app.aboutToQuit.connect(loop.quit)
        ending.loop = loop
        return 0 if ending.asked else loop.exec()
    finally:
        if shell is not None:
            shell.close()
        services.close()
        if chosen_temporary is not None:
            shutil.rmtree(chosen_temporary, ignore_errors=True)
