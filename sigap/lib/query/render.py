"""Rendering a query tree: back to query syntax, the positive terms to highlight, and the
expressions the search indexes run (SQLite FTS5 MATCH, PostgreSQL tsquery).

Kept apart from parsing and matching: this is what the database sees.
"""

from __future__ import annotations

from .errors import _error
from .nodes import And, Node, Not, Or, Phrase, Term

__all__ = ["terms", "to_fts5", "to_text", "to_tsquery"]


def to_text(node: Node) -> str:
    """Render the AST back to query syntax; ``parse(to_text(n)) == n`` for parsed trees."""
    if isinstance(node, Term):
        return node.text + "*" * node.prefix
    if isinstance(node, Phrase):
        return '"' + " ".join(node.words) + '"' + "*" * node.prefix
    if isinstance(node, Not):
        return "NOT " + _wrap(node.item, (And, Or, Not))
    if isinstance(node, And):
        return " AND ".join(_wrap(item, (And, Or)) for item in node.items)
    return " OR ".join(_wrap(item, (Or,)) for item in node.items)


def _wrap(node: Node, kinds: tuple[type, ...]) -> str:
    return f"({to_text(node)})" if isinstance(node, kinds) else to_text(node)


def terms(node: Node) -> tuple[Term | Phrase, ...]:
    """The positive leaves (not excluded by NOT), first occurrence order: what to highlight."""
    found: dict[Term | Phrase, None] = {}

    def walk(n: Node, positive: bool) -> None:
        if isinstance(n, Term | Phrase):
            if positive:
                found.setdefault(n)
        elif isinstance(n, Not):
            walk(n.item, not positive)
        else:
            for item in n.items:
                walk(item, positive)

    walk(node, True)
    return tuple(found)


def _fts5_string(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _fts(node: Node, positive: bool) -> str | None:
    """FTS5 expression for node (positive) or for its complement, or None when that set
    contains the empty document: FTS5 has no "match everything", and NOT is binary."""
    if isinstance(node, Term):
        return _fts5_string(node.text) + " *" * node.prefix if positive else None
    if isinstance(node, Phrase):
        return _fts5_string(" ".join(node.words)) + " *" * node.prefix if positive else None
    if isinstance(node, Not):
        return _fts(node.item, not positive)
    if isinstance(node, And) != positive:  # Or, or the complement of an And: a union
        parts = [_fts(item, positive) for item in node.items]
        return None if None in parts else "(" + " OR ".join(p for p in parts if p) + ")"
    wanted: list[str] = []  # And, or the complement of an Or: an intersection
    excluded: list[str] = []
    for item in node.items:
        if (expr := _fts(item, positive)) is not None:
            wanted.append(expr)
        else:  # its complement is searchable (exactly one of the two always is)
            excluded.append(_fts(item, not positive) or "")
    if not wanted:
        return None
    expr = wanted[0] if len(wanted) == 1 else "(" + " AND ".join(wanted) + ")"
    if excluded:
        rest = excluded[0] if len(excluded) == 1 else "(" + " OR ".join(excluded) + ")"
        expr = f"({expr} NOT {rest})"
    return expr


def to_fts5(node: Node) -> str:
    """An SQLite FTS5 MATCH expression. Every word is an FTS5 string, so no user input is
    ever read as FTS5 syntax. Raises QuerySyntaxError for a query that would also match a
    document containing none of its words (``NOT a``, ``a OR NOT b``): FTS5 cannot run it."""
    expr = _fts(node, True)
    if expr is not None:
        return expr
    raise _error("unsearchable" if terms(node) else "only_exclusions")


def _lexeme(word: str) -> str:
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def to_tsquery(node: Node) -> str:
    """A string for PostgreSQL ``to_tsquery('simple', %s)`` (pass it as a bind parameter)."""
    if isinstance(node, Term):
        return _lexeme(node.text) + ":*" * node.prefix
    if isinstance(node, Phrase):
        return "(" + " <-> ".join(map(_lexeme, node.words)) + ":*" * node.prefix + ")"
    if isinstance(node, Not):
        return "!" + to_tsquery(node.item)
    joiner = " & " if isinstance(node, And) else " | "
    return "(" + joiner.join(map(to_tsquery, node.items)) + ")"
