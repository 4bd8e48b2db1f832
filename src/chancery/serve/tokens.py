"""SPARQL text as tokens, and the canonical text written back from them.

The endpoint decides what a query may reach (``egress``) on tokens, never on the raw text, and hands
the engine the *canonical* text made from those same tokens: comments dropped, prefixed and relative
IRIs written out as absolute ``<IRI>``s, strings and IRIs re-escaped so that they hold no character
that could start a comment, a string or a group, and a space between every two tokens. So whatever
the engine reads is what was checked: text the checker did not see (a comment ended by a carriage
return, a ``\\u`` escape, an escaped prefixed name) never reaches it.

The lexer follows the terminals of the SPARQL 1.1 grammar (section 19.8) plus the SPARQL 1.2 tokens
oxigraph accepts (``<<``, ``>>``, ``<<(``, ``)>>``, ``{|``, ``|}``, ``~``, ``VERSION``, directional
language tags). Anything else is an error: a text the lexer cannot read is refused, not guessed at.
One ambiguity of the grammar needs context: ``?a<3&&?b>2`` is two comparisons inside an expression and
``?s <p> ?o`` holds an IRI; ``<`` after an operand inside an expression's parentheses is an operator
(what oxigraph does), anywhere else it starts an IRI when one can be read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_BASE_CHARS = (
    "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
    "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"
)
_U_CHARS = _BASE_CHARS + "_"
_NAME_CHARS = _U_CHARS + "\\-0-9\u00b7\u0300-\u036f\u203f-\u2040"
_PLX = r"%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%]"
_PREFIX = f"[{_BASE_CHARS}](?:[{_NAME_CHARS}.]*[{_NAME_CHARS}])?"
_LOCAL = f"(?:[{_U_CHARS}:0-9]|{_PLX})(?:(?:[{_NAME_CHARS}.:]|{_PLX})*(?:[{_NAME_CHARS}:]|{_PLX}))?"
_UCHAR = r"\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"
_ECHAR = r"\\[tbnrf\\\"']"

PATTERNS = {
    "WS": re.compile(r"[ \t\r\n]+"),
    "COMMENT": re.compile(r"#[^\r\n]*"),
    "IRI": re.compile(rf'<(?:[^<>"{{}}|^`\\\x00-\x20]|{_UCHAR})*>'),
    "PNAME": re.compile(rf"(?:{_PREFIX})?:(?:{_LOCAL})?"),
    "BNODE": re.compile(rf"_:[{_U_CHARS}0-9](?:[{_NAME_CHARS}.]*[{_NAME_CHARS}])?"),
    "VAR": re.compile(rf"[?$][{_U_CHARS}0-9][{_U_CHARS}0-9\u00b7\u0300-\u036f\u203f-\u2040]*"),
    "LANGTAG": re.compile(r"@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*(?:--[a-zA-Z]+)?"),
    "NUMBER": re.compile(
        r"[+-]?(?:[0-9]+\.[0-9]*[eE][+-]?[0-9]+|\.[0-9]+[eE][+-]?[0-9]+|[0-9]+[eE][+-]?[0-9]+"
        r"|[0-9]*\.[0-9]+|[0-9]+)"
    ),
    "STRING": re.compile(
        rf"'''(?:(?:'|'')?(?:[^'\\]|{_ECHAR}|{_UCHAR}))*'''"
        rf'|"""(?:(?:"|"")?(?:[^"\\]|{_ECHAR}|{_UCHAR}))*"""'
        rf"|'(?:[^'\\\n\r]|{_ECHAR}|{_UCHAR})*'"
        rf'|"(?:[^"\\\n\r]|{_ECHAR}|{_UCHAR})*"'
    ),
    "WORD": re.compile(r"[A-Za-z_][A-Za-z0-9_]*"),
    "NIL": re.compile(r"\([ \t\r\n]*\)"),
    "ANON": re.compile(r"\[[ \t\r\n]*\]"),
    "PUNCT": re.compile(r"<<\(|\)>>|<<|>>|\{\||\|\}|\^\^|&&|\|\||!=|<=|>=|[{}()\[\];,.*/+\-!=<>^|?~]"),
}
_OPERATOR_LT = re.compile(r"<=|<")
_ESCAPE = re.compile(_UCHAR + "|" + _ECHAR)
_ECHARS = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", "\\": "\\", '"': '"', "'": "'"}
# Characters written as they are in a canonical IRI or string; any other is a \u escape, so that
# neither can hold anything that starts a comment, a string, an IRI or a group.
_SAFE_IRI = re.compile(r"[A-Za-z0-9:/.\-_~%]")
_SAFE_STRING = re.compile(r"[A-Za-z0-9 .,:/_\-]")
_OPERANDS = {"VAR", "NUMBER", "STRING", "LANGTAG", "IRI", "PNAME", "BNODE", "NIL", "ANON"}
_NOT_FUNCTIONS = {"a", "values"}  # words that are followed by '(' without opening an expression


class SparqlTextError(ValueError):
    """The text cannot be read as SPARQL tokens; ``position`` is the offset where reading stopped."""

    def __init__(self, message: str, text: str, position: int):
        line = text.count("\n", 0, position) + 1
        column = position - (text.rfind("\n", 0, position) + 1) + 1
        super().__init__(f"{message} at line {line}, column {column}")
        self.position = position


@dataclass(frozen=True)
class Token:
    kind: str  # WORD, IRI, PNAME, VAR, BNODE, STRING, LANGTAG, NUMBER, NIL, ANON, PUNCT
    text: str  # as written
    start: int
    gap: str  # the whitespace before it, comments blanked out

    @property
    def word(self) -> str:
        """A keyword in upper case ('' for any other token)."""
        return self.text.upper() if self.kind == "WORD" else ""


def unescape(text: str) -> str:
    """The value of an IRI's or a string's body: ``\\uXXXX``, ``\\UXXXXXXXX`` and ``\\n``-style escapes."""

    def one(match: re.Match[str]) -> str:
        escape = match.group(0)
        if escape[1] in "uU":
            code = int(escape[2:], 16)
            if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
                raise ValueError(f"{escape} is not a character")
            return chr(code)
        return _ECHARS[escape[1]]

    return _ESCAPE.sub(one, text)


def string_value(token: Token) -> str:
    quotes = 3 if token.text[:3] in ('"""', "'''") else 1
    return unescape(token.text[quotes:-quotes])


