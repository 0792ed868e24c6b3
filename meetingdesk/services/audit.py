"""The audit log: appended to in the same transaction as the change it records.

Entries form a hash chain (see ``AuditEntry``). Appends lock the single
``audit_head`` row, which serialises them across desks on PostgreSQL; on SQLite
writers are serialised by ``BEGIN IMMEDIATE`` anyway.

The chain alone shows edits made by someone who did not recompute it. Someone
who can write the database can recompute it, so the evidence that holds against
them lives outside it: a checkpoint (``make_checkpoint``) records how many
entries there were and the hash of the last one, signed with the event's
private key, in a file the organisers keep (or print). ``check_checkpoint``
then proves that the entries up to that point are exactly those that were
there, none changed, removed or inserted. Entries after the last checkpoint are
only as trustworthy as the database.

Details hold identifiers and reasons, never names or e-mail addresses.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from dataclasses import dataclass, replace
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from sqlalchemy import Connection, bindparam, insert, select, update
from sqlalchemy.orm import Session

from meetingdesk.db.bare import Bare
from meetingdesk.db.prepared import Prepared
from meetingdesk.domain.errors import AuditChainBroken, CheckpointRefused
from meetingdesk.domain.model import AuditEntry, AuditHead, Event
from meetingdesk.domain.values import Desk
from meetingdesk.services.keys import fingerprint

GENESIS = "0" * 64

# Every check-in appends: three statements built and compiled once.
_HEAD = Prepared(select(AuditHead.seq, AuditHead.hash).where(AuditHead.id == 1).with_for_update())
_ENTRY_COLUMNS = ("seq", "at", "desk", "operator", "action", "delegate_id", "detail")
_ENTRY = Prepared(
    insert(AuditEntry).values({c: bindparam(c) for c in (*_ENTRY_COLUMNS, "prev_hash", "hash")})
)
_MOVE_HEAD: Prepared = Prepared(
    update(AuditHead)
    .where(AuditHead.id == 1)
    .values(seq=bindparam("new_seq"), hash=bindparam("new_hash"))
)
PREPARED = (_HEAD, _ENTRY, _MOVE_HEAD)


def _entry_hash(
    seq: int,
    at: dt.datetime,
    desk: str,
    operator: str,
    action: str,
    delegate_id: int | None,
    detail: dict[str, Any],
    prev_hash: str,
) -> str:
    canonical = json.dumps(
        {
            "seq": seq,
            "at": at.astimezone(dt.UTC).isoformat(timespec="microseconds"),
            "desk": desk,
            "operator": operator,
            "action": action,
            "delegate": delegate_id,
            "detail": detail,
            "prev": prev_hash,
        },
        sort_keys=True,
        ensure_ascii=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def append(
    db: Session | Connection | Bare,
    desk: Desk,
    action: str,
    at: dt.datetime,
    delegate_id: int | None = None,
    **detail: Any,
) -> int:
    """Append one entry in the caller's transaction; return its sequence number.

    Prepared statements on the transaction's connection: this runs in every check-in."""
    connection = db.connection() if isinstance(db, Session) else db
    head = _HEAD.first(connection)
    assert head is not None, "the audit head row is created with the schema"
    head_seq, head_hash = head
    seq: int = head_seq + 1
    at = at.astimezone(dt.UTC)
    entry_hash = _entry_hash(
        seq, at, desk.name, desk.operator, action, delegate_id, detail, head_hash
    )
    _ENTRY.run(
        connection,
        seq=seq,
        at=at,
        desk=desk.name,
        operator=desk.operator,
        action=action,
        delegate_id=delegate_id,
        detail=detail,
        prev_hash=head_hash,
        hash=entry_hash,
    )
    _MOVE_HEAD.run(connection, new_seq=seq, new_hash=entry_hash)
    return seq


def verify(db: Session) -> int:
    """Check the whole chain; return the number of entries or raise AuditChainBroken."""
    head = db.execute(select(AuditHead).where(AuditHead.id == 1)).scalar_one()
    expected_seq = 1
    prev = GENESIS
    for entry in db.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars():
        if entry.seq != expected_seq:
            raise AuditChainBroken(expected_seq, "missing: the entry was deleted")
        if entry.prev_hash != prev:
            raise AuditChainBroken(entry.seq, "does not follow the entry before it")
        recomputed = _entry_hash(
            entry.seq,
            entry.at,
            entry.desk,
            entry.operator,
            entry.action,
            entry.delegate_id,
            entry.detail,
            entry.prev_hash,
        )
        if recomputed != entry.hash:
            raise AuditChainBroken(entry.seq, "was changed after it was written")
        prev = entry.hash
        expected_seq += 1
    last = expected_seq - 1
    if head.seq != last:
        raise AuditChainBroken(
            last + 1, f"missing: the log ends at {last} but {head.seq} entries were written"
        )
    if head.hash != prev:
        raise AuditChainBroken(last, "the last entry does not match the chain head")
    return last


