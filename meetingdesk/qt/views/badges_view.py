"""Printing badges at the venue: a batch before the doors open, a reprint at the desk,
or each badge as its delegate checks in.

A badge counts as printed only when the print system took the job: the print
dialog cancelled, no printer, or a printer that refuses change nothing and say
so. A PDF saved to a file is not a print: the person is asked whether those
badges will be printed. A reprint names the person and the reason first, and
revokes the old badge only if the new one reached the printer."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.badges.layout import layout_names, load_layout
from meetingdesk.domain.errors import MeetingdeskError
from meetingdesk.domain.model import Category
from meetingdesk.domain.values import (
    ActionResult,
    DelegateSummary,
    Desk,
    JobOutcome,
    Outcome,
    PrintJobResult,
    SearchHit,
    printed_code,
)
from meetingdesk.files import OutputRefused
from meetingdesk.qt.desktop import open_folder
from meetingdesk.qt.printing import print_pdf
from meetingdesk.qt.views.passphrase import ensure_unlocked
from meetingdesk.qt.views.person_finder import PersonFinder
from meetingdesk.qt.widgets import named
from meetingdesk.qt.wording import (
    badge_warning,
    failure,
    number,
    output_problem,
    reprint_reason,
    short_time,
)
from meetingdesk.qt.workers import (
    Cancelled,
    InOrder,
    LatestOnly,
    Progress,
    Task,
    Work,
    expected,
    run_task,
)
from meetingdesk.services.badges import (
    DEFAULT_LAYOUT,
    BadgeService,
    IssueRecord,
    PrintRecord,
    PrintResult,
    ReprintOutcome,
    ReprintResult,
)
from meetingdesk.services.codes import typed_codes
from meetingdesk.services.layouts import LayoutChoice
from meetingdesk.services.registry import REPRINT_REASONS, RegistryService
from meetingdesk.services.search import SearchService

# (parent, interactive) -> a printer, or None when the person cancelled / none exists
PrinterProvider = Callable[[QWidget, bool], QPrinter | None]
# (parent, suggested file name) -> where to save a PDF, or None when cancelled
FileChooser = Callable[[QWidget, str], Path | None]
FolderOpener = Callable[[Path], None]

AUTO_PRINT_KEY = "badges/print_on_checkin"
LAYOUT_KEY = "badges/layout"


def ask_for_printer(parent: QWidget, interactive: bool) -> QPrinter | None:
    if not interactive:
        if QPrinterInfo.defaultPrinter().isNull():
            return None
        return QPrinter(QPrinterInfo.defaultPrinter(), QPrinter.PrinterMode.HighResolution)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


def ask_for_pdf_file(parent: QWidget, suggested: str) -> Path | None:
    dialog = QFileDialog(parent, parent.tr("Save the badges as a PDF"), suggested, "PDF (*.pdf)")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix("pdf")
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


@dataclass(frozen=True)
class JobReport:
    """How a print or save ended, for the status line and the tests."""

    kind: str  # "print", "pdf", "reprint", "checkin"
    rendered: PrintResult | None = None
    job: PrintJobResult | None = None
    record: PrintRecord | None = None
    reprint: ReprintResult | None = None
    delegate: DelegateSummary | None = None
    name: str = ""  # whose badge, for a badge printed at check-in

    @property
    def printed(self) -> bool:
        if self.reprint is not None:
            return self.reprint.outcome is ReprintOutcome.DONE and self.reprint.printed
        return self.record is not None and self.record.recorded > 0


class ReprintDialog(QDialog):
    """Whose badge is reprinted, and why, before anything happens."""

    def __init__(
        self,
        delegate: DelegateSummary,
        last: IssueRecord | None,
        reason: str | None,
        zone: ZoneInfo | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reprint a badge"))
        form = QFormLayout(self)
        who = named(QLabel(), "reprintWho")
        who.setTextFormat(Qt.TextFormat.PlainText)
        lines = [delegate.badge_name]
        if delegate.native_name and delegate.native_name != delegate.badge_name:
            lines.append(delegate.native_name)
        lines.append(delegate.delegation)
        who.setText("\n".join(lines))
        font = who.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        who.setFont(font)
        form.addRow(who)
        code = " ".join(delegate.badge_code[i : i + 4] for i in range(0, 8, 4))
        form.addRow(self.tr("Badge code"), QLabel(code))
        form.addRow(
            self.tr("Badge now in use"),
            QLabel(self.tr("generation %1").replace("%1", number(delegate.badge_generation))),
        )
        if last is not None:
            form.addRow(
                self.tr("Last reprint"),
                QLabel(
                    self.tr("%1 at %2 (%3)")
                    .replace("%1", short_time(last.at, zone))
                    .replace("%2", last.desk or self.tr("another desk"))
                    .replace("%3", reprint_reason(last.reason))
                ),
            )
        self.reason = named(QComboBox(), "reprintDialogReason")
        for value in REPRINT_REASONS:
            self.reason.addItem(reprint_reason(value), value)
        if reason is not None:
            self.reason.setCurrentIndex(max(self.reason.findData(reason), 0))
        form.addRow(self.tr("Reason"), self.reason)
        warning = QLabel(
            self.tr(
                "The badge now in use stops working at every desk once the new one"
                " has gone to the printer."
            )
        )
        warning.setWordWrap(True)
        form.addRow(warning)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        go = buttons.addButton(self.tr("&Reprint"), QDialogButtonBox.ButtonRole.AcceptRole)
        go.setObjectName("reprintConfirm")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class BadgesView(QWidget):
    finished = Signal(object)  # JobReport, after every print, save or reprint
    printFailed = Signal(int, str, str)  # noqa: N815  a badge at check-in: id, name, why
    designRequested = Signal(str)  # noqa: N815  Design…: the layout to start from

    def __init__(
        self,
        badges: BadgeService,
        registry: RegistryService,
        desk: Desk,
        *,
        printer_provider: PrinterProvider = ask_for_printer,
        file_chooser: FileChooser = ask_for_pdf_file,
        folder_opener: FolderOpener = open_folder,
        settings: QSettings | None = None,
        zone: ZoneInfo | None = None,
        parent: QWidget | None = None,
        search: SearchService | None = None,
    ) -> None:
        super().__init__(parent)
        self._badges = badges
        self._registry = registry
        self._desk = desk
        self._printer_provider = printer_provider
        self._file_chooser = file_chooser
        self._folder_opener = folder_opener
        self._settings = settings or QSettings()
        self._zone = zone
        self._task: Task | None = None
        self._counts = LatestOnly(self)  # how many the choice prints, off the GUI thread
        self._counted = 0  # what the last count said
        self._checks = InOrder(self)  # is a badge printed already? (at check-in)
        self._queued: list[tuple[int, str]] = []  # badges to print at check-in, in turn
        self._checkin_job: tuple[int, str] | None = None  # the one printing now
        self._saved: Path | None = None
        # Rendered badges hold names: gone with the view, or at the latest at exit.
        self._folder = Path(tempfile.mkdtemp(prefix="meetingdesk-badges-"))
        folder = self._folder
        self.destroyed.connect(lambda *_: shutil.rmtree(folder, ignore_errors=True))
        atexit.register(shutil.rmtree, folder, True)

        # --- who -------------------------------------------------------------------
        who = QGroupBox(self.tr("Badges to print"))
        self.not_printed = named(
            QRadioButton(self.tr("Everyone whose badge is not printed yet")), "choiceNotPrinted"
        )
        self.by_category = named(
            QRadioButton(self.tr("Everyone in the category")), "choiceCategory"
        )
        self.category = named(QComboBox(), "category")
        self.reload_categories()
        self.by_codes = named(QRadioButton(self.tr("These badge codes")), "choiceCodes")
        self.codes = named(QLineEdit(), "codes")
        self.codes.setPlaceholderText(self.tr("codes as printed on the badges, e.g. EDKR 2K9Y"))
        # Whose code nobody has at hand: found by name, as at the check-in.
        self.find_person = named(PersonFinder(search), "findPerson") if search else None
        self.reprint_find = named(PersonFinder(search), "reprintFind") if search else None
        for finder in (self.find_person, self.reprint_find):
            if finder is not None:
                finder.setPlaceholderText(self.tr("or a name: Enter finds the person"))
                finder.missed.connect(self._say)
        self.everyone = named(QRadioButton(self.tr("Everyone")), "choiceEveryone")
        self.choice = QButtonGroup(self)
        for button in (self.not_printed, self.by_category, self.by_codes, self.everyone):
            self.choice.addButton(button)
        self.not_printed.setChecked(True)
        self.layout_choice = named(QComboBox(), "layout")
        # The shipped layouts at once; the event's own join them when read
        # (reload_layouts), off the GUI thread.
        for name in layout_names():
            self.layout_choice.addItem(load_layout(name).title, name)
        remembered = str(self._settings.value(LAYOUT_KEY, DEFAULT_LAYOUT))
        self.layout_choice.setCurrentIndex(max(self.layout_choice.findData(remembered), 0))
        self.design_button = named(QPushButton(self.tr("&Design…")), "designButton")
        self.design_button.setToolTip(self.tr("Open this layout in the badge designer"))
        self.design_button.clicked.connect(
            lambda: self.designRequested.emit(self.layout_choice.currentData())
        )
        self.count = named(QLabel(), "count")

        grid = QFormLayout(who)
        grid.addRow(self.not_printed)
        row = QHBoxLayout()
        row.addWidget(self.by_category)
        row.addWidget(self.category, 1)
        grid.addRow(row)
        row = QHBoxLayout()
        row.addWidget(self.by_codes)
        row.addWidget(self.codes, 2)
        if self.find_person is not None:
            row.addWidget(self.find_person, 1)
        grid.addRow(row)
        grid.addRow(self.everyone)
        row = QHBoxLayout()
        row.addWidget(self.layout_choice, 1)
        row.addWidget(self.design_button)
        grid.addRow(self.tr("Layout"), row)
        grid.addRow(self.count)

        self.print_button = named(QPushButton(self.tr("&Print…")), "printButton")
        self.pdf_button = named(QPushButton(self.tr("Save as P&DF…")), "pdfButton")
        self.progress = named(QProgressBar(), "progress")
        self.progress.hide()
        self.cancel_button = named(QPushButton(self.tr("Cancel")), "cancelButton")
        self.cancel_button.hide()
        self.status = named(QLabel(wordWrap=True), "status")
        self.open_folder_button = named(QPushButton(self.tr("Open its &folder")), "openFolder")
        self.open_folder_button.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.print_button)
        actions.addWidget(self.pdf_button)
        actions.addWidget(self.progress, 1)
        actions.addWidget(self.cancel_button)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.open_folder_button)

        # --- reprint ---------------------------------------------------------------
        reprint = QGroupBox(self.tr("Reprint a lost or damaged badge (the old one stops working)"))
        self.reprint_code = named(QLineEdit(), "reprintCode")
        self.reprint_code.setPlaceholderText(self.tr("badge code"))
        self.reprint_reason = named(QComboBox(), "reprintReason")
        for reason in REPRINT_REASONS:
            self.reprint_reason.addItem(reprint_reason(reason), reason)
        self.reprint_button = named(QPushButton(self.tr("&Reprint…")), "reprintButton")
        row = QHBoxLayout(reprint)
        row.addWidget(self.reprint_code, 1)
        if self.reprint_find is not None:
            row.addWidget(self.reprint_find, 1)
        row.addWidget(self.reprint_reason)
        row.addWidget(self.reprint_button)

        self.auto_print = named(
            QCheckBox(self.tr("Print the badge at check-in when it is not printed yet")),
            "autoPrint",
        )
        self.auto_print.setChecked(bool(self._settings.value(AUTO_PRINT_KEY, False, type=bool)))

        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addLayout(actions)
        layout.addLayout(status_row)
        layout.addWidget(reprint)
        layout.addWidget(self.auto_print)
        layout.addStretch(1)

        self.choice.buttonToggled.connect(lambda *_: self.refresh_count())
        self.category.currentIndexChanged.connect(lambda *_: self.refresh_count())
        self.codes.textChanged.connect(lambda *_: self.refresh_count())
        if self.find_person is not None:
            self.find_person.chosen.connect(self._add_person)
        if self.reprint_find is not None:
            self.reprint_find.chosen.connect(
                lambda hit: self.reprint_code.setText(printed_code(hit.badge_code))
            )
        self.print_button.clicked.connect(lambda: self.start(to_printer=True))
        self.pdf_button.clicked.connect(lambda: self.start(to_printer=False))
        self.cancel_button.clicked.connect(self.cancel)
        self.reprint_button.clicked.connect(lambda: self.start_reprint())
        self.reprint_code.returnPressed.connect(lambda: self.start_reprint())
        self.open_folder_button.clicked.connect(self._open_saved_folder)
        self.auto_print.toggled.connect(lambda on: self._settings.setValue(AUTO_PRINT_KEY, on))
        self.layout_choice.currentIndexChanged.connect(
            lambda *_: self._settings.setValue(LAYOUT_KEY, self.layout_choice.currentData())
        )
        self.refresh_count()

    # --- the choice ------------------------------------------------------------------

    def reload_layouts(self, choices: list[LayoutChoice], select: str | None = None) -> None:
        """The layouts there are, shipped and the event's own; ``select``: the
        one to choose (a layout just saved), else the one last chosen, as the
        settings remember it (the event's own, perhaps, not listed until now)."""
        chosen = select or str(self._settings.value(LAYOUT_KEY, DEFAULT_LAYOUT))
        self.layout_choice.blockSignals(True)
        self.layout_choice.clear()
        for choice in choices:
            self.layout_choice.addItem(choice.title, choice.name)
        self.layout_choice.blockSignals(False)
        self.layout_choice.setCurrentIndex(max(self.layout_choice.findData(chosen), 0))

    def reload_categories(self, categories: list[Category] | None = None) -> None:
        """The categories as the set-up now has them (read already, off the GUI
        thread, or read here), keeping the one chosen."""
        if categories is None:
            categories = self._registry.categories()
        chosen = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        for category in categories:
            self.category.addItem(f"{category.label} ({category.code})", category.code)
        self.category.setCurrentIndex(max(self.category.findData(chosen), 0))
        self.category.blockSignals(False)

    def _choice(self) -> dict[str, Any] | None:
        """The chosen badges as the service's filter; None: codes chosen, none typed."""
        if self.by_category.isChecked():
            return {"category": self.category.currentData()}
        if self.by_codes.isChecked():
            wanted = typed_codes(self.codes.text())
            return {"only_codes": wanted} if wanted else None
        if self.everyone.isChecked():
            return {}
        return {"not_printed": True}

    def refresh_count(self) -> None:
        """How many badges the choice prints, counted off the GUI thread (a count
        over 100,000 delegates takes tens of milliseconds); latest choice wins."""
        choice, badges = self._choice(), self._badges
        if choice is None:
            self._show_count((0, 0))
            return
        self._counts.ask(lambda: badges.count(**choice), self._show_count, self._count_failed)

    def _count_failed(self, exc: BaseException) -> None:
        self.count.setText(failure(expected(exc)))  # a bug is raised: the crash dialog
        self.print_button.setEnabled(False)
        self.pdf_button.setEnabled(False)

    def _show_count(self, counted: tuple[int, int]) -> None:
        chosen, skipped = counted
        self._counted = chosen
        text = self.tr("%n badge(s) to print", "", chosen)
        if skipped:
            text += " " + self.tr("(%n cancelled registration(s) left out)", "", skipped)
        self.count.setText(text)
        busy = self._task is not None
        self.print_button.setEnabled(bool(chosen) and not busy)
        self.pdf_button.setEnabled(bool(chosen) and not busy)

    # --- printing a batch ----------------------------------------------------------------

    def start(self, to_printer: bool) -> None:
        """Print (or save) the chosen badges. Who they are is read again on the
        job's worker, after the dialogs: the choice as it is when printing
        starts, and no read of 100,000 rows on the window's thread."""
        choice, badges = self._choice(), self._badges
        if choice is None or not self._counted or self._task is not None:
            return
        if not ensure_unlocked(self, badges.keys):
            self._say(self.tr("Nothing was printed: the badge passphrase is needed."))
            return

        def select() -> tuple[list[int], int]:
            return badges.select(**choice)

        layout = self.layout_choice.currentData()
        if to_printer:
            printer = self._printer_provider(self, True)
            if printer is None:
                self._say(self.tr("Nothing was printed: no printer was chosen."))
                return
            self._print(select, "print", printer)
            return
        target = self._file_chooser(self, f"badges-{layout}-{self._counted}.pdf")
        if target is not None:
            self._print(select, "pdf", target=target)

    def _print(
        self,
        select: Callable[[], tuple[list[int], int]],
        kind: str,
        printer: QPrinter | None = None,
        name: str = "",
        target: Path | None = None,
    ) -> None:
        """Render the badges ``select`` chooses (on the worker: the badges and how
        many cancelled registrations the choice left out) and send them to
        ``printer``, recorded as printed when it takes the job; without a
        printer, save them as ``target`` and record nothing."""
        layout, badges = self.layout_choice.currentData(), self._badges

        def work(progress: Progress, cancelled: Cancelled) -> JobReport:
            chosen, skipped = select()
            if not chosen:
                return JobReport(kind, name=name)
            rendered = badges.render(
                chosen,
                target or self._folder / f"badges-{layout}-{len(chosen)}.pdf",
                layout=layout,
                progress=progress,
                cancelled=cancelled,
                skipped_cancelled=skipped,
            )
            if printer is None:
                return JobReport(kind, rendered=rendered, name=name)
            job = print_pdf(rendered.out, printer, None, cancelled)
            record = badges.record_printed(rendered, self._desk) if job.accepted else None
            return JobReport(kind, rendered=rendered, job=job, record=record, name=name)

        self._start_task(work)

    def print_for_checkin(self, result: ActionResult) -> None:
        """Connected to the check-in view: the badge of whoever just checked in."""
        if not self.auto_print.isChecked() or result.outcome is not Outcome.DONE:
            return
        delegate, badges = result.delegate, self._badges
        if delegate is None:
            return
        identity, name = delegate.id, delegate.badge_name

        def answered(printed: bool) -> None:
            if not printed:
                self.print_delegate(identity, name)

        def failed(exc: BaseException) -> None:
            self.printFailed.emit(identity, name, failure(expected(exc)))

        # Whether it is printed already is asked off the GUI thread, in turn.
        self._checks.ask(lambda: badges.is_printed(identity), answered, failed)

    def retry_delegate(self, delegate_id: int, name: str) -> None:
        """Retry from the check-in panel: the person is there to type the passphrase."""
        if ensure_unlocked(self, self._badges.keys):
            self.print_delegate(delegate_id, name)
        else:
            self.printFailed.emit(
                delegate_id, name, self.tr("the badge passphrase has not been typed on this desk")
            )

    def print_delegate(self, delegate_id: int, name: str) -> None:
        """Print one delegate's badge on the desk's printer, without a dialog (at
        check-in, and its Retry), after any job under way; a failure goes to
        ``printFailed``."""
        self._queued.append((delegate_id, name))
        self._next_queued()

    def _next_queued(self) -> None:
        if self._task is not None or not self._queued:
            return
        delegate_id, name = self._queued.pop(0)
        if self._badges.keys.needs_passphrase:
            self.printFailed.emit(
                delegate_id, name, self.tr("the badge passphrase has not been typed on this desk")
            )
            self._next_queued()
            return
        printer = self._printer_provider(self, False)
        if printer is None:
            self.printFailed.emit(delegate_id, name, self.tr("this computer has no printer set up"))
            self._next_queued()
            return
        self._checkin_job = (delegate_id, name)
        self._print(lambda: ([delegate_id], 0), "checkin", printer, name)

    # --- reprint ----------------------------------------------------------------------

    def _add_person(self, hit: SearchHit) -> None:
        """A person found by name: her code joins the list, as printed."""
        listed = typed_codes(self.codes.text())
        if hit.badge_code not in listed:
            text = self.codes.text().strip()
            self.codes.setText(
                f"{text}, {printed_code(hit.badge_code)}" if text else printed_code(hit.badge_code)
            )
        self.by_codes.setChecked(True)

    def start_reprint(self, code: str | None = None, reason: str | None = None) -> None:
        """Ask whose badge and why, then reprint (the window calls this after a
        name was corrected, with reason "name-corrected")."""
        code = (code if code is not None else self.reprint_code.text()).strip()
        if not code or self._task is not None:
            return
        badges = self._badges
        # Whose badge it is, asked off the GUI thread; then the questions.
        self._checks.ask(
            lambda: badges.reprint_target(code),
            lambda target: self._reprint_target_found(target, reason),
            lambda exc: self._say(failure(expected(exc))),
        )

    def _reprint_target_found(
        self, target: tuple[DelegateSummary, IssueRecord | None], reason: str | None
    ) -> None:
        delegate, last = target
        if self._task is not None:
            return
        if delegate.cancelled:
            self._say(
                self.tr("The registration of %1 is cancelled: no badge is reprinted.").replace(
                    "%1", delegate.badge_name
                )
            )
            return
        if not ensure_unlocked(self, self._badges.keys):
            self._say(
                self.tr(
                    "Not reprinted: the badge passphrase is needed. The badge of %1 still works."
                ).replace("%1", delegate.badge_name)
            )
            return
        dialog = ReprintDialog(
            delegate, last, reason or self.reprint_reason.currentData(), self._zone, self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self._say(
                self.tr("Not reprinted: the badge of %1 still works.").replace(
                    "%1", delegate.badge_name
                )
            )
            return
        chosen_reason = dialog.reason.currentData()
        printer = self._printer_provider(self, True)
        if printer is None:
            self._say(
                self.tr(
                    "Not reprinted: no printer was chosen. The badge of %1 still works."
                ).replace("%1", delegate.badge_name)
            )
            return
        layout = self.layout_choice.currentData()
        out = self._folder / f"reprint-{delegate.badge_code}-{delegate.badge_generation + 1}.pdf"

        def work(progress: Progress, cancelled: Cancelled) -> JobReport:
            result = self._badges.reprint(
                delegate.id,
                chosen_reason,
                self._desk,
                out,
                layout=layout,
                expected_generation=delegate.badge_generation,
                send=lambda pdf: print_pdf(pdf, printer, progress, cancelled),
            )
            return JobReport("reprint", reprint=result, delegate=delegate)

        self.reprint_code.clear()
        self._start_task(work)

    # --- the job ------------------------------------------------------------------------

    def _start_task(self, work: Work) -> None:
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.open_folder_button.hide()
        self.status.setText(self.tr("Printing…"))
        self._task = run_task(
            work, on_done=self._done, on_error=self._failed, on_progress=self._progress
        )
        self.refresh_count()

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _finish(self) -> None:
        self._task = None
        self.progress.hide()
        self.cancel_button.hide()
        self.refresh_count()

    def _say(self, text: str) -> None:
        self.open_folder_button.hide()
        self.status.setText(text)

    def _done(self, report: JobReport) -> None:
        self._finish()
        self._checkin_job = None
        if report.rendered is None and report.reprint is None:
            self._say(self.tr("Nothing was printed: no badge matches the choice any more."))
        elif report.kind == "pdf":
            self._saved_as_pdf(report)
        elif report.kind == "reprint":
            self._reprinted(report)
        else:
            self._printed(report)
        self.refresh_count()
        self.finished.emit(report)
        self._next_queued()

    def _printed(self, report: JobReport) -> None:
        rendered, job, record = report.rendered, report.job, report.record
        assert rendered is not None and job is not None
        if job.outcome is JobOutcome.ACCEPTED and record is not None:
            text = self.tr("%n badge(s) printed", "", record.recorded)
            text += " " + self.tr("on %n page(s).", "", rendered.pages)
            if record.superseded:
                text += " " + self.tr(
                    "%n of them had been reprinted meanwhile and no longer work.",
                    "",
                    len(record.superseded),
                )
        elif job.outcome is JobOutcome.CANCELLED:
            text = self.tr("Printing cancelled: no badge counts as printed.")
        else:
            text = self.tr(
                "The printer %1 did not take the job: no badge counts as printed."
            ).replace("%1", job.detail or self.tr("(unnamed)"))
        if rendered.warnings:
            said = "; ".join(badge_warning(w) for w in rendered.warnings)
            text += " " + self.tr("Warnings: %1").replace("%1", said)
        self._say(text)
        if report.kind == "checkin" and not report.printed:
            delegate_id = rendered.badges[0][0] if rendered.badges else 0
            why = (
                self.tr("printing was cancelled")
                if job.outcome is JobOutcome.CANCELLED
                else self.tr("the printer %1 did not take the job").replace("%1", job.detail)
            )
            self.printFailed.emit(delegate_id, report.name, why)

    def _saved_as_pdf(self, report: JobReport) -> None:
        rendered = report.rendered
        assert rendered is not None
        asked = QMessageBox.question(
            self,
            self.tr("Mark as printed?"),
            self.tr(
                "%n badge(s) saved as a PDF. Will you print this file now? Only then"
                " should they count as printed.",
                "",
                rendered.printed,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        text = self.tr("%n badge(s) saved to %1.", "", rendered.printed).replace(
            "%1", str(rendered.out)
        )
        if asked == QMessageBox.StandardButton.Yes:
            try:
                record = self._badges.record_printed(rendered, self._desk, via="pdf")
            except MeetingdeskError as exc:
                text += " " + failure(exc)
            else:
                text += " " + self.tr("%n now count as printed.", "", record.recorded)
        else:
            text += " " + self.tr("They do not count as printed.")
        self._say(text)
        self._saved = rendered.out
        self.open_folder_button.show()

    def _reprinted(self, report: JobReport) -> None:
        result = report.reprint
        assert result is not None
        name = result.delegate.badge_name
        if result.outcome is ReprintOutcome.DONE:
            text = (
                self.tr("Badge of %1 reprinted (%2): the old badge no longer works.")
                .replace("%1", name)
                .replace("%2", reprint_reason(result.reason))
            )
        elif result.outcome is ReprintOutcome.SUPERSEDED:
            by = result.by
            when = short_time(by.at, self._zone) if by is not None else ""
            text = (
                self.tr(
                    "The badge of %1 was reprinted just now at %2 (%3): nothing was changed here."
                )
                .replace("%1", name)
                .replace("%2", (by.desk if by and by.desk else self.tr("another desk")))
                .replace("%3", when)
            )
        elif result.outcome is ReprintOutcome.PRINT_CANCELLED:
            text = self.tr(
                "Printing cancelled: the badge of %1 was not reprinted and still works."
            ).replace("%1", name)
        else:
            text = (
                self.tr("The printer %1 did not take the new badge: the badge of %2 still works.")
                .replace("%1", result.detail or self.tr("(unnamed)"))
                .replace("%2", name)
            )
        self._say(text)

    def _failed(self, error: BaseException) -> None:
        from meetingdesk.badges.render import RenderCancelled

        self._finish()
        checkin_job, self._checkin_job = self._checkin_job, None
        if isinstance(error, RenderCancelled):
            text = self.tr("Cancelled: nothing was printed.")
        elif isinstance(error, OutputRefused):
            text = output_problem(error)
        elif isinstance(error, MeetingdeskError):
            text = failure(error)
        else:
            raise error  # a bug: to the crash dialog and the log
        self._say(text)
        if checkin_job is not None:
            self.printFailed.emit(*checkin_job, text)
        self.finished.emit(JobReport("failed"))
        self._next_queued()

    def _open_saved_folder(self) -> None:
        if self._saved is not None:
            self._folder_opener(self._saved)
