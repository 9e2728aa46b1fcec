"""Scenario ``demo-bbm``: a fuel-price (BBM) increase and a protest in Semarang.

The central government raises subsidised fuel prices (48 h before end) → queues at petrol
stations, complaints from ojol drivers and fishermen → students and workers call a protest
in front of the Gubernuran/DPRD on Jalan Pahlawan → a coordinated hashtag push
(#TolakKenaikanBBM) by look-alike accounts posting near-identical text within minutes,
in three waves → protest day (from ~9 h before end): road closures, clash rumours, arrests,
a hoax about a dead student denied by police, the governor meets representatives.
Negative sentiment dominates; volume escalates fast in the last 20 h.
"""

from __future__ import annotations

from .common import KNOWN, Gen, Pivot, emojis, hashtags, retweet, roughen
from .demo_bbm_texts import (
    AFTER,
    BUZZ_SCRIPTS,
    CALL,
    COMMENTS,
    GOV_HANDLES,
    LAPOR,
    LIVE,
    NEWS_SOURCES,
    NEWS_T,
    POLICE_HANDLES,
    PRICE_COMMENTS,
    RALLY_COMMENTS,
    REACT,
    REPLIES,
    TAGS,
    TIKTOK,
)
from .vocab import COMMON_SLOTS

KEY = "demo-bbm"
START = 48.0
PROTEST = 9.0  # the rally starts
ANNOUNCE = 47.6
COUNT = 390
BUZZER_WAVES = (19.4, 13.1, 7.7)
BUZZERS_PER_WAVE = 15
#: the rally starts in the morning local time, 4-13 h before end
PIVOTS = (Pivot(PROTEST, (8, 11), (13.0, 4.0)),)

META = {
    "key": KEY,
    "title": "Demo tolak kenaikan harga BBM di Semarang",
    "office": "jateng",
    "offices": ["jateng"],
    "starts_hours_before_end": 48,
    "peak_hours_before_end": 6,
    "peak_window_hours_before_end": [10, 1],
    "still_elevated_at_end": True,
    "keywords": ["BBM", "Pertalite", "Solar", "kenaikan harga", "demo", "aksi", "mahasiswa", "buruh",
                 "Gubernuran", "DPRD Jateng", "Jalan Pahlawan", "Simpang Lima", "gas air mata"],
    "hashtags": ["#TolakKenaikanBBM", "#JatengMenggugat", "#BBMNaik"],
    "coordinated": {"hashtag": "#TolakKenaikanBBM", "waves_hours_before_end": list(BUZZER_WAVES),
                    "accounts_per_wave": BUZZERS_PER_WAVE, "window_minutes": 6},
    "shape": "a bump at the announcement 48 h before end, a low plateau while the protest is "
             "called, fast escalation over the last 20 h, peak during the rally ~6 h before end",
    "crisis_cues": ["bentrok", "gas air mata", "diamankan", "korban", "ricuh"],
    "milestones": {
        "kenaikan_diumumkan": 47.6, "seruan_aksi": 39.8, "ajakan_dialog_gubernur": 30.2,
        "gelombang_buzzer_1": 19.4, "gelombang_buzzer_2": 13.1, "aksi_dimulai": 9.0,
        "gelombang_buzzer_3": 7.7, "massa_dorong_pagar": 6.9, "hoaks_mahasiswa_meninggal": 5.3,
        "bantahan_polda": 4.6, "gubernur_temui_massa": 3.4,
    },
}  # fmt: skip

#: ordinary chatter (follows the daily rhythm) and the rally's burst (does not)
CURVE = (
    (48, 0.12), (47.4, 0.40), (46, 0.32), (43, 0.20), (38, 0.20), (34, 0.17), (28, 0.18),
    (22, 0.24), (18, 0.32), (14, 0.42), (11, 0.50), (9, 0.55), (5, 0.60), (0, 0.55),
)  # fmt: skip
BURST = ((10, 0.0), (9, 0.35), (7, 0.95), (5, 1.0), (3.5, 0.7), (2, 0.4), (0, 0.35))


