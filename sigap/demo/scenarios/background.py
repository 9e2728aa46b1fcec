"""Background: 14 days of routine news, posts and complaints, for baselines.

Mixed sentiment, every channel, a handful of English (``en``) and Javanese (``jv``) posts.
"""

from __future__ import annotations

from .common import KNOWN, Gen, emojis, hashtags, retweet, roughen
from .vocab import COMMON_SLOTS, KAB

KEY = "background"
HOURS = 14 * 24
COUNT = 930

SLOTS = dict(COMMON_SLOTS)

NEWS_SOURCES = {
    "jateng": (
        ("warta-jateng", 5),
        ("metro-semarang", 3),
        ("harian-rakyat-kota", 2),
        ("suara-pantura", 1),
    ),
    "demak": (("demak-terkini", 4), ("suara-pantura", 4), ("warta-jateng", 1)),
    "kemensos": (("kabar-nusantara", 4), ("warta-kesra", 4), ("warta-jateng", 1)),
}

# (office, dateline city, title, lead)
NEWS = (
    # --- pelayanan publik
    ("jateng", "Semarang", "MPP Kabupaten {kab} Layani Rata-rata {#180-950} Warga per Hari",
     "Mal Pelayanan Publik (MPP) Kabupaten {kab} kini melayani rata-rata {#180-950} warga setiap hari. Sebanyak {#12-38} instansi membuka gerai di satu gedung, mulai dari Dukcapil, Samsat, hingga BPJS Kesehatan. {kapmptsp}, menyebut layanan terpadu itu memangkas waktu antre warga hingga separuhnya."),
    ("jateng", "Semarang", "Samsat Keliling Hadir di {#12-40} Titik, Warga Diminta Manfaatkan Pemutihan Denda",
     "Pemprov Jawa Tengah memperpanjang program pemutihan denda pajak kendaraan bermotor hingga akhir bulan. Layanan Samsat keliling disiagakan di {#12-40} titik, termasuk pasar dan kantor kecamatan. Hingga pekan ini tercatat {#40000-160000} kendaraan telah memanfaatkan program tersebut."),
    ("jateng", "{kab}", "Antrean Perekaman KTP-el di {kab} Mengular, Dukcapil Tambah Jam Layanan",
     "Antrean perekaman KTP elektronik di kantor Dukcapil Kabupaten {kab} mengular sejak pagi, {hari} {tgl}. Sebagian warga mengaku sudah datang sejak pukul 05.00 untuk mendapat nomor antrean. Dukcapil menambah jam layanan hingga sore dan membuka perekaman di kecamatan mulai pekan depan."),
    ("jateng", "Semarang", "Pemprov Jateng Luncurkan Kanal Aduan Terpadu Lewat WhatsApp",
     "Pemerintah Provinsi Jawa Tengah meluncurkan kanal aduan terpadu yang terhubung dengan SP4N-LAPOR! melalui WhatsApp. Warga cukup mengirim foto dan lokasi, lalu aduan diteruskan ke dinas terkait. {kadiskominfo}, menargetkan setiap aduan mendapat tanggapan paling lama tiga hari kerja."),
    ("jateng", "Semarang", "Survei Kepuasan Layanan Publik Jateng Naik Jadi {~80-89} Persen",
     "Indeks kepuasan masyarakat terhadap layanan publik di lingkungan Pemprov Jawa Tengah naik menjadi {~80-89} persen. Kenaikan terbesar terjadi pada layanan perizinan dan kesehatan. Meski begitu, keluhan soal lamanya respons aduan jalan rusak masih mendominasi."),
    # --- infrastruktur
    ("jateng", "Semarang", "Perbaikan Ruas {jalan_daerah} Ditarget Rampung Sebelum Musim Hujan Puncak",
     "Perbaikan ruas {jalan_daerah} sepanjang {~2-14} kilometer ditargetkan rampung sebelum puncak musim hujan. {kadispu}, mengatakan pekerjaan dilakukan bertahap agar arus lalu lintas tidak lumpuh. Pengendara diimbau berhati-hati karena sebagian lajur ditutup."),
    ("jateng", "Semarang", "Jalan Berlubang di {jalan_daerah} Dikeluhkan, Sudah Telan Korban Pengendara Motor",
     "Kerusakan jalan di {jalan_daerah} kembali dikeluhkan warga setelah seorang pengendara motor terjatuh akibat lubang yang tertutup genangan. Warga menyebut kerusakan sudah berlangsung berbulan-bulan. Dinas terkait berjanji menambal lubang dalam sepekan sambil menunggu anggaran perbaikan permanen."),
    ("jateng", "Semarang", "Progres Tol Semarang–Demak Seksi Tanggul Laut Capai {#40-78} Persen",
     "Pembangunan jalan tol Semarang–Demak yang sekaligus berfungsi sebagai tanggul laut telah mencapai {#40-78} persen. Proyek ini diharapkan mengurangi dampak rob di pesisir Sayung dan Kota Semarang. Pemprov meminta kontraktor memperhatikan akses warga selama pekerjaan berlangsung."),
    ("jateng", "{kab}", "Jembatan Penghubung Dua Desa di {kab} Ambrol, Warga Memutar {#3-12} Kilometer",
     "Jembatan penghubung dua desa di Kabupaten {kab} ambrol setelah fondasinya tergerus arus sungai. Warga kini harus memutar sejauh {#3-12} kilometer untuk menuju pasar dan sekolah. Pemkab menyiapkan jembatan darurat sambil mengusulkan bantuan keuangan provinsi."),
    ("jateng", "Semarang", "BRT Trans Jateng Tambah Armada di Koridor Semarang–Kendal",
     "Dinas Perhubungan Jawa Tengah menambah {#4-10} armada BRT Trans Jateng di koridor Semarang–Kendal. Penambahan ini untuk memangkas waktu tunggu penumpang pada jam sibuk. {kadishub}, menyebut okupansi koridor tersebut sudah melampaui 90 persen."),
    # --- kesehatan
    ("jateng", "{kab}", "Kasus DBD di {kab} Naik, Dinkes Minta Warga Galakkan PSN",
     "Kasus demam berdarah dengue (DBD) di Kabupaten {kab} naik menjadi {#40-260} kasus sejak awal tahun. Dinas Kesehatan meminta warga menggalakkan pemberantasan sarang nyamuk (PSN) dengan gerakan 3M Plus. Fogging hanya dilakukan di lokasi yang memenuhi kriteria penyelidikan epidemiologi."),
    ("jateng", "Semarang", "Prevalensi Stunting Jateng Turun, Tujuh Daerah Masih di Atas Rata-rata",
     "Prevalensi stunting di Jawa Tengah turun menjadi {~14-19} persen berdasarkan survei terbaru. Namun tujuh kabupaten masih berada di atas rata-rata provinsi. {kadinkes}, meminta posyandu memperketat pemantauan tumbuh kembang balita."),
    ("jateng", "{kab}", "Puskesmas di {kab} Buka Layanan Malam, Warga Sambut Positif",
     "Sejumlah puskesmas di Kabupaten {kab} kini membuka layanan hingga pukul 21.00. Kebijakan ini menyasar pekerja pabrik dan buruh tani yang tidak bisa berobat pada jam kerja. Warga menyambut positif, meski meminta jumlah dokter jaga ditambah."),
    ("jateng", "Semarang", "Imunisasi Polio Tahap Kedua Sasar {#300000-900000} Anak di Jawa Tengah",
     "Dinas Kesehatan Jawa Tengah memulai imunisasi polio tahap kedua yang menyasar {#300000-900000} anak. Orang tua diminta membawa anak ke posyandu, puskesmas, atau sekolah terdekat. Vaksin dinyatakan aman dan gratis."),
    # --- UMKM dan ekonomi
    ("jateng", "Semarang", "Pameran UMKM Jateng di Semarang Bukukan Transaksi Rp {~1-9} Miliar",
     "Pameran UMKM Jawa Tengah yang digelar selama empat hari di Semarang membukukan transaksi sekitar Rp {~1-9} miliar. Produk {umkm} dan olahan pangan menjadi yang paling laris. {kadinkop}, mendorong pelaku usaha memperluas pemasaran lewat lokapasar."),
    ("jateng", "{kab}", "Perajin {umkm} di {kab} Kebanjiran Pesanan Ekspor",
     "Perajin {umkm} di Kabupaten {kab} kebanjiran pesanan dari luar negeri menjelang akhir tahun. Seorang perajin mengaku harus menambah {#5-30} pekerja harian untuk mengejar tenggat. Mereka berharap pemerintah membantu sertifikasi dan akses permodalan."),
    ("jateng", "Semarang", "Harga Beras Medium di Pasar Tradisional Jateng Mulai Turun",
     "Harga beras medium di sejumlah pasar tradisional Jawa Tengah mulai turun seiring panen di sentra produksi. Di Pasar Johar, harga berkisar Rp {#11800-13500} per kilogram. Pemprov tetap menggelar operasi pasar di daerah yang harganya masih tinggi."),
    ("jateng", "{kab}", "Petani {kab} Keluhkan Pupuk Bersubsidi Langka Saat Musim Tanam",
     "Petani di Kabupaten {kab} mengeluhkan sulitnya mendapat pupuk bersubsidi saat memasuki musim tanam. Sebagian terpaksa membeli pupuk nonsubsidi dengan harga dua kali lipat. Dinas pertanian menyebut alokasi kuota sedang diajukan ulang."),
    ("jateng", "Semarang", "Inflasi Jawa Tengah Terkendali di {~1-3} Persen",
     "Inflasi tahunan Jawa Tengah tercatat {~1-3} persen, masih dalam rentang sasaran. Komoditas cabai dan bawang merah menjadi penyumbang utama. Tim pengendali inflasi daerah akan memperbanyak gerakan pangan murah."),
    # --- pariwisata dan budaya
    ("jateng", "Semarang", "Kunjungan Wisatawan ke {wisata} Naik Selama Libur Panjang",
     "Kunjungan wisatawan ke {wisata} naik signifikan selama libur panjang. Pengelola mencatat sekitar {#8000-45000} pengunjung dalam tiga hari. {kadisporapar}, meminta pengelola menjaga kebersihan dan keamanan pengunjung."),
    ("jateng", "Semarang", "Festival Kuliner Pantura Hadirkan {kuliner} hingga Kopi Muria",
     "Festival kuliner pantura digelar di Semarang dengan menghadirkan {#60-150} stan. Menu khas seperti {kuliner} menjadi buruan pengunjung sejak hari pertama. Panitia menargetkan perputaran uang lebih dari Rp {~1-4} miliar."),
    ("jateng", "Jepara", "Akses Kapal ke Karimunjawa Kembali Normal Setelah Cuaca Membaik",
     "Pelayaran dari Pelabuhan Kartini Jepara menuju Karimunjawa kembali normal setelah sempat dihentikan karena gelombang tinggi. Ratusan wisatawan yang tertahan akhirnya bisa pulang. Syahbandar mengingatkan agar penumpang selalu memantau prakiraan cuaca maritim."),
    # --- pendidikan
    ("jateng", "Semarang", "Disdikbud Jateng Buka Posko Aduan PPDB di Setiap Cabang Dinas",
     "Dinas Pendidikan dan Kebudayaan Jawa Tengah membuka posko aduan penerimaan peserta didik baru (PPDB) di setiap cabang dinas. Posko menerima keluhan soal sistem zonasi, jalur afirmasi, hingga dugaan pungutan. {kadisdik}, memastikan setiap aduan ditindaklanjuti."),
    ("jateng", "{kab}", "Atap Ruang Kelas SD di {kab} Ambruk, Siswa Belajar di Teras",
     "Atap dua ruang kelas sebuah SD negeri di Kabupaten {kab} ambruk dini hari. Tidak ada korban karena kejadian di luar jam sekolah. Untuk sementara, siswa belajar di teras dan ruang guru sambil menunggu perbaikan."),
    ("jateng", "Semarang", "{#1200-4800} Pelajar Terima Beasiswa Pendidikan dari Pemprov Jateng",
     "Sebanyak {#1200-4800} pelajar dan mahasiswa dari keluarga kurang mampu menerima beasiswa dari Pemprov Jawa Tengah. Bantuan diberikan untuk biaya pendidikan dan perlengkapan sekolah. Penerima dipilih berdasarkan data terpadu kesejahteraan sosial."),
    # --- olahraga
    ("jateng", "Semarang", "Semarang Night Run 10K Diikuti {#3000-8000} Pelari",
     "Ajang Semarang Night Run 10K diikuti {#3000-8000} pelari dari berbagai daerah. Rute melintasi {jalan_smg} dan kawasan Kota Lama. Sejumlah ruas jalan ditutup sementara selama lomba berlangsung."),
    ("jateng", "{kab}", "Porprov Jateng: Kontingen {kab} Target Masuk Lima Besar",
     "Kontingen Kabupaten {kab} menargetkan masuk lima besar pada Pekan Olahraga Provinsi (Porprov) Jawa Tengah. Sebanyak {#150-420} atlet disiapkan untuk {#20-35} cabang olahraga. Pemkab menjanjikan bonus bagi peraih medali emas."),
    ("jateng", "Kudus", "Laskar Pantura FC Tundukkan Tamu 2-1 di Stadion Wergu Wetan",
     "Laskar Pantura FC meraih kemenangan 2-1 atas tamunya dalam lanjutan liga regional di Stadion Wergu Wetan, Kudus. Gol penentu tercipta di menit-menit akhir lewat sundulan. Ribuan suporter memadati stadion sejak sore."),
    # --- lingkungan
    ("jateng", "Semarang", "Rob Kembali Rendam Pesisir Sayung dan Tambaklorok",
     "Banjir rob kembali merendam permukiman pesisir Sayung, Demak, dan Tambaklorok, Semarang. Ketinggian air mencapai {#20-60} sentimeter di beberapa titik. BMKG memperkirakan pasang maksimum masih terjadi hingga beberapa hari ke depan."),
    ("jateng", "{kab}", "TPA di {kab} Overkapasitas, Pemkab Siapkan Pengolahan Sampah Jadi RDF",
     "Tempat pemrosesan akhir (TPA) sampah di Kabupaten {kab} sudah melebihi kapasitas. Pemkab menyiapkan fasilitas pengolahan sampah menjadi bahan bakar alternatif (RDF). Warga diminta memilah sampah dari rumah."),
    # --- Demak
    ("demak", "Demak", "Bupati Demak Resmikan Pasar Rakyat {kec} Usai Direvitalisasi",
     "{bupati}, meresmikan Pasar Rakyat {kec} yang selesai direvitalisasi. Pasar kini memiliki {#120-300} kios dan los yang lebih tertata. Bupati meminta pedagang menjaga kebersihan agar pembeli nyaman."),
    ("demak", "Demak", "Ziarah ke Makam Sunan Kalijaga Padat, Dishub Demak Atur Arus Bus",
     "Peziarah ke Makam Sunan Kalijaga di Kadilangu, Demak, meningkat pada akhir pekan. Dinas Perhubungan mengatur arus bus pariwisata agar tidak menumpuk di jalan kota. Parkir bus dipusatkan di terminal dan kantong parkir yang disediakan."),
    ("demak", "Demak", "Pemkab Demak Percepat Penanganan Rob di Sayung",
     "Pemkab Demak mempercepat penanganan rob di Kecamatan Sayung dengan meninggikan jalan desa dan membangun rumah pompa. {sekdakab}, menyebut anggaran berasal dari APBD dan bantuan provinsi. Warga berharap pekerjaan tidak molor seperti tahun lalu."),
    ("demak", "Demak", "Harga Gabah di Demak Anjlok Saat Panen Raya, Petani Mengeluh",
     "Harga gabah kering panen di sejumlah kecamatan di Demak anjlok menjadi Rp {#5200-5900} per kilogram saat panen raya. Petani di {kec} mengaku merugi karena biaya produksi naik. Dinas pertanian meminta Bulog memperbanyak serapan."),
    ("demak", "Demak", "Dinkes Demak Gelar Posyandu Serentak untuk Cegah Stunting",
     "Dinas Kesehatan Demak menggelar posyandu serentak di {#400-620} titik untuk mempercepat penurunan stunting. Balita ditimbang, diukur, dan diberi makanan tambahan. {kadinkesdemak}, meminta ibu hamil rutin memeriksakan kandungan."),
    ("demak", "Demak", "Warga {kec} Keluhkan Jalan Desa Rusak, Pemkab Janji Perbaikan Tahun Ini",
     "Warga Kecamatan {kec}, Demak, mengeluhkan kerusakan jalan desa yang menjadi akses utama ke pasar. Saat hujan, jalan berubah menjadi kubangan lumpur. Pemkab Demak menyatakan ruas tersebut masuk daftar perbaikan tahun ini."),
    ("demak", "Demak", "Tanggul Sungai Wulan Dipantau Jelang Puncak Musim Hujan",
     "BPBD Demak bersama BBWS Pemali Juana memantau kondisi tanggul Sungai Wulan menjelang puncak musim hujan. Beberapa titik kritis di Kecamatan Karanganyar dan Gajah ditandai untuk diperkuat. {kalak}, meminta warga bantaran melapor bila melihat rembesan."),
    ("demak", "Demak", "Festival Grebeg Besar Demak Siap Digelar, Ribuan Pengunjung Diperkirakan Datang",
     "Pemkab Demak menyiapkan Festival Grebeg Besar dengan rangkaian kirab budaya dan pasar malam. Ribuan pengunjung dari luar daerah diperkirakan datang. Panitia menyiapkan kantong parkir dan posko kesehatan."),
    # --- Kemensos
    ("kemensos", "Jakarta", "Kemensos Salurkan PKH Tahap Berjalan kepada {~8-10} Juta KPM",
     "Kementerian Sosial menyalurkan bantuan Program Keluarga Harapan (PKH) tahap berjalan kepada sekitar {~8-10} juta keluarga penerima manfaat (KPM). Penyaluran dilakukan melalui bank Himbara dan PT Pos Indonesia. {dirjen}, meminta KPM memanfaatkan bantuan untuk pendidikan dan gizi anak."),
    ("kemensos", "Jakarta", "Kemensos Mutakhirkan Data Penerima Bansos, Warga Bisa Usul Lewat Desa",
     "Kementerian Sosial memutakhirkan data penerima bantuan sosial agar lebih tepat sasaran. Warga yang merasa layak namun belum terdaftar dapat mengusulkan diri melalui musyawarah desa atau kelurahan. Pemutakhiran dilakukan bersama pemerintah daerah setiap bulan."),
    ("kemensos", "Jakarta", "Kemensos Gelar Operasi Pasar Sembako Murah untuk Lansia di {#20-60} Titik",
     "Kementerian Sosial menggelar operasi pasar sembako murah khusus lansia di {#20-60} titik di Pulau Jawa. Setiap lansia mendapat paket beras, minyak goreng, dan gula dengan harga separuh dari harga pasar. Kegiatan ini melibatkan pendamping sosial di daerah."),
    ("kemensos", "Jakarta", "Tagana Kemensos Siagakan Lumbung Sosial Jelang Puncak Musim Hujan",
     "Kementerian Sosial menyiagakan lumbung sosial dan Taruna Siaga Bencana (Tagana) di daerah rawan banjir menjelang puncak musim hujan. Lumbung berisi makanan siap saji, selimut, tenda, dan perlengkapan dapur umum. Jawa Tengah menjadi salah satu provinsi prioritas."),
    ("kemensos", "Jakarta", "Penyandang Disabilitas di {kab} Terima Alat Bantu dari Kemensos",
     "Sebanyak {#40-180} penyandang disabilitas di Kabupaten {kab} menerima alat bantu dari Kementerian Sosial berupa kursi roda, kaki palsu, dan alat bantu dengar. {dirrehsos}, menyebut bantuan diberikan berdasarkan asesmen pekerja sosial. Pemkab diminta memastikan penerima mendapat pendampingan."),
    ("kemensos", "Jakarta", "BPNT Cair Lewat Kantor Pos, KPM Diminta Bawa KTP dan Undangan",
     "Bantuan Pangan Non Tunai (BPNT) mulai dicairkan melalui kantor pos di sejumlah daerah. Keluarga penerima manfaat diminta membawa KTP, kartu keluarga, dan surat undangan. Kemensos menegaskan pencairan tidak dipungut biaya apa pun."),
    ("kemensos", "Jakarta", "Kemensos Ingatkan Pendamping PKH Tak Boleh Potong Bantuan",
     "Kementerian Sosial mengingatkan pendamping PKH agar tidak memotong atau meminta imbalan dari bantuan yang diterima KPM. Pelanggaran dapat berujung pemberhentian dan proses hukum. Warga diminta melapor bila menemukan pemotongan."),
    ("kemensos", "Semarang", "Dinsos Jateng dan Kemensos Verifikasi Ulang {#20000-90000} Data Penerima Bansos",
     "Dinas Sosial Jawa Tengah bersama Kementerian Sosial memverifikasi ulang {#20000-90000} data penerima bansos yang terindikasi tidak layak. Verifikasi dilakukan dengan kunjungan rumah oleh pendamping sosial. {kadinsos}, menyebut hasilnya akan diumumkan di kantor desa."),
)  # fmt: skip

