<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>KeyNoticeBox</name>
    <message>
        <source>Fingerprint compared with the letter</source>
        <translation>Sidik jari sudah dicocokkan dengan surat</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Keys and trust</source>
        <translation>Kunci dan kepercayaan</translation>
    </message>
    <message>
        <source>This install</source>
        <translation>Instalasi ini</translation>
    </message>
    <message>
        <source>Print fingerprint letter...</source>
        <translation>Cetak surat sidik jari...</translation>
    </message>
    <message>
        <source>Back up keys...</source>
        <translation>Cadangkan kunci...</translation>
    </message>
    <message>
        <source>Set passphrase...</source>
        <translation>Atur frasa sandi...</translation>
    </message>
    <message>
        <source>Change keys...</source>
        <translation>Ganti kunci...</translation>
    </message>
    <message>
        <source>Write enrollment file...</source>
        <translation>Tulis berkas pendaftaran kunci...</translation>
    </message>
    <message>
        <source>Add escrow recipient...</source>
        <translation>Tambah penerima escrow...</translation>
    </message>
    <message>
        <source>A training install never writes an enrollment file.</source>
        <translation>Instalasi latihan tidak pernah menulis berkas pendaftaran kunci.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Disnaker</source>
        <translation>Disnaker</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>ID kunci</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Sidik jari</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Trusted by</source>
        <translation>Dipercaya oleh</translation>
    </message>
    <message>
        <source>Open key file...</source>
        <translation>Buka berkas kunci...</translation>
    </message>
    <message>
        <source>Compare and trust...</source>
        <translation>Bandingkan dan percayai...</translation>
    </message>
    <message>
        <source>Revoke...</source>
        <translation>Cabut...</translation>
    </message>
    <message>
        <source>Keys of the other side</source>
        <translation>Kunci pihak lain</translation>
    </message>
    <message>
        <source>Fingerprint: {fp}
Key id: {key_id}</source>
        <translation>Sidik jari: {fp}
ID kunci: {key_id}</translation>
    </message>
    <message>
        <source>New keys wait for the other side&apos;s acknowledgement; bundles are still signed with the old key {key_id}.</source>
        <translation>Kunci baru menunggu konfirmasi pihak lain; paket masih ditandatangani dengan kunci lama {key_id}.</translation>
    </message>
    <message>
        <source>The secret keys are not protected by a passphrase: anyone with this PC&apos;s files could sign bundles. Set a passphrase.</source>
        <translation>Kunci rahasia tidak dilindungi frasa sandi: siapa pun yang memegang berkas PC ini dapat menandatangani paket. Atur frasa sandi.</translation>
    </message>
    <message>
        <source>Save the fingerprint letter</source>
        <translation>Simpan surat sidik jari</translation>
    </message>
    <message>
        <source>The letter was saved to {file}. Print it, have the head of office sign it, and send it to the other office separately from the USB stick.</source>
        <translation>Surat disimpan di {file}. Cetak, mintakan tanda tangan kepala kantor, lalu kirim ke kantor lain terpisah dari flashdisk.</translation>
    </message>
    <message>
        <source>Folder for the key backup</source>
        <translation>Folder untuk cadangan kunci</translation>
    </message>
    <message>
        <source>Key backup written:
{files}
Keep it away from this PC (a safe, another building). It opens only with the passphrase.</source>
        <translation>Cadangan kunci ditulis:
{files}
Simpan jauh dari PC ini (brankas, gedung lain). Cadangan hanya bisa dibuka dengan frasa sandi.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Frasa sandi baru</translation>
    </message>
    <message>
        <source>New passphrase (at least 8 characters):</source>
        <translation>Frasa sandi baru (minimal 8 karakter):</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>Ulangi frasa sandi yang sama:</translation>
    </message>
    <message>
        <source>The secret keys are now protected by the passphrase. Write it down and keep it safe: without it (or a key backup) no bundle can be opened here.</source>
        <translation>Kunci rahasia kini dilindungi frasa sandi. Catat dan simpan dengan aman: tanpa frasa sandi (atau cadangan kunci) tidak ada paket yang dapat dibuka di sini.</translation>
    </message>
    <message>
        <source>Make new keys? The next bundles announce them, signed with the current key; the other side then switches over by itself. Print a new fingerprint letter afterwards.</source>
        <translation>Buat kunci baru? Paket berikutnya mengumumkannya, ditandatangani dengan kunci saat ini; pihak lain lalu beralih sendiri. Setelah itu cetak surat sidik jari yang baru.</translation>
    </message>
    <message>
        <source>New keys made.</source>
        <translation>Kunci baru telah dibuat.</translation>
    </message>
    <message>
        <source>Folder or drive for the enrollment file</source>
        <translation>Folder atau drive untuk berkas pendaftaran kunci</translation>
    </message>
    <message>
        <source>Enrollment file written: {file}
Take it to Disnaker with the signed fingerprint letter.</source>
        <translation>Berkas pendaftaran kunci ditulis: {file}
Bawa ke Disnaker bersama surat sidik jari yang sudah ditandatangani.</translation>
    </message>
    <message>
        <source>Escrow recipient</source>
        <translation>Penerima escrow</translation>
    </message>
    <message>
        <source>age recipient (age1...) kept by the Pemda&apos;s IT office: every OPD bundle will also be readable with its key.</source>
        <translation>Penerima age (age1...) yang dipegang bagian TI Pemda: setiap paket OPD juga dapat dibaca dengan kuncinya.</translation>
    </message>
    <message>
        <source>Provisioning or enrollment file</source>
        <translation>Berkas provisioning atau pendaftaran kunci</translation>
    </message>
    <message>
        <source>Rentan key files (*.json)</source>
        <translation>Berkas kunci Rentan (*.json)</translation>
    </message>
    <message>
        <source>This key is already trusted.</source>
        <translation>Kunci ini sudah dipercaya.</translation>
    </message>
    <message>
        <source>The key is trusted: bundles signed by it can be imported.</source>
        <translation>Kunci dipercaya: paket yang ditandatanganinya dapat diimpor.</translation>
    </message>
</context>
<context>
    <name>ProvinceBox</name>
    <message>
        <source>Exchange with the province</source>
        <translation>Pertukaran dengan provinsi</translation>
    </message>
    <message>
        <source>Write key file for the province...</source>
        <translation>Tulis berkas kunci untuk provinsi...</translation>
    </message>
    <message>
        <source>Write bundle for the province...</source>
        <translation>Tulis paket untuk provinsi...</translation>
    </message>
    <message>
        <source>To send this city&apos;s data to the province: write this city&apos;s key file for the province hub with the fingerprint letter, then open the province&apos;s key file under Keys and trust and compare its fingerprint with the province&apos;s letter.</source>
        <translation>Untuk mengirim data kota ini ke provinsi: tulis berkas kunci kota ini untuk hub provinsi beserta surat sidik jarinya, lalu buka berkas kunci provinsi di Kunci dan kepercayaan dan bandingkan sidik jarinya dengan surat dari provinsi.</translation>
    </message>
    <message>
        <source>Last bundle for the province: {sent} (number {seq}). The province confirmed changes up to number {acked}.</source>
        <translation>Paket terakhir untuk provinsi: {sent} (nomor {seq}). Provinsi sudah mengonfirmasi perubahan sampai nomor {acked}.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>Folder or USB drive for the key file</source>
        <translation>Folder atau flashdisk untuk berkas kunci</translation>
    </message>
    <message>
        <source>Written: {file}
Give it to the province with the fingerprint letter signed by the head of Disnaker (Keys and trust, Print fingerprint letter).</source>
        <translation>Ditulis: {file}
Serahkan ke provinsi bersama surat sidik jari yang ditandatangani kepala Disnaker (Kunci dan kepercayaan, Cetak surat sidik jari).</translation>
    </message>
    <message>
        <source>Folder or USB drive to write to</source>
        <translation>Folder atau flashdisk tujuan</translation>
    </message>
    <message>
        <source>Written and checked:
{files}
The data on the drive is encrypted; only the province hub can read it.</source>
        <translation>Ditulis dan diperiksa:
{files}
Data di flashdisk terenkripsi; hanya hub provinsi yang dapat membacanya.</translation>
    </message>
    <message>
        <source>Writing the bundle for the province...</source>
        <translation>Menulis paket untuk provinsi...</translation>
    </message>
