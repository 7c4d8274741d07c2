<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>bulk</name>
    <message>
        <source>Group change of {count} records</source>
        <translation>Perubahan kelompok atas {count} data</translation>
    </message>
    <message>
        <source>Select one or more rows first.</source>
        <translation>Pilih dulu satu baris atau lebih.</translation>
    </message>
    <message>
        <source>At most {limit} records can be changed at once; narrow the list first.</source>
        <translation>Paling banyak {limit} data dapat diubah sekaligus; persempit daftarnya dulu.</translation>
    </message>
    <message>
        <source>Choose an active sponsor.</source>
        <translation>Pilih penanggung yang aktif.</translation>
    </message>
    <message>
        <source>The month must look like 2026-11.</source>
        <translation>Bulan harus ditulis seperti 2026-11.</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>{name}: {reason} Open the worker&apos;s form to give it.</source>
        <translation>{name}: {reason} Buka formulir pekerja itu untuk mengisinya.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>command start</source>
        <translation>awal perintah</translation>
    </message>
    <message>
        <source>Operator&apos;s passphrase: </source>
        <translation>Frasa sandi operator: </translation>
    </message>
    <message>
        <source>error: {field}: {message}</source>
        <translation>galat: {field}: {message}</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>galat: {message}</translation>
    </message>
    <message>
        <source>Choose a passphrase (8+ characters): </source>
        <translation>Pilih frasa sandi (minimal 8 karakter): </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Ulangi frasa sandi: </translation>
    </message>
    <message>
        <source>Give a passphrase (--passphrase-file or RENTAN_PASSPHRASE) or use --keyring: the install&apos;s personal data is encrypted with it.</source>
        <translation>Berikan frasa sandi (--passphrase-file atau RENTAN_PASSPHRASE) atau pakai --keyring: data pribadi instalasi dienkripsi dengannya.</translation>
    </message>
    <message>
        <source>The install key is kept in this computer&apos;s key store.</source>
        <translation>Kunci instalasi disimpan di penyimpanan kunci komputer ini.</translation>
    </message>
    <message>
        <source>Set up {role} install for {pemda} in {folder}</source>
        <translation>Instalasi {role} untuk {pemda} disiapkan di {folder}</translation>
    </message>
    <message>
        <source>This install is already encrypted.</source>
        <translation>Instalasi ini sudah dienkripsi.</translation>
    </message>
    <message>
        <source>The database and its backups are encrypted now.</source>
        <translation>Basis data dan cadangannya sekarang dienkripsi.</translation>
    </message>
    <message>
        <source>Demo data: {opds} OPD, {sponsors} sponsors, {workers} workers</source>
        <translation>Data contoh: {opds} OPD, {sponsors} penanggung, {workers} pekerja</translation>
    </message>
    <message>
        <source>This data folder is not set up yet: run &apos;rentan init&apos; first.</source>
        <translation>Folder data ini belum disiapkan: jalankan &apos;rentan init&apos; terlebih dahulu.</translation>
    </message>
    <message>
        <source>Give the worker&apos;s NIK or the sponsor&apos;s NIP after {verb}.</source>
        <translation>Tulis NIK pekerja atau NIP penanggung setelah {verb}.</translation>
    </message>
    <message>
        <source>Saved: {fields}.</source>
        <translation>Disimpan: {fields}.</translation>
    </message>
    <message>
        <source>warning: {text}</source>
        <translation>peringatan: {text}</translation>
    </message>
    <message>
        <source>Give the end date with --on 29/11/2026 and the reason with --reason.</source>
        <translation>Tulis tanggal berakhir dengan --on 29/11/2026 dan alasannya dengan --reason.</translation>
    </message>
    <message>
        <source>Ended: {name}.</source>
        <translation>Diakhiri: {name}.</translation>
    </message>
    <message>
        <source>Only a Disnaker install can do this.</source>
        <translation>Hanya instalasi Disnaker yang dapat melakukan ini.</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>sudah diputuskan</translation>
    </message>
    <message>
        <source>open</source>
        <translation>terbuka</translation>
    </message>
    <message>
        <source>{n} cases.</source>
        <translation>{n} kasus.</translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; names no single record of this case; use an OPD code or a record ID from `rentan duplicates list`.</source>
        <translation>&apos;{ref}&apos; tidak menunjuk tepat satu data dalam kasus ini; gunakan kode OPD atau ID data dari `rentan duplicates list`.</translation>
    </message>
    <message>
        <source>There is no duplicate case for this NIK.</source>
        <translation>Tidak ada kasus ganda untuk NIK ini.</translation>
    </message>
    <message>
        <source>Decision recorded; it reaches the OPDs with the next bundles.</source>
        <translation>Keputusan dicatat; keputusan sampai ke OPD bersama paket berikutnya.</translation>
    </message>
    <message>
        <source>Key passphrase: </source>
        <translation>Frasa sandi kunci: </translation>
    </message>
    <message>
        <source>Trusted.</source>
        <translation>Dipercaya.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Uji coba: tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>NIK must be exactly 16 digits.</source>
        <translation>NIK harus terdiri dari tepat 16 digit angka.</translation>
    </message>
    <message>
        <source>NIK region code {code} is not a known province.</source>
        <translation>Kode wilayah NIK {code} bukan kode provinsi yang dikenal.</translation>
    </message>
    <message>
        <source>NIK regency and district codes cannot be 00.</source>
        <translation>Kode kabupaten/kota dan kecamatan pada NIK tidak boleh 00.</translation>
    </message>
    <message>
        <source>The birth date inside the NIK is not a real date.</source>
        <translation>Tanggal lahir di dalam NIK bukan tanggal yang sah.</translation>
    </message>
    <message>
        <source>The NIK ends in 0000: a spreadsheet probably stored it as a number and lost its last digits; type it again from the KTP and format the column as text.</source>
        <translation>NIK berakhir dengan 0000: spreadsheet kemungkinan menyimpannya sebagai angka dan digit terakhirnya hilang; ketik ulang dari KTP dan format kolomnya sebagai teks.</translation>
    </message>
    <message>
        <source>The NIK is not valid.</source>
        <translation>NIK tidak valid.</translation>
    </message>
    <message>
        <source>The NIK is empty: write the 16-digit NIK from the KTP or family card (KK).</source>
        <translation>NIK kosong: isi NIK 16 digit dari KTP atau kartu keluarga (KK).</translation>
    </message>
    <message>
        <source>The NIK was saved as a number in scientific notation and its last digits are lost; type it again from the KTP.</source>
        <translation>NIK tersimpan sebagai angka (notasi ilmiah) sehingga digit terakhirnya hilang; ketik ulang dari KTP.</translation>
    </message>
    <message>
        <source>NIK regency code {code} is not a known regency or city.</source>
        <translation>Kode {code} pada NIK bukan kode kabupaten/kota yang dikenal.</translation>
    </message>
    <message>
        <source>NIK district code {code} is not in the current region list (it may predate a split); check it against the KTP.</source>
        <translation>Kode kecamatan {code} pada NIK tidak ada di daftar wilayah terbaru (mungkin kode lama sebelum pemekaran); cocokkan dengan KTP.</translation>
    </message>
    <message>
        <source>The NIP was saved as a number by a spreadsheet and its last digits are lost (it ends in 000 or shows E+17); type it again from the SK or the employee card, and format the column as text.</source>
        <translation>NIP tersimpan sebagai angka oleh spreadsheet dan digit terakhirnya hilang (berakhir 000 atau tampil E+17); ketik ulang dari SK atau kartu pegawai, dan format kolomnya sebagai teks.</translation>
    </message>
    <message>
        <source>The NI PPPK says appointed in {year}, before the first PPPK appointments in 2019.</source>
        <translation>NI PPPK menyebut pengangkatan tahun {year}, sebelum pengangkatan PPPK pertama pada 2019.</translation>
    </message>
    <message>
        <source>The appointment inside the NIP ({text}) is in the future.</source>
        <translation>Tanggal pengangkatan dalam NIP ({text}) berada di masa depan.</translation>
    </message>
    <message>
        <source>The appointment inside the NIP ({text}) is before the birth date.</source>
        <translation>Tanggal pengangkatan dalam NIP ({text}) sebelum tanggal lahir.</translation>
    </message>
    <message>
        <source>The appointment inside the NIP ({text}) is before the person turned {age}.</source>
        <translation>Tanggal pengangkatan dalam NIP ({text}) sebelum yang bersangkutan berusia {age} tahun.</translation>
    </message>
    <message>
        <source>NIP must be exactly 18 digits.</source>
        <translation>NIP harus terdiri dari tepat 18 digit angka.</translation>
    </message>
    <message>
        <source>The birth date inside the NIP ({text}) is not a real date.</source>
        <translation>Tanggal lahir di dalam NIP ({text}) bukan tanggal yang sah.</translation>
    </message>
    <message>
        <source>The appointment month inside the NIP ({text}) is not valid.</source>
        <translation>Bulan pengangkatan di dalam NIP ({text}) tidak valid.</translation>
    </message>
    <message>
        <source>The sex digit inside the NIP must be 1 (male) or 2 (female).</source>
        <translation>Digit jenis kelamin di dalam NIP harus 1 (laki-laki) atau 2 (perempuan).</translation>
    </message>
    <message>
        <source>This NIP has the {found} format but the employment type is {expected}.</source>
        <translation>NIP ini berformat {found}, padahal status kepegawaiannya {expected}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an Indonesian mobile number (08… or +628…).</source>
        <translation>&apos;{value}&apos; bukan nomor HP Indonesia (08… atau +628…).</translation>
    </message>
    <message>
        <source>Age at the start month is {age}; the programme expects {low} to under {high}. Give a reason to register anyway.</source>
        <translation>Usia pada bulan mulai adalah {age}; program mensyaratkan {low} sampai di bawah {high} tahun. Isi alasan untuk tetap mendaftarkan.</translation>
    </message>
    <message>
        <source>Age {age} today: the programme covers ages {low} to under {high}, so BPJS cannot register this worker now. Check the birth date; an exception needs a reason in the worker&apos;s form.</source>
        <translation>Umur {age} tahun hari ini: program hanya untuk umur {low} sampai di bawah {high}, jadi BPJS tidak dapat mendaftarkan pekerja ini sekarang. Periksa tanggal lahirnya; pengecualian perlu alasan di formulir pekerja.</translation>
    </message>
    <message>
        <source>Age {age}: a child under {child} is not a worker (UU 13/2003) and cannot be registered in the programme. Check the birth date against the KTP or KK.</source>
        <translation>Umur {age} tahun: anak di bawah {child} tahun bukan pekerja (UU 13/2003) dan tidak dapat didaftarkan dalam program. Periksa tanggal lahirnya dengan KTP atau KK.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Not a valid NIK.</source>
        <translation>Bukan NIK yang sah.</translation>
    </message>
    <message>
        <source>Not a valid NIP.</source>
        <translation>Bukan NIP yang sah.</translation>
    </message>
    <message>
        <source>Not a phone number as the forms store it.</source>
        <translation>Bukan nomor telepon seperti yang disimpan formulir.</translation>
    </message>
    <message>
        <source>Not a month between {first} and {last} written like 2026-11.</source>
        <translation>Bukan bulan antara {first} dan {last} yang ditulis seperti 2026-11.</translation>
    </message>
    <message>
        <source>Not a date written like 2026-11-29.</source>
        <translation>Bukan tanggal yang ditulis seperti 2026-11-29.</translation>
    </message>
    <message>
        <source>Not a date and time.</source>
        <translation>Bukan tanggal dan jam.</translation>
    </message>
    <message>
        <source>Must be 0 or 1.</source>
        <translation>Harus 0 atau 1.</translation>
    </message>
    <message>
        <source>Not one of: {values}.</source>
        <translation>Bukan salah satu dari: {values}.</translation>
    </message>
    <message>
        <source>Must be {low} to {high} digits.</source>
        <translation>Harus {low} sampai {high} angka.</translation>
    </message>
    <message>
        <source>Must be a whole number from {low} to {high}.</source>
        <translation>Harus bilangan bulat dari {low} sampai {high}.</translation>
    </message>
    <message>
        <source>Contains control characters.</source>
        <translation>Berisi karakter kontrol.</translation>
    </message>
    <message>
        <source>Contains a letter of another alphabet ({char}); type it in Latin letters.</source>
        <translation>Memuat huruf dari abjad lain ({char}); ketik dengan huruf Latin.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Wajib diisi.</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>Harus bilangan bulat.</translation>
    </message>
    <message>
        <source>Must be text.</source>
        <translation>Harus berupa teks.</translation>
    </message>
    <message>
        <source>Longer than {limit} characters.</source>
        <translation>Lebih dari {limit} karakter.</translation>
    </message>
    <message>
        <source>Local number</source>
        <translation>Nomor lokal</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>ID data</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Sponsorship kept</source>
        <translation>Penanggungan yang dipertahankan</translation>
    </message>
    <message>
        <source>Kept in OPD</source>
        <translation>Dipertahankan di OPD</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Diputuskan oleh</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Diputuskan pada</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Digantikan</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Terakhir diubah</translation>
    </message>
    <message>
        <source>Change number</source>
        <translation>Nomor perubahan</translation>
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
        <source>Head of OPD</source>
        <translation>Kepala OPD</translation>
    </message>
    <message>
        <source>Head&apos;s NIP</source>
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
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Hari libur</translation>
    </message>
    <message>
        <source>Kind of day</source>
        <translation>Jenis hari</translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>Sementara</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Penanggung</translation>
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
        <source>JKK</source>
        <translation>JKK</translation>
    </message>
    <message>
        <source>JKM</source>
        <translation>JKM</translation>
    </message>
    <message>
        <source>JHT</source>
        <translation>JHT</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Cara pembayaran</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Tanggal bayar</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Jenis catatan</translation>
    </message>
    <message>
        <source>Reverses</source>
        <translation>Membatalkan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Reversed at</source>
        <translation>Dibatalkan pada</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Dicatat oleh</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Dicatat pada</translation>
    </message>
    <message>
        <source>Change number for the province</source>
        <translation>Nomor perubahan untuk provinsi</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Berlaku mulai</translation>
    </message>
    <message>
        <source>JKM (flat)</source>
        <translation>JKM (tetap)</translation>
    </message>
    <message>
        <source>JKK (per mille)</source>
        <translation>JKK (per mil)</translation>
    </message>
    <message>
        <source>JHT (per mille)</source>
        <translation>JHT (per mil)</translation>
    </message>
    <message>
        <source>Rate table</source>
        <translation>Tabel iuran</translation>
    </message>
    <message>
        <source>Income from</source>
        <translation>Penghasilan dari</translation>
    </message>
    <message>
        <source>Income up to</source>
        <translation>Penghasilan sampai</translation>
    </message>
    <message>
        <source>Base income</source>
        <translation>Dasar penghasilan</translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation>Status kepegawaian</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
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
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>No. HP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Berhenti pada</translation>
    </message>
    <message>
        <source>Reason for ending</source>
        <translation>Alasan berhenti</translation>
    </message>
    <message>
        <source>Relationship to sponsor</source>
        <translation>Hubungan dengan penanggung</translation>
    </message>
    <message>
        <source>Birth place</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Mother&apos;s maiden name</source>
        <translation>Nama ibu kandung</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
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
        <source>Heir</source>
        <translation>Ahli waris</translation>
    </message>
    <message>
        <source>Heir relationship</source>
        <translation>Hubungan ahli waris</translation>
    </message>
    <message>
        <source>Start month</source>
        <translation>Bulan mulai</translation>
    </message>
    <message>
        <source>KPJ</source>
        <translation>KPJ</translation>
    </message>
    <message>
        <source>Sent to BPJS on</source>
        <translation>Dikirim ke BPJS pada</translation>
    </message>
    <message>
        <source>BPJS registration result</source>
        <translation>Hasil pendaftaran BPJS</translation>
    </message>
    <message>
        <source>BPJS&apos;s reason</source>
        <translation>Alasan BPJS</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Peserta sejak</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Status sejak</translation>
    </message>
    <message>
        <source>Reason to accept the age</source>
        <translation>Alasan menerima usia</translation>
    </message>
    <message>
        <source>Paid through</source>
        <translation>Lunas sampai</translation>
    </message>
    <message>
        <source>Pseudonymised on</source>
        <translation>Dipseudonimkan pada</translation>
    </message>
    <message>
        <source>Birth place and date</source>
        <translation>Tempat dan tanggal lahir</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>Sponsor NIP</source>
        <translation>NIP penanggung</translation>
    </message>
    <message>
        <source>OPD list</source>
        <translation>Daftar OPD</translation>
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
        <source>Rate tables</source>
        <translation>Tabel iuran</translation>
    </message>
    <message>
        <source>Income brackets</source>
        <translation>Golongan penghasilan</translation>
    </message>
    <message>
        <source>Duplicate decisions</source>
        <translation>Keputusan NIK ganda</translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <translation>Kalender hari libur</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Also sponsored elsewhere</source>
        <translation>Juga ditanggung di OPD lain</translation>
    </message>
    <message>
        <source>Sent to BPJS</source>
        <translation>Dikirim ke BPJS</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Koreksi</translation>
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
        <source>Minimum workers per sponsor by position level</source>
        <translation>Jumlah minimal pekerja per penanggung menurut tingkat jabatan</translation>
    </message>
    <message>
        <source>List of occupations</source>
        <translation>Daftar pekerjaan</translation>
    </message>
    <message>
        <source>Coverage target</source>
        <translation>Sasaran cakupan</translation>
    </message>
    <message>
        <source>Key backup recipients</source>
        <translation>Penerima cadangan kunci</translation>
    </message>
    <message>
        <source>Years personal data is kept after ending</source>
        <translation>Lama data pribadi disimpan setelah berakhir (tahun)</translation>
    </message>
    <message>
        <source>Programme rules and holidays</source>
        <translation>Hari libur dan aturan program</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>correction {amount}</source>
        <translation>koreksi {amount}</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Diakhiri</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status berubah</translation>
    </message>
    <message>
        <source>Updated from a bundle</source>
        <translation>Diperbarui dari paket</translation>
    </message>
    <message>
        <source>Received in a bundle</source>
        <translation>Diterima dalam paket</translation>
    </message>
    <message>
        <source>Conflict from a bundle</source>
        <translation>Konflik dari paket</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Diaktifkan kembali</translation>
    </message>
    <message>
        <source>Registered again</source>
        <translation>Didaftarkan ulang</translation>
    </message>
    <message>
        <source>Payment corrected</source>
        <translation>Pembayaran dikoreksi</translation>
    </message>
    <message>
        <source>BPJS answer recorded</source>
        <translation>Jawaban BPJS dicatat</translation>
    </message>
    <message>
        <source>Duplicate NIK decided</source>
        <translation>NIK ganda diputuskan</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Diputuskan</translation>
    </message>
    <message>
        <source>Pseudonymised</source>
        <translation>Dipseudonimkan</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <source>Changed with others</source>
        <translation>Diubah bersama data lain</translation>
    </message>
