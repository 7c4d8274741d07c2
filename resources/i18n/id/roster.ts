<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AuditDialog</name>
    <message>
        <source>History: {name}</source>
        <translation>Riwayat: {name}</translation>
    </message>
    <message>
        <source>Every change to this record, oldest first.</source>
        <translation>Setiap perubahan pada data ini, dari yang terlama.</translation>
    </message>
    <message>
        <source>No change to this record has been recorded (records made by the demo data generator have no history of their own).</source>
        <translation>Belum ada perubahan yang tercatat untuk data ini (data dari pembuat data contoh tidak memiliki riwayat sendiri).</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Sebelum</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sesudah</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>{n} row(s) selected</source>
        <translation>{n} baris dipilih</translation>
    </message>
    <message>
        <source>End the selected…</source>
        <translation>Akhiri yang dipilih…</translation>
    </message>
    <message>
        <source>Change their sponsor…</source>
        <translation>Ganti penanggung…</translation>
    </message>
    <message>
        <source>Set their first month covered…</source>
        <translation>Tetapkan bulan pertama…</translation>
    </message>
    <message>
        <source>Print their registration forms</source>
        <translation>Cetak formulir pendaftaran</translation>
    </message>
    <message>
        <source>With the selected</source>
        <translation>Dengan yang dipilih</translation>
    </message>
    <message>
        <source>Select one or more rows first (Ctrl or Shift with a click).</source>
        <translation>Pilih dulu satu baris atau lebih (klik sambil menekan Ctrl atau Shift).</translation>
    </message>
    <message>
        <source>{n} record(s) changed.</source>
        <translation>{n} data diubah.</translation>
    </message>
    <message>
        <source>{n} left as they were (the change does not apply to them).</source>
        <translation>{n} data dibiarkan (perubahan ini tidak berlaku untuknya).</translation>
    </message>
    <message>
        <source>{n} selected worker(s)</source>
        <translation>{n} pekerja terpilih</translation>
    </message>
    <message>
        <source>{n} selected sponsor(s)</source>
        <translation>{n} penanggung terpilih</translation>
    </message>
    <message>
        <source>Change their sponsor</source>
        <translation>Ganti penanggung</translation>
    </message>
    <message>
        <source>Give {n} worker(s) the sponsor {name}?</source>
        <translation>Jadikan {name} penanggung bagi {n} pekerja?</translation>
    </message>
    <message>
        <source>Set their first month covered</source>
        <translation>Tetapkan bulan pertama</translation>
    </message>
    <message>
        <source>First month covered (only for workers not yet registered with BPJS):</source>
        <translation>Bulan pertama ditanggung (hanya untuk pekerja yang belum terdaftar di BPJS):</translation>
    </message>
    <message>
        <source>Set the first month covered of {n} worker(s) to {month}?</source>
        <translation>Tetapkan bulan pertama {n} pekerja menjadi {month}?</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Sekarang</translation>
    </message>
    <message>
        <source>From the file</source>
        <translation>Dari berkas</translation>
    </message>
