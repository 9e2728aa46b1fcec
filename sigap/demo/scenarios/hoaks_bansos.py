"""Scenario ``hoaks-bansos``: a viral hoax about registering for a Rp 3,5 juta social grant.

A message claims Kemensos opens registration for "Bantuan Sosial Tunai Rp 3.500.000" through
a link and a WhatsApp admin (24 h before end) → shared as WhatsApp screenshots on Facebook,
X and TikTok "tutorials" → victims report hijacked WhatsApp accounts and "admin fees" →
fact-check articles (~13 h before end) → the ministry's clarification (~10.6 h before end),
re-published by outlets; Diskominfo Jateng and the police warn → the hoax keeps circulating.
"""

from __future__ import annotations

from .common import KNOWN, Account, Gen, Pivot, emojis, hashtags, reprint, retweet, roughen
from .hoaks_bansos_texts import (
    ANGRY,
    ASK,
    CLARIFY_LEAD,
    CLARIFY_TITLE,
    FACTCHECK_ITEMS,
    FB_COMMENTS_EARLY,
    FB_COMMENTS_LATE,
    HOAX,
    LAPOR,
    NEWS_SOURCES,
    NEWS_T,
    OFFICIAL_KEYS,
    REPLIES,
    SPREAD,
    SPREAD_TAGS,
    TAGS,
    TIKTOK,
    TIKTOK_COMMENTS,
    VICTIM,
    WARN,
    YT_COMMENTS,
)
from .vocab import COMMON_SLOTS

KEY = "hoaks-bansos"
START = 24.0
CLARIFY = 10.6
FACTCHECK = 13.2
COUNT = 310
#: the ministry clarifies during the day (07:00-21:00 WIB), 7-14 h before end
PIVOTS = (Pivot(CLARIFY, (7, 21), (14.0, 7.0)),)

META = {
    "key": KEY,
    "title": "Hoaks pendaftaran bansos Rp 3,5 juta lewat tautan WhatsApp",
    "office": "kemensos",
    "offices": ["kemensos", "jateng"],
    "starts_hours_before_end": 24,
    "peak_hours_before_end": 10,
    "peak_window_hours_before_end": [14, 6],
    "still_elevated_at_end": True,
    "keywords": ["bansos", "Rp 3,5 juta", "3,5 juta", "pendaftaran", "link", "tautan", "WhatsApp",
                 "hoaks", "Kemensos", "bantuan sosial tunai", "cek fakta"],
    "hashtags": ["#HoaksBansos", "#CekFakta", "#Bansos", "#BansosTunai"],
    "claim": "Kemensos membuka pendaftaran Bantuan Sosial Tunai Rp 3.500.000 untuk setiap pemilik KTP "
             "melalui tautan dan admin WhatsApp",
    "verdict": "hoaks",
    "shape": "hoax spreads from 24 h before end, fact-checks from ~13 h, the ministry's "
             "clarification ~10.6 h before end drives the peak (~10 h), then a long tail",
    "crisis_cues": ["hoaks", "penipuan", "data pribadi", "akun dibajak"],
    "milestones": {
        "hoaks_pertama_facebook": 23.4, "hoaks_di_x": 22.6, "tutorial_tiktok": 20.8,
        "peringatan_warganet": 16.9, "aduan_lapor": 15.6, "korban_viral": 14.1,
        "cek_fakta": 13.2, "klarifikasi_kemensos": 10.6, "peringatan_diskominfo": 8.2,
        "polda_menyelidiki": 5.9,
    },
}  # fmt: skip

#: ordinary chatter (follows the daily rhythm) and the burst around the clarification (does not)
CURVE = (
    (24, 0.05), (21, 0.15), (18, 0.30), (15, 0.45), (12.5, 0.55), (10.5, 0.60), (8, 0.55),
    (5, 0.45), (2, 0.40), (0, 0.38),
)  # fmt: skip
BURST = (
    (13.5, 0.0),
    (12.5, 0.25),
    (10.6, 0.3),
    (10.2, 0.9),
    (8.5, 0.8),
    (7, 0.45),
    (5, 0.15),
    (3.5, 0.0),
)


def slots(g: Gen, h: float) -> dict:
    s = dict(COMMON_SLOTS)
    s.update({
        "link": ("link", "tautan", "linknya", "link pendaftaran"),
        "siapa": ("ibuku", "bapakku", "budhe", "tetanggaku", "mertuaku", "temen kantor", "bulikku", "pakdhe"),
        "@gov": ("@KemensosHumas", "@KemensosHumas @diskominfo_jtg", "@diskominfo_jtg"),
        "klarif": "tadi" if h < CLARIFY else "nanti",
    })  # fmt: skip
    return s


