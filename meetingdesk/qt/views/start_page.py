"""The first thing a new desk shows when there is no database to open (or it holds
no event yet): create a new event, open an existing file, connect to a server
(tested before it is used), or open the demo. Never a dead end."""

from __future__ import annotations

import enum
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.domain.errors import MeetingdeskError
from meetingdesk.qt.theme import set_tone
from meetingdesk.qt.views.event_setup import EventForm
from meetingdesk.qt.widgets import named
from meetingdesk.qt.wording import failure, setup_problem
from meetingdesk.qt.workers import Task, run_task
from meetingdesk.services.app import Probe, open_services, probe
from meetingdesk.services.keys import MIN_PASSPHRASE
from meetingdesk.services.setup import SETUP, SetupError

FileOpener = Callable[[QWidget], Path | None]
FileSaver = Callable[[QWidget, Path], Path | None]


class Why(enum.Enum):
    NO_DATABASE = "no_database"  # the file does not exist (a fresh machine)
    NO_EVENT = "no_event"  # it exists, but holds no event yet
    UNUSABLE = "unusable"  # it cannot be opened (the detail says why)


@dataclass(frozen=True)
class Chosen:
    target: str
    temporary: Path | None = None  # a folder to remove when the desk closes (the demo)


def ask_for_database(parent: QWidget) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        parent.tr("Open a meetingdesk database"),
        "",
        parent.tr("meetingdesk databases (*.sqlite3 *.db);;All files (*)"),
    )
    return Path(chosen) if chosen else None


def ask_where_to_create(parent: QWidget, suggested: Path) -> Path | None:
    dialog = QFileDialog(parent, parent.tr("Save the new database as"), str(suggested))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(parent.tr("meetingdesk databases (*.sqlite3)"))
    dialog.setDefaultSuffix("sqlite3")
    dialog.selectFile(suggested.name)
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def suggested_file(default: str) -> Path:
    """Where a new database goes unless the organiser says otherwise."""
    if "://" not in default and not Path(default).exists():
        return Path(default)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents or Path.home())
    name, number = "meeting.sqlite3", 2
    while (folder / name).exists():
        name, number = f"meeting-{number}.sqlite3", number + 1
    return folder / name


