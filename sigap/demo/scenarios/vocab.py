"""Shared vocabularies: the daily rhythm, calendar words, sources and outlets, places, name
lists for invented accounts and invented officials. All people named here are fictional."""

from __future__ import annotations

KAB = (
    "Semarang", "Demak", "Kudus", "Grobogan", "Pati", "Jepara", "Rembang", "Blora", "Kendal",
    "Batang", "Boyolali", "Klaten", "Sragen", "Wonosobo", "Magelang", "Banyumas", "Cilacap",
    "Brebes", "Tegal", "Pekalongan", "Temanggung", "Purworejo", "Kebumen", "Wonogiri",
    "Sukoharjo", "Karanganyar", "Purbalingga", "Banjarnegara", "Pemalang",
)  # fmt: skip
KOTA = ("Semarang", "Surakarta", "Salatiga", "Magelang", "Pekalongan", "Tegal")
KEC_DEMAK = (
    "Karanganyar", "Gajah", "Dempet", "Mijen", "Wedung", "Bonang", "Sayung", "Guntur",
    "Karangtengah", "Wonosalam", "Mranggen", "Karangawen", "Kebonagung", "Demak",
)  # fmt: skip
#: villages along the Wulan river used by the flood scenario (as places; the events are invented)
DESA_BANJIR = (
    "Wonorejo", "Ketanjung", "Cangkring", "Undaan Lor", "Ngemplik Wetan", "Karanganyar",
    "Jatirejo", "Tugu Lor", "Kotakan", "Cangkring Rembang", "Kedungwaru Kidul", "Ploso",
)  # fmt: skip
DUKUH = ("Krajan", "Ngaglik", "Tegalsari", "Kauman", "Gondang", "Sidomulyo", "Pule", "Klampok")
JALAN_SMG = (
    "Jalan Pahlawan", "Jalan Pandanaran", "Jalan Setiabudi", "Jalan Majapahit", "Jalan Kaligawe",
    "Jalan Soekarno-Hatta", "Jalan Gajahmada", "Jalan Siliwangi", "Jalan Dr. Cipto",
    "Jalan Fatmawati", "Jalan Woltermonginsidi", "Jalan Brigjen Sudiarto",
)  # fmt: skip
JALAN_DAERAH = (
    "Jalan Sultan Fatah", "Jalan Raya Demak–Kudus", "Jalan Lingkar Demak", "Jalan Raya Sayung",
    "Jalan Purwodadi–Kudus", "Jalan Raya Pati–Juwana", "Jalan Provinsi Jepara–Kudus",
    "Jalan Kendal–Boja", "ruas Gubug–Godong", "Jalan Wirosari–Blora",
)  # fmt: skip
WISATA = (
    "Kota Lama Semarang", "Lawang Sewu", "Karimunjawa", "Dieng", "Masjid Agung Demak",
    "Menara Kudus", "Pantai Kartini Jepara", "Bledug Kuwu", "Goa Kreo", "Umbul Ponggok",
    "Pantai Bandengan", "Kampung Pelangi", "Candi Gedong Songo", "Waduk Jatibarang",
)  # fmt: skip
KULINER = (
    "lumpia", "bandeng presto", "soto Kudus", "nasi gandul Pati", "garang asem", "tahu gimbal",
    "mangut beong", "jenang Kudus", "swike Purwodadi", "nasi kropokan", "pindang serani",
    "sego kucing", "tahu pong", "wingko babat",
)  # fmt: skip
UMKM = (
    "batik", "mebel ukir Jepara", "tenun troso", "jenang", "bandeng presto", "kerajinan kuningan",
    "jambu merah delima", "keripik tempe", "sarung goyor", "gerabah", "kopi Muria", "emping melinjo",
)  # fmt: skip