def _say(g: Gen, template: str, h: float) -> str:
    return g.say(template, h, slots(g, h))


def _x_source(g: Gen) -> str:
    return "x-kemensos" if g.chance(0.6) else "x-jateng"


# --------------------------------------------------------------------------- hand-written items


def _k_page_lansia(g: Gen, h: float):
    text = "Pemprov Jawa Tengah menyalurkan bantuan sosial bagi lansia tunggal dan penyandang disabilitas di 35 kabupaten/kota. Penyaluran melalui kantor pos dan pendamping sosial, tanpa pungutan apa pun. #JatengPeduli"
    g.named["fb_lansia"] = g.post(h, "fb-jateng", text, KNOWN["humasjateng"], thread=True, likes=1_950, shares=260)
    g.named["ig_lansia"] = g.post(h - 0.05, "ig-jateng", text, KNOWN["humasjateng"], thread=True, likes=3_300)


def _k_yt_bpnt(g: Gen, h: float):
    g.named["yt_bpnt"] = g.post(
        h,
        "yt-kemensos",
        "Penyaluran BPNT melalui kantor pos di sejumlah daerah. Bawa KTP, KK, dan surat undangan. Tidak ada pungutan biaya apa pun.",
        KNOWN["kemensos"],
        title="Penyaluran BPNT Lewat Kantor Pos: Syarat dan Jadwal",
        thread=True,
    )


def _k_first_fb(g: Gen, h: float):
    parent = g.named["fb_lansia"]
    g.named["first_fb"] = g.post(
        h, "fb-jateng", HOAX, g.citizen("facebook", "grobogan"), parent=parent, likes=48, replies=31
    )


def _k_first_x(g: Gen, h: float):
    g.named["first_x"] = g.post(
        h,
        "x-kemensos",
        "Alhamdulillah ada bansos 3,5jt dari Kemensos, daftarnya cuma pake KTP. Buruan sebelum kuota habis gaes 👇 https://bansos-tunai-kemensos.example/daftar #Bansos #BansosTunai",
        g.citizen("x", "pati"),
        views=188_000,
        likes=2_450,
        shares=3_870,
        replies=410,
    )


def _k_tiktok_tutorial(g: Gen, h: float):
    g.named["tt_tutorial"] = g.post(
        h,
        "tiktok-kemensos",
        "CARA DAFTAR BANSOS 3,5 JUTA LEWAT HP ‼️ cuma 5 menit, langsung cair ke rekening. Link di bio 👆 #bansos #bansos2025 #bantuansosial #fyp",
        acc_tutorial(),
        thread=True,
        views=1_380_000,
        likes=61_200,
        shares=27_400,
        replies=9_800,
    )


def acc_tutorial() -> Account:
    return Account("infobansos_terbaru", "INFO BANSOS TERBARU ✅", 48_300, "citizen", "")


def _k_cekdulu(g: Gen, h: float):
    g.named["cekdulu"] = g.post(
        h,
        "x-kemensos",
        "⚠️ HATI-HATI. Pesan \"Pendaftaran Bantuan Sosial Tunai Rp 3.500.000\" yang beredar di WA & FB patut diduga penipuan/phishing. Domainnya bukan situs pemerintah, minta foto KTP+KK+rekening, lalu minta 'konfirmasi' ke admin WA. Jangan diisi! #CekFakta #HoaksBansos",
        KNOWN["cekdulu"],
        views=264_000,
        likes=6_900,
        shares=5_200,
        replies=380,
    )


def _k_lapor(g: Gen, h: float):
    g.named["lapor1"] = g.complaint(h, "lapor-jateng", "Penipuan Mengatasnamakan Bansos Kemensos",
        "Saya mendapat pesan berantai pendaftaran bansos Rp 3,5 juta dari Kemensos. Saya sudah mengisi data KTP dan KK di tautan tersebut, lalu diminta transfer biaya admin Rp 50.000 ke admin WhatsApp. Setelah transfer, nomor admin tidak bisa dihubungi. Mohon ditindaklanjuti dan diumumkan ke masyarakat agar tidak ada korban lain.", anonymous=False, region="grobogan")  # fmt: skip