CHECKPOINT_FORMAT = "meetingdesk audit checkpoint 1"


@dataclass(frozen=True)
class Checkpoint:
    """How the audit log stood at a moment, signed with the event's private key."""

    event_tag: str
    event_title: str
    public_key: bytes
    seq: int  # entries 1..seq existed
    hash: str  # the chain hash of entry ``seq``
    at: dt.datetime
    signature: bytes = b""

    def body(self) -> bytes:
        """What the signature covers: every field but the signature, canonically."""
        return json.dumps(
            {
                "format": CHECKPOINT_FORMAT,
                "event_tag": self.event_tag,
                "event_title": self.event_title,
                "public_key": base64.b64encode(self.public_key).decode(),
                "seq": self.seq,
                "hash": self.hash,
                "at": self.at.astimezone(dt.UTC).isoformat(),
            },
            sort_keys=True,
            ensure_ascii=True,
            separators=(",", ":"),
        ).encode("ascii")

    def to_json(self) -> str:
        data = json.loads(self.body())
        data["signature"] = base64.b64encode(self.signature).decode()
        data["fingerprint"] = fingerprint(self.public_key)
        return json.dumps(data, indent=2, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Checkpoint:
        try:
            data = json.loads(text)
            if data.get("format") != CHECKPOINT_FORMAT:
                raise ValueError("not a meetingdesk audit checkpoint")
            return cls(
                event_tag=str(data["event_tag"]),
                event_title=str(data["event_title"]),
                public_key=base64.b64decode(data["public_key"], validate=True),
                seq=int(data["seq"]),
                hash=str(data["hash"]),
                at=dt.datetime.fromisoformat(data["at"]),
                signature=base64.b64decode(data["signature"], validate=True),
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise CheckpointRefused(f"the checkpoint file cannot be read: {exc}") from exc


def make_checkpoint(db: Session, private_key: Ed25519PrivateKey, now: dt.datetime) -> Checkpoint:
    """A signed checkpoint of the log as it stands (the chain is checked first)."""
    verify(db)
    head = db.execute(select(AuditHead.seq, AuditHead.hash).where(AuditHead.id == 1)).one()
    event = db.execute(select(Event).order_by(Event.id).limit(1)).scalar_one()
    public = private_key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    unsigned = Checkpoint(event.code_tag, event.title, public, head.seq, head.hash, now)
    return replace(unsigned, signature=private_key.sign(unsigned.body()))


def check_checkpoint(db: Session, checkpoint: Checkpoint) -> int:
    """Prove the log against a checkpoint kept outside the database; return the
    number of entries. CheckpointRefused for a checkpoint that is not genuine,
    AuditChainBroken for a log that differs from it."""
    try:
        Ed25519PublicKey.from_public_bytes(checkpoint.public_key).verify(
            checkpoint.signature, checkpoint.body()
        )
    except (InvalidSignature, ValueError) as exc:
        raise CheckpointRefused("the checkpoint file was altered: its signature fails") from exc
    event = db.execute(select(Event).order_by(Event.id).limit(1)).scalar_one()
    if event.code_tag != checkpoint.event_tag:
        raise CheckpointRefused("the checkpoint is of another event")
    if event.public_key != checkpoint.public_key:
        raise AuditChainBroken(
            0,
            "the database's badge key is not the one the checkpoint was signed with:"
            " the database was replaced or its keys rewritten",
        )
    count = verify(db)
    if count < checkpoint.seq:
        raise AuditChainBroken(
            count + 1,
            f"missing: the log ends at {count}, but {checkpoint.seq} entries existed at the"
            f" checkpoint of {checkpoint.at:%Y-%m-%d %H:%M} UTC",
        )
    stored = db.execute(select(AuditEntry.hash).where(AuditEntry.seq == checkpoint.seq)).scalar()
    if stored != checkpoint.hash:
        raise AuditChainBroken(
            checkpoint.seq,
            "entries up to this one differ from the checkpoint: one was changed, removed or"
            " inserted, and the chain recomputed",
        )
    return count