OFFICIALS = {
    # Provinsi Jawa Tengah
    "gub": "Gubernur Jawa Tengah, Sutrisno Adinegoro",
    "gub_short": "Gubernur Sutrisno",
    "gub_name": "Sutrisno Adinegoro",
    "wagub": "Wakil Gubernur Jawa Tengah, Retno Kusumastuti",
    "sekda": "Sekretaris Daerah Provinsi Jawa Tengah, Hendro Wahyudi",
    "kadiskominfo": "Kepala Diskominfo Jawa Tengah, Yuliana Pratiwi Hapsari",
    "kadinkes": "Kepala Dinas Kesehatan Jawa Tengah, dr. Anindya Sekar Wulan",
    "kadispu": "Kepala Dinas PU Bina Marga dan Cipta Karya Jawa Tengah, Gunawan Setyadi",
    "kadisdik": "Kepala Dinas Pendidikan dan Kebudayaan Jawa Tengah, Edi Santosa Wirawan",
    "kadisporapar": "Kepala Disporapar Jawa Tengah, Nugraha Tri Atmojo",
    "kadinkop": "Kepala Dinas Koperasi dan UKM Jawa Tengah, Endah Puspitasari",
    "kadinsos": "Kepala Dinas Sosial Jawa Tengah, Joko Purwanto",
    "kadishub": "Kepala Dinas Perhubungan Jawa Tengah, Ari Wibisono",
    "kapmptsp": "Kepala DPMPTSP Jawa Tengah, Ratna Dewi Anggraeni",
    "kalakjateng": "Kepala Pelaksana BPBD Jawa Tengah, Aditya Bagus Wiratama",
    "ketuadprd": "Ketua DPRD Jawa Tengah, Bimo Kuncoro",
    # Kabupaten Demak
    "bupati": "Bupati Demak, Haryo Setiabudi",
    "bupati_short": "Bupati Haryo",
    "bupati_name": "Haryo Setiabudi",
    "wabup": "Wakil Bupati Demak, Nurul Hikmah Fadilah",
    "sekdakab": "Sekda Demak, Agung Wibisono",
    "kalak": "Kepala Pelaksana BPBD Demak, Sulistyo Nugroho",
    "kalak_short": "Sulistyo",
    "kadinkesdemak": "Kepala Dinas Kesehatan Demak, dr. Lusi Anggraeni",
    "kabagprokompim": "Kepala Bagian Protokol dan Komunikasi Pimpinan Setda Demak, Dian Permatasari",
    "kapolresdemak": "Kapolres Demak, AKBP Rendra Aditya Putra",
    "dandim": "Dandim 0716/Demak, Letkol Inf Yudha Prakoso",
    "kadinsosdemak": "Kepala Dinas Sosial P2PA Demak, Siti Mahmudah",
    # Kementerian Sosial and national
    "karohumas": "Kepala Biro Humas Kementerian Sosial, Rudi Hartanto Simatupang",
    "karohumas_short": "Rudi",
    "dirjen": "Direktur Jenderal Perlindungan dan Jaminan Sosial Kemensos, Ratih Kumalasari",
    "dirrehsos": "Direktur Rehabilitasi Sosial Kemensos, Yosef Tanamal",
    "tagana": "Koordinator Tagana Jawa Tengah, Wahyu Setiadi",
    # security
    "kabidhumas": "Kabid Humas Polda Jawa Tengah, Kombes Pol Hendra Saputra Lubis",
    "kabidhumas_short": "Hendra",
    "kapolrestabes": "Kapolrestabes Semarang, Kombes Pol Irwan Dwi Santoso",
    "kapolrestabes_short": "Irwan",
    "kasatlantas": "Kasatlantas Polrestabes Semarang, AKBP Yuni Astuti",
}

#: Slots used by every scenario's templates.
COMMON_SLOTS: dict[str, object] = {
    "kab": KAB,
    "kota_jateng": KOTA,
    "kec": KEC_DEMAK,
    "dukuh": DUKUH,
    "jalan_smg": JALAN_SMG,
    "jalan_daerah": JALAN_DAERAH,
    "wisata": WISATA,
    "kuliner": KULINER,
    "umkm": UMKM,
    **OFFICIALS,
}

# --------------------------------------------------------------------------- clock

#: Relative posting activity per WIB hour (00..23): quiet 00:00-05:00, evening peak.
DIURNAL = (
    0.32, 0.20, 0.13, 0.10, 0.14, 0.30, 0.55, 0.80, 0.95, 1.00, 1.00, 0.98,
    0.92, 0.92, 0.90, 0.90, 0.95, 1.00, 1.00, 1.10, 1.18, 1.10, 0.85, 0.55,
)  # fmt: skip

HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
BULAN = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
    "September", "Oktober", "November", "Desember",
)  # fmt: skip

# --------------------------------------------------------------------------- sources

