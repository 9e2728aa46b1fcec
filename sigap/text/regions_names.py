"""Hand-written name tables of the gazetteer: aliases used in the media and the prefixes that
name a level (``Kab.``, ``Kota``, ``Provinsi``, ``Kecamatan``).

Data only, kept apart from the matching code of :mod:`sigap.text.regions` so that either can
be read and edited on its own.
"""

from __future__ import annotations

__all__ = ["ALIASES"]

ALIASES: dict[str, tuple[str, ...]] = {
    "11": ("NAD", "Nanggroe Aceh Darussalam"),
    "12": ("Sumut",),
    "13": ("Sumbar",),
    "16": ("Sumsel",),
    "19": ("Babel", "Bangka Belitung"),
    "21": ("Kepri",),
    "31": (
        "DKI Jakarta",
        "DKI",
        "Jakarta",
        "DK Jakarta",
        "Daerah Khusus Jakarta",
        "Daerah Khusus Ibu Kota Jakarta",
        "Jkt",
    ),
    "32": ("Jabar",),
    "33": ("Jateng",),
    "35": ("Jatim",),
    "34": ("DIY", "DI Yogyakarta", "Yogyakarta", "Jogja", "Jogjakarta", "Yogya", "Jogjakarta"),
    "52": ("NTB",),
    "53": ("NTT",),
    "61": ("Kalbar",),
    "62": ("Kalteng",),
    "63": ("Kalsel",),
    "64": ("Kaltim",),
    "65": ("Kaltara",),
    "71": ("Sulut",),
    "72": ("Sulteng",),
    "73": ("Sulsel",),
    "74": ("Sultra",),
    "76": ("Sulbar",),
    "82": ("Malut",),
    "Kabupaten Administrasi Kepulauan Seribu": ("Kepulauan Seribu", "Pulau Seribu"),
    "Kota Administrasi Jakarta Pusat": ("Jakpus",),
    "Kota Administrasi Jakarta Utara": ("Jakut",),
    "Kota Administrasi Jakarta Barat": ("Jakbar",),
    "Kota Administrasi Jakarta Selatan": ("Jaksel",),
    "Kota Administrasi Jakarta Timur": ("Jaktim",),
    "Kabupaten Bandung Barat": ("KBB",),
    "Kota Surakarta": ("Solo",),
    "Kota Yogyakarta": ("Jogja", "Yogya", "Jogjakarta"),
    "Kabupaten Labuhanbatu": ("Labuhan Batu",),
    "Kabupaten Labuhanbatu Selatan": ("Labuhan Batu Selatan",),
    "Kabupaten Labuhanbatu Utara": ("Labuhan Batu Utara",),
    "Kabupaten Tapanuli Utara": ("Taput",),
    "Kabupaten Tapanuli Selatan": ("Tapsel",),
    "Kabupaten Tapanuli Tengah": ("Tapteng",),
    "Kabupaten Mandailing Natal": ("Madina",),
    "Kabupaten Humbang Hasundutan": ("Humbahas",),
    "Kota Pematangsiantar": ("Pematang Siantar", "Siantar"),
    "Kota Padangsidimpuan": ("Padang Sidempuan", "Padangsidempuan", "Padang Sidimpuan"),
    "Kota Tanjungbalai": ("Tanjung Balai",),
    "Kota Bukittinggi": ("Bukit Tinggi",),
    "Kabupaten Ogan Komering Ulu": ("OKU",),
    "Kabupaten Ogan Komering Ilir": ("OKI",),
    "Kabupaten Musi Banyuasin": ("Muba",),
    "Kabupaten Gunungkidul": ("Gunung Kidul",),
    "Kabupaten Timor Tengah Selatan": ("TTS",),
    "Kabupaten Timor Tengah Utara": ("TTU",),
    "Kabupaten Kotawaringin Barat": ("Kobar",),
    "Kabupaten Kotawaringin Timur": ("Kotim",),
    "Kota Palangkaraya": ("Palangka Raya",),
    "Kota Banjarbaru": ("Banjar Baru",),
    "Kabupaten Kutai Kartanegara": ("Kukar",),
    "Kabupaten Kutai Timur": ("Kutim",),
    "Kabupaten Kutai Barat": ("Kubar",),
    "Kabupaten Penajam Paser Utara": ("PPU",),
    "Kabupaten Bolaang Mongondow": ("Bolmong",),
    "Kabupaten Toli-Toli": ("Tolitoli",),
    "Kabupaten Kepulauan Selayar": ("Selayar",),
    "Kabupaten Pangkajene dan Kepulauan": ("Pangkep",),
    "Kabupaten Sidenreng Rappang": ("Sidrap",),
    "Kota Parepare": ("Pare-Pare", "Pare Pare"),
    "Kota Bau Bau": ("Baubau",),
    "Kabupaten Polewali Mandar": ("Polman",),
    "Kota Tangerang Selatan": ("Tangsel",),
    "Kota Bandung": ("Bdg",),
}
"""Extra names per province code or official regency name: abbreviations and spellings used in the media (bare names)."""

_PREFIXES: dict[str, tuple[tuple[str, ...], ...]] = {
    "provinsi": (("provinsi",), ("prov",), ("prov", "."), ("propinsi",)),
    "kabupaten": (("kabupaten",), ("kab",), ("kab", "."), ("kabupaten", "administrasi")),
    "kota": (("kota",), ("kota", "administrasi"), ("kotamadya",), ("kodya",)),
    "kecamatan": (("kecamatan",), ("kec",), ("kec", "."), ("distrik",)),
}
_STRIP = ("Kabupaten Administrasi ", "Kota Administrasi ", "Kabupaten ", "Kota ")