</context>
<context>
    <name>QuarantinePage</name>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>Alasan ditolak</translation>
    </message>
    <message>
        <source>Kept as</source>
        <translation>Disimpan sebagai</translation>
    </message>
    <message>
        <source>Open the selected bundle...</source>
        <translation>Buka paket yang dipilih...</translation>
    </message>
    <message>
        <source>Trust the OPD&apos;s key first (Keys and trust: its key enrollment file and the signed fingerprint letter), then open the kept bundle here. An imported bundle leaves the quarantine.</source>
        <translation>Percayai dulu kunci OPD-nya (Kunci dan kepercayaan: berkas pendaftaran kunci dan surat sidik jari yang ditandatangani), lalu buka paket yang disimpan di sini. Paket yang sudah diimpor keluar dari karantina.</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke key</source>
        <translation>Cabut kunci</translation>
    </message>
    <message>
        <source>Every bundle signed by key {key_id} of {peer} will be refused from now on, and so will bundles signed by the keys it announced when it was changed.</source>
        <translation>Mulai sekarang setiap paket yang ditandatangani kunci {key_id} milik {peer} akan ditolak, begitu pula paket yang ditandatangani kunci-kunci yang diumumkannya saat kunci diganti.</translation>
    </message>
    <message>
        <source>Keep every key it announced (revoke only this one)</source>
        <translation>Pertahankan semua kunci yang diumumkannya (cabut kunci ini saja)</translation>
    </message>
    <message>
        <source>When {peer} changed its keys itself and then lost the old ones (a stolen laptop), its new key stays trusted.</source>
        <translation>Bila {peer} sendiri yang mengganti kuncinya lalu kehilangan kunci lama (laptop dicuri), kunci barunya tetap dipercaya.</translation>
    </message>
    <message>
        <source>Keep the keys it announced before this date</source>
        <translation>Pertahankan kunci yang diumumkannya sebelum tanggal ini</translation>
    </message>
    <message>
        <source>e.g. laptop stolen on 01/12/2026</source>
        <translation>mis. laptop dicuri pada 01/12/2026</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Revoke these keys</source>
        <translation>Cabut kunci-kunci ini</translation>
    </message>
    <message>
        <source>Keys this revokes:</source>
        <translation>Kunci yang akan dicabut:</translation>
    </message>
    <message>
        <source>After this {peer} has no trusted key: none of its bundles can be imported and no bundle can be written for it until you trust a new enrollment file from it (with a new key) under Keys and trust.</source>
        <translation>Setelah ini {peer} tidak punya kunci tepercaya: tidak ada paketnya yang dapat diimpor dan tidak ada paket yang dapat ditulis untuknya sampai Anda memercayai berkas pendaftaran kunci yang baru darinya (dengan kunci baru) di Kunci dan kepercayaan.</translation>
    </message>
    <message>
        <source>Give the reason (for example: laptop stolen, key file lost); it is kept with the key.</source>
        <translation>Tulis alasannya (misalnya: laptop dicuri, berkas kunci hilang); alasan disimpan bersama kunci.</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Bundle {seq} from {sender}</source>
        <translation>Paket {seq} dari {sender}</translation>
    </message>
    <message>
        <source>{file}: {new} new, {updated} updated, {present} already present, {conflicts} conflicts, {errors} errors</source>
        <translation>{file}: {new} baru, {updated} diperbarui, {present} sudah ada, {conflicts} konflik, {errors} bermasalah</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Jenis data</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Sebelum</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sesudah</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Some rows cannot be applied, so this bundle cannot be imported. Nothing was changed.</source>
        <translation>Beberapa baris tidak dapat diterapkan, sehingga paket ini tidak dapat diimpor. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Show records:</source>
        <translation>Tampilkan data:</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <source>Already present</source>
        <translation>Sudah ada</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Bermasalah</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>OPDs</source>
        <translation>OPD</translation>
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
        <source>Contribution rates</source>
        <translation>Tarif iuran</translation>
    </message>
    <message>
        <source>Duplicate NIK decisions</source>
        <translation>Keputusan NIK ganda</translation>
    </message>
    <message>
        <source>Duplicate NIK reports</source>
        <translation>Laporan NIK ganda</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Birth place</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Mother&apos;s maiden name</source>
        <translation>Nama ibu kandung</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>No. HP</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Jalan</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Kelurahan/desa</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Regency/city</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Work location</source>
        <translation>Lokasi kerja</translation>
    </message>
    <message>
        <source>Declared income</source>
        <translation>Penghasilan yang dilaporkan</translation>
    </message>
    <message>
        <source>Start month</source>
        <translation>Bulan mulai</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Tanggal berakhir</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Alasan berakhir</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Penanggung</translation>
    </message>
    <message>
        <source>Relationship to sponsor</source>
        <translation>Hubungan dengan penanggung</translation>
    </message>
    <message>
        <source>Heir</source>
        <translation>Ahli waris</translation>
    </message>
    <message>
        <source>Heir relationship</source>
        <translation>Hubungan ahli waris</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Position level</source>
        <translation>Tingkat jabatan</translation>
    </message>
    <message>
        <source>Echelon</source>
        <translation>Eselon</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Paid through</source>
        <translation>Lunas sampai</translation>
    </message>
    <message>
        <source>BPJS registration</source>
        <translation>Pendaftaran BPJS</translation>
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
        <source>Head of the OPD</source>
        <translation>Kepala OPD</translation>
    </message>
    <message>
        <source>NIP of the head</source>
        <translation>NIP kepala</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Number of ASN</source>
        <translation>Jumlah ASN</translation>
    </message>
    <message>
        <source>Reason for age exception</source>
        <translation>Alasan pengecualian usia</translation>
    </message>
