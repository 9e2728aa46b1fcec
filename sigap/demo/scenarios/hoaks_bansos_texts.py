"""What the ``hoaks-bansos`` scenario says: the hoax message, the fact-check and
clarification articles, and the templates of the sampled posts, comments, news and complaints.

Everything here is invented; the ministry and the places are real, the events are not.
"""

from __future__ import annotations

TAGS = ("#HoaksBansos", "#CekFakta", "#Bansos", "#SaringSebelumSharing")

SPREAD_TAGS = ("#Bansos", "#BansosTunai", "#BantuanSosial", "#InfoBansos")

HOAX = (
    "*PENDAFTARAN BANTUAN SOSIAL TUNAI TAHAP II TELAH DIBUKA* Kementerian Sosial memberikan bantuan "
    "Rp 3.500.000 untuk setiap pemilik KTP yang belum pernah menerima bansos. Daftar sekarang melalui "
    "tautan: https://bansos-tunai-kemensos.example/daftar (kuota terbatas!). Siapkan foto KTP, KK, dan "
    "nomor rekening. Konfirmasi ke admin WA 0813-xxxx-xxxx. Bagikan ke 10 grup agar pendaftaran Anda "
    "diverifikasi."
)

FACTCHECK_ITEMS = (
    ("tilik-fakta", 0.0, "[HOAKS] Pendaftaran Bansos Rp 3,5 Juta Lewat Tautan dan Admin WhatsApp",
     "Beredar pesan berantai berisi klaim Kementerian Sosial membuka pendaftaran Bantuan Sosial Tunai Rp 3.500.000 bagi setiap pemilik KTP melalui sebuah tautan. Hasil penelusuran Tilik Fakta, tautan tersebut bukan domain pemerintah dan meminta data pribadi serta nomor rekening. Kemensos tidak pernah membuka pendaftaran bansos melalui tautan atau admin WhatsApp. Klaim tersebut masuk kategori konten palsu dan berpotensi penipuan."),
    ("kabar-nusantara", 1.2, "Cek Fakta: Tidak Benar Ada Pendaftaran Bansos Rp 3,5 Juta Lewat Link WhatsApp",
     "Pesan tentang pendaftaran bansos Rp 3,5 juta lewat tautan dan WhatsApp ramai dibagikan di media sosial. Penelusuran Kabar Nusantara menemukan situs pendaftaran itu baru dibuat beberapa hari lalu dan tidak terkait Kementerian Sosial. Sejumlah warganet melaporkan akun WhatsApp mereka dibajak setelah mengisi formulir di situs tersebut."),
    ("warta-jateng", 1.8, "Warga Jateng Diminta Waspadai Pesan Pendaftaran Bansos Rp 3,5 Juta",
     "Warga Jawa Tengah diminta mewaspadai pesan berantai pendaftaran bansos Rp 3,5 juta yang beredar melalui WhatsApp. {kadiskominfo}, menyebut pesan tersebut hoaks dan mengarah ke situs penipuan. Warga yang telanjur mengisi data diminta segera mengamankan akun WhatsApp dan melapor."),
)  # fmt: skip

CLARIFY_TITLE = (
    ("kabar-nusantara", "Kemensos Pastikan Pendaftaran Bansos Rp 3,5 Juta Lewat Tautan adalah Hoaks"),
    ("warta-kesra", "Kemensos: Tidak Ada Pendaftaran Bansos Lewat Link dan WhatsApp"),
    ("warta-jateng", "Kemensos Tegaskan Pesan Pendaftaran Bansos Rp 3,5 Juta Hoaks"),
    ("metro-semarang", "Hoaks Bansos Rp 3,5 Juta, Kemensos Minta Warga Tak Isi Data di Tautan"),
    ("suara-pantura", "Kemensos Bantah Buka Pendaftaran Bansos Rp 3,5 Juta"),
)  # fmt: skip

