"""The query AST: terms, phrases and the boolean operators, immutable and hashable.

Shared by the parser, the index compilers and the matcher; kept apart so that none of them
needs the others to build or read a tree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias

__all__ = ["And", "Node", "Not", "Or", "Phrase", "Term"]


@dataclass(frozen=True, slots=True)
class Term:
    text: str  # one normalised token
    prefix: bool = False

    def __post_init__(self) -> None:
        if not self.text:
            raise ValueError("a Term needs a word")


@dataclass(frozen=True, slots=True)
class Phrase:
    words: tuple[str, ...]  # two or more consecutive tokens
    prefix: bool = False  # the last word is a prefix

    def __post_init__(self) -> None:
        object.__setattr__(self, "words", tuple(self.words))
        if not self.words or not all(self.words):
            raise ValueError("a Phrase needs words")


@dataclass(frozen=True, slots=True)
class And:
    items: tuple[Node, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "items", tuple(self.items))


@dataclass(frozen=True, slots=True)
class Or:
    items: tuple[Node, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "items", tuple(self.items))


@dataclass(frozen=True, slots=True)
class Not:
    item: Node


Node: TypeAlias = Term | Phrase | And | Or | Not


def _and(items: list[Node]) -> Node:
    flat = [sub for item in items for sub in (item.items if isinstance(item, And) else (item,))]
    return flat[0] if len(flat) == 1 else And(tuple(flat))


def _or(items: list[Node]) -> Node:
    flat = [sub for item in items for sub in (item.items if isinstance(item, Or) else (item,))]
    return flat[0] if len(flat) == 1 else Or(tuple(flat))


def _not(item: Node) -> Node:
    return item.item if isinstance(item, Not) else Not(item)
