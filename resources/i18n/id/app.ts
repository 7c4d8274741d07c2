<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>ExportView</name>
    <message>
        <source>search: {text}</source>
        <translation>pencarian: {text}</translation>
    </message>
    <message>
        <source>Export this list</source>
        <translation>Ekspor daftar ini</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved {count} row(s) to {path}.</source>
        <translation>{count} baris disimpan ke {path}.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up Rentan Desktop</source>
        <translation>Penyiapan Rentan Desktop</translation>
    </message>
    <message>
        <source>Welcome. Tell Rentan Desktop where it works. An OPD install keeps one government unit&apos;s sponsors, workers and payments; the Disnaker install gathers every OPD&apos;s data.</source>
        <translation>Selamat datang. Beri tahu Rentan Desktop tempat ia digunakan. Instalasi OPD menyimpan data penanggung, pekerja dan iuran satu perangkat daerah; instalasi Disnaker menghimpun data seluruh OPD.</translation>
    </message>
    <message>
        <source>OPD install (a government unit)</source>
        <translation>Instalasi OPD (perangkat daerah)</translation>
    </message>
    <message>
        <source>Disnaker install (labour office)</source>
        <translation>Instalasi Disnaker (dinas ketenagakerjaan)</translation>
    </message>
    <message>
        <source>e.g. Kota Palangka Raya</source>
        <translation>mis. Kota Palangka Raya</translation>
    </message>
    <message>
        <source>e.g. 1.01</source>
        <translation>mis. 1.01</translation>
    </message>
    <message>
        <source>e.g. Dinas Pendidikan</source>
        <translation>mis. Dinas Pendidikan</translation>
    </message>
    <message>
        <source>your full name</source>
        <translation>nama lengkap Anda</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Pemda</source>
        <translation>Pemda</translation>
    </message>
    <message>
        <source>OPD code</source>
        <translation>Kode OPD</translation>
    </message>
    <message>
        <source>OPD name</source>
        <translation>Nama OPD</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Training install: for practice with demo data; never sends bundles</source>
        <translation>Instalasi latihan: untuk berlatih dengan data contoh; tidak pernah mengirim paket</translation>
    </message>
    <message>
        <source>Choose this only in a separate folder for learning the program. The real install of the office must not be a training install.</source>
        <translation>Pilih ini hanya di folder terpisah untuk belajar memakai program. Instalasi kantor yang sebenarnya tidak boleh menjadi instalasi latihan.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Kegunaan</translation>
    </message>
    <message>
        <source>protects the personal data and keys of this install (8+ characters)</source>
        <translation>melindungi data pribadi dan kunci instalasi ini (minimal 8 karakter)</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Siapkan</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Discard changes?</source>
        <translation>Buang perubahan?</translation>
    </message>
    <message>
        <source>The changes to this {what} are not saved. Discard them?

Choose Cancel to go back to the form and press Save there to keep them.</source>
        <translation>Perubahan pada {what} ini belum disimpan. Buang perubahan?

Pilih Batal untuk kembali ke formulir, lalu tekan Simpan di sana untuk menyimpannya.</translation>
    </message>
</context>
<context>
    <name>GeneralSection</name>
    <message>
        <source>General</source>
        <translation>Umum</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>Nama operator</translation>
    </message>
    <message>
        <source>The operator is chosen when unlocking; add or remove operators under Security and personal data.</source>
        <translation>Operator dipilih saat membuka kunci; tambah atau hapus operator di bagian Keamanan dan data pribadi.</translation>
    </message>
    <message>
        <source>Role: {role} · Pemda: {pemda}</source>
        <translation>Peran: {role} · Pemda: {pemda}</translation>
    </message>
    <message>
        <source>Disnaker</source>
        <translation>Disnaker</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Give the operator&apos;s name.</source>
        <translation>Isi nama operator.</translation>
    </message>
    <message>
        <source>The new language is used after Rentan Desktop is restarted.</source>
        <translation>Bahasa baru dipakai setelah Rentan Desktop dibuka ulang.</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Panduan pengguna</translation>
    </message>
    <message>
        <source>User guide (&amp;PDF)</source>
        <translation>Panduan (&amp;PDF)</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Panduan pengguna</translation>
    </message>
    <message>
        <source>Making the user guide…</source>
        <translation>Menyusun panduan pengguna…</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Help — Rentan Desktop</source>
        <translation>Bantuan — Rentan Desktop</translation>
    </message>
