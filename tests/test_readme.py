"""The README tells the truth: its CLI reference is the commands' own help, its commands exist."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys

import click

from chancery.cli import main


def load_tool(root):
    spec = importlib.util.spec_from_file_location("readme_cli", root / "tools" / "readme_cli.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_cli_reference_is_current(root):
    tool = load_tool(root)
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert tool.render(readme) == readme, "README's CLI reference is stale: run `make readme`"


def test_every_command_has_help_and_is_in_the_readme(root):
    readme = (root / "README.md").read_text(encoding="utf-8")
    ctx = click.Context(main)
    for name in main.list_commands(ctx):
        command = main.get_command(ctx, name)
        assert command is not None and (command.help or "").strip(), f"{name} has no help"
        assert f"### chancery {name}" in readme


def test_readme_opens_with_the_make_targets(root):
    readme = (root / "README.md").read_text(encoding="utf-8")
    first_block = re.search(r"```sh\n(.*?)```", readme, re.S).group(1)
    targets = re.findall(r"^make (\S+)", first_block, re.M)
    assert targets == ["run", "test"]
    makefile = (root / "Makefile").read_text(encoding="utf-8")
    for target in targets:
        assert re.search(rf"^{target}:", makefile, re.M), f"Makefile has no target {target}"


def test_ci_runs_the_readme_test_command(root):
    assert "make test" in (root / ".ci" / "run").read_text(encoding="utf-8")


def test_entry_point_and_module_run():
    out = subprocess.run([sys.executable, "-m", "chancery", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and "chancery" in out.stdout
