"""Makes the README's screenshots from the real application on the demo event.

    xvfb-run -a -s "-screen 0 1366x800x24" .venv/bin/python resources/screenshots/take.py

(``--language es`` for the Spanish ones; ``--out FOLDER`` to write elsewhere.)
Every window is shown at a desk laptop's size, filled the way a person would
fill it, and grabbed; nothing is drawn by hand. The demo is built at a fixed
moment so the pictures only change when the application does."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

HERE = Path(__file__).resolve().parent
MADRID = dt.timezone(dt.timedelta(hours=1))
MOMENT = dt.datetime(2026, 12, 3, 9, 40, tzinfo=MADRID)  # the first morning


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="en", choices=["en", "de", "es", "fr", "it", "ru"])
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
    window.resize(1280, 720)  # a desk laptop's screen
    assert window.watcher is not None
    window.watcher.stop()  # type: ignore[attr-defined]  (the demo's clock stands still)
    args.out.mkdir(parents=True, exist_ok=True)

    def answered() -> None:
        """Until the window has answered (searches and check-ins run off its thread)."""
        deadline = time.monotonic() + 20
        views = (window.checkin_view, window.delegates_view, window.door_view)
        while time.monotonic() < deadline and any(v is not None and v.busy for v in views):
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        app.processEvents()

    def shot(widget: QWidget, name: str, size: tuple[int, int] | None = None) -> None:
        if size is not None:
            widget.resize(*size)
        widget.show()
        app.processEvents()
        answered()
        widget.grab().save(str(args.out / f"{name}{suffix}.png"))
        print(args.out / f"{name}{suffix}.png")

    steps: list[Callable[[], None]] = []

    # The check-in: a few letters of a Greek name typed in Latin, then the
    # outcomes a desk sees most: done, already, refused.
    view = window.checkin_view
    ids, _ = services.badges.select()
    people = [services.registry.delegate(i) for i in ids]
    # Someone whose name is also written in Greek (else any other script),
    # found by a few Latin letters.
    scripts = [p for p in people if p.native_name]
    greek = next(
        (p for p in scripts if any("\u0370" <= c <= "\u03ff" for c in p.native_name or "")),
        scripts[0] if scripts else people[0],
    )
    plain = [p for p in people if not p.requires_id_check and p is not greek]
    typed = greek.family_name[:5].lower()
    print(f"typing {typed!r} for {greek.badge_name} ({greek.native_name})")

    def typing() -> None:
        view.field.setText(typed)
        view.field.textEdited.emit(typed)
        shot(window, "checkin-typing")

    def done() -> None:
        view.clear()
        view.scan(services.registry.scan_payload(plain[0].id))
        shot(window, "checkin-done")

    def already() -> None:
        view.scan(services.registry.scan_payload(plain[0].id))
        shot(window, "checkin-already")

    def refused() -> None:
        services.registry.set_cancelled(plain[1].id, True, Desk("Desk 1", "ana"))
        view.scan(services.registry.scan_payload(plain[1].id))
        shot(window, "checkin-refused")

    def delegates() -> None:
        assert window.delegates_view is not None
        window.tabs.setCurrentWidget(window.delegates_view)
        shot(window, "delegates")

    def door() -> None:
        assert window.door_view is not None
        window.tabs.setCurrentWidget(window.door_view)
        window.door_view.scan(services.registry.scan_payload(plain[0].id))
        shot(window, "door")

    steps += [typing, done, already, refused, delegates, door]

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

    # The badge designer on the A6 layout: the name chosen, an Arabic sample
    # shown; then the QR code made too small, as the problems list says.
    from meetingdesk.badges.design import QR_SMALLEST
    from meetingdesk.qt.views.designer import DesignerWindow, GeometryEdit
    from meetingdesk.services.badges import DesignSample

    choices = services.layouts.choices()
    a6 = next(c for c in choices if c.name == "a6-portrait")
    designer = DesignerWindow(
        services.badges,
        services.layouts,
        Desk("Desk 1", "ana"),
        a6,
        services.layouts.text(a6.name),
        taken={c.name for c in choices},
        categories=[(c.code, c.label) for c in services.registry.categories()],
        search=services.search,
    )

    def designed() -> None:
        """Until the designer has read the event and drawn its preview."""
        helpers = (designer._reads, designer._checks)
        deadline = time.monotonic() + 20
        designer.show()
        while time.monotonic() < deadline and (
            any(h.busy for h in helpers) or designer.sample.count() == 0
        ):
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        app.processEvents()

    def designer_name() -> None:
        designer.resize(1366, 768)
        designed()
        designer.sample.setCurrentIndex(designer.sample.findData(DesignSample.ARABIC))
        name = next(
            i for i, e in enumerate(designer.draft.elements) if e.get("variable") == "badge_name"
        )
        designer.items[name].setSelected(True)
        designed()
        shot(designer, "designer")

    def designer_problem() -> None:
        code = next(i for i, e in enumerate(designer.draft.elements) if e["kind"] == "qr")
        x, y, size, _ = designer.draft.geometry(code)
        small = QR_SMALLEST + 2
        designer.stack.push(
            GeometryEdit(designer, code, (x, y, size, size), (x, y, small, small), False)
        )
        designer.scene.clearSelection()
        designer.items[code].setSelected(True)
        designed()
        shot(designer, "designer-problem")
        designer.stack.setClean()

    steps += [designer_name, designer_problem]

    def run() -> None:
        for step in steps:
            step()
        for widget in (start, new, setup, export, designer, window):
            widget.close()
        services.close()
        app.quit()

    QTimer.singleShot(200, run)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
