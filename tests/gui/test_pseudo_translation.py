"""The desk in a pseudo-language: every string of the .ts wrapped in ⟦…⟧, its
letters accented and a third longer; and in each real language. Every view,
dialog and outcome is opened in turn at 1280 × 720; each word a person can read
is either inside ⟦…⟧ (it went through tr()) or data (a name, a delegation, a
date from QLocale), and nothing is cut off: no button or one-line label
narrower than its text, no word wider than its label, no column title cut."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabBar,
    QTableView,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import text as sql

from meetingdesk.badges.layout import layout_names, load_layout
from meetingdesk.qt.app import DeskIdentityDialog
from meetingdesk.qt.i18n import install_translations
from meetingdesk.qt.views.badges_view import ReprintDialog
from meetingdesk.qt.views.checkin_view import IdCheckDialog
from meetingdesk.qt.views.delegate_dialog import DelegateDialog
from meetingdesk.qt.views.designer import DesignerWindow, SaveAsDialog
from meetingdesk.qt.views.event_setup import (
    CategoryForm,
    DelegationForm,
    EventSetupDialog,
    SessionForm,
)
from meetingdesk.qt.views.export_dialog import ExportDialog
from meetingdesk.qt.views.import_wizard import ImportWizard
from meetingdesk.qt.views.main_window import MainWindow
from meetingdesk.qt.views.passphrase import PassphraseDialog
from meetingdesk.qt.views.start_page import NewEventDialog, ServerDialog, StartPage, Why
from meetingdesk.qt.widgets import ElidedLabel
from meetingdesk.services.exporting import ExportService
from meetingdesk.services.importer import ImportService
from tests.conftest import Meeting
from tests.gui.conftest import open_desk, settle

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "meetingdesk_es.ts"
BIN = Path(sys.executable).parent
_ACCENTED = str.maketrans("aceinouyACEINOUY", "àçéïñõüÿÀÇÉÏÑÕÜŸ")
# What a translation must keep as it is: placeholders, mnemonics' targets,
# HTML tags, file patterns.
_KEEP = re.compile(r"(%\d|%n|\{[a-z_]+\}|<[^>]*>|\*\.\w+|;;|&\w|#\w+)")


def pseudo(text: str) -> str:
    parts = _KEEP.split(text)
    out = "".join(p if _KEEP.fullmatch(p) else p.translate(_ACCENTED) for p in parts)
    padding = "·" * max(1, len(text) // 3)
    return f"⟦{out}{padding}⟧"


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pseudo")
    tree = ET.parse(TS)
    root = tree.getroot()
    root.set("language", "en_GB")
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in translation.findall("numerusform"):
                form.text = pseudo(source)
        else:
            translation.text = pseudo(source)
    ts = folder / "pseudo.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "pseudo.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
    )
    return qm


@pytest.fixture(params=["pseudo", "de", "es", "fr", "it", "ru"])
def language(request: pytest.FixtureRequest, pseudo_qm: Path) -> Iterator[str]:
    """The pseudo-language, where every word must be marked; and each real
    language, where nothing may be cut off (a Russian word is long)."""
    app = QApplication.instance()
    assert app is not None
    if request.param == "pseudo":
        translator = QTranslator()
        assert translator.load(str(pseudo_qm))
        app.installTranslator(translator)
        yield request.param
        app.removeTranslator(translator)
    else:
        install_translations(app, request.param)
        yield request.param
        install_translations(app, "en")


class Reader:
    """Every word a person can read on the widgets shown, checked."""

    def __init__(self, data: set[str]) -> None:
        locale = QLocale()
        names = {locale.monthName(m, f) for m in range(1, 13) for f in _FORMATS}
        names |= {locale.dayName(d, f) for d in range(1, 8) for f in _FORMATS}
        names |= {"AM", "PM", "meetingdesk"}
        names |= {"English", "Español", "Français", "Русский", "Deutsch", "Italiano"}
        # Standard buttons: Qt's own translations (qtbase_xx.qm) say them.
        names |= {"OK", "Cancel", "Save", "Close", "Yes", "No", "Back", "Next", "Finish"}
        self.data = {w.casefold() for text in data | names for w in _words(text)}
        self.untranslated: set[str] = set()
        self.cut_off: set[str] = set()

    def text(self, where: str, text: str) -> None:
        outside = re.sub(r"⟦[^⟧]*⟧|\w+://\S+", " ", text)  # translated, or an address
        strangers = [w for w in _words(outside) if w.casefold() not in self.data]
        if strangers:
            self.untranslated.add(f"{where}: {text!r}")

    def widget(self, top: QWidget) -> None:
        name = type(top).__name__
        self.text(f"{name} title", top.windowTitle())
        for child in [top, *top.findChildren(QWidget)]:
            if not child.isVisibleTo(top) and child is not top:
                continue
            where = f"{name}/{type(child).__name__}#{child.objectName()}"
            if isinstance(child, ElidedLabel):  # gives way by design; read it whole
                self.text(where, child.full_text())
            elif isinstance(child, QLabel) and child.textFormat() != Qt.TextFormat.RichText:
                self.text(where, child.text())
                one_line = not child.wordWrap() and child.text() and child.pixmap().isNull()
                if one_line and child.width() < child.minimumSizeHint().width():
                    self.cut_off.add(f"{where}: {child.text()!r}")
                if child.wordWrap() and child.text():  # a word wider than the label is cut
                    widest = max(map(child.fontMetrics().horizontalAdvance, child.text().split()))
                    if widest > child.contentsRect().width():
                        self.cut_off.add(f"{where}: {child.text()!r}")
            elif isinstance(child, QAbstractButton):
                self.text(where, child.text())
                if child.text() and child.width() < child.minimumSizeHint().width():
                    self.cut_off.add(f"{where}: {child.text()!r}")
            elif isinstance(child, QGroupBox):
                self.text(where, child.title())
            elif isinstance(child, QLineEdit):
                self.text(f"{where} placeholder", child.placeholderText())
            elif isinstance(child, QComboBox) and not child.isEditable():
                for i in range(child.count()):
                    self.text(f"{where} item", child.itemText(i))
            elif isinstance(child, QTabBar):
                for i in range(child.count()):
                    self.text(f"{where} tab", child.tabText(i))
            elif isinstance(child, QTableView) and child.model() is not None:
                model, header = child.model(), child.horizontalHeader()
                for column in range(model.columnCount()):
                    title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                    self.text(f"{where} header", title)
                    stretched = header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch
                    shown = not header.isSectionHidden(column) and header.isVisible()
                    narrow = header.sectionSize(column) < header.sectionSizeHint(column)
                    if shown and not stretched and title and narrow:
                        self.cut_off.add(f"{where} header: {title!r}")
        for action in top.findChildren(QAction):
            if action.isVisible() and not action.isSeparator():
                self.text(f"{name} action", action.text())


_FORMATS = (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]{2,}", text)


@pytest.fixture
def reader(sqlite_meeting: Meeting) -> Reader:
    services = sqlite_meeting.services
    event = services.setup.event()
    data = {event.title, event.venue, event.city, event.organiser or "", event.time_zone}
    with services.uow.read() as uow:
        for table, columns in (
            ("delegate", "given_name, family_name, badge_name, native_name, function"),
            ("delegation", "name, name_en, name_fr"),
            ("category", "code, label, badge_label"),
            ("meeting_session", "title, room"),
        ):
            for row in uow.db.execute(sql(f"SELECT {columns} FROM {table}")):
                data.update(str(v) for v in row if v)
    with services.uow.read() as uow:
        codes = uow.db.execute(sql("SELECT badge_code FROM delegate")).scalars().all()
    data |= {f"{code[:4]} {code[4:]}" for code in codes}  # as printed on the badge
    data |= {sqlite_meeting.desk.name, sqlite_meeting.desk.operator, services.target.describe()}
    # Badge layouts are data (organisers add and name their own), as are the
    # identity documents an event lists.
    data |= {load_layout(name).title for name in layout_names()}
    data |= {"Passport"}
    return Reader(data)


@pytest.fixture
def window(
    qtbot: QtBot, sqlite_meeting: Meeting, tmp_path: Path, language: str
) -> Iterator[MainWindow]:
    main = open_desk(qtbot, sqlite_meeting, tmp_path)
    yield main
    main.close()


def test_every_view_and_outcome_is_translated_and_fits(
    qtbot: QtBot, window: MainWindow, sqlite_meeting: Meeting, reader: Reader, language: str
) -> None:
    m = sqlite_meeting
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        settle()
        reader.widget(window)
        # Nothing makes the window wider or taller than a desk laptop's screen.
        assert (window.width(), window.height()) == (1280, 720)
    view = window.checkin_view
    window.tabs.setCurrentWidget(view)
    qtbot.keyClicks(view.field, "nunez")  # a preview of the highlighted person
    reader.widget(window)
    for outcome in (
        lambda: view.scan(m.payload("celik")),  # done
        lambda: view.scan(m.payload("celik")),  # already
        lambda: view.scan("MD2" + "X" * 90),  # not valid
        lambda: view.scan("ZZ99ZZ"),  # not found
    ):
        outcome()
        settle()
        reader.widget(window)
    door = window.door_view
    assert door is not None
    window.tabs.setCurrentWidget(door)
    for payload in (m.payload("celik"), m.payload("celik"), "MD2" + "X" * 90):
        door.scan(payload)
        settle()
        reader.widget(window)
    if language == "pseudo":  # real languages keep names of their own (ONG, OK)
        assert not reader.untranslated, "\n".join(sorted(reader.untranslated))
    assert not reader.cut_off, "\n".join(sorted(reader.cut_off))


def test_every_dialog_is_translated_and_fits(
    qtbot: QtBot,
    window: MainWindow,
    sqlite_meeting: Meeting,
    reader: Reader,
    tmp_path: Path,
    language: str,
) -> None:
    services, desk = sqlite_meeting.services, sqlite_meeting.desk
    person = services.registry.delegate(sqlite_meeting.people["nunez"])
    event = services.setup.event()
    dialogs: list[QDialog | QWizard] = [
        DelegateDialog(services.registry, desk, None, window),
        DelegateDialog(services.registry, desk, person.id, window),
        ImportWizard(ImportService(services.uow, services.clock), services.registry, desk, window),
        EventSetupDialog(services.setup, desk, window),
        SessionForm(None, event.start_date, event.end_date, window),
        CategoryForm(None, window),
        DelegationForm(None, window),
        ExportDialog(ExportService(services.uow, services.clock), parent=window),
        ReprintDialog(person, None, "lost", None, window),
        IdCheckDialog(person.badge_name, [("passport", "Passport")], window),
        PassphraseDialog(services.keys, window),
        DeskIdentityDialog("Desk 1", "ana", window),
        StartPage(Why.NO_DATABASE, None),
        NewEventDialog(None, tmp_path / "new.sqlite3"),
        ServerDialog(""),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        reader.widget(dialog)
        dialog.close()
    # The badge designer, at a laptop's size, an element chosen (its properties shown).
    choices = services.layouts.choices()
    designer = DesignerWindow(
        services.badges,
        services.layouts,
        desk,
        choices[1],
        services.layouts.text(choices[1].name),
        taken={c.name for c in choices},
        categories=[(c.code, c.label) for c in services.registry.categories()],
        search=services.search,
        parent=window,
    )
    designer.resize(1280, 720)
    designer.show()
    qtbot.waitExposed(designer)
    settle()
    designer.items[3].setSelected(True)
    settle()
    reader.widget(designer)
    save_as = SaveAsDialog("Our layout", set(), designer)
    save_as.show()
    qtbot.waitExposed(save_as)
    reader.widget(save_as)
    save_as.close()
    designer.close()
    settle()
    if language == "pseudo":  # real languages keep names of their own (ONG, OK)
        assert not reader.untranslated, "\n".join(sorted(reader.untranslated))
    assert not reader.cut_off, "\n".join(sorted(reader.cut_off))


def test_the_language_reaches_every_layer(window: MainWindow, language: str) -> None:
    """The check of the check: the window really is in the language."""
    first = window.tabs.tabText(0)
    assert first.startswith("⟦") if language == "pseudo" else first != "&Check-in"
