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

The package holds one concept per module: :mod:`.errors` (``QuerySyntaxError``),
:mod:`.nodes` (the AST), :mod:`.tokens` (tokenizing text), :mod:`.parser` (``parse``),
:mod:`.render` (``to_text``, ``terms``, ``to_fts5``, ``to_tsquery``) and :mod:`.matching`
(``matches``, ``compile_matcher``); everything is importable from here.
"""

from __future__ import annotations

from .errors import QuerySyntaxError
from .matching import Matcher, compile_matcher, matches
from .nodes import And, Node, Not, Or, Phrase, Term
from .parser import MAX_DEPTH, MAX_LENGTH, MIN_PREFIX, parse
from .render import terms, to_fts5, to_text, to_tsquery
from .tokens import Tokens, index_text, tokenize

# fmt: off
__all__ = [
    "MAX_DEPTH", "MAX_LENGTH", "MIN_PREFIX", "And", "Matcher", "Node", "Not", "Or", "Phrase",
    "QuerySyntaxError", "Term", "Tokens", "compile_matcher", "index_text", "matches", "parse",
    "terms", "to_fts5", "to_text", "to_tsquery", "tokenize",
]
# fmt: on
