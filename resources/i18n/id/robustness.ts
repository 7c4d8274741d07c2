<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About Rentan Desktop</source>
      <translation>Tentang Rentan Desktop</translation>
    </message>
    <message>
      <source>Satu ASN Satu Pekerja Rentan: every civil servant covers the BPJS Ketenagakerjaan contribution of a vulnerable worker.</source>
      <translation>Satu ASN Satu Pekerja Rentan: setiap ASN menanggung iuran BPJS Ketenagakerjaan seorang pekerja rentan.</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Versi</translation>
    </message>
    <message>
      <source>Data folder</source>
      <translation>Folder data</translation>
    </message>
    <message>
      <source>Database schema version</source>
      <translation>Versi skema basis data</translation>
    </message>
    <message>
      <source>Open data folder</source>
      <translation>Buka folder data</translation>
    </message>
    <message>
      <source>Copy diagnostics</source>
      <translation>Salin diagnostik</translation>
    </message>
  </context>
  <context>
    <name>BackupDialog</name>
    <message>
      <source>Backups and restore</source>
      <translation>Cadangan dan pemulihan</translation>
    </message>
    <message>
      <source>Back up now</source>
      <translation>Cadangkan sekarang</translation>
    </message>
    <message>
      <source>Restore selected…</source>
      <translation>Pulihkan yang dipilih…</translation>
    </message>
    <message>
      <source>Restore from…</source>
      <translation>Pulihkan dari…</translation>
    </message>
    <message>
      <source>Restore a backup kept on a USB stick or in another folder</source>
      <translation>Pulihkan cadangan yang tersimpan di flashdisk atau folder lain</translation>
    </message>
    <message>
      <source>Back up to…</source>
      <translation>Cadangkan ke…</translation>
    </message>
    <message>
      <source>Put a verified backup on a USB stick or in another folder</source>
      <translation>Simpan cadangan yang sudah diperiksa ke flashdisk atau folder lain</translation>
    </message>
    <message>
      <source>Open backup folder</source>
      <translation>Buka folder cadangan</translation>
    </message>
    <message>
      <source>Backups are made automatically every day, before every upgrade and before every bundle import; the newest {keep} are kept in {folder}.</source>
      <translation>Cadangan dibuat otomatis setiap hari, sebelum setiap pembaruan versi, dan sebelum setiap impor paket; {keep} cadangan terbaru disimpan di {folder}.</translation>
    </message>
    <message>
      <source>Restore a backup file</source>
      <translation>Pulihkan berkas cadangan</translation>
    </message>
    <message>
      <source>Rentan database (*.sqlite3 *.db)</source>
      <translation>Basis data Rentan (*.sqlite3 *.db)</translation>
    </message>
    <message>
      <source>Where should the backup go?</source>
      <translation>Cadangan disimpan di mana?</translation>
    </message>
    <message>
      <source>The backup was written to {path} and checked: it matches the data. Keep the stick in a safe place; it holds personal data.</source>
      <translation>Cadangan ditulis ke {path} dan sudah diperiksa: isinya sama dengan data. Simpan flashdisk di tempat aman; isinya data pribadi.</translation>
    </message>
    <message>
      <source>{sponsors} sponsors, {workers} workers, {payments} payments</source>
      <translation>{sponsors} penanggung, {workers} pekerja, {payments} pembayaran</translation>
    </message>
    <message>
      <source>Restore backup</source>
      <translation>Pulihkan cadangan</translation>
    </message>
    <message>
      <source>Restore the backup of {date} ({counts})?

The current data is backed up first, then replaced by this backup; changes made after {date} are no longer shown. The window reopens.</source>
      <translation>Pulihkan cadangan tanggal {date} ({counts})?

