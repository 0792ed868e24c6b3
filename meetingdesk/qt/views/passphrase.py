"""The badge passphrase, typed once a day on a machine that prints badges: it
unlocks the event's private key for as long as the desk runs."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from meetingdesk.domain.errors import MeetingdeskError
from meetingdesk.qt.theme import set_tone
from meetingdesk.qt.widgets import named
from meetingdesk.qt.wording import failure
from meetingdesk.services.keys import KeyRing, WrongPassphrase


class PassphraseDialog(QDialog):
    def __init__(self, keys: KeyRing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Badge passphrase"))
        self._keys = keys
        form = QFormLayout(self)
        form.addRow(
            QLabel(
                self.tr(
                    "Printing badges needs the event's passphrase, which the organisers"
                    " chose. It stays unlocked on this computer until meetingdesk closes."
                ),
                wordWrap=True,
            )
        )
        self.passphrase = named(QLineEdit(), "passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        self.error = named(QLabel(wordWrap=True), "passphraseError")
        set_tone(self.error, "error")
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._unlock)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _unlock(self) -> None:
        try:
            self._keys.unlock(self.passphrase.text())
        except WrongPassphrase:
            self.error.setText(self.tr("That is not the passphrase of this event's badges."))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        except MeetingdeskError as exc:
            self.error.setText(failure(exc))
            return
        self.accept()


def ensure_unlocked(parent: QWidget, keys: KeyRing) -> bool:
    """True when badges can be signed here (asking for the passphrase if need be)."""
    if not keys.needs_passphrase:
        return True
    return PassphraseDialog(keys, parent).exec() == QDialog.DialogCode.Accepted