FACT_CHECKS = (
    ("[HOAKS] Video Banjir Bandang Disebut Terjadi di {kab}, Ternyata Rekaman Lama",
     "Sebuah video banjir bandang yang menghanyutkan mobil beredar dengan narasi terjadi di Kabupaten {kab} pekan ini. Hasil penelusuran gambar menunjukkan video itu telah diunggah beberapa tahun lalu dan berasal dari luar Jawa Tengah. BPBD setempat memastikan tidak ada banjir bandang di wilayahnya."),
    ("[SALAH] Pemprov Jateng Gratiskan Pajak Kendaraan Seumur Hidup",
     "Beredar unggahan yang menyebut Pemprov Jawa Tengah menggratiskan pajak kendaraan bermotor seumur hidup bagi kendaraan di atas sepuluh tahun. Klaim tersebut salah. Program yang berlaku adalah pemutihan denda pajak dengan batas waktu tertentu."),
    ("[PENIPUAN] Lowongan Kerja Mengatasnamakan Pemprov Jateng Minta Biaya Pendaftaran",
     "Lowongan kerja tenaga kontrak yang mengatasnamakan Pemprov Jawa Tengah beredar di media sosial dan meminta biaya pendaftaran Rp250.000. Pemprov memastikan tidak membuka rekrutmen tersebut. Setiap rekrutmen resmi diumumkan melalui situs pemerintah dan tidak dipungut biaya."),
    ("[HOAKS] Pesan Berantai Sebut Vaksin Polio Sebabkan Kelumpuhan",
     "Pesan berantai yang menyebut vaksin polio tetes menyebabkan kelumpuhan pada anak kembali beredar di grup WhatsApp. Klaim ini tidak didukung bukti ilmiah. Dinas Kesehatan menegaskan vaksin polio aman dan justru mencegah kelumpuhan akibat virus polio."),
    ("[KONTEKS KELIRU] Foto Jalan Rusak Disebut di {kab}, Padahal Lokasi Lain",
     "Foto jalan rusak parah yang diklaim berada di Kabupaten {kab} ramai dibagikan. Penelusuran menunjukkan foto tersebut diambil di provinsi lain. Meski demikian, keluhan jalan rusak di sejumlah ruas di {kab} memang pernah diberitakan."),
    ("[HOAKS] Akun WhatsApp Mengatasnamakan Bupati Demak Minta Sumbangan",
     "Sebuah akun WhatsApp berfoto profil Bupati Demak menghubungi sejumlah kepala sekolah dan meminta sumbangan untuk kegiatan sosial. Pemkab Demak memastikan akun tersebut palsu. Warga diminta tidak menanggapi dan melaporkan nomor tersebut."),
)  # fmt: skip

