"""The national playbook library and pre-approved templates (pure data, Indonesian).

Seeded by migration 0002 (and again by `seed()` for databases created before it); offices add
their own playbooks and templates beside these. Placeholders: {instansi}, {kejadian}, {waktu},
{juru_bicara}, {pembaruan_berikutnya}.
"""

from __future__ import annotations

from collections.abc import Mapping

HOLDING = (
    "PERNYATAAN AWAL {instansi}\n\n"
    "Pada {waktu}, {instansi} menerima laporan mengenai {kejadian}. Kami menyampaikan keprihatinan "
    "yang mendalam kepada warga yang terdampak.\n\n"
    "Yang sudah kami ketahui: [fakta yang sudah diverifikasi].\n"
    "Yang belum kami ketahui: [hal yang masih diperiksa].\n"
    "Yang sedang kami lakukan: [langkah penanganan].\n\n"
    "Informasi resmi hanya melalui situs web dan akun media sosial resmi {instansi}. "
    "Pembaruan berikutnya akan kami sampaikan pada {pembaruan_berikutnya}.\n\n"
    "Juru bicara: {juru_bicara}"
)

TEMPLATES = [
    {"kind": "holding", "title": "Pernyataan awal (holding statement)", "body": HOLDING},
    {
        "kind": "press_release",
        "title": "Siaran pers pembaruan",
        "body": (
            "SIARAN PERS {instansi}\n\n{kejadian}: perkembangan penanganan per {pembaruan_berikutnya}.\n\n"
            "1. Situasi terkini: [data terverifikasi].\n2. Langkah yang telah dilakukan: [uraian].\n"
            "3. Imbauan kepada masyarakat: [tindakan yang perlu dilakukan warga].\n\n"
            "Narahubung: {juru_bicara}"
        ),
    },
    {
        "kind": "clarification",
        "title": "Klarifikasi informasi keliru",
        "body": (
            "KLARIFIKASI {instansi}\n\nBeredar informasi mengenai {kejadian} yang tidak sesuai fakta. "
            "Faktanya: [fakta dan sumbernya]. Masyarakat diimbau memeriksa informasi melalui kanal resmi "
            "{instansi} dan tidak menyebarkan ulang informasi yang belum terverifikasi.\n\nJuru bicara: {juru_bicara}"
        ),
    },
]


def _t(phase, title, minutes=None):
    return {"phase": phase, "title": title, "minutes": minutes}


