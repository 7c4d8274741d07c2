<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
  <context>
    <name>LetterheadSection</name>
    <message>
      <source>Letterhead and signatories</source>
      <translation>Kop surat dan penanda tangan</translation>
    </message>
    <message>
      <source>e.g. Kota Palangka Raya</source>
      <translation>mis. Kota Palangka Raya</translation>
    </message>
    <message>
      <source>e.g. Dinas Pendidikan</source>
      <translation>mis. Dinas Pendidikan</translation>
    </message>
    <message>
      <source>Street, town, postal code, telephone, e-mail</source>
      <translation>Jalan, kota, kode pos, telepon, surel</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Pilih…</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Hapus</translation>
    </message>
    <message>
      <source>e.g. KCP Palangka Raya</source>
      <translation>mis. KCP Palangka Raya</translation>
    </message>
    <message>
      <source>e.g. Kepala Dinas</source>
      <translation>mis. Kepala Dinas</translation>
    </message>
    <message>
      <source>e.g. Bendahara Pengeluaran</source>
      <translation>mis. Bendahara Pengeluaran</translation>
    </message>
    <message>
      <source>Pemda</source>
      <translation>Pemda</translation>
    </message>
    <message>
      <source>Office (OPD)</source>
      <translation>Kantor (OPD)</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Alamat</translation>
    </message>
    <message>
      <source>Logo</source>
      <translation>Logo</translation>
    </message>
    <message>
      <source>BPJS branch office</source>
      <translation>Kantor cabang BPJS</translation>
    </message>
    <message>
      <source>Head of office: name</source>
      <translation>Kepala kantor: nama</translation>
    </message>
    <message>
      <source>Head of office: NIP</source>
      <translation>Kepala kantor: NIP</translation>
    </message>
    <message>
      <source>Head of office: position</source>
      <translation>Kepala kantor: jabatan</translation>
    </message>
    <message>
      <source>Treasurer: name</source>
      <translation>Bendahara: nama</translation>
    </message>
    <message>
      <source>Treasurer: NIP</source>
      <translation>Bendahara: NIP</translation>
    </message>
    <message>
      <source>Treasurer: position</source>
      <translation>Bendahara: jabatan</translation>
    </message>
    <message>
      <source>Printed at the top of every form, letter, list and receipt; the head of office and the treasurer sign them.</source>
      <translation>Dicetak di bagian atas setiap formulir, surat, daftar dan kuitansi; kepala kantor dan bendahara menandatanganinya.</translation>
    </message>
    <message>
      <source>Save letterhead</source>
      <translation>Simpan kop surat</translation>
    </message>
    <message>
      <source>no logo</source>
      <translation>tanpa logo</translation>
    </message>
    <message>
      <source>Choose the logo</source>
      <translation>Pilih logo</translation>
    </message>
    <message>
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Tersimpan.</translation>
    </message>
  </context>
  <context>
    <name>PreviewDialog</name>
    <message>
      <source>Preview: {title}</source>
      <translation>Pratinjau: {title}</translation>
    </message>
    <message>
      <source>of {count}</source>
      <translation>dari {count}</translation>
    </message>
    <message>
      <source>◀ Previous</source>
      <translation>◀ Sebelumnya</translation>
    </message>
    <message>
      <source>Next ▶</source>
      <translation>Berikutnya ▶</translation>
    </message>
    <message>
      <source>Fit width</source>
      <translation>Sesuai lebar</translation>
    </message>
    <message>
      <source>Save PDF…</source>
      <translation>Simpan PDF…</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>Cetak…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Tutup</translation>
    </message>
    <message>
      <source>Page</source>
      <translation>Halaman</translation>
    </message>
    <message>
      <source>Zoom</source>
      <translation>Perbesaran</translation>
    </message>
    <message>
      <source>Save PDF</source>
      <translation>Simpan PDF</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Cannot write {path}: {reason}</source>
      <translation>Tidak dapat menulis {path}: {reason}</translation>
    </message>
    <message>
      <source>Printing…</source>
      <translation>Mencetak…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Cetak</translation>
    </message>
    <message>
      <source>The printer could not be started.</source>
      <translation>Printer tidak dapat dijalankan.</translation>
    </message>
  </context>
  <context>
    <name>PrintActions</name>
    <message>
      <source>This prints {count} pages. Continue?</source>
      <translation>Ini akan mencetak {count} halaman. Lanjutkan?</translation>
    </message>
    <message>
      <source>Printing {title}…</source>
      <translation>Mencetak {title}…</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Cetak</translation>
    </message>
    <message>
      <source>Enrollment forms</source>
      <translation>Formulir pendaftaran</translation>
    </message>
    <message>
      <source>Statement letters</source>
      <translation>Surat pernyataan</translation>
    </message>
    <message>
      <source>Payroll deduction list</source>
      <translation>Daftar potongan gaji</translation>
    </message>
    <message>
      <source>Receipts</source>
      <translation>Kuitansi</translation>
    </message>
    <message>
      <source>Select one or more workers first.</source>
      <translation>Pilih dulu satu pekerja atau lebih.</translation>
    </message>
    <message>
      <source>No workers are shown; change the search or filters.</source>
      <translation>Tidak ada pekerja yang ditampilkan; ubah pencarian atau saringan.</translation>
    </message>
    <message>
      <source>There are no workers in draft status.</source>
      <translation>Tidak ada pekerja berstatus draf.</translation>
    </message>
    <message>
      <source>Select one or more sponsors first (Sponsors page).</source>
      <translation>Pilih dulu satu penanggung atau lebih (halaman Penanggung).</translation>
    </message>
    <message>
      <source>{printed} letters printed; {count} sponsors skipped:
{reasons}</source>
      <translation>{printed} surat dicetak; {count} penanggung dilewati:
{reasons}</translation>
    </message>
    <message>
      <source>Enrollment forms: selected workers…</source>
      <translation>Formulir pendaftaran: pekerja terpilih…</translation>
    </message>
    <message>
      <source>Enrollment forms: all workers shown…</source>
      <translation>Formulir pendaftaran: semua pekerja yang ditampilkan…</translation>
    </message>
    <message>
      <source>Enrollment forms: all draft workers…</source>
      <translation>Formulir pendaftaran: semua pekerja berstatus draf…</translation>
    </message>
    <message>
      <source>Statement letters: selected sponsors…</source>
      <translation>Surat pernyataan: penanggung terpilih…</translation>
    </message>
    <message>
      <source>Print enrollment form…</source>
      <translation>Cetak formulir pendaftaran…</translation>
    </message>
    <message>
      <source>Print statement letter…</source>
      <translation>Cetak surat pernyataan…</translation>
    </message>
    <message>
      <source>Print enrollment forms of this sponsor's workers…</source>
      <translation>Cetak formulir pendaftaran pekerja yang ditanggung…</translation>
    </message>
    <message>
      <source>This sponsor has no workers yet.</source>
      <translation>Penanggung ini belum menanggung pekerja.</translation>
    </message>
    <message>
      <source>Select one or more sponsors first.</source>
      <translation>Pilih dulu satu penanggung atau lebih.</translation>
    </message>
    <message>
      <source>Select one or more paid rows of the month first.</source>
      <translation>Pilih dulu satu baris atau lebih yang sudah dibayar pada bulan ini.</translation>
    </message>
    <message>
      <source>Payroll deduction list of the month…</source>
      <translation>Daftar potongan gaji bulan ini…</translation>
    </message>
    <message>
      <source>Payroll deduction list: selected sponsors…</source>
      <translation>Daftar potongan gaji: penanggung terpilih…</translation>
    </message>
    <message>
      <source>Receipts for the selected payments…</source>
      <translation>Kuitansi untuk pembayaran terpilih…</translation>
    </message>
  </context>
  <context>
    <name>printing</name>
    <message>
      <source>The month must look like 2026-11.</source>
      <translation>Bulan harus ditulis seperti 2026-11.</translation>
    </message>
    <message>
      <source>Wrote {path}</source>
      <translation>Tersimpan: {path}</translation>
    </message>
    <message>
      <source>Give --payment UID, or --worker NIK with --month YYYY-MM.</source>
      <translation>Berikan --payment UID, atau --worker NIK dengan --month YYYY-MM.</translation>
    </message>
    <message>
      <source>GOVERNMENT OF {pemda}</source>
      <translation>PEMERINTAH {pemda}</translation>
    </message>
    <message>
      <source>Head</source>
      <translation>Kepala</translation>
    </message>
    <message>
      <source>Treasurer</source>
      <translation>Bendahara</translation>
    </message>
    <message>
      <source>page {n}</source>
      <translation>halaman {n}</translation>
    </message>
    <message>
      <source>Cannot write {path}: close it in other programs (a PDF viewer?) or choose another file.</source>
      <translation>Tidak dapat menulis {path}: tutup berkas itu di program lain (penampil PDF?) atau pilih berkas lain.</translation>
    </message>
    <message>
      <source>Reading the deductions…</source>
      <translation>Membaca data potongan…</translation>
    </message>
    <message>
      <source>Nobody is to be deducted for {month}.</source>
      <translation>Tidak ada yang perlu dipotong untuk {month}.</translation>
    </message>
    <message>
      <source>PAYROLL DEDUCTION LIST</source>
      <translation>DAFTAR POTONGAN GAJI</translation>
    </message>
    <message>
      <source>BPJS Ketenagakerjaan contributions of vulnerable workers sponsored by civil servants</source>
      <translation>Iuran BPJS Ketenagakerjaan pekerja rentan yang ditanggung ASN</translation>
    </message>
    <message>
      <source>Month: {month} · OPD: {opd}</source>
      <translation>Bulan: {month} · OPD: {opd}</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>Sponsor (name / NIP)</source>
      <translation>Penanggung (nama / NIP)</translation>
    </message>
    <message>
      <source>Worker</source>
      <translation>Pekerja</translation>
    </message>
    <message>
      <source>NIK</source>
      <translation>NIK</translation>
    </message>
    <message>
      <source>KPJ</source>
      <translation>KPJ</translation>
    </message>
    <message>
      <source>Deduction</source>
      <translation>Potongan</translation>
    </message>
    <message>
      <source>Subtotal ({count} workers)</source>
      <translation>Subtotal ({count} pekerja)</translation>
    </message>
    <message>
      <source>GRAND TOTAL: {sponsors} sponsors, {workers} workers</source>
      <translation>JUMLAH SELURUHNYA: {sponsors} penanggung, {workers} pekerja</translation>
    </message>
    <message>
      <source>In words: &lt;i&gt;{words}&lt;/i&gt;</source>
      <translation>Terbilang: &lt;i&gt;{words}&lt;/i&gt;</translation>
    </message>
    <message>
      <source>Approved by,</source>
      <translation>Menyetujui,</translation>
    </message>
    <message>
      <source>Laying out the deduction list…</source>
      <translation>Menyusun daftar potongan…</translation>
    </message>
    <message>
      <source>Payroll deduction list {month}</source>
      <translation>Daftar potongan gaji {month}</translation>
    </message>
    <message>
      <source>A. PARTICIPANT</source>
      <translation>A. DATA CALON PESERTA</translation>
    </message>
    <message>
      <source>Full name (as on the KTP)</source>
      <translation>Nama lengkap (sesuai KTP)</translation>
    </message>
    <message>
      <source>Place and date of birth</source>
      <translation>Tempat dan tanggal lahir</translation>
    </message>
    <message>
      <source>Mobile phone</source>
      <translation>Nomor HP</translation>
    </message>
    <message>
      <source>Address (street, RT/RW)</source>
      <translation>Alamat (jalan, RT/RW)</translation>
    </message>
    <message>
      <source>Village (kelurahan/desa)</source>
      <translation>Kelurahan/desa</translation>
    </message>
    <message>
      <source>District (kecamatan)</source>
      <translation>Kecamatan</translation>
    </message>
    <message>
      <source>Declared monthly income</source>
      <translation>Penghasilan per bulan</translation>
    </message>
    <message>
      <source>KPJ card number</source>
      <translation>Nomor kartu KPJ</translation>
    </message>
    <message>
      <source>B. HEIR</source>
      <translation>B. AHLI WARIS</translation>
    </message>
    <message>
      <source>Heir's name</source>
      <translation>Nama ahli waris</translation>
    </message>
    <message>
      <source>Relationship to the participant</source>
      <translation>Hubungan dengan peserta</translation>
    </message>
    <message>
      <source>C. PROGRAMMES AND CONTRIBUTION</source>
      <translation>C. PROGRAM DAN IURAN</translation>
    </message>
    <message>
      <source>Programmes</source>
      <translation>Program</translation>
    </message>
    <message>
      <source>First month covered</source>
      <translation>Bulan pertama iuran</translation>
    </message>
    <message>
      <source>In words</source>
      <translation>Terbilang</translation>
    </message>
    <message>
      <source>BPJS branch office</source>
      <translation>Kantor cabang BPJS</translation>
    </message>
    <message>
      <source>D. SPONSOR (PAYS THE CONTRIBUTION)</source>
      <translation>D. PENANGGUNG IURAN</translation>
    </message>
    <message>
      <source>Sponsor's name</source>
      <translation>Nama penanggung</translation>
    </message>
    <message>
      <source>JKK (work accident): all medical treatment needed; income while unable to work (100% for 12 months, then 50%); 48 times the declared income on death by accident.</source>
      <translation>JKK (kecelakaan kerja): seluruh biaya perawatan medis sesuai kebutuhan; santunan upah selama tidak mampu bekerja (100% selama 12 bulan, selanjutnya 50%); 48 kali penghasilan yang dilaporkan bila meninggal dunia akibat kecelakaan kerja.</translation>
    </message>
    <message>
      <source>JKM (death): {total} ({lump} lump sum, {periodic} periodic, {funeral} funeral), plus scholarships for up to two children after 3 years of membership.</source>
      <translation>JKM (kematian): {total} (santunan sekaligus {lump}, santunan berkala {periodic}, biaya pemakaman {funeral}), ditambah beasiswa bagi paling banyak dua anak setelah 3 tahun kepesertaan.</translation>
    </message>
    <message>
      <source>JHT (old-age savings, optional): 2% of the declared income saved each month with its returns.</source>
      <translation>JHT (jaminan hari tua, pilihan): 2% dari penghasilan yang dilaporkan ditabung setiap bulan beserta hasil pengembangannya.</translation>
    </message>
    <message>
      <source>Contributions are due by the 15th of the month covered. Protection starts when BPJS Ketenagakerjaan accepts the complete registration.</source>
      <translation>Iuran dibayar paling lambat tanggal 15 bulan yang bersangkutan. Perlindungan berlaku sejak pendaftaran yang lengkap diterima BPJS Ketenagakerjaan.</translation>
    </message>
    <message>
      <source>ENROLLMENT FORM FOR BPJS KETENAGAKERJAAN PARTICIPANTS</source>
      <translation>FORMULIR PENDAFTARAN PESERTA BPJS KETENAGAKERJAAN</translation>
    </message>
    <message>
      <source>Non-wage workers (Bukan Penerima Upah, BPU), contribution paid by a sponsor</source>
      <translation>Pekerja Bukan Penerima Upah (BPU), iuran dibayar oleh penanggung</translation>
    </message>
    <message>
      <source>Programme “One civil servant, one vulnerable worker”</source>
      <translation>Program “Satu ASN Satu Pekerja Rentan”</translation>
    </message>
    <message>
      <source>E. BENEFITS</source>
      <translation>E. MANFAAT</translation>
    </message>
    <message>
      <source>Participant</source>
      <translation>Calon peserta</translation>
    </message>
    <message>
      <source>Sponsor</source>
      <translation>Penanggung</translation>
    </message>
    <message>
      <source>signature and full name</source>
      <translation>tanda tangan dan nama lengkap</translation>
    </message>
    <message>
      <source>There are no workers to print.</source>
      <translation>Tidak ada pekerja yang dapat dicetak.</translation>
    </message>
    <message>
      <source>JKK + JKM + JHT</source>
      <translation>JKK + JKM + JHT</translation>
    </message>
    <message>
      <source>JKK + JKM</source>
      <translation>JKK + JKM</translation>
    </message>
    <message>
      <source>(given by BPJS after registration)</source>
      <translation>(diberikan BPJS setelah pendaftaran)</translation>
    </message>
    <message>
      <source>Enrollment forms</source>
      <translation>Formulir pendaftaran</translation>
    </message>
    <message>
      <source>Enrollment form</source>
      <translation>Formulir pendaftaran</translation>
    </message>
    <message>
      <source>Printing enrollment forms…</source>
      <translation>Mencetak formulir pendaftaran…</translation>
    </message>
    <message>
      <source>Key fingerprint</source>
      <translation>Sidik jari kunci</translation>
    </message>
    <message>
      <source>The QR code on the right carries the same fingerprint.</source>
      <translation>Kode QR di sebelah kanan memuat sidik jari yang sama.</translation>
    </message>
    <message>
      <source>Site</source>
      <translation>Lokasi</translation>
    </message>
    <message>
      <source>Printed on</source>
      <translation>Dicetak pada</translation>
    </message>
    <message>
      <source>This letter confirms the public key that {site} uses to sign the data bundles it sends. Before trusting a key received on a USB stick, compare its fingerprint with the one printed here, character by character, or scan the QR code.</source>
      <translation>Surat ini menegaskan kunci publik yang digunakan {site} untuk menandatangani paket data yang dikirimkannya. Sebelum memercayai kunci yang diterima melalui flashdisk, cocokkan sidik jarinya dengan yang tercetak di sini, karakter demi karakter, atau pindai kode QR.</translation>
    </message>
    <message>
      <source>Public key</source>
      <translation>Kunci publik</translation>
    </message>
    <message>
      <source>If the fingerprints differ, do not import the key and call the sending office.</source>
      <translation>Jika sidik jarinya berbeda, jangan impor kunci tersebut dan hubungi kantor pengirim.</translation>
    </message>
    <message>
      <source>Signing key</source>
      <translation>Kunci tanda tangan</translation>
    </message>
    <message>
      <source>Encryption recipient</source>
      <translation>Penerima enkripsi</translation>
    </message>
    <message>
      <source>KEY FINGERPRINT LETTER</source>
      <translation>SURAT SIDIK JARI KUNCI</translation>
    </message>
    <message>
      <source>The logo file {path} does not exist.</source>
      <translation>Berkas logo {path} tidak ada.</translation>
    </message>
    <message>
      <source>Choose a PNG or JPEG image for the logo.</source>
      <translation>Pilih gambar PNG atau JPEG untuk logo.</translation>
    </message>
    <message>
      <source>The logo image is larger than 5 MB; choose a smaller one.</source>
      <translation>Gambar logo lebih dari 5 MB; pilih yang lebih kecil.</translation>
    </message>
    <message>
      <source>The logo file is not an image that can be read.</source>
      <translation>Berkas logo bukan gambar yang dapat dibaca.</translation>
    </message>
    <message>
      <source>The logo image is too small (at least 16×16 pixels).</source>
      <translation>Gambar logo terlalu kecil (paling sedikit 16×16 piksel).</translation>
    </message>
    <message>
      <source>Give the Pemda's name (e.g. Kota Palangka Raya).</source>
      <translation>Isikan nama Pemda (mis. Kota Palangka Raya).</translation>
    </message>
    <message>
      <source>Give the office's name as it heads its letters.</source>
      <translation>Isikan nama kantor seperti tertulis pada kop suratnya.</translation>
    </message>
    <message>
      <source>{first} to {last} ({count} months)</source>
      <translation>{first} s.d. {last} ({count} bulan)</translation>
    </message>
    <message>
      <source>BPJS Ketenagakerjaan contribution (JKK + JKM{jht}) of the vulnerable worker {name}, NIK {nik}{kpj}, for {months}.</source>
      <translation>Iuran BPJS Ketenagakerjaan (JKK + JKM{jht}) pekerja rentan atas nama {name}, NIK {nik}{kpj}, untuk {months}.</translation>
    </message>
    <message>
      <source>ref.</source>
      <translation>ref.</translation>
    </message>
    <message>
      <source>RECEIPT</source>
      <translation>KUITANSI</translation>
    </message>
    <message>
      <source>RECEIPT (PREPAYMENT)</source>
      <translation>KUITANSI (PEMBAYARAN DI MUKA)</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Nomor</translation>
    </message>
    <message>
      <source>Received from</source>
      <translation>Telah terima dari</translation>
    </message>
    <message>
      <source>The sum of</source>
      <translation>Uang sejumlah</translation>
    </message>
    <message>
      <source>For</source>
      <translation>Untuk pembayaran</translation>
    </message>
    <message>
      <source>Payment method</source>
      <translation>Cara pembayaran</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>Bulan</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Jumlah</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Jumlah</translation>
    </message>
    <message>
      <source>Paid by,</source>
      <translation>Yang menyerahkan,</translation>
    </message>
    <message>
      <source>Received by,</source>
      <translation>Yang menerima,</translation>
    </message>
    <message>
      <source>Choose at least one payment.</source>
      <translation>Pilih paling sedikit satu pembayaran.</translation>
    </message>
    <message>
      <source>Printing receipts…</source>
      <translation>Mencetak kuitansi…</translation>
    </message>
    <message>
      <source>Receipt</source>
      <translation>Kuitansi</translation>
    </message>
    <message>
      <source>Receipts</source>
      <translation>Kuitansi</translation>
    </message>
    <message>
      <source>Unknown status '{status}'; use one of: {choices}.</source>
      <translation>Status '{status}' tidak dikenal; gunakan salah satu dari: {choices}.</translation>
    </message>
    <message>
      <source>No worker with NIK {nik}.</source>
      <translation>Tidak ada pekerja dengan NIK {nik}.</translation>
    </message>
    <message>
      <source>No sponsor with NIP {nip}.</source>
      <translation>Tidak ada penanggung dengan NIP {nip}.</translation>
    </message>
    <message>
      <source>The sponsor no longer exists.</source>
      <translation>Penanggung ini sudah tidak ada.</translation>
    </message>
    <message>
      <source>A payment to print no longer exists.</source>
      <translation>Salah satu pembayaran yang akan dicetak sudah tidak ada.</translation>
    </message>
    <message>
      <source>No payment is recorded for {month} for this worker.</source>
      <translation>Belum ada pembayaran tercatat untuk {month} bagi pekerja ini.</translation>
    </message>
    <message>
      <source>The payment of {month} for {name} was reversed; there is nothing to give a receipt for.</source>
      <translation>Pembayaran {month} untuk {name} sudah dibatalkan; tidak ada yang perlu dibuatkan kuitansi.</translation>
    </message>
    <message>
      <source>{name} sponsors no workers yet; there is nothing to state.</source>
      <translation>{name} belum menanggung pekerja; belum ada yang perlu dinyatakan.</translation>
    </message>
    <message>
      <source>STATEMENT LETTER</source>
      <translation>SURAT PERNYATAAN</translation>
    </message>
    <message>
      <source>Willingness to pay the BPJS Ketenagakerjaan contributions of vulnerable workers</source>
      <translation>Kesediaan menanggung iuran BPJS Ketenagakerjaan pekerja rentan</translation>
    </message>
    <message>
      <source>I, the undersigned:</source>
      <translation>Yang bertanda tangan di bawah ini:</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nama</translation>
    </message>
    <message>
      <source>NIP</source>
      <translation>NIP</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Jabatan</translation>
    </message>
    <message>
      <source>Employment</source>
      <translation>Status kepegawaian</translation>
    </message>
    <message>
      <source>OPD</source>
      <translation>OPD</translation>
    </message>
    <message>
      <source>state that I am willing to pay, as sponsor, the work accident (JKK) and death (JKM) insurance contributions of BPJS Ketenagakerjaan for the following vulnerable workers:</source>
      <translation>menyatakan bersedia menjadi penanggung iuran program Jaminan Kecelakaan Kerja (JKK) dan Jaminan Kematian (JKM) BPJS Ketenagakerjaan bagi pekerja rentan berikut:</translation>
    </message>
    <message>
      <source>Occupation</source>
      <translation>Pekerjaan</translation>
    </message>
    <message>
      <source>Relationship</source>
      <translation>Hubungan</translation>
    </message>
    <message>
      <source>Monthly contribution</source>
      <translation>Iuran per bulan</translation>
    </message>
    <message>
      <source>Total per month</source>
      <translation>Jumlah per bulan</translation>
    </message>
    <message>
      <source>I agree that the total of &lt;b&gt;{total}&lt;/b&gt; (&lt;i&gt;{words}&lt;/i&gt;) a month is deducted from my allowance (TPP) or salary through payroll every month from {month} on, until I withdraw this statement in writing.</source>
      <translation>Saya bersedia iuran sebesar &lt;b&gt;{total}&lt;/b&gt; (&lt;i&gt;{words}&lt;/i&gt;) per bulan dipotong dari TPP atau gaji saya melalui daftar gaji setiap bulan mulai {month}, sampai pernyataan ini saya cabut secara tertulis.</translation>
    </message>
    <message>
      <source>I make this statement truthfully and without pressure from anyone.</source>
      <translation>Demikian surat pernyataan ini saya buat dengan sebenarnya tanpa paksaan dari pihak mana pun.</translation>
    </message>
    <message>
      <source>The undersigned,</source>
      <translation>Yang menyatakan,</translation>
    </message>
    <message>
      <source>Acknowledged by,</source>
      <translation>Mengetahui,</translation>
    </message>
    <message>
      <source>Choose at least one sponsor.</source>
      <translation>Pilih paling sedikit satu penanggung.</translation>
    </message>
    <message>
      <source>Printing statement letters…</source>
      <translation>Mencetak surat pernyataan…</translation>
    </message>
    <message>
      <source>Statement letter</source>
      <translation>Surat pernyataan</translation>
    </message>
  </context>
</TS>