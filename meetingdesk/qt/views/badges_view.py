"""Printing badges at the venue: a batch before the doors open, a reprint at the desk,
or each badge as its delegate checks in."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.badges.layout import layout_names, load_layout
from meetingdesk.domain.errors import MeetingdeskError
from meetingdesk.domain.values import ActionResult, Desk, Outcome
from meetingdesk.qt.printing import print_pdf
from meetingdesk.qt.widgets import named
from meetingdesk.qt.workers import Cancelled, Progress, Task, Work, run_task
from meetingdesk.services.badges import DEFAULT_LAYOUT, BadgeService, PrintResult
from meetingdesk.services.registry import REPRINT_REASONS, RegistryService

# (parent, interactive) -> a printer, or None when the person cancelled / none exists
PrinterProvider = Callable[[QWidget, bool], QPrinter | None]
Opener = Callable[[Path], None]

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


def open_in_viewer(pdf: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(pdf)))


class BadgesView(QWidget):
    printed = Signal(object)  # PrintResult

    def __init__(
        self,
        badges: BadgeService,
        registry: RegistryService,
        desk: Desk,
        *,
        printer_provider: PrinterProvider = ask_for_printer,
        opener: Opener = open_in_viewer,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._badges = badges
        self._registry = registry
        self._desk = desk
        self._printer_provider = printer_provider
        self._opener = opener
        self._settings = settings or QSettings()
        self._task: Task | None = None
        self._folder = Path(tempfile.mkdtemp(prefix="meetingdesk-badges-"))

        # --- who -------------------------------------------------------------------
        who = QGroupBox(self.tr("Badges to print"))
        self.not_printed = named(
            QRadioButton(self.tr("Everyone whose badge is not printed yet")), "choiceNotPrinted"
        )
        self.by_category = named(
            QRadioButton(self.tr("Everyone in the category")), "choiceCategory"
        )
        self.category = named(QComboBox(), "category")
        for category in registry.categories():
            self.category.addItem(f"{category.label} ({category.code})", category.code)
        self.by_codes = named(QRadioButton(self.tr("These badge codes")), "choiceCodes")
        self.codes = named(QLineEdit(), "codes")
        self.codes.setPlaceholderText(self.tr("codes separated by spaces"))
        self.everyone = named(QRadioButton(self.tr("Everyone")), "choiceEveryone")
        self.choice = QButtonGroup(self)
        for button in (self.not_printed, self.by_category, self.by_codes, self.everyone):
            self.choice.addButton(button)
        self.not_printed.setChecked(True)
        self.layout_choice = named(QComboBox(), "layout")
        for name in layout_names():
            self.layout_choice.addItem(load_layout(name).title, name)
        remembered = str(self._settings.value(LAYOUT_KEY, DEFAULT_LAYOUT))
        self.layout_choice.setCurrentIndex(max(self.layout_choice.findData(remembered), 0))
        self.count = named(QLabel(), "count")

        grid = QFormLayout(who)
        grid.addRow(self.not_printed)
        row = QHBoxLayout()
        row.addWidget(self.by_category)
        row.addWidget(self.category, 1)
        grid.addRow(row)
        row = QHBoxLayout()
        row.addWidget(self.by_codes)
        row.addWidget(self.codes, 1)
        grid.addRow(row)
        grid.addRow(self.everyone)
        grid.addRow(self.tr("Layout"), self.layout_choice)
        grid.addRow(self.count)

        self.print_button = named(QPushButton(self.tr("&Print…")), "printButton")
        self.pdf_button = named(QPushButton(self.tr("Open as P&DF")), "pdfButton")
        self.progress = named(QProgressBar(), "progress")
        self.progress.hide()
        self.cancel_button = named(QPushButton(self.tr("Cancel")), "cancelButton")
        self.cancel_button.hide()
        self.status = named(QLabel(wordWrap=True), "status")
        actions = QHBoxLayout()
        actions.addWidget(self.print_button)
        actions.addWidget(self.pdf_button)
        actions.addWidget(self.progress, 1)
        actions.addWidget(self.cancel_button)

        # --- reprint ---------------------------------------------------------------
        reprint = QGroupBox(self.tr("Reprint a lost or damaged badge (the old one stops working)"))
        self.reprint_code = named(QLineEdit(), "reprintCode")
        self.reprint_code.setPlaceholderText(self.tr("badge code"))
        self.reprint_reason = named(QComboBox(), "reprintReason")
        for reason, label in zip(
            REPRINT_REASONS,
            (self.tr("lost"), self.tr("damaged"), self.tr("name corrected")),
            strict=True,
        ):
            self.reprint_reason.addItem(label, reason)
        self.reprint_button = named(QPushButton(self.tr("&Reprint…")), "reprintButton")
        row = QHBoxLayout(reprint)
        row.addWidget(self.reprint_code, 1)
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
        layout.addWidget(self.status)
        layout.addWidget(reprint)
        layout.addWidget(self.auto_print)
        layout.addStretch(1)

        self.choice.buttonToggled.connect(lambda *_: self.refresh_count())
        self.category.currentIndexChanged.connect(lambda *_: self.refresh_count())
        self.codes.textChanged.connect(lambda *_: self.refresh_count())
        self.print_button.clicked.connect(lambda: self.start(to_printer=True))
        self.pdf_button.clicked.connect(lambda: self.start(to_printer=False))
        self.cancel_button.clicked.connect(self.cancel)
        self.reprint_button.clicked.connect(self.reprint)
        self.auto_print.toggled.connect(lambda on: self._settings.setValue(AUTO_PRINT_KEY, on))
        self.layout_choice.currentIndexChanged.connect(
            lambda *_: self._settings.setValue(LAYOUT_KEY, self.layout_choice.currentData())
        )
        self.refresh_count()

    # --- the choice ------------------------------------------------------------------

    def _selection(self) -> tuple[list[int], int]:
        if self.by_category.isChecked():
            return self._badges.select(category=self.category.currentData())
        if self.by_codes.isChecked():
            wanted = self.codes.text().split()
            if not wanted:
                return [], 0
            return self._badges.select(only_codes=wanted)
        if self.everyone.isChecked():
            return self._badges.select()
        return self._badges.select(not_printed=True)

    def refresh_count(self) -> None:
        try:
            chosen, skipped = self._selection()
        except MeetingdeskError as exc:
            self.count.setText(str(exc))
            self.print_button.setEnabled(False)
            self.pdf_button.setEnabled(False)
            return
        text = self.tr("%n badge(s) to print", "", len(chosen))
        if skipped:
            text += " " + self.tr("(%n cancelled registration(s) left out)", "", skipped)
        self.count.setText(text)
        busy = self._task is not None
        self.print_button.setEnabled(bool(chosen) and not busy)
        self.pdf_button.setEnabled(bool(chosen) and not busy)

    # --- printing ----------------------------------------------------------------------

    def start(self, to_printer: bool) -> None:
        chosen, skipped = self._selection()
        if not chosen:
            return
        printer = self._printer_provider(self, True) if to_printer else None
        if to_printer and printer is None:
            return
        self._run(chosen, skipped, printer)

    def print_for_checkin(self, result: ActionResult) -> None:
        """Connected to the check-in view: the badge of whoever just checked in."""
        if not self.auto_print.isChecked() or result.outcome is not Outcome.DONE:
            return
        delegate = result.delegate
        if delegate is None or self._badges.is_printed(delegate.id) or self._task is not None:
            return
        printer = self._printer_provider(self, False)
        if printer is None:
            self.status.setText(
                self.tr("No printer: the badge of %1 was not printed.").replace(
                    "%1", delegate.badge_name
                )
            )
            return
        self._run([delegate.id], 0, printer)

    def reprint(self) -> None:
        code = self.reprint_code.text().strip()
        if not code or self._task is not None:
            return
        printer = self._printer_provider(self, True)
        reason = self.reprint_reason.currentData()
        layout = self.layout_choice.currentData()
        out = self._folder / f"reprint-{code.upper()}.pdf"

        def work(progress: Progress, cancelled: Cancelled) -> PrintResult:
            result = self._badges.reprint(code, reason, self._desk, out, layout)
            if printer is not None:
                print_pdf(result.out, printer, progress, cancelled)
            return result

        self._start_task(work, printer is not None)
        self.reprint_code.clear()

    def _run(self, chosen: list[int], skipped: int, printer: QPrinter | None) -> None:
        layout = self.layout_choice.currentData()
        out = self._folder / f"badges-{layout}-{len(chosen)}.pdf"

        def work(progress: Progress, cancelled: Cancelled) -> PrintResult:
            result = self._badges.print_badges(
                chosen,
                out,
                self._desk,
                layout=layout,
                progress=progress,
                cancelled=cancelled,
                skipped_cancelled=skipped,
            )
            if printer is not None:
                print_pdf(result.out, printer, None, cancelled)
            return result

        self._start_task(work, printer is not None)

    def _start_task(self, work: Work, to_printer: bool) -> None:
        self._to_printer = to_printer
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
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

    def _done(self, result: PrintResult) -> None:
        self._finish()
        text = self.tr("%n badge(s) printed", "", result.printed)
        text += " " + self.tr("on %n page(s).", "", result.pages)
        if result.warnings:
            text += " " + self.tr("Warnings: %1").replace("%1", "; ".join(result.warnings))
        self.status.setText(text)
        if not self._to_printer:
            self._opener(result.out)
        self.printed.emit(result)

    def _failed(self, error: BaseException) -> None:
        from meetingdesk.badges.render import RenderCancelled

        self._finish()
        if isinstance(error, RenderCancelled):
            self.status.setText(self.tr("Cancelled: nothing was printed."))
        elif isinstance(error, MeetingdeskError):
            self.status.setText(str(error))
        else:
            raise error  # a bug: to the crash dialog and the log
