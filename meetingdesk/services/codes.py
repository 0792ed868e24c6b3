"""Badge codes and the signed payload that a badge's QR code carries.

A badge code (8 characters) identifies a delegate and can be typed by hand; a
hand-typed code is a lookup. The scanned payload adds the event's public tag,
the badge generation and an HMAC-SHA256 signature made with the event's secret
key, so a code cannot be invented, altered or carried over from another event,
and an earlier generation (a reprinted badge) is recognised as revoked.

Everything is upper-case letters and digits: QR alphanumeric mode, and a
keyboard-wedge scanner types it identically on any keyboard layout. Input is
accepted in any case.

    MD1 TTTT CCCCCCCC GGG SSSSSSSSSSSSSSSSSSSS
    |   |    |        |   signature: 20 base32 characters (100 bits)
    |   |    |        generation, 3 digits
    |   |    badge code
    |   event tag
    format version
"""

from __future__ import annotations

import base64
import enum
import hashlib
import hmac
import random
import secrets
from dataclasses import dataclass

# No 0/O or 1/I: a code read aloud or typed from a badge cannot be misread.
CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
CODE_LENGTH = 8
TAG_LENGTH = 4
PREFIX = "MD1"
SIGNATURE_LENGTH = 20
GENERATION_DIGITS = 3
PAYLOAD_LENGTH = len(PREFIX) + TAG_LENGTH + CODE_LENGTH + GENERATION_DIGITS + SIGNATURE_LENGTH
MAX_GENERATION = 10**GENERATION_DIGITS - 1
KEY_BYTES = 32


def new_code(rng: random.Random | None = None, length: int = CODE_LENGTH) -> str:
    """A random code; pass ``rng`` only for reproducible demo data."""
    if rng is None:
        return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))
    return "".join(rng.choice(CODE_ALPHABET) for _ in range(length))


def new_codes(count: int, taken: set[str]) -> list[str]:
    """``count`` fresh random codes, none in ``taken`` (which is extended), drawn
    from one read of the system's random source: fast enough for a whole list."""
    fresh: list[str] = []
    while len(fresh) < count:
        pool = secrets.token_bytes(5 * (count - len(fresh)) + 5)  # 40 bits per code
        for start in range(0, len(pool) - 4, 5):
            bits = int.from_bytes(pool[start : start + 5], "big")
            code = "".join(CODE_ALPHABET[(bits >> (5 * i)) & 31] for i in range(CODE_LENGTH))
            if code not in taken:
                taken.add(code)
                fresh.append(code)
                if len(fresh) == count:
                    break
    return fresh


def new_signing_key(rng: random.Random | None = None) -> bytes:
    if rng is None:
        return secrets.token_bytes(KEY_BYTES)
    return rng.randbytes(KEY_BYTES)


def normalise_code(text: str) -> str:
    return "".join(text.split()).upper()


def looks_like_code(text: str) -> bool:
    code = normalise_code(text)
    return len(code) == CODE_LENGTH and all(c in CODE_ALPHABET for c in code)


def _signature(key: bytes, tag: str, code: str, generation: int) -> str:
    message = f"{PREFIX}{tag}{code}{generation:0{GENERATION_DIGITS}d}".encode("ascii")
    digest = hmac.new(key, message, hashlib.sha256).digest()
    return base64.b32encode(digest).decode("ascii")[:SIGNATURE_LENGTH]


def sign(key: bytes, tag: str, code: str, generation: int) -> str:
    """The payload printed in the QR code of one badge generation."""
    if not 1 <= generation <= MAX_GENERATION:
        raise ValueError(f"generation {generation} outside 1..{MAX_GENERATION}")
    gen = f"{generation:0{GENERATION_DIGITS}d}"
    return f"{PREFIX}{tag}{code}{gen}{_signature(key, tag, code, generation)}"


class ScanProblem(enum.Enum):
    MALFORMED = "malformed"
    OTHER_EVENT = "other_event"
    BAD_SIGNATURE = "bad_signature"


@dataclass(frozen=True, slots=True)
class Scan:
    """A payload that verified: the badge code and generation it vouches for."""

    code: str
    generation: int


@dataclass(frozen=True, slots=True)
class ScanRefusal:
    problem: ScanProblem


def is_scan(text: str) -> bool:
    """Whether the text claims to be a scanned payload (rather than a typed lookup)."""
    return normalise_code(text).startswith(PREFIX) and len(normalise_code(text)) > CODE_LENGTH


def verify(key: bytes, tag: str, text: str) -> Scan | ScanRefusal:
    payload = normalise_code(text)
    if len(payload) != PAYLOAD_LENGTH or not payload.startswith(PREFIX):
        return ScanRefusal(ScanProblem.MALFORMED)
    body = payload[len(PREFIX) :]
    scanned_tag = body[:TAG_LENGTH]
    code = body[TAG_LENGTH : TAG_LENGTH + CODE_LENGTH]
    gen_text = body[TAG_LENGTH + CODE_LENGTH : TAG_LENGTH + CODE_LENGTH + GENERATION_DIGITS]
    signature = body[-SIGNATURE_LENGTH:]
    if not (gen_text.isascii() and gen_text.isdigit()) or any(
        c not in CODE_ALPHABET for c in scanned_tag + code
    ):
        return ScanRefusal(ScanProblem.MALFORMED)
    generation = int(gen_text)
    if generation < 1:
        return ScanRefusal(ScanProblem.MALFORMED)
    if scanned_tag != tag:
        return ScanRefusal(ScanProblem.OTHER_EVENT)
    expected = _signature(key, tag, code, generation)
    if not hmac.compare_digest(expected, signature):
        return ScanRefusal(ScanProblem.BAD_SIGNATURE)
    return Scan(code=code, generation=generation)
