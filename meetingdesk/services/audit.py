"""The audit log: appended to in the same transaction as the change it records.

Entries form a hash chain (see ``AuditEntry``). Appends lock the single
``audit_head`` row, which serialises them across desks on PostgreSQL; on SQLite
writers are serialised by ``BEGIN IMMEDIATE`` anyway.

Details hold identifiers and reasons, never names or e-mail addresses.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from meetingdesk.domain.errors import AuditChainBroken
from meetingdesk.domain.model import AuditEntry, AuditHead
from meetingdesk.domain.values import Desk

GENESIS = "0" * 64


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
    db: Session,
    desk: Desk,
    action: str,
    at: dt.datetime,
    delegate_id: int | None = None,
    **detail: Any,
) -> int:
    """Append one entry in the caller's transaction; return its sequence number.

    Plain statements rather than ORM objects: this runs in every check-in."""
    head = db.execute(
        select(AuditHead.seq, AuditHead.hash).where(AuditHead.id == 1).with_for_update()
    ).one()
    seq: int = head.seq + 1
    at = at.astimezone(dt.UTC)
    entry_hash = _entry_hash(
        seq, at, desk.name, desk.operator, action, delegate_id, detail, head.hash
    )
    db.execute(
        insert(AuditEntry).values(
            seq=seq,
            at=at,
            desk=desk.name,
            operator=desk.operator,
            action=action,
            delegate_id=delegate_id,
            detail=detail,
            prev_hash=head.hash,
            hash=entry_hash,
        )
    )
    db.execute(update(AuditHead).where(AuditHead.id == 1).values(seq=seq, hash=entry_hash))
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
