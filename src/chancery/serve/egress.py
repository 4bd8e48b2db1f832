"""What a query or an update may reach outside the server: SERVICE and LOAD, decided on tokens.

:func:`prepare` reads the text with the lexer of ``tokens``, resolves every IRI against BASE and the
prefixes (RFC 3986), finds every ``SERVICE`` and ``LOAD`` keyword and the target that follows it, and
refuses the operation unless each target is an http(s) IRI whose host, normalised as a browser's URL
parser would (case, a trailing dot, IPv4 in decimal, hex, octal or short form, IPv6, IDNA), is on the
allow-list. A variable target is refused: it cannot be checked before the query runs. The engine is
then given the canonical text written from the same tokens (see ``tokens``), so it runs what was
checked. Refusals happen before any connection, so they tell nothing about the network.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from urllib.parse import unquote

from chancery.serve.tokens import (
    SparqlTextError,
    Token,
    canonical_iri,
    canonical_string,
    local_value,
    string_value,
    tokenize,
    unescape,
)

_REFERENCE = re.compile(r"^(?:([^:/?#]+):)?(?://([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$", re.DOTALL)
FETCHING_KEYWORDS = ("SERVICE", "LOAD")
# Two tokens written side by side whose meeting characters would read as one token ('<' then an IRI
# gives '<<'); the original spacing is kept everywhere else, as the engine needs ('COALESCE(' is not
# 'COALESCE (' to oxigraph).
_JOINS = {"<<", ">>", "<=", ">=", "{|", "|}", "^^", "&&", "||", "!=", ")>", '""', "''"}


class EgressRefused(ValueError):
    """The operation names a place outside the server that it may not reach, or cannot be read."""


@dataclass(frozen=True)
class Prepared:
    """An operation ready for the engine: its canonical text, and what it would reach."""

    text: str
    tokens: list[Token]
    pieces: list[str]  # the canonical text of each token, with the whitespace before it
    targets: tuple[tuple[str, str | None], ...] = ()  # (SERVICE or LOAD, its IRI resolved or None)
    keywords: frozenset[str] = field(default_factory=frozenset)  # every keyword used, upper case

    def names_dataset(self) -> bool:
        """Whether a query sets its own dataset with FROM / FROM NAMED."""
        return "FROM" in self.keywords


def canonical(text: str, base_iri: str | None) -> Prepared:
    """The operation read into tokens and written back canonically, with what it would reach."""
    try:
        tokens = tokenize(text)
    except SparqlTextError as exc:
        raise EgressRefused(f"syntax error: {exc}") from None
    pieces, targets = _Writer(base_iri).write(tokens)
    keywords = frozenset(t.word for t in tokens if t.kind == "WORD")
    return Prepared("".join(pieces), tokens, pieces, tuple(targets), keywords)


def prepare(text: str, base_iri: str | None, allowed_hosts: frozenset[str] = frozenset()) -> Prepared:
    """The operation's canonical text, or :class:`EgressRefused` naming what is refused and why."""
    prepared = canonical(text, base_iri)
    allowed = frozenset(filter(None, (host_key(f"http://{h}/") for h in allowed_hosts)))
    for keyword, target in prepared.targets:
        if target is None:
            raise EgressRefused(
                f"{keyword} with a variable (or unreadable) target refused: only a fixed IRI can be checked"
            )
        if host_key(target) not in allowed:
            raise EgressRefused(
                f"{keyword} <{target}> refused: this server may only call "
                + (", ".join(sorted(allowed_hosts)) if allowed_hosts else "no host (none is allowed here)")
            )
    return prepared


class _Writer:
    """Writes the canonical text of each token, tracking BASE and PREFIX as the grammar does."""

    def __init__(self, base_iri: str | None):
        self.base = base_iri
        self.prefixes: dict[str, str] = {}

    def write(self, tokens: list[Token]) -> tuple[list[str], list[tuple[str, str | None]]]:
        pieces: list[str] = []
        targets: list[tuple[str, str | None]] = []
        for index, token in enumerate(tokens):
            text = self._text(tokens, index)
            joined = pieces[-1][-1:] + text[:1] if pieces and not token.gap else ""
            pieces.append((" " if joined in _JOINS else token.gap) + text)
            if token.word in FETCHING_KEYWORDS:
                targets.append((token.word, self._target(tokens, index)))
        return pieces, targets

    def _text(self, tokens: list[Token], index: int) -> str:
        token = tokens[index]
        before = tokens[index - 1].word if index else ""
        if token.kind == "PNAME" and before == "PREFIX":
            if not token.text.endswith(":") or index + 1 >= len(tokens) or tokens[index + 1].kind != "IRI":
                raise EgressRefused(f"syntax error: PREFIX {token.text} must be followed by an <IRI>")
            self.prefixes[token.text[:-1]] = self._iri(tokens[index + 1])
            return token.text
        if token.kind == "IRI":
            iri = self._iri(token)
            if before == "BASE":
                self.base = iri
            return canonical_iri(iri)
        if token.kind == "PNAME":
            return canonical_iri(self._pname(token))
        if token.kind == "STRING":
            return canonical_string(_value(string_value, token))
        return token.text

    def _iri(self, token: Token) -> str:
        iri = _value(unescape, token, token.text[1:-1])
        return resolve_iri(iri, self.base) if self.base else iri

    def _pname(self, token: Token) -> str:
        prefix, _, local = token.text.partition(":")
        if prefix not in self.prefixes:
            raise EgressRefused(f"syntax error: the prefix '{prefix}:' is not declared")
        return self.prefixes[prefix] + local_value(local)

    def _target(self, tokens: list[Token], index: int) -> str | None:
        following = tokens[index + 1 : index + 3]
        if following and following[0].word == "SILENT":
            following = following[1:]
        if not following:
            return None
        target = following[0]
        if target.kind == "IRI":
            return self._iri(target)
        if target.kind == "PNAME":
            return self._pname(target)
        return None


