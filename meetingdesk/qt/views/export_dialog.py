"""File > Export…: what organisers take away after the meeting, from the window.

The five exports, in CSV, XLSX or PDF, written off the GUI thread; afterwards
the dialog says where the file is, with a button that opens its folder. A file
that cannot be written there (the database itself, a missing folder, a full
disk) is said plainly and nothing is left behind."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.domain.errors import MeetingdeskError
from meetingdesk.files import OutputRefused
from meetingdesk.qt.desktop import open_folder
from meetingdesk.qt.theme import set_tone
from meetingdesk.qt.widgets import named
from meetingdesk.qt.wording import failure, output_problem
from meetingdesk.qt.workers import Cancelled, Progress, Task, run_task
from meetingdesk.services.exporting import ExportService

# (parent, suggested path, file-type filter) -> where to save, or None when cancelled
SaveChooser = Callable[[QWidget, Path, str], Path | None]
FolderOpener = Callable[[Path], None]

FORMATS = ("xlsx", "csv", "pdf")


def export_kinds() -> dict[str, str]:
    return {
        "attendance": QCoreApplication.translate("ExportDialog", "Attendance per session"),
        "participants": QCoreApplication.translate("ExportDialog", "List of participants"),
        "checkins": QCoreApplication.translate(
            "ExportDialog", "Check-ins, undos, reprints and refused scans"
        ),
        "statistics": QCoreApplication.translate("ExportDialog", "Statistics"),
        "sheets": QCoreApplication.translate(
            "ExportDialog", "Paper check-in lists and sign-in sheets"
        ),
    }


def ask_where_to_save(parent: QWidget, suggested: Path, file_filter: str) -> Path | None:
    dialog = QFileDialog(
        parent, QCoreApplication.translate("ExportDialog", "Export to"), str(suggested)
    )
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(file_filter)
    dialog.setDefaultSuffix(suggested.suffix.lstrip("."))
    dialog.selectFile(suggested.name)
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


class ExportDialog(QDialog):
    def __init__(
        self,
        exports: ExportService,
        *,
        chooser: SaveChooser = ask_where_to_save,
        folder_opener: FolderOpener = open_folder,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self._exports = exports
        self._chooser = chooser
        self._folder_opener = folder_opener
        self._task: Task | None = None
        self.written: Path | None = None

        self.kind = named(QComboBox(), "exportKind")
        for key, words in export_kinds().items():
            self.kind.addItem(words, key)
        self.format = named(QComboBox(), "exportFormat")
        for fmt, words in (
            ("xlsx", self.tr("Excel workbook (XLSX)")),
            ("csv", self.tr("CSV (one table)")),
            ("pdf", self.tr("PDF, ready to print")),
        ):
            self.format.addItem(words, fmt)
        self.delimiter = named(QComboBox(), "exportDelimiter")
        for sign, words in (
            (",", self.tr("comma")),
            (";", self.tr("semicolon (Excel in Spanish, French, German…)")),
            ("\t", self.tr("tab")),
        ):
            self.delimiter.addItem(words, sign)
        self.order = named(QComboBox(), "exportOrder")
        self.order.addItem(self.tr("English names"), "en")
        self.order.addItem(self.tr("French names"), "fr")
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self._folder = Path(documents or Path.home())
        self.destination = named(QLineEdit(), "exportDestination")
        self.choose = named(QPushButton(self.tr("&Choose…")), "exportChoose")
        where = QHBoxLayout()
        where.addWidget(self.destination, 1)
        where.addWidget(self.choose)

        form = QFormLayout()
        form.addRow(self.tr("Export"), self.kind)
        form.addRow(self.tr("Format"), self.format)
        self.delimiter_label = QLabel(self.tr("CSV separator"))
        form.addRow(self.delimiter_label, self.delimiter)
        self.order_label = QLabel(self.tr("Protocol order by"))
        form.addRow(self.order_label, self.order)
        form.addRow(self.tr("Save to"), where)

        self.progress = named(QProgressBar(), "exportProgress")
        self.progress.setRange(0, 0)  # the export does not know its length
        self.progress.hide()
        self.message = named(QLabel(wordWrap=True), "exportMessage")
        self.open_folder = named(QPushButton(self.tr("Open its &folder")), "exportOpenFolder")
        self.open_folder.hide()
        self.export_button = named(QPushButton(self.tr("E&xport")), "exportButton")
        self.export_button.setDefault(True)
        close = named(QPushButton(self.tr("Close")), "exportClose")
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_folder)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.kind.currentIndexChanged.connect(lambda *_: self._choices_changed())
        self.format.currentIndexChanged.connect(lambda *_: self._choices_changed())
        self.choose.clicked.connect(self._choose)
        self.export_button.clicked.connect(self.export)
        self.open_folder.clicked.connect(self._open_folder)
        close.clicked.connect(self.reject)
        self._choices_changed()
        self.resize(640, 240)

    def _choices_changed(self) -> None:
        kind, fmt = self.kind.currentData(), self.format.currentData()
        sheets_only_pdf = kind == "sheets"
        for index in range(self.format.count()):
            item = self.format.model().item(index)  # type: ignore[attr-defined]
            item.setEnabled(not sheets_only_pdf or self.format.itemData(index) == "pdf")
        if sheets_only_pdf and fmt != "pdf":
            self.format.setCurrentIndex(self.format.findData("pdf"))
            return  # called again by the change
        self.delimiter.setVisible(fmt == "csv")
        self.delimiter_label.setVisible(fmt == "csv")
        ordered = kind in ("participants", "sheets")
        self.order.setVisible(ordered)
        self.order_label.setVisible(ordered)
        current = Path(self.destination.text()) if self.destination.text() else None
        folder = current.parent if current else self._folder
        self.destination.setText(str(folder / f"{kind}.{fmt}"))

    def _choose(self) -> None:
        fmt = self.format.currentData()
        chosen = self._chooser(self, Path(self.destination.text()), f"{fmt.upper()} (*.{fmt})")
        if chosen is not None:
            self.destination.setText(str(chosen))

    def export(self) -> None:
        if self._task is not None or not self.destination.text().strip():
            return
        kind, fmt = self.kind.currentData(), self.format.currentData()
        out = Path(self.destination.text().strip()).expanduser()
        delimiter, order = self.delimiter.currentData(), self.order.currentData()

        def work(progress: Progress, cancelled: Cancelled) -> Path:
            return self._exports.write(kind, fmt, out, delimiter=delimiter, order=order)

        self.progress.show()
        self.open_folder.hide()
        self.export_button.setEnabled(False)
        set_tone(self.message, None)
        self.message.setText(self.tr("Writing %1…").replace("%1", self.kind.currentText()))
        self._task = run_task(work, on_done=self._done, on_error=self._failed)

    def _done(self, written: Path) -> None:
        self._task = None
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.written = written
        set_tone(self.message, "ok")
        self.message.setText(
            self.tr("%1 written to %2.")
            .replace("%1", self.kind.currentText())
            .replace("%2", str(written))
        )
        self.open_folder.show()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self.progress.hide()
        self.export_button.setEnabled(True)
        if isinstance(error, OutputRefused):
            text = output_problem(error)
        elif isinstance(error, MeetingdeskError):
            text = failure(error)
        else:
            raise error  # a bug: to the crash dialog and the log
        set_tone(self.message, "error")
        self.message.setText(text)

    def _open_folder(self) -> None:
        if self.written is not None:
            self._folder_opener(self.written)