# (office, region, mood, template, hashtags) for short posts
SOCIAL = (
    # pelayanan publik
    ("jateng", "semarang", "good", "Bikin KTP-el di MPP cuma {#15-40} menit, petugasnya ramah pula. Salut {@gov}", ()),
    ("jateng", "", "angry", "Antre di Dukcapil dari subuh, jam 10 baru dipanggil. Sistemnya tolong dibenahi dong", ()),
    ("jateng", "", "good", "Alhamdulillah bayar pajak motor sekarang bisa lewat aplikasi, gak perlu antre di Samsat lagi", ("#PajakKendaraan",)),
    ("jateng", "", "angry", "Lapor jalan rusak udah 3 bulan gak ada respon. Buat apa ada kanal aduan kalau dicuekin {@gov}", ("#JalanRusak",)),
    ("jateng", "", "", "Ada yang tau Samsat keliling minggu ini di mana aja? Mau bayar pajak tapi males ke kantor", ()),
    ("jateng", "", "good", "Pemutihan denda pajak kendaraan diperpanjang. Lumayan banget buat yang nunggak kayak aku", ("#Jateng",)),
    # infrastruktur
    ("jateng", "", "angry", "{jalan_daerah} rusaknya parah banget, lubangnya kayak kolam lele. Udah ada yg jatuh lagi semalem", ("#JalanRusak", "#Jateng")),
    ("jateng", "semarang", "angry", "Kaligawe banjir lagi, truk mogok di tengah jalan. Tiap hujan dikit pasti gini", ("#Semarang",)),
    ("jateng", "semarang", "good", "Jalan {jalan_smg} sekarang mulus, lampunya juga terang. Makasih pemkot & pemprov", ()),
    ("jateng", "demak", "", "Proyek tol Semarang–Demak kapan kelarnya ya? Tiap lewat Sayung macet parah", ("#Sayung",)),
    ("jateng", "", "angry", "Lampu PJU di {jalan_daerah} mati semua, gelap gulita. Rawan begal ini {@gov}", ()),
    ("jateng", "", "good", "Naik BRT Trans Jateng Semarang–Kendal cuma 4rb, adem, tepat waktu. Mantap", ("#TransJateng",)),
    # kesehatan
    ("jateng", "", "sad", "Anakku kena DBD, udah 4 hari dirawat. Di kampung banyak yg kena juga, tolong fogging {@gov}", ("#DBD",)),
    ("jateng", "", "good", "Puskesmas deket rumah sekarang buka sampe malam, enak buat yg kerja pabrik", ()),
    ("jateng", "", "angry", "Berobat pakai BPJS disuruh balik besok terus, alasannya kuota habis. Rakyat kecil dipersulit", ("#BPJS",)),
    ("jateng", "", "", "Jadwal imunisasi polio di posyandu {dukuh} hari apa ya? Ada yg tau?", ()),
    # UMKM, ekonomi
    ("jateng", "", "good", "Produk {umkm} temenku dipajang di pameran UMKM Jateng, laku keras. Bangga!", ("#UMKMJateng", "#BanggaBuatanIndonesia")),
    ("jateng", "", "angry", "Harga cabe di pasar naik lagi, emak2 pusing. Operasi pasarnya mana", ("#HargaCabai",)),
    ("jateng", "", "angry", "Pupuk subsidi langka pas musim tanam, tiap tahun kok masalahnya sama terus", ("#PupukSubsidi",)),
    ("jateng", "", "", "Ada info lowongan kerja di kawasan industri Kendal gak gaes?", ()),
    # pariwisata, kuliner
    ("jateng", "semarang", "good", "Sore-sore jalan di {wisata}, vibes-nya dapet banget", ("#Semarang", "#WisataJateng")),
    ("jateng", "", "good", "Wajib coba {kuliner} kalau mampir ke sini, enak pol", ("#KulinerJateng",)),
    ("jateng", "", "angry", "Parkir di {wisata} 10rb, mahal amat. Pungli apa resmi nih?", ()),
    ("jateng", "jepara", "", "Kapal ke Karimunjawa besok jalan gak ya? Katanya gelombang tinggi", ("#Karimunjawa",)),
    # pendidikan
    ("jateng", "", "angry", "PPDB zonasi bikin stres. Rumah deket sekolah malah gak ketrima, yg jauh masuk", ("#PPDBJateng",)),
    ("jateng", "", "sad", "Atap kelas SD ambruk, anak2 belajar di teras. Miris", ("#Pendidikan",)),
    ("jateng", "", "good", "Alhamdulillah adikku dapet beasiswa dari pemprov. Makasih {@gov}", ()),
    # olahraga
    ("jateng", "semarang", "good", "Finish Semarang Night Run 10K! Rutenya lewat Kota Lama, cakep banget", ("#SemarangNightRun",)),
    ("jateng", "kudus", "good", "Laskar Pantura menang lagiii! Wergu Wetan pecah malam ini", ("#LaskarPantura",)),
    ("jateng", "", "", "Porprov Jateng tahun ini cabor apa aja sih yg dipertandingkan?", ("#Porprov",)),
    # lingkungan
    ("jateng", "demak", "sad", "Rob di Sayung makin parah, rumah warga tinggal separuh. Sampai kapan gini terus", ("#Rob", "#Sayung")),
    ("jateng", "semarang", "angry", "Sampah numpuk di pinggir jalan udah seminggu gak diangkut. Bau banget", ()),
    # Demak
    ("demak", "demak", "good", "Pasar {kec} habis direnovasi jadi bersih dan rapi. Semoga terawat", ("#Demak",)),
    ("demak", "demak", "angry", "Jalan desa di {kec} kalau hujan jadi kubangan. Pemkab Demak kemana aja {@gov}", ("#Demak",)),
    ("demak", "demak", "sad", "Harga gabah anjlok pas panen, petani Demak rugi terus. Bulog mana nih", ("#Petani",)),
    ("demak", "demak", "", "Ziarah ke Kadilangu hari Minggu ramai gak ya? Mau bawa rombongan", ()),
    ("demak", "demak", "good", "Posyandu di {dukuh} tadi rame, bidannya telaten. Mantap bu bidan", ()),
    ("demak", "demak", "", "Tanggul Wulan di belakang kampung kok kayak makin tipis ya, semoga aman musim hujan ini", ("#Demak",)),
    # Kemensos
    ("kemensos", "", "angry", "Tetangga punya mobil dapet PKH, aku yg janda anak 3 gak dapet. Data bansos ngawur {@gov}", ("#Bansos",)),
    ("kemensos", "", "good", "Alhamdulillah BPNT udah cair di kantor pos, prosesnya cepat", ("#BPNT",)),
    ("kemensos", "", "", "Cara cek penerima bansos gimana ya? Ada link resminya?", ("#CekBansos",)),
    ("kemensos", "", "angry", "Pendamping PKH di desaku minta 'uang terima kasih' 50rb tiap pencairan. Ini boleh?", ("#PKH",)),
    ("kemensos", "", "good", "Lihat bapak2 disabilitas dapet kursi roda baru dari Kemensos, terharu", ()),
    ("kemensos", "", "", "PKH tahap ini cairnya kapan sih, ada yg udah?", ("#PKH", "#Bansos")),
)  # fmt: skip

