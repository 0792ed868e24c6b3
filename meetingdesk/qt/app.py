"""Application start-up: open the database (or say clearly why not), ask who is at
the desk once, and show the window."""

from __future__ import annotations

import datetime as dt
import getpass
import logging
import sys
import traceback
from types import TracebackType
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSettings
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
from meetingdesk.qt.views.badges_view import BadgesView
from meetingdesk.qt.views.checkin_view import CheckInView
from meetingdesk.qt.views.import_wizard import ImportWizard
from meetingdesk.qt.views.main_window import MainWindow
from meetingdesk.qt.widgets import named
from meetingdesk.services.app import Services, open_services
from meetingdesk.services.importer import ImportService

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


def build_window(services: Services, desk: Desk) -> MainWindow:
    event = services.registry.event()
    today = services.clock().astimezone(ZoneInfo(event.time_zone)).date()
    view = CheckInView(services.search, services.checkin, desk)
    badges = BadgesView(services.badges, services.registry, desk)
    return MainWindow(
        title=event.title,
        place=f"{event.venue}, {event.city} · {_dates(event.start_date, event.end_date)}",
        time_zone=event.time_zone,
        sessions=services.attendance.sessions(),
        today=today,
        database=services.target.describe(),
        desk=desk,
        checkin_view=view,
        badges_view=badges,
        open_import=lambda parent: ImportWizard(
            ImportService(services.uow, services.clock), services.registry, desk, parent
        ).exec(),
    )


def _dates(start: dt.date, end: dt.date) -> str:
    if start == end:
        return f"{start:%d %B %Y}"
    return (
        f"{start:%d} – {end:%d %B %Y}"
        if start.month == end.month
        else (f"{start:%d %B} – {end:%d %B %Y}")
    )


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
    try:
        window = build_window(services, desk_identity(QSettings()))
        window.resize(1280, 760)
        window.show()
        return app.exec()
    finally:
        services.close()