def _k_victim(g: Gen, h: float):
    g.named["victim"] = g.post(
        h,
        "x-jateng",
        "Ibuku isi link bansos 3,5jt yang lagi rame di grup WA. 10 menit kemudian WA-nya dibajak dan minta pinjem duit ke semua kontak 😭 Tolong kasih tau orang tua kalian, JANGAN KLIK. #HoaksBansos",
        g.citizen("x", "semarang"),
        views=642_000,
        likes=19_800,
        shares=8_600,
        replies=1_740,
    )


def _k_factcheck(g: Gen, h: float):
    for source, delay, title, lead in FACTCHECK_ITEMS:
        rec = g.news(h - delay, source, title, _say(g, lead, h - delay), kota="Jakarta" if source != "warta-jateng" else "Semarang",
                     boost=5, section="cek-fakta")  # fmt: skip
        g.named[f"fc_{source}"] = rec
    g.named["tilik_x"] = g.post(
        h - 0.1,
        "x-kemensos",
        "[HOAKS] Pendaftaran bansos Rp 3,5 juta lewat tautan & admin WhatsApp. Kemensos tidak pernah membuka pendaftaran bansos lewat link. Situsnya phishing, jangan isi data pribadi. Selengkapnya 👇 #CekFakta #HoaksBansos",
        KNOWN["tilikfakta"],
        boost=3,
    )


def _k_clarify(g: Gen, h: float):
    text = 'KLARIFIKASI ‼️ Informasi pendaftaran "Bantuan Sosial Tunai Rp 3.500.000" melalui tautan dan admin WhatsApp adalah HOAKS. Kemensos TIDAK PERNAH membuka pendaftaran bansos lewat link/WA dan tidak memungut biaya apa pun. Cek status penerima hanya melalui kanal resmi Kemensos. Jangan bagikan data pribadi Anda. #HoaksBansos #KemensosHadir'
    g.named["clarify_x"] = g.post(
        h,
        "x-kemensos",
        text,
        KNOWN["kemensos"],
        views=2_460_000,
        likes=24_300,
        shares=19_100,
        replies=3_650,
    )
    lead = _say(g, CLARIFY_LEAD, h)
    for i, (source, title) in enumerate(CLARIFY_TITLE):
        reprint(g, h - 0.35 - i * g.rng.uniform(0.2, 0.6), source, title, lead, kota="Jakarta")


def _k_yt_clarify(g: Gen, h: float):
    g.named["yt_clarify"] = g.post(
        h,
        "yt-kemensos",
        "Kemensos tidak pernah membuka pendaftaran bansos melalui tautan atau WhatsApp. Simak penjelasan Kepala Biro Humas dan cara mengecek status penerima bansos secara resmi.",
        KNOWN["kemensos"],
        title="KLARIFIKASI: Pendaftaran Bansos Rp 3,5 Juta Lewat Link adalah HOAKS",
        thread=True,
        views=218_000,
        likes=6_400,
        replies=1_870,
    )


def _k_diskominfo(g: Gen, h: float):
    text = "[HOAKS] Pendaftaran Bansos Rp 3,5 Juta melalui tautan & admin WhatsApp. Faktanya: Kemensos tidak pernah membuka pendaftaran bansos lewat link. Yang telanjur mengisi data: segera aktifkan verifikasi dua langkah WhatsApp, ganti PIN/kata sandi rekening, dan lapor ke bank serta polisi. #SaringSebelumSharing"
    g.named["kominfo_x"] = g.post(h, "x-jateng", text, KNOWN["diskominfojateng"], boost=3)
    g.named["kominfo_ig"] = g.post(
        h - 0.05, "ig-jateng", text, KNOWN["humasjateng"], thread=True, likes=7_800, replies=940
    )
    g.named["kominfo_fb"] = g.post(
        h - 0.1,
        "fb-jateng",
        text,
        KNOWN["humasjateng"],
        thread=True,
        likes=3_600,
        shares=5_400,
        replies=820,
    )


def _k_police(g: Gen, h: float):
    g.post(
        h,
        "x-jateng",
        "Ditreskrimsus Polda Jateng menyelidiki situs phishing yang mencatut nama Kemensos dengan modus pendaftaran bansos Rp 3,5 juta. Masyarakat yang menjadi korban diminta melapor ke SPKT atau kanal aduan siber Polda Jateng. Jangan pernah membagikan kode OTP kepada siapa pun.",
        KNOWN["poldajateng"],
        boost=2,
    )
    g.news(h - 0.5, "warta-jateng", "Polda Jateng Selidiki Situs Penipuan Bermodus Pendaftaran Bansos",
        _say(g, "Polda Jawa Tengah menyelidiki situs penipuan yang mencatut nama Kementerian Sosial dengan modus pendaftaran bansos Rp 3,5 juta. {kabidhumas}, mengatakan sudah ada laporan warga yang kehilangan uang dan akun WhatsApp-nya dibajak. Polisi meminta warga tidak membagikan kode OTP dan data pribadi.", h), kota="Semarang", boost=3)  # fmt: skip


