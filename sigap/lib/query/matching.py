"""Matching documents against a query tree in Python: the reference semantics (``matches``)
and the fast compiled matcher (``compile_matcher``) used to tag incoming documents.

Kept apart from the parser and the index compilers, which never evaluate a tree.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeAlias

from .nodes import And, Node, Not, Phrase, Term
from .tokens import Tokens

__all__ = ["Matcher", "compile_matcher", "matches"]

Matcher: TypeAlias = Callable[[str | Tokens], bool]
_Fn: TypeAlias = Callable[[Tokens], bool]


def _phrase_at(words: list[str], start: int, node: Phrase) -> bool:
    k = len(node.words)
    if start + k > len(words):
        return False
    if node.prefix:
        return tuple(words[start : start + k - 1]) == node.words[:-1] and words[start + k - 1].startswith(
            node.words[-1]
        )
    return tuple(words[start : start + k]) == node.words


def _eval(node: Node, doc: Tokens) -> bool:
    if isinstance(node, Term):
        if node.prefix:
            return any(word.startswith(node.text) for word in doc.unique)
        return node.text in doc.unique
    if isinstance(node, Phrase):
        return any(_phrase_at(doc.words, i, node) for i in range(len(doc.words)))
    if isinstance(node, Not):
        return not _eval(node.item, doc)
    if isinstance(node, And):
        return all(_eval(item, doc) for item in node.items)
    return any(_eval(item, doc) for item in node.items)


def matches(node: Node, text: str | Tokens) -> bool:
    """Does the document match? The reference semantics (``compile_matcher`` is the fast
    path): a Term equals a whole token, a prefix starts one, a Phrase is consecutive tokens."""
    return _eval(node, text if isinstance(text, Tokens) else Tokens(text))


def compile_matcher(node: Node) -> Matcher:
    """A fast matcher with the semantics of ``matches``. Tokenize each document once with
    ``Tokens(text)`` and pass that to every watchlist's matcher (a string works too)."""
    fn = _compile(node)

    def match(doc: str | Tokens) -> bool:
        return fn(doc if isinstance(doc, Tokens) else Tokens(doc))

    return match


def _compile(node: Node) -> _Fn:
    if isinstance(node, Term) and not node.prefix:
        word = node.text
        return lambda doc: word in doc.unique
    if isinstance(node, Term | Phrase):
        words = (node.text,) if isinstance(node, Term) else node.words
        needed = frozenset(words[:-1] if node.prefix else words)
        pattern = " " + " ".join(words) + ("" if node.prefix else " ")
        return lambda doc: needed <= doc.unique and pattern in doc.joined
    if isinstance(node, Not):
        inner = _compile(node.item)
        return lambda doc: not inner(doc)
    # And / Or: the plain words are checked together as one set operation, the rest after.
    plain = frozenset(i.text for i in node.items if isinstance(i, Term) and not i.prefix)
    rest = [_compile(i) for i in node.items if not (isinstance(i, Term) and not i.prefix)]
    if isinstance(node, And):

        def all_of(doc: Tokens) -> bool:
            if not plain <= doc.unique:
                return False
            for fn in rest:
                if not fn(doc):
                    return False
            return True

        return all_of

    def any_of(doc: Tokens) -> bool:
        if not plain.isdisjoint(doc.unique):
            return True
        for fn in rest:
            if fn(doc):
                return True
        return False

    return any_of
