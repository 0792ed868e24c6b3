"""What a new developer and CI meet first: the README's two commands, and .ci/run."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text("utf-8")
    return re.findall(r"```sh\n(.+?)\n```", text, flags=re.DOTALL)


def test_readme_opens_with_the_demo_and_the_test_commands() -> None:
    demo, tests = readme_commands()[:2]
    assert demo.endswith("meetingdesk --demo")
    assert tests.endswith("python -m pytest")
    assert "'.[test]'" in tests


def test_ci_runs_the_readme_test_command() -> None:
    tests = readme_commands()[1]
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert tests in ci.splitlines()


def test_ci_runs_the_readme_development_checks() -> None:
    checks = next(c for c in readme_commands() if "ruff check" in c)
    assert "ruff format --check" in checks and "mypy" in checks
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert checks in ci.splitlines()


def test_nothing_generated_is_tracked() -> None:
    ignored = (ROOT / ".gitignore").read_text("utf-8").split()
    for pattern in ("*.sqlite3", "*.pdf", ".venv/", "__pycache__/", "*.bak"):
        assert pattern in ignored
