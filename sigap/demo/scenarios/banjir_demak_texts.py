"""What the ``banjir-demak`` scenario says: the figures people quote, the hand-written
appeals and press releases, and the templates of the sampled posts, news and complaints.

Everything here is invented; the villages are real places, the events are not.
"""

from __future__ import annotations

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
