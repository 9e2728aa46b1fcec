"""What the ``demo-bbm`` scenario says: the hashtags, the templates of the sampled posts,
replies, comments, news and complaints, and the scripts of the coordinated hashtag push.

Everything here is invented; the places are real, the events are not.
"""

from __future__ import annotations

TAGS = ("#TolakKenaikanBBM", "#BBMNaik", "#JatengMenggugat", "#Semarang")

REACT = (
    ("angry", "Bensin naik lagi, gaji segini-segini aja. Rakyat disuruh sabar terus"),
    ("angry", "Pertalite jadi 12rb?? Ojol makin boncos, tarif gak naik-naik"),
    ("", "Antre di {spbu} udah sampe jalan raya, semua pada ngisi sebelum naik"),
    ("angry", "Harga BBM naik = harga semua ikut naik. Siap-siap makan angin"),
    ("sad", "Nelayan udah susah dapet solar, sekarang naik lagi. Mau melaut pakai apa"),
    ("angry", "Katanya subsidi gak tepat sasaran, tapi yang kena duluan tetep rakyat kecil"),
    ("angry", "Angkot pasti naik tarif nih, anak sekolah yang kena"),
    ("", "Kenaikan BBM berlaku jam berapa sih? Mau ngisi full dulu"),
    ("", "Subsidi BBM kebanyakan dinikmati yang punya mobil. Asal bantalannya tepat sasaran, aku sih paham"),
    ("laugh", "Dompet: udah tipis. Pertalite: naik. Aku: jalan kaki aja deh"),
    ("angry", "Gaji UMK Semarang segitu, bensin naik 2rb. Hitung sendiri deh sebulan"),
    ("sad", "Bapakku sopir truk, pulang-pulang cuma bisa geleng kepala"),
)  # fmt: skip

CALL = (
    ("angry", "Kumpul di Simpang Lima {hari_aksi} jam {jam_aksi}! Kita kawal suara rakyat"),
    ("angry", "Kampus-kampus se-Semarang turun {hari_aksi}. Jangan cuma marah di medsos, ayo turun"),
    ("angry", "Buruh pabrik di Terboyo siap turun, upah gak naik BBM naik"),
    ("", "Semoga aksinya damai ya, jangan sampai ditunggangi"),
    ("", "Yang mau ke arah Jalan Pahlawan {hari_aksi}, mending cari jalan lain"),
    ("", "Demo terus, yang rugi pedagang sekitar. Mending audiensi aja"),
    ("", "Poster aksi udah nyebar di grup kampus, rame banget"),
    ("angry", "DPRD Jateng harus berani bersikap, jangan cuma duduk manis"),
    ("angry", "Rakyat kecil selalu jadi korban kebijakan. {hari_aksi} kita tunjukkan suara kita"),
    ("", "Dosen udah ngumumin kuliah {hari_aksi} daring, kayaknya tau banyak yang mau turun"),
)  # fmt: skip

LIVE = (
    ("good", "Massa udah penuh di {titik}, orasi bergantian"),
    ("angry", "Jalan Pahlawan lautan almamater 🔥"),
    ("", "Simpang Lima macet total, mending muter lewat {jalan_smg}"),
    ("", "Bus Trans Semarang koridor 1 dialihkan, nunggu di halte dari tadi gak lewat"),
    ("alert", "Katanya ada gas air mata di depan DPRD?? Ada yang di lokasi bisa konfirmasi?"),
    ("alert", "Temenku bilang ada yang ditangkep, bener gak sih?"),
    ("alert", "Pagar DPRD mau dirobohin massa, aparat mulai maju"),
    ("alert", "Ada yang pingsan, ambulans keluar masuk dari tadi"),
    ("", "Jangan percaya video lama yang diedarkan, itu demo tahun lalu"),
    ("angry", "Aparat represif banget, mahasiswa cuma nyampein aspirasi"),
    ("angry", "Demo boleh, ngerusak fasilitas umum jangan. Taman di Jalan Pahlawan jadi rusak"),
    ("angry", "Gubernur keluar dong temui mahasiswa, jangan sembunyi di dalam"),
    ("good", "Salut polisi bagi-bagi air minum ke mahasiswa, adem liatnya"),
    ("angry", "Ada yang bakar ban di {titik}, asap hitam di mana-mana"),
    ("", "Sinyal di sekitar Jalan Pahlawan lemot banget, susah update"),
    ("angry", "Kawan-kawan yang ditangkap harus dibebaskan! Menyampaikan pendapat dijamin UU"),
    ("alert", "Massa mulai mundur ke arah Simpang Lima, situasi masih tegang"),
    ("angry", "Yang provokasi itu bukan mahasiswa, mukanya gak pernah liat di kampus"),
)  # fmt: skip

