"""Parsing watchlist queries: the lexer and the recursive-descent parser, with the limits on
length and nesting.

Kept apart from the index compilers and the matcher, which only read the tree it builds.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from .errors import _error
from .nodes import Node, Phrase, Term, _and, _not, _or
from .render import to_fts5
from .tokens import tokenize

__all__ = ["MAX_DEPTH", "MAX_LENGTH", "MIN_PREFIX", "parse"]

MAX_LENGTH: Final = 1000  # characters in a query
MAX_DEPTH: Final = 12  # nested parentheses plus NOT operators
MIN_PREFIX: Final = 2  # letters before a trailing * (a lone "a*" would match half the index)

_QUOTES = '"\u201c\u201d\u201e'  # also the curly quotes word processors type
_STOP = set("()" + _QUOTES)
_OPERATORS = {"AND": "AND", "DAN": "AND", "OR": "OR", "ATAU": "OR", "NOT": "NOT", "TIDAK": "NOT"}
_SYMBOL_HINTS = {"&": "AND", "&&": "AND", "+": "AND", "|": "OR", "||": "OR", "!": "NOT", "~": "NOT"}


@dataclass(frozen=True, slots=True)
class _Tok:
    kind: str  # "(", ")", "AND", "OR", "NOT", "-" or "leaf"
    pos: int
    word: str = ""
    leaf: Term | Phrase | None = None


def _leaf(words: list[str], prefix: bool) -> Term | Phrase:
    return Term(words[0], prefix) if len(words) == 1 else Phrase(tuple(words), prefix)


def _word_leaf(word: str, pos: int) -> Term | Phrase:
    prefix = word.endswith("*")
    core = word[:-1] if prefix else word
    if core == "-":
        raise _error("dangling_minus", pos)
    if "*" in core or not core:
        raise _error("misplaced_star", pos + max(core.find("*"), 0))
    words = tokenize(core)
    if not words and core in _SYMBOL_HINTS:
        raise _error("symbol_operator", pos, symbol=core, op=_SYMBOL_HINTS[core])
    if not words:
        raise _error("no_letters", pos, word=word)
    if prefix and len(words) == 1 and len(words[0]) < MIN_PREFIX:
        raise _error("short_prefix", pos, word=word, limit=MIN_PREFIX)
    return _leaf(words, prefix)


def _lex(text: str) -> Iterator[_Tok]:
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch in "()":
            yield _Tok(ch, i, ch)
            i += 1
        elif ch in _QUOTES:
            end = next((j for j in range(i + 1, n) if text[j] in _QUOTES), -1)
            if end < 0:
                raise _error("unclosed_quote", i)
            words = tokenize(text[i + 1 : end])
            if not words:
                raise _error("empty_phrase", i)
            prefix = end + 1 < n and text[end + 1] == "*"
            yield _Tok("leaf", i, text[i : end + 1 + prefix], _leaf(words, prefix))
            i = end + 1 + prefix
        elif ch == "-" and i + 1 < n and not text[i + 1].isspace() and text[i + 1] != ")":
            yield _Tok("-", i, "-")
            i += 1
        else:
            j = i
            while j < n and not text[j].isspace() and text[j] not in _STOP:
                j += 1
            word = text[i:j]
            if word in _OPERATORS:
                yield _Tok(_OPERATORS[word], i, word)
            else:
                yield _Tok("leaf", i, word, _word_leaf(word, i))
            i = j


# ------------------------------------------------------------------- query parser

_OPERAND_START = frozenset({"leaf", "(", "NOT", "-"})


def _describe(tok: _Tok) -> tuple[str, str]:
    if tok.kind == "-":
        return "Tanda '-'", "The '-'"
    return f"Operator {tok.word}", f"The operator {tok.word}"


class _Parser:
    """Recursive descent: or := and (OR and)*; and := unary ([AND] unary)*;
    unary := (NOT | -) unary | leaf | "(" or ")"."""

    def __init__(self, toks: list[_Tok]) -> None:
        self.toks = toks
        self.i = 0

    def peek(self) -> _Tok | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self) -> _Tok:
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def parse(self) -> Node:
        node = self.or_(0)
        tok = self.peek()
        if tok is not None:  # only a ")" can stop the top-level loop early
            raise _error("unmatched_close", tok.pos)
        return node

    def expect_operand(self, op: _Tok) -> None:
        nxt = self.peek()
        if nxt is not None and nxt.kind in _OPERAND_START:
            return
        name, name_en = _describe(op)
        code = "dangling_operator_at_end" if nxt is None else "dangling_operator"
        raise _error(code, op.pos, name=name, name_en=name_en)

    def or_(self, depth: int) -> Node:
        items = [self.and_(depth)]
        while (tok := self.peek()) is not None and tok.kind == "OR":
            self.expect_operand(self.take())
            items.append(self.and_(depth))
        return _or(items)

    def and_(self, depth: int) -> Node:
        items = [self.unary(depth)]
        while (tok := self.peek()) is not None and (tok.kind == "AND" or tok.kind in _OPERAND_START):
            if tok.kind == "AND":
                self.expect_operand(self.take())
            items.append(self.unary(depth))
        return _and(items)

    def unary(self, depth: int) -> Node:
        tok = self.take()
        if depth >= MAX_DEPTH and tok.kind in ("(", "NOT", "-"):
            raise _error("too_deep", tok.pos, limit=MAX_DEPTH)
        if tok.kind == "leaf":
            assert tok.leaf is not None  # noqa: S101 - narrows the type
            return tok.leaf
        if tok.kind in ("NOT", "-"):
            self.expect_operand(tok)
            return _not(self.unary(depth + 1))
        if tok.kind == "(":
            if (nxt := self.peek()) is not None and nxt.kind == ")":
                raise _error("empty_parentheses", tok.pos)
            node = self.or_(depth + 1) if nxt is not None else None
            if node is None or (close := self.peek()) is None or close.kind != ")":
                raise _error("unclosed_parenthesis", tok.pos)
            self.take()
            return node
        if tok.kind == ")":
            raise _error("unmatched_close", tok.pos)
        raise _error("missing_operand", tok.pos, op=tok.word)


def parse(text: str, *, validate: bool = True) -> Node:
    """Parse a watchlist query. With ``validate`` (the default) also reject queries that no
    search index can run (see ``to_fts5``), so a saved watchlist always works everywhere."""
    if len(text) > MAX_LENGTH:
        raise _error("too_long", length=len(text), limit=MAX_LENGTH)
    toks = list(_lex(text))
    if not toks:
        raise _error("empty")
    if all(tok.kind == "NOT" for tok in toks):
        raise _error("only_not", toks[0].pos)
    node = _Parser(toks).parse()
    if validate:
        to_fts5(node)
    return node
