"""Near-duplicate grouping (sigap.text.dedup)."""

from __future__ import annotations

from sigap.text.dedup import NearDupIndex

PRESS = (
    "Pemerintah Kota Bandung resmi meluncurkan layanan pengaduan warga berbasis aplikasi "
    "pada Senin pagi di balai kota, disaksikan ratusan warga dan perangkat daerah"
)


def test_exact_and_near_copies_share_a_group() -> None:
    idx = NearDupIndex()
    assert idx.add("a", PRESS) == "a"
    assert idx.add("b", PRESS) == "a"  # exact copy
    assert idx.add("c", "RT @humas_bdg: " + PRESS + " #bandung") == "a"  # retweet
    assert idx.add("d", PRESS.replace("Senin", "Selasa")) == "a"  # re-published, edited
    assert idx.add("e", PRESS.upper()) == "a"  # case only


def test_different_texts_get_their_own_group() -> None:
    idx = NearDupIndex()
    idx.add(1, PRESS)
    assert idx.add(2, "Harga beras naik di pasar tradisional Surabaya menjelang Lebaran") == 2
    assert idx.add(3, "Banjir merendam ratusan rumah di Kabupaten Bekasi sejak Minggu malam") == 3


def test_short_and_bad_texts() -> None:
    idx = NearDupIndex()
    assert idx.add(1, "") == 1
    assert idx.add(2, "") == 1  # exact duplicate of the empty text
    assert idx.add(3, "ok") == 3
    assert idx.add(4, "ok") == 3
    assert idx.add(5, "\ud800😡") == 5


def test_memory_is_bounded() -> None:
    idx = NearDupIndex(max_docs=50)
    for i in range(200):
        idx.add(i, f"berita nomor {i} tentang kegiatan pemerintah daerah hari ini {i * 7}")
    assert len(idx) == 50