AFTER = (
    ("angry", "Janji diteruskan ke pusat doang? Kita udah sering denger itu"),
    ("good", "Akhirnya gubernur mau nemuin perwakilan. Semoga bukan sekadar formalitas"),
    ("angry", "Yang ditangkap belum dilepas, aksi belum selesai"),
    ("", "Jalan Pahlawan udah dibuka lagi belum? Mau lewat"),
    ("angry", "Hoaks mahasiswa meninggal itu jahat banget, bikin panik orang tua"),
)  # fmt: skip

REPLIES = {
    "gov": (
        ("angry", "Damai itu kalau harga BBM turun pak"),
        ("angry", "Dialog terus, hasilnya mana?"),
        ("", "Pak, bantuan buat ojol itu daftarnya di mana?"),
        ("angry", "Sampaikan ke pusat, rakyat Jateng menolak!"),
        ("angry", "Janji diteruskan ke pusat, terus apa? Kemarin-kemarin juga gitu"),
        ("good", "Terima kasih pak sudah mau menemui mahasiswa"),
    ),
    "police": (
        ("angry", "Klarifikasi terus, yang kena gas air mata itu nyata"),
        ("good", "Terima kasih sudah meluruskan hoaks"),
        ("", "Videonya banyak kok min, tolong dicek lagi"),
        ("angry", "Tolong lepaskan kawan-kawan kami yang ditangkap"),
        ("", "Min, Jalan Pahlawan udah bisa dilewati?"),
        ("angry", "Aparat jangan represif!"),
        ("good", "Siap, terima kasih infonya"),
    ),
    "other": (
        ("angry", "Setuju, rakyat kecil yang selalu kena"),
        ("", "Ini sumbernya dari mana? Jangan asal sebar"),
        ("angry", "Lawan terus!"),
        ("", "Update terbaru gimana? Masih di lokasi?"),
        ("", "Hati-hati yang di lokasi, jaga diri"),
        ("angry", "Pemerintah harus denger suara ini"),
        ("", "Udah dibantah polisi loh, cek dulu sebelum share"),
    ),
}

GOV_HANDLES = {"humasjateng", "dprd_jateng", "diskominfo_jtg"}

POLICE_HANDLES = {"humaspoldajtg", "polrestabes_smg", "tmc_polrestabessmg"}

COMMENTS = (
    ("angry", "Pemprov jangan cuma imbau, sampaikan ke pusat! #TolakKenaikanBBM"),
    ("angry", "Turunkan harga BBM!"),
    ("angry", "Rakyat sudah susah, jangan ditambah susah"),
    ("good", "Semoga aksinya damai dan aspirasinya didengar"),
    ("angry", "Bantuan ojol cuma sekali, BBM naik selamanya"),
    ("", "Pak gubernur, kapan ketemu mahasiswa?"),
    ("angry", "#TolakKenaikanBBM #JatengMenggugat"),
    ("", "Untuk nelayan bantuannya seperti apa min?"),
    ("angry", "Komentar kritis dihapus ya min? Kok hilang"),
    ("good", "Terima kasih pak sudah mau menemui, semoga diperjuangkan"),
)  # fmt: skip

# (mood, text, about the rally itself)
TIKTOK = (
    ("angry", "Suasana demo di depan Gubernuran Jateng 🔥 #tolakkenaikanbbm #semarang", True),
    ("angry", "Orasi mahasiswa hari ini merinding 😭 #tolakkenaikanbbm #mahasiswa", True),
    ("", "Simpang Lima macet parah karena demo #semarang #infolalin", True),
    ("angry", "Mahasiswa vs aparat di Jalan Pahlawan #demo #semarang #fyp", True),
    ("laugh", "POV: kamu ojol dan bensin naik lagi 🥲 #ojol #bbmnaik", False),
    ("angry", "Harga BBM naik, rakyat bisa apa? #bbmnaik #fyp", False),
    ("", "Hitung-hitungan gaji UMR vs bensin naik, masih cukup gak? #bbmnaik #keuangan", False),
)  # fmt: skip

RALLY_COMMENTS = (
    ("angry", "Hidup mahasiswa!"), ("angry", "Lawan!!"), ("", "Ini jam berapa kak?"),
    ("good", "Semoga aman semua"), ("angry", "Aparatnya kok gitu"), ("laugh", "Kasian yang kejebak macet"),
    ("", "Masih rame gak sekarang?"), ("angry", "Turunkan harga BBM"),
)  # fmt: skip

PRICE_COMMENTS = (
    ("laugh", "Relate banget 😭"), ("angry", "Gaji gak naik-naik"), ("sad", "Mau kerja aja mahal"),
    ("", "Pertalite sekarang berapa kak?"), ("angry", "Rakyat kecil terus yang kena"), ("laugh", "Sepedaan aja gaes"),
)  # fmt: skip