</context>
<context>
    <name>hub</name>
    <message>
        <source>The hub: key {key_id}, fingerprint {fp}</source>
        <translation>Hub: kunci {key_id}, sidik jari {fp}</translation>
    </message>
    <message>
        <source>Key of {city}: fingerprint {fp}</source>
        <translation>Kunci {city}: sidik jari {fp}</translation>
    </message>
    <message>
        <source>No bundles (*.rentan.tar) in {folder}.</source>
        <translation>Tidak ada bundel (*.rentan.tar) di {folder}.</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} tidak ada.</translation>
    </message>
    <message>
        <source>Already imported: nothing changed.</source>
        <translation>Sudah diimpor: tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>Give the hub&apos;s PostgreSQL connection string with --dsn or {env}.</source>
        <translation>Berikan string koneksi PostgreSQL hub dengan --dsn atau {env}.</translation>
    </message>
    <message>
        <source>The province hub needs psycopg: pip install &apos;rentan-desktop[hub]&apos;.</source>
        <translation>Hub provinsi memerlukan psycopg: pip install &apos;rentan-desktop[hub]&apos;.</translation>
    </message>
</context>
<context>
    <name>importer</name>
    <message>
        <source>The cell shows {shown}: Excel stored this {label} as a number and shows it in scientific notation, so its last digits are lost and cannot be read back from this file. Format the column as Text and type the {label} again from the source document, or import the original file instead of a copy saved from Excel.</source>
        <translation>Sel ini menampilkan {shown}: Excel menyimpan {label} ini sebagai angka dan menampilkannya dalam notasi ilmiah, sehingga digit terakhirnya hilang dan tidak dapat dibaca lagi dari berkas ini. Ubah format kolom menjadi Teks lalu ketik ulang {label} dari dokumen sumbernya, atau impor berkas aslinya, bukan salinan yang disimpan ulang dari Excel.</translation>
    </message>
    <message>
        <source>The cell holds the {label} as a number ({shown}): Excel keeps only 15 digits of a number, so the last digits are lost and cannot be read back from this file. Format the column as Text and type the {label} again from the source document, or import the original file instead of a copy saved from Excel.</source>
        <translation>Sel ini menyimpan {label} sebagai angka ({shown}): Excel hanya menyimpan 15 digit sebuah angka, sehingga digit terakhirnya hilang dan tidak dapat dibaca lagi dari berkas ini. Ubah format kolom menjadi Teks lalu ketik ulang {label} dari dokumen sumbernya, atau impor berkas aslinya, bukan salinan yang disimpan ulang dari Excel.</translation>
    </message>
    <message>
        <source>The {label} is masked (some digits replaced by X or *), as lists shown to the public are: import the list with the full {label}s.</source>
        <translation>{label} ini disamarkan (sebagian digitnya diganti X atau *), seperti pada daftar yang diumumkan: impor daftar yang memuat {label} lengkap.</translation>
    </message>
    <message>
        <source>Not a date; write it as dd/mm/yyyy (e.g. 29/11/1985).</source>
        <translation>Bukan tanggal; tulis sebagai hh/bb/tttt (mis. 29/11/1985).</translation>
    </message>
    <message>
        <source>Write the place and date of birth as &apos;Palangka Raya, 29/11/1985&apos;.</source>
        <translation>Tulis tempat dan tanggal lahir sebagai &apos;Palangka Raya, 29/11/1985&apos;.</translation>
    </message>
    <message>
        <source>Not a month; write it as 2026-01 or 01/2026.</source>
        <translation>Bukan bulan; tulis sebagai 2026-01 atau 01/2026.</translation>
    </message>
    <message>
        <source>Sex must be L or P.</source>
        <translation>Jenis kelamin harus L atau P.</translation>
    </message>
    <message>
        <source>Unknown employment type; write PNS, PPPK, Non-ASN (honorary or contract staff), APBD or CSR.</source>
        <translation>Jenis kepegawaian tidak dikenal; tulis PNS, PPPK, Non-ASN (honorer atau kontrak), APBD atau CSR.</translation>
    </message>
    <message>
        <source>mobile number</source>
        <translation>nomor HP</translation>
    </message>
    <message>
        <source>Not an amount in Rupiah.</source>
        <translation>Bukan jumlah dalam Rupiah.</translation>
    </message>
    <message>
        <source>The text holds control characters (U+{code:04X}); type it again without them.</source>
        <translation>Teks berisi karakter kontrol (U+{code:04X}); ketik ulang tanpa karakter itu.</translation>
    </message>
    <message>
        <source>The text holds a hidden direction-control character (U+{code:04X}) that can make it read differently; type it again.</source>
        <translation>Teks berisi karakter tersembunyi pengatur arah tulisan (U+{code:04X}) yang dapat membuatnya terbaca lain; ketik ulang teks itu.</translation>
    </message>
    <message>
        <source>{file}, row {row}</source>
        <translation>{file}, baris {row}</translation>
    </message>
    <message>
        <source>column {column}, value &apos;{value}&apos;</source>
        <translation>kolom {column}, isi &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>repeated or second header lines</source>
        <translation>baris judul kolom ulangan atau baris judul kedua</translation>
    </message>
    <message>
        <source>column-number rows</source>
        <translation>baris nomor kolom</translation>
    </message>
    <message>
        <source>group, total or note rows without a name or identifier</source>
        <translation>baris kelompok, jumlah atau catatan tanpa nama atau nomor identitas</translation>
    </message>
    <message>
        <source>signature lines under the table (place and date, title, name, NIP)</source>
        <translation>baris tanda tangan di bawah tabel (tempat dan tanggal, jabatan, nama, NIP)</translation>
    </message>
    <message>
        <source>sponsors</source>
        <translation>penanggung</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>pekerja</translation>
    </message>
    <message>
        <source>Dry run: {n} {what} would be imported, {s} rows skipped.</source>
        <translation>Uji coba: {n} {what} akan diimpor, {s} baris dilewati.</translation>
    </message>
    <message>
        <source>Imported {n} {what}, skipped {s} rows.</source>
        <translation>{n} {what} diimpor, {s} baris dilewati.</translation>
    </message>
    <message>
        <source>{n} existing records would be updated.</source>
        <translation>{n} data yang sudah ada akan diperbarui.</translation>
    </message>
    <message>
        <source>{n} existing records updated.</source>
        <translation>{n} data yang sudah ada diperbarui.</translation>
    </message>
    <message>
        <source>{n} rows match records already here.</source>
        <translation>{n} baris sama dengan data yang sudah ada.</translation>
    </message>
    <message>
        <source>{n} rows differ from records already here; import again with updates on to apply them.</source>
        <translation>{n} baris berbeda dari data yang sudah ada; impor lagi dengan pembaruan diaktifkan untuk menerapkannya.</translation>
    </message>
    <message>
        <source>{n} workers are drafts: data BPJS needs is missing (listed per row).</source>
        <translation>{n} pekerja berstatus draf: data yang diperlukan BPJS belum lengkap (dirinci per baris).</translation>
    </message>
    <message>
        <source>Regency set to {pemda} for {n} workers: the file gives only the district, and it lies in {pemda}.</source>
        <translation>Kabupaten/kota diisi {pemda} untuk {n} pekerja: berkas hanya memuat kecamatan, dan kecamatan itu berada di {pemda}.</translation>
    </message>
    <message>
        <source>{n} blank rows ignored.</source>
        <translation>{n} baris kosong diabaikan.</translation>
    </message>
    <message>
        <source>Rows that are not people, skipped: {parts}.</source>
        <translation>Baris yang bukan data orang, dilewati: {parts}.</translation>
    </message>
    <message>
        <source>{n} note rows below the list ignored.</source>
        <translation>{n} baris catatan di bawah daftar diabaikan.</translation>
    </message>
    <message>
        <source>{n} more rows of drafts, updates or problems are counted but not listed one by one.</source>
        <translation>{n} baris draf, pembaruan atau masalah lainnya dihitung tetapi tidak dirinci satu per satu.</translation>
    </message>
    <message>
        <source>{file}, sheet &apos;{sheet}&apos;</source>
        <translation>{file}, lembar &apos;{sheet}&apos;</translation>
    </message>
    <message>
        <source>{file}: header on row {row}; columns: {columns}</source>
        <translation>{file}: kepala kolom di baris {row}; kolom: {columns}</translation>
    </message>
    <message>
        <source>{file}: no header row; columns: {columns}</source>
        <translation>{file}: tanpa baris judul; kolom: {columns}</translation>
    </message>
    <message>
        <source>skipped: {text}</source>
        <translation>dilewati: {text}</translation>
    </message>
    <message>
        <source>update: {file}, row {row}, {field}: &apos;{before}&apos; -&gt; &apos;{after}&apos;</source>
        <translation>perbarui: {file}, baris {row}, {field}: &apos;{before}&apos; -&gt; &apos;{after}&apos;</translation>
    </message>
    <message>
        <source>draft: {file}, row {row}: missing for BPJS registration: {fields}</source>
        <translation>draf: {file}, baris {row}: belum ada untuk pendaftaran BPJS: {fields}</translation>
    </message>
    <message>
        <source>warning: {file}, row {row}: {text}</source>
        <translation>peringatan: {file}, baris {row}: {text}</translation>
    </message>
    <message>
        <source>Most NIKs in this column end in 0: the column went through a spreadsheet as numbers and lost its last digit. Type this NIK again from the KTP.</source>
        <translation>Sebagian besar NIK di kolom ini berakhiran 0: kolom ini pernah disimpan sebagai angka di lembar kerja dan digit terakhirnya hilang. Ketik ulang NIK ini dari KTP.</translation>
    </message>
    <message>
        <source>RT/RW &apos;{value}&apos; is not written like 002/001: left empty.</source>
        <translation>RT/RW &apos;{value}&apos; tidak ditulis seperti 002/001: dikosongkan.</translation>
    </message>
    <message>
        <source>Relationship &apos;{value}&apos; recorded as Other.</source>
        <translation>Hubungan &apos;{value}&apos; dicatat sebagai Lainnya.</translation>
    </message>
    <message>
        <source>Heir relationship &apos;{value}&apos; recorded as Other.</source>
        <translation>Hubungan ahli waris &apos;{value}&apos; dicatat sebagai Lainnya.</translation>
    </message>
    <message>
        <source>No sponsor with this NIP in this install; import or add the sponsor first.</source>
        <translation>Tidak ada penanggung dengan NIP ini di instalasi ini; impor atau tambahkan penanggungnya terlebih dahulu.</translation>
    </message>
    <message>
        <source>The sponsor with this NIP has ended sponsorship.</source>
        <translation>Penanggung dengan NIP ini sudah berakhir kepenanggungannya.</translation>
    </message>
    <message>
        <source>{name}: the file is {size} MB, more than the {limit} MB a roster import reads. Split the list into smaller files (for example one per OPD or per kecamatan).</source>
        <translation>{name}: ukuran berkas {size} MB, lebih dari {limit} MB yang dapat dibaca impor daftar. Pecah daftar menjadi beberapa berkas (misalnya satu per OPD atau per kecamatan).</translation>
    </message>
    <message>
        <source>{name}: the file is empty.</source>
        <translation>{name}: berkas kosong.</translation>
    </message>
    <message>
        <source>{name}: this is a database file (perhaps a Rentan backup), not a spreadsheet. Choose the .xlsx, .ods or .csv list instead.</source>
        <translation>{name}: ini berkas basis data (mungkin cadangan Rentan), bukan lembar kerja. Pilih daftar .xlsx, .ods atau .csv.</translation>
    </message>
    <message>
        <source>{name}: this is a PDF. Ask for the list as Excel or CSV from the system that printed it, or type it into a spreadsheet.</source>
        <translation>{name}: ini berkas PDF. Minta daftar dalam bentuk Excel atau CSV dari sistem yang mencetaknya, atau ketik ke lembar kerja.</translation>
    </message>
    <message>
        <source>{name}: this is a web page saved with a spreadsheet name (some personnel systems export like this). Open it in Excel or LibreOffice and save it as .xlsx, then import that file.</source>
        <translation>{name}: ini halaman web yang disimpan dengan nama lembar kerja (beberapa sistem kepegawaian mengekspor seperti ini). Buka di Excel atau LibreOffice, simpan sebagai .xlsx, lalu impor berkas itu.</translation>
    </message>
    <message>
        <source>{name}: not a spreadsheet Rentan Desktop can read (.xlsx, .xls, .ods or .csv).</source>
        <translation>{name}: bukan lembar kerja yang dapat dibaca Rentan Desktop (.xlsx, .xls, .ods atau .csv).</translation>
    </message>
    <message>
        <source>{name}: a sheet of this old-format workbook claims {rows} rows by {columns} columns, more than a roster import reads. Open it in Excel or LibreOffice, delete the empty rows and columns after the list, and save it as .xlsx.</source>
        <translation>{name}: satu lembar buku kerja format lama ini mengaku berisi {rows} baris kali {columns} kolom, lebih dari yang dapat dibaca impor daftar. Buka di Excel atau LibreOffice, hapus baris dan kolom kosong setelah daftar, lalu simpan sebagai .xlsx.</translation>
    </message>
    <message>
        <source>{name}: the workbook is protected with a password. Open it in Excel or LibreOffice, remove the password (File &gt; Info &gt; Protect Workbook), save it, and import it again.</source>
        <translation>{name}: buku kerja dilindungi kata sandi. Buka di Excel atau LibreOffice, hapus kata sandinya (File &gt; Info &gt; Protect Workbook), simpan, lalu impor lagi.</translation>
    </message>
    <message>
        <source>{name}: the file is damaged or only partly copied and cannot be read. Copy it again from its source, or open it in Excel or LibreOffice and save it again.</source>
        <translation>{name}: berkas rusak atau hanya tersalin sebagian sehingga tidak dapat dibaca. Salin lagi dari sumbernya, atau buka di Excel atau LibreOffice lalu simpan ulang.</translation>
    </message>
    <message>
        <source>{name}: refused: a part of the file expands {ratio}x when unpacked, which no real spreadsheet does (a &apos;zip bomb&apos;). Ask the sender for the original list.</source>
        <translation>{name}: ditolak: sebagian berkas membesar {ratio} kali saat dibuka, hal yang tidak terjadi pada lembar kerja asli (&apos;zip bomb&apos;). Minta daftar aslinya kepada pengirim.</translation>
    </message>
    <message>
        <source>{name}: refused: the file&apos;s text part is {size} MB, more than a roster import reads ({limit} MB). Split the list into smaller files.</source>
        <translation>{name}: ditolak: bagian teks berkas berukuran {size} MB, lebih dari yang dapat dibaca impor daftar ({limit} MB). Pecah daftar menjadi beberapa berkas.</translation>
    </message>
    <message>
        <source>{name}: refused: the file unpacks to {size} MB, more than a roster import reads ({limit} MB). Split the list into smaller files.</source>
        <translation>{name}: ditolak: berkas membesar menjadi {size} MB saat dibuka, lebih dari yang dapat dibaca impor daftar ({limit} MB). Pecah daftar menjadi beberapa berkas.</translation>
    </message>
    <message>
        <source>{name}: a zip archive but not an Excel workbook. Unpack it and choose the .xlsx, .ods or .csv list inside.</source>
        <translation>{name}: arsip zip, bukan buku kerja Excel. Ekstrak dulu, lalu pilih daftar .xlsx, .ods atau .csv di dalamnya.</translation>
    </message>
    <message>
        <source>File not found: {path}</source>
        <translation>Berkas tidak ditemukan: {path}</translation>
    </message>
    <message>
        <source>{name}: sheet &apos;{sheet}&apos; holds {cells} cells, more than a roster import reads ({limit}). Split the list into smaller files.</source>
        <translation>{name}: lembar &apos;{sheet}&apos; berisi {cells} sel, lebih dari yang dapat dibaca impor daftar ({limit}). Pecah daftar menjadi beberapa berkas.</translation>
    </message>
    <message>
        <source>{name}, row {row}: characters that are not valid {encoding} (the file mixes text encodings). Open it in a spreadsheet and save it again as CSV UTF-8.</source>
        <translation>{name}, baris {row}: ada karakter yang bukan {encoding} yang sah (berkas mencampur pengodean teks). Buka di lembar kerja lalu simpan ulang sebagai CSV UTF-8.</translation>
    </message>
    <message>
        <source>{name}, row {row}: the CSV cannot be read there (a quote opened and never closed, or a cell longer than a roster holds). Open it in a spreadsheet, check that row, and save it again as CSV.</source>
        <translation>{name}, baris {row}: CSV tidak dapat dibaca di situ (tanda kutip dibuka tanpa ditutup, atau isi sel lebih panjang dari yang dapat disimpan). Buka di lembar kerja, periksa baris itu, lalu simpan ulang sebagai CSV.</translation>
    </message>
    <message>
        <source>spreadsheet import</source>
        <translation>impor lembar kerja</translation>
    </message>
    <message>
        <source>Nothing was imported: the disk is full. Free some space (empty the recycle bin, move old backups to a USB stick) and import again.</source>
        <translation>Tidak ada yang diimpor: disk penuh. Kosongkan sebagian ruang (kosongkan Recycle Bin, pindahkan cadangan lama ke flashdisk) lalu impor lagi.</translation>
    </message>
    <message>
        <source>Nothing was imported: the Rentan data file could not be written because it is damaged or not a Rentan database. Restore the latest backup (Maintenance) and import again.</source>
        <translation>Tidak ada yang diimpor: berkas data Rentan tidak dapat ditulisi karena rusak atau bukan basis data Rentan. Pulihkan cadangan terakhir (Pemeliharaan) lalu impor lagi.</translation>
    </message>
    <message>
        <source>Nothing was imported: the data folder is read-only. Check that the disk is not write-protected and that Rentan may write to its data folder.</source>
        <translation>Tidak ada yang diimpor: folder data hanya-baca. Pastikan disk tidak dikunci tulis dan Rentan boleh menulis ke folder datanya.</translation>
    </message>
    <message>
        <source>Nothing was imported: the data file is busy in another program. Close the other Rentan window or program and import again.</source>
        <translation>Tidak ada yang diimpor: berkas data sedang dipakai program lain. Tutup jendela Rentan atau program lain itu lalu impor lagi.</translation>
    </message>
    <message>
        <source>{name}: each person takes two rows in this list (the name above the NIP in one column, as a printed DUK has it). Import a list with one row per person instead, such as the &apos;Data ASN&apos; download of SIASN or the staff list of SIMPEG, or put the NIP in a column of its own.</source>
        <translation>{name}: dalam daftar ini setiap orang menempati dua baris (nama di atas NIP dalam satu kolom, seperti DUK cetakan). Impor daftar dengan satu baris per orang, misalnya unduhan &apos;Data ASN&apos; dari SIASN atau daftar pegawai dari SIMPEG, atau pindahkan NIP ke kolomnya sendiri.</translation>
    </message>
