"""The README starts with the two commands, and CI runs the same test command."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _commands():
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines[:12] if line.startswith("    ")]


def test_readme_starts_with_the_two_commands():
    commands = _commands()
    assert len(commands) == 2
    assert commands[0].endswith("python -m zjtracker")
    assert commands[1].endswith("python -m tests")  # tests/__main__.py: pytest per folder


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert f"TEST_COMMAND='{_commands()[1]}'" in ci
