"""Signed badge payloads: only the current, untouched code of this event verifies,
whatever text a scanner or a person sends, and only the private key signs."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given
from hypothesis import strategies as st

from meetingdesk.services import codes

TAG = "K7QF"
CODE = "AB23CD45"
PRIVATE = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
OTHER = Ed25519PrivateKey.from_private_bytes(bytes(range(1, 33)))
PUBLIC = PRIVATE.public_key().public_bytes(
    serialization.Encoding.Raw, serialization.PublicFormat.Raw
)
SIGNER = codes.Ed25519Signer(TAG, PRIVATE)
VERIFIER = codes.Verifier(TAG, PUBLIC)
VALID = SIGNER.sign(CODE, 2)
LEGACY_KEY = bytes(range(32))
LEGACY = codes.LegacySigner(TAG, LEGACY_KEY).sign(CODE, 2)


def test_payload_is_upper_case_letters_and_digits() -> None:
    assert len(VALID) == codes.PAYLOAD_LENGTH == 121
    assert VALID.isalnum() and VALID.upper() == VALID and VALID.isascii()
    assert VALID.startswith("MD2K7QFAB23CD45002")


def test_valid_payload_verifies_in_any_case_and_with_stray_whitespace() -> None:
    for text in (VALID, VALID.lower(), f"  {VALID}\n"):
        assert codes.verify(VERIFIER, text) == codes.Scan(CODE, 2)


@pytest.mark.parametrize("position", range(codes.PAYLOAD_LENGTH))
def test_any_changed_character_is_refused(position: int) -> None:
    for replacement in sorted(set(codes.CODE_ALPHABET + "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")):
        if replacement == VALID[position]:
            continue
        forged = VALID[:position] + replacement + VALID[position + 1 :]
        assert isinstance(codes.verify(VERIFIER, forged), codes.ScanRefusal), replacement


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (codes.Ed25519Signer(TAG, OTHER).sign(CODE, 2), codes.ScanProblem.BAD_SIGNATURE),
        (codes.Ed25519Signer("ZZZZ", OTHER).sign(CODE, 2), codes.ScanProblem.OTHER_EVENT),
        ("", codes.ScanProblem.MALFORMED),
        ("garbage", codes.ScanProblem.MALFORMED),
        ("MD2" + "Ü" * 118, codes.ScanProblem.MALFORMED),
        ("MD2K7QFAB23CD45002" + "é" * 103, codes.ScanProblem.MALFORMED),
        (VALID * 50, codes.ScanProblem.MALFORMED),
        (VALID[:-1], codes.ScanProblem.MALFORMED),
        (VALID[:15] + "000" + VALID[18:], codes.ScanProblem.MALFORMED),
        (VALID[:-1] + "1", codes.ScanProblem.MALFORMED),  # not base32
        (LEGACY, codes.ScanProblem.RETIRED),  # an HMAC badge once the secret is retired
    ],
    ids=[
        "other-key",
        "other-event",
        "empty",
        "garbage",
        "non-ascii",
        "non-ascii-signature",
        "very-long",
        "short",
        "generation-zero",
        "not-base32",
        "retired-hmac",
    ],
)
def test_refusals(text: str, problem: codes.ScanProblem) -> None:
    assert codes.verify(VERIFIER, text) == codes.ScanRefusal(problem)


def test_a_pre_0_2_event_still_verifies_its_hmac_badges() -> None:
    both = codes.Verifier(TAG, PUBLIC, LEGACY_KEY)
    assert codes.verify(both, LEGACY) == codes.Scan(CODE, 2)
    assert codes.verify(both, VALID) == codes.Scan(CODE, 2)
    assert codes.verify(codes.Verifier(TAG, None, LEGACY_KEY), VALID) == codes.ScanRefusal(
        codes.ScanProblem.BAD_SIGNATURE
    )


def test_the_public_key_cannot_sign() -> None:
    """What a desk holds verifies; it has nothing to sign with."""
    assert not hasattr(VERIFIER, "sign")
    assert set(codes.Verifier.__dataclass_fields__) == {"tag", "public_key", "legacy_key"}


@given(st.text(max_size=400))
def test_any_text_gets_an_answer_never_an_exception(text: str) -> None:
    assert isinstance(codes.verify(VERIFIER, text), codes.Scan | codes.ScanRefusal)
    assert isinstance(codes.verify(VERIFIER, "MD2K7QF" + text), codes.ScanRefusal)


def test_earlier_generation_verifies_as_that_generation() -> None:
    """Revocation is the check-in's business: the code itself still says which badge it is."""
    assert codes.verify(VERIFIER, SIGNER.sign(CODE, 1)) == codes.Scan(CODE, 1)


@pytest.mark.parametrize(
    ("text", "scan", "code"),
    [
        (VALID, True, False),
        (LEGACY, True, False),
        ("ab23cd45", False, True),
        ("AB23 CD45", False, True),
        ("AB23CD4O", False, False),
        ("Núñez", False, False),
    ],
)
def test_scan_or_typed_code(text: str, scan: bool, code: bool) -> None:
    assert codes.is_scan(text) is scan
    assert codes.looks_like_code(text) is code


def test_new_codes_use_the_unambiguous_alphabet() -> None:
    generated = {codes.new_code() for _ in range(200)}
    assert len(generated) == 200
    assert all(set(c) <= set(codes.CODE_ALPHABET) for c in generated)
    assert not set("01IO") & set(codes.CODE_ALPHABET)


def test_codes_typed_as_printed_on_the_badges() -> None:
    # As printed ("EDKR 2K9Y"), run together, lower case, several, with commas.
    assert codes.typed_codes("EDKR 2K9Y") == ["EDKR2K9Y"]
    assert codes.typed_codes("edkr 2k9y, QWER7TYU\nabcd efgh") == [
        "EDKR2K9Y",
        "QWER7TYU",
        "ABCDEFGH",
    ]
    assert codes.typed_codes("EDKR2K9Y QWER 7TYU") == ["EDKR2K9Y", "QWER7TYU"]
    # What is no code stays as typed, to be reported unknown; halves never pair
    # across a whole code.
    assert codes.typed_codes("EDKR 2K9Y1 X") == ["EDKR", "2K9Y1", "X"]
    assert codes.typed_codes("  ") == []