def slots(g: Gen, h: float) -> dict:
    s = dict(COMMON_SLOTS)
    aksi = g.tslots(PROTEST)
    berlaku = g.tslots(ANNOUNCE - 2.5)
    s.update({
        "hari_aksi": aksi["hari"],
        "jam_aksi": aksi["jam_bulat"],
        "jam_tutup": g.tslots(PROTEST + 1.5)["jam_bulat"], "tgl_aksi": aksi["tgl"],
        "aksi_kapan": "hari ini" if g.when(h).date() == g.when(PROTEST).date() else f"{aksi['hari']} {aksi['tgl']}",
        "jam_berlaku": berlaku["jam_bulat"],
        "spbu": ("SPBU Jalan Setiabudi", "SPBU Kaligawe", "SPBU Banyumanik", "SPBU Majapahit",
                 "SPBU Siliwangi", "SPBU Ngaliyan", "SPBU depan kampus"),
        "@gov": ("@humasjateng", "@dprd_jateng", "@humasjateng @dprd_jateng"),
        "titik": ("depan Gubernuran", "depan gedung DPRD", "Jalan Pahlawan", "Simpang Lima", "bundaran Air Mancur"),
    })  # fmt: skip
    return s


def _say(g: Gen, template: str, h: float) -> str:
    return g.say(template, h, slots(g, h))


# --------------------------------------------------------------------------- hand-written items


def _k_announce(g: Gen, h: float):
    g.named["announce"] = g.news(h, "kabar-nusantara", "Pemerintah Naikkan Harga Pertalite dan Solar, Berlaku Mulai Pukul {}".format(g.tslots(ANNOUNCE - 2.5)["jam_bulat"]),
        _say(g, "Pemerintah resmi menaikkan harga bahan bakar minyak (BBM) bersubsidi. Harga Pertalite naik dari Rp10.000 menjadi Rp12.000 per liter, sementara Solar naik dari Rp6.800 menjadi Rp8.300 per liter. Kenaikan berlaku mulai pukul {jam_berlaku} WIB. Pemerintah beralasan beban subsidi energi membengkak dan sebagian besar dinikmati kelompok mampu.", h), kota="Jakarta", boost=12)  # fmt: skip
    g.named["announce_x"] = g.post(
        h - 0.1,
        "x-jateng",
        "BREAKING: Pemerintah naikkan harga Pertalite jadi Rp12.000/liter dan Solar Rp8.300/liter. Berlaku beberapa jam lagi. #BBMNaik",
        KNOWN["kabarnusantara"],
        views=3_200_000,
        likes=12_800,
        shares=6_900,
        replies=5_400,
    )


def _k_spbu(g: Gen, h: float):
    g.news(h, "warta-jateng", "Jelang Kenaikan Harga BBM, Antrean Kendaraan Mengular di SPBU Semarang",
        _say(g, "Antrean kendaraan mengular di sejumlah SPBU di Kota Semarang menjelang berlakunya harga baru BBM bersubsidi. Di SPBU Jalan Setiabudi, antrean sepeda motor meluber hingga badan jalan. Pengendara mengaku ingin mengisi penuh tangki sebelum harga naik.", h), kota="Semarang", boost=3)  # fmt: skip
    g.post(
        h - 0.2,
        "tiktok-jateng",
        "Antrean SPBU Setiabudi malam ini, semua ngisi full sebelum naik 😩 #bbmnaik #semarang #fyp",
        g.citizen("tiktok", "semarang"),
        thread=True,
        views=412_000,
        likes=21_700,
        shares=2_300,
        replies=1_880,
    )


def _k_ojol(g: Gen, h: float):
    g.news(h, "metro-semarang", "Pengemudi Ojol Semarang Keluhkan Kenaikan BBM, Minta Tarif Disesuaikan",
        _say(g, "Pengemudi ojek daring di Semarang mengeluhkan kenaikan harga BBM yang tidak diiringi penyesuaian tarif. Mereka menyebut pendapatan bersih harian bisa turun hingga Rp{#20-40} ribu. Komunitas pengemudi berencana menyampaikan aspirasi ke DPRD Jawa Tengah.", h), kota="Semarang")  # fmt: skip


def _k_nelayan(g: Gen, h: float):
    g.news(h, "suara-pantura", "Nelayan Pantura Menjerit, Harga Solar Naik di Tengah Cuaca Buruk",
        _say(g, "Nelayan di pesisir pantura Jawa Tengah mengeluhkan kenaikan harga solar. Biaya sekali melaut naik sementara hasil tangkapan menurun karena cuaca buruk. Sebagian nelayan di Tambaklorok dan Morodemak memilih tidak melaut untuk sementara.", h), kota="Semarang")  # fmt: skip


