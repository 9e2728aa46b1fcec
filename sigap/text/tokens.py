"""Which tokens of normalised text carry content: the stop words and the token-kind rule.

Shared by the story clusterer (features and keyphrases, :mod:`sigap.text.stories`) and the
background word counts (:mod:`sigap.text.background`), which must see words exactly as the
clusterer does; kept apart so that both can import it at module level.
"""

from __future__ import annotations

import re

__all__ = ["STOPWORDS"]

# Function words, fillers and placeholders: never features, never label words.
STOPWORDS = frozenset(
    """
ada adalah adanya agak agar akan akhirnya aku akulah amat anda antara apa apakah apalagi
atas atau ataupun awal bagai bagaimana bagi bahkan bahwa baik banget banyak baru bawah
beberapa begini begitu belum benar berada berbagai berapa bersama besar betul biar bila
bisa boleh buat bukan bukankah cuma dalam dan dapat dari daripada dekat demi dengan depan
di dia diri dong dua dulu guna hal hampir hanya hari harus hingga ia ialah ini itu jadi
jangan jika juga jumat justru kalau kali kalian kami kamis kamu kan kapan karena kata ke
kecil kembali kemudian kenapa kepada ketika kini kita kok lagi lain lalu lama lebih lewat
lho maka makin malah mana masih masing mau melalui memang mereka minggu mulai nah namun
nanti nya oleh pada padahal para pasti per pernah pula pun rabu saat saja salah sama
sambil sampai sangat satu saya sebab sebagai sebelum sebelumnya sebuah sedang sedangkan
sehingga sejak sekali sekarang sekitar selama selasa seluruh semua senin sementara sempat
sendiri seorang sepanjang seperti serta sesuai setelah setiap sih silakan sudah supaya
tadi tahun tak tanpa tapi telah tentang tentu terhadap terlalu termasuk terus tetap tetapi
tiap tidak tiga toh tuh untuk usai waktu wah ya yaitu yakni yang
aja deh dah gitu kayak kayaknya kok loh lah nih pas sabtu udah yah ayo dgn yg utk sbg
haha hehe huhu wkwk wow oh eh hmm
httpurl rt via cc amp
the a an and or of to in on for is are was be it this that with at by from as
""".split()
)

_CONTENT = re.compile(r"^[^\W_]+(?:-[^\W_]+)*$")
_HAS_LETTER = re.compile(r"[^\W\d_]")
_KIND_CACHE: dict[str, int] = {}  # token -> 0 not content, 1 content, 2 content with a letter
_KIND_CACHE_MAX = 100_000


def _token_kind(tok: str) -> int:
    kind = _KIND_CACHE.get(tok)
    if kind is None:
        if len(tok) < 2 or tok in STOPWORDS or _CONTENT.match(tok) is None:
            kind = 0
        elif _HAS_LETTER.search(tok) is not None:
            kind = 2
        else:
            kind = 1 if len(tok) > 2 else 0
        if len(_KIND_CACHE) >= _KIND_CACHE_MAX:
            _KIND_CACHE.clear()
        _KIND_CACHE[tok] = kind
    return kind