def _k_tara(g: Gen, h: float):
    g.named["tara_tt"] = g.post(
        h,
        "tiktok-kemensos",
        "Bestie, bansos 3,5 juta lewat link itu HOAKS ya 🙅‍♀️ Aku jelasin ciri-cirinya + apa yang harus dilakuin kalau ortu kalian udah terlanjur isi. Share ke grup keluarga! #cekfakta #hoaksbansos #fyp",
        KNOWN["mbaktara"],
        thread=True,
        views=936_000,
        likes=88_500,
        shares=31_200,
        replies=4_300,
    )


KEYED = (
    (23.95, _k_page_lansia), (23.9, _k_yt_bpnt), (23.4, _k_first_fb), (22.6, _k_first_x),
    (20.8, _k_tiktok_tutorial), (16.9, _k_cekdulu), (15.6, _k_lapor), (14.1, _k_victim),
    (FACTCHECK, _k_factcheck), (CLARIFY, _k_clarify), (9.3, _k_yt_clarify), (8.2, _k_diskominfo),
    (5.9, _k_police), (4.1, _k_tara),
)  # fmt: skip


# --------------------------------------------------------------------------- makers


def _xpost(
    g: Gen,
    h: float,
    mood: str,
    tmpl: str,
    tags,
    region: str = "",
    p: float = 0.6,
    boost: float = 1.0,
):
    text = roughen(_say(g, tmpl, h), g.rng, p) + emojis(g.rng, mood) + hashtags(g.rng, tags, 0.5)
    return g.post(h, _x_source(g), text, g.citizen("x", region), boost=boost)


def _spread(g: Gen, h: float):
    if g.chance(0.35):
        # a verbatim or lightly edited copy of the hoax text
        text = HOAX
        if g.chance(0.5):
            text = g.pick(("Alhamdulillah 🤲 ", "Info penting!! ", "Dari grup sebelah: ", "")) + text
        if g.chance(0.3):
            text = text.replace("Tahap II", "TAHAP 2").replace("kuota terbatas!", "kuota terbatas, buruan!")
        return g.post(h, _x_source(g), text, g.citizen("x"))
    mood, tmpl = g.pick(SPREAD)
    return _xpost(g, h, mood, tmpl, SPREAD_TAGS)


def _ask(g: Gen, h: float):
    mood, tmpl = g.pick(ASK)
    return _xpost(g, h, mood, tmpl, ("#Bansos",))


def _victim(g: Gen, h: float):
    mood, tmpl = g.pick(VICTIM)
    return _xpost(g, h, mood, tmpl, TAGS, boost=1.5)


def _warn(g: Gen, h: float):
    mood, tmpl = g.pick(WARN)
    if "Kemensos" in tmpl and h > CLARIFY:
        return None
    return _xpost(g, h, mood, tmpl, TAGS)


def _angry(g: Gen, h: float):
    tmpl = g.pick(ANGRY)
    if "Klarifikasinya" in tmpl and h > CLARIFY:
        return None
    return _xpost(g, h, "angry", tmpl, TAGS)


def _reply(g: Gen, h: float):
    keys = [k for k in (*OFFICIAL_KEYS, "victim", "first_x") if (rec := g.named.get(k)) and rec["_h"] > h]
    if not keys:
        return None
    key = g.pick(keys)
    parent = g.named[key]
    assert parent is not None  # noqa: S101 - narrows the type: keys name records only
    kind = "official" if key in OFFICIAL_KEYS else "victim" if key == "victim" else "spreader"
    mood, tmpl = g.pick(REPLIES[kind])
    text = f"@{parent['author']} " + roughen(_say(g, tmpl, h), g.rng, 0.6) + emojis(g.rng, mood)
    return g.post(h, parent["source"], text, g.citizen("x"), parent=parent)