CLARIFY_LEAD = (
    "Kementerian Sosial menegaskan pesan berantai tentang pendaftaran Bantuan Sosial Tunai Rp 3,5 juta melalui tautan dan admin WhatsApp adalah hoaks. "
    "{karohumas}, mengatakan Kemensos tidak pernah membuka pendaftaran bansos melalui tautan, pesan berantai, atau WhatsApp. "
    '"Penerima bansos ditetapkan dari data terpadu yang diusulkan melalui desa dan kelurahan, dan seluruh layanan tidak dipungut biaya," kata Rudi di Jakarta, {hari} {tgl}. '
    "Masyarakat diminta hanya mengecek status penerima melalui kanal resmi Kemensos dan melaporkan tautan mencurigakan."
)

SPREAD = (
    ("money", "Alhamdulillah ada bansos 3,5jt nih, buruan daftar sebelum kuota habis"),
    ("money", "Info dari grup RT: bansos tunai 3,5 juta tahap 2 udah dibuka, daftarnya lewat {link}"),
    ("", "Yang belum pernah dapet bansos, ini ada pendaftaran 3,5jt. Lumayan buat bayar sekolah anak"),
    ("money", "Share ke grup keluarga ya, katanya harus dibagi ke 10 grup biar diverifikasi"),
    ("", "Udah daftar bansos 3,5 juta belum? {siapa} udah, tinggal nunggu cair"),
    ("money", "Rejeki gak ke mana, bansos 3,5jt cuma modal KTP"),
    ("", "[tangkapan layar pesan WhatsApp] Pendaftaran Bantuan Sosial Tunai Rp 3.500.000 tahap II telah dibuka"),
)  # fmt: skip

ASK = (
    ("", "Ini beneran gak sih bansos 3,5jt lewat {link}? Di grup WA keluarga rame banget {@gov}"),
    ("", "Min {@gov}, pendaftaran bansos 3,5 juta itu resmi? Mohon konfirmasinya"),
    ("", "{siapa} nanya terus soal bansos 3,5 juta, aku bingung jawabnya. Ada yang tau?"),
    ("", "Kok daftar bansos minta nomor rekening sama kode OTP ya? Aneh gak sih"),
    ("", "Ada yang udah cair belum bansos 3,5jt yang lewat link itu?"),
)  # fmt: skip

VICTIM = (
    ("sad", "{siapa} kena, udah isi data KTP di {link} bansos itu terus disuruh transfer admin 50rb. Sekarang nomornya gak aktif"),
    ("angry", "WA {siapa} dibajak habis isi link bansos, terus minta transfer ke kontak-kontaknya. Tolong abaikan kalau dapet chat aneh"),
    ("sad", "Saldo rekening {siapa} berkurang 2 juta setelah isi formulir bansos 3,5 juta. Ya Allah"),
    ("angry", "Udah dikasih tau hoaks masih aja disebar di grup keluarga. Korbannya udah banyak"),
)  # fmt: skip

WARN = (
    ("alert", "HOAKS! Jangan klik {link} pendaftaran bansos 3,5 juta, itu penipuan"),
    ("alert", "Kemensos udah klarifikasi ya, bansos 3,5jt lewat link itu hoaks. Tolong kasih tau orang tua di rumah"),
    ("alert", "Ciri-ciri penipuan: minta biaya admin, minta OTP, minta disebar ke 10 grup. Bansos 3,5 juta itu hoaks"),
    ("alert", "Yang udah terlanjur isi data, aktifin verifikasi dua langkah WA sekarang juga"),
    ("good", "Makasih @KemensosHumas udah klarifikasi cepet. Semoga gak ada korban lagi"),
    ("alert", "Bansos gak pernah ada pendaftaran lewat link WA. Data penerima dari desa/kelurahan"),
)  # fmt: skip

