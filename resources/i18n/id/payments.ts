<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
  <context>
    <name>ArrearsModel</name>
    <message>
      <source>Worker</source>
      <translation>Pekerja</translation>
    </message>
    <message>
      <source>NIK</source>
      <translation>NIK</translation>
    </message>
    <message>
      <source>Sponsor</source>
      <translation>Penanggung</translation>
    </message>
    <message>
      <source>Unpaid months</source>
      <translation>Bulan belum dibayar</translation>
    </message>
    <message>
      <source>Months</source>
      <translation>Bulan</translation>
    </message>
    <message>
      <source>Owed</source>
      <translation>Tunggakan</translation>
    </message>
    <message>
      <source>Situation</source>
      <translation>Keadaan</translation>
    </message>
    <message>
      <source>Behind</source>
      <translation>Menunggak</translation>
    </message>
    <message>
      <source>At risk</source>
      <translation>Berisiko</translation>
    </message>
    <message>
      <source>Lapsed</source>
      <translation>Kepesertaan berhenti</translation>
    </message>
  </context>
  <context>
    <name>CalendarSection</name>
    <message>
      <source>Holidays and programme rules</source>
      <translation>Hari libur dan aturan program</translation>
    </message>
    <message>
      <source>A month's contribution is due on the due day, or the next working day. Working days skip weekends and national holidays. Cuti bersama days count as working days unless the box below is cleared: BPJS's manual names only weekends and national holidays. Sources: the SKB 3 Menteri decrees 2020-2030 (later years provisional until their decree).</source>
      <translation>Iuran sebulan jatuh tempo pada tanggal jatuh tempo, atau hari kerja berikutnya. Hari kerja tidak termasuk akhir pekan dan hari libur nasional. Hari cuti bersama dihitung sebagai hari kerja kecuali kotak di bawah dikosongkan: panduan BPJS hanya menyebut akhir pekan dan hari libur nasional. Sumber: SKB 3 Menteri 2020-2030 (tahun-tahun berikutnya sementara sampai SKB-nya terbit).</translation>
    </message>
    <message>
      <source>Set by Disnaker; they arrive with its return bundles.</source>
      <translation>Ditetapkan oleh Disnaker; diterima melalui paket balasannya.</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Tahun</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Tanggal</translation>
    </message>
    <message>
      <source>Holiday</source>
      <translation>Hari libur</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Jenis</translation>
    </message>
    <message>
      <source>dd/mm/yyyy</source>
      <translation>hh/bb/tttt</translation>
    </message>
    <message>
      <source>Name as in the decree</source>
      <translation>Nama sesuai SKB</translation>
    </message>
    <message>
      <source>National holiday</source>
      <translation>Libur nasional</translation>
    </message>
    <message>
      <source>Cuti bersama</source>
      <translation>Cuti bersama</translation>
    </message>
    <message>
      <source>Add day</source>
      <translation>Tambah hari</translation>
    </message>
    <message>
      <source>Remove selected day</source>
      <translation>Hapus hari terpilih</translation>
    </message>
    <message>
      <source>New day</source>
      <translation>Hari baru</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nama</translation>
    </message>
    <message>
      <source>Cuti bersama days count as working days</source>
      <translation>Hari cuti bersama dihitung sebagai hari kerja</translation>
    </message>
    <message>
      <source>In force from (month)</source>
      <translation>Berlaku mulai (bulan)</translation>
    </message>
    <message>
      <source>Due day of the month</source>
      <translation>Tanggal jatuh tempo</translation>
    </message>
    <message>
      <source>Membership ends after more than ... unpaid months</source>
      <translation>Kepesertaan berakhir setelah lebih dari ... bulan tidak dibayar</translation>
    </message>
    <message>
      <source>Arrears payable up to ... months back</source>
      <translation>Tunggakan dapat dibayar sampai ... bulan ke belakang</translation>
    </message>
    <message>
      <source>Months that may be paid at once</source>
      <translation>Jumlah bulan yang dapat dibayar sekaligus</translation>
    </message>
    <message>
      <source>Age from</source>
      <translation>Usia mulai</translation>
    </message>
    <message>
      <source>Age under</source>
      <translation>Usia di bawah</translation>
    </message>
    <message>
      <source>Save rules</source>
      <translation>Simpan aturan</translation>
    </message>
    <message>
      <source>provisional</source>
      <translation>sementara</translation>
    </message>
    <message>
      <source>calendar or rules changed</source>
      <translation>kalender atau aturan berubah</translation>
    </message>
  </context>
  <context>
    <name>CashDialog</name>
    <message>
      <source>Cash received</source>
      <translation>Kas diterima</translation>
    </message>
    <message>
      <source>Every method</source>
      <translation>Semua cara bayar</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Tampilkan</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Dari</translation>
    </message>
    <message>
      <source>to</source>
      <translation>sampai</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Cara bayar</translation>
    </message>
    <message>
      <source>Save as Excel…</source>
      <translation>Simpan sebagai Excel…</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
      <source>{count} payment(s) on {days} day(s), {amount} received.</source>
      <translation>{count} pembayaran dalam {days} hari, {amount} diterima.</translation>
    </message>
    <message>
      <source>Save the cash report</source>
      <translation>Simpan laporan kas</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>PDF document (*.pdf)</source>
      <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Could not save {path}: {problem}</source>
      <translation>{path} tidak dapat disimpan: {problem}</translation>
    </message>
    <message>
      <source>Saved {path}.</source>
      <translation>Tersimpan: {path}.</translation>
    </message>
  </context>
  <context>
    <name>MonthModel</name>
    <message>
      <source>Worker</source>
      <translation>Pekerja</translation>
    </message>
    <message>
      <source>NIK</source>
      <translation>NIK</translation>
    </message>
    <message>
      <source>Sponsor</source>
      <translation>Penanggung</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Iuran</translation>
    </message>
    <message>
      <source>Paid?</source>
      <translation>Lunas?</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Cara bayar</translation>
    </message>
    <message>
      <source>Paid on</source>
      <translation>Tanggal bayar</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>Referensi</translation>
    </message>
    <message>
      <source>OPD</source>
      <translation>OPD</translation>
    </message>
    <message>
      <source>Paid</source>
      <translation>Lunas</translation>
    </message>
    <message>
      <source>Lapsed</source>
      <translation>Berhenti</translation>
    </message>
    <message>
      <source>Unpaid</source>
      <translation>Belum dibayar</translation>
    </message>
    <message>
      <source>Not received yet</source>
      <translation>Belum diterima</translation>
    </message>
  </context>
  <context>
    <name>OpdFilter</name>
    <message>
      <source>All OPDs</source>
      <translation>Semua OPD</translation>
    </message>
    <message>
      <source>Show the workers of one OPD</source>
      <translation>Tampilkan pekerja satu OPD</translation>
    </message>
    <message>
      <source>Payments as carried by each OPD's latest bundle: a payment the OPD has recorded but not yet sent shows as 'Not received yet'.</source>
      <translation>Pembayaran menurut paket terakhir dari tiap OPD: pembayaran yang sudah dicatat OPD tetapi belum dikirim tampil sebagai 'Belum diterima'.</translation>
    </message>
  </context>
  <context>
    <name>PayBulkDialog</name>
    <message>
      <source>Record payroll deductions</source>
      <translation>Catat potongan gaji</translation>
    </message>
    <message>
      <source>All sponsors</source>
      <translation>Semua penanggung</translation>
    </message>
    <message>
      <source>Selected sponsors only ({count})</source>
      <translation>Hanya penanggung terpilih ({count})</translation>
    </message>
    <message>
      <source>e.g. SP2D or payroll number</source>
      <translation>mis. nomor SP2D atau daftar gaji</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>Bulan</translation>
    </message>
    <message>
      <source>Whose workers</source>
      <translation>Pekerja milik</translation>
    </message>
    <message>
      <source>Record {count} contributions for {month}, total {total}?</source>
      <translation>Catat {count} iuran untuk {month}, jumlah {total}?</translation>
    </message>
    <message>
      <source>{count} workers are already paid for this month and are left alone.</source>
      <translation>{count} pekerja sudah lunas bulan ini dan tidak dicatat lagi.</translation>
    </message>
    <message>
      <source>{count} workers still have an earlier month unpaid and are left out: months are paid in order (they are named after the run).</source>
      <translation>{count} pekerja masih punya bulan sebelumnya yang belum dibayar dan tidak diikutkan: iuran dibayar berurutan (nama mereka disebutkan sesudah pencatatan).</translation>
    </message>
    <message>
      <source>Record {count} ({total})</source>
      <translation>Catat {count} ({total})</translation>
    </message>
    <message>
      <source>{count} workers were left out because an earlier month is still unpaid:</source>
      <translation>{count} pekerja tidak diikutkan karena bulan sebelumnya masih belum dibayar:</translation>
    </message>
  </context>
  <context>
    <name>PayDialog</name>
    <message>
      <source>Pay contributions</source>
      <translation>Bayar iuran</translation>
    </message>
    <message>
      <source>Months at once:</source>
      <translation>Jumlah bulan sekaligus:</translation>
    </message>
    <message numerus="yes">
      <source>%n month(s)</source>
      <translation>
        <numerusform>%n bulan</numerusform>
      </translation>
    </message>
    <message>
      <source>receipt, transfer or virtual account number</source>
      <translation>nomor kuitansi, transfer atau virtual account</translation>
    </message>
    <message>
      <source>Worker</source>
      <translation>Pekerja</translation>
    </message>
    <message>
      <source>Months</source>
      <translation>Bulan</translation>
    </message>
    <message numerus="yes">
      <source>%n month(s): {first} to {last}, total {total}</source>
      <translation>
        <numerusform>%n bulan: {first} s.d. {last}, jumlah {total}</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing can be paid for this worker now.</source>
      <translation>Saat ini tidak ada iuran yang dapat dibayar untuk pekerja ini.</translation>
    </message>
    <message>
      <source>Choose how many months to pay.</source>
      <translation>Pilih berapa bulan yang dibayar.</translation>
    </message>
  </context>
  <context>
    <name>PayReverseDialog</name>
    <message>
      <source>Correct a payment</source>
      <translation>Koreksi pembayaran</translation>
    </message>
    <message>
      <source>The payment is not deleted: a correcting entry of {amount} is recorded with your reason, and both stay in the audit trail.</source>
      <translation>Pembayaran tidak dihapus: dicatat entri koreksi sebesar {amount} dengan alasan Anda, dan keduanya tetap ada di jejak audit.</translation>
    </message>
    <message>
      <source>e.g. recorded for the wrong worker</source>
      <translation>mis. tercatat untuk pekerja yang salah</translation>
    </message>
    <message>
      <source>Worker</source>
      <translation>Pekerja</translation>
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
      <source>Paid</source>
      <translation>Dibayar</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Alasan</translation>
    </message>
    <message>
      <source>Record correction</source>
      <translation>Catat koreksi</translation>
    </message>
  </context>
  <context>
    <name>PaymentEntry</name>
    <message>
      <source>Method</source>
      <translation>Cara bayar</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>Referensi</translation>
    </message>
    <message>
      <source>Payment date</source>
      <translation>Tanggal bayar</translation>
    </message>
  </context>
  <context>
    <name>PaymentTab</name>
    <message>
      <source>All workers</source>
      <translation>Semua pekerja</translation>
    </message>
    <message>
      <source>Unpaid only</source>
      <translation>Belum dibayar saja</translation>
    </message>
    <message>
      <source>Paid only</source>
      <translation>Sudah lunas saja</translation>
    </message>
    <message>
      <source>Search name or NIK</source>
      <translation>Cari nama atau NIK</translation>
    </message>
    <message>
      <source>Record this month's payroll deductions…</source>
      <translation>Catat potongan gaji bulan ini…</translation>
    </message>
    <message>
      <source>Pay / prepay…</source>
      <translation>Bayar / bayar di muka…</translation>
    </message>
    <message>
      <source>Correct a payment…</source>
      <translation>Koreksi pembayaran…</translation>
    </message>
    <message>
      <source>Export deduction list (.xlsx)…</source>
      <translation>Ekspor daftar potongan (.xlsx)…</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Cetak</translation>
    </message>
    <message>
      <source>Export this list (.xlsx)…</source>
      <translation>Ekspor daftar ini (.xlsx)…</translation>
    </message>
    <message>
      <source>Save the list on screen as a workbook: the page shown, with its filter and search</source>
      <translation>Simpan daftar yang tampil di layar sebagai buku kerja Excel: halaman yang sedang dibuka, dengan saring dan pencariannya</translation>
    </message>
    <message>
      <source>Cash received…</source>
      <translation>Kas diterima…</translation>
    </message>
    <message>
      <source>Money received by payment date: per day and one by one</source>
      <translation>Uang yang diterima menurut tanggal bayar: per hari dan rinciannya</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>Bulan</translation>
    </message>
    <message>
      <source>All with unpaid months</source>
      <translation>Semua yang menunggak</translation>
    </message>
    <message>
      <source>At risk (2–3 months)</source>
      <translation>Berisiko (2–3 bulan)</translation>
    </message>
    <message>
      <source>Lapsing or lapsed</source>
      <translation>Akan berhenti atau sudah berhenti</translation>
    </message>
    <message>
      <source>Pay arrears…</source>
      <translation>Bayar tunggakan…</translation>
    </message>
    <message>
      <source>Register again…</source>
      <translation>Daftarkan ulang…</translation>
    </message>
    <message>
      <source>Contributions</source>
      <translation>Iuran</translation>
    </message>
    <message>
      <source>Arrears and lapses</source>
      <translation>Tunggakan dan kepesertaan berhenti</translation>
    </message>
    <message>
      <source>Per sponsor</source>
      <translation>Per penanggung</translation>
    </message>
    <message>
      <source>Payments</source>
      <translation>Pembayaran</translation>
    </message>
    <message>
      <source>due {date}</source>
      <translation>jatuh tempo {date}</translation>
    </message>
    <message>
      <source>Workers: {workers} · Due: {due} · Paid: {paid} ({paid_workers} workers) · Outstanding: {outstanding}</source>
      <translation>Pekerja: {workers} · Iuran: {due} · Dibayar: {paid} ({paid_workers} pekerja) · Belum dibayar: {outstanding}</translation>
    </message>
    <message>
      <source>This month can no longer be paid.</source>
      <translation>Bulan ini sudah tidak dapat dibayar.</translation>
    </message>
    <message>
      <source>Nobody owes a contribution for this month. Only workers submitted to BPJS or active owe contributions, from their start month on.</source>
      <translation>Tidak ada iuran yang harus dibayar untuk bulan ini. Hanya pekerja yang sudah diajukan ke BPJS atau aktif yang wajib membayar iuran, mulai dari bulan mulainya.</translation>
    </message>
    <message>
      <source>There are no workers yet: add or import them on the Roster tab.</source>
      <translation>Belum ada pekerja: tambahkan atau impor di tab Daftar Peserta.</translation>
    </message>
    <message numerus="yes">
      <source>%n worker(s) were sent to Disnaker and wait to be submitted to BPJS: they owe contributions once Disnaker's return bundle marks them submitted.</source>
      <translation>
        <numerusform>%n pekerja sudah dikirim ke Disnaker dan menunggu diajukan ke BPJS: iurannya baru terutang setelah paket balasan Disnaker menandai mereka diajukan.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n worker(s) are still drafts: complete their data on the Roster tab, then send them to Disnaker in a bundle (Sync tab) for BPJS registration; they owe contributions once submitted.</source>
      <translation>
        <numerusform>%n pekerja masih berstatus draf: lengkapi datanya di tab Daftar Peserta, lalu kirim ke Disnaker dalam paket (tab Sinkronisasi) untuk didaftarkan ke BPJS; iuran berlaku setelah diajukan.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n submitted or active worker(s) have no start month: open each on the Roster tab and set it.</source>
      <translation>
        <numerusform>%n pekerja yang diajukan atau aktif belum punya bulan mulai: buka masing-masing di tab Daftar Peserta dan isi bulan mulainya.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n worker(s) start in a later month.</source>
      <translation>
        <numerusform>%n pekerja mulai pada bulan berikutnya.</numerusform>
      </translation>
    </message>
    <message>
      <source>{count} workers · {risk} at risk · {lapsed} lapsed · owed {owed}</source>
      <translation>{count} pekerja · {risk} berisiko · {lapsed} berhenti · tunggakan {owed}</translation>
    </message>
    <message>
      <source>{count} sponsors · {below} below their quota</source>
      <translation>{count} penanggung · {below} di bawah kuota</translation>
    </message>
    <message numerus="yes">
      <source>%n membership(s) lapsed after more than {n} consecutive unpaid months. They are listed under Arrears and lapses, where they can be registered again.</source>
      <translation>
        <numerusform>%n kepesertaan berhenti karena lebih dari {n} bulan berturut-turut tidak membayar iuran. Pekerja tersebut ada di Tunggakan dan kepesertaan berhenti, dan dapat didaftarkan ulang di sana.</numerusform>
      </translation>
    </message>
    <message>
      <source>Pay contributions</source>
      <translation>Bayar iuran</translation>
    </message>
    <message>
      <source>Select one worker first.</source>
      <translation>Pilih satu pekerja terlebih dahulu.</translation>
    </message>
    <message>
      <source>Pay arrears</source>
      <translation>Bayar tunggakan</translation>
    </message>
    <message>
      <source>This membership has lapsed: register the worker again first.</source>
      <translation>Kepesertaan ini sudah berhenti: daftarkan ulang pekerja terlebih dahulu.</translation>
    </message>
    <message>
      <source>Correct a payment</source>
      <translation>Koreksi pembayaran</translation>
    </message>
    <message>
      <source>Select one paid row of the month first.</source>
      <translation>Pilih satu baris yang sudah dibayar pada bulan ini terlebih dahulu.</translation>
    </message>
    <message>
      <source>Register again</source>
      <translation>Daftarkan ulang</translation>
    </message>
    <message>
      <source>Select lapsed workers first.</source>
      <translation>Pilih pekerja yang kepesertaannya berhenti terlebih dahulu.</translation>
    </message>
    <message numerus="yes">
      <source>Register %n worker(s) again from {month}? They return to draft and need a new registration with BPJS.</source>
      <translation>
        <numerusform>Daftarkan ulang %n pekerja mulai {month}? Status kembali menjadi draf dan perlu pendaftaran baru ke BPJS.</numerusform>
      </translation>
    </message>
    <message>
      <source>Export deduction list</source>
      <translation>Ekspor daftar potongan</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Saved {path}: {sponsors} sponsors, {workers} workers, total {total}.</source>
      <translation>Tersimpan {path}: {sponsors} penanggung, {workers} pekerja, jumlah {total}.</translation>
    </message>
    <message>
      <source>Exporting the deduction list…</source>
      <translation>Mengekspor daftar potongan…</translation>
    </message>
  </context>
  <context>
    <name>RateTableDialog</name>
    <message>
      <source>New contribution rate table</source>
      <translation>Tabel tarif iuran baru</translation>
    </message>
    <message>
      <source>Income from</source>
      <translation>Penghasilan dari</translation>
    </message>
    <message>
      <source>up to (empty: no limit)</source>
      <translation>s.d. (kosong: tanpa batas)</translation>
    </message>
    <message>
      <source>Counts as</source>
      <translation>Dihitung sebagai</translation>
    </message>
    <message>
      <source>Add bracket</source>
      <translation>Tambah golongan</translation>
    </message>
    <message>
      <source>Remove last bracket</source>
      <translation>Hapus golongan terakhir</translation>
    </message>
    <message>
      <source>In force from (month)</source>
      <translation>Berlaku mulai (bulan)</translation>
    </message>
    <message>
      <source>JKK (permille of base income)</source>
      <translation>JKK (permil dari dasar penghasilan)</translation>
    </message>
    <message>
      <source>JKM (flat a month)</source>
      <translation>JKM (tetap per bulan)</translation>
    </message>
    <message>
      <source>JHT (permille, optional programme)</source>
      <translation>JHT (permil, program pilihan)</translation>
    </message>
    <message>
      <source>Note (regulation)</source>
      <translation>Catatan (peraturan)</translation>
    </message>
    <message>
      <source>Income brackets</source>
      <translation>Golongan penghasilan</translation>
    </message>
    <message>
      <source>Bracket {row}: give whole Rupiah amounts.</source>
      <translation>Golongan {row}: isi dengan jumlah Rupiah bulat.</translation>
    </message>
  </context>
  <context>
    <name>RatesSection</name>
    <message>
      <source>Contribution rates (BPU)</source>
      <translation>Tarif iuran (BPU)</translation>
    </message>
    <message>
      <source>Declared income from</source>
      <translation>Penghasilan yang dilaporkan dari</translation>
    </message>
    <message>
      <source>up to</source>
      <translation>s.d.</translation>
    </message>
    <message>
      <source>Counts as</source>
      <translation>Dihitung sebagai</translation>
    </message>
    <message>
      <source>Monthly (JKK + JKM)</source>
      <translation>Per bulan (JKK + JKM)</translation>
    </message>
    <message>
      <source>Add a new rate table…</source>
      <translation>Tambah tabel tarif baru…</translation>
    </message>
    <message>
      <source>In force from</source>
      <translation>Berlaku mulai</translation>
    </message>
    <message>
      <source>Rates are set by Disnaker and arrive with its return bundles.</source>
      <translation>Tarif ditetapkan oleh Disnaker dan diterima bersama paket balasan Disnaker.</translation>
    </message>
    <message>
      <source>BPU (PP 44/2015); the upper brackets are not yet confirmed</source>
      <translation>BPU (PP 44/2015); golongan penghasilan atas belum dikonfirmasi</translation>
    </message>
    <message>
      <source>No rate table.</source>
      <translation>Tidak ada tabel tarif.</translation>
    </message>
    <message>
      <source>JKK {jkk}% of the base income · JKM {jkm} a month · JHT {jht}% (optional) · {note}</source>
      <translation>JKK {jkk}% dari dasar penghasilan · JKM {jkm} per bulan · JHT {jht}% (pilihan) · {note}</translation>
    </message>
    <message>
      <source>and more</source>
      <translation>dan seterusnya</translation>
    </message>
  </context>
  <context>
    <name>ReceiptOffer</name>
    <message>
      <source>Payment recorded</source>
      <translation>Pembayaran tercatat</translation>
    </message>
    <message>
      <source>The payment was recorded ({n} month(s)). Print a receipt for the payer?</source>
      <translation>Pembayaran tercatat ({n} bulan). Cetak kuitansi untuk pembayar?</translation>
    </message>
  </context>
  <context>
    <name>SponsorModel</name>
    <message>
      <source>NIP</source>
      <translation>NIP</translation>
    </message>
    <message>
      <source>Sponsor</source>
      <translation>Penanggung</translation>
    </message>
    <message>
      <source>Position level</source>
      <translation>Tingkat jabatan</translation>
    </message>
    <message>
      <source>Workers this month</source>
      <translation>Pekerja bulan ini</translation>
    </message>
    <message>
      <source>Months paid this year</source>
      <translation>Bulan lunas tahun ini</translation>
    </message>
    <message>
      <source>Unpaid this month</source>
      <translation>Belum dibayar bulan ini</translation>
    </message>
    <message>
      <source>Arrears (past due date)</source>
      <translation>Tunggakan (lewat jatuh tempo)</translation>
    </message>
    <message>
      <source>Quota</source>
      <translation>Kuota</translation>
    </message>
    <message>
      <source>{members} of {quota}: below quota</source>
      <translation>{members} dari {quota}: di bawah kuota</translation>
    </message>
    <message>
      <source>{members} of {quota}</source>
      <translation>{members} dari {quota}</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <source>No sponsor has NIP {nip}.</source>
      <translation>Tidak ada penanggung dengan NIP {nip}.</translation>
    </message>
    <message>
      <source>Recorded {count} payment(s).</source>
      <translation>{count} pembayaran dicatat.</translation>
    </message>
    <message>
      <source>{month}: recorded {count} contributions, total {total}; {already} were already paid.</source>
      <translation>{month}: {count} iuran dicatat, jumlah {total}; {already} sudah lunas sebelumnya.</translation>
    </message>
    <message>
      <source>{count} workers were left out because an earlier month is still unpaid:</source>
      <translation>{count} pekerja tidak diikutkan karena bulan sebelumnya masih belum dibayar:</translation>
    </message>
    <message>
      <source>Paid {count} months: {first} to {last}.</source>
      <translation>{count} bulan dibayar: {first} s.d. {last}.</translation>
    </message>
    <message>
      <source>Give --payment UID, or --worker NIK and --month M.</source>
      <translation>Isi --payment UID, atau --worker NIK dan --month M.</translation>
    </message>
    <message>
      <source>Reversed; correction entry {uid}.</source>
      <translation>Sudah dibatalkan; entri koreksi {uid}.</translation>
    </message>
    <message>
      <source>{count} memberships lapsed (more than {n} unpaid months).</source>
      <translation>{count} kepesertaan berhenti (lebih dari {n} bulan tidak membayar).</translation>
    </message>
    <message>
      <source>behind</source>
      <translation>menunggak</translation>
    </message>
    <message>
      <source>at risk</source>
      <translation>berisiko</translation>
    </message>
    <message>
      <source>lapsed</source>
      <translation>berhenti</translation>
    </message>
    <message>
      <source>As of {month}: {count} workers behind, {risk} at risk, {lapsed} lapsed; {owed} owed.</source>
      <translation>Per {month}: {count} pekerja menunggak, {risk} berisiko, {lapsed} berhenti; tunggakan {owed}.</translation>
    </message>
    <message>
      <source>Registered again as a draft; submit the registration to BPJS.</source>
      <translation>Didaftarkan ulang sebagai draf; ajukan pendaftarannya ke BPJS.</translation>
    </message>
    <message>
      <source>Deduction list {month}: {sponsors} sponsors, {workers} workers, {total} -&gt; {path}</source>
      <translation>Daftar potongan {month}: {sponsors} penanggung, {workers} pekerja, {total} -&gt; {path}</translation>
    </message>
  </context>
  <context>
    <name>payments</name>
    <message>
      <source>Deductions</source>
      <translation>Potongan</translation>
    </message>
    <message>
      <source>Payroll deduction list for BPJS Ketenagakerjaan contributions</source>
      <translation>Daftar potongan iuran BPJS Ketenagakerjaan</translation>
    </message>
    <message>
      <source>Month: {month}</source>
      <translation>Bulan: {month}</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>NIP</source>
      <translation>NIP</translation>
    </message>
    <message>
      <source>Sponsor</source>
      <translation>Penanggung</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Jabatan</translation>
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
      <source>Amount</source>
      <translation>Jumlah</translation>
    </message>
    <message>
      <source>Total to deduct from {name}</source>
      <translation>Jumlah potongan {name}</translation>
    </message>
    <message>
      <source>Grand total: {sponsors} sponsors, {workers} workers</source>
      <translation>Jumlah seluruhnya: {sponsors} penanggung, {workers} pekerja</translation>
    </message>
    <message>
      <source>No contribution rate table is in force for {month}.</source>
      <translation>Tidak ada tabel tarif iuran yang berlaku untuk {month}.</translation>
    </message>
    <message>
      <source>The first month must look like 2027-01.</source>
      <translation>Bulan pertama harus berbentuk 2027-01.</translation>
    </message>
    <message>
      <source>A new table must start after {month}, when the latest table starts; earlier months keep their amounts.</source>
      <translation>Tabel baru harus mulai setelah {month}, saat tabel terakhir mulai berlaku; bulan-bulan sebelumnya tetap memakai jumlah lamanya.</translation>
    </message>
    <message>
      <source>Give a whole number, zero or more.</source>
      <translation>Isi dengan bilangan bulat, nol atau lebih.</translation>
    </message>
    <message>
      <source>Give at least one income bracket.</source>
      <translation>Isi paling sedikit satu golongan penghasilan.</translation>
    </message>
    <message>
      <source>Bracket {row}: income must start at {amount} (right after the bracket above).</source>
      <translation>Golongan {row}: penghasilan harus mulai dari {amount} (tepat setelah golongan di atasnya).</translation>
    </message>
    <message>
      <source>Bracket {row}: the base income must be more than zero.</source>
      <translation>Golongan {row}: dasar penghasilan harus lebih dari nol.</translation>
    </message>
    <message>
      <source>Bracket {row}: only the last bracket may have no upper limit.</source>
      <translation>Golongan {row}: hanya golongan terakhir yang boleh tanpa batas atas.</translation>
    </message>
    <message>
      <source>Bracket {row}: the upper limit is below the lower limit.</source>
      <translation>Golongan {row}: batas atas lebih kecil dari batas bawah.</translation>
    </message>
    <message>
      <source>The last bracket must have no upper limit.</source>
      <translation>Golongan terakhir harus tanpa batas atas.</translation>
    </message>
    <message>
      <source>Only Disnaker sets contribution rates; they arrive at an OPD with its return bundles.</source>
      <translation>Hanya Disnaker yang menetapkan tarif iuran; tarif diterima OPD bersama paket balasan Disnaker.</translation>
    </message>
    <message>
      <source>The month must look like 2026-11.</source>
      <translation>Bulan harus berbentuk 2026-11.</translation>
    </message>
    <message>
      <source>The due day must be from 1 to 28.</source>
      <translation>Tanggal jatuh tempo harus 1 sampai 28.</translation>
    </message>
    <message>
      <source>Give a number of months from 1 to 12.</source>
      <translation>Isi jumlah bulan dari 1 sampai 12.</translation>
    </message>
    <message>
      <source>Months paid at once must be from 1 to 24.</source>
      <translation>Jumlah bulan yang dibayar sekaligus harus 1 sampai 24.</translation>
    </message>
    <message>
      <source>The age bounds must be 15 or more and the lower below the upper.</source>
      <translation>Batas usia minimal 15 dan batas bawah harus lebih kecil dari batas atas.</translation>
    </message>
    <message>
      <source>Quotas are whole numbers of workers.</source>
      <translation>Kuota berupa bilangan bulat jumlah pekerja.</translation>
    </message>
    <message>
      <source>{month} can no longer be paid: arrears may be paid for {earliest} and later only (up to {n} months back).</source>
      <translation>{month} tidak dapat dibayar lagi: tunggakan hanya dapat dibayar untuk {earliest} dan sesudahnya (paling lama {n} bulan ke belakang).</translation>
    </message>
    <message>
      <source>{month} is too far ahead: payments may be made up to {latest}.</source>
      <translation>{month} terlalu jauh ke depan: pembayaran paling jauh sampai {latest}.</translation>
    </message>
    <message>
      <source>Unknown payment method '{method}': use one of {methods}.</source>
      <translation>Cara bayar '{method}' tidak dikenal: gunakan salah satu dari {methods}.</translation>
    </message>
    <message>
      <source>The payment date is not a valid date.</source>
      <translation>Tanggal bayar tidak valid.</translation>
    </message>
    <message>
      <source>The payment date is in the future.</source>
      <translation>Tanggal bayar ada di masa depan.</translation>
    </message>
    <message>
      <source>The reference is longer than 80 characters.</source>
      <translation>Referensi lebih dari 80 karakter.</translation>
    </message>
    <message>
      <source>The worker no longer exists.</source>
      <translation>Pekerja ini sudah tidak ada.</translation>
    </message>
    <message>
      <source>No worker has NIK {nik}.</source>
      <translation>Tidak ada pekerja dengan NIK {nik}.</translation>
    </message>
    <message>
      <source>{name}'s membership ended on {end}; nothing is owed or taken for {month}. To cover {name} again, register the worker again.</source>
      <translation>Kepesertaan {name} berakhir pada {end}; untuk {month} tidak ada iuran yang terutang atau diterima. Untuk melindungi {name} lagi, daftarkan ulang pekerja.</translation>
    </message>
    <message>
      <source>payment recorded</source>
      <translation>pembayaran dicatat</translation>
    </message>
    <message>
      <source>Months paid at once must be one of {counts}.</source>
      <translation>Jumlah bulan yang dibayar sekaligus harus salah satu dari {counts}.</translation>
    </message>
    <message>
      <source>bulk run</source>
      <translation>pencatatan massal</translation>
    </message>
    <message>
      <source>full recomputation</source>
      <translation>penghitungan ulang seluruhnya</translation>
    </message>
    <message>
      <source>{name} is not registered yet (draft): contributions start once the registration is submitted.</source>
      <translation>{name} belum terdaftar (draf): iuran dimulai setelah pendaftaran diajukan.</translation>
    </message>
    <message>
      <source>{name}'s membership ended in {end} after more than {n} consecutive unpaid months, so nothing is owed or taken for it any more. To pay again, register the worker again (Payments: Register again, or `rentan pay reregister`) and submit the registration to BPJS.</source>
      <translation>Kepesertaan {name} berakhir pada {end} setelah lebih dari {n} bulan berturut-turut tidak dibayar, sehingga tidak ada lagi iuran yang terutang atau diterima. Untuk membayar lagi, daftarkan ulang pekerja (Pembayaran: Daftarkan ulang, atau `rentan pay reregister`) lalu kirim pendaftarannya ke BPJS.</translation>
    </message>
    <message>
      <source>{name}'s membership starts in {start}; {month} is before it.</source>
      <translation>Kepesertaan {name} mulai {start}; {month} sebelum itu.</translation>
    </message>
    <message>
      <source>Choose at least one month.</source>
      <translation>Pilih paling sedikit satu bulan.</translation>
    </message>
    <message>
      <source>before a payment</source>
      <translation>sebelum pembayaran</translation>
    </message>
    <message>
      <source>{month} is already paid for {name}.</source>
      <translation>{month} sudah lunas untuk {name}.</translation>
    </message>
    <message>
      <source>{count} contributions for {month}, {total}</source>
      <translation>{count} iuran untuk {month}, {total}</translation>
    </message>
    <message>
      <source>Give the reason for the correction.</source>
      <translation>Isi alasan koreksi.</translation>
    </message>
    <message>
      <source>The payment no longer exists.</source>
      <translation>Pembayaran ini sudah tidak ada.</translation>
    </message>
    <message>
      <source>A correction cannot be reversed; record the payment again instead.</source>
      <translation>Entri koreksi tidak dapat dibatalkan; catat ulang pembayarannya.</translation>
    </message>
    <message>
      <source>This payment was already reversed.</source>
      <translation>Pembayaran ini sudah dibatalkan.</translation>
    </message>
    <message>
      <source>payment reversed: {reason}</source>
      <translation>pembayaran dibatalkan: {reason}</translation>
    </message>
    <message>
      <source>No payment is recorded for {month}.</source>
      <translation>Tidak ada pembayaran tercatat untuk {month}.</translation>
    </message>
    <message>
      <source>arrears check</source>
      <translation>pemeriksaan tunggakan</translation>
    </message>
    <message>
      <source>Only a lapsed membership can be registered again.</source>
      <translation>Hanya kepesertaan yang berhenti yang dapat didaftarkan ulang.</translation>
    </message>
    <message>
      <source>The new first month must come after {month}, when the membership ended.</source>
      <translation>Bulan pertama yang baru harus sesudah {month}, saat kepesertaan berakhir.</translation>
    </message>
    <message>
      <source>registered again</source>
      <translation>didaftarkan ulang</translation>
    </message>
    <message>
      <source>Registered again after a lapse</source>
      <translation>Didaftarkan ulang setelah kepesertaan berhenti</translation>
    </message>
    <message>
      <source>Membership lapsed: more than {n} consecutive unpaid months, ending with {month}.</source>
      <translation>Kepesertaan berakhir: lebih dari {n} bulan berturut-turut tidak dibayar, berakhir pada {month}.</translation>
    </message>
    <message>
      <source>Lapse undone: the payments now cover the months that ended it.</source>
      <translation>Berakhirnya kepesertaan dibatalkan: pembayaran kini menutup bulan-bulan yang mengakhirinya.</translation>
    </message>
    <message>
      <source>Lapse moved to {month}: the payments changed.</source>
      <translation>Berakhirnya kepesertaan dipindah ke {month}: pembayaran berubah.</translation>
    </message>
    <message>
      <source>The date is not a valid date (e.g. 17/06/2024).</source>
      <translation>Tanggal tidak valid (contoh 17/06/2024).</translation>
    </message>
    <message>
      <source>Give the holiday's name as in the decree.</source>
      <translation>Isi nama hari libur sesuai SKB.</translation>
    </message>
    <message>
      <source>Choose national holiday or cuti bersama.</source>
      <translation>Pilih libur nasional atau cuti bersama.</translation>
    </message>
    <message>
      <source>{date} is already in the calendar as this kind of day.</source>
      <translation>{date} sudah ada di kalender sebagai jenis hari ini.</translation>
    </message>
    <message>
      <source>That day is no longer in the calendar.</source>
      <translation>Hari itu sudah tidak ada di kalender.</translation>
    </message>
    <message>
      <source>{name}: months are paid in order, without gaps, starting with the oldest unpaid month, {first}. Choose {first} and the months right after it ({counts} months at once).</source>
      <translation>{name}: iuran dibayar berurutan tanpa bulan yang terlewat, mulai dari bulan tertua yang belum dibayar, yaitu {first}. Pilih {first} dan bulan-bulan sesudahnya ({counts} bulan sekaligus).</translation>
    </message>
    <message>
      <source>{name}: {count} months cannot be paid at once. Disnaker's programme rules allow {counts} months at once, from {first}.</source>
      <translation>{name}: {count} bulan tidak dapat dibayar sekaligus. Aturan program dari Disnaker membolehkan {counts} bulan sekaligus, mulai {first}.</translation>
    </message>
    <message>
      <source>{name}: {oldest} is still unpaid. Pay {oldest} first (select the worker, Pay / prepay…), then {month}.</source>
      <translation>{name}: {oldest} masih belum dibayar. Bayar {oldest} dulu (pilih pekerjanya, Bayar / bayar di muka…), baru {month}.</translation>
    </message>
  </context>
</TS>