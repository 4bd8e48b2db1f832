"""The errors chancery raises and the exit codes the CLI maps them to."""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path


class ExitCode(IntEnum):
    """Documented in the README; outside checks rely on 0 and 1."""

    OK = 0
    NOT_CONFORMING = 1  # the graph violates shapes/
    USAGE = 2  # bad command line (click's own code)
    INPUT = 3  # one or more sources could not be read; the others were processed
    FAILURE = 4  # anything else: unwritable output, unreachable endpoint, broken configuration
    INTERRUPTED = 130


class ChanceryError(Exception):
    """Base of every error chancery raises on purpose. ``str()`` is the one-line message."""

    exit_code = ExitCode.FAILURE

    def __init__(self, message: str, *, path: str | Path | None = None, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class SourceError(ChanceryError):
    """A source file that cannot be read as a document (empty, binary, truncated, not a page)."""

    exit_code = ExitCode.INPUT


class ConfigError(ChanceryError):
    """A setting, option or resource that is wrong."""

    exit_code = ExitCode.USAGE


class OutputError(ChanceryError):
    """An output that cannot be written."""


class QueryError(ChanceryError):
    """A SPARQL query that cannot be parsed or run."""


class EndpointError(ChanceryError):
    """A remote SPARQL endpoint or triplestore that failed or cannot be reached."""