#: (key, office, name, kind, channel, url, shared)
_SOURCE_ROWS = (
    # online news: shared outlets are visible to every office
    ("warta-jateng", "jateng", "Warta Jateng", "rss", "news", "https://wartajateng.example/rss", True),
    ("suara-pantura", "demak", "Suara Pantura", "rss", "news", "https://suarapantura.example/feed", True),
    ("kabar-nusantara", "kemensos", "Kabar Nusantara", "rss", "news", "https://kabarnusantara.example/rss/terkini", True),
    ("tilik-fakta", "kemensos", "Tilik Fakta", "rss", "news", "https://tilikfakta.example/feed", True),
    ("metro-semarang", "jateng", "Metro Semarang", "rss", "news", "https://metrosemarang.example/rss", False),
    ("harian-rakyat-kota", "jateng", "Harian Rakyat Kota", "web", "news", "https://harianrakyatkota.example/jateng", False),
    ("demak-terkini", "demak", "Demak Terkini", "web", "news", "https://demakterkini.example/", False),
    ("warta-kesra", "kemensos", "Warta Kesra", "rss", "news", "https://wartakesra.example/rss", False),
    # social media (exports / API pulls)
    ("x-jateng", "jateng", "X — pantauan Jawa Tengah", "import", "x", "https://x.example/search?q=jateng", False),
    ("x-demak", "demak", "X — pantauan Kabupaten Demak", "import", "x", "https://x.example/search?q=demak", False),
    ("x-kemensos", "kemensos", "X — pantauan Kementerian Sosial", "import", "x", "https://x.example/search?q=kemensos", False),
    ("fb-jateng", "jateng", "Facebook — Pemprov Jawa Tengah", "import", "facebook", "https://facebook.example/pemprovjateng", False),
    ("fb-demak", "demak", "Facebook — Pemkab Demak", "import", "facebook", "https://facebook.example/pemkabdemak", False),
    ("ig-jateng", "jateng", "Instagram — @humasjateng", "import", "instagram", "https://instagram.example/humasjateng", False),
    ("ig-demak", "demak", "Instagram — @pemkabdemak", "import", "instagram", "https://instagram.example/pemkabdemak", False),
    ("yt-kemensos", "kemensos", "YouTube — komentar kanal Kemensos", "import", "youtube", "https://youtube.example/@kemensos", False),
    ("tiktok-jateng", "jateng", "TikTok — pantauan Jawa Tengah", "import", "tiktok", "https://tiktok.example/tag/jateng", False),
    ("tiktok-kemensos", "kemensos", "TikTok — pantauan bansos", "import", "tiktok", "https://tiktok.example/tag/bansos", False),
    # complaint channels
    ("lapor-jateng", "jateng", "SP4N-LAPOR! — Pemprov Jawa Tengah", "import", "complaint", "https://lapor.example/instansi/pemprov-jateng", False),
    ("lapor-demak", "demak", "SP4N-LAPOR! — Pemkab Demak", "import", "complaint", "https://lapor.example/instansi/pemkab-demak", False),
)  # fmt: skip

SOURCES: dict[str, dict] = {
    row[0]: {
        "key": row[0],
        "office": row[1],
        "name": row[2],
        "kind": row[3],
        "channel": row[4],
        "url": row[5],
        "shared": row[6],
    }  # fmt: skip
    for row in _SOURCE_ROWS
}

#: Per outlet: domain, how its leads open (dateline), reporters (invented).
OUTLETS: dict[str, dict] = {
    "warta-jateng": {
        "domain": "wartajateng.example", "dateline": "{KOTA}, Warta Jateng —",
        "reporters": ("Rina Kusumawati", "Agung Priyambodo", "Lutfi Hakim", "Dyah Ayu Larasati"),
    },
    "suara-pantura": {
        "domain": "suarapantura.example", "dateline": "{KOTA} (Suara Pantura) -",
        "reporters": ("Moh. Khoirul Anam", "Siti Nurjanah", "Bayu Aji Saputro"),
    },
    "kabar-nusantara": {
        "domain": "kabarnusantara.example", "dateline": "Kabar Nusantara, {Kota} —",
        "reporters": ("Fransiska Dewi", "Raden Arya Mahendra", "Nadia Putri Lestari", "Tim Kabar Nusantara"),
    },
    "tilik-fakta": {
        "domain": "tilikfakta.example", "dateline": "",
        "reporters": ("Tim Tilik Fakta", "Ahmad Zulfikar", "Meilani Sasmita"),
    },
    "metro-semarang": {
        "domain": "metrosemarang.example", "dateline": "METROSEMARANG.EXAMPLE, {KOTA} -",
        "reporters": ("Yohanes Bimo", "Hesti Wulandari", "Fikri Ramadhan"),
    },
    "harian-rakyat-kota": {
        "domain": "harianrakyatkota.example", "dateline": "{KOTA} — ",
        "reporters": ("Tri Handoko", "Puji Astuti", "Redaksi HRK"),
    },
    "demak-terkini": {
        "domain": "demakterkini.example", "dateline": "DemakTerkini.example –",
        "reporters": ("Nur Kholis", "Ahmad Syaifuddin", "Ulfa Maulida"),
    },
    "warta-kesra": {
        "domain": "wartakesra.example", "dateline": "{KOTA}, Warta Kesra -",
        "reporters": ("Lusiana Manurung", "Dimas Prakoso", "Irma Safitri"),
    },
}  # fmt: skip

