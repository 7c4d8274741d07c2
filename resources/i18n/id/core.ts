<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
  <context>
    <name>cli</name>
    <message>
      <source>command start</source>
      <translation>awal perintah</translation>
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
      <source>Set up {role} install for {pemda} in {folder}</source>
      <translation>Instalasi {role} untuk {pemda} disiapkan di {folder}</translation>
    </message>
    <message>
      <source>Demo data: {opds} OPD, {sponsors} sponsors, {workers} workers</source>
      <translation>Data contoh: {opds} OPD, {sponsors} penanggung, {workers} pekerja</translation>
    </message>
    <message>
      <source>This data folder is not set up yet: run 'rentan init' first.</source>
      <translation>Folder data ini belum disiapkan: jalankan 'rentan init' terlebih dahulu.</translation>
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
      <source>'{value}' is not an Indonesian mobile number (08… or +628…).</source>
      <translation>'{value}' bukan nomor HP Indonesia (08… atau +628…).</translation>
    </message>
    <message>
      <source>Age at the start month is {age}; the programme expects {low} to under {high}. Give a reason to register anyway.</source>
      <translation>Usia pada bulan mulai adalah {age}; program mensyaratkan {low} sampai di bawah {high} tahun. Isi alasan untuk tetap mendaftarkan.</translation>
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
      <source>Role must be 'opd' or 'disnaker'.</source>
      <translation>Peran harus 'opd' atau 'disnaker'.</translation>
    </message>
    <message>
      <source>Give the name of the Pemda (e.g. Kota Palangka Raya).</source>
      <translation>Isi nama Pemda (mis. Kota Palangka Raya).</translation>
    </message>
    <message>
      <source>Give the operator's name.</source>
      <translation>Isi nama operator.</translation>
    </message>
    <message>
      <source>Give the OPD code (e.g. 1.01).</source>
      <translation>Isi kode OPD (mis. 1.01).</translation>
    </message>
    <message>
      <source>Give the OPD name.</source>
      <translation>Isi nama OPD.</translation>
    </message>
  </context>
  <context>
    <name>validate</name>
    <message>
      <source>{label} is required.</source>
      <translation>{label} wajib diisi.</translation>
    </message>
    <message>
      <source>Unknown sponsor type '{value}'.</source>
      <translation>Jenis penanggung '{value}' tidak dikenal.</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nama</translation>
    </message>
    <message>
      <source>Unknown position level '{value}'.</source>
      <translation>Tingkat jabatan '{value}' tidak dikenal.</translation>
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
      <source>Mother's maiden name</source>
      <translation>Nama ibu kandung</translation>
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
      <source>Start month must look like 2026-11.</source>
      <translation>Bulan mulai harus berbentuk 2026-11.</translation>
    </message>
    <message>
      <source>Unknown relationship '{value}'.</source>
      <translation>Hubungan '{value}' tidak dikenal.</translation>
    </message>
    <message>
      <source>Unknown heir relationship '{value}'.</source>
      <translation>Hubungan ahli waris '{value}' tidak dikenal.</translation>
    </message>
    <message>
      <source>RT/RW must be a number of up to 3 digits.</source>
      <translation>RT/RW harus berupa angka paling banyak 3 digit.</translation>
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