</context>
<context>
    <name>record_edit</name>
    <message>
        <source>&apos;{pair}&apos; is not FIELD=value with a known field; fields: {fields}.</source>
        <translation>&apos;{pair}&apos; bukan ISIAN=nilai dengan isian yang dikenal; isian: {fields}.</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one --set FIELD=value.</source>
        <translation>Tidak ada yang diubah: berikan paling sedikit satu --set ISIAN=nilai.</translation>
    </message>
    <message>
        <source>No {what} with this {label} or ID in this install.</source>
        <translation>Tidak ada {what} dengan {label} atau ID ini di instalasi ini.</translation>
    </message>
    <message>
        <source>sponsor</source>
        <translation>penanggung</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>pekerja</translation>
    </message>
</context>
<context>
    <name>roster</name>
    <message>
        <source>The record no longer exists.</source>
        <translation>Data ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>This NIP is already registered for {name}.</source>
        <translation>NIP ini sudah terdaftar atas nama {name}.</translation>
    </message>
    <message>
        <source>This NIK is already registered in this install for {name}.</source>
        <translation>NIK ini sudah terdaftar di instalasi ini atas nama {name}.</translation>
    </message>
    <message>
        <source>The chosen sponsor does not exist.</source>
        <translation>Penanggung yang dipilih tidak ada.</translation>
    </message>
    <message>
        <source>The chosen sponsor has ended sponsorship.</source>
        <translation>Penanggung yang dipilih sudah berhenti menanggung.</translation>
    </message>
    <message>
        <source>The end date is not a valid date.</source>
        <translation>Tanggal berakhir bukan tanggal yang sah.</translation>
    </message>
    <message>
        <source>Give the reason for ending.</source>
        <translation>Isi alasan berakhir.</translation>
    </message>
    <message>
        <source>This record has already ended.</source>
        <translation>Data ini sudah berakhir.</translation>
    </message>
    <message>
        <source>roster change</source>
        <translation>perubahan daftar</translation>
    </message>
    <message>
        <source>Give the reason for reactivating.</source>
        <translation>Isi alasan mengaktifkan kembali.</translation>
    </message>
    <message>
        <source>Only an ended worker can be reactivated.</source>
        <translation>Hanya pekerja yang sudah berakhir yang dapat diaktifkan kembali.</translation>
    </message>