#: Accounts of the offices themselves and the page each social source belongs to.
PAGE_OF = {
    "fb-jateng": "pemprovjateng", "fb-demak": "pemkabdemak",
    "ig-jateng": "humasjateng", "ig-demak": "pemkabdemak",
    "yt-kemensos": "kemensos",
}  # fmt: skip


# --------------------------------------------------------------------------- account names

FIRST_M = (
    "Agus", "Ahmad", "Andi", "Arif", "Bagus", "Bayu", "Budi", "Dimas", "Dwi", "Eko", "Fajar",
    "Fikri", "Galih", "Hadi", "Hendra", "Ilham", "Joko", "Kurniawan", "Luthfi", "Muhammad",
    "Nanda", "Rizal", "Rizky", "Slamet", "Teguh", "Tri", "Wahyu", "Yoga", "Yusuf", "Zainal",
    "Aditya", "Anton", "Ari", "Dedi", "Firman", "Gilang", "Hafiz", "Imam", "Khoirul", "Ridwan",
    "Sigit", "Sutrisno", "Taufik", "Wawan", "Yanto", "Rudi", "Heru", "Bambang", "Aris", "Danang",
)  # fmt: skip
FIRST_F = (
    "Anisa", "Ayu", "Citra", "Dewi", "Dian", "Endang", "Fitri", "Indah", "Intan", "Lestari",
    "Lina", "Maya", "Nabila", "Nur", "Putri", "Rahma", "Rina", "Ratna", "Sari", "Siti", "Sri",
    "Tika", "Wulan", "Yuni", "Zahra", "Eka", "Novi", "Anggi", "Dinda", "Laras", "Mega", "Nia",
    "Retno", "Sumarni", "Suparmi", "Tutik", "Umi", "Vina", "Winda", "Yulia",
)  # fmt: skip
LAST_M = (
    "Santoso", "Prasetyo", "Wibowo", "Setiawan", "Nugroho", "Kusuma", "Hidayat", "Purnomo",
    "Saputra", "Maulana", "Ramadhan", "Pratama", "Firmansyah", "Hartono", "Utomo", "Permana",
    "Fauzi", "Syahputra", "Mahendra", "Haryanto", "Sulistyo", "Rachman", "Hakim", "Ardiansyah",
    "Yulianto", "Subekti", "Mustofa", "Nugraha", "Prabowo", "Kurniawan", "Wicaksono",
)  # fmt: skip
LAST_F = (
    "Rahmawati", "Susanti", "Handayani", "Wulandari", "Kurniasih", "Suryani", "Lestari",
    "Anggraini", "Rohmah", "Puspita", "Astuti", "Wijayanti", "Kurniawati", "Ningsih", "Safitri",
    "Azizah", "Setyaningsih", "Kusuma", "Hidayati", "Permatasari", "Purnamasari", "Pratiwi",
)  # fmt: skip
PLACES = {
    "semarang": ("smg", "semarang", "smrg", "semarangan"),
    "demak": ("demak", "dmk", "cahdemak"),
    "kudus": ("kudus", "kds"),
    "grobogan": ("grobogan", "purwodadi", "grbg"),
    "pati": ("pati", "bumimina"),
    "jepara": ("jepara", "jpr"),
    "kendal": ("kendal",),
    "solo": ("solo", "slo"),
    "jakarta": ("jkt", "jakarta"),
    "": ("id", "indo", "nusantara"),
}
REGION_WEIGHTS = (
    ("semarang", 30), ("demak", 16), ("kudus", 9), ("grobogan", 7), ("pati", 7),
    ("jepara", 6), ("kendal", 5), ("solo", 8), ("jakarta", 8), ("", 4),
)  # fmt: skip
WORDS = (
    "kopi", "senja", "hujan", "receh", "santuy", "rebahan", "wong", "bocah", "mas", "mbak",
    "kang", "cah", "bang", "ndoro", "nitizen", "warga", "kuli", "anak", "ojol", "pejuang",
    "tukang", "juragan", "gadis", "lelaki", "si", "real", "asli", "bukan",
)  # fmt: skip