class NewEventDialog(QDialog):
    """The event's details, the OSCE preset, and where the database goes."""

    def __init__(
        self,
        target: str | None,
        suggested: Path,
        saver: FileSaver = ask_where_to_create,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New event"))
        self._saver = saver
        self._target = target  # an empty database to create the event in, if given
        self.created: str | None = None
        self.form = EventForm(None)
        self.preset = named(
            QCheckBox(
                self.tr(
                    "Fill in the usual OSCE categories and the delegations of the 57"
                    " participating States and 11 Partners for Co-operation"
                )
            ),
            "presetOsce",
        )
        self.preset.setChecked(True)
        self.passphrase = named(QLineEdit(), "newPassphrase")
        self.passphrase_again = named(QLineEdit(), "newPassphraseAgain")
        for field in (self.passphrase, self.passphrase_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setToolTip(
            self.tr(
                "Badges are signed with a key that only this passphrase opens. Type it on"
                " the computers that print badges; desks that only check people in never"
                " need it. Keep it safe: nobody can print a badge without it."
            )
        )
        self.file = QLineEdit(str(suggested))
        self.error = named(QLabel(wordWrap=True), "newEventError")
        set_tone(self.error, "error")
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        extra = QFormLayout()
        extra.addRow(self.preset)
        extra.addRow(self.tr("Badge passphrase"), self.passphrase)
        extra.addRow(self.tr("The same again"), self.passphrase_again)
        if target is None:
            named(self.file, "databaseFile")
            choose = named(QPushButton(self.tr("&Choose…")), "chooseFile")
            choose.clicked.connect(self._choose)
            where = QHBoxLayout()
            where.addWidget(self.file, 1)
            where.addWidget(choose)
            extra.addRow(self.tr("Database file"), where)
        else:
            extra.addRow(self.tr("Database"), QLabel(target))
        layout.addLayout(extra)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        create = buttons.addButton(self.tr("&Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        create.setObjectName("createEvent")
        create.setDefault(True)
        buttons.accepted.connect(self.create_event)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.form.title.setFocus()

    def _choose(self) -> None:
        chosen = self._saver(self, Path(self.file.text()))
        if chosen is not None:
            self.file.setText(str(chosen))

    def create_event(self) -> None:
        if self.passphrase.text() != self.passphrase_again.text():
            self.error.setText(self.tr("The two passphrases differ."))
            self.passphrase_again.setFocus()
            return
        if len(self.passphrase.text()) < MIN_PASSPHRASE:
            self.error.setText(
                self.tr("The badge passphrase needs at least %1 characters.").replace(
                    "%1", str(MIN_PASSPHRASE)
                )
            )
            self.passphrase.setFocus()
            return
        target = self._target or self.file.text().strip()
        if self._target is None:
            path = Path(target).expanduser()
            if path.exists():
                self.error.setText(
                    self.tr("%1 exists already: choose another file, or open it.").replace(
                        "%1", str(path)
                    )
                )
                return
            if not path.parent.is_dir():
                self.error.setText(
                    self.tr("The folder %1 does not exist.").replace("%1", str(path.parent))
                )
                return
            target = str(path)
        services = None
        try:
            services = open_services(target, create=True)
            services.setup.create_event(
                self.form.details(),
                SETUP,
                passphrase=self.passphrase.text(),
                preset_name="osce" if self.preset.isChecked() else None,
            )
        except SetupError as exc:
            self.form.mark(exc.field)
            self.error.setText(setup_problem(exc))
            if self._target is None and services is not None:
                services.close()
                services = None
                Path(target).unlink(missing_ok=True)  # nothing in it yet: no stray file
            return
        except MeetingdeskError as exc:
            self.error.setText(failure(exc))
            return
        finally:
            if services is not None:
                services.close()
        self.created = target
        self.accept()


class ServerDialog(QDialog):
    """A PostgreSQL server, tested before it is used."""

    def __init__(self, url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to a server"))
        self.chosen: str | None = None
        self._tested: str | None = None
        self.url = named(QLineEdit(url), "serverUrl")
        self.url.setPlaceholderText("postgresql://desk@192.168.1.10/meeting")
        self.test_button = named(QPushButton(self.tr("&Test")), "testServer")
        self.verdict = named(QLabel(wordWrap=True), "serverResult")
        form = QFormLayout(self)
        form.addRow(
            QLabel(
                self.tr(
                    "The address of the meeting's PostgreSQL database, as the organisers"
                    " set it up (see 'Several desks' in the README)."
                ),
                wordWrap=True,
            )
        )
        row = QHBoxLayout()
        row.addWidget(self.url, 1)
        row.addWidget(self.test_button)
        form.addRow(self.tr("Server"), row)
        form.addRow(self.verdict)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.use_button = buttons.addButton(
            self.tr("&Use this server"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.use_button.setObjectName("useServer")
        self.use_button.setEnabled(False)
        buttons.accepted.connect(self._use)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.test_button.clicked.connect(self.test)
        self.url.textEdited.connect(lambda *_: self.use_button.setEnabled(False))
        self._task: Task | None = None
        self.setMinimumWidth(560)

    def test(self) -> None:
        """Ask the server, off the GUI thread (an unreachable one takes seconds)."""
        url = self.url.text().strip()
        if "://" not in url:
            self.verdict.setText(self.tr("Write the address as postgresql://user@host/database."))
            return
        if self._task is not None:
            return
        self.test_button.setEnabled(False)
        set_tone(self.verdict, None)
        self.verdict.setText(self.tr("Asking %1…").replace("%1", url))
        self._task = run_task(
            lambda _progress, _cancelled: probe(url),
            on_done=lambda found: self._tested_as(url, found),
            on_error=self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self.test_button.setEnabled(True)
        raise error  # probe() says every known failure in its result: this is a bug

    def _tested_as(self, url: str, found: Probe) -> None:
        self._task = None
        self.test_button.setEnabled(True)
        if not found.reachable:
            set_tone(self.verdict, "error")
            self.verdict.setText(self.tr("Not reachable: %1").replace("%1", found.problem))
            self._tested = None
        else:
            set_tone(self.verdict, "ok")
            if found.event:
                text = self.tr("%1 answers; the meeting is: %2.").replace("%2", found.event)
            else:
                text = self.tr("%1 answers; it holds no event yet: you can create one.")
            self.verdict.setText(text.replace("%1", found.server or url))
            self._tested = url
        self.use_button.setEnabled(self._tested == self.url.text().strip())

    def _use(self) -> None:
        if self._tested is not None and self._tested == self.url.text().strip():
            self.chosen = self._tested
            self.accept()


class StartPage(QDialog):
    def __init__(
        self,
        why: Why,
        target: str | None,
        detail: str = "",
        *,
        opener: FileOpener = ask_for_database,
        saver: FileSaver = ask_where_to_create,
        default_database: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("meetingdesk")
        self._why, self._target = why, target
        self._opener, self._saver = opener, saver
        self._default = default_database
        self.chosen: Chosen | None = None

        title = QLabel(self.tr("Welcome to meetingdesk"))
        font = QFont(title.font())
        font.setPointSize(font.pointSize() + 8)
        font.setBold(True)
        title.setFont(font)
        self.reason = named(QLabel(wordWrap=True), "startReason")
        self.reason.setText(
            {
                Why.NO_DATABASE: self.tr(
                    "There is no meeting on this computer yet. Create one, open a file a"
                    " colleague gave you, connect to the meeting's server, or try the demo."
                ),
                Why.NO_EVENT: self.tr(
                    "The database %1 holds no event yet: create it, or choose another database."
                ).replace("%1", target or ""),
                Why.UNUSABLE: self.tr("%1 cannot be opened: %2")
                .replace("%1", target or "")
                .replace("%2", detail),
            }[why]
        )
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.reason)
        for name, text, explain, action in (
            (
                "startNew",
                self.tr("&New event…"),
                self.tr("Its details, sessions, categories and delegations; the OSCE preset."),
                self.new_event,
            ),
            (
                "startOpen",
                self.tr("&Open a file…"),
                self.tr("A meetingdesk database on this computer."),
                self.open_file,
            ),
            (
                "startServer",
                self.tr("Connect to a &server…"),
                self.tr("Several desks: one PostgreSQL database on the venue network."),
                self.connect_server,
            ),
            (
                "startDemo",
                self.tr("Try the &demo"),
                self.tr("An invented meeting, in progress today; removed when you close it."),
                self.open_demo,
            ),
        ):
            button = named(QPushButton(text), name)
            button.setMinimumHeight(44)
            button.clicked.connect(action)
            note = QLabel(explain, wordWrap=True)
            note.setAlignment(Qt.AlignmentFlag.AlignVCenter)
            row = QHBoxLayout()
            row.addWidget(button, 2)
            row.addWidget(note, 3)
            layout.addLayout(row)
        self.message = named(QLabel(wordWrap=True), "startMessage")
        set_tone(self.message, "error")
        layout.addWidget(self.message)
        quit_button = named(QPushButton(self.tr("&Quit")), "startQuit")
        quit_button.clicked.connect(self.reject)
        layout.addWidget(quit_button, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(720, 420)

    def _choose(self, chosen: Chosen) -> None:
        self.chosen = chosen
        self.accept()

    def new_event(self) -> None:
        in_place = self._target if self._why is Why.NO_EVENT else None
        dialog = NewEventDialog(in_place, suggested_file(self._default), self._saver, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created:
            self._choose(Chosen(dialog.created))

    def open_file(self) -> None:
        chosen = self._opener(self)
        if chosen is None:
            return
        found = probe(chosen)
        if not found.reachable or not found.ready:
            self.message.setText(
                self.tr("%1 is not a meetingdesk database: %2")
                .replace("%1", str(chosen))
                .replace("%2", found.problem or self.tr("it has no meetingdesk tables"))
            )
            return
        self._choose(Chosen(str(chosen)))

    def connect_server(self) -> None:
        url = self._target if self._target and "://" in self._target else ""
        dialog = ServerDialog(url, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen:
            self._choose(Chosen(dialog.chosen))

    def open_demo(self) -> None:
        folder = make_demo()
        self._choose(Chosen(str(folder / "demo.sqlite3"), temporary=folder))


def make_demo() -> Path:
    """A demo meeting in progress today, in a temporary folder of its own."""
    from meetingdesk.services.demo import build_demo

    folder = Path(tempfile.mkdtemp(prefix="meetingdesk-demo-"))
    services = open_services(folder / "demo.sqlite3")
    try:
        build_demo(services, today=True)
    except BaseException:
        services.close()
        shutil.rmtree(folder, ignore_errors=True)
        raise
    services.close()
    return folder
