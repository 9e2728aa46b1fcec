"""Scenario ``banjir-demak``: the Wulan river embankment breaks in Kabupaten Demak.

Heavy rain (from 54 h before end) → rising river, a complaint about seepage that nobody
picks up → the embankment breaks (33 h before end) → evacuation, a victim, thousands
displaced, the Pantura road closed → the bupati visits, emergency status, complaints about
slow and uneven aid, Kemensos field kitchens → still elevated at end.
Amplification: a copy-pasted appeal for help, retweets, press releases re-published
across outlets with near-identical text.
"""

from __future__ import annotations

from .common import KNOWN, Gen, Pivot, emojis, hashtags, interp, reprint, retweet, roughen
from .vocab import COMMON_SLOTS, DESA_BANJIR

KEY = "banjir-demak"
META = {
    "key": KEY,
    "title": "Banjir di Kabupaten Demak",
    "office": "demak",
    "offices": ["demak", "jateng", "kemensos"],
    "starts_hours_before_end": 54,
    "peak_hours_before_end": 30,
    "peak_window_hours_before_end": [36, 24],
    "still_elevated_at_end": True,
    "keywords": ["banjir", "Demak", "tanggul", "Sungai Wulan", "jebol", "pengungsi", "evakuasi",
                 "BPBD", "Karanganyar", "posko", "bantuan", "tanggap darurat"],
    "hashtags": ["#BanjirDemak", "#PrayForDemak", "#TanggulWulanJebol", "#DemakBanjir"],
    "shape": "slow rise with rain, a sharp spike when the embankment breaks ~33 h before end, "
             "peak ~30 h before end, slow decay, still well above baseline at end",
    "crisis_cues": ["korban meninggal", "pengungsi", "tanggul jebol", "evakuasi"],
    "milestones": {
        "peringatan_bmkg": 53.5, "aduan_rembesan_lapor": 40.6, "status_awas": 35.0,
        "tanggul_jebol": 33.0, "seruan_minta_tolong_viral": 32.6, "korban_meninggal": 29.1,
        "bupati_meninjau": 27.8, "tanggap_darurat": 25.9, "keluhan_bantuan_viral": 24.0,
        "dapur_umum_kemensos": 20.1, "permintaan_maaf_distribusi": 9.1,
    },
}  # fmt: skip

START = 54.0
BREACH = 33.0
BUPATI = 27.8
#: the bupati's visit happens in daylight; the breach itself keeps no office hours
PIVOTS = (Pivot(BUPATI, (7, 20), (29.5, 25.0)),)
COUNT = 500
#: ordinary chatter (follows the daily rhythm) and the burst the breach causes (does not)
CURVE = (
    (54, 0.06), (46, 0.10), (40, 0.14), (36, 0.20), (33.2, 0.28), (32, 0.45), (28, 0.50),
    (20, 0.48), (10, 0.42), (0, 0.40),
)  # fmt: skip
BURST = ((33.2, 0.0), (32.4, 1.0), (30.5, 1.15), (29, 0.9), (27, 0.45), (24, 0.15), (20, 0.0))
TAGS = ("#BanjirDemak", "#PrayForDemak", "#TanggulWulanJebol", "#DemakBanjir", "#Demak")

# displaced people and flooded villages as the situation develops (hours before end -> figure)
PENGUNGSI = (
    (33, 0),
    (32, 800),
    (30, 2600),
    (28, 4300),
    (24, 6900),
    (18, 8400),
    (12, 9100),
    (6, 9400),
    (0, 9350),
)
DESA_N = ((33, 1), (32, 3), (30, 7), (27, 11), (22, 14), (12, 16), (0, 16))


def _figure(knots, h: float) -> int:
    return int(interp(knots, min(h, 33)))


def _fmt(n: int) -> str:
    return f"{n:,}".replace(",", ".")


BUTUH = (
    "popok bayi",
    "susu formula",
    "selimut",
    "tikar",
    "air bersih",
    "obat-obatan",
    "pembalut",
    "makanan siap saji",
    "senter",
    "pakaian dalam",
    "minyak kayu putih",
)


