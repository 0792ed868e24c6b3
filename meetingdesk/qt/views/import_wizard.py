"""The import wizard: choose the file, map its columns, read the preview and the
problems, import. Reading, checking and writing run off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from meetingdesk.domain.errors import MeetingdeskError
from meetingdesk.domain.values import Desk
from meetingdesk.qt.widgets import named
from meetingdesk.qt.wording import failure, import_problem
from meetingdesk.qt.workers import Cancelled, Progress, Task, run_task
from meetingdesk.services.importer import FIELDS, ImportPlan, ImportResult, ImportService
from meetingdesk.services.registry import RegistryService
from meetingdesk.services.spreadsheet import Table, read_limited, read_table_bytes

IGNORE = ""


def _said(
    error: BaseException, progress: QProgressBar, label: QLabel, template: str = "%1"
) -> None:
    """A page's background work failed: a known failure is said on the page,
    anything else is a bug for the crash dialog."""
    progress.hide()
    if not isinstance(error, MeetingdeskError):
        raise error
    label.setText(template.replace("%1", failure(error)))


class ImportProblem(MeetingdeskError):
    """The chosen file cannot be read at all."""


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Which list?"))
        self.setSubTitle(self.tr("A CSV or Excel file, as the delegation sent it."))
        self.path = named(QLineEdit(), "importPath")
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        self.progress = named(QProgressBar(), "readProgress")
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.message = named(QLabel(wordWrap=True), "readMessage")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.path.textChanged.connect(self._changed)
        self.path.returnPressed.connect(self.read)
        self._task: Task | None = None

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Delegate list"),
            "",
            self.tr("Lists (*.csv *.txt *.xlsx);;All files (*)"),
        )
        if chosen:
            self.path.setText(chosen)
            self.read()

    def _changed(self) -> None:
        self._wizard.table = None
        self.message.clear()
        self.completeChanged.emit()

    def read(self) -> None:
        path = Path(self.path.text().strip())
        if not self.path.text().strip() or self._task is not None:
            return
        self.progress.show()
        self.message.setText(self.tr("Reading…"))

        def work(progress: Progress, cancelled: Cancelled) -> tuple[bytes, Table]:
            data = read_limited(path)
            return data, read_table_bytes(data, str(path))

        self._task = run_task(work, on_done=self._read, on_error=self._failed)

    def _read(self, result: tuple[bytes, Table]) -> None:
        self._task = None
        self.progress.hide()
        data, table = result
        self._wizard.data, self._wizard.table = data, table
        self.message.setText(
            self.tr("%1: %2 rows.")
            .replace("%1", table.describe())
            .replace("%2", str(len(table.rows)))
        )
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        _said(error, self.progress, self.message)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self._wizard.table is not None

    def validatePage(self) -> bool:  # noqa: N802
        return self._wizard.table is not None


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Which column is what?"))
        self.setSubTitle(self.tr("Recognised headers are chosen already; choose the rest."))
        self.columns = named(QTableWidget(0, 3), "mapping")
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("First values"), self.tr("Field")]
        )
        self.columns.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.columns.verticalHeader().hide()
        self.delegation = named(QComboBox(), "defaultDelegation")
        self.category = named(QComboBox(), "defaultCategory")
        self.empty_clears = named(
            QCheckBox(
                self.tr("An empty cell clears what is stored (otherwise the stored value is kept)")
            ),
            "emptyClears",
        )
        form = QFormLayout()
        form.addRow(self.tr("Delegation of rows that name none"), self.delegation)
        form.addRow(self.tr("Category of rows that name none"), self.category)
        form.addRow(self.empty_clears)
        layout = QVBoxLayout(self)
        layout.addWidget(self.columns, 1)
        layout.addLayout(form)

    def initializePage(self) -> None:  # noqa: N802
        wizard = self._wizard
        table = wizard.table
        assert table is not None
        suggested = wizard.importer.suggest(table)
        self.columns.setRowCount(len(table.headers))
        for index in range(len(table.headers)):
            self.columns.setItem(index, 0, QTableWidgetItem(table.column_name(index)))
            samples = ", ".join(r.values[index] for r in table.rows[:3] if r.values[index])
            self.columns.setItem(index, 1, QTableWidgetItem(samples))
            combo = named(QComboBox(), f"field{index}")
            combo.addItem(self.tr("— ignore —"), IGNORE)
            for name, spec in FIELDS.items():
                combo.addItem(spec.label, name)
            combo.setCurrentIndex(max(combo.findData(suggested.get(index, IGNORE)), 0))
            self.columns.setCellWidget(index, 2, combo)
        self.delegation.clear()
        self.delegation.addItem(self.tr("— none —"), None)
        for delegation in wizard.registry.delegations():
            self.delegation.addItem(delegation.name, delegation.name)
        self.category.clear()
        self.category.addItem(self.tr("— none —"), None)
        for category in wizard.registry.categories():
            self.category.addItem(f"{category.label} ({category.code})", category.code)

    def mapping(self) -> dict[int, str]:
        chosen: dict[int, str] = {}
        for index in range(self.columns.rowCount()):
            combo = self.columns.cellWidget(index, 2)
            assert isinstance(combo, QComboBox)
            field = combo.currentData()
            if field:
                chosen[index] = field
        return chosen

    def validatePage(self) -> bool:  # noqa: N802
        self._wizard.mapping = self.mapping()
        self._wizard.defaults = (self.delegation.currentData(), self.category.currentData())
        self._wizard.empty_clears = self.empty_clears.isChecked()
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("What will change"))
        self.summary = named(QLabel(wordWrap=True), "summary")
        self.progress = named(QProgressBar(), "checkProgress")
        self.adds = named(QListWidget(), "adds")
        self.changes = named(QListWidget(), "changes")
        self.left_out = named(QListWidget(), "leftOut")
        self.problems = named(QListWidget(), "problems")
        self.skip = named(
            QCheckBox(self.tr("Import the other rows and skip the ones with problems")),
            "skipInvalid",
        )
        self.skip.toggled.connect(lambda *_: self.completeChanged.emit())
        self.lists = named(QTabWidget(), "lists")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.lists, 1)
        layout.addWidget(self.skip)
        self._task: Task | None = None

    def initializePage(self) -> None:  # noqa: N802
        wizard = self._wizard
        wizard.plan = None
        for widget in (self.adds, self.changes, self.left_out, self.problems):
            widget.clear()
        self.summary.setText(self.tr("Checking every row…"))
        self.progress.show()
        table = wizard.table
        assert table is not None
        data, source, mapping = wizard.data, table.source, dict(wizard.mapping)
        delegation, category = wizard.defaults
        empty_clears = wizard.empty_clears

        def work(progress: Progress, cancelled: Cancelled) -> ImportPlan:
            return wizard.importer.plan(
                data,
                source,
                mapping,
                default_delegation=delegation,
                default_category=category,
                progress=progress,
                empty_clears=empty_clears,
            )

        self._task = run_task(
            work, on_done=self._planned, on_error=self._failed, on_progress=self._progress
        )

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _planned(self, plan: ImportPlan) -> None:
        self._task = None
        self.progress.hide()
        self._wizard.plan = plan
        self.summary.setText(plan.summary())
        for problem in plan.problems:
            self.problems.addItem(import_problem(problem))
        for incoming in plan.adds:
            values = incoming.values
            self.adds.addItem(
                f"{self.tr('line')} {incoming.line}: "
                f"{values.get('given_name', '')} {values['family_name']}".strip()
            )
        for change in plan.changes:
            cleared = self.tr("(cleared)")
            fields = ", ".join(
                f"{FIELDS[f].label}: {old or '—'} → {new or (cleared if old else '—')}"
                for f, (old, new) in change.fields.items()
                if f in FIELDS
            )
            self.changes.addItem(f"{self.tr('line')} {change.line}: {change.name} ({fields})")
        for _, name, delegation in plan.left_out:
            self.left_out.addItem(f"{name}, {delegation}")
        self.lists.clear()
        for label, widget in (
            (self.tr("Problems"), self.problems),
            (self.tr("To add"), self.adds),
            (self.tr("To update"), self.changes),
            (self.tr("Not on the list (kept)"), self.left_out),
        ):
            if widget.count():
                self.lists.addTab(widget, f"{label} ({widget.count()})")
        self.skip.setVisible(bool(plan.problems))
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        _said(error, self.progress, self.summary)

    def isComplete(self) -> bool:  # noqa: N802
        plan = self._wizard.plan
        if plan is None or not (plan.adds or plan.changes):
            return False
        return not plan.problems or self.skip.isChecked()

    def validatePage(self) -> bool:  # noqa: N802
        self._wizard.skip_invalid = self.skip.isChecked()
        return self.isComplete()


class ImportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Importing"))
        self.progress = named(QProgressBar(), "importProgress")
        self.progress.setRange(0, 0)
        self.result = named(QLabel(wordWrap=True), "result")
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.done = False
        self._task: Task | None = None

    def initializePage(self) -> None:  # noqa: N802
        wizard = self._wizard
        plan = wizard.plan
        assert plan is not None
        self.done = False
        self.progress.show()
        self.result.setText(self.tr("Writing, all in one go…"))

        def work(progress: Progress, cancelled: Cancelled) -> ImportResult:
            result = wizard.importer.apply(plan, wizard.desk, skip_invalid=wizard.skip_invalid)
            wizard.importer.remember(plan.table, plan.mapping)
            return result

        self._task = run_task(work, on_done=self._done, on_error=self._failed)

    def _done(self, result: ImportResult) -> None:
        self._task = None
        self.progress.hide()
        self.done = True
        self.result.setText(
            self.tr("Imported: %1 added, %2 updated, %3 unchanged, %4 lines skipped.")
            .replace("%1", str(result.added))
            .replace("%2", str(result.updated))
            .replace("%3", str(result.unchanged))
            .replace("%4", str(result.skipped_lines))
        )
        self._wizard.imported = result
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        _said(error, self.progress, self.result, self.tr("Nothing was imported: %1"))

    def isComplete(self) -> bool:  # noqa: N802
        return self.done


class ImportWizard(QWizard):
    def __init__(
        self,
        importer: ImportService,
        registry: RegistryService,
        desk: Desk,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a delegate list"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.importer = importer
        self.registry = registry
        self.desk = desk
        self.data = b""
        self.table: Table | None = None
        self.mapping: dict[int, str] = {}
        self.defaults: tuple[Any, Any] = (None, None)
        self.plan: ImportPlan | None = None
        self.skip_invalid = False
        self.empty_clears = False
        self.imported: ImportResult | None = None
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.import_page = ImportPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.import_page):
            self.addPage(page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.resize(900, 640)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