</context>
<context>
    <name>SyncTab</name>
    <message>
        <source>Write bundles for all OPDs...</source>
        <translation>Tulis paket untuk semua OPD...</translation>
    </message>
    <message>
        <source>Write bundle for Disnaker...</source>
        <translation>Tulis paket untuk Disnaker...</translation>
    </message>
    <message>
        <source>Open a bundle...</source>
        <translation>Buka paket...</translation>
    </message>
    <message>
        <source>Keys and trust...</source>
        <translation>Kunci dan kepercayaan...</translation>
    </message>
    <message>
        <source>Send everything again (only when Disnaker asks)</source>
        <translation>Kirim ulang semuanya (hanya jika diminta Disnaker)</translation>
    </message>
    <message>
        <source>Exchange with {other}</source>
        <translation>Pertukaran data dengan {other}</translation>
    </message>
    <message>
        <source>the OPDs</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Disnaker</source>
        <translation>Disnaker</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Ditulis</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Untuk</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Jenis data</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Di sini</translation>
    </message>
    <message>
        <source>In the bundle</source>
        <translation>Di paket</translation>
    </message>
    <message>
        <source>Keep the value here</source>
        <translation>Pertahankan nilai di sini</translation>
    </message>
    <message>
        <source>Take the bundle&apos;s value</source>
        <translation>Ambil nilai dari paket</translation>
    </message>
    <message>
        <source>Both sides changed these fields. Nothing was overwritten: decide each one.</source>
        <translation>Kedua pihak mengubah isian ini. Tidak ada yang ditimpa: putuskan satu per satu.</translation>
    </message>
    <message>
        <source>Import log</source>
        <translation>Log impor</translation>
    </message>
    <message>
        <source>Bundles written</source>
        <translation>Paket yang ditulis</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Sidik jari</translation>
    </message>
    <message>
        <source>Last bundle received</source>
        <translation>Paket terakhir diterima</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Nomor urut</translation>
    </message>
    <message>
        <source>Acknowledgements to send</source>
        <translation>Konfirmasi yang harus dikirim</translation>
    </message>
    <message>
        <source>Write provisioning file for the selected OPD...</source>
        <translation>Tulis berkas provisioning untuk OPD terpilih...</translation>
    </message>
    <message>
        <source>Write restore bundle for the selected OPD...</source>
        <translation>Tulis paket pemulihan untuk OPD terpilih...</translation>
    </message>
    <message>
        <source>OPDs</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Karantina</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <source>Also sponsored in OPD</source>
        <translation>Juga ditanggung di OPD</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Dilaporkan</translation>
    </message>
    <message>
        <source>Duplicate NIK</source>
        <translation>NIK ganda</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>OPD {code}</source>
        <translation>OPD {code}</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Everything (after a restore)</source>
        <translation>Semua data (setelah pemulihan)</translation>
    </message>
    <message>
        <source>Disnaker&apos;s key is not trusted yet. Open Keys and trust, open the provisioning file from Disnaker and compare its fingerprint with the signed letter.</source>
        <translation>Kunci Disnaker belum dipercaya. Buka Kunci dan kepercayaan, buka berkas provisioning dari Disnaker, lalu bandingkan sidik jarinya dengan surat yang sudah ditandatangani.</translation>
    </message>
    <message>
        <source>Last bundle written: {sent} (number {seq}). Last bundle from Disnaker: {got}. Changes not yet acknowledged by Disnaker are sent again in every bundle.</source>
        <translation>Paket terakhir ditulis: {sent} (nomor {seq}). Paket terakhir dari Disnaker: {got}. Perubahan yang belum dikonfirmasi Disnaker dikirim ulang di setiap paket.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>{n} OPDs have a trusted key and receive a bundle when you write bundles.</source>
        <translation>{n} OPD memiliki kunci tepercaya dan menerima paket saat Anda menulis paket.</translation>
    </message>
    <message>
        <source>This is a training install: it never writes bundles. Bundles for Disnaker are written in the real install of this office.</source>
        <translation>Ini instalasi latihan: instalasi ini tidak pernah menulis paket. Paket untuk Disnaker ditulis di instalasi sebenarnya di kantor ini.</translation>
    </message>
    <message>
        <source>The secret keys are not protected by a passphrase. Open Keys and trust and set one.</source>
        <translation>Kunci rahasia tidak dilindungi frasa sandi. Buka Kunci dan kepercayaan lalu atur frasa sandi.</translation>
    </message>
    <message>
        <source>Conflicts ({n})</source>
        <translation>Konflik ({n})</translation>
    </message>
    <message>
        <source>1. Disnaker&apos;s key trusted: open the provisioning file from Disnaker under Keys and trust and compare its fingerprint with the signed letter.</source>
        <translation>1. Kunci Disnaker dipercaya: buka berkas provisioning dari Disnaker di Kunci dan kepercayaan, lalu cocokkan sidik jarinya dengan surat yang ditandatangani.</translation>
    </message>
    <message>
        <source>2. Enrollment file written ({when}) and handed to Disnaker with the fingerprint letter signed by the OPD head.</source>
        <translation>2. Berkas pendaftaran kunci sudah ditulis ({when}) dan diserahkan ke Disnaker bersama surat sidik jari yang ditandatangani kepala OPD.</translation>
    </message>
    <message>
        <source>2. Write this install&apos;s enrollment file (Keys and trust, Write enrollment file) and hand it to Disnaker with the fingerprint letter signed by the OPD head. Until Disnaker trusts it, your bundles are refused and kept in its quarantine.</source>
        <translation>2. Tulis berkas pendaftaran kunci instalasi ini (Kunci dan kepercayaan, Tulis berkas pendaftaran kunci) dan serahkan ke Disnaker bersama surat sidik jari yang ditandatangani kepala OPD. Selama Disnaker belum memercayainya, paket Anda ditolak dan disimpan di karantinanya.</translation>
    </message>
    <message>
        <source>3. Disnaker trusts this install: its first bundle back has arrived.</source>
        <translation>3. Disnaker memercayai instalasi ini: paket balasan pertamanya sudah diterima.</translation>
    </message>
    <message>
        <source>3. Disnaker trusts this install once it opened your enrollment file; its first bundle back confirms it.</source>
        <translation>3. Disnaker memercayai instalasi ini setelah membuka berkas pendaftaran kunci Anda; paket balasan pertamanya menjadi tandanya.</translation>
    </message>
    <message>
        <source>Enrollment file not written</source>
        <translation>Berkas pendaftaran kunci belum ditulis</translation>
    </message>
    <message>
        <source>Disnaker cannot open a bundle from this install before it trusts this install&apos;s key. Write the enrollment file first (Keys and trust, Write enrollment file) and hand it to Disnaker with the signed fingerprint letter; otherwise the bundle is refused and quarantined.

Write the bundle anyway?</source>
        <translation>Disnaker tidak dapat membuka paket dari instalasi ini sebelum memercayai kunci instalasi ini. Tulis dulu berkas pendaftaran kunci (Kunci dan kepercayaan, Tulis berkas pendaftaran kunci) dan serahkan ke Disnaker bersama surat sidik jari yang ditandatangani; jika tidak, paket ditolak dan dikarantina.

Tetap tulis paketnya?</translation>
    </message>
    <message>
        <source>Folder or USB drive to write to</source>
        <translation>Folder atau flashdisk tujuan</translation>
    </message>
    <message>
        <source>Writing bundle...</source>
        <translation>Menulis paket...</translation>
    </message>
    <message>
        <source>Checking the records to send...</source>
        <translation>Memeriksa data yang akan dikirim...</translation>
    </message>
    <message>
        <source>Records Disnaker would refuse</source>
        <translation>Data yang akan ditolak Disnaker</translation>
    </message>
    <message>
        <source>Write the bundle anyway?</source>
        <translation>Tetap tulis paketnya?</translation>
    </message>
    <message>
        <source>no changed records (it confirms what was received)</source>
        <translation>tidak ada data yang berubah (paket ini mengonfirmasi apa yang sudah diterima)</translation>
    </message>
    <message>
        <source>{ready} ready to register with BPJS</source>
        <translation>{ready} siap didaftarkan ke BPJS</translation>
    </message>
    <message>
        <source>, {n} not yet: data missing (see the roster&apos;s BPJS registration column)</source>
        <translation>, {n} belum: data kurang (lihat kolom Pendaftaran BPJS di Daftar Peserta)</translation>
    </message>
    <message>
        <source>Bundle written</source>
        <translation>Paket ditulis</translation>
    </message>
    <message>
        <source>Written and checked:
{files}
It carries: {carries}.
The data on the drive is encrypted; only the recipient can read it.</source>
        <translation>Ditulis dan diperiksa:
{files}
Isinya: {carries}.
Data di drive terenkripsi; hanya penerima yang dapat membacanya.</translation>
    </message>
    <message>
        <source>Folder or USB drive for the provisioning file</source>
        <translation>Folder atau flashdisk untuk berkas provisioning</translation>
    </message>
    <message>
        <source>Provisioning file</source>
        <translation>Berkas provisioning</translation>
    </message>
    <message>
        <source>Written: {file}
Give it to OPD {code} with the fingerprint letter signed by the head of Disnaker (Keys and trust, Print fingerprint letter).</source>
        <translation>Ditulis: {file}
Serahkan ke OPD {code} bersama surat sidik jari yang ditandatangani Kepala Disnaker (Kunci dan kepercayaan, Cetak surat sidik jari).</translation>
    </message>
    <message>
        <source>Restore bundle</source>
        <translation>Paket pemulihan</translation>
    </message>
    <message>
        <source>Write a full restore bundle for OPD {code}? Use it only when the OPD lost its PC: its new install must have enrolled its new key first.</source>
        <translation>Tulis paket pemulihan lengkap untuk OPD {code}? Gunakan hanya jika OPD kehilangan PC-nya: instalasi barunya harus sudah mendaftarkan kunci barunya.</translation>
    </message>
    <message>
        <source>Open a bundle</source>
        <translation>Buka paket</translation>
    </message>
    <message>
        <source>Rentan bundles (*.rentan.tar);;All files (*)</source>
        <translation>Paket Rentan (*.rentan.tar);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Checking the bundle...</source>
        <translation>Memeriksa paket...</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Paket diimpor</translation>
    </message>
    <message>
        <source>Imported: {new} new, {updated} updated, {conflicts} conflicts.</source>
        <translation>Diimpor: {new} baru, {updated} diperbarui, {conflicts} konflik.</translation>
    </message>
    <message>
        <source>Importing the bundle...</source>
        <translation>Mengimpor paket...</translation>
    </message>