</context>
<context>
    <name>ChangesPage</name>
    <message>
        <source>Check the changes to existing records</source>
        <translation>Periksa perubahan pada data yang sudah ada</translation>
    </message>
    <message>
        <source>These records are already in Rentan (same NIP or NIK). Importing changes each field below from its current value to the file&apos;s; the history keeps both.</source>
        <translation>Data ini sudah ada di Rentan (NIP atau NIK sama). Impor mengubah setiap isian di bawah dari nilai sekarang ke nilai dari berkas; riwayat menyimpan keduanya.</translation>
    </message>
    <message>
        <source>{n} records will be updated, {c} fields in all.</source>
        <translation>{n} data akan diperbarui, seluruhnya {c} isian.</translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <source>Check the rows</source>
        <translation>Periksa baris</translation>
    </message>
    <message>
        <source>Nothing has been stored yet. Rows marked Skipped will not be imported; fix them in the spreadsheet and import it again later if needed. Drafts come in but cannot be registered with BPJS until the missing data is filled in.</source>
        <translation>Belum ada yang disimpan. Baris bertanda Dilewati tidak diimpor; perbaiki di lembar kerja lalu impor lagi bila perlu. Draf ikut diimpor tetapi belum dapat didaftarkan ke BPJS sampai data yang kurang dilengkapi.</translation>
    </message>
    <message>
        <source>Update existing records with the file&apos;s values (matched by NIP or NIK; you see each change before importing)</source>
        <translation>Perbarui data yang sudah ada dengan isi berkas (dicocokkan lewat NIP atau NIK; setiap perubahan ditampilkan sebelum impor)</translation>
    </message>
    <message>
        <source>Show only skipped rows, drafts and warnings</source>
        <translation>Tampilkan hanya baris yang dilewati, draf dan peringatan</translation>
    </message>
    <message>
        <source>Checking rows…</source>
        <translation>Memeriksa baris…</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Pemeriksaan dibatalkan.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Pilih lembar kerja</translation>
    </message>
    <message>
        <source>Excel (.xlsx, .xls), LibreOffice (.ods) or .csv. Title rows above the header are fine; the header row is found by itself.</source>
        <translation>Excel (.xlsx, .xls), LibreOffice (.ods) atau .csv. Baris judul di atas kepala kolom tidak masalah; baris kepala kolom dicari otomatis.</translation>
    </message>
    <message>
        <source>Sponsors (ASN): NIP, name, position, echelon…</source>
        <translation>Penanggung (ASN): NIP, nama, jabatan, eselon…</translation>
    </message>
    <message>
        <source>Workers: NIK, name, birth date, mother&apos;s name, sponsor&apos;s NIP…</source>
        <translation>Pekerja: NIK, nama, tanggal lahir, nama ibu kandung, NIP penanggung…</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Berkas yang diimpor</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <source>What does the file list?</source>
        <translation>Berkas ini berisi daftar apa?</translation>
    </message>
    <message>
        <source>Import the sponsors before their workers: a worker is linked to a sponsor through the NIP PENANGGUNG column. Nothing is stored before the last step.</source>
        <translation>Impor penanggung lebih dahulu sebelum pekerjanya: pekerja dihubungkan ke penanggung melalui kolom NIP PENANGGUNG. Tidak ada yang disimpan sebelum langkah terakhir.</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
        <translation>Lembar kerja (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Click a row to read its whole reason here.</source>
        <translation>Klik sebuah baris untuk membaca alasan lengkapnya di sini.</translation>
    </message>
    <message>
        <source>Row {row} ({name}): {reason}</source>
        <translation>Baris {row} ({name}): {reason}</translation>
    </message>
</context>
<context>
    <name>ImportReportModel</name>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Draft (data missing)</source>
        <translation>Draf (data kurang)</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Siap</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Dilewati</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <source>Will update</source>
        <translation>Akan diperbarui</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Tidak berubah</translation>
    </message>
    <message>
        <source>Changes: {fields}</source>
        <translation>Perubahan: {fields}</translation>
    </message>
    <message>
        <source>Missing for BPJS registration: {fields}</source>
        <translation>Belum ada untuk pendaftaran BPJS: {fields}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Impor dari lembar kerja</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Kembali</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Lanjut &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Selesai</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation>Periksa kolom</translation>
    </message>
    <message>
        <source>Each column&apos;s field was recognised from its header; change any that is wrong. Columns set to &apos;(ignore)&apos; are not imported. A file without a header row: set the header row to &apos;none&apos; and choose each column&apos;s field by its letter.</source>
        <translation>Isian setiap kolom dikenali dari judulnya; ubah yang keliru. Kolom &apos;(abaikan)&apos; tidak diimpor. Berkas tanpa baris judul: atur baris judul ke &apos;tidak ada&apos; lalu pilih isian setiap kolom menurut hurufnya.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Header on row</source>
        <translation>Kepala kolom di baris</translation>
    </message>
    <message>
        <source>Sheet: {sheet} (of {n} in the file; the one whose headers fit best)</source>
        <translation>Lembar: {sheet} (dari {n} lembar di berkas ini; yang judul kolomnya paling cocok)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(abaikan)</translation>
    </message>
    <message>
        <source>Choose a column for: {fields}</source>
        <translation>Pilih kolom untuk: {fields}</translation>
    </message>
    <message>
        <source>No header row was found: choose each column&apos;s field by its letter (A, B, C…), or set the row that holds the headers.</source>
        <translation>Baris judul tidak ditemukan: pilih isian setiap kolom menurut hurufnya (A, B, C…), atau atur baris yang berisi judul kolom.</translation>
    </message>
</context>
<context>
    <name>Reactivate</name>
    <message>
        <source>Reactivate worker</source>
        <translation>Aktifkan kembali pekerja</translation>
    </message>
    <message>
        <source>{name} was ended. Why is this worker active again? (kept in the history)</source>
        <translation>{name} sudah diakhiri. Mengapa pekerja ini aktif lagi? (disimpan di riwayat)</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Aktifkan kembali</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation>Tidak ada yang diimpor: {error}</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Impor dibatalkan: tidak ada yang diimpor.</translation>
    </message>
</context>
<context>
    <name>RosterEndDialog</name>
    <message>
        <source>End worker</source>
        <translation>Akhiri pekerja</translation>
    </message>
    <message>
        <source>End sponsor</source>
        <translation>Akhiri penanggung</translation>
    </message>
    <message>
        <source>End the participation of {name}? The record and its history stay; it can be looked up but no longer counts as current.</source>
        <translation>Akhiri kepesertaan {name}? Data dan riwayatnya tetap tersimpan; masih bisa dicari tetapi tidak lagi dihitung sebagai peserta aktif.</translation>
    </message>
    <message>
        <source>End the sponsorship of {name}? The record and its history stay; their workers keep their own status.</source>
        <translation>Akhiri kepenanggungan {name}? Data dan riwayatnya tetap tersimpan; status pekerja yang ditanggung tidak berubah.</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Meninggal dunia</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Pindah domisili</translation>
    </message>
    <message>
        <source>Now employed with a wage (PU)</source>
        <translation>Sudah menjadi pekerja penerima upah (PU)</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation>Mengundurkan diri</translation>
    </message>
    <message>
        <source>Registered twice</source>
        <translation>Terdaftar ganda</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Pensiun</translation>
    </message>
    <message>
        <source>Transferred to another OPD</source>
        <translation>Mutasi ke OPD lain</translation>
    </message>
    <message>
        <source>Contract ended</source>
        <translation>Kontrak berakhir</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Tanggal berakhir</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Akhiri</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <source>Search by name, NIK or NIP (Ctrl+F)</source>
        <translation>Cari nama, NIK atau NIP (Ctrl+F)</translation>
    </message>
    <message>
        <source>Type part of a name, or the beginning of a NIK or a NIP.</source>
        <translation>Ketik sebagian nama, atau awal NIK atau NIP.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Impor…</translation>
    </message>
    <message>
        <source>Import sponsors or workers from a spreadsheet (Ctrl+I)</source>
        <translation>Impor penanggung atau pekerja dari lembar kerja (Ctrl+I)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Export (.xlsx)…</source>
        <translation>Ekspor (.xlsx)…</translation>
    </message>
    <message>
        <source>Save the list on screen, with its search and filters, as a spreadsheet</source>
        <translation>Simpan daftar yang tampil, dengan pencarian dan saringannya, sebagai lembar kerja</translation>
    </message>
    <message numerus="yes">
        <source>%Ln current worker(s)</source>
        <translation>
            <numerusform>%Ln pekerja terdaftar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln active sponsor(s)</source>
        <translation>
            <numerusform>%Ln penanggung aktif</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln below quota</source>
        <translation>
            <numerusform>%Ln di bawah kuota</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without sponsor</source>
        <translation>
            <numerusform>%Ln tanpa penanggung</numerusform>
        </translation>
    </message>
    <message>
        <source>With selected</source>
        <translation>Dengan yang dipilih</translation>
    </message>
    <message>
        <source>End, change sponsor, set first month or print forms for every selected row</source>
        <translation>Akhiri, ganti penanggung, tetapkan bulan pertama atau cetak formulir untuk semua baris yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Workers</source>
        <translation>&amp;Pekerja</translation>
    </message>
    <message>
        <source>&amp;Sponsors</source>
        <translation>Pe&amp;nanggung</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Current (draft, submitted, active)</source>
        <translation>Terdaftar (draf, diajukan, aktif)</translation>
    </message>
    <message>
        <source>Without sponsor</source>
        <translation>Tanpa penanggung</translation>
    </message>
    <message>
        <source>Registration: all</source>
        <translation>Pendaftaran: semua</translation>
    </message>
    <message>
        <source>Ready to register</source>
        <translation>Siap didaftarkan</translation>
    </message>
    <message>
        <source>Data missing</source>
        <translation>Data kurang</translation>
    </message>
    <message>
        <source>Rejected by BPJS</source>
        <translation>Ditolak BPJS</translation>
    </message>
    <message>
        <source>Drafts BPJS can register, or workers still missing data that BPJS registration needs (mother&apos;s maiden name, heir, ...)</source>
        <translation>Draf yang dapat didaftarkan ke BPJS, atau pekerja yang masih kurang data untuk pendaftaran BPJS (nama ibu kandung, ahli waris, ...)</translation>
    </message>
    <message>
        <source>Showing one sponsor&apos;s workers; click to show all</source>
        <translation>Menampilkan pekerja satu penanggung; klik untuk menampilkan semua</translation>
    </message>
    <message>
        <source>Add worker</source>
        <translation>Tambah pekerja</translation>
    </message>
    <message>
        <source>Add a worker (Ins)</source>
        <translation>Tambah pekerja (Ins)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No workers yet. Add one with Add worker (Ins), or import the list you already keep with Import… (Ctrl+I). Import the sponsors first so that workers find their sponsor&apos;s NIP.</source>
        <translation>Belum ada pekerja. Tambahkan dengan Tambah pekerja (Ins), atau impor daftar yang sudah ada dengan Impor… (Ctrl+I). Impor penanggung lebih dahulu agar pekerja dapat dihubungkan ke NIP penanggungnya.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <source>Below quota</source>
        <translation>Di bawah kuota</translation>
    </message>
    <message>
        <source>Active sponsors with fewer current workers than their position&apos;s quota</source>
        <translation>Penanggung aktif yang jumlah pekerjanya kurang dari kuota jabatannya</translation>
    </message>
    <message>
        <source>Add sponsor</source>
        <translation>Tambah penanggung</translation>
    </message>
    <message>
        <source>Add a sponsor (Ins)</source>
        <translation>Tambah penanggung (Ins)</translation>
    </message>
    <message>
        <source>No sponsors yet. Add one with Add sponsor (Ins), or import the OPD&apos;s staff list (for example the personnel-system export) with Import… (Ctrl+I).</source>
        <translation>Belum ada penanggung. Tambahkan dengan Tambah penanggung (Ins), atau impor daftar pegawai OPD (misalnya ekspor dari sistem kepegawaian) dengan Impor… (Ctrl+I).</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Daftar Peserta</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n pekerja</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Workers ({n})</source>
        <translation>&amp;Pekerja ({n})</translation>
    </message>
    <message numerus="yes">
        <source>%n sponsor(s)</source>
        <translation>
            <numerusform>%n penanggung</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sponsors ({n})</source>
        <translation>Pe&amp;nanggung ({n})</translation>
    </message>
    <message>
        <source>Sponsor: {name}  ✕</source>
        <translation>Penanggung: {name}  ✕</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>End…</source>
        <translation>Akhiri…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Riwayat…</translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation>Aktifkan kembali…</translation>
    </message>
    <message>
        <source>Show sponsor&apos;s workers</source>
        <translation>Tampilkan pekerja penanggung ini</translation>
    </message>
    <message>
        <source>Show workers</source>
        <translation>Tampilkan pekerja</translation>
    </message>
    <message>
        <source>Add worker for this sponsor…</source>
        <translation>Tambah pekerja untuk penanggung ini…</translation>
    </message>
</context>
<context>
    <name>SponsorDialog</name>
    <message>
        <source>Edit sponsor</source>
        <translation>Ubah penanggung</translation>
    </message>
    <message>
        <source>Add sponsor</source>
        <translation>Tambah penanggung</translation>
    </message>
    <message>
        <source>18 digits, e.g. 19660801 198803 1 001</source>
        <translation>18 digit, mis. 19660801 198803 1 001</translation>
    </message>
    <message>
        <source>e.g. Kepala Bidang Pembinaan</source>
        <translation>mis. Kepala Bidang Pembinaan</translation>
    </message>
    <message>
        <source>II, III, IV or empty</source>
        <translation>II, III, IV atau kosong</translation>
    </message>
    <message>
        <source>Male (L)</source>
        <translation>Laki-laki (L)</translation>
    </message>
    <message>
        <source>Female (P)</source>
        <translation>Perempuan (P)</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>hh/bb/tttt</translation>
    </message>
    <message>
        <source>08… or +628…</source>
        <translation>08… atau +628…</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>sponsor</source>
        <translation>penanggung</translation>
    </message>
</context>
<context>
    <name>SponsorPicker</name>
    <message>
        <source>Choose sponsor</source>
        <translation>Pilih penanggung</translation>
    </message>
    <message>
        <source>Name or NIP…</source>
        <translation>Nama atau NIP…</translation>
    </message>
</context>
<context>
    <name>SponsorTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Workers/quota</source>
        <translation>Pekerja/kuota</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Below quota: sponsors {quota} worker(s), has {count}.</source>
        <translation>Di bawah kuota: wajib menanggung {quota} pekerja, baru {count}.</translation>
    </message>
</context>
<context>
    <name>WorkerDialog</name>
    <message>
        <source>Edit worker</source>
        <translation>Ubah pekerja</translation>
    </message>
    <message>
        <source>Add worker</source>
        <translation>Tambah pekerja</translation>
    </message>
    <message>
        <source>16 digits from the KTP</source>
        <translation>16 digit sesuai KTP</translation>
    </message>
    <message>
        <source>as written on the KTP</source>
        <translation>sesuai yang tertulis di KTP</translation>
    </message>
    <message>
        <source>Male (L)</source>
        <translation>Laki-laki (L)</translation>
    </message>
    <message>
        <source>Female (P)</source>
        <translation>Perempuan (P)</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>hh/bb/tttt</translation>
    </message>
    <message>
        <source>Identity (KTP)</source>
        <translation>Identitas (KTP)</translation>
    </message>
    <message>
        <source>08… or +628…</source>
        <translation>08… atau +628…</translation>
    </message>
    <message>
        <source>Contact and address</source>
        <translation>Kontak dan alamat</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Jalan</translation>
    </message>
    <message>
        <source> (lowest bracket, the default)</source>
        <translation> (golongan terendah, nilai bawaan)</translation>
    </message>
    <message>
        <source>Also old-age savings (JHT, 2%)</source>
        <translation>Ikut juga Jaminan Hari Tua (JHT, 2%)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>belum diisi</translation>
    </message>
    <message>
        <source>given by BPJS after registration</source>
        <translation>diberikan BPJS setelah pendaftaran</translation>
    </message>
    <message>
        <source>only when the age is outside 18 to under 65</source>
        <translation>hanya bila usia di luar 18 sampai di bawah 65 tahun</translation>
    </message>
    <message>
        <source>Work and programme</source>
        <translation>Pekerjaan dan program</translation>
    </message>
    <message>
        <source>Reason for age exception</source>
        <translation>Alasan pengecualian usia</translation>
    </message>
    <message>
        <source>no sponsor yet</source>
        <translation>belum ada penanggung</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>No sponsor</source>
        <translation>Tanpa penanggung</translation>
    </message>
    <message>
        <source>Sponsor and heir</source>
        <translation>Penanggung dan ahli waris</translation>
    </message>
    <message>
        <source>Heir (ahli waris)</source>
        <translation>Ahli waris</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>pekerja</translation>
    </message>
    <message>
        <source>Rejected by BPJS: {reason}. Check the data against the KTP and KK (above all the NIK, name and birth date), correct it and press Save; the worker is sent to Disnaker again in the next bundle.</source>
        <translation>Ditolak BPJS: {reason}. Periksa data ini dengan KTP dan KK (terutama NIK, nama dan tanggal lahir), perbaiki, lalu tekan Simpan; pekerja dikirim ulang ke Disnaker dalam paket berikutnya.</translation>
    </message>
    <message>
        <source>Not complete for BPJS registration yet: {fields}. Fill in the marked fields and press Save; the worker is then ready to be sent to Disnaker.</source>
        <translation>Belum lengkap untuk pendaftaran BPJS: {fields}. Isi kolom yang ditandai lalu tekan Simpan; setelah itu pekerja siap dikirim ke Disnaker.</translation>
    </message>
    <message>
        <source>Needed for BPJS registration</source>
        <translation>Diperlukan untuk pendaftaran BPJS</translation>
    </message>
    <message>
        <source>Sponsor&apos;s workers: {text} of the quota</source>
        <translation>Pekerja yang ditanggung: {text} dari kuota</translation>
    </message>
    <message>
        <source>NIK issued in {place}</source>
        <translation>NIK terbit di {place}</translation>
    </message>
    <message>
        <source>Not saved: correct what the messages under the fields say, then press Save again.</source>
        <translation>Belum tersimpan: perbaiki sesuai pesan di bawah isian, lalu tekan Simpan lagi.</translation>
    </message>
    <message>
        <source>The age is outside 18 to under 65: write the reason in &quot;Reason for age exception&quot; to register the worker anyway.</source>
        <translation>Usia di luar 18 sampai di bawah 65 tahun: tulis alasannya di &quot;Alasan pengecualian usia&quot; agar pekerja tetap dapat didaftarkan.</translation>
    </message>
</context>
<context>
    <name>WorkerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Lahir</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Kelurahan/desa</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Penanggung</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>KPJ</source>
        <translation>KPJ</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>BPJS registration</source>
        <translation>Pendaftaran BPJS</translation>
    </message>
    <message>
        <source>{kpj} (previous membership)</source>
        <translation>{kpj} (kepesertaan lama)</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— belum ada —</translation>
    </message>
    <message>
        <source>Data missing: {fields}</source>
        <translation>Data kurang: {fields}</translation>
    </message>
    <message>
        <source>Has a KPJ: Disnaker confirms the membership</source>
        <translation>Punya KPJ: Disnaker mengonfirmasi kepesertaan</translation>
    </message>
    <message>
        <source>Ready to register</source>
        <translation>Siap didaftarkan</translation>
    </message>
    <message>
        <source>Rejected by BPJS: {reason}. Correct the data and save; it is sent again in the next bundle.</source>
        <translation>Ditolak BPJS: {reason}. Perbaiki datanya lalu simpan; dikirim ulang di paket berikutnya.</translation>
    </message>
    <message>
        <source>This worker has no sponsor yet.</source>
        <translation>Pekerja ini belum punya penanggung.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>--header-row must be 0 (no header row) or a row number.</source>
        <translation>--header-row harus 0 (tanpa baris judul) atau nomor baris.</translation>
    </message>
    <message>
        <source>error: nothing was imported: {file} has no row that could be imported.</source>
        <translation>galat: tidak ada yang diimpor: {file} tidak memiliki baris yang dapat diimpor.</translation>
    </message>
    <message>
        <source>Unknown status &apos;{status}&apos;; use one of: {known}.</source>
        <translation>Status &apos;{status}&apos; tidak dikenal; gunakan salah satu: {known}.</translation>
    </message>
    <message>
        <source>roster {what} as CSV, {count} records</source>
        <translation>daftar {what} sebagai CSV, {count} data</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>&apos;{pair}&apos; is not HEADER=field.</source>
        <translation>&apos;{pair}&apos; bukan bentuk KOLOM=isian.</translation>
    </message>
    <message>
        <source>Unknown field &apos;{field}&apos;; known fields: {fields}.</source>
        <translation>Isian &apos;{field}&apos; tidak dikenal; isian yang dikenal: {fields}.</translation>
    </message>
</context>
<context>
    <name>import_wizard</name>
    <message>
        <source>Something unexpected went wrong while reading or storing the file; nothing was changed. The details are in the log (Maintenance &gt; Logs): send it to your support contact.</source>
        <translation>Terjadi kesalahan tak terduga saat membaca atau menyimpan berkas; tidak ada yang diubah. Rinciannya ada di log (Pemeliharaan &gt; Log): kirimkan ke petugas pendukung Anda.</translation>
    </message>
</context>
<context>
    <name>importer</name>
    <message>
        <source>{name}: the file is empty.</source>
        <translation>{name}: berkas kosong.</translation>
    </message>
    <message>
        <source>Header row {row} is outside the file.</source>
        <translation>Baris kepala kolom {row} di luar isi berkas.</translation>
    </message>
    <message>
        <source>{name}: no column for {fields}; name it with --map HEADER=field or in the column mapping.</source>
        <translation>{name}: tidak ada kolom untuk {fields}; tentukan dengan --map KOLOM=isian atau di pemetaan kolom.</translation>
    </message>
    <message>
        <source>Checking rows…</source>
        <translation>Memeriksa baris…</translation>
    </message>
    <message>
        <source>{name}: row {row} has a {id} column but no column with the names (NAMA); a list needs both. Add the names, or choose the names&apos; column with --map HEADER=name (or a column letter: --map C=name).</source>
        <translation>{name}: baris {row} memiliki kolom {id} tetapi tidak ada kolom nama (NAMA); daftar memerlukan keduanya. Tambahkan namanya, atau pilih kolom nama dengan --map JUDUL=name (atau huruf kolom: --map C=name).</translation>
    </message>
    <message>
        <source>{name}: no header row found in the first {n} rows (looked for columns such as NIK, NIP, NAMA, TANGGAL LAHIR). Use --map HEADER=field (or a column letter: --map C=nik) or choose the header row.</source>
        <translation>{name}: baris judul tidak ditemukan dalam {n} baris pertama (dicari kolom seperti NIK, NIP, NAMA, TANGGAL LAHIR). Gunakan --map JUDUL=isian (atau huruf kolom: --map C=nik) atau pilih baris judulnya.</translation>
    </message>
    <message>
        <source>{name}: this looks like a list of workers (it has a NIK column and no NIP of the sponsor, or columns such as NAMA IBU KANDUNG or NIP PENANGGUNG). Import it as workers; import the sponsors (ASN) from their personnel list first.</source>
        <translation>{name}: ini tampaknya daftar pekerja (ada kolom NIK tanpa NIP penanggung, atau kolom seperti NAMA IBU KANDUNG atau NIP PENANGGUNG). Impor sebagai pekerja; impor dulu penanggung (ASN) dari daftar kepegawaiannya.</translation>
    </message>
    <message>
        <source>{name}: this looks like a list of sponsors (ASN): it has a NIP column but no NIK. Import it as sponsors; a workers list needs each worker&apos;s NIK.</source>
        <translation>{name}: ini tampaknya daftar penanggung (ASN): ada kolom NIP tetapi tanpa NIK. Impor sebagai penanggung; daftar pekerja memerlukan NIK setiap pekerja.</translation>
    </message>
    <message>
        <source>{name}: this looks like a personnel list (ASN): the NIP and the NIK on its rows belong to the same person (their birth dates agree). Import it as sponsors; a workers list gives each worker&apos;s NIK and, if any, the sponsor&apos;s NIP under a header such as NIP PENANGGUNG.</source>
        <translation>{name}: ini tampaknya daftar kepegawaian (ASN): NIP dan NIK pada baris-barisnya milik orang yang sama (tanggal lahirnya cocok). Impor sebagai penanggung; daftar pekerja memuat NIK setiap pekerja dan, bila ada, NIP penanggungnya di bawah judul kolom seperti NIP PENANGGUNG.</translation>
    </message>
    <message>
        <source>No NIP: imported as Non-ASN (honorary or contract staff). If this is a PNS or PPPK, add the NIP to the sponsor.</source>
        <translation>Tanpa NIP: diimpor sebagai Non-ASN (honorer atau kontrak). Bila ia PNS atau PPPK, lengkapi NIP penanggung ini.</translation>
    </message>
    <message>
        <source>The phone is a landline, not a mobile number (08…): left empty.</source>
        <translation>Nomor telepon ini telepon rumah/kantor, bukan nomor HP (08…): dikosongkan.</translation>
    </message>
    <message>
        <source>A KPJ is given: this worker seems already registered with BPJS, so he stays a draft and is not put in a BPJS registration file. Disnaker confirms the membership with BPJS.</source>
        <translation>KPJ diisi: pekerja ini tampaknya sudah terdaftar di BPJS, jadi tetap berstatus draf dan tidak dimasukkan ke berkas pendaftaran BPJS. Disnaker akan mengonfirmasi kepesertaannya dengan BPJS.</translation>
    </message>
    <message>
        <source>No NIP, while the other rows have one: check that this row is a sponsor without a NIP (Non-ASN) and not a note or signature line under the table.</source>
        <translation>Tanpa NIP, padahal baris lain memilikinya: pastikan baris ini penanggung tanpa NIP (non-ASN), bukan catatan atau baris tanda tangan di bawah tabel.</translation>
    </message>
    <message>
        <source>Add this worker with the form to give the reason.</source>
        <translation>Tambahkan pekerja ini melalui formulir untuk mengisi alasannya.</translation>
    </message>
    <message>
        <source>The same {label} is already on row {row} of this file.</source>
        <translation>{label} yang sama sudah ada di baris {row} berkas ini.</translation>
    </message>
    <message>
        <source>This {label} belongs to {name}, whose record has ended; it is not updated by an import.</source>
        <translation>{label} ini milik {name} yang datanya sudah berakhir; data itu tidak diperbarui lewat impor.</translation>
    </message>
    <message>
        <source>Already registered here for {name}; the file differs in: {fields}. Import again with updates on (--update, or &apos;Update existing records&apos; in the wizard) to apply it.</source>
        <translation>Sudah terdaftar di sini atas nama {name}; berkas berbeda pada: {fields}. Impor lagi dengan pembaruan diaktifkan (--update, atau &apos;Perbarui data yang sudah ada&apos; di panduan impor) untuk menerapkannya.</translation>
    </message>
    <message>
        <source>{file}: {n} imported, {u} updated, {s} skipped</source>
        <translation>{file}: {n} diimpor, {u} diperbarui, {s} dilewati</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>imported from {file}</source>
        <translation>diimpor dari {file}</translation>
    </message>
</context>
</TS>