PLAYBOOKS = [
    {
        "key": "banjir",
        "name": "Banjir dan tanggul jebol",
        "cluster": "victim",
        "threatens_life": True,
        "description": "Banjir, tanggul jebol, genangan yang memaksa warga mengungsi. Klaster korban: "
        "informasi instruksional (evakuasi, posko, nomor darurat) dan empati.",
        "tasks": [
            _t("awal", "Koordinasi dengan BPBD: data titik banjir, pengungsi dan posko", 30),
            _t("awal", "Umumkan lokasi posko pengungsian dan nomor darurat", 60),
            _t("pemeliharaan", "Pembaruan berkala tinggi muka air dan jalur evakuasi", 240),
            _t("pemeliharaan", "Klarifikasi hoaks tanggul/bendungan jebol susulan", 360),
            _t("resolusi", "Sampaikan rencana perbaikan tanggul dan bantuan pemulihan", 2880),
        ],
        "templates": [
            {
                "kind": "faq",
                "title": "Tanya jawab banjir",
                "body": (
                    "T: Di mana posko pengungsian?\nJ: [daftar posko].\n\nT: Nomor darurat yang dapat dihubungi?\n"
                    "J: [nomor BPBD/Damkar/PMI].\n\nT: Kapan pembaruan berikutnya?\nJ: {pembaruan_berikutnya}."
                ),
            }
        ],
    },
    {
        "key": "kebakaran",
        "name": "Kebakaran",
        "cluster": "accidental",
        "threatens_life": True,
        "description": "Kebakaran permukiman, pasar, atau gedung pemerintah. Jika gedung milik instansi, "
        "klaster kecelakaan: jelaskan penyebab teknis tanpa mendahului penyelidikan.",
        "tasks": [
            _t("awal", "Konfirmasi data korban dan kerusakan dengan Damkar dan kepolisian", 30),
            _t("awal", "Tunjuk juru bicara tunggal; jangan berspekulasi soal penyebab", 45),
            _t("pemeliharaan", "Informasikan layanan yang dipindahkan atau terganggu", 240),
            _t("resolusi", "Umumkan hasil penyelidikan penyebab dan langkah pencegahan", 4320),
        ],
        "templates": [],
    },
    {
        "key": "wabah",
        "name": "Wabah penyakit",
        "cluster": "victim",
        "threatens_life": True,
        "description": "Kejadian luar biasa (KLB) penyakit menular. Informasi instruksional: gejala, "
        "fasilitas kesehatan rujukan, langkah pencegahan.",
        "tasks": [
            _t("awal", "Verifikasi data kasus dengan Dinas Kesehatan", 30),
            _t("awal", "Umumkan gejala, fasilitas kesehatan rujukan dan langkah pencegahan", 60),
            _t("pemeliharaan", "Rilis data kasus harian pada jam yang sama", 1440),
            _t("pemeliharaan", "Kumpulkan dan jawab pertanyaan warga (FAQ)", 720),
        ],
        "templates": [
            {
                "kind": "fact_sheet",
                "title": "Lembar fakta wabah",
                "body": (
                    "LEMBAR FAKTA {kejadian}\n\nJumlah kasus: [angka, sumber, waktu].\nGejala: [uraian].\n"
                    "Fasilitas rujukan: [daftar].\nPencegahan: [langkah]."
                ),
            }
        ],
    },
    {
        "key": "kebocoran-data",
        "name": "Kebocoran data pribadi",
        "cluster": "preventable",
        "threatens_life": False,
        "description": "Data pribadi warga bocor dari sistem instansi. Klaster dapat dicegah: bangun kembali "
        "kepercayaan (permintaan maaf, langkah perbaikan), koordinasi dengan BSSN dan Kominfo.",
        "tasks": [
            _t("awal", "Konfirmasi cakupan kebocoran dengan tim TI dan BSSN", 60),
            _t("awal", "Laporkan ke Kementerian Kominfo (PDP) sesuai ketentuan", 120),
            _t("pemeliharaan", "Beri tahu warga terdampak: apa yang harus mereka lakukan", 1440),
            _t("resolusi", "Umumkan perbaikan sistem dan audit keamanan", 4320),
        ],
        "templates": [],
    },
    {
        "key": "dugaan-korupsi",
        "name": "Dugaan korupsi",
        "cluster": "preventable",
        "threatens_life": False,
        "description": "Pejabat atau program instansi diduga korupsi. Hormati proses hukum, jangan membela "
        "individu; sampaikan komitmen kooperatif dan perbaikan tata kelola.",
        "tasks": [
            _t("awal", "Konsultasi dengan bagian hukum sebelum pernyataan apa pun", 30),
            _t("awal", "Pernyataan: menghormati proses hukum dan bersikap kooperatif", 60),
            _t("pemeliharaan", "Pastikan layanan publik tetap berjalan dan sampaikan kepada publik", 720),
            _t("resolusi", "Umumkan langkah perbaikan tata kelola", 10080),
        ],
        "templates": [],
    },
    {
        "key": "unjuk-rasa",
        "name": "Unjuk rasa massa",
        "cluster": "accidental",
        "threatens_life": True,
        "description": "Unjuk rasa besar di depan kantor atau terkait kebijakan instansi. Buka dialog, "
        "sampaikan informasi lalu lintas dan keselamatan.",
        "tasks": [
            _t("awal", "Koordinasi dengan kepolisian: rute, titik kumpul, keselamatan", 30),
            _t("awal", "Informasikan pengalihan arus lalu lintas dan layanan yang terganggu", 60),
            _t("pemeliharaan", "Sampaikan hasil dialog dengan perwakilan pengunjuk rasa", 360),
        ],
        "templates": [],
    },
    {
        "key": "hoaks-viral",
        "name": "Hoaks viral",
        "cluster": "victim",
        "threatens_life": False,
        "description": "Hoaks tentang instansi menyebar luas. Klaster korban (rumor): bantah dengan fakta dan "
        "bukti, laporkan konten ke platform (24 jam, 4 jam jika mendesak).",
        "tasks": [
            _t("awal", "Kumpulkan tangkapan layar, tautan dan akun penyebar", 30),
            _t("awal", "Siapkan klarifikasi berbasis fakta dengan label [HOAKS]", 60),
            _t("awal", "Laporkan konten ke platform dan Kominfo (aduankonten)", 120),
            _t("pemeliharaan", "Pantau penyebaran ulang dan tanggapi dengan tautan klarifikasi", 720),
        ],
        "templates": [],
    },
]


def seed(Playbook, MessageTemplate) -> int:
    """Create the national library if missing (idempotent); takes the model classes so a migration can call it."""
    created = 0
    spec: Mapping[str, object]  # a playbook, then a template
    for spec in PLAYBOOKS:
        _obj, new = Playbook.objects.get_or_create(
            office=None,
            key=spec["key"],
            defaults={k: spec[k] for k in ("name", "cluster", "threatens_life", "description", "tasks", "templates")},
        )
        created += new
    for spec in TEMPLATES:
        _obj, new = MessageTemplate.objects.get_or_create(
            office=None, kind=spec["kind"], title=spec["title"], defaults={"body": spec["body"]}
        )
        created += new
    return created
