"""Shared vocabularies: places and invented officials. All people named here are fictional."""

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