</context>
<context>
    <name>SyncUnlock</name>
    <message>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>That passphrase was wrong (attempt {n} of {max}). Type it again; check Caps Lock and the keyboard layout.</source>
        <translation>Frasa sandi itu salah (percobaan {n} dari {max}). Ketik lagi; periksa Caps Lock dan tata letak papan ketik.</translation>
    </message>
    <message>
        <source>The keys that sign and open bundles are locked. Type the passphrase chosen when this install was set up:</source>
        <translation>Kunci untuk menandatangani dan membuka paket sedang terkunci. Ketik frasa sandi yang dipilih saat instalasi ini disiapkan:</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Frasa sandi kunci</translation>
    </message>
    <message>
        <source>The passphrase was wrong {max} times, so the keys stay locked. Try again later; if nobody knows it any more, restore the keys from the key backup (Keys and trust) or ask Disnaker how to enrol a new key.</source>
        <translation>Frasa sandi salah {max} kali, jadi kunci tetap terkunci. Coba lagi nanti; jika tidak ada lagi yang mengetahuinya, pulihkan kunci dari cadangan kunci (Kunci dan kepercayaan) atau tanyakan ke Disnaker cara mendaftarkan kunci baru.</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Disnaker</source>
        <translation>Disnaker</translation>
    </message>
    <message>
        <source>OPD {code} {name}</source>
        <translation>OPD {code} {name}</translation>
    </message>
    <message>
        <source>Compare the key fingerprint</source>
        <translation>Bandingkan sidik jari kunci</translation>
    </message>
    <message>
        <source>A key of {who} was read from the file. Take the fingerprint letter signed by the head of that office and compare it with the fingerprint below, group by group (or scan its QR code). Trust the key only if every character matches; otherwise call the office.</source>
        <translation>Kunci milik {who} telah dibaca dari berkas. Ambil surat sidik jari yang ditandatangani kepala kantor tersebut dan bandingkan dengan sidik jari di bawah, kelompok demi kelompok (atau pindai kode QR-nya). Percayai kunci hanya jika setiap karakter cocok; jika tidak, hubungi kantor tersebut.</translation>
    </message>
    <message>
        <source>Key id: {key_id}</source>
        <translation>ID kunci: {key_id}</translation>
    </message>
    <message>
        <source>The fingerprint matches the signed letter exactly</source>
        <translation>Sidik jari sama persis dengan surat yang ditandatangani</translation>
    </message>
    <message>
        <source>Trust this key</source>
        <translation>Percayai kunci ini</translation>
    </message>
    <message>
        <source>Do not trust</source>
        <translation>Jangan percayai</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Cannot read the passphrase file {file}.</source>
        <translation>Tidak dapat membaca berkas frasa sandi {file}.</translation>
    </message>
    <message>
        <source>Key passphrase: </source>
        <translation>Frasa sandi kunci: </translation>
    </message>
    <message>
        <source>Field changes:</source>
        <translation>Perubahan per kolom:</translation>
    </message>
    <message>
        <source>This bundle would be refused: {count} rows cannot be applied.</source>
        <translation>Paket ini akan ditolak: {count} baris tidak dapat diterapkan.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Uji coba: tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Diimpor.</translation>
    </message>
    <message>
        <source>No bundle (*.rentan.tar) in {folder}.</source>
        <translation>Tidak ada bundel (*.rentan.tar) di {folder}.</translation>
    </message>
    <message>
        <source>{file}: refused: {message}</source>
        <translation>{file}: ditolak: {message}</translation>
    </message>
    <message>
        <source>error: {file}: {message}</source>
        <translation>galat: {file}: {message}</translation>
    </message>
    <message>
        <source>Imported {done} of {count} bundles; {refused} refused.</source>
        <translation>Diimpor {done} dari {count} bundel; {refused} ditolak.</translation>
    </message>
    <message>
        <source>This install: key {key_id}, fingerprint {fp}</source>
        <translation>Instalasi ini: kunci {key_id}, sidik jari {fp}</translation>
    </message>
    <message>
        <source>Protection: {mode}</source>
        <translation>Perlindungan: {mode}</translation>
    </message>
    <message>
        <source>{path} (the secret-key backup: keep it in the office, never hand it over)</source>
        <translation>{path} (cadangan kunci rahasia: simpan di kantor, jangan pernah diserahkan)</translation>
    </message>
    <message>
        <source>Key of {peer}: fingerprint {fp}</source>
        <translation>Kunci {peer}: sidik jari {fp}</translation>
    </message>
    <message>
        <source>Give --fingerprint as printed on the letter.</source>
        <translation>Berikan --fingerprint sesuai yang tercetak di surat.</translation>
    </message>
    <message>
        <source>Type the fingerprint printed on the letter: </source>
        <translation>Ketik sidik jari yang tercetak di surat: </translation>
    </message>
    <message>
        <source>The fingerprint does not match the letter: the key was NOT trusted.</source>
        <translation>Sidik jari tidak cocok dengan surat: kunci TIDAK dipercaya.</translation>
    </message>
    <message>
        <source>Trusted.</source>
        <translation>Dipercaya.</translation>
    </message>
    <message>
        <source>This revokes {count} key(s):</source>
        <translation>Ini mencabut {count} kunci:</translation>
    </message>
    <message>
        <source>Nothing was revoked: check the list and run again with --yes.</source>
        <translation>Tidak ada yang dicabut: periksa daftarnya lalu jalankan lagi dengan --yes.</translation>
    </message>
    <message>
        <source>Revoke these keys? Type &apos;yes&apos; to confirm: </source>
        <translation>Cabut kunci-kunci ini? Ketik &apos;ya&apos; untuk mengonfirmasi: </translation>
    </message>
    <message>
        <source>Nothing was revoked.</source>
        <translation>Tidak ada yang dicabut.</translation>
    </message>
    <message>
        <source>Revoked key {key_id} of {peer}.</source>
        <translation>Kunci {key_id} milik {peer} dicabut.</translation>
    </message>
    <message>
        <source>This file opens every bundle sent to this install: keep it like the key backup and delete it when done.</source>
        <translation>Berkas ini membuka setiap paket yang dikirim ke instalasi ini: simpan seperti cadangan kunci dan hapus setelah selesai.</translation>
    </message>
    <message>
        <source>New key {key_id}, fingerprint {fp}: it is announced in the next bundle.</source>
        <translation>Kunci baru {key_id}, sidik jari {fp}: diumumkan di paket berikutnya.</translation>
    </message>
    <message>
        <source>Set RENTAN_NEW_PASSPHRASE or run this in a terminal.</source>
        <translation>Atur RENTAN_NEW_PASSPHRASE atau jalankan ini di terminal.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Frasa sandi baru: </translation>
    </message>
    <message>
        <source>The secret keys are now protected by the passphrase.</source>
        <translation>Kunci rahasia kini dilindungi frasa sandi.</translation>
    </message>
    <message>
        <source>Backup passphrase: </source>
        <translation>Frasa sandi cadangan: </translation>
    </message>
    <message>
        <source>Give the backup&apos;s passphrase.</source>
        <translation>Berikan frasa sandi cadangan.</translation>
    </message>
    <message>
        <source>Keys restored: fingerprint {fp}</source>
        <translation>Kunci dipulihkan: sidik jari {fp}</translation>
    </message>
    <message>
        <source>Escrow recipient added: OPD bundles are also encrypted to it once the OPDs receive it.</source>
        <translation>Penerima escrow ditambahkan: paket OPD juga dienkripsi untuknya setelah OPD menerimanya.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>{file} is {size} MB, more than the {limit} MB a bundle may be; it was not imported.</source>
        <translation>{file} berukuran {size} MB, melebihi batas {limit} MB untuk sebuah paket; tidak diimpor.</translation>
    </message>
    <message>
        <source>{file} holds a member that is not one of the four plain files of a bundle, or is too large ({member}); it was not imported.</source>
        <translation>{file} berisi anggota yang bukan salah satu dari empat berkas biasa sebuah paket, atau terlalu besar ({member}); tidak diimpor.</translation>
    </message>
    <message>
        <source>{file} carries more than {limit} values, more than a bundle may; it was not imported.</source>
        <translation>{file} membawa lebih dari {limit} nilai, melebihi batas sebuah paket; tidak diimpor.</translation>
    </message>
    <message>
        <source>{file} is not a Rentan bundle or it is damaged. Copy it again from the USB drive (an interrupted copy leaves a short file) or ask the sender to write the bundle again; nothing was imported.</source>
        <translation>{file} bukan paket Rentan atau rusak. Salin ulang dari flashdisk (penyalinan yang terputus meninggalkan berkas yang terpotong) atau minta pengirim menulis ulang paketnya; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>{file}: the bundle&apos;s contents are damaged; it was refused and nothing was imported.</source>
        <translation>{file}: isi paket rusak; paket ditolak dan tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>{file} carries more than {limit} rows, more than a bundle may; it was not imported.</source>
        <translation>{file} membawa lebih dari {limit} baris, melebihi batas sebuah paket; tidak diimpor.</translation>
    </message>
    <message>
        <source>{file} unpacks to more than {limit} MB, more than a bundle may; it was not imported.</source>
        <translation>{file} membesar menjadi lebih dari {limit} MB saat dibuka, melebihi batas sebuah paket; tidak diimpor.</translation>
    </message>
    <message>
        <source>{file} unpacks to more than {ratio} times its size, which no real bundle does; it was not imported.</source>
        <translation>{file} membesar lebih dari {ratio} kali ukurannya saat dibuka, hal yang tidak pernah terjadi pada paket asli; tidak diimpor.</translation>
    </message>
    <message>
        <source>This data folder is not set up yet.</source>
        <translation>Folder data ini belum disiapkan.</translation>
    </message>
    <message>
        <source>OPD {code} is not in the OPD list; add it first.</source>
        <translation>OPD {code} tidak ada di daftar OPD; tambahkan dulu.</translation>
    </message>
    <message>
        <source>Disnaker&apos;s key is not trusted yet: open the provisioning file and compare its fingerprint with the letter first.</source>
        <translation>Kunci Disnaker belum dipercaya: buka berkas provisioning dan bandingkan sidik jarinya dengan surat terlebih dahulu.</translation>
    </message>
    <message>
        <source>The province&apos;s key is not trusted yet: open the province key file and compare its fingerprint with the letter first.</source>
        <translation>Kunci provinsi belum dipercaya: buka dulu berkas kunci provinsi dan bandingkan sidik jarinya dengan surat.</translation>
    </message>
    <message>
        <source>This city&apos;s key is not trusted at the hub yet.</source>
        <translation>Kunci kota ini belum dipercaya di hub.</translation>
    </message>
    <message>
        <source>OPD {code} has no trusted key yet: open its enrollment file and compare the fingerprint first.</source>
        <translation>OPD {code} belum memiliki kunci tepercaya: buka berkas pendaftaran kuncinya dan bandingkan sidik jarinya terlebih dahulu.</translation>
    </message>
    <message>
        <source>Reading {table}...</source>
        <translation>Membaca {table}...</translation>
    </message>
    <message>
        <source>Only the Disnaker install can do this.</source>
        <translation>Hanya instalasi Disnaker yang dapat melakukan ini.</translation>
    </message>
    <message>
        <source>Encrypting and signing...</source>
        <translation>Mengenkripsi dan menandatangani...</translation>
    </message>
    <message>
        <source>The bundle written to {folder} reads back differently: the drive may be faulty. Nothing was recorded as sent.</source>
        <translation>Paket yang ditulis ke {folder} terbaca berbeda: drive mungkin rusak. Tidak ada yang dicatat sebagai terkirim.</translation>
    </message>
    <message>
        <source>Choose the OPD to write a bundle for.</source>
        <translation>Pilih OPD tujuan paket.</translation>
    </message>
    <message>
        <source>{reason} The bundle was not written and nothing was recorded as sent.</source>
        <translation>{reason} Paket tidak ditulis dan tidak ada yang dicatat sebagai terkirim.</translation>
    </message>
    <message>
        <source>No trusted keys yet: there is nobody to write a bundle for.</source>
        <translation>Belum ada kunci tepercaya: belum ada tujuan paket.</translation>
    </message>
    <message>
        <source>Bundle {seq} from {sender} ({file})</source>
        <translation>Paket {seq} dari {sender} ({file})</translation>
    </message>
    <message>
        <source>{new} new, {updated} updated, {present} already present, {conflicts} conflicts, {errors} errors</source>
        <translation>{new} baru, {updated} diperbarui, {present} sudah ada, {conflicts} konflik, {errors} bermasalah</translation>
    </message>
    <message>
        <source>new {new}, updated {updated}, present {present}, conflicts {conflicts}, errors {errors}</source>
        <translation>baru {new}, diperbarui {updated}, sudah ada {present}, konflik {conflicts}, bermasalah {errors}</translation>
    </message>
    <message>
        <source>{new} new workers: {ready} ready to register with BPJS, {incomplete} incomplete (data missing)</source>
        <translation>{new} pekerja baru: {ready} siap didaftarkan ke BPJS, {incomplete} belum lengkap (data kurang)</translation>
    </message>
    <message>
        <source>, {n} already have a KPJ (membership to confirm)</source>
        <translation>, {n} sudah punya KPJ (kepesertaannya dikonfirmasi)</translation>
    </message>
    <message>
        <source>{n} new workers have the NIK of a worker of another OPD: a duplicate-data case will be opened (Duplicates tab).</source>
        <translation>{n} pekerja baru ber-NIK sama dengan pekerja OPD lain: kasus data ganda akan dibuka (tab Data ganda).</translation>
    </message>
    <message>
        <source>These records belong to {sender}: they cannot be corrected here. Ask {sender} to correct them in its own forms (the reason is given per row) and to write a new bundle, then open that one.</source>
        <translation>Data ini milik {sender}: tidak dapat dibetulkan di sini. Minta {sender} membetulkannya di formulirnya sendiri (alasannya tertulis per baris) lalu menulis paket baru, kemudian buka paket itu.</translation>
    </message>
    <message>
        <source>Ask {sender} to correct these records and to write a new bundle, then open that one.</source>
        <translation>Minta {sender} membetulkan data ini lalu menulis paket baru, kemudian buka paket itu.</translation>
    </message>
    <message>
        <source>Cannot read {file}.</source>
        <translation>{file} tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>{file} is signed by a revoked key of {peer}; it was not imported.</source>
        <translation>{file} ditandatangani kunci {peer} yang sudah dicabut; tidak diimpor.</translation>
    </message>
    <message>
        <source>{file} is signed by a replaced key of {peer}; it was not imported.</source>
        <translation>{file} ditandatangani kunci {peer} yang sudah diganti; tidak diimpor.</translation>
    </message>
    <message>
        <source>The key of {peer} is not trusted yet: compare its fingerprint with the letter first.</source>
        <translation>Kunci {peer} belum dipercaya: bandingkan sidik jarinya dengan surat terlebih dahulu.</translation>
    </message>
    <message>
        <source>{file} has been altered or damaged: its signature does not match.</source>
        <translation>{file} telah diubah atau rusak: tanda tangannya tidak cocok.</translation>
    </message>
    <message>
        <source>the province hub</source>
        <translation>hub provinsi</translation>
    </message>
    <message>
        <source>Disnaker {pemda}</source>
        <translation>Disnaker {pemda}</translation>
    </message>
    <message>
        <source>The quarantine folder is full ({count} files at most), so no copy was kept: review it and remove what is not needed.</source>
        <translation>Folder karantina sudah penuh (paling banyak {count} berkas), jadi salinannya tidak disimpan: periksa folder itu dan hapus yang tidak diperlukan.</translation>
    </message>
    <message>
        <source>{file} is signed by {signer} but claims to come from {sender}; it was refused.</source>
        <translation>{file} ditandatangani oleh {signer} tetapi mengaku berasal dari {sender}; ditolak.</translation>
    </message>
    <message>
        <source>{file} is meant for {recipient}, not for this install: it was written by {sender} for {whom}. Hand it to {whom}; if you expected a bundle for {me}, ask {sender} to write one for {me}. Nothing was imported.</source>
        <translation>{file} ditujukan untuk {recipient}, bukan untuk instalasi ini: paket ini ditulis {sender} untuk {whom}. Serahkan ke {whom}; jika Anda menunggu paket untuk {me}, minta {sender} menulis paket untuk {me}. Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>A bundle 1 after bundle {last} usually means {sender} set up a new install (a new or repaired PC). Do not ask {sender} to correct rows refused as already held here: write a restore bundle for it (Sync, Write restore bundle for the selected OPD) and ask it to open that in the new install before it sends again.</source>
        <translation>Paket 1 setelah paket {last} biasanya berarti {sender} memasang instalasi baru (PC baru atau diperbaiki). Jangan minta {sender} membetulkan baris yang ditolak karena sudah ada di sini: tulis paket pemulihan untuknya (Sinkronisasi, Tulis paket pemulihan untuk OPD terpilih) dan minta OPD membukanya di instalasi baru itu sebelum mengirim paket lagi.</translation>
    </message>
    <message>
        <source>{file} was written by this install for {whom}: hand it to {whom}. Bundles for this install come from the other side. Nothing was imported.</source>
        <translation>{file} ditulis oleh instalasi ini untuk {whom}: serahkan ke {whom}. Paket untuk instalasi ini datang dari pihak lain. Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>{file} is signed by an unknown key (it says it comes from {sender}): a key this install does not trust yet; it was not imported.</source>
        <translation>{file} ditandatangani kunci yang belum dipercaya instalasi ini (paket ini menyebut dirinya dari {sender}); tidak diimpor.</translation>
    </message>
    <message>
        <source>The bundle is kept in the quarantine ({folder}; listed under Synchronisation, Quarantine). If this is {sender}&apos;s first bundle, or {sender} set up a new or reinstalled PC, ask {sender} for its key enrollment file and the fingerprint letter signed by its head, open the file under Keys and trust and compare the fingerprint, then open this bundle again.</source>
        <translation>Paket ini disimpan di karantina ({folder}; terlihat di Sinkronisasi, Karantina). Jika ini paket pertama {sender}, atau {sender} memakai PC baru atau yang dipasang ulang, minta berkas pendaftaran kunci dan surat sidik jari yang ditandatangani kepala {sender}, buka berkas itu di Kunci dan kepercayaan dan cocokkan sidik jarinya, lalu buka paket ini lagi.</translation>
    </message>
    <message>
        <source>If this is {sender}&apos;s first bundle, or {sender} set up a new or reinstalled PC, ask {sender} for its key enrollment file and the fingerprint letter signed by its head, open the file under Keys and trust, then open this bundle again.</source>
        <translation>Jika ini paket pertama {sender}, atau {sender} memakai PC baru atau yang dipasang ulang, minta berkas pendaftaran kunci dan surat sidik jari yang ditandatangani kepala {sender}, buka berkas itu di Kunci dan kepercayaan, lalu buka paket ini lagi.</translation>
    </message>
    <message>
        <source>If Disnaker replaced its key, ask Disnaker for its new provisioning file and fingerprint letter, open it under Keys and trust, then open this bundle again.</source>
        <translation>Jika Disnaker mengganti kuncinya, minta berkas provisioning baru dan surat sidik jarinya dari Disnaker, buka di Kunci dan kepercayaan, lalu buka paket ini lagi.</translation>
    </message>
    <message>
        <source>If {peer} should still send data, ask it for a new key enrollment file with a new key and the fingerprint letter signed by its head, and trust that under Keys and trust.</source>
        <translation>Bila {peer} masih harus mengirim data, mintalah berkas pendaftaran kunci yang baru dengan kunci baru beserta surat sidik jari yang ditandatangani kepalanya, lalu percayai berkas itu di Kunci dan kepercayaan.</translation>
    </message>
    <message>
        <source>{file} comes from OPD {peer} but its header also names OPD {code}; Rentan Desktop never writes such a header. It was refused and nothing was imported: ask OPD {peer} to write the bundle again.</source>
        <translation>{file} berasal dari OPD {peer}, tetapi kepalanya juga menyebut OPD {code}; Rentan Desktop tidak pernah menulis kepala seperti itu. Paket ditolak dan tidak ada yang diimpor: minta OPD {peer} menulis paketnya lagi.</translation>
    </message>
    <message>
        <source>{file} was made by a newer version of Rentan Desktop: update this install first.</source>
        <translation>{file} dibuat oleh versi Rentan Desktop yang lebih baru: perbarui instalasi ini terlebih dahulu.</translation>
    </message>
    <message>
        <source>{file} says it comes from {theirs}, but this install belongs to {ours}; it was refused and nothing was imported. If both are the same Pemda, correct its name in Settings on the install where it is wrong.</source>
        <translation>{file} menyatakan berasal dari {theirs}, padahal instalasi ini milik {ours}; paket ditolak dan tidak ada yang diimpor. Jika keduanya Pemda yang sama, perbaiki namanya di Pengaturan pada instalasi yang salah.</translation>
    </message>
    <message>
        <source>Bundle {seq} from {sender} is {jump} bundles past the last one received ({last}); more than {max} bundles cannot have gone missing, so it was refused. Ask {sender} to check its bundle history.</source>
        <translation>Paket {seq} dari {sender} melompat {jump} paket dari paket terakhir yang diterima ({last}); lebih dari {max} paket tidak mungkin hilang, jadi paket ini ditolak. Minta {sender} memeriksa riwayat paketnya.</translation>
    </message>
    <message>
        <source>Bundle {seq} from {sender} claims an impossible range of changes; it was refused. Ask {sender} to check its bundle history.</source>
        <translation>Paket {seq} dari {sender} menyebut rentang perubahan yang mustahil; paket ditolak. Minta {sender} memeriksa riwayat paketnya.</translation>
    </message>
    <message>
        <source>Bundle {seq} from {sender} is not newer than bundle {last}, already imported: nothing changes.</source>
        <translation>Paket {seq} dari {sender} tidak lebih baru daripada paket {last} yang sudah diimpor: tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>Bundle {seq} from {sender} carries changes not applied yet although bundle {last} was recorded: it is applied and the count continues from {seq}.</source>
        <translation>Paket {seq} dari {sender} membawa perubahan yang belum diterapkan walaupun paket {last} sudah tercatat: paket ini diterapkan dan hitungan berlanjut dari {seq}.</translation>
    </message>
    <message>
        <source>{bundles} from {sender} is missing: import it first, or ask {sender} to send everything again.</source>
        <translation>{bundles} dari {sender} hilang: impor dulu paket itu, atau minta {sender} mengirim ulang semuanya.</translation>
    </message>
    <message>
        <source>{bundles} from {sender} never arrived or was refused here; this bundle repeats their changes, so nothing is missing.</source>
        <translation>{bundles} dari {sender} tidak pernah tiba atau ditolak di sini; paket ini mengulang perubahannya, jadi tidak ada yang hilang.</translation>
    </message>
    <message>
        <source>Bundle {n}</source>
        <translation>Paket {n}</translation>
    </message>
    <message>
        <source>Bundles {first} to {last}</source>
        <translation>Paket {first} sampai {last}</translation>
    </message>
    <message>
        <source>Changes from {sender} that this install acknowledged are missing here (was the database restored from a backup?): ask {sender} to send everything again.</source>
        <translation>Perubahan dari {sender} yang sudah dikonfirmasi instalasi ini tidak ada di sini (apakah basis data dipulihkan dari cadangan?): minta {sender} mengirim ulang semuanya.</translation>
    </message>
    <message>
        <source>Bundle {seq} from {sender} does not follow the last bundle received from it (was {sender}&apos;s database restored from a backup?). Nothing was imported. Ask {sender} to write a new bundle with &apos;Send everything again&apos; ticked and open that one.</source>
        <translation>Paket {seq} dari {sender} tidak menyambung dengan paket terakhir yang diterima darinya (apakah data {sender} dipulihkan dari cadangan?). Tidak ada yang diimpor. Minta {sender} menulis paket baru dengan mencentang &apos;Kirim ulang semuanya&apos;, lalu buka paket itu.</translation>
    </message>
    <message>
        <source>{file} cannot be decrypted with this install&apos;s key: it was made for another key.</source>
        <translation>{file} tidak dapat didekripsi dengan kunci instalasi ini: paket dibuat untuk kunci lain.</translation>
    </message>
    <message>
        <source>{file}: the encrypted contents were not written by {sender} for this bundle (they may have been taken from another OPD&apos;s bundle); it was refused.</source>
        <translation>{file}: isi terenkripsi bukan ditulis oleh {sender} untuk paket ini (mungkin diambil dari paket OPD lain); paket ditolak.</translation>
    </message>
    <message>
        <source>{count} rows of {file} cannot be applied; nothing was imported.</source>
        <translation>{count} baris dari {file} tidak dapat diterapkan; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>A restore bundle is opened at a new OPD install.</source>
        <translation>Paket pemulihan dibuka di instalasi OPD yang baru.</translation>
    </message>
    <message>
        <source>This install already has data; a restore bundle is only for a new install.</source>
        <translation>Instalasi ini sudah berisi data; paket pemulihan hanya untuk instalasi baru.</translation>
    </message>
    <message>
        <source>{file} announces a damaged new key.</source>
        <translation>{file} mengumumkan kunci baru yang rusak.</translation>
    </message>
    <message>
        <source>Applying {table}...</source>
        <translation>Menerapkan {table}...</translation>
    </message>
    <message>
        <source>Skipped rows of {table}: this install does not take them from {sender}.</source>
        <translation>Baris {table} dilewati: instalasi ini tidak menerimanya dari {sender}.</translation>
    </message>
    <message>
        <source>Checking {table}...</source>
        <translation>Memeriksa {table}...</translation>
    </message>
    <message>
        <source>  ... and {count} more (see the summary).</source>
        <translation>  ... dan {count} lagi (lihat ringkasan).</translation>
    </message>
    <message>
        <source>bundle {seq} from {sender}</source>
        <translation>paket {seq} dari {sender}</translation>
    </message>
    <message>
        <source>two records would hold what only one may (the same NIK twice in one OPD, the same month paid twice): ask the sender to correct its data</source>
        <translation>dua data akan memuat hal yang hanya boleh satu (NIK yang sama dua kali dalam satu OPD, bulan yang sama dibayar dua kali): minta pengirim memperbaiki datanya</translation>
    </message>
    <message>
        <source>bundle import</source>
        <translation>impor paket</translation>
    </message>
    <message>
        <source>New value from Disnaker</source>
        <translation>Nilai baru dari Disnaker</translation>
    </message>
    <message>
        <source>malformed row</source>
        <translation>baris tidak sesuai format</translation>
    </message>
    <message>
        <source>the other OPDs of a duplicate NIK are not a short list of OPD codes</source>
        <translation>OPD lain dari NIK ganda bukan daftar pendek kode OPD</translation>
    </message>
    <message>
        <source>also sponsored in OPD {codes}</source>
        <translation>juga ditanggung di OPD {codes}</translation>
    </message>
    <message>
        <source>{field} = &apos;{value}&apos;: {reason}</source>
        <translation>{field} = &apos;{value}&apos;: {reason}</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>rows have no uid</source>
        <translation>baris tidak memiliki uid</translation>
    </message>
    <message>
        <source>another worker of this OPD already has this NIK</source>
        <translation>pekerja lain di OPD ini sudah memakai NIK ini</translation>
    </message>
    <message>
        <source>not a record identifier Rentan writes (a UUID)</source>
        <translation>bukan pengenal data yang ditulis Rentan (UUID)</translation>
    </message>
    <message>
        <source>this record belongs to another OPD</source>
        <translation>data ini milik OPD lain</translation>
    </message>
    <message>
        <source>refers to a record of another OPD</source>
        <translation>merujuk ke data milik OPD lain</translation>
    </message>
    <message>
        <source>refers to a {table} record this install does not have</source>
        <translation>merujuk ke data {table} yang tidak ada di instalasi ini</translation>
    </message>
    <message>
        <source>{field}: here &apos;{mine}&apos;, {sender} &apos;{theirs}&apos;</source>
        <translation>{field}: di sini &apos;{mine}&apos;, {sender} &apos;{theirs}&apos;</translation>
    </message>
    <message>
        <source>this install does not have the record {sender} sent</source>
        <translation>instalasi ini tidak memiliki data yang dikirim {sender}</translation>
    </message>
    <message>
        <source>This import is not in the log.</source>
        <translation>Impor ini tidak ada di log.</translation>
    </message>
    <message>
        <source>This conflict was already decided.</source>
        <translation>Konflik ini sudah diputuskan.</translation>
    </message>
    <message>
        <source>conflict decided: took the value from the bundle</source>
        <translation>konflik diputuskan: nilai dari paket diambil</translation>
    </message>
    <message>
        <source>This install has no keys yet.</source>
        <translation>Instalasi ini belum memiliki kunci.</translation>
    </message>
    <message>
        <source>the install&apos;s passphrase (every operator&apos;s)</source>
        <translation>frasa sandi instalasi (milik setiap operator)</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>frasa sandi</translation>
    </message>
    <message>
        <source>the operating system&apos;s key store</source>
        <translation>penyimpanan kunci sistem operasi</translation>
    </message>
    <message>
        <source>none: the secret keys are not protected</source>
        <translation>tidak ada: kunci rahasia tidak dilindungi</translation>
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
        <source>This is not a Rentan key file.</source>
        <translation>Ini bukan berkas kunci Rentan.</translation>
    </message>
    <message>
        <source>The secret key file is missing from {folder}. Restore it from a key backup.</source>
        <translation>Berkas kunci rahasia tidak ada di {folder}. Pulihkan dari cadangan kunci.</translation>
    </message>
    <message>
        <source>The keys are locked: give the passphrase.</source>
        <translation>Kunci terkunci: berikan frasa sandi.</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>Frasa sandi salah.</translation>
    </message>
    <message>
        <source>The secret key file does not hold this install&apos;s signing key.</source>
        <translation>Berkas kunci rahasia tidak berisi kunci tanda tangan instalasi ini.</translation>
    </message>
    <message>
        <source>Give a passphrase to protect the key backup.</source>
        <translation>Berikan frasa sandi untuk melindungi cadangan kunci.</translation>
    </message>
    <message>
        <source>Cannot open the key backup: wrong passphrase or damaged file.</source>
        <translation>Cadangan kunci tidak dapat dibuka: frasa sandi salah atau berkas rusak.</translation>
    </message>
    <message>
        <source>A key change is already waiting for the other side&apos;s acknowledgement.</source>
        <translation>Penggantian kunci sedang menunggu konfirmasi pihak lain.</translation>
    </message>
    <message>
        <source>Only the province hub can do this.</source>
        <translation>Hanya hub provinsi yang dapat melakukan ini.</translation>
    </message>
    <message>
        <source>Only an OPD install can do this.</source>
        <translation>Hanya instalasi OPD yang dapat melakukan ini.</translation>
    </message>
    <message>
        <source>This is not an age recipient (it starts with age1...).</source>
        <translation>Ini bukan penerima age (diawali age1...).</translation>
    </message>
    <message>
        <source>{file} is not a valid Rentan key file (damaged or altered).</source>
        <translation>{file} bukan berkas kunci Rentan yang sah (rusak atau diubah).</translation>
    </message>
    <message>
        <source>{file} is not a key file this version can read.</source>
        <translation>{file} bukan berkas kunci yang dapat dibaca versi ini.</translation>
    </message>
    <message>
        <source>{file} cannot be read: is the drive still plugged in? Nothing was changed.</source>
        <translation>{file} tidak dapat dibaca: apakah flashdisk masih terpasang? Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{file} is not a key file{letter}. Choose the file rentan-provisioning-….json from Disnaker (at an OPD) or rentan-enrollment-….json from the OPD (at Disnaker); nothing was changed.</source>
        <translation>{file} bukan berkas kunci{letter}. Pilih berkas rentan-provisioning-….json dari Disnaker (di OPD) atau rentan-enrollment-….json dari OPD (di Disnaker); tidak ada yang diubah.</translation>
    </message>
    <message>
        <source> (the fingerprint letter is only for comparing by eye)</source>
        <translation> (surat sidik jari PDF hanya untuk dibandingkan dengan mata)</translation>
    </message>
    <message>
        <source>{file} is a Rentan key file that fails its check (damaged or altered). Ask the office that wrote it for a new one; nothing was changed.</source>
        <translation>{file} adalah berkas kunci Rentan yang gagal diperiksa (rusak atau diubah). Minta berkas baru dari kantor yang menulisnya; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>A provisioning file is opened at an OPD install.</source>
        <translation>Berkas provisioning dibuka di instalasi OPD.</translation>
    </message>
    <message>
        <source>This provisioning file is for OPD {theirs}; this install is OPD {ours}. Ask Disnaker to write the provisioning file for OPD {ours} (OPD registry tab, Provisioning file and letter…); nothing was changed.</source>
        <translation>Berkas provisioning ini untuk OPD {theirs}; instalasi ini adalah OPD {ours}. Minta Disnaker menulis berkas provisioning untuk OPD {ours} (tab Daftar OPD, Berkas provisioning dan surat…); tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>An enrollment file is opened at the Disnaker install.</source>
        <translation>Berkas pendaftaran kunci dibuka di instalasi Disnaker.</translation>
    </message>
    <message>
        <source>OPD {code} is not in the OPD list yet: add it on the OPD registry tab (Add OPD… or Import OPD list…), then open this file again. Nothing was changed.</source>
        <translation>OPD {code} belum ada di daftar OPD: tambahkan di tab Daftar OPD (Tambah OPD… atau Impor daftar OPD…), lalu buka berkas ini lagi. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The province&apos;s key file is opened at a Disnaker install.</source>
        <translation>Berkas kunci provinsi dibuka di instalasi Disnaker.</translation>
    </message>
    <message>
        <source>A city&apos;s key file is opened at the province hub.</source>
        <translation>Berkas kunci kota dibuka di hub provinsi.</translation>
    </message>
    <message>
        <source>A different key with the same key id is already known.</source>
        <translation>Kunci lain dengan ID kunci yang sama sudah dikenal.</translation>
    </message>
    <message>
        <source>No such key.</source>
        <translation>Kunci tidak ditemukan.</translation>
    </message>
    <message>
        <source>This key was revoked; it cannot be trusted again.</source>
        <translation>Kunci ini sudah dicabut; tidak dapat dipercaya lagi.</translation>
    </message>
    <message>
        <source>announced by key {key_id}</source>
        <translation>diumumkan oleh kunci {key_id}</translation>
    </message>
    <message>
        <source>from the enrollment or provisioning file</source>
        <translation>dari berkas pendaftaran atau provisioning</translation>
    </message>
    <message>
        <source>{peer}: key {key_id} (fingerprint {fp}), {status}, {how}, received {date}</source>
        <translation>{peer}: kunci {key_id} (sidik jari {fp}), {status}, {how}, diterima {date}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date: write it as 29/11/2026.</source>
        <translation>&apos;{text}&apos; bukan tanggal: tulis seperti 29/11/2026.</translation>
    </message>
    <message>
        <source>announced by revoked key {key_id}</source>
        <translation>diumumkan oleh kunci {key_id} yang dicabut</translation>
    </message>
    <message>
        <source>No key matches &apos;{ref}&apos;.</source>
        <translation>Tidak ada kunci yang cocok dengan &apos;{ref}&apos;.</translation>
    </message>
    <message>
        <source>no keys</source>
        <translation>belum ada kunci</translation>
    </message>
    <message>
        <source>provisioned</source>
        <translation>provisioning diberikan</translation>
    </message>
    <message>
        <source>waiting for fingerprint check</source>
        <translation>menunggu pemeriksaan sidik jari</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>dipercaya</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>dicabut</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>diganti</translation>
    </message>
    <message>
        <source>Cannot write {file}: check the folder and the free space.</source>
        <translation>Tidak dapat menulis {file}: periksa folder dan ruang kosongnya.</translation>
    </message>
    <message>
        <source>A pseudonym stands in for a NIK only on a record marked pseudonymised.</source>
        <translation>Pseudonim hanya boleh menggantikan NIK pada data yang ditandai sudah dipseudonimkan.</translation>
    </message>
    <message>
        <source>not written as the form writes it (spaces or separators)</source>
        <translation>tidak ditulis seperti formulir menuliskannya (ada spasi atau pemisah)</translation>
    </message>
    <message>
        <source>JKK, JKM and JHT do not add up to the amount.</source>
        <translation>Jumlah JKK, JKM dan JHT tidak sama dengan nominal.</translation>
    </message>
    <message>
        <source>A payment is more than zero; a reversal is less than zero.</source>
        <translation>Pembayaran harus lebih dari nol; pembatalan kurang dari nol.</translation>
    </message>
    <message>
        <source>The amount is not the rate table&apos;s contribution for {month}.</source>
        <translation>Nominal tidak sama dengan iuran menurut tabel iuran untuk {month}.</translation>
    </message>
    <message>
        <source>The payment date is in the future.</source>
        <translation>Tanggal pembayaran ada di masa depan.</translation>
    </message>
    <message>
        <source>{month} is too far ahead of the payment date.</source>
        <translation>{month} terlalu jauh setelah tanggal pembayaran.</translation>
    </message>
    <message>
        <source>{month} could no longer be paid on the payment date: arrears may be paid for {earliest} and later only.</source>
        <translation>{month} sudah tidak dapat dibayar pada tanggal pembayaran itu: tunggakan hanya dapat dibayar untuk {earliest} dan sesudahnya.</translation>
    </message>
    <message>
        <source>The worker is not registered yet (draft): nothing is due.</source>
        <translation>Pekerja belum didaftarkan (draf): belum ada iuran yang harus dibayar.</translation>
    </message>
    <message>
        <source>The membership starts in {start}; {month} is before it.</source>
        <translation>Kepesertaan dimulai {start}; {month} sebelum itu.</translation>
    </message>
    <message>
        <source>The membership ended in {until}; {month} is after it.</source>
        <translation>Kepesertaan berakhir {until}; {month} sesudah itu.</translation>
    </message>
    <message>
        <source>A payment is filed under the worker&apos;s own sponsor.</source>
        <translation>Pembayaran dicatat atas penanggung pekerja itu sendiri.</translation>
    </message>
    <message>
        <source>A reversal needs a reason.</source>
        <translation>Pembatalan memerlukan alasan.</translation>
    </message>
    <message>
        <source>A reversal cannot reverse itself.</source>
        <translation>Pembatalan tidak dapat membatalkan dirinya sendiri.</translation>
    </message>
    <message>
        <source>A reversal names the payment it reverses.</source>
        <translation>Pembatalan harus menyebut pembayaran yang dibatalkannya.</translation>
    </message>
    <message>
        <source>A correction cannot be reversed.</source>
        <translation>Koreksi tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>A reversal has the worker, the month and the negated amount of the payment it reverses.</source>
        <translation>Pembatalan harus memiliki pekerja, bulan, dan jumlah negatif yang sama dengan pembayaran yang dibatalkannya.</translation>
    </message>
    <message>
        <source>A payment is cancelled only by a reversal.</source>
        <translation>Pembayaran hanya dibatalkan melalui baris pembatalan.</translation>
    </message>
    <message>
        <source>This payment is reversed more than once.</source>
        <translation>Pembayaran ini dibatalkan lebih dari sekali.</translation>
    </message>
    <message>
        <source>needs at least one row of {count} values each</source>
        <translation>memerlukan sedikitnya satu baris, masing-masing {count} nilai</translation>
    </message>
    <message>
        <source>the income brackets must ascend without overlapping</source>
        <translation>rentang penghasilan harus naik berurutan tanpa tumpang tindih</translation>
    </message>
    <message>
        <source>the quotas must be whole numbers from 0 to 1000 per position level</source>
        <translation>kuota harus bilangan bulat 0 sampai 1000 per tingkat jabatan</translation>
    </message>
    <message>
        <source>the occupations must be a list of short texts</source>
        <translation>daftar pekerjaan harus berupa daftar teks pendek</translation>
    </message>
    <message>
        <source>the coverage targets must be numbers</source>
        <translation>target cakupan harus berupa angka</translation>
    </message>
    <message>
        <source>the escrow recipients must be age keys (age1...)</source>
        <translation>penerima escrow harus kunci age (age1...)</translation>
    </message>
    <message>
        <source>This city&apos;s roster has {count} changed records, more than one bundle for the province may carry; ask the hub&apos;s IT staff.</source>
        <translation>Daftar kota ini memiliki {count} data yang berubah, lebih dari yang boleh dimuat satu paket untuk provinsi; hubungi staf TI hub.</translation>
    </message>
    <message>
        <source>{count} records in this bundle would not be accepted by Disnaker, and one such record makes Disnaker refuse the whole bundle:</source>
        <translation>{count} data dalam paket ini tidak akan diterima Disnaker, dan satu data seperti itu membuat Disnaker menolak seluruh paket:</translation>
    </message>
    <message>
        <source>... and {count} more.</source>
        <translation>... dan {count} lainnya.</translation>
    </message>
    <message>
        <source>Open each record in the Roster tab and fix it there (for an age outside the programme&apos;s range, fill in the reason for the exception), then write the bundle.</source>
        <translation>Buka setiap data itu di tab Daftar Peserta dan betulkan di sana (untuk usia di luar ketentuan program, isi alasan pengecualian), lalu tulis paketnya.</translation>
    </message>
    <message>
        <source>{sender} uses a new key (fingerprint {fingerprint}); ask for its new fingerprint letter and compare the two before the next bundle. If {sender} did not change its key, revoke it under Keys and trust.</source>
        <translation>{sender} memakai kunci baru (sidik jari {fingerprint}); minta surat sidik jari barunya dan cocokkan keduanya sebelum paket berikutnya. Bila {sender} tidak mengganti kuncinya, cabut kunci itu di Kunci dan kepercayaan.</translation>
    </message>
    <message>
        <source>{sender} announced a new key in {file}</source>
        <translation>{sender} mengumumkan kunci baru dalam {file}</translation>
    </message>
    <message>
        <source>New key of {sender} compared with its fingerprint letter</source>
        <translation>Kunci baru {sender} sudah dicocokkan dengan surat sidik jarinya</translation>
    </message>
    <message>
        <source>{month} was paid while {gap} was still unpaid; the OPD&apos;s payment form pays months in order. The OPD records {gap} first (or corrects this payment), then sends a bundle again.</source>
        <translation>{month} dibayar padahal {gap} masih belum dibayar; formulir pembayaran OPD membayar bulan secara berurutan. OPD mencatat {gap} dulu (atau memperbaiki pembayaran ini), lalu mengirim paket lagi.</translation>
    </message>
    <message>
        <source>{file} has the section {table} twice or out of order. Rentan Desktop never writes a bundle like this, so it was refused and nothing was imported. Ask {sender} to write a new bundle.</source>
        <translation>{file} memuat bagian {table} dua kali atau dengan urutan yang salah. Rentan Desktop tidak pernah menulis paket seperti ini, jadi paket ditolak dan tidak ada yang diimpor. Minta {sender} menulis paket baru.</translation>
    </message>
    <message>
        <source>A payment is never changed once recorded (here it was {old}); a mistake is corrected by a reversal.</source>
        <translation>Pembayaran tidak pernah diubah setelah dicatat (di sini nilainya {old}); kesalahan dikoreksi dengan pembatalan.</translation>
    </message>
    <message>
        <source>{month} is already paid for this worker; a month is paid once (a mistake is corrected by a reversal, then a new payment).</source>
        <translation>{month} sudah dibayar untuk pekerja ini; satu bulan dibayar sekali (kesalahan dikoreksi dengan pembatalan, lalu pembayaran baru).</translation>
    </message>
</context>
</TS>