ANGRY = (
    "Penipu makin pinter, sasarannya orang tua yang gak paham internet. Tolong ditangkap pelakunya",
    "Kenapa situs kayak gini gak langsung diblokir? Udah dari kemarin nyebar",
    "Klarifikasinya telat, korban udah banyak dari kemarin {@gov}",
    "Data KTP kita bocor di mana-mana, ujung-ujungnya rakyat yang jadi korban",
    "Bansos beneran aja susah dapetnya, sekarang ada yang palsu pula",
    "Heran grup WA keluarga tiap ada hoaks pasti paling depan nyebarin",
)  # fmt: skip

REPLIES = {
    "official": (
        ("good", "Terima kasih klarifikasinya min 🙏"),
        ("angry", "Telat min, ibu saya udah jadi korban kemarin"),
        ("", "Min, kalau sudah isi data KTP harus gimana?"),
        ("", "Link resmi untuk cek bansos yang mana min?"),
        ("angry", "Tolong pelakunya dikejar, jangan cuma klarifikasi"),
        ("good", "Siap min, langsung share ke grup keluarga"),
        ("", "Kalau nomor admin WA-nya dilaporin ke mana min?"),
        ("angry", "Situsnya masih bisa dibuka loh min, kok belum diblokir"),
    ),
    "victim": (
        ("sad", "Ya Allah semoga akunnya cepet balik"),
        ("sad", "Sama, {siapa} juga kena kemarin"),
        ("", "Langsung lapor ke WhatsApp sama bank kak, biar diblokir"),
        ("angry", "Penipunya jahat banget, sasarannya orang tua"),
        ("good", "Makasih udah share, langsung aku kasih tau keluarga"),
    ),
    "spreader": (
        ("alert", "Itu hoaks kak, jangan disebar"),
        ("", "Sumbernya dari mana? Kok bukan situs pemerintah"),
        ("money", "Udah daftar, semoga cair"),
        ("alert", "Hapus aja kak, udah banyak yang ketipu"),
    ),
}

OFFICIAL_KEYS = ("clarify_x", "cekdulu", "tilik_x", "kominfo_x")

FB_COMMENTS_EARLY = (
    ("money", "Min ini bansos 3,5jt yg lewat link itu beneran kan? Saya udah daftar"),
    ("", "Daftarnya di mana min? Saya belum pernah dapat bantuan"),
    ("money", "Alhamdulillah semoga cair, sudah daftar lewat link"),
    ("", "Kok linknya susah dibuka ya"),
)  # fmt: skip

FB_COMMENTS_LATE = (
    ("good", "Terima kasih infonya min, sudah saya teruskan ke grup RT"),
    ("sad", "Bapak saya sudah terlanjur isi, sekarang WA-nya tidak bisa dibuka"),
    ("angry", "Pelakunya tolong ditangkap pak polisi"),
    ("", "Min kalau sudah transfer biaya admin bisa kembali tidak uangnya?"),
    ("good", "Semoga warga makin paham, jangan asal klik"),
    ("angry", "Grup WA kampung saya masih nyebar terus, capek ngingetin"),
)  # fmt: skip

YT_COMMENTS = (
    ("", "Pak, apakah benar ada pendaftaran bansos 3,5 juta lewat link? Di WA ramai sekali"),
    ("good", "Terima kasih klarifikasinya Kemensos, sangat jelas"),
    ("sad", "Saya sudah terlanjur kirim foto KTP dan KK, bagaimana ini pak?"),
    ("angry", "Tolong diberantas penipu yang memakai nama Kemensos"),
    ("", "Cara cek penerima bansos yang resmi bagaimana pak?"),
    ("good", "Alhamdulillah saya belum sempat isi, untung lihat video ini"),
    ("angry", "Kemensos harusnya lebih cepat klarifikasi, hoaksnya sudah dari kemarin"),
)  # fmt: skip