def _k_seruan(g: Gen, h: float):
    g.named["seruan"] = g.post(
        h,
        "x-jateng",
        _say(
            g,
            "SERUAN AKSI 📢 Aliansi Semarang Menggugat (mahasiswa & buruh) turun ke jalan {hari_aksi} {tgl_aksi} pukul {jam_aksi} WIB. Titik kumpul Simpang Lima → long march ke Gubernuran & DPRD Jateng, Jalan Pahlawan. Tolak kenaikan BBM, cabut kebijakan yang menyengsarakan rakyat! #TolakKenaikanBBM #JatengMenggugat",
            h,
        ),
        KNOWN["bemsmg"],
        views=684_000,
        likes=18_900,
        shares=11_200,
        replies=1_460,
    )
    g.post(
        h - 0.3,
        "tiktok-jateng",
        _say(
            g,
            "Seruan aksi {hari_aksi}! Semarang turun ke jalan ✊ #tolakkenaikanbbm #semarang #mahasiswa",
            h,
        ),
        KNOWN["bemsmg"],
        thread=True,
        views=298_000,
        likes=34_100,
        shares=9_800,
        replies=2_100,
    )


def _k_buruh(g: Gen, h: float):
    g.named["buruh"] = g.post(
        h,
        "x-jateng",
        _say(
            g,
            "Aliansi Buruh Jawa Tengah menyatakan BERGABUNG dalam aksi {hari_aksi}. Upah tidak naik, harga BBM naik, harga kebutuhan pokok pasti ikut naik. Buruh tidak akan diam. #TolakKenaikanBBM",
            h,
        ),
        KNOWN["buruhjateng"],
        boost=4,
    )
    g.news(h - 0.6, "warta-jateng", "Mahasiswa dan Buruh Semarang Akan Gelar Aksi Tolak Kenaikan BBM",
        _say(g, "Aliansi mahasiswa dan serikat buruh di Semarang akan menggelar aksi menolak kenaikan harga BBM pada {hari_aksi} {tgl_aksi}. Massa direncanakan berkumpul di Simpang Lima sebelum bergerak ke kantor Gubernur dan DPRD Jawa Tengah di Jalan Pahlawan. Koordinator aksi, Rizky Aditya Nugraha, memperkirakan ribuan orang akan ikut turun.", h), kota="Semarang", boost=3)  # fmt: skip


def _k_pemprov(g: Gen, h: float):
    text = _say(
        g,
        "Pemprov Jawa Tengah memahami keresahan masyarakat atas kenaikan harga BBM. {gub_short} membuka ruang dialog dan mengajak seluruh elemen menyampaikan aspirasi secara damai dan tertib. Pemprov menyiapkan bantuan bagi ojol, nelayan, dan angkutan umum yang terdampak. #JatengGuyub",
        h,
    )
    g.named["pemprov_x"] = g.post(h, "x-jateng", text, KNOWN["humasjateng"], boost=2)
    g.named["pemprov_fb"] = g.post(
        h - 0.05,
        "fb-jateng",
        text,
        KNOWN["humasjateng"],
        thread=True,
        likes=2_300,
        shares=180,
        replies=3_900,
    )
    g.named["pemprov_ig"] = g.post(
        h - 0.1, "ig-jateng", text, KNOWN["humasjateng"], thread=True, likes=4_100, replies=5_200
    )
    g.news(h - 0.7, "metro-semarang", "Gubernur Jateng Ajak Mahasiswa dan Buruh Berdialog soal Kenaikan BBM",
        _say(g, "{gub}, mengajak mahasiswa dan buruh yang berencana berunjuk rasa untuk berdialog. Ia meminta aspirasi disampaikan secara damai. Pemprov juga menyiapkan bantuan bagi kelompok yang paling terdampak kenaikan BBM, seperti ojol, nelayan, dan pengemudi angkutan umum.", h), kota="Semarang", boost=2)  # fmt: skip


