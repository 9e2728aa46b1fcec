"""Boolean watchlist query language (pure Python, no Django).

Syntax, for Humas analysts (documented for users in docs/watchlist-syntax.md)::

    banjir AND (Demak OR Kudus) NOT hoaks      operators AND/OR/NOT or DAN/ATAU/TIDAK (upper case)
    "harga BBM" naik*                          phrase, prefix, implicit AND between neighbours
    -hoaks bansos                              a leading minus excludes a word

Precedence is NOT > AND > OR. ``parse`` turns text into a small immutable AST; the AST is
evaluated in Python (``matches`` / ``compile_matcher``, for tagging incoming documents) or
compiled for the search index (``to_fts5`` for SQLite FTS5, ``to_tsquery`` for PostgreSQL).

Words are normalised like SQLite FTS5's ``unicode61 remove_diacritics 2`` tokenizer:
lower case, Latin diacritics removed, split on every character that is not a letter or a
digit. A typed word that splits into several tokens becomes a phrase: ``covid-19`` is the
phrase ``"covid 19"``, ``e-KTP`` is ``"e ktp"``. Index ``index_text(body)`` (the tokens joined
by spaces) and FTS5 and PostgreSQL (``to_tsvector('simple', ...)``) then see exactly the
tokens ``matches`` sees; PostgreSQL's own parser treats hyphens, dots, URLs and accents
differently from FTS5, so raw text only agrees there for plain words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Final, TypeAlias

# fmt: off
__all__ = [
    "MAX_DEPTH", "MAX_LENGTH", "MIN_PREFIX", "And", "Matcher", "Node", "Not", "Or", "Phrase",
    "QuerySyntaxError", "Term", "Tokens", "compile_matcher", "index_text", "matches", "parse",
    "terms", "to_fts5", "to_text", "to_tsquery", "tokenize",
]
# fmt: on

MAX_LENGTH: Final = 1000  # characters in a query
MAX_DEPTH: Final = 12  # nested parentheses plus NOT operators
MIN_PREFIX: Final = 2  # letters before a trailing * (a lone "a*" would match half the index)


class QuerySyntaxError(ValueError):
    """A query the user must fix. ``str(exc)`` and ``message`` are polite Indonesian,
    ``message_en`` is English, ``position`` is the 0-based offset in the query (None when
    the problem is the query as a whole; messages count from 1), ``code`` is stable."""

    def __init__(
        self,
        message: str,
        position: int | None = None,
        *,
        message_en: str = "",
        code: str = "invalid",
    ) -> None:
        super().__init__(message)
        self.message = message
        self.position = position
        self.message_en = message_en or message
        self.code = code


# code -> (Indonesian, English); {at} is the 1-based position shown to the user.
_MESSAGES: Final[dict[str, tuple[str, str]]] = {
    "empty": ("Kueri kosong.", "The query is empty."),
    "too_long": (
        "Kueri terlalu panjang ({length} karakter); batasnya {limit} karakter.",
        "The query is too long ({length} characters); the limit is {limit}.",
    ),
    "too_deep": (
        "Kueri terlalu bertingkat: paling banyak {limit} tingkat kurung dan NOT.",
        "The query is nested too deeply: at most {limit} levels of parentheses and NOT.",
    ),
    "only_not": (
        "Kueri hanya berisi NOT; tambahkan kata yang dicari.",
        "The query only contains NOT; add the words to search for.",
    ),
    "unclosed_quote": (
        "Tanda kutip di posisi {at} belum ditutup.",
        "The quotation mark at position {at} is not closed.",
    ),
    "empty_phrase": (
        "Frasa dalam tanda kutip di posisi {at} kosong.",
        "The quoted phrase at position {at} is empty.",
    ),
    "unmatched_close": (
        "Kurung tutup ')' di posisi {at} tidak memiliki pasangan.",
        "The closing parenthesis ')' at position {at} has no opening partner.",
    ),
    "unclosed_parenthesis": (
        "Kurung buka '(' di posisi {at} belum ditutup.",
        "The opening parenthesis '(' at position {at} is not closed.",
    ),
    "empty_parentheses": (
        "Kurung di posisi {at} kosong; isi dengan kata yang dicari.",
        "The parentheses at position {at} are empty; put search words inside.",
    ),
    "dangling_operator": (
        "{name} di posisi {at} tidak diikuti kata.",
        "{name_en} at position {at} is not followed by a word.",
    ),
    "dangling_operator_at_end": (
        "{name} di akhir kueri tidak diikuti kata.",
        "{name_en} at the end of the query is not followed by a word.",
    ),
    "missing_operand": (
        "Operator {op} di posisi {at} tidak didahului kata.",
        "The operator {op} at position {at} is not preceded by a word.",
    ),
    "dangling_minus": (
        "Tanda '-' di posisi {at} harus ditulis menempel pada kata yang dikecualikan, misalnya -hoaks.",
        "The '-' at position {at} must be attached to the excluded word, e.g. -hoaks.",
    ),
    "misplaced_star": (
        "Tanda bintang (*) di posisi {at} hanya boleh ditulis menempel di akhir kata, misalnya naik*.",
        "The asterisk (*) at position {at} may only be attached to the end of a word, e.g. naik*.",
    ),
    "symbol_operator": (
        "Tanda '{symbol}' di posisi {at} tidak dikenal; gunakan kata {op} (huruf besar).",
        "The symbol '{symbol}' at position {at} is not an operator; write {op} (upper case).",
    ),
    "no_letters": (
        'Kata "{word}" di posisi {at} tidak berisi huruf atau angka.',
        'The word "{word}" at position {at} contains no letters or digits.',
    ),
    "short_prefix": (
        'Awalan "{word}" di posisi {at} terlalu pendek; tulis minimal {limit} huruf sebelum *.',
        'The prefix "{word}" at position {at} is too short; write at least {limit} letters before *.',
    ),
    "only_exclusions": (
        "Kueri harus memuat setidaknya satu kata yang dicari, bukan hanya pengecualian.",
        "The query must contain at least one word to search for, not only exclusions.",
    ),
    "unsearchable": (
        "Kueri ini juga akan cocok dengan dokumen yang tidak memuat satu pun kata yang dicari "
        "(biasanya karena NOT di dalam OR). Gabungkan pengecualian dengan kata yang dicari, "
        "misalnya (banjir OR longsor) NOT hoaks.",
        "This query would also match documents containing none of its words (usually a NOT "
        "inside an OR). Combine exclusions with search words, e.g. (flood OR landslide) NOT hoax.",
    ),
}


def _error(code: str, position: int | None = None, **values: object) -> QuerySyntaxError:
    message, message_en = _MESSAGES[code]
    at = None if position is None else position + 1
    return QuerySyntaxError(
        message.format(at=at, **values),
        position,
        message_en=message_en.format(at=at, **values),
        code=code,
    )


# --------------------------------------------------------------------------- AST


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


# ------------------------------------------------------------------ tokenizing text

_WORD = re.compile(r"[^\W_]+")  # letters and digits; "_" separates, as in FTS5 and PostgreSQL


def _fold_table() -> dict[int, str | None]:
    """What FTS5 unicode61 with remove_diacritics=2 does beyond lower case: it drops the
    combining diacritics in its bitmap, folds precomposed Latin letters to their ASCII base
    (é -> e, ễ -> e; not Cyrillic й or Greek ά), and case-folds a few letters str.lower() keeps."""
    diacritics = [0x300 + i for i in range(50) if 0x000361F8_08029FDF >> i & 1]
    table: dict[int, str | None] = dict.fromkeys(diacritics)
    for code in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        base = unicodedata.normalize("NFD", chr(code).lower())
        if len(base) > 1 and base[0].isascii() and all(ord(c) in table for c in base[1:]):
            table[code] = base[0]
    table.update({ord(k): v for k, v in zip("µſẛςϐϑϕϖϰϱϵ\u1fbe", "μssσβθφπκρε\u03b9", strict=True)})
    # Letters in Python's Unicode but separators in SQLite's older tables; and the "other
    # numbers" (² ½ ①) that PostgreSQL's parser skips (scanning the BMP takes ~10 ms).
    table.update(dict.fromkeys([*range(0x19B0, 0x19C1), 0x19C8, 0x19C9, 0x1CF2, 0x1CF3], " "))
    table.update(dict.fromkeys((c for c in range(0x10000) if unicodedata.category(chr(c)) == "No"), " "))
    return table


_FOLD = _fold_table()


def tokenize(text: str) -> list[str]:
    """Split text into the search tokens both indexes produce: letters/digits, lower case,
    without diacritics ("Kafé Éropa, covid-19" -> ["kafe", "eropa", "covid", "19"])."""
    text = text.lower()
    if not text.isascii():
        text = text.translate(_FOLD)
    return _WORD.findall(text)


def index_text(text: str) -> str:
    """The tokens joined by spaces. Index this (not the raw text) to get exactly the Python
    tokenization in PostgreSQL (``to_tsvector('simple', index_text(body))``) or FTS5."""
    return " ".join(tokenize(text))


class Tokens:
    """A document tokenized once, then matched against any number of watchlists."""

    __slots__ = ("words", "unique", "_joined")

    def __init__(self, text: str) -> None:
        self.words: list[str] = tokenize(text)
        self.unique: frozenset[str] = frozenset(self.words)
        self._joined: str | None = None

    @property
    def joined(self) -> str:
        """The tokens between single spaces, padded with one space at each end. Tokens
        contain no spaces, so prefixes and phrases become substring searches (C speed)."""
        if self._joined is None:
            self._joined = " " + " ".join(self.words) + " "
        return self._joined


# -------------------------------------------------------------------- query lexer

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


# ------------------------------------------------------------------- rendering


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


# --------------------------------------------------------------------- matching

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
