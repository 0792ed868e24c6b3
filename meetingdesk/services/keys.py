"""The event's badge keys: an Ed25519 key pair whose private half is sealed with a
passphrase that the organisers type on the machines that print.

The database keeps the public key, which every desk uses to verify badges, and
the private key encrypted with the passphrase (PKCS #8 with the strongest
encryption the ``cryptography`` package offers). Neither the database file nor
a desk's offline copy (which never receives the sealed key) is enough to make a
badge: that takes the passphrase, typed once a day on a machine that prints
(``KeyRing.unlock``), or given to a script in ``MEETINGDESK_PASSPHRASE``.

Events created before 0.2 signed with an HMAC secret kept in the database; they
go on doing so until ``meetingdesk keys create`` replaces the secret with a key
pair (after which their old badges must be reprinted)."""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from meetingdesk.db.uow import UnitOfWorkFactory
from meetingdesk.domain.errors import MeetingdeskError, ValidationError
from meetingdesk.domain.model import Event
from meetingdesk.services import codes

log = logging.getLogger("meetingdesk.keys")

ENV_PASSPHRASE = "MEETINGDESK_PASSPHRASE"
MIN_PASSPHRASE = 8


class KeysLocked(MeetingdeskError):
    """Printing a badge needs the event's private key: the passphrase was not given."""


class WrongPassphrase(MeetingdeskError):
    """The passphrase does not open the event's private key."""


@dataclass(frozen=True)
class KeyPair:
    public_key: bytes  # raw, 32 bytes
    sealed_key: bytes  # PKCS #8 PEM, encrypted with the passphrase


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            "passphrase", f"the passphrase needs at least {MIN_PASSPHRASE} characters"
        )


def generate(passphrase: str) -> KeyPair:
    """A fresh key pair, its private half sealed with ``passphrase``."""
    check_passphrase(passphrase)
    private = Ed25519PrivateKey.generate()
    public = private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    sealed = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
    )
    return KeyPair(public, sealed)


def unseal(sealed: bytes, passphrase: str) -> Ed25519PrivateKey:
    try:
        private = serialization.load_pem_private_key(sealed, passphrase.encode("utf-8"))
    except (ValueError, TypeError) as exc:
        raise WrongPassphrase("the passphrase does not open this event's badge key") from exc
    if not isinstance(private, Ed25519PrivateKey):
        raise WrongPassphrase("the sealed key is not an Ed25519 key")
    return private


def fingerprint(public_key: bytes) -> str:
    """A short, readable name of a public key: "K7QF-3M2A-XV9B-T6LC"."""
    import base64
    import hashlib

    digest = base64.b32encode(hashlib.sha256(public_key).digest()).decode()[:16]
    return "-".join(digest[i : i + 4] for i in range(0, 16, 4))


class KeyRing:
    """The event's signer on this machine, once unlocked (for as long as the
    process runs). Thread-safe: badge batches print off the GUI thread."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow
        self._signer: codes.Signer | None = None
        self._lock = threading.Lock()

    def _stored(self) -> tuple[str, bytes | None, bytes | None]:
        with self._uow.read() as uow:
            row = uow.db.execute(
                select(Event.code_tag, Event.sealed_key, Event.signing_key)
                .order_by(Event.id)
                .limit(1)
            ).one_or_none()
        if row is None:
            from meetingdesk.domain.errors import NoEvent

            raise NoEvent("this database holds no event yet")
        return row.code_tag, row.sealed_key, row.signing_key

    @property
    def needs_passphrase(self) -> bool:
        """Whether printing here waits for the passphrase (False once unlocked,
        and for a pre-0.2 event that still signs with its old secret)."""
        if self._signer is not None:
            return False
        _tag, sealed, _legacy = self._stored()
        return sealed is not None

    def unlock(self, passphrase: str) -> None:
        tag, sealed, legacy = self._stored()
        with self._lock:
            if sealed is None:
                if legacy is None:
                    raise KeysLocked("this event has no badge key")
                self._signer = codes.LegacySigner(tag, legacy)
                return
            self._signer = codes.Ed25519Signer(tag, unseal(sealed, passphrase))
        log.info("badge key unlocked on this machine")

    def adopt(self, tag: str, private_key: Ed25519PrivateKey) -> None:
        """The key just created here: no need to type the passphrase again."""
        with self._lock:
            self._signer = codes.Ed25519Signer(tag, private_key)

    def private_key(self) -> Ed25519PrivateKey:
        """The event's private key, for signing evidence (audit checkpoints)."""
        signer = self.signer()
        if not isinstance(signer, codes.Ed25519Signer):
            raise KeysLocked(
                "this event still signs the old way: create its key pair first"
                " ('meetingdesk keys create')"
            )
        return signer.private_key

    def lock(self) -> None:
        with self._lock:
            self._signer = None

    def signer(self) -> codes.Signer:
        """The signer, unlocking with ``MEETINGDESK_PASSPHRASE`` if it is set;
        KeysLocked when the passphrase is still needed."""
        if self._signer is not None:
            return self._signer
        tag, sealed, legacy = self._stored()
        if sealed is None and legacy is not None:
            with self._lock:
                self._signer = codes.LegacySigner(tag, legacy)
            return self._signer
        passphrase = os.environ.get(ENV_PASSPHRASE)
        if passphrase:
            self.unlock(passphrase)
            assert self._signer is not None
            return self._signer
        raise KeysLocked(
            "printing badges needs the event's passphrase"
            f" (type it in the window, or set {ENV_PASSPHRASE} for a script)"
        )
