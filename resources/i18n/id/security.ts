<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
  <context>
    <name>AccessLogDialog</name>
    <message>
      <source>Personal data log</source>
      <translation>Log data pribadi</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Waktu</translation>
    </message>
    <message>
      <source>Operator</source>
      <translation>Operator</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Apa</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Berkas</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Tutup</translation>
    </message>
  </context>
  <context>
    <name>AppLock</name>
    <message>
      <source>{count} form(s) that {name} left open were closed without saving: what is saved now is recorded under the operator who unlocked.</source>
      <translation>{count} formulir yang dibiarkan terbuka oleh {name} ditutup tanpa disimpan: yang disimpan sekarang dicatat atas nama operator yang membuka kunci.</translation>
    </message>
  </context>
  <context>
    <name>NewOperatorDialog</name>
    <message>
      <source>Add operator</source>
      <translation>Tambah operator</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Nama lengkap</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Frasa sandi</translation>
    </message>
    <message>
      <source>Repeat passphrase</source>
      <translation>Ulangi frasa sandi</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>Tambah</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
  </context>
  <context>
    <name>PdpActions</name>
    <message>
      <source>Export personal data (UU PDP)…</source>
      <translation>Ekspor data pribadi (UU PDP)…</translation>
    </message>
    <message>
      <source>Folder for the personal data export</source>
      <translation>Folder untuk ekspor data pribadi</translation>
    </message>
    <message>
      <source>Personal data exported</source>
      <translation>Data pribadi diekspor</translation>
    </message>
    <message>
      <source>Written to {folder}:
{files}
Hand these files only to the person concerned.</source>
      <translation>Ditulis ke {folder}:
{files}
Serahkan berkas ini hanya kepada orang yang bersangkutan.</translation>
    </message>
  </context>
  <context>
    <name>ProtectDialog</name>
    <message>
      <source>Protect the personal data</source>
      <translation>Lindungi data pribadi</translation>
    </message>
    <message>
      <source>This version encrypts the database and its backups. Name the operator and choose a passphrase; a backup is taken before the file is converted.</source>
      <translation>Versi ini mengenkripsi basis data dan cadangannya. Sebutkan nama operator dan pilih frasa sandi; cadangan dibuat sebelum berkas diubah.</translation>
    </message>
    <message>
      <source>Operator</source>
      <translation>Operator</translation>
    </message>
    <message>
      <source>Encrypt</source>
      <translation>Enkripsi</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Keluar</translation>
    </message>
    <message>
      <source>Give the operator's full name.</source>
      <translation>Isi nama lengkap operator.</translation>
    </message>
  </context>
  <context>
    <name>SecuritySection</name>
    <message>
      <source>Security and personal data</source>
      <translation>Keamanan dan data pribadi</translation>
    </message>
    <message>
      <source> minutes</source>
      <translation> menit</translation>
    </message>
    <message>
      <source>never</source>
      <translation>tidak pernah</translation>
    </message>
    <message>
      <source> years</source>
      <translation> tahun</translation>
    </message>
    <message>
      <source>keep</source>
      <translation>simpan</translation>
    </message>
    <message>
      <source>Disnaker sets this for every OPD.</source>
      <translation>Disnaker menetapkan ini untuk semua OPD.</translation>
    </message>
    <message>
      <source>Ended workers' identifying fields are replaced after this time; OPDs receive it in the next bundle.</source>
      <translation>Data identitas pekerja yang sudah berhenti diganti setelah masa ini; OPD menerimanya di bundel berikutnya.</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Simpan</translation>
    </message>
    <message>
      <source>Lock after no activity for</source>
      <translation>Kunci setelah tidak ada aktivitas selama</translation>
    </message>
    <message>
      <source>Keep ended workers' personal data for</source>
      <translation>Simpan data pribadi pekerja yang sudah berhenti selama</translation>
    </message>
    <message>
      <source>Add operator…</source>
      <translation>Tambah operator…</translation>
    </message>
    <message>
      <source>Remove operator</source>
      <translation>Hapus operator</translation>
    </message>
    <message>
      <source>Personal data log…</source>
      <translation>Log data pribadi…</translation>
    </message>
    <message>
      <source>Operators (each unlocks with their own passphrase):</source>
      <translation>Operator (masing-masing membuka dengan frasa sandinya sendiri):</translation>
    </message>
    <message>
      <source>Pseudonymise now ({count} due)</source>
      <translation>Samarkan sekarang ({count} jatuh tempo)</translation>
    </message>
    <message>
      <source>Operators</source>
      <translation>Operator</translation>
    </message>
    <message>
      <source>Select the operator to remove.</source>
      <translation>Pilih operator yang akan dihapus.</translation>
    </message>
    <message>
      <source>Remove {name}? They can no longer open this install.</source>
      <translation>Hapus {name}? Ia tidak dapat lagi membuka instalasi ini.</translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <source>Rentan Desktop is locked</source>
      <translation>Rentan Desktop terkunci</translation>
    </message>
    <message>
      <source>Open Rentan Desktop</source>
      <translation>Buka Rentan Desktop</translation>
    </message>
    <message>
      <source>The personal data in this install is encrypted. Choose your name and give your passphrase.</source>
      <translation>Data pribadi di instalasi ini dienkripsi. Pilih nama Anda dan masukkan frasa sandi Anda.</translation>
    </message>
    <message>
      <source>Operator</source>
      <translation>Operator</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Frasa sandi</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Buka kunci</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Keluar</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <source>Cannot read the passphrase file {file}.</source>
      <translation>Tidak dapat membaca berkas frasa sandi {file}.</translation>
    </message>
    <message>
      <source>Give the new passphrase with --passphrase-file FILE.</source>
      <translation>Berikan frasa sandi baru dengan --passphrase-file BERKAS.</translation>
    </message>
    <message>
      <source>New passphrase (8+ characters): </source>
      <translation>Frasa sandi baru (minimal 8 karakter): </translation>
    </message>
    <message>
      <source>Repeat the passphrase: </source>
      <translation>Ulangi frasa sandi: </translation>
    </message>
    <message>
      <source>(the install key is also kept in this computer's key store)</source>
      <translation>(kunci instalasi juga disimpan di penyimpanan kunci komputer ini)</translation>
    </message>
    <message>
      <source>Operator {name} added.</source>
      <translation>Operator {name} ditambahkan.</translation>
    </message>
    <message>
      <source>Operator {name} removed.</source>
      <translation>Operator {name} dihapus.</translation>
    </message>
    <message>
      <source>Give --worker NIK or --sponsor NIP.</source>
      <translation>Berikan --worker NIK atau --sponsor NIP.</translation>
    </message>
    <message>
      <source>No retention period is set (Disnaker sets it): nothing to do.</source>
      <translation>Belum ada masa simpan (ditetapkan Disnaker): tidak ada yang dikerjakan.</translation>
    </message>
    <message>
      <source>{count} ended workers pseudonymised (retention {years} years).</source>
      <translation>{count} pekerja yang sudah berhenti disamarkan (masa simpan {years} tahun).</translation>
    </message>
    <message>
      <source>Disnaker sets the retention period for every OPD; this install receives it in the next bundle from Disnaker.</source>
      <translation>Disnaker menetapkan masa simpan untuk setiap OPD; instalasi ini menerimanya dalam bundel berikutnya dari Disnaker.</translation>
    </message>
    <message>
      <source>The retention period must be 0 (keep) to {max} years.</source>
      <translation>Masa simpan harus 0 (simpan terus) sampai {max} tahun.</translation>
    </message>
    <message>
      <source>Ended workers' personal data is kept (no retention period).</source>
      <translation>Data pribadi pekerja yang sudah berhenti tetap disimpan (tanpa masa simpan).</translation>
    </message>
    <message>
      <source>Ended workers' personal data is kept for {years} years after they end, then pseudonymised.</source>
      <translation>Data pribadi pekerja yang sudah berhenti disimpan {years} tahun setelah berhenti, lalu disamarkan.</translation>
    </message>
    <message>
      <source>Only the Disnaker install answers recovery requests.</source>
      <translation>Hanya instalasi Disnaker yang menjawab permintaan pemulihan.</translation>
    </message>
    <message>
      <source>{name} can open the install with the new passphrase.</source>
      <translation>{name} dapat membuka instalasi dengan frasa sandi baru.</translation>
    </message>
  </context>
  <context>
    <name>pdp</name>
    <message>
      <source>Data subject export</source>
      <translation>Ekspor data subjek</translation>
    </message>
    <message>
      <source>Printed</source>
      <translation>Dicetak</translation>
    </message>
    <message>
      <source>Exported</source>
      <translation>Diekspor</translation>
    </message>
    <message>
      <source>Pseudonymised</source>
      <translation>Disamarkan</translation>
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
      <translation>Apa</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Rekaman</translation>
    </message>
    <message>
      <source>Data</source>
      <translation>Data</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Isi</translation>
    </message>
    <message>
      <source>Payments</source>
      <translation>Pembayaran</translation>
    </message>
    <message>
      <source>Workers sponsored</source>
      <translation>Pekerja yang ditanggung</translation>
    </message>
    <message>
      <source>Change history</source>
      <translation>Riwayat perubahan</translation>
    </message>
    <message>
      <source>Changes</source>
      <translation>Perubahan</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Catatan</translation>
    </message>
    <message>
      <source>Sync history</source>
      <translation>Riwayat sinkronisasi</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Dari</translation>
    </message>
    <message>
      <source>Here</source>
      <translation>Di sini</translation>
    </message>
    <message>
      <source>In the bundle</source>
      <translation>Dalam paket</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Keadaan</translation>
    </message>
    <message>
      <source>Exports and prints of this person's data</source>
      <translation>Ekspor dan cetakan data orang ini</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>Berkas</translation>
    </message>
    <message>
      <source>Personal data held about one person</source>
      <translation>Data pribadi yang disimpan tentang satu orang</translation>
    </message>
    <message>
      <source>Everything this Rentan Desktop install of {pemda} holds about this {kind}, under Law 27/2022 on Personal Data Protection.</source>
      <translation>Semua yang disimpan instalasi Rentan Desktop {pemda} ini tentang {kind} ini, berdasarkan UU 27/2022 tentang Pelindungan Data Pribadi.</translation>
    </message>
    <message>
      <source>worker</source>
      <translation>pekerja</translation>
    </message>
    <message>
      <source>sponsor</source>
      <translation>penanggung</translation>
    </message>
    <message>
      <source>Nothing.</source>
      <translation>Tidak ada.</translation>
    </message>
    <message>
      <source>personal-data-{id}</source>
      <translation>data-pribadi-{id}</translation>
    </message>
    <message>
      <source>Choose 'worker' or 'sponsor'.</source>
      <translation>Pilih 'worker' atau 'sponsor'.</translation>
    </message>
    <message>
      <source>No {kind} with that number is in this install.</source>
      <translation>Tidak ada {kind} dengan nomor itu di instalasi ini.</translation>
    </message>
    <message>
      <source>That person is no longer in this install.</source>
      <translation>Orang itu sudah tidak ada di instalasi ini.</translation>
    </message>
  </context>
  <context>
    <name>security</name>
    <message>
      <source>This install has no escrow copy of its key: it is made once Disnaker's key is trusted and the install was opened once after.</source>
      <translation>Instalasi ini belum punya salinan titipan kuncinya: salinan dibuat setelah kunci Disnaker dipercaya dan instalasi dibuka sekali sesudahnya.</translation>
    </message>
    <message>
      <source>Cannot read {file}: it is not a Rentan recovery file.</source>
      <translation>Tidak dapat membaca {file}: ini bukan berkas pemulihan Rentan.</translation>
    </message>
    <message>
      <source>{file} is not the expected recovery file.</source>
      <translation>{file} bukan berkas pemulihan yang diharapkan.</translation>
    </message>
    <message>
      <source>This request was not escrowed to this Disnaker install's keys.</source>
      <translation>Permintaan ini tidak dititipkan ke kunci instalasi Disnaker ini.</translation>
    </message>
    <message>
      <source>This answer is for another install or another request.</source>
      <translation>Jawaban ini untuk instalasi lain atau permintaan lain.</translation>
    </message>
    <message>
      <source>This answer does not open with this install's request.</source>
      <translation>Jawaban ini tidak terbuka dengan permintaan instalasi ini.</translation>
    </message>
    <message>
      <source>The passphrase must have at least 8 characters.</source>
      <translation>Frasa sandi minimal 8 karakter.</translation>
    </message>
    <message>
      <source>The two passphrases differ.</source>
      <translation>Kedua frasa sandi berbeda.</translation>
    </message>
    <message>
      <source>The install key file {file} is damaged. Restore it from a backup of the data folder, or recover through Disnaker.</source>
      <translation>Berkas kunci instalasi {file} rusak. Pulihkan dari cadangan folder data, atau pulihkan melalui Disnaker.</translation>
    </message>
    <message>
      <source>{file} is not a Rentan install key file.</source>
      <translation>{file} bukan berkas kunci instalasi Rentan.</translation>
    </message>
    <message>
      <source>There is no operator named {name} on this install.</source>
      <translation>Tidak ada operator bernama {name} di instalasi ini.</translation>
    </message>
    <message>
      <source>The passphrase is wrong for {name}. Check Caps Lock and the keyboard language, then try again.</source>
      <translation>Frasa sandi salah untuk {name}. Periksa Caps Lock dan bahasa papan ketik, lalu coba lagi.</translation>
    </message>
    <message>
      <source>The passphrase is wrong: it is no operator's passphrase on this install.</source>
      <translation>Frasa sandi salah: bukan frasa sandi operator mana pun di instalasi ini.</translation>
    </message>
    <message>
      <source>Give the operator's name.</source>
      <translation>Isi nama operator.</translation>
    </message>
    <message>
      <source>There is already an operator named {name}.</source>
      <translation>Sudah ada operator bernama {name}.</translation>
    </message>
    <message>
      <source>{name} is the operator working now and cannot be removed in this session. To remove {name}, let another operator open the install and remove {name} there.</source>
      <translation>{name} adalah operator yang sedang bekerja dan tidak dapat dihapus dalam sesi ini. Untuk menghapus {name}, minta operator lain membuka aplikasi dan menghapus {name} dari sana.</translation>
    </message>
    <message>
      <source>{name} is the only operator: add another operator first, or the install could not be opened any more.</source>
      <translation>{name} adalah satu-satunya operator: tambahkan operator lain dulu, atau instalasi tidak dapat dibuka lagi.</translation>
    </message>
    <message>
      <source>This computer has no key store that Rentan Desktop can use: choose a passphrase instead.</source>
      <translation>Komputer ini tidak punya penyimpanan kunci yang dapat dipakai Rentan Desktop: pilih frasa sandi.</translation>
    </message>
    <message>
      <source>This data folder already has an install key.</source>
      <translation>Folder data ini sudah punya kunci instalasi.</translation>
    </message>
    <message>
      <source>Choose a passphrase (at least 8 characters): it protects the personal data in this install.</source>
      <translation>Pilih frasa sandi (minimal 8 karakter): frasa ini melindungi data pribadi di instalasi ini.</translation>
    </message>
  </context>
  <context>
    <name>store</name>
    <message>
      <source>The database {name} does not open with this install's key: it belongs to another install, or the key is wrong.</source>
      <translation>Basis data {name} tidak terbuka dengan kunci instalasi ini: milik instalasi lain, atau kuncinya salah.</translation>
    </message>
    <message>
      <source>Encrypting {name} did not copy every row; the file was left unchanged.</source>
      <translation>Enkripsi {name} tidak menyalin semua baris; berkas dibiarkan tidak berubah.</translation>
    </message>
  </context>
</TS>