"""The error a user must fix in a watchlist query, with its messages in Indonesian and English.

Kept apart so that the parser and the index compilers raise the same errors with the same
stable codes.
"""

from __future__ import annotations

from typing import Final

__all__ = ["QuerySyntaxError"]


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
