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
    <name>FirstRunDialog</name>
    <message>
      <source>Set up Rentan Desktop</source>
      <translation>Penyiapan Rentan Desktop</translation>
    </message>
    <message>
      <source>Welcome. Tell Rentan Desktop where it works. An OPD install keeps one government unit's sponsors, workers and payments; the Disnaker install gathers every OPD's data.</source>
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
      <source>protects the keys that sign and open bundles (8+ characters)</source>
      <translation>melindungi kunci penanda tangan dan pembuka paket (minimal 8 karakter)</translation>
    </message>
    <message>
      <source>Key passphrase</source>
      <translation>Frasa sandi kunci</translation>
    </message>
    <message>
      <source>Repeat passphrase</source>
      <translation>Ulangi frasa sandi</translation>
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
      <source>Give the operator's name.</source>
      <translation>Isi nama operator.</translation>
    </message>
    <message>
      <source>The new language is used after Rentan Desktop is restarted.</source>
      <translation>Bahasa baru dipakai setelah Rentan Desktop dibuka ulang.</translation>
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
    <name>payments</name>
    <message>
      <source>new day {date}</source>
      <translation>hari baru {date}</translation>
    </message>
  </context>
</TS>