</context>
<context>
    <name>security</name>
    <message>
        <source>This data folder has no install key yet.</source>
        <translation>Folder data ini belum punya kunci instalasi.</translation>
    </message>
    <message>
        <source>That key belongs to another install.</source>
        <translation>Kunci itu milik instalasi lain.</translation>
    </message>
    <message>
        <source>This install&apos;s database is not encrypted yet. Run &apos;rentan protect --operator NAME&apos; (or open Rentan Desktop) to choose a passphrase and encrypt it.</source>
        <translation>Basis data instalasi ini belum dienkripsi. Jalankan &apos;rentan protect --operator NAMA&apos; (atau buka Rentan Desktop) untuk memilih frasa sandi dan mengenkripsinya.</translation>
    </message>
    <message>
        <source>This install is locked: give an operator&apos;s passphrase (RENTAN_PASSPHRASE for scripts).</source>
        <translation>Instalasi ini terkunci: berikan frasa sandi seorang operator (RENTAN_PASSPHRASE untuk skrip).</translation>
    </message>
</context>
<context>
    <name>site</name>
    <message>
        <source>This install is not set up as an OPD install.</source>
        <translation>Instalasi ini tidak disiapkan sebagai instalasi OPD.</translation>
    </message>
    <message>
        <source>This data folder is already set up.</source>
        <translation>Folder data ini sudah disiapkan.</translation>
    </message>
    <message>
        <source>Role must be &apos;opd&apos; or &apos;disnaker&apos;.</source>
        <translation>Peran harus &apos;opd&apos; atau &apos;disnaker&apos;.</translation>
    </message>
    <message>
        <source>Give the name of the Pemda (e.g. Kota Palangka Raya).</source>
        <translation>Isi nama Pemda (mis. Kota Palangka Raya).</translation>
    </message>
    <message>
        <source>Give the operator&apos;s name.</source>
        <translation>Isi nama operator.</translation>
    </message>
    <message>
        <source>Give the OPD code (e.g. 1.01).</source>
        <translation>Isi kode OPD (mis. 1.01).</translation>
    </message>
    <message>
        <source>The OPD code is the number in Disnaker&apos;s OPD list (e.g. 1.01 or 4.01.0.00): digits and dots, no spaces.</source>
        <translation>Kode OPD adalah nomor di daftar OPD Disnaker (mis. 1.01 atau 4.01.0.00): angka dan titik, tanpa spasi.</translation>
    </message>
    <message>
        <source>Give the OPD name.</source>
        <translation>Isi nama OPD.</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <source>This is a training install: its data is for practice and can never be sent as a bundle. Send bundles from the real install of this office.</source>
        <translation>Ini instalasi latihan: datanya untuk berlatih dan tidak pernah dapat dikirim sebagai paket. Kirim paket dari instalasi sebenarnya di kantor ini.</translation>
    </message>
    <message>
        <source>This is a training install: it never writes a key enrollment file, because Disnaker would then trust a practice key as this OPD&apos;s. Write the enrollment file in the real install of this office.</source>
        <translation>Ini instalasi latihan: instalasi ini tidak pernah menulis berkas pendaftaran kunci, karena Disnaker lalu akan memercayai kunci latihan sebagai kunci OPD ini. Tulis berkas pendaftaran kunci di instalasi sebenarnya di kantor ini.</translation>
    </message>
    <message>
        <source>Demo data is only for a training install: in this real install the invented workers would travel to Disnaker with the next bundle. For practice, set up a separate training install in another folder: rentan --data-dir FOLDER init --training ... (or choose &quot;Training install&quot; when the program starts in an empty folder).</source>
        <translation>Data contoh hanya untuk instalasi latihan: di instalasi sebenarnya ini, pekerja rekaan akan ikut terkirim ke Disnaker dalam paket berikutnya. Untuk berlatih, siapkan instalasi latihan terpisah di folder lain: rentan --data-dir FOLDER init --training ... (atau pilih &quot;Instalasi latihan&quot; saat program dimulai di folder kosong).</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>the ending of {name}</source>
        <translation>pengakhiran {name}</translation>
    </message>
    <message>
        <source>the change to {name}</source>
        <translation>perubahan data {name}</translation>
    </message>
    <message>
        <source>{what} ({date} {time})</source>
        <translation>{what} ({date} {time})</translation>
    </message>
    <message>
        <source>There is nothing to undo: you have not changed anything yet.</source>
        <translation>Tidak ada yang dapat diurungkan: Anda belum mengubah apa pun.</translation>
    </message>
    <message>
        <source>Your last change was already undone.</source>
        <translation>Perubahan terakhir Anda sudah diurungkan.</translation>
    </message>
    <message>
        <source>Your last step cannot be undone here (only an edit or an ending of a sponsor or worker can). Correct it by hand instead.</source>
        <translation>Langkah terakhir Anda tidak dapat diurungkan di sini (hanya perubahan atau pengakhiran penanggung atau pekerja). Perbaiki secara manual.</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>Data ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>{name} was changed again since (by a payment, an import or another operator), so the undo could lose that change. Open the record and correct it by hand.</source>
        <translation>Data {name} sudah berubah lagi sejak itu (oleh pembayaran, impor atau operator lain), sehingga mengurungkan dapat menghapus perubahan itu. Buka datanya dan perbaiki secara manual.</translation>
    </message>
    <message>
        <source>A bundle to Disnaker already carried this change; undoing it here would make the two disagree. Open the record and correct it by hand; the next bundle carries the correction.</source>
        <translation>Perubahan ini sudah terbawa dalam paket ke Disnaker; mengurungkannya di sini membuat data keduanya berbeda. Buka datanya dan perbaiki secara manual; paket berikutnya membawa perbaikannya.</translation>
    </message>
    <message>
        <source>Undo of {what}</source>
        <translation>Urungkan {what}</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>urungkan</translation>
    </message>
