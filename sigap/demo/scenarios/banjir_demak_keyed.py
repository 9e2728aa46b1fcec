"""The hand-written items of ``banjir-demak`` at their moments (the warning, the breach, the
bupati's visit, emergency status ...) and the slots every text of the scenario fills."""

from __future__ import annotations

from .banjir_demak_texts import (
    APPEAL,
    BUPATI_LEAD,
    BUPATI_TITLE,
    BUTUH,
    DARURAT_LEAD,
    DARURAT_TITLE,
    DESA_N,
    LOGISTIK_LEAD,
    LOGISTIK_TITLE,
    PENGUNGSI,
    TAGANA_LEAD,
    TAGANA_TITLE,
)
from .common import KNOWN, Gen, interp, reprint
from .vocab import COMMON_SLOTS, DESA_BANJIR

#: clock-free hours before end: the embankment breaks; the bupati visits (a pivot, see banjir_demak)
BREACH = 33.0
BUPATI = 27.8


def _figure(knots, h: float) -> int:
    return int(interp(knots, min(h, 33)))


def _fmt(n: int) -> str:
    return f"{n:,}".replace(",", ".")


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
