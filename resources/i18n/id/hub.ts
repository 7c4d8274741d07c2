<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
  <context>
    <name>hub</name>
    <message>
      <source>Cannot reach the PostgreSQL server of the hub. Check the connection string (--dsn or RENTAN_HUB_DSN), that the server is running and that the user may log in; the log has the server's answer.</source>
      <translation>Server PostgreSQL hub tidak dapat dihubungi. Periksa string koneksi (--dsn atau RENTAN_HUB_DSN), bahwa server berjalan dan bahwa pengguna boleh masuk; log memuat jawaban server.</translation>
    </message>
    <message>
      <source>sponsor</source>
      <translation>penanggung</translation>
    </message>
    <message>
      <source>worker</source>
      <translation>pekerja</translation>
    </message>
    <message>
      <source>A row refers to a record that is neither in the hub nor in this bundle ({what} {uid}). Import the city's earlier bundles first, or ask the city for a full bundle.</source>
      <translation>Sebuah baris merujuk ke data yang tidak ada di hub maupun di bundel ini ({what} {uid}). Impor dulu bundel kota yang lebih awal, atau minta bundel lengkap dari kota tersebut.</translation>
    </message>
    <message>
      <source>Give the hub's PostgreSQL connection string with --dsn or {env}.</source>
      <translation>Berikan string koneksi PostgreSQL hub dengan --dsn atau {env}.</translation>
    </message>
    <message>
      <source>The province hub needs psycopg: pip install 'rentan-desktop[hub]'.</source>
      <translation>Hub provinsi memerlukan psycopg: pip install 'rentan-desktop[hub]'.</translation>
    </message>
    <message>
      <source>Hub schema version {version} ({steps} new steps); read-only role '{role}'.</source>
      <translation>Skema hub versi {version} ({steps} langkah baru); peran hanya-baca '{role}'.</translation>
    </message>
    <message>
      <source>The hub's keys are in {folder}; fingerprint {fp}</source>
      <translation>Kunci hub ada di {folder}; sidik jari {fp}</translation>
    </message>
    <message>
      <source>No city has sent a bundle yet.</source>
      <translation>Belum ada kabupaten/kota yang mengirim bundel.</translation>
    </message>
    <message>
      <source>{name}: {opds} OPD, last bundle {seq} made {made}</source>
      <translation>{name}: {opds} OPD, bundel terakhir {seq} dibuat {made}</translation>
    </message>
    <message>
      <source>Give the file to write with --out FILE.</source>
      <translation>Sebutkan berkas tujuan dengan --out BERKAS.</translation>
    </message>
    <message>
      <source>The report file must end in .xlsx, .pdf or .csv.</source>
      <translation>Berkas laporan harus berakhiran .xlsx, .pdf atau .csv.</translation>
    </message>
    <message>
      <source>No city named '{name}' in the hub (see 'rentan hub cities').</source>
      <translation>Tidak ada kabupaten/kota bernama '{name}' di hub (lihat 'rentan hub cities').</translation>
    </message>
    <message>
      <source>Report written to {path}</source>
      <translation>Laporan disimpan di {path}</translation>
    </message>
    <message>
      <source>Ranking of Pemda</source>
      <translation>Peringkat Pemda</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>Peringkat</translation>
    </message>
    <message>
      <source>Pemda</source>
      <translation>Pemda</translation>
    </message>
    <message>
      <source>OPDs</source>
      <translation>Jumlah OPD</translation>
    </message>
    <message>
      <source>ASN</source>
      <translation>ASN</translation>
    </message>
    <message>
      <source>Active sponsors</source>
      <translation>Penanggung aktif</translation>
    </message>
    <message>
      <source>Sponsors with a worker</source>
      <translation>Penanggung dengan pekerja</translation>
    </message>
    <message>
      <source>Participation (%)</source>
      <translation>Partisipasi (%)</translation>
    </message>
    <message>
      <source>Current workers</source>
      <translation>Pekerja saat ini</translation>
    </message>
    <message>
      <source>Workers per sponsor</source>
      <translation>Pekerja per penanggung</translation>
    </message>
    <message>
      <source>Months paid</source>
      <translation>Bulan dibayar</translation>
    </message>
    <message>
      <source>Paid on time</source>
      <translation>Dibayar tepat waktu</translation>
    </message>
    <message>
      <source>Punctuality (%)</source>
      <translation>Ketepatan waktu (%)</translation>
    </message>
    <message>
      <source>Summed over each Pemda's OPDs as in the OPD ranking: participation = sponsors with a current worker / ASN (active sponsors where an OPD's ASN count is not known).</source>
      <translation>Dijumlahkan dari OPD setiap Pemda seperti pada peringkat OPD: partisipasi = penanggung dengan pekerja saat ini / ASN (penanggung aktif bila jumlah ASN suatu OPD belum diketahui).</translation>
    </message>
    <message>
      <source>Participation and punctuality (%) by Pemda</source>
      <translation>Partisipasi dan ketepatan waktu (%) per Pemda</translation>
    </message>
    <message>
      <source>Same NIK in more than one Pemda</source>
      <translation>NIK yang sama di lebih dari satu Pemda</translation>
    </message>
    <message>
      <source>Duplicates by Pemda</source>
      <translation>Duplikat per Pemda</translation>
    </message>
    <message>
      <source>Entries</source>
      <translation>Entri</translation>
    </message>
    <message>
      <source>Persons</source>
      <translation>Orang</translation>
    </message>
    <message>
      <source>Duplicate entries by Pemda</source>
      <translation>Entri duplikat per Pemda</translation>
    </message>
    <message>
      <source>Duplicate NIKs across Pemda</source>
      <translation>NIK ganda antar-Pemda</translation>
    </message>
    <message>
      <source>Data freshness by Pemda</source>
      <translation>Kemutakhiran data per Pemda</translation>
    </message>
    <message>
      <source>Last bundle of each Pemda</source>
      <translation>Bundel terakhir setiap Pemda</translation>
    </message>
    <message>
      <source>Bundle made</source>
      <translation>Bundel dibuat</translation>
    </message>
    <message>
      <source>Imported</source>
      <translation>Diimpor</translation>
    </message>
    <message>
      <source>Sequence</source>
      <translation>Urutan</translation>
    </message>
    <message>
      <source>Days since made</source>
      <translation>Hari sejak dibuat</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Keadaan</translation>
    </message>
    <message>
      <source>Pemda with no bundle in the last {n} days</source>
      <translation>Pemda tanpa bundel dalam {n} hari terakhir</translation>
    </message>
    <message>
      <source>Paritrana Award submission (province)</source>
      <translation>Usulan Paritrana Award (provinsi)</translation>
    </message>
    <message>
      <source>Coverage against the target</source>
      <translation>Cakupan terhadap target</translation>
    </message>
    <message>
      <source>Programme summary</source>
      <translation>Ringkasan program</translation>
    </message>
    <message>
      <source>Ranking of OPD across the province</source>
      <translation>Peringkat OPD se-provinsi</translation>
    </message>
    <message>
      <source>Unknown province report: {name}. Known: {names}.</source>
      <translation>Laporan provinsi tidak dikenal: {name}. Yang tersedia: {names}.</translation>
    </message>
    <message>
      <source>as of {date}</source>
      <translation>per {date}</translation>
    </message>
    <message>
      <source>Whole province</source>
      <translation>Seluruh provinsi</translation>
    </message>
    <message>
      <source>Bundle {seq} from {city} ({file})</source>
      <translation>Bundel {seq} dari {city} ({file})</translation>
    </message>
    <message>
      <source>{table}: {new} new, {updated} updated</source>
      <translation>{table}: {new} baru, {updated} diperbarui</translation>
    </message>
    <message>
      <source>{file} carries rows a city does not send to the province ({table}); it was refused.</source>
      <translation>{file} memuat baris yang tidak dikirim kota ke provinsi ({table}); bundel ditolak.</translation>
    </message>
    <message>
      <source>{file} changes records of another city ({table}); a city's bundle may only change its own. It was refused.</source>
      <translation>{file} mengubah data kota lain ({table}); bundel sebuah kota hanya boleh mengubah datanya sendiri. Bundel ditolak.</translation>
    </message>
    <message>
      <source>{file} could not be written to the hub database; nothing was changed. The log has the database's answer.</source>
      <translation>{file} tidak dapat ditulis ke basis data hub; tidak ada yang diubah. Log memuat jawaban basis data.</translation>
    </message>
    <message>
      <source>The hub has no keys in {folder} yet: run 'rentan hub init' with --home {folder} first.</source>
      <translation>Hub belum punya kunci di {folder}: jalankan dulu 'rentan hub init' dengan --home {folder}.</translation>
    </message>
    <message>
      <source>{folder} holds a desktop install, not the hub's keys.</source>
      <translation>{folder} berisi instalasi desktop, bukan kunci hub.</translation>
    </message>
    <message>
      <source>Give a passphrase for the hub's secret keys (RENTAN_PASSPHRASE or --passphrase-file).</source>
      <translation>Berikan frasa sandi untuk kunci rahasia hub (RENTAN_PASSPHRASE atau --passphrase-file).</translation>
    </message>
  </context>
  <context>
    <name>sync</name>
    <message>
      <source>The bundle's contents are damaged.</source>
      <translation>Isi paket rusak.</translation>
    </message>
  </context>
</TS>