Data saat ini dicadangkan lebih dulu, lalu diganti dengan cadangan ini; perubahan setelah {date} tidak lagi tampil. Jendela akan dibuka ulang.</translation>
    </message>
    <message>
      <source>Bundles were written to {whom} after {date}. After the restore, {whom} will refuse the next bundle as not following the last one: write it with 'Send everything again (only when Disnaker asks)' ticked under Synchronisation.</source>
      <translation>Sesudah {date} sudah ditulis paket untuk {whom}. Setelah pemulihan, {whom} akan menolak paket berikutnya karena tidak menyambung dengan paket terakhir: tulis paket itu dengan mencentang 'Kirim ulang semuanya (hanya jika diminta Disnaker)' di tab Sinkronisasi.</translation>
    </message>
  </context>
  <context>
    <name>BackupRecovery</name>
    <message>
      <source>Database restored</source>
      <translation>Basis data dipulihkan</translation>
    </message>
    <message>
      <source>New database</source>
      <translation>Basis data baru</translation>
    </message>
    <message>
      <source>The backup of {date} is in use. The damaged file is kept as {aside}.</source>
      <translation>Cadangan tanggal {date} kini dipakai. Berkas yang rusak disimpan sebagai {aside}.</translation>
    </message>
    <message>
      <source>Rentan Desktop starts with an empty database. The damaged file is kept as {aside}.</source>
      <translation>Rentan Desktop dimulai dengan basis data kosong. Berkas yang rusak disimpan sebagai {aside}.</translation>
    </message>
    <message>
      <source>Restore of a backup</source>
      <translation>Pemulihan cadangan</translation>
    </message>
    <message>
      <source>The database is damaged</source>
      <translation>Basis data rusak</translation>
    </message>
    <message>
      <source>The check of the database file found damage (this can happen after a power cut or with a failing disk). Do not enter new work now: close Rentan Desktop and start it again, and it will offer to restore the latest good backup.</source>
      <translation>Pemeriksaan berkas basis data menemukan kerusakan (ini dapat terjadi setelah listrik padam atau karena disk yang rusak). Jangan memasukkan pekerjaan baru sekarang: tutup Rentan Desktop lalu buka kembali, dan aplikasi akan menawarkan pemulihan dari cadangan baik yang terakhir.</translation>
    </message>
    <message>
      <source>The database file {file} is damaged (this can happen after a power cut or with a failing disk). It will not be changed: it is moved to the '{folder}' folder and kept.</source>
      <translation>Berkas basis data {file} rusak (bisa terjadi setelah listrik padam atau karena cakram bermasalah). Berkas itu tidak akan diubah: dipindahkan ke folder '{folder}' dan disimpan.</translation>
    </message>
    <message>
      <source>Restore the latest good backup, from {date} ({workers} workers)? Work entered after it must be entered again.</source>
      <translation>Pulihkan cadangan baik terakhir, tanggal {date} ({workers} pekerja)? Data yang dimasukkan setelah itu harus dimasukkan ulang.</translation>
    </message>
    <message>
      <source>Restore backup</source>
      <translation>Pulihkan cadangan</translation>
    </message>
    <message>
      <source>There is no good backup. Start with an empty database, or quit and ask for help (keep the damaged file).</source>
      <translation>Tidak ada cadangan yang baik. Mulai dengan basis data kosong, atau keluar dan minta bantuan (simpan berkas yang rusak).</translation>
    </message>
    <message>
      <source>Start empty</source>
      <translation>Mulai kosong</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Keluar</translation>
    </message>
  </context>
  <context>
    <name>BackupSection</name>
    <message>
      <source>Backups</source>
      <translation>Cadangan</translation>
    </message>
    <message>
      <source> backups</source>
      <translation> cadangan</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Simpan</translation>
    </message>
    <message>
      <source>Back up now</source>
      <translation>Cadangkan sekarang</translation>
    </message>
    <message>
      <source>Restore…</source>
      <translation>Pulihkan…</translation>
    </message>
    <message>
      <source>Keep the newest</source>
      <translation>Simpan yang terbaru</translation>
    </message>
    <message>
      <source>{count} backup(s); the latest from {date}.</source>
      <translation>{count} cadangan; terakhir tanggal {date}.</translation>
    </message>
    <message>
      <source>No backup yet.</source>
      <translation>Belum ada cadangan.</translation>
    </message>
  </context>
  <context>
    <name>BackupsModel</name>
    <message>
      <source>Date</source>
      <translation>Tanggal</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Alasan</translation>
    </message>
    <message>
      <source>Sponsors</source>
      <translation>Penanggung</translation>
    </message>
    <message>
      <source>Workers</source>
      <translation>Pekerja</translation>
    </message>
    <message>
      <source>Payments</source>
      <translation>Pembayaran</translation>
    </message>
    <message>
      <source>{path} (database version {version})</source>
      <translation>{path} (versi basis data {version})</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Ukuran</translation>
    </message>
  </context>
  <context>
    <name>Diagnostics</name>
    <message>
      <source>Diagnostics copied</source>
      <translation>Diagnostik disalin</translation>
    </message>
    <message>
      <source>The diagnostics are on the clipboard: paste them into a message or chat for support. They hold no names, NIKs or phone numbers.</source>
      <translation>Diagnostik sudah disalin ke papan klip: tempelkan ke pesan atau obrolan untuk bantuan teknis. Isinya tidak memuat nama, NIK, atau nomor telepon.</translation>
    </message>
  </context>
  <context>
    <name>backup_copy</name>
    <message>
      <source>The folder {folder} does not exist or is not reachable: plug the stick in again and choose it.</source>
      <translation>Folder {folder} tidak ada atau tidak dapat dibuka: colokkan lagi flashdisk lalu pilih foldernya.</translation>
    </message>
    <message>
      <source>The copy on {folder} does not match the database: the stick may be failing. Try another stick.</source>
      <translation>Salinan di {folder} tidak sama dengan basis data: flashdisk mungkin rusak. Coba flashdisk lain.</translation>
    </message>
    <message>
      <source>The backup was not written. {reason}</source>
      <translation>Cadangan tidak ditulis. {reason}</translation>
    </message>
  </context>
  <context>
    <name>faults</name>
    <message>
      <source>the data folder</source>
      <translation>folder data</translation>
    </message>
    <message>
      <source>Another program is writing to the data at this moment and did not finish within a few seconds: a second Rentan Desktop window or a 'rentan' command, a backup or a synchronisation tool. Nothing was changed. Close the other program or the other copy of Rentan Desktop (look in the taskbar, also under another Windows user), then try again; if it keeps happening, restart the computer.</source>
      <translation>Ada program lain yang sedang menulis ke data saat ini dan belum selesai dalam beberapa detik: jendela Rentan Desktop kedua atau perintah 'rentan', pencadangan, atau alat sinkronisasi. Tidak ada yang diubah. Tutup program lain itu atau salinan Rentan Desktop yang lain (lihat di taskbar, juga pada pengguna Windows lain), lalu coba lagi; jika terus terjadi, nyalakan ulang komputer.</translation>
    </message>
    <message>
      <source>The disk holding {folder} is full, so nothing was saved. Free some space (empty the Recycle Bin, move old files or backups to a USB drive), then try again.</source>
      <translation>Disk tempat {folder} sudah penuh, jadi tidak ada yang disimpan. Kosongkan sebagian ruang (kosongkan Recycle Bin, pindahkan berkas lama atau cadangan ke flashdisk), lalu coba lagi.</translation>
    </message>
    <message>
      <source>{folder} cannot be written to: the USB drive is write-protected or read-only, or you have no permission there. Slide the drive's write-protect switch off, or choose another folder, then try again.</source>
      <translation>{folder} tidak dapat ditulisi: flashdisk dilindungi tulis atau hanya-baca, atau Anda tidak punya izin di sana. Geser pengunci tulis pada flashdisk, atau pilih folder lain, lalu coba lagi.</translation>
    </message>
    <message>
      <source>{folder} is full. Free some space on the USB drive or choose another one, then try again.</source>
      <translation>{folder} penuh. Kosongkan sebagian isi flashdisk atau pilih flashdisk lain, lalu coba lagi.</translation>
    </message>
    <message>
      <source>{folder} cannot be reached any more: the USB drive may have been pulled out. Plug it in again (or choose another folder) and try again.</source>
      <translation>{folder} tidak dapat dijangkau lagi: flashdisk mungkin tercabut. Pasang lagi (atau pilih folder lain) lalu coba lagi.</translation>
    </message>
    <message>
      <source>Writing to {folder} failed. Check the USB drive (or choose another folder) and try again.</source>
      <translation>Penulisan ke {folder} gagal. Periksa flashdisk (atau pilih folder lain) lalu coba lagi.</translation>
    </message>
    <message>
      <source>Rentan Desktop cannot write in its data folder {folder}. Ask whoever looks after this computer to give your Windows user permission to change files in that folder (or to move it off a read-only or write-protected drive), then start the program again. Another folder can be chosen with --data-dir.</source>
      <translation>Rentan Desktop tidak dapat menulis di folder datanya {folder}. Mintalah pengelola komputer ini memberi izin kepada pengguna Windows Anda untuk mengubah berkas di folder itu (atau memindahkannya dari drive yang hanya-baca atau dilindungi tulis), lalu jalankan program lagi. Folder lain dapat dipilih dengan --data-dir.</translation>
    </message>
  </context>
  <context>
    <name>maintenance</name>
    <message>
      <source>This data folder has no database yet: nothing to back up.</source>
      <translation>Folder data ini belum berisi basis data: tidak ada yang dicadangkan.</translation>
    </message>
    <message>
      <source>Backup written: {path}</source>
      <translation>Cadangan ditulis: {path}</translation>
    </message>
    <message>
      <source>No backups yet.</source>
      <translation>Belum ada cadangan.</translation>
    </message>
    <message>
      <source>Rentan Desktop is open on this data folder (process {pid}): close it first, or restore from its Backups window.</source>
      <translation>Rentan Desktop sedang terbuka pada folder data ini (proses {pid}): tutup dulu, atau pulihkan lewat jendela Cadangan di aplikasi.</translation>
    </message>
    <message>
      <source>Restored {file}.</source>
      <translation>{file} sudah dipulihkan.</translation>
    </message>
    <message>
      <source>The previous database was kept as {path}</source>
      <translation>Basis data sebelumnya disimpan sebagai {path}</translation>
    </message>
    <message>
      <source>The database is healthy.</source>
      <translation>Basis data dalam keadaan baik.</translation>
    </message>
    <message>
      <source>The database is damaged: {problem}</source>
      <translation>Basis data rusak: {problem}</translation>
    </message>
    <message>
      <source>Manual</source>
      <translation>Manual</translation>
    </message>
    <message>
      <source>Daily</source>
      <translation>Harian</translation>
    </message>
    <message>
      <source>Before upgrade</source>
      <translation>Sebelum pembaruan versi</translation>
    </message>
    <message>
      <source>Before bundle import</source>
      <translation>Sebelum impor paket</translation>
    </message>
    <message>
      <source>Before restore</source>
      <translation>Sebelum pemulihan</translation>
    </message>
    <message>
      <source>Damaged file set aside</source>
      <translation>Berkas rusak disisihkan</translation>
    </message>
    <message>
      <source>There is no database to back up at {path}.</source>
      <translation>Tidak ada basis data untuk dicadangkan di {path}.</translation>
    </message>
    <message>
      <source>Backup file not found: {path}</source>
      <translation>Berkas cadangan tidak ditemukan: {path}</translation>
    </message>
    <message>
      <source>The backup {name} opens only with this install's key: unlock the install first.</source>
      <translation>Cadangan {name} hanya dapat dibuka dengan kunci instalasi ini: buka kunci instalasi terlebih dahulu.</translation>
    </message>
    <message>
      <source>the install is locked</source>
      <translation>instalasi sedang terkunci</translation>
    </message>
    <message>
      <source>made by another install (its key is different)</source>
      <translation>dibuat oleh instalasi lain (kuncinya berbeda)</translation>
    </message>
    <message>
      <source>{count} page(s) missing from the backup store</source>
      <translation>{count} halaman tidak ada di penyimpanan cadangan</translation>
    </message>
    <message>
      <source>its pages do not pass their check</source>
      <translation>halaman-halamannya tidak lolos pemeriksaan</translation>
    </message>
    <message>
      <source>The backup {name} was made by another install (its key is different), so it cannot be restored here. Restore a backup from this install's backups folder, or open the install the backup came from.</source>
      <translation>Cadangan {name} dibuat oleh instalasi lain (kuncinya berbeda), jadi tidak dapat dipulihkan di sini. Pulihkan cadangan dari folder backups instalasi ini, atau buka instalasi asal cadangan itu.</translation>
    </message>
    <message>
      <source>The backup {name} is damaged and cannot be restored: {problem}</source>
      <translation>Cadangan {name} rusak dan tidak dapat dipulihkan: {problem}</translation>
    </message>
    <message>
      <source>unknown damage</source>
      <translation>kerusakan tidak diketahui</translation>
    </message>
    <message>
      <source>the file is not a database</source>
      <translation>berkas ini bukan basis data</translation>
    </message>
    <message>
      <source>A restore of a backup was interrupted and has now been finished: the data are those of the backup that was chosen.</source>
      <translation>Pemulihan cadangan sempat terhenti dan kini sudah diselesaikan: data sekarang adalah data cadangan yang dipilih.</translation>
    </message>
    <message>
      <source>The last restore of a backup stopped before it finished; the data are as they were before it. Restore again if needed (File, Backups and restore).</source>
      <translation>Pemulihan cadangan terakhir terhenti sebelum selesai; data tetap seperti sebelum pemulihan. Ulangi pemulihan bila perlu (Berkas ▸ Cadangan dan pemulihan).</translation>
    </message>
  </context>
</TS>