GOV_POSTS = (
    ("humasjateng", "jateng", "#SobatJateng, pemutihan denda pajak kendaraan bermotor diperpanjang hingga akhir bulan. Manfaatkan Samsat keliling terdekat ya! Info lokasi: samsat.jatengprov.example"),
    ("humasjateng", "jateng", "Selamat pagi #SobatJateng! Aduan layanan publik kini bisa dikirim lewat WhatsApp dan terhubung ke SP4N-LAPOR!. Kirim foto + lokasi, kami teruskan ke dinas terkait."),
    ("humasjateng", "jateng", "Pameran UMKM Jateng hari ke-{#2-4}! Yuk mampir, ada {umkm}, kuliner, dan fesyen lokal. #UMKMJateng"),
    ("humasjateng", "jateng", "Imunisasi polio tahap kedua dimulai hari ini. Ajak anak usia 0–7 tahun ke posyandu atau puskesmas terdekat, gratis! #JatengSehat"),
    ("diskominfojateng", "jateng", "[INFO] Waspada pesan berantai yang mengatasnamakan pejabat Pemprov Jateng. Informasi resmi hanya dari kanal resmi kami. #SaringSebelumSharing"),
    ("diskominfojateng", "jateng", "Diskominfo Jateng membuka pelatihan literasi digital gratis untuk perangkat desa di {#10-30} kabupaten. Daftar lewat kantor kecamatan masing-masing."),
    ("pemkabdemak", "demak", "Bupati Demak meresmikan Pasar Rakyat {kec} hari ini. Yuk belanja di pasar rakyat, dukung pedagang lokal! #DemakBermartabat"),
    ("pemkabdemak", "demak", "Posyandu serentak digelar di seluruh desa. Ajak balita ditimbang dan diukur ya, Bunda! #CegahStunting #Demak"),
    ("pemkabdemak", "demak", "Pengumuman: pelayanan Dukcapil keliling hadir di Kecamatan {kec} pekan ini. Bawa KK asli dan fotokopinya."),
    ("bpbddemak", "demak", "Memasuki puncak musim hujan, BPBD Demak mengimbau warga bantaran Sungai Wulan dan Tuntang tetap waspada. Laporkan rembesan tanggul ke call center BPBD."),
    ("kemensos", "kemensos", "Penyaluran PKH tahap berjalan sudah dimulai. Pastikan Anda hanya mengecek status penerima melalui kanal resmi Kemensos. Tidak ada pungutan apa pun! #KemensosHadir"),
    ("kemensos", "kemensos", "Tagana Kemensos siaga di daerah rawan banjir. Lumbung sosial berisi makanan siap saji, selimut, dan tenda telah disiapkan. #KemensosHadir"),
    ("kemensos", "kemensos", "Merasa layak menerima bansos tapi belum terdaftar? Usulkan melalui musyawarah desa/kelurahan. Pemutakhiran data dilakukan setiap bulan. #BansosTepatSasaran"),
)  # fmt: skip