def local_value(local: str) -> str:
    r"""A prefixed name's local part as it goes into the IRI: ``\.`` is ``.``, ``%41`` stays."""
    return re.sub(r"\\(.)", r"\1", local)


class _Containers:
    """Which kind of bracket the lexer is inside: expressions, patterns or data."""

    def __init__(self) -> None:
        self.stack: list[str] = []
        self.values_pending = False

    def expression(self) -> bool:
        return bool(self.stack) and self.stack[-1] == "expression"

    def open(self, token: Token, before: list[Token]) -> None:
        if token.text == "(":
            self.stack.append(self._paren_kind(before))
        elif token.text in ("{", "{|", "[", "<<", "<<("):
            self.stack.append("data" if token.text == "{" and self.values_pending else "pattern")
            self.values_pending = self.values_pending and token.text != "{"

    def _paren_kind(self, before: list[Token]) -> str:
        inner = self.stack[-1] if self.stack else "top"
        if inner == "expression" or not before:
            return "expression" if inner == "expression" else "data"
        previous = before[-1]
        if previous.kind == "WORD":
            return "data" if previous.text.lower() in _NOT_FUNCTIONS else "expression"
        if previous.kind in ("IRI", "PNAME") and len(before) > 1 and before[-2].word == "FILTER":
            return "expression"  # FILTER <function>(...)
        if inner == "top":
            return "expression"  # SELECT (...), GROUP BY/ORDER BY <f>(...)
        return "data"  # a collection in a pattern, a row of VALUES

    def close(self) -> None:
        if self.stack:
            self.stack.pop()


def tokenize(text: str) -> list[Token]:
    """The tokens of a SPARQL query or update; :class:`SparqlTextError` where the text is not SPARQL."""
    tokens: list[Token] = []
    containers = _Containers()
    position, gap = 0, []
    while position < len(text):
        for kind in ("WS", "COMMENT"):
            if match := PATTERNS[kind].match(text, position):
                gap.append(match.group(0) if kind == "WS" else " " * len(match.group(0)))
                position = match.end()
                break
        else:
            kind, end = _next_token(text, position, tokens[-1] if tokens else None, containers)
            token = Token(kind, text[position:end], position, "".join(gap))
            gap = []
            if kind == "WORD" and token.word == "VALUES":
                containers.values_pending = True
            if kind == "PUNCT" and token.text in ("(", "{", "{|", "[", "<<", "<<("):
                containers.open(token, tokens)
            elif kind == "PUNCT" and token.text in (")", "}", "|}", "]", ">>", ")>>"):
                containers.close()
            tokens.append(token)
            position = end
    return tokens


def _next_token(text: str, position: int, previous: Token | None, containers: _Containers) -> tuple[str, int]:
    char = text[position]
    if char == "<":
        if containers.expression() and _ends_operand(previous):
            match = _OPERATOR_LT.match(text, position)
            assert match is not None
            return "PUNCT", match.end()
        if not text.startswith("<<", position) and (match := PATTERNS["IRI"].match(text, position)):
            return "IRI", match.end()
        return "PUNCT", PATTERNS["PUNCT"].match(text, position).end()  # type: ignore[union-attr]
    for kind in ("STRING", "VAR", "BNODE", "NUMBER", "PNAME", "WORD", "LANGTAG", "NIL", "ANON", "PUNCT"):
        if kind == "NUMBER" and char in "+-" and containers.expression() and _ends_operand(previous):
            continue  # '?a-1' is a subtraction; elsewhere ('VALUES ?x { -1 }') the sign is the number's
        if match := PATTERNS[kind].match(text, position):
            return kind, match.end()
    if char in "\"'":
        raise SparqlTextError(
            "a string is not closed (or holds a line break or a bad escape)", text, position
        )
    if char == "<":
        raise SparqlTextError("an IRI is not closed or holds a character not allowed in IRIs", text, position)
    raise SparqlTextError(f"unexpected character {char!r}", text, position)


def _ends_operand(token: Token | None) -> bool:
    if token is None:
        return False
    return token.kind in _OPERANDS or token.text in (")", "]") or token.word in ("TRUE", "FALSE")


def canonical_iri(iri: str) -> str:
    """``<iri>`` with every character outside a small safe set written as a ``\\u`` escape."""
    return "<" + "".join(c if _SAFE_IRI.fullmatch(c) else _uchar(c) for c in iri) + ">"


def canonical_string(value: str) -> str:
    return '"' + "".join(c if _SAFE_STRING.fullmatch(c) else _uchar(c) for c in value) + '"'


def _uchar(char: str) -> str:
    code = ord(char)
    return f"\\u{code:04X}" if code <= 0xFFFF else f"\\U{code:08X}"
