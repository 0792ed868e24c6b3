"""Choosers for the set-up forms: a time zone or a country found by typing any part
of its name, a kind of delegation in words, a colour with a picker."""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import QCoreApplication, Qt, QTimeZone, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QComboBox, QCompleter, QPushButton, QWidget

from meetingdesk.domain.model import DelegationKind
from meetingdesk.services.reference import countries


def kind_words() -> dict[DelegationKind, str]:
    """Each kind of delegation as organisers say it."""
    return {
        DelegationKind.PARTICIPATING_STATE: QCoreApplication.translate(
            "pickers", "participating State"
        ),
        DelegationKind.PARTNER_STATE: QCoreApplication.translate(
            "pickers", "Partner for Co-operation"
        ),
        DelegationKind.INTERNATIONAL_ORGANIZATION: QCoreApplication.translate(
            "pickers", "international organisation"
        ),
        DelegationKind.NGO: QCoreApplication.translate("pickers", "NGO"),
        DelegationKind.OSCE_STRUCTURE: QCoreApplication.translate("pickers", "OSCE structure"),
        DelegationKind.HOST: QCoreApplication.translate("pickers", "host"),
        DelegationKind.MEDIA: QCoreApplication.translate("pickers", "media"),
    }


def computer_time_zone() -> str:
    """This computer's IANA time zone (Qt knows it on every platform)."""
    zone = bytes(QTimeZone.systemTimeZoneId().data()).decode()
    return zone if zone in available_timezones() else "UTC"


class _TypeToFind(QComboBox):
    """An editable list whose completer finds any part of an entry's text; the
    chosen entry's data is what ``value()`` returns."""

    def __init__(self, entries: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for text, data in entries:
            self.addItem(text, data)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setMinimumContentsLength(18)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    def value(self) -> str:
        """The chosen entry's data, or the text as typed when it names none."""
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.itemData(index))
        return self.currentText().strip()

    def set_value(self, data: str) -> None:
        index = self.findData(data)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(data)


class ZoneBox(_TypeToFind):
    """Every IANA time zone; type "madr" to find Europe/Madrid."""

    def __init__(self, zone: str | None = None, parent: QWidget | None = None) -> None:
        zones = sorted(available_timezones())
        super().__init__([(z.replace("_", " "), z) for z in zones], parent)
        self.set_value(zone or computer_time_zone())


class CountryBox(_TypeToFind):
    """ISO 3166 countries by name or code; the first entry is "no country"."""

    def __init__(self, french: bool = False, parent: QWidget | None = None) -> None:
        entries = [(QCoreApplication.translate("pickers", "(no country)"), "")]
        for code, country in sorted(
            countries().items(), key=lambda item: item[1].name_fr if french else item[1].name_en
        ):
            entries.append((f"{country.name_fr if french else country.name_en} ({code})", code))
        super().__init__(entries, parent)


class KindBox(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for kind, words in kind_words().items():
            self.addItem(words, kind.value)

    def kind(self) -> DelegationKind:
        return DelegationKind(self.currentData())

    def set_kind(self, kind: DelegationKind) -> None:
        self.setCurrentIndex(max(self.findData(kind.value), 0))


class ColourButton(QPushButton):
    """Shows a colour; a click opens the colour picker."""

    colourChanged = Signal(str)  # noqa: N815

    def __init__(self, colour: str = "#455A64", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colour = ""
        self.set_colour(colour)
        self.clicked.connect(self.pick)

    def colour(self) -> str:
        return self._colour

    def set_colour(self, colour: str) -> None:
        self._colour = colour.upper()
        text = "#000000" if QColor(colour).lightnessF() > 0.6 else "#FFFFFF"
        self.setText(self._colour)
        self.setStyleSheet(f"background: {self._colour}; color: {text}; padding: 4px 12px;")
        self.colourChanged.emit(self._colour)

    def pick(self) -> None:
        chosen = QColorDialog.getColor(
            QColor(self._colour), self, QCoreApplication.translate("pickers", "Badge colour")
        )
        if chosen.isValid():
            self.set_colour(chosen.name().upper())
