"""Badge codes and the signed payload that a badge's QR code carries.

A badge code (8 characters) identifies a delegate and can be typed by hand; a
hand-typed code is a lookup. The scanned payload adds the event's public tag,
the badge generation and an Ed25519 signature made with the event's private
key, which desks do not hold: they verify with the public key, so neither a
desk's database nor its offline copy can make a badge that another desk
accepts. A code cannot be invented, altered or carried over from another
event, and an earlier generation (a reprinted badge) is recognised as revoked.

Everything is upper-case letters and digits: QR alphanumeric mode, and a
keyboard-wedge scanner types it identically on any keyboard layout. Input is
accepted in any case.

    MD2 TTTT CCCCCCCC GGG SSSS...S
    |   |    |        |   signature: 64 bytes, 103 base32 characters
    |   |    |        generation, 3 digits
    |   |    badge code
    |   event tag
    format version

Events created before version 0.2 signed "MD1" payloads with an HMAC secret
kept in the database (20 base32 characters of signature); those keep verifying
until the organisers replace the secret with a key pair (``meetingdesk keys
create``), after which they are refused as badges of a retired key.
"""

from __future__ import annotations

import base64
import enum
import functools
import hashlib
import hmac
import random
import re
import secrets
from dataclasses import dataclass
from typing import Protocol

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

# No 0/O or 1/I: a code read aloud or typed from a badge cannot be misread.
CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
CODE_LENGTH = 8
TAG_LENGTH = 4
PREFIX = "MD2"
SIGNATURE_LENGTH = 103  # 64 bytes of Ed25519 signature in base32, unpadded
LEGACY_PREFIX = "MD1"
LEGACY_SIGNATURE_LENGTH = 20
GENERATION_DIGITS = 3
_BODY = TAG_LENGTH + CODE_LENGTH + GENERATION_DIGITS
PAYLOAD_LENGTH = len(PREFIX) + _BODY + SIGNATURE_LENGTH
LEGACY_PAYLOAD_LENGTH = len(LEGACY_PREFIX) + _BODY + LEGACY_SIGNATURE_LENGTH
MAX_GENERATION = 10**GENERATION_DIGITS - 1
KEY_BYTES = 32
_BASE32 = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
_CODE_LETTERS = frozenset(CODE_ALPHABET)


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


def normalise_code(text: str) -> str:
    return "".join(text.split()).upper()


def looks_like_code(text: str) -> bool:
    code = normalise_code(text)
    return len(code) == CODE_LENGTH and all(c in CODE_ALPHABET for c in code)


def typed_codes(text: str) -> list[str]:
    """Badge codes as people copy them from printed badges: "EDKR 2K9Y" (the
    space printed in the middle) or "EDKR2K9Y", several separated by spaces,
    commas or lines, in any case. What is no code is kept as typed, to be
    reported as unknown."""
    tokens = [t.upper() for t in re.split(r"[\s,;]+", text) if t]
    found: list[str] = []
    i = 0
    while i < len(tokens):
        pair = tokens[i] + tokens[i + 1] if i + 1 < len(tokens) else ""
        if pair and not looks_like_code(tokens[i]) and looks_like_code(pair):
            found.append(pair)
            i += 2
        else:
            found.append(tokens[i])
            i += 1
    return found


def _message(prefix: str, tag: str, code: str, generation: int) -> bytes:
    return f"{prefix}{tag}{code}{generation:0{GENERATION_DIGITS}d}".encode("ascii")


def _legacy_signature(key: bytes, tag: str, code: str, generation: int) -> str:
    digest = hmac.new(key, _message(LEGACY_PREFIX, tag, code, generation), hashlib.sha256).digest()
    return base64.b32encode(digest).decode("ascii")[:LEGACY_SIGNATURE_LENGTH]


def _check_generation(generation: int) -> None:
    if not 1 <= generation <= MAX_GENERATION:
        raise ValueError(f"generation {generation} outside 1..{MAX_GENERATION}")


class Signer(Protocol):
    """What prints badges: it holds the event's private key (or, for events made
    before 0.2, the HMAC secret)."""

    @property
    def tag(self) -> str: ...

    def sign(self, code: str, generation: int) -> str: ...