REPLIES = (
    ("angry", "Info doang, realisasinya mana {@gov}?"),
    ("good", "Terima kasih infonya min 🙏"),
    ("", "Min, kalau yang {dukuh} gimana? Belum ada kabar"),
    ("angry", "Tolong dicek lapangan juga, jangan cuma posting"),
    ("good", "Mantap, semoga lancar terus"),
    ("", "Jam berapa mulainya min?"),
    ("angry", "Kemarin saya ke sana malah ditolak, katanya syarat kurang. Yang bener yang mana?"),
    ("good", "Sudah coba, beneran cepet. Recommended"),
    ("", "Kok link-nya gak bisa dibuka ya min?"),
    ("angry", "Aduan saya dari bulan lalu belum ditanggapi sampai sekarang"),
    ("", "Setuju, tapi sosialisasinya kurang. Banyak warga yang belum tau"),
    ("laugh", "Wkwkwk yang di-mention malah diem"),
    ("good", "Semoga amanah ya pak bu 🤲"),
    ("", "Ini berlaku untuk semua kabupaten kah?"),
)  # fmt: skip

COMMENTS = (
    ("good", "Alhamdulillah, terima kasih bapak ibu pemimpin 🙏"),
    ("angry", "Jalan di desa kami rusak bertahun-tahun kok gak pernah diposting min"),
    ("", "Izin bertanya min, pendaftarannya di mana ya?"),
    ("good", "Semangat terus Jateng! 💪"),
    ("angry", "Pencitraan terus, rakyat butuh bukti"),
    ("", "Lokasi {kec} kapan min?"),
    ("good", "Kerennn, lanjutkan"),
    ("angry", "Pelayanan di kantor kecamatan masih lambat, tolong dievaluasi"),
    ("sad", "Semoga daerah kami juga diperhatikan, jauh dari kota selalu terakhir"),
    ("", "Ini gratis kan min? Kemarin ada yang narik biaya"),
    ("good", "Bangga jadi warga Jateng ❤️"),
    ("", "Nomor WA aduannya berapa min?"),
    ("angry", "Posyandu di tempat kami PMT-nya cuma biskuit, tolong dicek"),
    ("good", "Mantap pak, pasar sekarang jadi bersih"),
)  # fmt: skip