TIKTOK = (
    ("money", "Cara daftar bansos 3,5 juta, gampang banget 😱 #bansos #fyp"),
    ("alert", "AWAS PENIPUAN bansos 3,5 juta!! #hoaksbansos #cekfakta"),
    ("sad", "Ibu aku jadi korban link bansos 😭 jangan sampai kalian juga #hoaksbansos"),
    ("alert", "Kemensos resmi bilang hoaks ya guys #bansos #hoaks #fyp"),
)  # fmt: skip

TIKTOK_COMMENTS = (
    ("", "Linknya mana kak"), ("money", "Udah daftar semoga cair"), ("alert", "Ini hoaks woy jangan diisi"),
    ("sad", "Ibuku udah kena 😭"), ("", "Beneran gak sih ini"), ("angry", "Penipu dasar"),
    ("good", "Makasih infonya kak"),
)  # fmt: skip

NEWS_T = (
    ("Warganet Ramai Laporkan Akun WhatsApp Dibajak Usai Isi Formulir Bansos",
     "Sejumlah warganet melaporkan akun WhatsApp mereka dibajak setelah mengisi formulir pendaftaran bansos Rp 3,5 juta. Pelaku kemudian menggunakan akun tersebut untuk meminta uang kepada kontak korban. Pakar keamanan siber menyarankan warga segera mengaktifkan verifikasi dua langkah."),
    ("Modus Penipuan Bansos Incar Warga Lansia, Ini Ciri-cirinya",
     "Penipuan yang mencatut nama bantuan sosial kembali marak dan banyak menyasar warga lanjut usia. Ciri-cirinya antara lain meminta data KTP dan rekening, meminta kode OTP, serta memungut biaya administrasi. Warga diminta mengecek informasi bansos hanya melalui kanal resmi."),
    ("Dinsos Jateng Minta Pendamping Sosial Ingatkan KPM soal Hoaks Bansos",
     "Dinas Sosial Jawa Tengah meminta pendamping sosial di seluruh kabupaten/kota mengingatkan keluarga penerima manfaat tentang hoaks pendaftaran bansos Rp 3,5 juta. {kadinsos}, menegaskan tidak ada pendaftaran bansos melalui tautan. Pendamping diminta aktif di grup-grup warga."),
    ("Literasi Digital Rendah, Hoaks Bansos Mudah Menyebar di Grup Keluarga",
     "Pengamat komunikasi menilai rendahnya literasi digital membuat hoaks bansos mudah menyebar di grup WhatsApp keluarga. Pesan yang menjanjikan uang tunai dan diberi tenggat membuat penerima terburu-buru membagikannya. Pemerintah diminta memperluas edukasi hingga tingkat RT."),
)  # fmt: skip

NEWS_SOURCES = (
    ("kabar-nusantara", 3),
    ("warta-kesra", 3),
    ("warta-jateng", 3),
    ("metro-semarang", 1.5),
    ("harian-rakyat-kota", 1),
)

LAPOR = (
    ("jateng", "Penipuan Berkedok Pendaftaran Bansos",
     "{siapa} saya tertipu pesan pendaftaran bansos Rp 3,5 juta. Setelah mengisi data di tautan, akun WhatsApp-nya diambil alih dan dipakai meminta uang ke keluarga. Mohon pemerintah segera menindak dan mengumumkan secara luas."),
    ("jateng", "Mohon Klarifikasi Bansos Rp 3,5 Juta",
     "Di desa kami beredar pesan pendaftaran bansos Rp 3,5 juta lewat tautan. Banyak warga sudah mengisi. Mohon klarifikasi resmi dari pemerintah apakah program ini benar ada."),
    ("jateng", "Situs Palsu Mengatasnamakan Kemensos Masih Aktif",
     "Situs pendaftaran bansos palsu yang mengatasnamakan Kemensos masih bisa diakses sampai sekarang. Mohon segera diblokir agar tidak ada korban baru."),
)  # fmt: skip
