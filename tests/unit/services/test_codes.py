"""Signed badge payloads: only the current, untouched code of this event verifies."""

from __future__ import annotations

import pytest

from meetingdesk.services import codes

KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))
TAG = "K7QF"
CODE = "AB23CD45"
VALID = codes.sign(KEY, TAG, CODE, 2)


def test_payload_is_upper_case_letters_and_digits() -> None:
    assert len(VALID) == codes.PAYLOAD_LENGTH
    assert VALID.isalnum() and VALID.upper() == VALID and VALID.isascii()


def test_valid_payload_verifies_in_any_case_and_with_stray_whitespace() -> None:
    for text in (VALID, VALID.lower(), f"  {VALID}\n"):
        assert codes.verify(KEY, TAG, text) == codes.Scan(CODE, 2)


@pytest.mark.parametrize("position", range(codes.PAYLOAD_LENGTH))
def test_any_changed_character_is_refused(position: int) -> None:
    original = VALID[position]
    replacement = "2" if original != "2" else "3"
    forged = VALID[:position] + replacement + VALID[position + 1 :]
    assert isinstance(codes.verify(KEY, TAG, forged), codes.ScanRefusal)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (codes.sign(OTHER_KEY, TAG, CODE, 2), codes.ScanProblem.BAD_SIGNATURE),
        (codes.sign(OTHER_KEY, "ZZZZ", CODE, 2), codes.ScanProblem.OTHER_EVENT),
        ("", codes.ScanProblem.MALFORMED),
        ("garbage", codes.ScanProblem.MALFORMED),
        ("MD1" + "Ü" * 35, codes.ScanProblem.MALFORMED),
        (VALID * 50, codes.ScanProblem.MALFORMED),
        (VALID[:-1], codes.ScanProblem.MALFORMED),
        (VALID[:15] + "000" + VALID[18:], codes.ScanProblem.MALFORMED),
    ],
    ids=[
        "other-key",
        "other-event",
        "empty",
        "garbage",
        "non-ascii",
        "very-long",
        "short",
        "generation-zero",
    ],
)
def test_refusals(text: str, problem: codes.ScanProblem) -> None:
    assert codes.verify(KEY, TAG, text) == codes.ScanRefusal(problem)


def test_earlier_generation_verifies_as_that_generation() -> None:
    """Revocation is the check-in's business: the code itself still says which badge it is."""
    assert codes.verify(KEY, TAG, codes.sign(KEY, TAG, CODE, 1)) == codes.Scan(CODE, 1)


@pytest.mark.parametrize(
    ("text", "scan", "code"),
    [
        (VALID, True, False),
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