def _rt(g: Gen, h: float):
    keys = [
        k
        for k in ("first_x", "cekdulu", "victim", "tilik_x", "clarify_x", "clarify_x", "kominfo_x")
        if (rec := g.named.get(k)) and rec["_h"] > h
    ]
    if keys and g.chance(0.75):
        original = g.named[g.pick(keys)]
    else:
        original = g.earlier(
            "x",
            h,
            pred=lambda r: not r["text"].startswith("RT @") and r["parent_id"] is None,
            recent=8,
        )
    if original is None:
        return None
    return retweet(g, h, original["source"], original, g.citizen("x"))


def _fb(g: Gen, h: float):
    source = g.pick(("fb-jateng", "fb-jateng", "ig-jateng"))
    parent = g.thread(source, h, recent=30)
    if parent is None:
        return None
    channel = "facebook" if source.startswith("fb") else "instagram"
    if h > CLARIFY - 1 and g.chance(0.75):
        mood, tmpl = g.pick(FB_COMMENTS_LATE)
    elif g.chance(0.25):
        return g.post(
            h,
            source,
            HOAX if g.chance(0.6) else HOAX.split(" Bagikan")[0],
            g.citizen(channel),
            parent=parent,
        )
    else:
        mood, tmpl = g.pick(FB_COMMENTS_EARLY)
    text = _say(g, tmpl, h)
    if channel == "instagram":
        text = roughen(text, g.rng, 0.5)
    return g.post(h, source, text + emojis(g.rng, mood), g.citizen(channel), parent=parent)


def _yt(g: Gen, h: float):
    parent = g.thread("yt-kemensos", h, recent=30)
    if parent is None:
        return None
    mood, tmpl = g.pick(YT_COMMENTS)
    if h > CLARIFY - 1 and tmpl.startswith("Pak, apakah benar"):
        return None
    return g.post(
        h,
        "yt-kemensos",
        _say(g, tmpl, h) + emojis(g.rng, mood),
        g.citizen("youtube"),
        parent=parent,
    )


def _tiktok(g: Gen, h: float):
    if g.chance(0.35):
        mood, tmpl = g.pick(TIKTOK)
        if "Kemensos" in tmpl and h > CLARIFY:
            return None
        return g.post(h, "tiktok-kemensos", tmpl, g.citizen("tiktok"), thread=True, boost=2)
    parent = g.thread("tiktok-kemensos", h, recent=16)
    if parent is None:
        return None
    mood, tmpl = g.pick(TIKTOK_COMMENTS)
    return g.post(
        h,
        "tiktok-kemensos",
        roughen(tmpl, g.rng, 0.6) + emojis(g.rng, mood),
        g.citizen("tiktok"),
        parent=parent,
    )


def _news(g: Gen, h: float):
    title, lead = g.pick(NEWS_T)
    source = g.rng.choices([s for s, _ in NEWS_SOURCES], [w for _, w in NEWS_SOURCES])[0]
    return g.news(
        h,
        source,
        _say(g, title, h),
        _say(g, lead, h),
        kota="Jakarta" if source in ("kabar-nusantara", "warta-kesra") else "Semarang",
        boost=2,
    )


def _lapor(g: Gen, h: float):
    office, title, text = g.pick(LAPOR)
    s = slots(g, h)
    s["siapa"] = ("Ibu", "Bapak", "Orang tua", "Mertua", "Tetangga")
    return g.complaint(h, f"lapor-{office}", title, g.say(text, h, s))


def _jv(g: Gen, h: float):
    text = g.pick((
        "Ojo gampang percoyo karo link bansos 3,5 yuto, kuwi apus-apusan. Wis akeh sing dadi korban",
        "Simbokku meh wae ngisi link bansos, untung tak cegah. Ati-ati lur",
    ))  # fmt: skip
    return g.post(h, "x-jateng", text, g.citizen("x", "demak"), lang="jv")


CATEGORIES = (
    (14, START, 16, _spread), (5, 16, 10, _spread), (2, 10, 0, _spread),
    (6, 20, 0, _ask), (5, 15, 0, _victim), (3, 17, CLARIFY, _warn), (12, CLARIFY, 0, _warn),
    (4, 14, 0, _angry), (10, 22.5, 0, _reply), (9, 22, 0, _rt), (9, START, 0, _fb),
    (4, 23, 0, _yt), (6, 20.7, 0, _tiktok), (3, FACTCHECK, 0, _news), (1.5, 15, 0, _lapor),
    (0.5, 12, 0, _jv),
)  # fmt: skip


def build(g: Gen) -> None:
    sampled = g.schedule(CURVE, COUNT, burst=BURST, anchors=[h for h, _ in KEYED], pivots=PIVOTS)
    g.run(sampled, CATEGORIES, KEYED)