PAGE_POSTS = {
    "fb-jateng": (
        "📢 Pemutihan denda pajak kendaraan bermotor diperpanjang! Cek lokasi Samsat keliling terdekat di kolom komentar. #SobatJateng",
        "Pemprov Jawa Tengah menyalurkan beasiswa pendidikan bagi {#1200-4800} pelajar dari keluarga kurang mampu. Semoga menjadi penyemangat belajar. #JatengGayeng",
        "Pameran UMKM Jawa Tengah resmi dibuka! Dukung produk lokal dengan berbelanja langsung di stan pelaku usaha kita. #UMKMJateng",
        "Hati-hati DBD! Lakukan 3M Plus: menguras, menutup, mendaur ulang, plus cegah gigitan nyamuk. #JatengSehat",
        "Perbaikan jalan provinsi di {jalan_daerah} sedang dikerjakan. Mohon maaf atas ketidaknyamanannya dan tetap hati-hati di jalan.",
    ),
    "fb-demak": (
        "Bupati Demak {bupati_name} meresmikan Pasar Rakyat {kec} usai revitalisasi. Mari ramaikan pasar rakyat!",
        "Posyandu serentak se-Kabupaten Demak. Ayo Bunda, bawa balita ke posyandu terdekat. #CegahStunting",
        "Informasi pelayanan Dukcapil keliling di Kecamatan {kec}. Syarat: KK asli dan fotokopi.",
        "Waspada musim hujan! Warga bantaran sungai diminta segera melapor ke BPBD bila melihat rembesan tanggul.",
    ),
    "ig-jateng": (
        "Sore syahdu di {wisata} 🌇 Sudah pernah ke sini, #SobatJateng? #WisataJateng",
        "Semarang Night Run 10K sukses digelar! Terima kasih para pelari dan warga yang tertib 🏃 #SemarangNightRun",
        "Kenalan sama {umkm}, produk unggulan UMKM Jawa Tengah yang sudah tembus ekspor ✨ #UMKMJateng",
        "Imunisasi polio tahap kedua, yuk ajak si kecil ke posyandu! 💉 #JatengSehat",
    ),
    "ig-demak": (
        "Masjid Agung Demak di waktu senja 🕌 #DemakKotaWali",
        "Panen raya di {kec}! Semangat para petani Demak 🌾 #Demak",
        "Persiapan Festival Grebeg Besar Demak. Catat tanggalnya ya! #GrebegBesar",
    ),
}

YT_VIDEOS = (
    ("Penyaluran PKH Tahap Berjalan: Tepat Sasaran, Tanpa Potongan", "Kementerian Sosial memastikan bantuan PKH diterima utuh oleh keluarga penerima manfaat. Simak penjelasan lengkapnya."),
    ("Kisah Penerima Manfaat: Dari PKH ke Usaha Mandiri", "Perjalanan Ibu Warsini di Grobogan yang kini mandiri berkat usaha keripik setelah graduasi dari PKH."),
    ("Tagana Siaga Bencana: Persiapan Dapur Umum", "Latihan kesiapsiagaan Tagana Kemensos menghadapi puncak musim hujan."),
    ("Cara Mengusulkan Diri sebagai Penerima Bansos", "Panduan mengusulkan diri melalui musyawarah desa/kelurahan. Ingat, semua layanan gratis."),
)  # fmt: skip

YT_COMMENTS = (
    ("", "Pak, saya sudah terdaftar dari tahun lalu tapi belum pernah dapat. Harus ke mana ya?"),
    ("good", "Alhamdulillah terima kasih Kemensos, sangat membantu keluarga kami"),
    ("angry", "Bansos banyak salah sasaran pak, yang mampu malah dapat. Tolong diperiksa ke desa-desa"),
    ("", "PKH tahap ini cair kapan ya pak?"),
    ("good", "Semangat Tagana! Terima kasih sudah selalu ada saat bencana"),
    ("angry", "Di desa saya pendampingnya minta potongan, sudah lapor tapi tidak ada tindakan"),
    ("", "Kalau KTP sudah pindah domisili apakah bansosnya ikut pindah?"),
    ("good", "Videonya jelas, terima kasih penjelasannya"),
    ("sad", "Ibu saya lansia sendirian, belum pernah dapat bantuan apa pun. Mohon dibantu"),
    ("", "Apakah benar ada bantuan untuk disabilitas? Anak saya tuna rungu"),
)  # fmt: skip

TIKTOK_VIDEOS = (
    ("good", "POV: sore di {wisata} 🌇 #semarang #wisatajateng #fyp"),
    ("good", "Review {kuliner} legendaris, antrenya panjang tapi worth it 🤤 #kulinerjateng #fyp"),
    ("angry", "Jalan rusak parah di {jalan_daerah}, motor sampe oleng 😤 #jalanrusak #jateng"),
    ("laugh", "Ketika emak2 denger harga cabe naik lagi 🤣 #emakemak #fyp"),
    ("good", "Perajin {umkm} kebanjiran order ekspor! #umkm #jateng"),
    ("sad", "Rob Sayung hari ini. Rumah2 makin tenggelam 😢 #sayung #demak #rob"),
    ("", "Cara bayar pajak motor online tanpa ke Samsat, gampang banget #tutorial #pajakkendaraan"),
    ("good", "Laskar Pantura menang! Suasana stadion malam ini 🔥 #laskarpantura"),
)  # fmt: skip