def _k_ekonom(g: Gen, h: float):
    g.named["ekonom"] = g.post(
        h,
        "x-jateng",
        "Kenaikan Pertalite 20% akan langsung terasa di ongkos angkut pangan. Pengalaman sebelumnya: inflasi bulanan melonjak, daya beli kelompok bawah turun. Bantalan sosial harus cair SEBELUM harga naik, bukan sesudah. Urutannya terbalik.",
        KNOWN["ekonomrakyat"],
        views=702_000,
        likes=15_300,
        shares=4_100,
        replies=980,
    )


def _k_polisi_siap(g: Gen, h: float):
    g.named["polisi_siap"] = g.post(
        h,
        "x-jateng",
        _say(
            g,
            "Polrestabes Semarang menyiapkan {#2000-2400} personel gabungan untuk mengamankan aksi penyampaian pendapat {hari_aksi}. Kami mengimbau peserta aksi tertib dan tidak terprovokasi. Polri siap mengawal aspirasi secara humanis.",
            h,
        ),
        KNOWN["polrestabes"],
        boost=2,
    )
    g.news(h - 0.5, "harian-rakyat-kota", "Polisi Siagakan Ribuan Personel Jelang Aksi Tolak Kenaikan BBM di Semarang",
        _say(g, "Polrestabes Semarang menyiagakan lebih dari dua ribu personel gabungan TNI-Polri untuk mengamankan aksi menolak kenaikan BBM. {kapolrestabes}, meminta peserta aksi menjaga ketertiban. Polisi juga menyiapkan rekayasa lalu lintas di sekitar Jalan Pahlawan dan Simpang Lima.", h), kota="Semarang")  # fmt: skip


def _k_tmc(g: Gen, h: float):
    g.named["tmc"] = g.post(
        h,
        "x-jateng",
        _say(
            g,
            "[REKAYASA LALIN] {aksi_kapan} mulai pukul {jam_tutup} WIB, Jalan Pahlawan dan seputaran Simpang Lima DITUTUP untuk kendaraan. Dari arah Jalan Pandanaran dialihkan ke Jalan Gajahmada/Jalan Pemuda. Mohon hindari kawasan tersebut. #InfoLalinSMG",
            h,
        ),
        KNOWN["tmcsmg"],
        boost=3,
    )


def _k_march(g: Gen, h: float):
    g.news(h, "warta-jateng", "Ribuan Mahasiswa dan Buruh Bergerak ke Jalan Pahlawan Tolak Kenaikan BBM",
        _say(g, "Ribuan mahasiswa dan buruh bergerak dari Simpang Lima menuju Jalan Pahlawan, Semarang, {hari} {tgl}. Massa membawa spanduk dan poster bertuliskan penolakan kenaikan harga BBM. Arus lalu lintas di sekitar lokasi dialihkan sejak pagi.", h), kota="Semarang", boost=5)  # fmt: skip
    g.named["live"] = g.post(
        h - 0.1,
        "x-jateng",
        "Massa aksi mulai memadati Jalan Pahlawan. Orasi bergantian di depan Gubernuran, pengamanan ketat. Pantauan langsung tim kami di lokasi. #TolakKenaikanBBM",
        KNOWN["wartajateng"],
        boost=4,
    )


def _k_tension(g: Gen, h: float):
    g.named["pagar"] = g.post(
        h,
        "tiktok-jateng",
        "Detik-detik massa dorong pagar DPRD Jateng 😱 aparat mulai maju #tolakkenaikanbbm #semarang #demo",
        g.citizen("tiktok", "semarang"),
        thread=True,
        views=1_820_000,
        likes=142_000,
        shares=38_600,
        replies=12_400,
    )
    g.named["gas"] = g.post(
        h - 0.15,
        "x-jateng",
        "Barusan ada suara letupan di depan DPRD, mata perih semua. Gas air mata?? Mahasiswa lari ke arah Simpang Lima. Tolong yang di lokasi hati-hati!! #TolakKenaikanBBM",
        g.citizen("x", "semarang"),
        views=940_000,
        likes=21_300,
        shares=9_800,
        replies=2_600,
    )
    g.news(h - 0.4, "metro-semarang", "Aksi Tolak BBM di Semarang Memanas, Massa Dorong Pagar DPRD Jateng",
        _say(g, "Aksi unjuk rasa menolak kenaikan harga BBM di depan gedung DPRD Jawa Tengah memanas. Sebagian massa mendorong pagar dan melempar botol air mineral ke arah petugas. Aparat membentuk barikade dan meminta massa mundur.", h), kota="Semarang", boost=4)  # fmt: skip


