"""Write the CLI reference into README.md from the commands' own --help (run: make readme).

The reference sits between the markers below; tests/test_readme.py checks that it is current.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click
from click.testing import CliRunner

from chancery.cli import main

START, END = "<!-- cli-reference:start -->", "<!-- cli-reference:end -->"
README = Path(__file__).resolve().parent.parent / "README.md"


def help_text(args: list[str]) -> str:
    result = CliRunner().invoke(main, [*args, "--help"], terminal_width=100, prog_name="chancery")
    return result.output.rstrip() + "\n"


def reference() -> str:
    ctx = click.Context(main)
    parts = ["```", help_text([]).rstrip(), "```"]
    for name in main.list_commands(ctx):
        parts += ["", f"### chancery {name}", "", "```", help_text([name]).rstrip(), "```"]
    return "\n".join(parts) + "\n"


def render(readme: str) -> str:
    head, _, rest = readme.partition(START)
    _, _, tail = rest.partition(END)
    return f"{head}{START}\n{reference()}{END}{tail}"


def main_(check: bool = False) -> int:
    current = README.read_text(encoding="utf-8")
    if START not in current or END not in current:
        print(f"README.md has no {START} ... {END} block", file=sys.stderr)
        return 1
    fresh = render(current)
    if check:
        return 0 if fresh == current else 1
    README.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main_(check="--check" in sys.argv))
