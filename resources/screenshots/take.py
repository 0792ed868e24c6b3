"""Makes the README's screenshots from the real application on the demo event.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python resources/screenshots/take.py

(``--language es`` for the Spanish ones; ``--out FOLDER`` to write elsewhere.)
Every window is shown at a desk laptop's size, filled the way a person would
fill it, and grabbed; nothing is drawn by hand. The demo is built at a fixed
moment so the pictures only change when the application does."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

HERE = Path(__file__).resolve().parent
MADRID = dt.timezone(dt.timedelta(hours=1))
MOMENT = dt.datetime(2026, 12, 3, 9, 40, tzinfo=MADRID)  # the first morning


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="en", choices=["en", "es"])
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args(argv)
    suffix = "" if args.language == "en" else f"-{args.language}"

    from meetingdesk.domain.values import Desk
    from meetingdesk.qt.app import build_window
    from meetingdesk.qt.i18n import install_translations
    from meetingdesk.qt.views.event_setup import EventSetupDialog
    from meetingdesk.qt.views.export_dialog import ExportDialog
    from meetingdesk.qt.views.start_page import NewEventDialog, StartPage, Why
    from meetingdesk.services.app import open_services
    from meetingdesk.services.demo import build_demo
    from meetingdesk.services.exporting import ExportService

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    install_translations(app, args.language)
    folder = Path(tempfile.mkdtemp(prefix="meetingdesk-shots-"))
    services = open_services(folder / "demo.sqlite3", clock=lambda: MOMENT)
    build_demo(services, delegates=300, seed=1)
    settings = QSettings(str(folder / "desk.ini"), QSettings.Format.IniFormat)
    window = build_window(services, Desk("Desk 1", "ana"), settings)
    window.resize(1280, 760)
    args.out.mkdir(parents=True, exist_ok=True)

    def shot(widget: QWidget, name: str, size: tuple[int, int] | None = None) -> None:
        if size is not None:
            widget.resize(*size)
        widget.show()
        app.processEvents()
        widget.grab().save(str(args.out / f"{name}{suffix}.png"))
        print(args.out / f"{name}{suffix}.png")

    steps: list[Callable[[], None]] = []

    start = StartPage(Why.NO_DATABASE, None, default_database=str(folder / "new.sqlite3"))
    steps.append(lambda: shot(start, "start-page", (720, 420)))
    new = NewEventDialog(None, folder / "meeting.sqlite3")
    new.form.title.setText("Police Experts Meeting")
    new.form.venue.setText("Hotel Chamartín")
    new.form.city.setText("Madrid")
    steps.append(lambda: shot(new, "new-event", (760, 470)))
    setup = EventSetupDialog(services.setup, Desk("Desk 1", "ana"))
    for tab, name in (
        (setup.delegations, "setup-delegations"),
        (setup.categories, "setup-categories"),
    ):
        steps.append(
            lambda tab=tab, name=name: (
                setup.tabs.setCurrentWidget(tab),
                shot(setup, name, (980, 600)),
            )
        )
    export = ExportDialog(ExportService(services.uow, services.clock))
    export.kind.setCurrentIndex(export.kind.findData("attendance"))
    export.destination.setText("/home/ana/Documents/attendance.xlsx")
    steps.append(lambda: shot(export, "export", (640, 240)))

    def run() -> None:
        for step in steps:
            step()
        for widget in (start, new, setup, export, window):
            widget.close()
        services.close()
        app.quit()

    QTimer.singleShot(200, run)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