</context>
<context>
    <name>HomeTab</name>
    <message>
        <source>Disnaker</source>
        <translation>Disnaker</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Yang perlu dikerjakan sekarang</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <source>Press F1 on any screen for help about it. Help ▸ User guide (PDF) prints the whole guide.</source>
        <translation>Tekan F1 di layar mana pun untuk bantuan tentang layar itu. Bantuan ▸ Panduan (PDF) mencetak seluruh panduan.</translation>
    </message>
    <message>
        <source>Everyday steps</source>
        <translation>Pekerjaan sehari-hari</translation>
    </message>
    <message>
        <source>Add a worker…</source>
        <translation>Tambah pekerja…</translation>
    </message>
    <message>
        <source>Record this month&apos;s payroll deductions…</source>
        <translation>Catat potongan gaji bulan ini…</translation>
    </message>
    <message>
        <source>Make a bundle for Disnaker…</source>
        <translation>Tulis paket untuk Disnaker…</translation>
    </message>
    <message>
        <source>Back up to a USB stick…</source>
        <translation>Cadangkan ke flashdisk…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Import or add the sponsors first: each worker is sponsored by one.</source>
        <translation>Impor atau tambahkan penanggung dulu: setiap pekerja ditanggung oleh seorang penanggung.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Impor…</translation>
    </message>
    <message>
        <source>Open the list</source>
        <translation>Buka daftar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Counted at {time} on {date}.</source>
        <translation>Dihitung pukul {time} tanggal {date}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Disnaker</source>
        <translation>Disnaker</translation>
    </message>
    <message>
        <source>Disnaker install</source>
        <translation>Instalasi Disnaker</translation>
    </message>
    <message>
        <source>OPD install</source>
        <translation>Instalasi OPD</translation>
    </message>
    <message>
        <source>Operator: {name}</source>
        <translation>Operator: {name}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>Fill with &amp;demo data…</source>
        <translation>Isi dengan data &amp;contoh…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Kunci</translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation>LATIHAN</translation>
    </message>
    <message>
        <source>Training install</source>
        <translation>Instalasi latihan</translation>
    </message>
    <message>
        <source>TRAINING INSTALL: practice data only. Nothing here is sent to Disnaker; keep the real data in the real install.</source>
        <translation>INSTALASI LATIHAN: hanya data untuk berlatih. Tidak ada yang dikirim ke Disnaker dari sini; simpan data sebenarnya di instalasi yang sebenarnya.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>&amp;About Rentan Desktop</source>
        <translation>&amp;Tentang Rentan Desktop</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Salin &amp;diagnostik</translation>
    </message>
    <message>
        <source>&amp;Backups and restore…</source>
        <translation>&amp;Cadangan dan pemulihan…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Another program is writing to the data; waiting for it (try {n} of {all})…</source>
        <translation>Ada program lain yang sedang menulis ke data; menunggu program itu (percobaan {n} dari {all})…</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Data contoh</translation>
    </message>
    <message>
        <source>Fill this install with realistic demo sponsors and workers.
Number of workers:</source>
        <translation>Isi instalasi ini dengan data contoh penanggung dan pekerja yang realistis.
Jumlah pekerja:</translation>
    </message>
    <message numerus="yes">
        <source>Demo data added: %n worker(s)</source>
        <translation>
            <numerusform>Data contoh ditambahkan: %n pekerja</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthPicker</name>
    <message>
        <source>e.g. {month} or {number}</source>
        <translation>mis. {month} atau {number}</translation>
    </message>
    <message>
        <source>Choose from the list, or type a month such as {number} or {month}.</source>
        <translation>Pilih dari daftar, atau ketik bulan seperti {number} atau {month}.</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <source>Keep the key in this computer&apos;s key store instead (no passphrase)</source>
        <translation>Simpan kunci di penyimpanan kunci komputer ini saja (tanpa frasa sandi)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Ulangi frasa sandi</translation>
    </message>
</context>
<context>
    <name>OpRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>ProgrammeSection</name>
    <message>
        <source>Programme rules</source>
        <translation>Aturan program</translation>
    </message>
    <message>
        <source>Minimum workers: {level}</source>
        <translation>Minimal pekerja: {level}</translation>
    </message>
    <message>
        <source>Occupations (one per line)</source>
        <translation>Daftar pekerjaan (satu per baris)</translation>
    </message>
    <message>
        <source>Uncovered non-wage workers in the Pemda</source>
        <translation>Pekerja bukan penerima upah yang belum terlindungi di Pemda</translation>
    </message>
    <message>
        <source>ASN participation target</source>
        <translation>Target partisipasi ASN</translation>
    </message>
    <message>
        <source>These rules are set by Disnaker and arrive with its return bundles.</source>
        <translation>Aturan ini ditetapkan Disnaker dan datang bersama paket balasan Disnaker.</translation>
    </message>
    <message>
        <source>Save programme rules</source>
        <translation>Simpan aturan program</translation>
    </message>
    <message>
        <source>Keep at least one occupation.</source>
        <translation>Sisakan paling sedikit satu pekerjaan.</translation>
    </message>
    <message>
        <source>Only Disnaker changes programme rules.</source>
        <translation>Hanya Disnaker yang dapat mengubah aturan program.</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
</context>
<context>
    <name>UiState</name>
    <message>
        <source>Restore the usual order and widths</source>
        <translation>Kembalikan urutan dan lebar bawaan</translation>
    </message>
    <message>
        <source>Every column shown again, in the order and width the table first had; the sort stays.</source>
        <translation>Semua kolom ditampilkan lagi dengan urutan dan lebar semula; urutan baris tetap.</translation>
    </message>
</context>
<context>
    <name>UndoAction</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;Undo last change</source>
        <translation>&amp;Urungkan perubahan terakhir</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Undo is for the roster of an OPD install.</source>
        <translation>Urungkan hanya untuk daftar peserta di instalasi OPD.</translation>
    </message>
    <message>
        <source>Undo {what}? The values from before it come back; the history keeps both steps.</source>
        <translation>Urungkan {what}? Isian sebelumnya dikembalikan; riwayat menyimpan kedua langkah.</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>Diurungkan: {what}</translation>
    </message>
</context>
<context>
    <name>payments</name>
    <message>
        <source>new day {date}</source>
        <translation>hari baru {date}</translation>
    </message>
</context>
</TS>