TIKTOK_COMMENTS = (
    ("good", "Mantul kak"), ("laugh", "Wkwkwk relate banget"), ("", "Ini di sebelah mana kak?"),
    ("angry", "Dari dulu gak dibenerin2"), ("good", "Jadi pengen ke sana"), ("", "Harganya berapa kak"),
    ("good", "Semarang emang juara"), ("sad", "Kasian warganya"), ("", "Spill lokasinya dong"),
)  # fmt: skip

LAPOR = (
    ("jateng", "Jalan Provinsi Rusak Parah di {jalan_daerah}",
     "Yth. Pemprov Jawa Tengah, jalan di {jalan_daerah} rusak parah dengan lubang besar di beberapa titik dan sudah menyebabkan kecelakaan. Mohon segera diperbaiki sebelum ada korban lagi. Terima kasih."),
    ("jateng", "Lampu Penerangan Jalan Mati",
     "Lampu PJU di sepanjang {jalan_daerah} mati kurang lebih dua minggu. Kondisi sangat gelap di malam hari dan rawan kejahatan. Mohon ditindaklanjuti."),
    ("jateng", "Dugaan Pungutan Saat Daftar Ulang Sekolah",
     "Saat daftar ulang di salah satu SMA negeri di Kabupaten {kab}, orang tua diminta membayar uang seragam dan 'sumbangan pembangunan' sebesar Rp {#1-3}.{#100-900}.000. Apakah ini diperbolehkan? Mohon penjelasan dan tindakan."),
    ("jateng", "Pelayanan Puskesmas Lambat",
     "Saya membawa anak yang demam tinggi ke puskesmas pukul 08.00 tetapi baru diperiksa pukul 11.30. Petugas pendaftaran kurang ramah. Mohon evaluasi pelayanan."),
    ("jateng", "Bus Trans Jateng Sering Terlambat",
     "Bus Trans Jateng koridor Semarang–Kendal pada jam berangkat kerja sering terlambat lebih dari 30 menit. Mohon penambahan armada atau perbaikan jadwal."),
    ("jateng", "Sampah Menumpuk di Pinggir Jalan",
     "Sampah menumpuk di pinggir {jalan_daerah} sudah lebih dari seminggu dan menimbulkan bau. Mohon diangkut dan disediakan TPS yang layak."),
    ("jateng", "Izin Usaha Belum Terbit",
     "Saya mengajukan izin usaha melalui OSS dan dinas terkait sejak dua bulan lalu tetapi belum ada kejelasan. Mohon informasi status pengajuan saya."),
    ("jateng", "Data Bansos Tidak Tepat Sasaran",
     "Di RT kami ada warga yang tergolong mampu (punya mobil dan toko) tetapi menerima bansos, sedangkan lansia yang hidup sendiri tidak menerima. Mohon verifikasi ulang."),
    ("demak", "Jalan Desa Rusak di Kecamatan {kec}",
     "Jalan penghubung antardesa di Kecamatan {kec} rusak dan berlumpur saat hujan. Anak sekolah sering jatuh. Mohon perbaikan dari Pemkab Demak."),
    ("demak", "Saluran Drainase Tersumbat",
     "Saluran air di Dukuh {dukuh}, Kecamatan {kec}, tersumbat sampah dan lumpur sehingga setiap hujan air masuk ke rumah warga. Mohon normalisasi saluran."),
    ("demak", "KTP-el Belum Jadi Setelah Tiga Bulan",
     "Saya sudah melakukan perekaman KTP-el di Disdukcapil Demak tiga bulan lalu, tetapi sampai sekarang belum jadi dengan alasan blangko habis. Mohon kepastian."),
    ("demak", "Air PDAM Keruh dan Sering Mati",
     "Air PDAM di perumahan kami di Kecamatan {kec} keruh dan sering mati pada pagi hari. Mohon perbaikan layanan."),
    ("demak", "Tanggul Sungai Merembes",
     "Tanggul sungai di belakang Dukuh {dukuh}, Kecamatan {kec}, terlihat merembes saat air tinggi. Warga khawatir. Mohon dicek oleh BPBD atau dinas terkait."),
)  # fmt: skip

ENGLISH = (
    ("x", "semarang", "Spent the evening at Kota Lama Semarang. Beautiful old buildings and great coffee. Central Java is underrated! #Semarang"),
    ("x", "jakarta", "Central Java's provincial government launched a WhatsApp complaint channel linked to SP4N-LAPOR!. Curious to see response times."),
    ("instagram", "jepara", "Karimunjawa is paradise 🏝️ Crystal clear water, friendly locals. Boat schedules depend on the weather though!"),
    ("x", "semarang", "Traffic on Jalan Kaligawe is a nightmare again after the rain. Any alternative routes to the port?"),
    ("tiktok", "semarang", "Trying lumpia for the first time in Semarang 🤤 #foodtok #indonesia"),
)  # fmt: skip

JAVANESE = (
    ("x", "demak", "Dalan neng {kec} rusak parah, wis pirang-pirang sasi ora didandani. Piye iki pak bupati?"),
    ("x", "semarang", "Udan deres maneh, Kaligawe mesti banjir. Sing arep liwat ati-ati yo lur"),
    ("facebook", "pati", "Rego gabah murah banget, petani ora iso ngapa-ngapa. Muga-muga pemerintah peduli"),
    ("x", "kudus", "Laskar Pantura menang maneh, seneng banget aku lur! Sesuk nonton bareng meneh yo"),
    ("tiktok", "grobogan", "Swike Purwodadi ki pancen ora ono tandinge, enak tenan"),
    ("facebook", "demak", "Matur nuwun sanget bu bidan posyandu, sabar ngladeni bocah-bocah"),
)  # fmt: skip

MENTION = {
    "jateng": ("@humasjateng", "@diskominfo_jtg"),
    "demak": ("@pemkabdemak",),
    "kemensos": ("@KemensosHumas",),
}
GOV_X = {"humasjateng": "x-jateng", "diskominfojateng": "x-jateng", "pemkabdemak": "x-demak",
         "bpbddemak": "x-demak", "kemensos": "x-kemensos"}  # fmt: skip


def _slots(office: str) -> dict:
    slots = dict(SLOTS)
    slots["@gov"] = MENTION[office]
    return slots


def _pick_office_source(g: Gen, office: str) -> str:
    rows = NEWS_SOURCES[office]
    return g.rng.choices([s for s, _ in rows], [w for _, w in rows])[0]


def _news(g: Gen, h: float):
    office, kota, title, lead = g.pick(NEWS)
    source = _pick_office_source(g, office)
    memo = {"kab": g.pick(KAB)}  # one regency, one set of figures per article
    kota = memo["kab"] if kota == "{kab}" else kota
    title_t = g.say(title, h, _slots(office), memo=memo)
    lead_t = g.say(lead, h, _slots(office), memo=memo)
    return g.news(h, source, title_t, lead_t, kota=kota)