def _value(decode, token: Token, body: str | None = None) -> str:
    try:
        return decode(token) if body is None else decode(body)
    except ValueError as exc:
        raise EgressRefused(f"syntax error: {exc} in {token.text[:60]}") from None


def resolve_iri(reference: str, base: str) -> str:
    """RFC 3986 section 5.2.2: ``reference`` resolved against the absolute ``base``."""
    r_scheme, r_auth, r_path, r_query, r_frag = _REFERENCE.match(reference).groups()  # type: ignore[union-attr]
    b_scheme, b_auth, b_path, b_query, _ = _REFERENCE.match(base).groups()  # type: ignore[union-attr]
    if r_scheme is not None:
        scheme, auth, path, query = r_scheme, r_auth, _remove_dots(r_path), r_query
    elif r_auth is not None:
        scheme, auth, path, query = b_scheme, r_auth, _remove_dots(r_path), r_query
    elif r_path == "":
        scheme, auth, path, query = b_scheme, b_auth, b_path, r_query if r_query is not None else b_query
    else:
        if r_path.startswith("/"):
            path = _remove_dots(r_path)
        elif b_auth is not None and b_path == "":
            path = _remove_dots("/" + r_path)
        else:
            path = _remove_dots(b_path[: b_path.rfind("/") + 1] + r_path)
        scheme, auth, query = b_scheme, b_auth, r_query
    out = (f"{scheme}:" if scheme is not None else "") + (f"//{auth}" if auth is not None else "") + path
    return out + (f"?{query}" if query is not None else "") + (f"#{r_frag}" if r_frag is not None else "")


def _remove_dots(path: str) -> str:
    output: list[str] = []
    segments = path.split("/")
    for i, segment in enumerate(segments):
        last = i == len(segments) - 1
        if segment == ".":
            if last:
                output.append("")
        elif segment == "..":
            if len(output) > 1 or (output and output[0] != ""):
                output.pop()
            if last:
                output.append("")
        else:
            output.append(segment)
    result = "/".join(output)
    return "/" + result if path.startswith("/") and not result.startswith("/") else result


def host_key(iri: str) -> str | None:
    """The host an http(s) IRI would connect to, normalised; None for anything that cannot be checked."""
    match = _REFERENCE.match(iri)
    if not match or (match.group(1) or "").lower() not in ("http", "https") or match.group(2) is None:
        return None
    authority = match.group(2)
    if "@" in authority or "\\" in authority:
        return None
    if authority.startswith("["):
        host, _, rest = authority[1:].partition("]")
        if rest and not re.fullmatch(r":[0-9]*", rest):
            return None
        try:
            address = ipaddress.IPv6Address(host)
        except ValueError:
            return None
        return str(address.ipv4_mapped or address)
    host, _, port = authority.partition(":")
    if not re.fullmatch(r"[0-9]*", port):
        return None
    try:
        return _name_or_ipv4(unquote(host, errors="strict").lower())
    except UnicodeError:
        return None


def _name_or_ipv4(host: str) -> str | None:
    if not host:
        return None
    try:
        host = host.encode("idna").decode("ascii")
    except (UnicodeError, ValueError):
        return None
    parts = host.split(".")
    if len(parts) > 1 and parts[-1] == "":
        parts = parts[:-1]
    if re.fullmatch(r"(0[xX][0-9A-Fa-f]*|[0-9]+)", parts[-1]):
        return _ipv4(parts)
    if not all(re.fullmatch(r"[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?", p) for p in parts):
        return None
    return ".".join(parts)


def _ipv4(parts: list[str]) -> str | None:
    """The WHATWG URL standard's IPv4 parser: 127.1, 0x7f.1, 0177.0.0.1, 2130706433 are all 127.0.0.1."""
    if len(parts) > 4:
        return None
    numbers = []
    for part in parts:
        if re.fullmatch(r"0[xX][0-9A-Fa-f]*", part):
            numbers.append(int(part[2:] or "0", 16))
        elif re.fullmatch(r"0[0-7]+", part):
            numbers.append(int(part, 8))
        elif re.fullmatch(r"[0-9]+", part) and not (len(part) > 1 and part.startswith("0")):
            numbers.append(int(part))
        else:
            return None
    if any(n > 255 for n in numbers[:-1]) or numbers[-1] >= 256 ** (5 - len(numbers)):
        return None
    value = numbers[-1] + sum(n << (8 * (3 - i)) for i, n in enumerate(numbers[:-1]))
    return str(ipaddress.IPv4Address(value))