NEWS_T = (
    (44, 12, "Harga Kebutuhan Pokok di Pasar Semarang Mulai Merangkak Naik Usai BBM Naik",
     "Harga sejumlah kebutuhan pokok di pasar tradisional Semarang mulai naik setelah harga BBM bersubsidi naik. Pedagang beralasan ongkos angkut dari distributor ikut naik. Harga telur ayam naik menjadi Rp{#29-32} ribu per kilogram."),
    (46, 20, "Organda Jateng Minta Tarif Angkutan Umum Disesuaikan",
     "Organisasi Angkutan Darat (Organda) Jawa Tengah meminta pemerintah daerah segera menyesuaikan tarif angkutan umum setelah kenaikan harga BBM. Tanpa penyesuaian, pengusaha angkutan mengaku merugi. Dinas Perhubungan menyatakan sedang menghitung tarif baru."),
    (40, 10, "DPRD Jateng Siap Terima Perwakilan Massa Aksi Tolak BBM",
     "DPRD Jawa Tengah menyatakan siap menerima perwakilan mahasiswa dan buruh yang akan berunjuk rasa menolak kenaikan BBM. {ketuadprd}, meminta aksi berlangsung damai. Dewan akan meneruskan aspirasi kepada pemerintah pusat."),
    (30, 9, "Pemprov Jateng Siapkan Bantuan untuk Ojol dan Nelayan Terdampak Kenaikan BBM",
     "Pemprov Jawa Tengah menyiapkan bantuan bagi pengemudi ojek daring, nelayan kecil, dan sopir angkutan umum yang terdampak kenaikan harga BBM. Data penerima akan dihimpun dari kabupaten/kota. Bantuan ditargetkan cair dalam dua pekan."),
    (9, 0, "Arus Lalu Lintas di Sekitar Simpang Lima Dialihkan Selama Aksi Tolak BBM",
     "Arus lalu lintas di sekitar Simpang Lima dan Jalan Pahlawan, Semarang, dialihkan selama aksi menolak kenaikan BBM. {kasatlantas}, meminta pengendara menghindari kawasan tersebut. Kemacetan terjadi di Jalan Pandanaran dan Jalan Gajahmada."),
    (9, 0, "Orasi Bergantian di Depan Gubernuran, Massa Tuntut Kenaikan BBM Dibatalkan",
     "Perwakilan mahasiswa dan buruh bergantian berorasi di depan kantor Gubernur Jawa Tengah. Mereka menuntut pemerintah membatalkan kenaikan harga BBM dan memperbaiki penyaluran subsidi. Massa juga meminta gubernur keluar menemui mereka."),
    (6, 0, "Pedagang di Sekitar Jalan Pahlawan Tutup Lebih Awal Saat Aksi Memanas",
     "Sejumlah pedagang di sekitar Jalan Pahlawan menutup lapak lebih awal setelah aksi menolak kenaikan BBM memanas. Mereka khawatir dagangan rusak. Sebagian mengaku omzet turun drastis hari ini."),
    (5, 0, "Aliansi Mahasiswa Tuntut Rekan yang Diamankan Polisi Dibebaskan",
     "Aliansi Semarang Menggugat menuntut polisi membebaskan peserta aksi yang diamankan. Mereka menyebut rekan-rekannya tidak terlibat kericuhan. Polisi menyatakan pemeriksaan dilakukan sesuai prosedur dan yang tidak terbukti akan dipulangkan."),
)  # fmt: skip

NEWS_SOURCES = (
    ("warta-jateng", 4),
    ("metro-semarang", 4),
    ("harian-rakyat-kota", 3),
    ("kabar-nusantara", 2),
    ("suara-pantura", 1),
)

LAPOR = (
    ("Tarif Angkot Naik Sepihak", "Sejak harga BBM naik, sopir angkot jurusan {jalan_smg} menaikkan tarif sepihak dari Rp5.000 menjadi Rp8.000. Belum ada tarif resmi. Mohon penertiban."),
    ("Antrean Solar Nelayan di SPBN", "Nelayan kesulitan mendapat solar di SPBN karena antrean panjang dan kuota terbatas. Mohon penambahan kuota solar untuk nelayan kecil."),
    ("Taman Kota Rusak Setelah Aksi", "Taman dan pot bunga di sepanjang Jalan Pahlawan rusak setelah aksi unjuk rasa. Mohon segera diperbaiki dan dibersihkan."),
    ("Bantuan Ojol Terdampak BBM", "Saya pengemudi ojek daring. Bagaimana cara mendaftar bantuan untuk ojol terdampak kenaikan BBM yang diumumkan Pemprov? Mohon informasinya."),
)  # fmt: skip

# coordinated push: one script per wave, lightly mutated per account
BUZZ_SCRIPTS = (
    "Rakyat sudah cukup menderita! Kenaikan BBM hanya menambah beban wong cilik. Saatnya turun ke jalan, kepung Gubernuran! #TolakKenaikanBBM #JatengMenggugat",
    "Pemerintah tuli, rakyat harus bersuara! {hari_aksi} semua ke Jalan Pahlawan, jangan takut! BBM naik = rakyat mati pelan-pelan #TolakKenaikanBBM #JatengMenggugat",
    "Aparat mulai represif ke mahasiswa! Viralkan! Jangan biarkan suara rakyat dibungkam! #TolakKenaikanBBM #JatengMenggugat #UsutTuntas",
)  # fmt: skip
