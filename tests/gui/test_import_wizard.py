"""The import wizard driven as an organiser would: file, mapping, preview, import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from meetingdesk.domain.model import Delegate
from meetingdesk.qt.views.import_wizard import ImportWizard
from meetingdesk.services.importer import ImportService
from tests.conftest import Meeting

LIST = (
    "Nombre;Apellidos;Delegación;Categoría;Correo electrónico;Observaciones internas\n"
    "Ana;Núñez García;Spain;DEL;ana@es.example;vegetariana\n"
    "Luis;;Spain;DEL;luis@es.example;\n"
    "Begoña;Núñez Ibáñez;Spain;DEL;begona@es.example;jefa\n"
)


def delegates(meeting: Meeting) -> int:
    with meeting.services.uow.read() as uow:
        return uow.db.execute(select(func.count()).select_from(Delegate)).scalar_one()


def wizard_for(qtbot: QtBot, meeting: Meeting) -> ImportWizard:
    wizard = ImportWizard(
        ImportService(meeting.services.uow, meeting.clock),
        meeting.services.registry,
        meeting.desk,
    )
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def next_page(qtbot: QtBot, wizard: ImportWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.waitUntil(button.isEnabled, timeout=10_000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_mapping_preview_problems_and_import(
    qtbot: QtBot, sqlite_meeting: Meeting, tmp_path: Path
) -> None:
    path = tmp_path / "lista.csv"
    path.write_text(LIST, encoding="utf-8")
    before = delegates(sqlite_meeting)
    wizard = wizard_for(qtbot, sqlite_meeting)

    qtbot.keyClicks(wizard.file_page.path, str(path))
    qtbot.keyClick(wizard.file_page.path, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.table is not None, timeout=10_000)
    assert wizard.file_page.message.text() == "CSV, UTF-8, semicolon-separated: 3 rows."
    next_page(qtbot, wizard)

    mapping = wizard.mapping_page
    fields = [mapping.columns.cellWidget(i, 2) for i in range(6)]
    assert all(isinstance(f, QComboBox) for f in fields)
    assert [f.currentData() for f in fields] == [  # type: ignore[union-attr]
        "given_name",
        "family_name",
        "delegation",
        "category",
        "email",
        "",
    ]
    notes = fields[5]
    assert isinstance(notes, QComboBox)
    notes.setCurrentIndex(notes.findData("notes"))  # the unknown header, mapped by hand
    next_page(qtbot, wizard)

    preview = wizard.preview_page
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=10_000)
    # Begoña is registered already: her row adds an e-mail address and a note.
    assert preview.summary.text() == "1 to add, 1 to update, 0 unchanged, 1 problem(s) on 1 line(s)"
    assert preview.changes.item(0).text() == (
        "line 4: Begoña Núñez Ibáñez (E-mail: — → begona@es.example, Notes: — → jefa)"
    )
    assert [preview.problems.item(i).text() for i in range(preview.problems.count())] == [
        "line 3, column B (Apellidos): the family name is missing"
    ]
    tabs = [preview.lists.tabText(i) for i in range(preview.lists.count())]
    assert tabs == ["Problems (1)", "To add (1)", "To update (1)"]
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # not while there are problems
    # On the box itself: a check box takes clicks on its box and label only.
    box = QPoint(6, preview.skip.height() // 2)
    qtbot.mouseClick(preview.skip, Qt.MouseButton.LeftButton, pos=box)
    next_page(qtbot, wizard)

    qtbot.waitUntil(lambda: wizard.imported is not None, timeout=10_000)
    assert wizard.import_page.result.text() == (
        "Imported: 1 added, 1 updated, 0 unchanged, 1 lines skipped."
    )
    assert delegates(sqlite_meeting) == before + 1
    hit = sqlite_meeting.services.search.search("ana nunez garcia").hits[0]
    assert hit.display_name == "Ana Núñez García"
    # The hand-made mapping is remembered for the next list with that header.
    again = ImportService(sqlite_meeting.services.uow).plan(path.read_bytes(), str(path))
    assert again.mapping[5] == "notes"


def test_unreadable_file_is_explained_and_blocks_next(
    qtbot: QtBot, sqlite_meeting: Meeting, tmp_path: Path
) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    wizard = wizard_for(qtbot, sqlite_meeting)
    qtbot.keyClicks(wizard.file_page.path, str(path))
    qtbot.keyClick(wizard.file_page.path, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "binary" in wizard.file_page.message.text(), timeout=10_000)
    assert wizard.file_page.message.text() == (
        f"{path}, line 3: not a text file (it contains binary data)"
    )
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