def _fact_check(g: Gen, h: float):
    title, lead = g.pick(FACT_CHECKS)
    memo: dict[str, str] = {}
    return g.news(
        h,
        "tilik-fakta",
        g.say(title, h, SLOTS, memo=memo),
        g.say(lead, h, SLOTS, memo=memo),
        section="cek-fakta",
    )


def _x_citizen(g: Gen, h: float):
    office, region, mood, tmpl, tags = g.pick(SOCIAL)
    text = roughen(g.say(tmpl, h, _slots(office)), g.rng, 0.5) + emojis(g.rng, mood) + hashtags(g.rng, tags, 0.5)
    return g.post(h, f"x-{office}", text, g.citizen("x", region))


def _x_gov(g: Gen, h: float):
    key, office, tmpl = g.pick(GOV_POSTS)
    return g.post(h, GOV_X[key], g.say(tmpl, h, SLOTS), KNOWN[key], boost=1.5)


def _x_reply(g: Gen, h: float):
    parent = g.earlier("x", h, pred=lambda r: r["author_followers"] > 5000, recent=36)
    if parent is None:
        return None
    office = next((o for o in MENTION if parent["source"] == f"x-{o}"), "jateng")
    mood, tmpl = g.pick(REPLIES)
    text = f"@{parent['author']} " + roughen(g.say(tmpl, h, _slots(office)), g.rng, 0.5) + emojis(g.rng, mood)
    return g.post(h, parent["source"], text, g.citizen("x"), parent=parent)


def _x_rt(g: Gen, h: float):
    original = g.earlier(
        "x",
        h,
        pred=lambda r: not r["text"].startswith("RT @") and r["parent_id"] is None,
        recent=24,
    )
    if original is None:
        return None
    return retweet(g, h, original["source"], original, g.citizen("x"))


def _page_post(g: Gen, h: float):
    source = g.pick(("fb-jateng", "fb-demak", "ig-jateng", "ig-demak", "fb-jateng", "ig-jateng"))
    text = g.say(g.pick(PAGE_POSTS[source]), h, SLOTS)
    owner = KNOWN["humasjateng"] if source.endswith("jateng") else KNOWN["pemkabdemak"]
    return g.post(h, source, text, owner, thread=True)


def _page_comment(g: Gen, h: float):
    source = g.pick(("fb-jateng", "fb-demak", "ig-jateng", "ig-demak", "fb-jateng", "ig-jateng", "fb-jateng"))
    parent = g.thread(source, h, recent=72)
    if parent is None:
        return None
    channel = "facebook" if source.startswith("fb") else "instagram"
    mood, tmpl = g.pick(COMMENTS)
    office = "jateng" if source.endswith("jateng") else "demak"
    text = g.say(tmpl, h, _slots(office))
    if channel == "instagram":
        text = roughen(text, g.rng, 0.5)
    return g.post(h, source, text + emojis(g.rng, mood), g.citizen(channel), parent=parent)


def _yt_video(g: Gen, h: float):
    title, desc = g.pick(YT_VIDEOS)
    return g.post(h, "yt-kemensos", desc, KNOWN["kemensos"], title=title, thread=True)


def _yt_comment(g: Gen, h: float):
    parent = g.thread("yt-kemensos", h, recent=200)
    if parent is None:
        return None
    mood, tmpl = g.pick(YT_COMMENTS)
    return g.post(
        h,
        "yt-kemensos",
        g.say(tmpl, h, SLOTS) + emojis(g.rng, mood),
        g.citizen("youtube"),
        parent=parent,
    )


def _tiktok_video(g: Gen, h: float):
    mood, tmpl = g.pick(TIKTOK_VIDEOS)
    return g.post(h, "tiktok-jateng", g.say(tmpl, h, SLOTS), g.citizen("tiktok"), thread=True)


def _tiktok_comment(g: Gen, h: float):
    parent = g.thread("tiktok-jateng", h, recent=72)
    if parent is None:
        return None
    mood, tmpl = g.pick(TIKTOK_COMMENTS)
    text = roughen(tmpl, g.rng, 0.6) + emojis(g.rng, mood)
    return g.post(h, "tiktok-jateng", text, g.citizen("tiktok"), parent=parent)


def _lapor(g: Gen, h: float):
    office, title, text = g.pick(LAPOR)
    memo: dict[str, str] = {}
    return g.complaint(h, f"lapor-{office}", g.say(title, h, SLOTS, memo=memo), g.say(text, h, SLOTS, memo=memo))


def _foreign(g: Gen, h: float):
    if g.chance(0.45):
        (channel, region, text), lang = g.pick(ENGLISH), "en"
    else:
        (channel, region, text), lang = g.pick(JAVANESE), "jv"
    text = g.say(text, h, SLOTS)
    if channel == "x":
        source = "x-demak" if region == "demak" else "x-jateng"
    elif channel == "facebook":
        source = "fb-demak" if region == "demak" else "fb-jateng"
        parent = g.thread(source, h, recent=96)
        if parent is None:
            return None
        return g.post(h, source, text, g.citizen("facebook", region), parent=parent, lang=lang)
    elif channel == "instagram":
        source = "ig-jateng"
        parent = g.thread(source, h, recent=96)
        if parent is None:
            return None
        return g.post(h, source, text, g.citizen("instagram", region), parent=parent, lang=lang)
    else:
        source = "tiktok-jateng"
        return g.post(h, source, text, g.citizen(channel, region), lang=lang, thread=True)
    return g.post(h, source, text, g.citizen(channel, region), lang=lang)


# (weight, h_from, h_to, maker)
CATEGORIES = (
    (34, HOURS, 0, _news),
    (0.8, HOURS, 0, _fact_check),
    (24, HOURS, 0, _x_citizen),
    (4, HOURS, 0, _x_gov),
    (8, HOURS, 0, _x_reply),
    (3, HOURS, 0, _x_rt),
    (4.5, HOURS, 0, _page_post),
    (16, HOURS, 0, _page_comment),
    (0.6, HOURS, 0, _yt_video),
    (4, HOURS, 0, _yt_comment),
    (3.5, HOURS, 0, _tiktok_video),
    (3, HOURS, 0, _tiktok_comment),
    (7, HOURS, 0, _lapor),
    (0.8, HOURS, 0, _foreign),
)


def build(g: Gen) -> None:
    # a few threads exist before the window so early comments have something to attach to
    keyed = [
        (HOURS - 0.2, lambda g, h: _page_post(g, h)),
        (HOURS - 0.4, lambda g, h: _yt_video(g, h)),
        (HOURS - 0.6, lambda g, h: _tiktok_video(g, h)),
    ]
    sampled = g.schedule([(HOURS, 1.0), (0.0, 1.0)], COUNT, anchors=[h for h, _ in keyed])
    g.run(sampled, CATEGORIES, keyed)
