"""The language is switched live from the View menu: the window is built again in
it, at the same tab with the same typed text, and the desk goes on (scans, the
session's queue) without a restart."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from meetingdesk.qt.app import DeskShell
from meetingdesk.qt.i18n import LANGUAGE_KEY, install_translations
from meetingdesk.qt.views.main_window import MainWindow
from tests.conftest import Meeting
from tests.gui.conftest import Pace, settle, type_at_focus


@pytest.fixture
def shell(qtbot: QtBot, sqlite_meeting: Meeting, tmp_path: Path) -> Iterator[DeskShell]:
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    sqlite_meeting.clock.set_local("09:00")
    desk = DeskShell(sqlite_meeting.services, sqlite_meeting.desk, settings, scan_clock=Pace())
    desk.window.resize(1280, 720)
    desk.window.show()
    qtbot.waitExposed(desk.window)
    yield desk
    desk.close()
    app = QApplication.instance()
    assert app is not None
    install_translations(app, "en")


def choose_language(window: MainWindow, name: str) -> None:
    found = [a for a in window.findChildren(QAction) if a.text() == name]
    assert len(found) == 1, name
    found[0].trigger()
    settle()


def test_the_language_changes_live_and_the_desk_goes_on(
    qtbot: QtBot, shell: DeskShell, sqlite_meeting: Meeting, tmp_path: Path
) -> None:
    english = shell.window
    qtbot.keyClicks(english.checkin_view.field, "nunez")
    assert english.delegates_view is not None
    english.tabs.setCurrentWidget(english.delegates_view)
    closed: list[bool] = []
    shell.closed.connect(lambda: closed.append(True))

    choose_language(english, "Español")
    spanish = shell.window
    assert spanish is not english and not english.isVisible()
    assert closed == []  # a new window, not the end of the desk
    tabs = [spanish.tabs.tabText(i) for i in range(spanish.tabs.count())]
    assert tabs == ["&Registro", "&Participantes", "&Asistencia", "&Acreditaciones"]
    assert spanish.tabs.currentWidget() is spanish.delegates_view  # where the person was
    assert spanish.checkin_view.field.text() == "nunez"
    assert spanish.checkin_view.model.hit(0).display_name == "Begoña Núñez Ibáñez"
    assert (
        QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat).value(LANGUAGE_KEY)
        == "es"
    )

    # A scan on the new window, anywhere: checked in, said in Spanish.
    spanish.delegates_view.table.setFocus()  # type: ignore[union-attr]
    type_at_focus(qtbot, sqlite_meeting.payload("masry"), enter=True)
    assert spanish.checkin_view.panel.headline.text() == "Llegada registrada"
    assert spanish.checkin_view.panel.name.text() == "Youssef El-Masry"

    choose_language(spanish, "English")
    assert shell.window.checkin_view.panel.headline.text() == "Ready"
    assert shell.window.tabs.tabText(0) == "&Check-in"


@pytest.mark.parametrize(
    ("name", "tab", "ready", "cancel"),
    [
        ("Español", "&Registro", "Preparado", "Cancelar"),
        ("Français", "&Accueil", "Prêt", "Annuler"),
        ("Русский", "&Регистрация", "Готово", "Отмена"),
        ("Deutsch", "&Akkreditierung", "Bereit", "Abbrechen"),
        ("Italiano", "&Accredito", "Pronto", "Annulla"),
    ],
)
def test_each_language_of_the_menu_is_complete_down_to_qts_own_buttons(
    shell: DeskShell, name: str, tab: str, ready: str, cancel: str
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    choose_language(shell.window, name)
    window = shell.window
    assert window.tabs.tabText(0) == tab
    assert window.checkin_view.panel.headline.text() == ready
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert button is not None and button.text().replace("&", "") == cancel  # qtbase's