</context>
<context>
    <name>validate</name>
    <message>
        <source>{label} is longer than {limit} characters.</source>
        <translation>{label} lebih dari {limit} karakter.</translation>
    </message>
    <message>
        <source>{label} contains control characters.</source>
        <translation>{label} berisi karakter kontrol.</translation>
    </message>
    <message>
        <source>Day and month look swapped ({given} read as day/month); check the spreadsheet&apos;s date format.</source>
        <translation>Tanggal dan bulan tampaknya tertukar ({given} dibaca sebagai tanggal/bulan); periksa format tanggal di lembar kerja.</translation>
    </message>
    <message>
        <source>{text} is not a real date: type the day, month and year as on the KTP, like 17/08/1980.</source>
        <translation>{text} bukan tanggal yang ada: ketik tanggal, bulan dan tahun sesuai KTP, mis. 17/08/1980.</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>{label} wajib diisi.</translation>
    </message>
    <message>
        <source>Unknown sponsor type &apos;{value}&apos;.</source>
        <translation>Jenis penanggung &apos;{value}&apos; tidak dikenal.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Unknown position level &apos;{value}&apos;.</source>
        <translation>Tingkat jabatan &apos;{value}&apos; tidak dikenal.</translation>
    </message>
    <message>
        <source>A civil servant (PNS/PPPK) needs an 18-digit NIP.</source>
        <translation>ASN (PNS/PPPK) wajib memiliki NIP 18 digit.</translation>
    </message>
    <message>
        <source>Sex does not match the NIP.</source>
        <translation>Jenis kelamin tidak sesuai dengan NIP.</translation>
    </message>
    <message>
        <source>Birth date does not match the NIP.</source>
        <translation>Tanggal lahir tidak sesuai dengan NIP.</translation>
    </message>
    <message>
        <source>RT must be a number of up to 3 digits.</source>
        <translation>RT harus berupa angka paling banyak 3 digit.</translation>
    </message>
    <message>
        <source>RW must be a number of up to 3 digits.</source>
        <translation>RW harus berupa angka paling banyak 3 digit.</translation>
    </message>
    <message>
        <source>Sex must be L or P.</source>
        <translation>Jenis kelamin harus L atau P.</translation>
    </message>
    <message>
        <source>Sex does not match the NIK (the NIK says {value}).</source>
        <translation>Jenis kelamin tidak sesuai dengan NIK (menurut NIK: {value}).</translation>
    </message>
    <message>
        <source>Birth date does not match the NIK (the NIK says {value}).</source>
        <translation>Tanggal lahir tidak sesuai dengan NIK (menurut NIK: {value}).</translation>
    </message>
    <message>
        <source>Declared income must be a whole Rupiah amount.</source>
        <translation>Penghasilan yang dilaporkan harus berupa jumlah Rupiah bulat.</translation>
    </message>
    <message>
        <source>Declared income must be more than zero.</source>
        <translation>Penghasilan yang dilaporkan harus lebih dari nol.</translation>
    </message>
    <message>
        <source>KPJ: {reason}</source>
        <translation>KPJ: {reason}</translation>
    </message>
    <message>
        <source>Start month must look like 2026-11.</source>
        <translation>Bulan mulai harus berbentuk 2026-11.</translation>
    </message>
    <message>
        <source>Start month {month} is more than {n} months ahead; check the year.</source>
        <translation>Bulan mulai {month} lebih dari {n} bulan ke depan; periksa tahunnya.</translation>
    </message>
    <message>
        <source>Unknown relationship &apos;{value}&apos;.</source>
        <translation>Hubungan &apos;{value}&apos; tidak dikenal.</translation>
    </message>
    <message>
        <source>Unknown heir relationship &apos;{value}&apos;.</source>
        <translation>Hubungan ahli waris &apos;{value}&apos; tidak dikenal.</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>ASN - PNS</source>
        <translation>ASN - PNS</translation>
    </message>
    <message>
        <source>ASN - PPPK</source>
        <translation>ASN - PPPK</translation>
    </message>
    <message>
        <source>Non-ASN staff</source>
        <translation>Pegawai non-ASN</translation>
    </message>
    <message>
        <source>APBD programme</source>
        <translation>Program APBD</translation>
    </message>
    <message>
        <source>Company CSR</source>
        <translation>CSR perusahaan</translation>
    </message>
    <message>
        <source>Head of OPD</source>
        <translation>Kepala OPD</translation>
    </message>
    <message>
        <source>Head of division</source>
        <translation>Kepala bidang</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staf</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Nonaktif (menunggak)</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation>Tetangga</translation>
    </message>
    <message>
        <source>Household helper</source>
        <translation>Asisten rumah tangga</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Sopir</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Suami/istri</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Anak</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Orang tua</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Saudara kandung</translation>
    </message>
    <message>
        <source>Payroll/TPP deduction</source>
        <translation>Potongan gaji/TPP</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <source>Bank transfer / virtual account</source>
        <translation>Transfer bank / virtual account</translation>
    </message>
    <message>
        <source>APBD</source>
        <translation>APBD</translation>
    </message>
    <message>
        <source>CSR</source>
        <translation>CSR</translation>
    </message>
</context>
</TS>