def _k_police_deny_gas(g: Gen, h: float):
    g.named["deny_gas"] = g.post(
        h,
        "x-jateng",
        _say(
            g,
            "Kabid Humas Polda Jateng: tidak ada penembakan gas air mata dalam pengamanan aksi di Jalan Pahlawan. Asap yang terlihat berasal dari ban yang dibakar massa. Petugas menyemprotkan air untuk memadamkan api. Kami imbau masyarakat tidak menyebarkan informasi yang belum jelas.",
            h,
        ),
        KNOWN["poldajateng"],
        views=480_000,
        likes=3_100,
        shares=1_400,
        replies=3_800,
    )


def _k_arrest(g: Gen, h: float):
    g.news(h, "warta-jateng", "Polisi Amankan 14 Orang Saat Aksi Tolak BBM di Semarang",
        _say(g, "Polisi mengamankan 14 orang yang diduga memprovokasi kericuhan dalam aksi menolak kenaikan BBM di Jalan Pahlawan, Semarang. {kabidhumas}, mengatakan mereka dimintai keterangan dan sebagian bukan mahasiswa. Sementara itu, pihak aliansi menuntut rekan mereka segera dibebaskan.", h), kota="Semarang", boost=4)  # fmt: skip


def _k_death_hoax(g: Gen, h: float):
    g.named["death_hoax"] = g.post(
        h,
        "x-jateng",
        "INNALILLAHI. Kabarnya 1 mahasiswa meninggal dunia setelah terinjak saat aparat membubarkan massa di depan DPRD. Aparat biadab!! Sebarkan sebelum dihapus!! #TolakKenaikanBBM #JatengMenggugat",
        g.citizen("x", "semarang"),
        views=1_120_000,
        likes=18_600,
        shares=14_700,
        replies=3_300,
    )


def _k_deny_death(g: Gen, h: float):
    g.named["deny_death"] = g.post(
        h,
        "x-jateng",
        "Kabar adanya mahasiswa meninggal dunia dalam aksi di Semarang adalah TIDAK BENAR. Dua peserta aksi dirawat di RS karena sesak napas dan kelelahan, kondisinya stabil. Mohon tidak menyebarkan hoaks. #JatengKondusif",
        KNOWN["poldajateng"],
        views=610_000,
        likes=5_800,
        shares=3_900,
        replies=4_100,
    )
    g.news(h - 0.5, "kabar-nusantara", "Polda Jateng Bantah Kabar Mahasiswa Meninggal Saat Demo BBM di Semarang",
        _say(g, "Polda Jawa Tengah membantah kabar adanya mahasiswa meninggal dunia dalam aksi menolak kenaikan BBM di Semarang. {kabidhumas}, menyebut dua peserta aksi dirawat karena sesak napas dan kelelahan, dan kondisinya stabil. Polisi meminta masyarakat tidak menyebarkan informasi yang belum terverifikasi.", h), kota="Semarang", boost=6)  # fmt: skip


def _k_factcheck(g: Gen, h: float):
    g.news(h, "tilik-fakta", "[HOAKS] Mahasiswa Meninggal dalam Aksi Tolak Kenaikan BBM di Semarang",
        "Beredar unggahan yang menyebut seorang mahasiswa meninggal dunia setelah terinjak saat aparat membubarkan aksi di depan DPRD Jawa Tengah. Tilik Fakta menghubungi rumah sakit rujukan dan Polda Jawa Tengah: dua peserta aksi dirawat karena sesak napas dan kelelahan, tidak ada korban meninggal. Foto yang menyertai unggahan itu berasal dari peristiwa lain.", section="cek-fakta", boost=3)  # fmt: skip


