"""Editing a delegate, or registering a walk-in: the same form. Errors point at
their field. A walk-in starts with no delegation and no category: both are chosen
(type a few letters). When the name is already registered, the default button
checks in the registered person; registering a second person of that name takes
its own, explicit button."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.domain.errors import ValidationError
from meetingdesk.domain.model import Category, Delegation
from meetingdesk.domain.values import ActionResult, DelegateSummary, Desk
from meetingdesk.qt.theme import set_tone
from meetingdesk.qt.widgets import named
from meetingdesk.qt.wording import failure
from meetingdesk.qt.workers import InOrder, LatestOnly, expected
from meetingdesk.services.registry import DelegateFields, EditResult, RegistryService

log = logging.getLogger("meetingdesk.qt")

ERROR_STYLE = "border: 2px solid #B71C1C;"


class DelegateDialog(QDialog):
    def __init__(
        self,
        registry: RegistryService,
        desk: Desk,
        delegate_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._registry = registry
        self._desk = desk
        self._delegate_id = delegate_id
        self.saved: DelegateSummary | None = None
        self.checkin: ActionResult | None = None
        self.edit_result: EditResult | None = None
        # A walk-in who turned out to be registered already: check this one in.
        self.registered: DelegateSummary | None = None
        self._namesakes: list[DelegateSummary] = []
        # The save and the look for namesakes ask the database off the GUI
        # thread: a slow or cut link never freezes the form.
        self._saves = InOrder(self)
        self._lookups = LatestOnly(self)
        walk_in = delegate_id is None
        self.setWindowTitle(
            self.tr("Walk-in registration") if walk_in else self.tr("Edit delegate")
        )

        self.honorific = named(QLineEdit(), "honorific")
        self.given_name = named(QLineEdit(), "given_name")
        self.family_name = named(QLineEdit(), "family_name")
        self.badge_name = named(QLineEdit(), "badge_name")
        self.badge_name.setPlaceholderText(self.tr("given and family name"))
        self.native_name = named(QLineEdit(), "native_name")
        self.function = named(QLineEdit(), "function")
        # Filled once the lists (and, to edit, the delegate) are read off the GUI thread.
        self.delegation = named(QComboBox(), "delegation")
        self.category = named(QComboBox(), "category")
        for combo, hint in (
            (self.delegation, self.tr("type to choose the delegation")),
            (self.category, self.tr("type to choose the category")),
        ):
            # Type to find among fifty-seven States; nothing is chosen for the person.
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = QCompleter(combo.model(), combo)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            combo.setCompleter(completer)
            line = combo.lineEdit()
            assert line is not None  # editable
            line.setPlaceholderText(hint)
        self.head = named(QCheckBox(self.tr("Head of delegation")), "head_of_delegation")
        self.email = named(QLineEdit(), "email")
        self.phone = named(QLineEdit(), "phone")
        self.notes = named(QLineEdit(), "notes")
        self.similar = named(QLabel(wordWrap=True), "similar")
        set_tone(self.similar, "warning")
        self.similar.hide()
        self.error = named(QLabel(wordWrap=True), "error")
        set_tone(self.error, "error")
        self.error.hide()

        form = QFormLayout()
        for label, widget in (
            (self.tr("Honorific"), self.honorific),
            (self.tr("Given name"), self.given_name),
            (self.tr("Family name *"), self.family_name),
            (self.tr("Name on the badge"), self.badge_name),
            (self.tr("Name in native script"), self.native_name),
            (self.tr("Function"), self.function),
            (self.tr("Delegation *"), self.delegation),
            (self.tr("Category *"), self.category),
            ("", self.head),
            (self.tr("E-mail"), self.email),
            (self.tr("Phone"), self.phone),
            (self.tr("Notes"), self.notes),
        ):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveDelegate")
        if walk_in:
            self.save_button.setText(self.tr("Register and check in"))
        self.check_in_registered = named(
            buttons.addButton(
                self.tr("Check in the registered person"), QDialogButtonBox.ButtonRole.ActionRole
            ),
            "checkInRegistered",
        )
        self.check_in_registered.hide()
        self.check_in_registered.clicked.connect(self._choose_registered)
        self._buttons = buttons
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.similar)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        # Until the lists are read: a walk-in's name can be typed, nothing chosen
        # or saved; a delegate to edit is not shown at all. Cancel and Esc work
        # all along (a database that does not answer must not hold the form).
        self._waiting: list[QWidget] = [
            self.delegation,
            self.category,
            self.save_button,
            self.check_in_registered,
        ]
        if not walk_in:
            self._waiting += [
                self.honorific,
                self.given_name,
                self.family_name,
                self.badge_name,
                self.native_name,
                self.function,
                self.head,
                self.email,
                self.phone,
                self.notes,
            ]
        for waiting in self._waiting:
            waiting.setEnabled(False)
        self._reads = InOrder(self)
        self._reads.ask(
            lambda: (
                registry.delegations(),
                registry.categories(),
                registry.fields_of(delegate_id) if delegate_id is not None else None,
            ),
            self._lists_read,
            self._lists_not_read,
        )
        if delegate_id is None:
            self._lookup = QTimer(self, singleShot=True, interval=250)
            self._lookup.timeout.connect(self._check_similar)
            self.given_name.textEdited.connect(lambda *_: self._lookup.start())
            self.family_name.textEdited.connect(lambda *_: self._lookup.start())
        self.given_name.setFocus()

    def _lists_read(
        self, answer: tuple[list[Delegation], list[Category], DelegateFields | None]
    ) -> None:
        delegations, categories, data = answer
        for delegation in delegations:
            self.delegation.addItem(delegation.name, delegation.id)
        for category in categories:
            self.category.addItem(f"{category.label} ({category.code})", category.code)
        if data is None:  # a walk-in: nothing is chosen for the person
            self.delegation.setCurrentIndex(-1)
            self.category.setCurrentIndex(-1)
        else:
            self._fill(data)
        for waiting in self._waiting:
            waiting.setEnabled(True)
        self._waiting = []
        if data is not None:  # a walk-in's typing keeps its place
            self.given_name.setFocus()

    def _lists_not_read(self, exc: BaseException) -> None:
        # Save stays off: never save over what was not read. Cancel works.
        self.error.setText(failure(expected(exc)))
        self.error.show()

    def _fill(self, data: DelegateFields) -> None:
        self.honorific.setText(data.honorific)
        self.given_name.setText(data.given_name)
        self.family_name.setText(data.family_name)
        self.badge_name.setText(data.badge_name)
        self.native_name.setText(data.native_name or "")
        self.function.setText(data.function)
        self.delegation.setCurrentIndex(self.delegation.findData(data.delegation_id))
        self.category.setCurrentIndex(self.category.findData(data.category_code))
        self.head.setChecked(data.head_of_delegation)
        self.email.setText(data.email or "")
        self.phone.setText(data.phone or "")
        self.notes.setText(data.notes)

    def _check_similar(self) -> None:
        registry, given, family = self._registry, self.given_name.text(), self.family_name.text()

        def look() -> list[DelegateSummary]:
            return [registry.delegate(i) for i in registry.similar(given, family)]

        self._lookups.ask(look, self._show_similar, self._lookup_failed)

    def _lookup_failed(self, exc: BaseException) -> None:
        # Unavailable: no warning now; the save says whether the database answers.
        log.info("namesakes not looked up: %s", expected(exc).__class__.__name__)

    def _show_similar(self, namesakes: list[DelegateSummary]) -> None:
        self._namesakes = namesakes
        if not self._namesakes:
            self.similar.hide()
            self.check_in_registered.hide()
            self.save_button.setText(self.tr("Register and check in"))
            self.save_button.setDefault(True)
            return
        self.similar.setText(
            self.tr(
                "Already registered with this name: %1. If it is the same person, check"
                " that registration in."
            ).replace(
                "%1",
                "; ".join(
                    f"{p.badge_name} ({p.delegation}, {p.badge_code})" for p in self._namesakes
                ),
            )
        )
        self.similar.show()
        # The likely case becomes the default; a second person needs a deliberate click.
        self.check_in_registered.setText(
            self.tr("Check in %1 (%2)")
            .replace("%1", self._namesakes[0].badge_name)
            .replace("%2", self._namesakes[0].delegation)
        )
        self.check_in_registered.show()
        self.check_in_registered.setDefault(True)
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.save_button.setText(self.tr("Register a new person"))

    def _choose_registered(self) -> None:
        if self._namesakes:
            self.registered = self._namesakes[0]
            self.accept()

    def _chosen(self, combo: QComboBox) -> object:
        """The entry the person chose, or None (nothing, or text naming nothing)."""
        index = combo.findText(combo.currentText(), Qt.MatchFlag.MatchFixedString)
        return combo.itemData(index) if index >= 0 and combo.currentText() else None

    def fields(self) -> DelegateFields:
        return DelegateFields(
            given_name=self.given_name.text(),
            family_name=self.family_name.text(),
            delegation_id=int(str(self._chosen(self.delegation) or 0)),
            category_code=str(self._chosen(self.category) or ""),
            honorific=self.honorific.text(),
            badge_name=self.badge_name.text(),
            native_name=self.native_name.text() or None,
            function=self.function.text(),
            head_of_delegation=self.head.isChecked(),
            email=self.email.text() or None,
            phone=self.phone.text() or None,
            notes=self.notes.text(),
        )

    def save(self) -> None:
        for widget in self.findChildren(QWidget):
            if widget.styleSheet() == ERROR_STYLE:
                widget.setStyleSheet("")
        for combo, text in (
            (self.delegation, self.tr("Choose the delegation.")),
            (self.category, self.tr("Choose the category.")),
        ):
            if self._chosen(combo) is None:
                combo.setStyleSheet(ERROR_STYLE)
                combo.setFocus()
                self.error.setText(text)
                self.error.show()
                return
        registry, desk, delegate_id, fields = (
            self._registry,
            self._desk,
            self._delegate_id,
            self.fields(),
        )

        def work() -> tuple[DelegateSummary, ActionResult | None, EditResult | None]:
            if delegate_id is None:
                saved, checkin = registry.register_walk_in(fields, desk)
                return saved, checkin, None
            edited = registry.edit(delegate_id, fields, desk)
            return edited.summary, None, edited

        self._buttons.setEnabled(False)  # one save at a time; no Cancel while it lands
        self.error.hide()
        self._saves.ask(work, self._saved, self._not_saved)

    def _saved(
        self, answer: tuple[DelegateSummary, ActionResult | None, EditResult | None]
    ) -> None:
        self._buttons.setEnabled(True)
        self.saved, self.checkin, self.edit_result = answer
        self.accept()

    def _not_saved(self, exc: BaseException) -> None:
        self._buttons.setEnabled(True)
        problem = expected(exc)  # a bug goes to the crash dialog
        if isinstance(problem, ValidationError):
            wrong = self.findChild(QWidget, problem.field)
            if wrong is not None:
                wrong.setStyleSheet(ERROR_STYLE)
                wrong.setFocus()
        self.error.setText(failure(problem))
        self.error.show()

    def reject(self) -> None:
        if self._saves.busy:
            return  # the save is on its way: its answer closes the form or says why not
        super().reject()