@dataclass(frozen=True)
class Ed25519Signer:
    tag: str
    private_key: Ed25519PrivateKey

    def sign(self, code: str, generation: int) -> str:
        """The payload printed in the QR code of one badge generation."""
        _check_generation(generation)
        signature = self.private_key.sign(_message(PREFIX, self.tag, code, generation))
        encoded = base64.b32encode(signature).decode("ascii").rstrip("=")
        return f"{PREFIX}{self.tag}{code}{generation:0{GENERATION_DIGITS}d}{encoded}"


@dataclass(frozen=True)
class LegacySigner:
    tag: str
    key: bytes

    def sign(self, code: str, generation: int) -> str:
        _check_generation(generation)
        gen = f"{generation:0{GENERATION_DIGITS}d}"
        signature = _legacy_signature(self.key, self.tag, code, generation)
        return f"{LEGACY_PREFIX}{self.tag}{code}{gen}{signature}"


@dataclass(frozen=True, slots=True)
class Verifier:
    """What a desk holds to check badges: the event's tag and public key (and the
    HMAC secret of a pre-0.2 event until it is retired)."""

    tag: str
    public_key: bytes | None
    legacy_key: bytes | None = None


class ScanProblem(enum.Enum):
    MALFORMED = "malformed"
    OTHER_EVENT = "other_event"
    BAD_SIGNATURE = "bad_signature"
    RETIRED = "retired"  # an MD1 badge of an event whose HMAC secret was replaced


@dataclass(frozen=True, slots=True)
class Scan:
    """A payload that verified: the badge code and generation it vouches for."""

    code: str
    generation: int


@dataclass(frozen=True, slots=True)
class ScanRefusal:
    problem: ScanProblem


@functools.lru_cache(maxsize=8)
def _public_key(raw: bytes) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(raw)


def is_scan(text: str) -> bool:
    """Whether the text claims to be a scanned payload (rather than a typed lookup)."""
    code = normalise_code(text)
    return code.startswith((PREFIX, LEGACY_PREFIX)) and len(code) > CODE_LENGTH


def verify(verifier: Verifier, text: str) -> Scan | ScanRefusal:
    """Check a scanned payload; any text at all gets an answer, never an exception."""
    payload = normalise_code(text)
    if not payload.isascii():
        return ScanRefusal(ScanProblem.MALFORMED)
    legacy = payload.startswith(LEGACY_PREFIX)
    length = LEGACY_PAYLOAD_LENGTH if legacy else PAYLOAD_LENGTH
    if len(payload) != length or not payload.startswith((PREFIX, LEGACY_PREFIX)):
        return ScanRefusal(ScanProblem.MALFORMED)
    body = payload[len(PREFIX) :]
    scanned_tag = body[:TAG_LENGTH]
    code = body[TAG_LENGTH : TAG_LENGTH + CODE_LENGTH]
    gen_text = body[TAG_LENGTH + CODE_LENGTH : _BODY]
    signature = body[_BODY:]
    if (
        not gen_text.isdigit()
        or not _CODE_LETTERS.issuperset(scanned_tag + code)
        or not _BASE32.issuperset(signature)
    ):
        return ScanRefusal(ScanProblem.MALFORMED)
    generation = int(gen_text)
    if generation < 1:
        return ScanRefusal(ScanProblem.MALFORMED)
    if scanned_tag != verifier.tag:
        return ScanRefusal(ScanProblem.OTHER_EVENT)
    if legacy:
        if verifier.legacy_key is None:
            return ScanRefusal(ScanProblem.RETIRED)
        expected = _legacy_signature(verifier.legacy_key, verifier.tag, code, generation)
        if not hmac.compare_digest(expected.encode(), signature.encode()):
            return ScanRefusal(ScanProblem.BAD_SIGNATURE)
        return Scan(code=code, generation=generation)
    if verifier.public_key is None:
        return ScanRefusal(ScanProblem.BAD_SIGNATURE)
    try:
        raw = base64.b32decode(signature + "=" * (-len(signature) % 8))
        # The last character carries two bits of the signature; the decoder ignores
        # the other three. One badge, one spelling: anything else is not a code.
        if base64.b32encode(raw).decode("ascii").rstrip("=") != signature:
            return ScanRefusal(ScanProblem.MALFORMED)
        _public_key(verifier.public_key).verify(
            raw, _message(PREFIX, verifier.tag, code, generation)
        )
    except (InvalidSignature, ValueError):
        return ScanRefusal(ScanProblem.BAD_SIGNATURE)
    return Scan(code=code, generation=generation)