def _k_gub_meets(g: Gen, h: float):
    text = _say(
        g,
        "{gub_short} menemui perwakilan mahasiswa dan buruh di Gedung DPRD Jawa Tengah bersama pimpinan dewan. Tuntutan massa akan disampaikan secara resmi kepada pemerintah pusat. Terima kasih kepada seluruh pihak yang menjaga aksi tetap damai. #JatengGuyub",
        h,
    )
    g.named["gub_meet_x"] = g.post(h, "x-jateng", text, KNOWN["humasjateng"], boost=2.5)
    g.named["gub_meet_fb"] = g.post(
        h - 0.05,
        "fb-jateng",
        text,
        KNOWN["humasjateng"],
        thread=True,
        likes=3_100,
        shares=270,
        replies=2_800,
    )
    g.post(h - 0.1, "ig-jateng", text, KNOWN["humasjateng"], thread=True, likes=6_300, replies=4_400)
    g.news(h - 0.6, "warta-jateng", "Gubernur Temui Perwakilan Massa, Janji Teruskan Tuntutan Tolak BBM ke Pusat",
        _say(g, "{gub}, menemui perwakilan mahasiswa dan buruh di Gedung DPRD Jawa Tengah. Ia berjanji meneruskan tuntutan penolakan kenaikan harga BBM kepada pemerintah pusat secara tertulis. {ketuadprd}, menyatakan dewan akan mengawal tuntutan tersebut.", h), kota="Semarang", boost=4)  # fmt: skip


KEYED = (
    (ANNOUNCE, _k_announce), (46.4, _k_spbu), (43.2, _k_ojol), (41.5, _k_nelayan),
    (39.8, _k_seruan), (37.6, _k_buruh), (30.2, _k_pemprov), (26.1, _k_ekonom),
    (21.8, _k_polisi_siap), (14.6, _k_tmc), (PROTEST, _k_march), (6.9, _k_tension),
    (6.2, _k_police_deny_gas), (5.6, _k_arrest), (5.3, _k_death_hoax), (4.6, _k_deny_death), (3.9, _k_factcheck),
    (3.4, _k_gub_meets),
)  # fmt: skip


def _mutate_buzz(g: Gen, text: str) -> str:
    r = g.rng
    if r.random() < 0.4:
        text = text.replace("Rakyat", r.choice(("Rakyat", "Rakyat kecil", "Wong cilik")), 1)
    if r.random() < 0.35:
        parts = text.split(" #")
        head, tags = parts[0], ["#" + t for t in parts[1:]]
        r.shuffle(tags)
        text = head + " " + " ".join(tags)
    if r.random() < 0.5:
        text += " " + r.choice(("✊", "🔥", "✊✊", "🔥🔥🔥", "‼️", "🇮🇩"))
    if r.random() < 0.25:
        text = text.replace("!", "!!", 1)
    if r.random() < 0.15:
        text = text.upper()
    return text


def _buzz_wave(index: int):
    def make(g: Gen, h: float):
        accounts = g.accounts.buzzers(g.seed, 40)
        script = _say(g, BUZZ_SCRIPTS[index], h)
        # the same pool posts in every wave, a different subset each time
        chosen = g.rng.sample(accounts, BUZZERS_PER_WAVE)
        for i, account in enumerate(chosen):
            # all within six minutes of the signal, whatever the clock
            rec = g.post(
                h,
                "x-jateng",
                _mutate_buzz(g, script),
                account,
                boost=0.3,
                later=g.rng.uniform(0, 360),
            )
            if rec is not None and i < 3 and g.chance(0.7):
                g.named[f"buzz{index}_{i}"] = rec

    return make


def _x(g: Gen, h: float, table) -> dict | None:
    mood, tmpl = g.pick(table)
    text = roughen(_say(g, tmpl, h), g.rng, 0.6) + emojis(g.rng, mood) + hashtags(g.rng, TAGS, 0.6)
    return g.post(h, "x-jateng", text, g.citizen("x", "semarang"))


def _react(g: Gen, h: float):
    return _x(g, h, REACT)


def _call(g: Gen, h: float):
    return _x(g, h, CALL)


def _live(g: Gen, h: float):
    return _x(g, h, LIVE)


def _after(g: Gen, h: float):
    return _x(g, h, AFTER)


def _en(g: Gen, h: float):
    text = g.pick((
        "Large crowds of students and workers outside the Central Java governor's office in Semarang protesting the fuel price hike. Heavy police presence.",
        "Roads around Simpang Lima, Semarang, closed because of the fuel price protest. Avoid the area if you can.",
        "Fuel price protest in Semarang getting tense near the provincial parliament. Reports of arrests, unverified claims of tear gas.",
    ))  # fmt: skip
    return g.post(h, "x-jateng", text, g.citizen("x", "jakarta"), lang="en")