def slots(g: Gen, h: float) -> dict:
    s = dict(COMMON_SLOTS)
    p = _figure(PENGUNGSI, h)
    rounded = max(100, p // 100 * 100)
    s.update({
        "desa": DESA_BANJIR,
        "pengungsi": _fmt(p if g.chance(0.6) else rounded),
        "pengungsi_kira": f"{'sekitar' if g.chance(0.5) else 'lebih dari'} {_fmt(rounded)}",
        "desa_n": str(max(1, _figure(DESA_N, h))),
        "kec_n": "4" if h < 27 else "3" if h < 31 else "2",
        "jebol": g.ago(BREACH, h) if h < BREACH else "tadi",
        "@gov": ("@pemkabdemak", "@bpbd_demak", "@pemkabdemak @bpbd_demak", "@humasjateng"),
        "posko": ("GOR Karanganyar", "Balai Desa Cangkring", "Masjid Baiturrahman Wonorejo",
                  "Pendopo Kabupaten Demak", "SD Negeri 2 Karanganyar", "gedung MTs Tugu Lor"),
        "butuh": BUTUH,
        "butuh2": lambda rng: " sama ".join(rng.sample(BUTUH, 2)),
        "butuh3": lambda rng: ", ".join(rng.sample(BUTUH, 3)),
    })  # fmt: skip
    return s


def _say(g: Gen, template: str, h: float) -> str:
    return g.say(template, h, slots(g, h))


def _x_source(g: Gen) -> str:
    return "x-demak" if g.chance(0.72) else "x-jateng"


# --------------------------------------------------------------------------- hand-written items

APPEAL = (
    "MOHON BANTUAN 🙏🙏 Tanggul Sungai Wulan di Desa Wonorejo, Kec. Karanganyar, Demak JEBOL. "
    "Air sudah setinggi dada, banyak lansia & anak2 terjebak di Dukuh Krajan dan Ngaglik. "
    "Butuh perahu karet & relawan SEGERA. Kontak posko: 0812-2xxx-xxxx. Tolong sebarkan!! "
    "@bpbd_demak @pemkabdemak #BanjirDemak #PrayForDemak"
)
APPEAL2 = (
    "Pengungsi di Balai Desa Cangkring butuh: popok bayi, susu, selimut, obat2an, air bersih. "
    "Bantuan dari posko utama belum sampai sejak kemarin. Yg mau bantu bisa langsung antar ke balai desa "
    "atau hubungi Mas Anton 0857-xxxx-xxxx. #BanjirDemak"
)


def _k_bmkg(g: Gen, h: float):
    g.named["bmkg"] = g.post(
        h,
        "x-jateng",
        _say(
            g,
            "⚠️ Peringatan dini cuaca Jawa Tengah {hari} {tgl}: hujan sedang hingga lebat disertai petir dan angin kencang berpotensi terjadi di Demak, Kudus, Grobogan, Pati, Jepara, dan sekitarnya hingga dua hari ke depan. Waspada banjir dan longsor. #InfoBMKG",
            h,
        ),
        KNOWN["bmkgjateng"],
        boost=2,
    )
    g.news(
        h - 0.4,
        "warta-jateng",
        "BMKG Ingatkan Hujan Lebat di Pantura Jateng hingga Dua Hari ke Depan",
        _say(
            g,
            "BMKG memperingatkan potensi hujan lebat disertai angin kencang di wilayah pantura Jawa Tengah hingga dua hari ke depan. Wilayah Demak, Kudus, Grobogan, dan Pati diminta mewaspadai banjir. Warga di bantaran sungai diimbau memantau informasi resmi dari BPBD setempat.",
            h,
        ),
        kota="Semarang",
    )


def _k_waspada_page(g: Gen, h: float):
    text = "WASPADA CUACA EKSTREM ⚠️ Hujan lebat diperkirakan masih turun hingga dua hari ke depan. Warga di bantaran Sungai Wulan dan Tuntang diminta waspada dan segera melapor ke BPBD bila melihat rembesan atau retakan tanggul. #Demak"
    g.post(h, "fb-demak", text, KNOWN["pemkabdemak"], thread=True, likes=860, shares=290)
    g.post(h - 0.05, "ig-demak", text, KNOWN["pemkabdemak"], thread=True, likes=1_240)


def _k_tma(g: Gen, h: float):
    g.named["tma"] = g.post(
        h,
        "x-demak",
        _say(
            g,
            "Update TMA Sungai Wulan di Bendung Wilalung pukul {jam} WIB: status SIAGA. Warga bantaran di Kec. Karanganyar, Gajah, dan Mijen dimohon meningkatkan kewaspadaan. Call center BPBD Demak siaga 24 jam. #InfoDemak",
            h,
        ),
        KNOWN["bpbddemak"],
        boost=1.5,
    )


def _k_news_rain(g: Gen, h: float):
    g.news(
        h,
        "suara-pantura",
        "Hujan Deras Semalaman, Tinggi Muka Air Sungai Wulan Naik ke Status Siaga",
        _say(
            g,
            "Hujan deras yang mengguyur Demak dan Kudus sejak {waktu} membuat tinggi muka air Sungai Wulan naik ke status siaga. Sejumlah titik tanggul di Kecamatan Karanganyar dilaporkan kritis. {kalak}, mengatakan petugas berjaga di titik rawan dan perahu karet sudah disiagakan.",
            h,
        ),
        kota="Demak",
    )


def _k_lapor_seep(g: Gen, h: float):
    g.named["seep"] = g.complaint(h, "lapor-demak", "Tanggul Sungai Wulan di Wonorejo Merembes",
        "Yth. Pemkab Demak dan BPBD, tanggul Sungai Wulan di belakang Dukuh Krajan, Desa Wonorejo, Kecamatan Karanganyar sudah merembes sejak dua hari terakhir dan rembesannya makin besar sejak hujan semalam. "
        "Warga sudah menambal dengan karung seadanya. Mohon segera ada pengecekan dan penanganan sebelum jebol. Terima kasih.", anonymous=False, region="demak")  # fmt: skip


def _k_seep_video(g: Gen, h: float):
    g.named["seep_x"] = g.post(
        h,
        "x-demak",
        "Tanggul Wulan di belakang kampungku udah rembes gini, air keluar dari bawah. Warga jaga semaleman pakai karung pasir. Tolong @bpbd_demak @pemkabdemak dicek sebelum terlambat 🙏 #Demak",
        g.citizen("x", "demak"),
        boost=4,
    )


def _k_awas(g: Gen, h: float):
    g.named["awas"] = g.post(
        h,
        "x-demak",
        _say(
            g,
            "‼️ STATUS AWAS Sungai Wulan pukul {jam} WIB. Warga bantaran di Desa Wonorejo, Ketanjung, dan Cangkring diminta bersiap mengungsi ke lokasi yang lebih tinggi. Utamakan lansia, anak-anak, ibu hamil, dan penyandang disabilitas. #BanjirDemak",
            h,
        ),
        KNOWN["bpbddemak"],
        boost=3,
    )


def _k_breach_video(g: Gen, h: float):
    g.named["breach_tt"] = g.post(
        h,
        "tiktok-jateng",
        "Detik-detik tanggul Sungai Wulan jebol di Wonorejo, air langsung masuk kampung 😭😭 semua lari ke masjid. Doakan kami #banjirdemak #tanggulwulan #prayfordemak #fyp",
        g.citizen("tiktok", "demak"),
        thread=True,
        views=1_240_000,
        likes=86_300,
        shares=21_900,
        replies=4_870,
    )


def _k_appeal(g: Gen, h: float):
    account = g.citizen("x", "demak")
    g.named["appeal"] = g.post(
        h, "x-demak", APPEAL, account, views=1_460_000, likes=9_120, shares=14_350, replies=1_210
    )


def _k_breach_news(g: Gen, h: float):
    g.named["breach_news"] = g.news(h, "demak-terkini", "Tanggul Sungai Wulan Jebol, Ratusan Rumah di Karanganyar Demak Terendam",
        _say(g, "Tanggul Sungai Wulan di Desa Wonorejo, Kecamatan Karanganyar, Demak, jebol sepanjang sekitar 30 meter pada {hari} {waktu} {tgl}. Air dengan cepat merendam ratusan rumah di sedikitnya tiga desa. Warga panik menyelamatkan diri ke masjid dan balai desa, sementara petugas BPBD mulai mengevakuasi lansia dan anak-anak.", h), kota="Demak", boost=6)  # fmt: skip
    g.news(h - 0.3, "suara-pantura", "Tanggul Wulan Jebol, Warga Karanganyar Demak Dievakuasi",
        _say(g, "Tanggul Sungai Wulan di wilayah Kecamatan Karanganyar jebol {waktu} ini setelah hujan deras mengguyur sejak dua hari terakhir. Ketinggian air di permukiman mencapai satu hingga dua meter. BPBD Demak bersama TNI, Polri, dan relawan mengerahkan perahu karet untuk mengevakuasi warga yang terjebak.", h), kota="Demak", boost=4)  # fmt: skip
    g.news(h - 0.7, "warta-jateng", "Tanggul Sungai Wulan di Demak Jebol, Ribuan Warga Terdampak",
        _say(g, "Jebolnya tanggul Sungai Wulan di Kecamatan Karanganyar, Demak, berdampak pada ribuan warga. Air meluap ke permukiman dan sawah di sekitar bantaran. {kalakjateng}, mengatakan provinsi telah mengirim personel dan peralatan tambahan ke lokasi.", h), kota="Demak", boost=5)  # fmt: skip
    g.news(h - 1.4, "kabar-nusantara", "Tanggul Jebol, Banjir Rendam Sejumlah Desa di Demak Jawa Tengah",
        _say(g, "Banjir merendam sejumlah desa di Kabupaten Demak, Jawa Tengah, setelah tanggul Sungai Wulan jebol. Ribuan warga mengungsi ke tempat yang lebih aman. Hingga berita ini diturunkan, petugas gabungan masih mengevakuasi warga yang terjebak di rumah.", h), kota="Demak", boost=8)  # fmt: skip


def _k_bpbd_evac(g: Gen, h: float):
    g.named["bpbd_evac"] = g.post(
        h,
        "x-demak",
        _say(
            g,
            "[UPDATE {jam} WIB] Tanggul Sungai Wulan jebol di Desa Wonorejo, Kec. Karanganyar. Evakuasi warga terus dilakukan oleh BPBD, TNI, Polri, Basarnas, dan relawan. Sementara {pengungsi} jiwa mengungsi. Permintaan evakuasi hubungi call center BPBD Demak. #BanjirDemak",
            h,
        ),
        KNOWN["bpbddemak"],
        boost=6,
    )


def _k_pantura(g: Gen, h: float):
    g.named["pantura"] = g.post(
        h,
        "x-jateng",
        _say(
            g,
            "Info lalin {jam}: jalur Pantura Demak–Kudus di wilayah Karanganyar TIDAK BISA DILALUI akibat banjir. Kendaraan dari arah Semarang dialihkan melalui Purwodadi–Kudus. Hindari perjalanan yang tidak mendesak. #BanjirDemak",
            h,
        ),
        KNOWN["jatengupdate"],
        boost=3,
    )
    g.news(h - 0.5, "metro-semarang", "Banjir Demak, Jalur Pantura Demak–Kudus Ditutup Total",
        _say(g, "Jalur Pantura Demak–Kudus ditutup total akibat banjir yang menggenangi badan jalan di wilayah Kecamatan Karanganyar. Kendaraan dari arah Semarang dialihkan melalui Purwodadi. Antrean truk dilaporkan mengular hingga belasan kilometer.", h), kota="Demak")  # fmt: skip


def _k_pemkab_page(g: Gen, h: float):
    text = _say(
        g,
        "INFORMASI POSKO PENGUNGSIAN BANJIR KABUPATEN DEMAK\n1. GOR Karanganyar\n2. Balai Desa Cangkring\n3. Masjid Baiturrahman Wonorejo\n4. Pendopo Kabupaten Demak\nPermintaan evakuasi dan bantuan hubungi call center BPBD Demak. Mohon bantu sebarkan. #BanjirDemak",
        h,
    )
    g.named["fb_posko"] = g.post(h, "fb-demak", text, KNOWN["pemkabdemak"], thread=True, likes=3_420, shares=2_870)
    g.post(h - 0.1, "ig-demak", text, KNOWN["pemkabdemak"], thread=True, likes=5_100)


def _k_donasi(g: Gen, h: float):
    g.named["donasi"] = g.post(
        h,
        "x-demak",
        "Relawan Pantura Bergerak membuka posko donasi untuk korban banjir Demak. Kebutuhan mendesak: selimut, popok bayi, susu, air mineral, obat-obatan. Drop point: Semarang, Kudus, dan Demak kota. Detail di bio. Matur nuwun 🙏 #BanjirDemak",
        KNOWN["relawanpantura"],
        boost=5,
    )


def _k_victim(g: Gen, h: float):
    g.named["victim_x"] = g.post(
        h,
        "x-demak",
        "Innalillahi wa inna ilaihi rojiun. Seorang warga lansia Desa Wonorejo, Mbah Karsono (67), ditemukan meninggal dunia setelah terseret arus banjir. Satu warga lainnya masih dalam pencarian. Semoga husnul khotimah 🤲 #BanjirDemak",
        KNOWN["demakhariini"],
        views=512_000,
        likes=14_200,
        shares=3_900,
        replies=860,
    )
    g.news(h - 0.4, "demak-terkini", "Satu Warga Meninggal Terseret Arus Banjir di Karanganyar, Satu Masih Dicari",
        _say(g, "Seorang warga Desa Wonorejo, Kecamatan Karanganyar, Karsono (67), ditemukan meninggal dunia setelah terseret arus banjir akibat jebolnya tanggul Sungai Wulan. Korban ditemukan tim SAR gabungan sekitar 500 meter dari rumahnya. Satu warga lain, Rohman (41), hingga kini masih dalam pencarian.", h), kota="Demak", boost=5)  # fmt: skip
    g.news(h - 0.9, "warta-jateng", "Banjir Demak Telan Korban Jiwa, Lansia Ditemukan Meninggal",
        _say(g, "Banjir akibat jebolnya tanggul Sungai Wulan di Demak menelan korban jiwa. Seorang lansia warga Desa Wonorejo ditemukan meninggal setelah terseret arus. Tim SAR gabungan masih mencari satu warga lain yang dilaporkan hilang.", h), kota="Demak", boost=4)  # fmt: skip


BUPATI_TITLE = (
    ("demak-terkini", "Bupati Demak Tinjau Pengungsian, Pastikan Kebutuhan Warga Terdampak Banjir Terpenuhi"),
    ("suara-pantura", "Tinjau Pengungsian Banjir, Bupati Demak Pastikan Kebutuhan Warga Terpenuhi"),
    ("warta-jateng", "Bupati Demak Tinjau Posko Pengungsian Korban Banjir Sungai Wulan"),
    ("harian-rakyat-kota", "Bupati Haryo Pastikan Kebutuhan Pengungsi Banjir Demak Tercukupi"),
)  # fmt: skip
BUPATI_LEAD = (
    "{bupati}, meninjau sejumlah titik pengungsian korban banjir akibat jebolnya tanggul Sungai Wulan, {hari} {tgl}. "
    "Bupati memastikan kebutuhan dasar pengungsi, mulai dari makanan, air bersih, hingga layanan kesehatan, terpenuhi. "
    '"Kami minta seluruh OPD, camat, dan kepala desa bergerak cepat. Tidak boleh ada warga yang kelaparan di pengungsian," kata Haryo di Posko Pengungsian GOR Karanganyar. '
    "Hingga {waktu} ini tercatat {pengungsi} jiwa mengungsi di sejumlah titik."
)


def _k_bupati(g: Gen, h: float):
    text = _say(
        g,
        "Bupati Demak {bupati_name} meninjau posko pengungsian di GOR Karanganyar dan Balai Desa Cangkring. Bupati meminta seluruh OPD, camat, dan kepala desa bergerak cepat memastikan kebutuhan pengungsi terpenuhi. #BanjirDemak #DemakBangkit",
        h,
    )
    g.named["fb_bupati"] = g.post(
        h,
        "fb-demak",
        text,
        KNOWN["pemkabdemak"],
        thread=True,
        likes=2_180,
        shares=340,
        replies=1_920,
    )
    g.named["ig_bupati"] = g.post(
        h - 0.05, "ig-demak", text, KNOWN["pemkabdemak"], thread=True, likes=3_900, replies=2_650
    )
    g.named["x_bupati"] = g.post(h - 0.1, "x-demak", text, KNOWN["pemkabdemak"], boost=3)
    lead = _say(g, BUPATI_LEAD, h)
    for i, (source, title) in enumerate(BUPATI_TITLE):
        reprint(g, h - 0.5 - i * g.rng.uniform(0.3, 0.8), source, title, lead, kota="Demak")


DARURAT_TITLE = (
    ("demak-terkini", "Pemkab Demak Tetapkan Status Tanggap Darurat Banjir Selama 14 Hari"),
    ("suara-pantura", "Status Tanggap Darurat Banjir Demak Ditetapkan 14 Hari"),
    ("warta-jateng", "Banjir Meluas, Demak Tetapkan Tanggap Darurat 14 Hari"),
    ("metro-semarang", "Demak Berstatus Tanggap Darurat Banjir, Posko Logistik Terpadu Dibuka"),
    ("kabar-nusantara", "Demak Tetapkan Status Tanggap Darurat Banjir 14 Hari"),
)  # fmt: skip
DARURAT_LEAD = (
    "Pemerintah Kabupaten Demak menetapkan status tanggap darurat bencana banjir selama 14 hari terhitung sejak {hari} {tgl}. "
    "Penetapan ini untuk mempercepat penanganan warga terdampak jebolnya tanggul Sungai Wulan di Kecamatan Karanganyar. "
    "{kalak}, menyebut {desa_n} desa di {kec_n} kecamatan terendam dan {pengungsi} jiwa mengungsi. "
    "Pemkab juga membuka posko logistik terpadu di Pendopo Kabupaten Demak."
)


def _k_darurat(g: Gen, h: float):
    g.named["x_darurat"] = g.post(
        h,
        "x-demak",
        _say(
            g,
            "Pemkab Demak menetapkan STATUS TANGGAP DARURAT bencana banjir selama 14 hari. Posko logistik terpadu dibuka di Pendopo Kabupaten Demak. Bantuan dari masyarakat dapat disalurkan melalui posko tersebut agar distribusinya merata. #BanjirDemak",
            h,
        ),
        KNOWN["pemkabdemak"],
        boost=3,
    )
    lead = _say(g, DARURAT_LEAD, h)
    for i, (source, title) in enumerate(DARURAT_TITLE):
        reprint(g, h - 0.3 - i * g.rng.uniform(0.2, 0.7), source, title, lead, kota="Demak")


def _k_viral_complaint(g: Gen, h: float):
    g.named["lambe"] = g.post(
        h,
        "x-demak",
        "Warga Wonorejo & Cangkring ngaku udah 2 hari gak dapet bantuan, padahal logistik di posko pendopo numpuk sampe ke teras 😤 Katanya harus lewat desa dulu, desa nunggu kabupaten. Rakyat nunggu sampe kapan? @pemkabdemak #BanjirDemak",
        KNOWN["lambetura"],
        views=2_080_000,
        likes=31_400,
        shares=9_700,
        replies=2_930,
    )
    g.post(
        h - 0.3,
        "tiktok-jateng",
        "Pengungsi di balai desa cuma dapet nasi bungkus sekali sehari, bantuan numpuk di kota 😭 #banjirdemak #demak",
        g.citizen("tiktok", "demak"),
        thread=True,
        views=684_000,
        likes=42_100,
        shares=8_800,
        replies=3_100,
    )


def _k_gubernur(g: Gen, h: float):
    text = _say(
        g,
        "Gubernur Jawa Tengah {gub_name} mengirimkan bantuan logistik, perahu karet, dan tenaga kesehatan untuk warga terdampak banjir di Demak. Pemprov juga menyiapkan penanganan darurat tanggul bersama BBWS Pemali Juana. #JatengPeduli #BanjirDemak",
        h,
    )
    g.named["x_gub"] = g.post(h, "x-jateng", text, KNOWN["humasjateng"], boost=2)
    g.named["fb_gub"] = g.post(h - 0.1, "fb-jateng", text, KNOWN["humasjateng"], thread=True, likes=4_300, shares=610)
    g.post(h - 0.15, "ig-jateng", text, KNOWN["humasjateng"], thread=True, likes=8_700)
    g.news(h - 0.6, "warta-jateng", "Gubernur Kirim Bantuan untuk Korban Banjir Demak, Tanggul Ditangani Darurat",
        _say(g, "{gub}, mengirimkan bantuan logistik dan peralatan evakuasi untuk warga terdampak banjir di Demak. Pemprov bersama BBWS Pemali Juana juga menangani darurat tanggul Sungai Wulan yang jebol. Gubernur meminta distribusi bantuan dipastikan sampai ke desa-desa yang sulit dijangkau.", h), kota="Semarang", boost=3)  # fmt: skip


TAGANA_TITLE = (
    ("kabar-nusantara", "Kemensos Dirikan Dapur Umum untuk Pengungsi Banjir Demak"),
    ("warta-kesra", "Kemensos Kerahkan Tagana, Dapur Umum Banjir Demak Siapkan Ribuan Porsi per Hari"),
    ("suara-pantura", "Dapur Umum Kemensos Hadir di Pengungsian Banjir Demak"),
    ("warta-jateng", "Kemensos Dirikan Dapur Umum dan Salurkan Logistik untuk Korban Banjir Demak"),
)  # fmt: skip
TAGANA_LEAD = (
    "Kementerian Sosial mendirikan dapur umum di Kecamatan Karanganyar untuk memenuhi kebutuhan makan pengungsi banjir Demak. "
    "Dapur umum yang dikelola Taruna Siaga Bencana (Tagana) menyiapkan sekitar {#8000-12000} porsi makanan per hari. "
    "Kemensos juga menyalurkan bantuan logistik berupa makanan siap saji, selimut, tenda, dan perlengkapan bayi. "
    "{tagana}, mengatakan distribusi dilakukan langsung ke titik-titik pengungsian."
)


def _k_tagana(g: Gen, h: float):
    g.named["x_kemensos"] = g.post(
        h,
        "x-kemensos",
        "Kemensos mendirikan dapur umum bagi pengungsi banjir di Demak, Jawa Tengah. Tagana menyiapkan ribuan porsi makanan per hari dan menyalurkan logistik ke titik pengungsian. #KemensosHadir #BanjirDemak",
        KNOWN["kemensos"],
        boost=1.2,
    )
    lead = _say(g, TAGANA_LEAD, h)
    for i, (source, title) in enumerate(TAGANA_TITLE):
        reprint(
            g,
            h - 0.4 - i * g.rng.uniform(0.3, 1.0),
            source,
            title,
            lead,
            kota="Jakarta" if i < 2 else "Demak",
        )


def _k_factcheck(g: Gen, h: float):
    g.news(h, "tilik-fakta", "[KONTEKS KELIRU] Video Tanggul Jebol yang Disebut Terjadi di Demak Hari Ini",
        "Sebuah video tanggul jebol dengan arus deras yang menyeret rumah beredar dengan narasi terjadi di Demak hari ini. Penelusuran Tilik Fakta menemukan video itu merupakan rekaman banjir di daerah lain beberapa tahun lalu. Banjir akibat jebolnya tanggul Sungai Wulan di Demak memang terjadi, tetapi video tersebut bukan dari lokasi itu.", section="cek-fakta")  # fmt: skip


def _k_kangmas(g: Gen, h: float):
    g.named["kangmas"] = g.post(
        h,
        "x-jateng",
        "Tanggul Wulan jebol lagi. Rembesan sudah dilaporkan warga sejak dua hari sebelumnya, ada aduannya di LAPOR!. Yang ditanya sederhana: aduan itu dibaca siapa, dan kenapa tidak ada yang datang? Jangan sampai tiap musim hujan kita cuma ganti tagar.",
        KNOWN["kangmas"],
        views=388_000,
        likes=7_600,
        shares=2_150,
        replies=640,
    )


def _k_found(g: Gen, h: float):
    g.post(
        h,
        "x-demak",
        "Alhamdulillah, warga Desa Wonorejo yang dilaporkan hilang, Rohman (41), ditemukan SELAMAT oleh tim SAR gabungan di atap rumah warga desa tetangga. Korban dalam kondisi lemas dan langsung dibawa ke puskesmas. #BanjirDemak",
        KNOWN["bpbddemak"],
        boost=4,
    )
    g.news(h - 0.5, "suara-pantura", "Warga yang Hilang Saat Banjir Demak Ditemukan Selamat",
        _say(g, "Tim SAR gabungan menemukan Rohman (41), warga Desa Wonorejo yang dilaporkan hilang saat banjir, dalam kondisi selamat. Korban ditemukan bertahan di atap rumah warga di desa tetangga. Ia langsung dibawa ke puskesmas untuk mendapat perawatan.", h), kota="Demak")  # fmt: skip


LOGISTIK_TITLE = (
    ("demak-terkini", "Pemkab Demak Terapkan Distribusi Logistik Satu Pintu, Warga Diminta Lapor Lewat Posko Desa"),
    ("suara-pantura", "Tanggapi Keluhan Pengungsi, Pemkab Demak Benahi Distribusi Logistik"),
    ("warta-jateng", "Keluhan Bantuan Tak Merata, Pemkab Demak Terapkan Distribusi Satu Pintu"),
)  # fmt: skip
LOGISTIK_LEAD = (
    "Pemkab Demak membenahi distribusi bantuan bagi pengungsi banjir setelah muncul keluhan bantuan tidak merata. "
    "{kabagprokompim}, mengatakan seluruh bantuan kini dicatat di posko logistik terpadu lalu dikirim ke posko desa berdasarkan data jumlah pengungsi. "
    '"Kami mohon maaf atas keterlambatan di beberapa titik. Mulai hari ini setiap desa punya penanggung jawab yang bisa dihubungi," ujarnya. '
    "Warga yang belum menerima bantuan diminta melapor melalui posko desa atau call center."
)


def _k_logistik(g: Gen, h: float):
    g.named["x_logistik"] = g.post(
        h,
        "x-demak",
        "Pemkab Demak mohon maaf atas keterlambatan bantuan di beberapa titik pengungsian. Mulai hari ini distribusi logistik dilakukan satu pintu lewat posko terpadu, dan setiap desa punya penanggung jawab. Warga yang belum menerima bantuan silakan lapor ke posko desa/call center. #BanjirDemak",
        KNOWN["pemkabdemak"],
        boost=3,
    )
    g.post(
        h - 0.05,
        "fb-demak",
        "Pemkab Demak mohon maaf atas keterlambatan bantuan di beberapa titik pengungsian. Mulai hari ini distribusi logistik dilakukan satu pintu melalui posko terpadu. Daftar penanggung jawab tiap desa ada di gambar. #BanjirDemak",
        KNOWN["pemkabdemak"],
        thread=True,
        likes=1_640,
        shares=420,
    )
    lead = _say(g, LOGISTIK_LEAD, h)
    for i, (source, title) in enumerate(LOGISTIK_TITLE):
        reprint(g, h - 0.4 - i * g.rng.uniform(0.3, 0.9), source, title, lead, kota="Demak")


def _k_surut(g: Gen, h: float):
    g.post(
        h,
        "x-demak",
        _say(
            g,
            "[UPDATE {jam} WIB] Penanganan darurat tanggul Sungai Wulan dengan karung pasir dan bronjong terus dikerjakan. Air di sebagian wilayah mulai surut, namun {desa_n} desa masih tergenang. Pengungsi tercatat {pengungsi} jiwa. Warga belum diperkenankan kembali ke rumah. #BanjirDemak",
            h,
        ),
        KNOWN["bpbddemak"],
        boost=3,
    )


def _k_health(g: Gen, h: float):
    g.news(h, "demak-terkini", "Pengungsi Banjir Mulai Terserang Diare dan Gatal-gatal, Dinkes Demak Buka Posko Kesehatan",
        _say(g, "Sejumlah pengungsi banjir di Kecamatan Karanganyar mulai terserang diare, gatal-gatal, dan infeksi saluran pernapasan. {kadinkesdemak}, mengatakan posko kesehatan dibuka di setiap titik pengungsian besar. Warga diminta tidak mengonsumsi air banjir dan segera memeriksakan diri bila sakit.", h), kota="Demak")  # fmt: skip


def _k_rain_again(g: Gen, h: float):
    g.post(
        h,
        "x-jateng",
        _say(
            g,
            "⚠️ Peringatan dini {hari} {tgl}: hujan sedang–lebat masih berpotensi terjadi di Demak, Kudus, dan Grobogan pada sore hingga malam hari. Warga terdampak banjir diimbau tetap di pengungsian. #InfoBMKG",
            h,
        ),
        KNOWN["bmkgjateng"],
        boost=1.5,
    )


KEYED = (
    (53.5, _k_bmkg), (51.0, _k_waspada_page), (49.8, _k_tma), (44.0, _k_news_rain), (40.6, _k_lapor_seep),
    (37.2, _k_seep_video), (35.0, _k_awas), (32.95, _k_breach_video), (32.6, _k_appeal),
    (32.4, _k_breach_news), (31.9, _k_bpbd_evac), (31.3, _k_pantura), (30.9, _k_pemkab_page),
    (30.4, _k_donasi), (29.1, _k_victim), (BUPATI, _k_bupati), (25.9, _k_darurat),
    (24.0, _k_viral_complaint), (22.2, _k_gubernur), (20.1, _k_tagana), (19.2, _k_factcheck), (18.3, _k_kangmas),
    (14.2, _k_health), (11.2, _k_found), (9.1, _k_logistik), (6.2, _k_surut), (3.6, _k_rain_again),
)  # fmt: skip


# --------------------------------------------------------------------------- templates

PRE_X = (
    ("flood", "Hujan deres dari {waktu} gak berhenti-berhenti, air di {desa} mulai naik ke jalan"),
    ("sad", "Sungai Wulan udah penuh banget, tinggal sejengkal dari bibir tanggul. Semoga aman ya Allah"),
    ("alert", "Info dari grup RT: warga {desa} diminta siaga, air Wulan naik terus"),
    ("alert", "Yang rumahnya deket bantaran Wulan hati-hati, airnya deres banget {waktu} ini"),
    ("flood", "Demak hujan dari kemarin, sawah udah kayak laut"),
    ("alert", "Katanya air kiriman dari Kudus gede, Demak siap-siap"),
    ("", "Denger-denger tanggul di {desa} ada yang rembes, ada yang tau kondisi terbarunya?"),
    ("alert", "Jalan Demak–Kudus mulai tergenang di beberapa titik, hati-hati yang lewat"),
    ("sad", "Tiap musim hujan deg-degan, rumah cuma 50 meter dari tanggul"),
    ("", "Listrik di {desa} mati dari tadi, hujan gak berhenti"),
)  # fmt: skip
PRE_INFO = (
    "[INFO] Pantauan TMA Sungai Wulan pukul {jam} WIB: status SIAGA. Warga bantaran diminta waspada. #InfoDemak",
    "Hujan lebat mengguyur Demak sejak {waktu}. Beberapa ruas jalan di {kec} tergenang 20–40 cm. Hati-hati, Lur! #InfoDemak",
    "Warga di sekitar tanggul Wulan jaga malam bergantian. Semoga aman semua 🙏 #Demak",
)  # fmt: skip
PRE_NEWS = (
    ("Hujan Deras Tak Kunjung Reda, Sejumlah Desa di {kec} Mulai Tergenang",
     "Hujan deras yang turun sejak {hari} membuat sejumlah desa di Kecamatan {kec}, Demak, mulai tergenang. Ketinggian air di jalan desa mencapai {#20-50} sentimeter. Warga mulai memindahkan barang berharga ke tempat yang lebih tinggi."),
    ("BPBD Demak Siagakan Perahu Karet di Bantaran Sungai Wulan",
     "BPBD Demak menyiagakan perahu karet dan personel di sejumlah titik bantaran Sungai Wulan. Langkah ini diambil setelah tinggi muka air terus naik akibat hujan deras. {kalak}, meminta warga tidak panik namun tetap waspada."),
)  # fmt: skip

FLOOD_X = (
    ("pray", "Ya Allah Demak banjir lagi, semoga semua warga selamat"),
    ("sad", "Rumah saudaraku di {desa} udah kerendem sampe atap. Mereka ngungsi ke {posko}"),
    ("sad", "Air masuk rumah cepet banget, gak sempet nyelametin barang. Yang penting keluarga selamat"),
    ("pray", "Doain keluarga di {desa} ya temen-temen, sampe sekarang belum bisa dihubungi"),
    ("sad", "Listrik padam, sinyal ilang timbul. Kami di lantai 2 nunggu dievakuasi"),
    ("sad", "Sedih liat simbah-simbah dievakuasi pake ember sama ban dalam"),
    ("flood", "Update {jam}: air di {desa} setinggi {#80-200} cm. Evakuasi masih jalan"),
    ("alert", "Jalur Pantura Demak–Kudus ditutup di Karanganyar, kendaraan dialihkan lewat Purwodadi"),
    ("alert", "Posko pengungsian ada di {posko}, {posko}, sama Pendopo Kabupaten. Tolong sebar"),
    ("alert", "Yang butuh evakuasi hubungi call center BPBD Demak, jangan panik"),
    ("pray", "Lagi di Semarang, keluarga di {desa} kebanjiran. Rasanya pengen pulang tapi jalan ditutup"),
    ("sad", "Ternak sapi tetangga hanyut semua, itu tabungan mereka satu-satunya"),
    ("flood", "Sawah baru tanam {#2-4} minggu, sekarang tenggelam semua. Gagal panen ini"),
    ("", "Ada yang tau posko {posko} masih nerima pengungsi gak? Ada keluarga mau ke sana"),
    ("sad", "Anak-anak di pengungsian mulai demam, dingin banget di sini"),
)  # fmt: skip
FLOOD_ANGRY = (
    "Tiap tahun Wulan jebol, tiap tahun dijanjiin normalisasi. Capek!",
    "Bantuan numpuk di posko utama tapi gak nyampe ke {desa}. Koordinasinya gimana sih {@gov}",
    "Udah {#8-30} jam di pengungsian, nasi bungkus cuma dapet sekali. Anak-anak kelaparan",
    "Perahu karet cuma {#2-4} buat satu desa, warga yang di ujung dukuh belum kejangkau",
    "Pejabat datang foto-foto doang terus pulang, warga masih kebanjiran",
    "Pengungsi lansia tidur di lantai tanpa alas, selimut gak ada. Tolong diperhatikan {@gov}",
    "Air bersih susah, bayi butuh popok sama susu. Posko gak ada stok",
    "Info dari BPBD lambat, warga tau tanggul jebol dari grup WA duluan",
    "Rembesan udah dilaporin dari kemarin-kemarin, gak ada yang dateng. Sekarang jebol. Siapa yang tanggung jawab?",
    "Bantuan dibagi cuma ke yang kenal perangkat desa. Yang lain gigit jari {@gov}",
    "Kenapa bantuan harus nunggu data dulu? Orang lapar gak bisa nunggu rapat",
    "Posko {posko} penuh sesak, toilet cuma {#2-3}. Gimana gak sakit",
    "Dari {jebol} sampe sekarang belum ada petugas yang masuk ke Dukuh {dukuh}. Tolong {@gov}",
)  # fmt: skip
FLOOD_GOOD = (
    "Salut buat relawan sama tim SAR yang gak tidur dari semalem evakuasi warga",
    "Makasih TNI-Polri dan BPBD udah bantu evakuasi simbah kami",
    "Dapur umum di {posko} udah jalan, alhamdulillah pengungsi dapet makan hangat",
    "Respect buat ibu-ibu PKK yang masak dari subuh buat pengungsi",
    "Alhamdulillah bantuan dari Kemensos udah sampe di {posko}",
)  # fmt: skip
DONASI = (
    "Open donasi untuk korban banjir Demak. Kebutuhan mendesak: {butuh3}. Info via DM",
    "Komunitas kami buka posko donasi di Semarang, barang dikirim besok pagi ke Demak. Yang mau nitip {butuh} boleh",
    "Teman-teman kampus galang dana buat banjir Demak, sekecil apapun sangat berarti",
    "Pengungsi di {posko} masih butuh {butuh2}. Yang deket tolong bantu antar",
)  # fmt: skip
JV = (
    "Ya Allah, omahe mbahku kelebon banyu sak dodo. Muga-muga ndang surut",
    "Banyune tekan gulu, bocah-bocah wis dievakuasi neng balai desa",
    "Bantuan durung teko blas nang {desa}, warga mung iso pasrah",
    "Tanggul Wulan jebol maneh, saben taun kok yo ngene terus",
    "Matur nuwun relawan, sampeyan kabeh luar biasa",
)  # fmt: skip

REPLIES = (
    ("alert", "Min {desa} belum dievakuasi!! Tolong segera"),
    ("alert", "Tolong ke Dukuh {dukuh} {desa}, ada ibu hamil sama lansia belum keluar"),
    ("", "Bantuan kapan nyampe min? Di {posko} udah habis"),
    ("pray", "Terima kasih, semoga semua petugas di lapangan diberi kekuatan"),
    ("angry", "Min nomor posko yang aktif berapa? Dihubungi gak nyambung dari tadi"),
    ("angry", "Jangan cuma update angka, kirim bantuan ke pelosok"),
    ("", "Jalur Demak–Kudus udah bisa dilewati belum min?"),
    ("angry", "Dari kemarin janji terus, realisasinya mana"),
    ("pray", "Semoga cepat surut dan warga bisa pulang"),
    ("", "Min, pengungsi dari {desa} didata di mana?"),
    ("angry", "Aduan rembesan di LAPOR! kemarin kok gak ditanggapi min?"),
)  # fmt: skip
COMMENTS = (
    ("pray", "Ya Allah semoga semua selamat 🤲"),
    ("angry", "Pak bupati baru datang sekarang? Warga udah semalaman di atap"),
    ("alert", "Tolong ke {desa} juga pak, belum ada bantuan sama sekali"),
    ("good", "Terima kasih pak, semoga amanah"),
    ("angry", "Foto-foto terus, bantuan tetep gak sampe"),
    ("sad", "Rumah kami hanyut pak, mohon bantuannya untuk tempat tinggal sementara"),
    ("", "Posko {posko} masih butuh relawan dapur gak min?"),
    ("angry", "Normalisasi Sungai Wulan kapan pak? Jangan tunggu jebol lagi"),
    ("pray", "Kuat ya Demak ❤️"),
    ("", "Min untuk donasi barang bisa dikirim ke mana?"),
    ("angry", "Pembagian bantuan di {desa} pilih kasih, mohon diawasi"),
    ("good", "Respon pemkab cepat, semoga terus begini"),
)  # fmt: skip
TIKTOK_VIDEOS = (
    ("sad", "Kondisi {desa} hari ini, air masih setinggi dada 😭 #banjirdemak #prayfordemak"),
    ("good", "Evakuasi nenek pakai perahu karet, salut tim SAR 🙏 #banjirdemak #fyp"),
    ("sad", "Antre nasi bungkus di pengungsian {desa} #banjirdemak"),
    ("alert", "Jalan Pantura Demak–Kudus jadi sungai 😱 #banjir #demak #pantura"),
    ("angry", "Bantuan numpuk tapi gak dibagi?? warga {desa} protes #banjirdemak"),
    ("sad", "Sekolah jadi tempat pengungsian, anak2 gak bisa belajar #banjirdemak"),
)  # fmt: skip
TIKTOK_COMMENTS = (
    ("pray", "Semoga cepet surut ya Allah"), ("angry", "Pemerintahnya kemana"), ("sad", "Ya Allah kasian banget"),
    ("", "Ini desa mana kak?"), ("pray", "Kuat ya warga Demak"), ("angry", "Tiap tahun gini terus"),
    ("", "Posko donasinya di mana kak"), ("good", "Salut sama relawannya"),
)  # fmt: skip
NEWS_T = (
    (32, "Banjir Demak Meluas, {desa_n} Desa Terendam dan {pengungsi} Warga Mengungsi",
     "Banjir akibat jebolnya tanggul Sungai Wulan terus meluas. BPBD Demak mencatat {desa_n} desa di {kec_n} kecamatan terendam dengan ketinggian air 50 sentimeter hingga dua meter. Sebanyak {pengungsi} warga mengungsi di sejumlah titik."),
    (31, "Antrean Kendaraan di Jalur Alternatif Purwodadi Mengular Akibat Banjir Demak",
     "Penutupan jalur Pantura Demak–Kudus membuat kendaraan menumpuk di jalur alternatif Purwodadi. Antrean truk dilaporkan mencapai {#5-15} kilometer. Polisi mengimbau pengendara menunda perjalanan yang tidak mendesak."),
    (30, "Sekolah di Karanganyar Diliburkan Sementara Akibat Banjir",
     "Sejumlah sekolah di Kecamatan Karanganyar, Demak, diliburkan sementara karena terendam banjir dan dijadikan tempat pengungsian. Dinas pendidikan menyiapkan pembelajaran jarak jauh bagi siswa yang bisa mengakses. Kegiatan belajar akan dimulai lagi setelah air surut."),
    (31, "Ribuan Hektare Sawah di Demak Terendam, Petani Terancam Gagal Panen",
     "Banjir merendam sekitar {#1200-3500} hektare sawah di Demak. Sebagian besar tanaman padi baru berumur beberapa minggu. Petani berharap ada bantuan benih dan asuransi usaha tani."),
    (28, "Pengungsi Banjir Demak Keluhkan Distribusi Bantuan Tak Merata",
     "Sejumlah pengungsi banjir di Demak mengeluhkan distribusi bantuan yang tidak merata. Warga di desa-desa yang jauh dari jalan utama mengaku belum menerima logistik sejak banjir datang. Pemkab menyebut kendala utama adalah akses yang masih tergenang."),
    (30, "Relawan Berdatangan ke Demak, Posko Logistik Kewalahan",
     "Relawan dari berbagai daerah berdatangan ke Demak untuk membantu korban banjir. Posko logistik di Pendopo Kabupaten kewalahan mencatat dan menyalurkan bantuan. Relawan diminta berkoordinasi dengan posko agar bantuan tidak menumpuk di satu titik."),
    (26, "Warga Kritik Lambannya Respons terhadap Laporan Rembesan Tanggul Wulan",
     "Warga Desa Wonorejo mengkritik lambannya respons terhadap laporan rembesan tanggul Sungai Wulan sebelum jebol. Laporan itu disebut sudah disampaikan melalui kanal aduan dua hari sebelumnya. Pemkab Demak menyatakan akan mengevaluasi penanganan laporan tersebut."),
    (30, "BBWS Kerahkan Alat Berat Tutup Tanggul Sungai Wulan yang Jebol",
     "Balai Besar Wilayah Sungai Pemali Juana mengerahkan alat berat untuk menutup tanggul Sungai Wulan yang jebol. Penutupan darurat dilakukan dengan karung pasir dan bronjong. Pekerjaan diperkirakan memakan waktu beberapa hari bergantung cuaca."),
    (28, "Harga Sayur di Pasar Demak Naik Akibat Banjir",
     "Harga sayur dan cabai di pasar tradisional Demak naik akibat pasokan terganggu banjir. Harga cabai rawit naik menjadi Rp {#55-80} ribu per kilogram. Pedagang menyebut pasokan dari Kudus dan Grobogan tersendat karena jalur Pantura ditutup."),
    (22, "Anak-anak di Pengungsian Banjir Demak Mulai Jenuh, Relawan Gelar Trauma Healing",
     "Relawan menggelar kegiatan trauma healing bagi anak-anak di pengungsian banjir Demak. Kegiatan berupa bermain, bernyanyi, dan menggambar. Pendamping berharap kegiatan ini membantu anak-anak melewati masa pengungsian."),
)  # fmt: skip
NEWS_SOURCES = (("demak-terkini", 4), ("suara-pantura", 4), ("warta-jateng", 3), ("metro-semarang", 2),
                ("harian-rakyat-kota", 1.5), ("kabar-nusantara", 1.5))  # fmt: skip
LAPOR = (
    ("demak", "Bantuan Logistik Belum Sampai ke Desa {desa}",
     "Sudah sejak banjir datang warga Dukuh {dukuh}, Desa {desa}, belum menerima bantuan logistik apa pun. Kami bertahan di lantai atas rumah dan musala. Mohon segera dikirim makanan, air bersih, dan obat-obatan."),
    ("demak", "Pengungsian Kekurangan Selimut dan Alas Tidur",
     "Di posko {posko} banyak pengungsi, termasuk lansia dan balita, tidur di lantai tanpa alas dan selimut. Malam hari sangat dingin. Mohon bantuan tikar, selimut, dan popok bayi."),
    ("demak", "Permohonan Evakuasi Lansia dan Ibu Hamil",
     "Di Dukuh {dukuh}, Desa {desa}, masih ada lansia yang sakit dan seorang ibu hamil yang belum dievakuasi. Air masih setinggi pinggang. Mohon dikirim perahu secepatnya."),
    ("demak", "Pembagian Bantuan Banjir Tidak Adil",
     "Di posko Desa {desa}, bantuan hanya dibagikan kepada warga yang dekat dengan perangkat desa. Warga lain tidak kebagian. Mohon diawasi dan dibagikan sesuai data pengungsi."),
    ("jateng", "Mohon Penanganan Permanen Tanggul Sungai Wulan",
     "Tanggul Sungai Wulan di Kecamatan Karanganyar jebol lagi dan merendam rumah kami. Kami memohon Pemprov Jateng dan BBWS menangani tanggul secara permanen, bukan tambal sulam setiap tahun."),
    ("jateng", "Jalan Pantura Rusak Setelah Banjir",
     "Setelah tergenang banjir, badan jalan Pantura Demak–Kudus di wilayah Karanganyar rusak dan berlubang. Mohon perbaikan segera karena membahayakan pengendara."),
    ("demak", "Air Bersih di Pengungsian Habis",
     "Persediaan air bersih di posko {posko} habis sejak pagi. Pengungsi terpaksa memakai air banjir untuk mencuci. Mohon kiriman tangki air bersih."),
)  # fmt: skip


# --------------------------------------------------------------------------- makers


def _pre_x(g: Gen, h: float):
    mood, tmpl = g.pick(PRE_X)
    text = (
        roughen(_say(g, tmpl, h), g.rng, 0.55)
        + emojis(g.rng, mood)
        + hashtags(g.rng, ("#Demak", "#BanjirDemak", "#HujanDeras"), 0.35, 1)
    )
    return g.post(h, _x_source(g), text, g.citizen("x", "demak"))


def _pre_info(g: Gen, h: float):
    account = KNOWN[g.pick(("demakhariini", "kudusinfo", "jatengupdate", "suarapantura"))]
    return g.post(h, _x_source(g), _say(g, g.pick(PRE_INFO), h), account, boost=1.2)


def _pre_news(g: Gen, h: float):
    title, lead = g.pick(PRE_NEWS)
    memo: dict[str, str] = {}
    s = slots(g, h)
    s["kec"] = g.pick(("Karanganyar", "Gajah", "Mijen", "Dempet"))
    return g.news(
        h,
        g.pick(("demak-terkini", "suara-pantura")),
        g.say(title, h, s, memo=memo),
        g.say(lead, h, s, memo=memo),
        kota="Demak",
    )


def _pre_comment(g: Gen, h: float):
    return _comment(g, h, pre=True)


def _flood_x(g: Gen, h: float):
    mood, tmpl = g.pick(FLOOD_X)
    text = roughen(_say(g, tmpl, h), g.rng, 0.55) + emojis(g.rng, mood) + hashtags(g.rng, TAGS, 0.6)
    return g.post(h, _x_source(g), text, g.citizen("x", "demak"))


def _angry_x(g: Gen, h: float):
    text = roughen(_say(g, g.pick(FLOOD_ANGRY), h), g.rng, 0.6) + emojis(g.rng, "angry") + hashtags(g.rng, TAGS, 0.5)
    return g.post(h, _x_source(g), text, g.citizen("x", "demak"), boost=1.5)


def _good_x(g: Gen, h: float):
    template = g.pick(FLOOD_GOOD)
    if h > 19.5 and ("Kemensos" in template or "Dapur umum" in template):
        return None
    text = roughen(_say(g, template, h), g.rng, 0.5) + emojis(g.rng, "good") + hashtags(g.rng, TAGS, 0.5)
    return g.post(h, _x_source(g), text, g.citizen("x"))


def _donasi(g: Gen, h: float):
    text = roughen(_say(g, g.pick(DONASI), h), g.rng, 0.4) + emojis(g.rng, "pray") + hashtags(g.rng, TAGS, 0.8)
    return g.post(h, _x_source(g), text, g.citizen("x"))


def _jv(g: Gen, h: float):
    text = _say(g, g.pick(JV), h) + emojis(g.rng, "pray")
    if g.chance(0.5):
        parent = g.thread("fb-demak", h)
        if parent is not None:
            return g.post(h, "fb-demak", text, g.citizen("facebook", "demak"), parent=parent, lang="jv")
    return g.post(h, "x-demak", text, g.citizen("x", "demak"), lang="jv")


def _copy_appeal(g: Gen, h: float, base_key: str = "appeal"):
    base = g.named.get(base_key)
    if base is None or base["_h"] <= h:
        return None
    text = base["text"]
    r = g.rng
    swaps = (("MOHON BANTUAN 🙏🙏", ("TOLONG BANTU!!", "URGENT!!! 🚨", "MOHON BANTUAN", "Mohon bantuan 🙏")),
             ("setinggi dada", ("setinggi dada", "sudah sedada", "hampir sampai leher")),
             ("Tolong sebarkan!!", ("Tolong sebarkan!!", "Bantu RT ya", "Mohon di-up", "Sebarkan!")),
             ("SEGERA", ("SEGERA", "segera", "secepatnya")),
             ("Butuh perahu", ("Butuh perahu", "Perlu perahu")),
             ("Pengungsi di", ("Pengungsi di", "Info: pengungsi di")))  # fmt: skip
    for old, alts in swaps:
        if old in text and r.random() < 0.45:
            text = text.replace(old, r.choice(alts), 1)
    if r.random() < 0.3:
        text = text.replace(" @bpbd_demak @pemkabdemak", "")
    if r.random() < 0.35:
        text = (
            r.choice(
                (
                    "Copas dari grup WA: ",
                    "Info dari saudara di Demak: ",
                    "[SEBARKAN] ",
                    "Dari grup warga: ",
                )
            )
            + text
        )
    if r.random() < 0.2:
        text = text.lower()
    return g.post(h, _x_source(g), text, g.citizen("x"), boost=0.8)


def _copy_appeal2(g: Gen, h: float):
    return _copy_appeal(g, h, "appeal2")


def _rt(g: Gen, h: float):
    keys = [k for k in ("appeal", "victim_x", "lambe", "bpbd_evac", "pantura", "kangmas", "appeal2", "x_darurat", "donasi")
            if (rec := g.named.get(k)) and rec["_h"] > h]  # fmt: skip
    if keys and g.chance(0.7):
        original = g.named[g.pick(keys)]
    else:
        original = g.earlier(
            "x",
            h,
            pred=lambda r: not r["text"].startswith("RT @") and r["parent_id"] is None,
            recent=10,
        )
    if original is None:
        return None
    return retweet(g, h, original["source"], original, g.citizen("x"))


def _reply(g: Gen, h: float):
    parent = g.earlier("x", h, pred=lambda r: r["author_followers"] > 10_000 and r["channel"] == "x"
                       and not r["text"].startswith("RT @"), recent=14)  # fmt: skip
    if parent is None:
        return None
    mood, tmpl = g.pick(REPLIES)
    text = f"@{parent['author']} " + roughen(_say(g, tmpl, h), g.rng, 0.6) + emojis(g.rng, mood)
    return g.post(h, parent["source"], text, g.citizen("x", "demak"), parent=parent)


def _comment(g: Gen, h: float, pre: bool = False):
    source = g.pick(("fb-demak", "fb-demak", "ig-demak", "fb-jateng", "ig-demak", "ig-jateng"))
    parent = g.thread(source, h, recent=30)
    if parent is None:
        return None
    channel = "facebook" if source.startswith("fb") else "instagram"
    if pre:
        mood, tmpl = g.pick((("alert", "Di {desa} air sudah masuk jalan min, mohon dipantau"),
                              ("pray", "Semoga aman semua, Aamiin"), ("", "Tanggul di belakang {desa} rembes min"),
                              ("alert", "Hujan gak berhenti dari tadi, warga bantaran siaga")))  # fmt: skip
    else:
        mood, tmpl = g.pick(COMMENTS)
    text = _say(g, tmpl, h)
    if channel == "instagram" or g.chance(0.3):
        text = roughen(text, g.rng, 0.5)
    return g.post(h, source, text + emojis(g.rng, mood), g.citizen(channel, "demak"), parent=parent)


def _tiktok(g: Gen, h: float):
    if g.chance(0.4):
        mood, tmpl = g.pick(TIKTOK_VIDEOS)
        return g.post(h, "tiktok-jateng", _say(g, tmpl, h), g.citizen("tiktok", "demak"), thread=True, boost=3)
    parent = g.thread("tiktok-jateng", h, recent=20)
    if parent is None or "banjir" not in parent["text"]:
        return None
    mood, tmpl = g.pick(TIKTOK_COMMENTS)
    return g.post(
        h,
        "tiktok-jateng",
        roughen(tmpl, g.rng, 0.6) + emojis(g.rng, mood),
        g.citizen("tiktok"),
        parent=parent,
    )


def _news(g: Gen, h: float):
    rows = [row for row in NEWS_T if h <= row[0]]
    if not rows:
        return None
    _from, title, lead = g.pick(rows)
    source = g.rng.choices([s for s, _ in NEWS_SOURCES], [w for _, w in NEWS_SOURCES])[0]
    memo: dict[str, str] = {}
    s = slots(g, h)
    return g.news(
        h,
        source,
        g.say(title, h, s, memo=memo),
        g.say(lead, h, s, memo=memo),
        kota="Demak",
        boost=2,
    )


def _lapor(g: Gen, h: float):
    office, title, text = g.pick(LAPOR)
    memo: dict[str, str] = {}
    s = slots(g, h)
    s["desa"] = g.pick(DESA_BANJIR)
    return g.complaint(
        h,
        f"lapor-{office}",
        g.say(title, h, s, memo=memo),
        g.say(text, h, s, memo=memo),
        region="demak",
    )


def _k_appeal2(g: Gen, h: float):
    g.named["appeal2"] = g.post(
        h,
        "x-demak",
        APPEAL2,
        g.citizen("x", "demak"),
        views=420_000,
        likes=3_300,
        shares=5_100,
        replies=270,
    )


B = BREACH - 0.2
CATEGORIES = (
    # before the breach
    (10, START, B, _pre_x), (2.5, START, B, _pre_info), (1.2, START, B, _pre_news), (2, START, B, _pre_comment),
    # after the breach
    (12, B, 0, _flood_x), (6, 30, 0, _angry_x), (3, 32, 0, _good_x), (3, 31, 0, _donasi),
    (16, B, 24, _copy_appeal), (4, 24, 0, _copy_appeal), (5, 26, 0, _copy_appeal2),
    (9, B, 0, _rt), (7, B, 0, _reply), (11, B, 0, _comment), (5, B, 0, _tiktok),
    (5, B, 0, _news), (3, 31, 0, _lapor), (0.5, B, 0, _jv),
)  # fmt: skip


def build(g: Gen) -> None:
    keyed = [*KEYED, (26.3, _k_appeal2)]
    sampled = g.schedule(CURVE, COUNT, burst=BURST, anchors=[h for h, _ in keyed], pivots=PIVOTS)
    g.run(sampled, CATEGORIES, keyed)