def _reply(g: Gen, h: float):
    parent = g.earlier(
        "x",
        h,
        pred=lambda r: r["author_followers"] > 10_000 and not r["text"].startswith("RT @"),
        recent=20,
    )
    if parent is None:
        return None
    kind = "gov" if parent["author"] in GOV_HANDLES else "police" if parent["author"] in POLICE_HANDLES else "other"
    mood, tmpl = g.pick(REPLIES[kind])
    if "dibantah" in tmpl and "death_hoax" not in g.named:
        return None
    text = f"@{parent['author']} " + roughen(_say(g, tmpl, h), g.rng, 0.6) + emojis(g.rng, mood)
    return g.post(h, "x-jateng", text, g.citizen("x", "semarang"), parent=parent)


def _rt(g: Gen, h: float):
    originals = [r for r in g.named.values() if r and r["channel"] == "x" and r["_h"] > h]
    if not originals:
        return None
    original = g.pick(originals)
    account = g.pick(g.accounts.buzzers(g.seed, 40)) if original["author_followers"] < 200 else g.citizen("x")
    return retweet(g, h, "x-jateng", original, account)


def _comment(g: Gen, h: float):
    source = g.pick(("fb-jateng", "ig-jateng", "fb-jateng"))
    parent = g.thread(source, h, recent=40)
    if parent is None:
        return None
    mood, tmpl = g.pick(COMMENTS)
    channel = "facebook" if source.startswith("fb") else "instagram"
    text = _say(g, tmpl, h)
    if channel == "instagram" or g.chance(0.3):
        text = roughen(text, g.rng, 0.5)
    return g.post(h, source, text + emojis(g.rng, mood), g.citizen(channel, "semarang"), parent=parent)


def _tiktok(g: Gen, h: float):
    if g.chance(0.4):
        mood, text, rally = g.pick(TIKTOK)
        if rally and h > PROTEST:
            return None
        return g.post(h, "tiktok-jateng", text, g.citizen("tiktok", "semarang"), thread=True, boost=3)
    parent = g.thread("tiktok-jateng", h, recent=12)
    if parent is None:
        return None
    rally = any(word in parent["text"].lower() for word in ("demo", "aparat", "orasi", "aksi", "pagar"))
    mood, text = g.pick(RALLY_COMMENTS if rally else PRICE_COMMENTS)
    return g.post(
        h,
        "tiktok-jateng",
        roughen(text, g.rng, 0.6) + emojis(g.rng, mood),
        g.citizen("tiktok"),
        parent=parent,
    )


def _news(g: Gen, h: float):
    rows = [row for row in NEWS_T if row[1] <= h <= row[0]]
    if not rows:
        return None
    _hf, _ht, title, lead = g.pick(rows)
    source = g.rng.choices([s for s, _ in NEWS_SOURCES], [w for _, w in NEWS_SOURCES])[0]
    return g.news(h, source, _say(g, title, h), _say(g, lead, h), kota="Semarang", boost=2)


def _lapor(g: Gen, h: float):
    title, text = g.pick(LAPOR)
    if title.startswith("Taman") and h > PROTEST - 2:
        return None
    return g.complaint(h, "lapor-jateng", title, _say(g, text, h), region="semarang")


CATEGORIES = (
    (14, START, 36, _react), (5, 36, 0, _react),
    (10, 40, PROTEST, _call),
    (18, PROTEST, 0, _live), (4, 3.4, 0, _after),
    (8, 46, 0, _reply), (8, 46, 0, _rt), (7, 30, 0, _comment), (5, 46, 0, _tiktok),
    (4, START, 0, _news), (1, 44, 0, _lapor), (0.6, PROTEST, 0, _en),
)  # fmt: skip


def build(g: Gen) -> None:
    keyed = [*KEYED, *((h, _buzz_wave(i)) for i, h in enumerate(BUZZER_WAVES))]
    sampled = g.schedule(CURVE, COUNT, burst=BURST, anchors=[h for h, _ in keyed], pivots=PIVOTS)
    g.run(sampled, CATEGORIES, keyed)
