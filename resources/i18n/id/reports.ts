<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>ReportsTab</name>
    <message>
        <source>Current workers (draft, submitted, active)</source>
        <translation>Pekerja berjalan (draf, diajukan, aktif)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>Show report</source>
        <translation>Tampilkan laporan</translation>
    </message>
    <message>
        <source>Export .xlsx…</source>
        <translation>Ekspor .xlsx…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Ekspor PDF…</translation>
    </message>
    <message>
        <source>Export table as CSV…</source>
        <translation>Ekspor tabel sebagai CSV…</translation>
    </message>
    <message>
        <source>Copy table</source>
        <translation>Salin tabel</translation>
    </message>
    <message>
        <source>Copy the selected rows (or the whole table) for pasting into a spreadsheet</source>
        <translation>Salin baris terpilih (atau seluruh tabel) untuk ditempel ke lembar kerja</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>As of month</source>
        <translation>Per bulan</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Workers counted</source>
        <translation>Pekerja yang dihitung</translation>
    </message>
    <message>
        <source>Late after</source>
        <translation>Terlambat setelah</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>All OPDs</source>
        <translation>Semua OPD</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Menyusun laporan…</translation>
    </message>
    <message>
        <source>Building the report</source>
        <translation>Menyusun laporan</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s); paste them into a spreadsheet.</source>
        <translation>
            <numerusform>%n baris disalin; tempelkan ke lembar kerja.</numerusform>
        </translation>
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
        <source>CSV file (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Simpan laporan</translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation>Menyimpan laporan</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
</context>
<context>
    <name>cash</name>
    <message>
        <source>The end date {last} comes before the start date {first}.</source>
        <translation>Tanggal akhir {last} lebih awal dari tanggal mulai {first}.</translation>
    </message>
    <message>
        <source>Choose at most one year at a time.</source>
        <translation>Pilih paling lama satu tahun sekaligus.</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Per hari</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>Jumlah diterima</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Tanggal bayar</translation>
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
        <source>Sponsor</source>
        <translation>Penanggung</translation>
    </message>
    <message>
        <source>Month covered</source>
        <translation>Bulan iuran</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Cara bayar</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>Kas diterima</translation>
    </message>
</context>
<context>
    <name>home</name>
    <message>
        <source>No sponsors yet. Start by importing the staff list (from SIMPEG or SIASN), then the list of workers.</source>
        <translation>Belum ada penanggung. Mulailah dengan mengimpor daftar pegawai (dari SIMPEG atau SIASN), lalu daftar pekerja.</translation>
    </message>
    <message>
        <source>No workers yet. Import the list of workers (a village list or your own spreadsheet), or add them one by one.</source>
        <translation>Belum ada pekerja. Impor daftar pekerja (daftar dari desa atau lembar kerja Anda sendiri), atau tambahkan satu per satu.</translation>
    </message>
    <message>
        <source>Disnaker&apos;s key is not trusted yet: open the provisioning file Disnaker gave you (Sync tab, Keys and trust), and check its fingerprint against Disnaker&apos;s letter. Then write this install&apos;s key enrollment file there and hand it to Disnaker with the signed letter; until Disnaker trusts it, your bundles are held back there.</source>
        <translation>Kunci Disnaker belum dipercaya: buka berkas provisioning dari Disnaker (tab Sinkronisasi, Kunci dan kepercayaan), lalu cocokkan sidik jarinya dengan surat dari Disnaker. Setelah itu tulis berkas pendaftaran kunci instalasi ini di tempat yang sama dan serahkan ke Disnaker bersama surat yang ditandatangani; selama Disnaker belum memercayainya, paket Anda ditahan di sana.</translation>
    </message>
    <message>
        <source>Write this install&apos;s key enrollment file (Sync tab, Keys and trust) and hand it to Disnaker with the signed letter; until Disnaker trusts it, your bundles are held back there.</source>
        <translation>Tulis berkas pendaftaran kunci instalasi ini (tab Sinkronisasi, Kunci dan kepercayaan) dan serahkan ke Disnaker bersama surat yang ditandatangani; selama Disnaker belum memercayainya, paket Anda ditahan di sana.</translation>
    </message>
    <message>
        <source>Contributions for {month} are overdue since {date}: {count} worker(s) not paid, {amount} in all. They can still be paid.</source>
        <translation>Iuran {month} lewat jatuh tempo sejak {date}: {count} pekerja belum dibayar, seluruhnya {amount}. Masih dapat dibayar.</translation>
    </message>
    <message>
        <source>{count} worker(s) lost their BPJS membership (unpaid for more than 3 months): register them again or end them.</source>
        <translation>{count} pekerja berhenti kepesertaan BPJS-nya (tidak dibayar lebih dari 3 bulan): daftarkan ulang atau akhiri.</translation>
    </message>
    <message>
        <source>{count} worker(s) were rejected by BPJS: correct what the reason names (shown in the worker&apos;s form) and save; they go again in your next bundle.</source>
        <translation>{count} pekerja ditolak BPJS: perbaiki yang disebut alasannya (tampil di formulir pekerja) lalu simpan; mereka diajukan lagi dalam paket berikutnya.</translation>
    </message>
    <message>
        <source>{count} worker(s) are ready for BPJS registration: send them to Disnaker in a bundle (Sync tab). Contributions are owed once Disnaker has registered them.</source>
        <translation>{count} pekerja siap didaftarkan ke BPJS: kirimkan ke Disnaker dalam paket (tab Sinkronisasi). Iuran baru terutang setelah Disnaker mendaftarkan mereka.</translation>
    </message>
    <message>
        <source>Disnaker has not answered the bundle of {date} yet: {count} worker(s) sent in it wait to be submitted to BPJS and owe nothing until then. Ask Disnaker for its return bundle and open it (Sync tab).</source>
        <translation>Disnaker belum membalas paket {date}: {count} pekerja yang dikirim di dalamnya menunggu diajukan ke BPJS dan belum wajib membayar iuran. Mintalah paket balasan Disnaker lalu buka (tab Sinkronisasi).</translation>
    </message>
    <message>
        <source>{count} duplicate-NIK decision(s) from Disnaker need action here: end the withdrawn record, or correct a wrong NIK.</source>
        <translation>{count} keputusan NIK ganda dari Disnaker perlu ditindaklanjuti di sini: akhiri data yang ditarik, atau perbaiki NIK yang salah.</translation>
    </message>
    <message>
        <source>No contribution for {month} to record yet: a worker owes contributions once Disnaker has submitted him to BPJS (status Submitted, in Disnaker&apos;s return bundle); drafts do not.</source>
        <translation>Belum ada iuran {month} yang perlu dicatat: pekerja wajib membayar setelah Disnaker mengajukannya ke BPJS (status Diajukan, datang dalam paket balasan Disnaker); pekerja berstatus draf belum wajib membayar.</translation>
    </message>
    <message>
        <source>Contributions for {month} (due {date}): nothing left to pay.</source>
        <translation>Iuran {month} (jatuh tempo {date}): semua sudah dibayar.</translation>
    </message>
    <message>
        <source>Contributions for {month} are due by {date} ({days}): {count} worker(s) not paid yet, {amount} in all.</source>
        <translation>Iuran {month} jatuh tempo {date} ({days}): {count} pekerja belum dibayar, seluruhnya {amount}.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>besok</translation>
    </message>
    <message>
        <source>in {n} days</source>
        <translation>{n} hari lagi</translation>
    </message>
    <message>
        <source>{count} worker(s) still lack data BPJS needs for registration.</source>
        <translation>{count} pekerja belum lengkap datanya untuk pendaftaran BPJS.</translation>
    </message>
    <message>
        <source>Every worker has the data BPJS needs.</source>
        <translation>Data semua pekerja sudah lengkap untuk BPJS.</translation>
    </message>
    <message>
        <source>{count} worker(s) have 2 or 3 unpaid months and are at risk of lapsing.</source>
        <translation>{count} pekerja menunggak 2 atau 3 bulan dan berisiko berhenti kepesertaannya.</translation>
    </message>
    <message>
        <source>No worker is at risk of lapsing.</source>
        <translation>Tidak ada pekerja yang berisiko berhenti.</translation>
    </message>
    <message>
        <source>{count} sponsor(s) sponsor fewer workers than their quota.</source>
        <translation>{count} penanggung menanggung pekerja lebih sedikit dari kuotanya.</translation>
    </message>
    <message>
        <source>Every active sponsor meets the quota.</source>
        <translation>Semua penanggung aktif sudah memenuhi kuota.</translation>
    </message>
    <message>
        <source>{count} worker(s) have no sponsor yet.</source>
        <translation>{count} pekerja belum punya penanggung.</translation>
    </message>
    <message>
        <source>No bundle has been sent to Disnaker yet: make one in the Sync tab.</source>
        <translation>Belum ada paket yang dikirim ke Disnaker: buat di tab Sinkronisasi.</translation>
    </message>
    <message>
        <source>The last bundle to Disnaker was made today ({date}).</source>
        <translation>Paket terakhir ke Disnaker dibuat hari ini ({date}).</translation>
    </message>
    <message>
        <source>The last bundle to Disnaker was made yesterday ({date}).</source>
        <translation>Paket terakhir ke Disnaker dibuat kemarin ({date}).</translation>
    </message>
    <message>
        <source>The last bundle to Disnaker was made {days} day(s) ago ({date}).</source>
        <translation>Paket terakhir ke Disnaker dibuat {days} hari lalu ({date}).</translation>
    </message>
    <message>
        <source>{payments} payment(s) and {others} other change(s) recorded since then are not at Disnaker yet: write a bundle (Sync tab).</source>
        <translation>{payments} pembayaran dan {others} perubahan data lain yang dicatat sejak itu belum sampai ke Disnaker: tulis paket (tab Sinkronisasi).</translation>
    </message>
    <message>
        <source>{count} bundle(s) wait in the quarantine ({opds}): open the OPD&apos;s key enrollment file (Sync tab, Keys and trust) and compare its fingerprint, then open the bundle from Sync, Quarantine.</source>
        <translation>{count} paket menunggu di karantina ({opds}): buka berkas pendaftaran kunci OPD itu (tab Sinkronisasi, Kunci dan kepercayaan) dan cocokkan sidik jarinya, lalu buka paketnya dari Sinkronisasi, Karantina.</translation>
    </message>
    <message>
        <source>No OPD registered yet: import or add the OPD list (OPD registry tab), then write the provisioning file for the OPDs (Sync tab, Keys and trust).</source>
        <translation>Belum ada OPD terdaftar: impor atau tambahkan daftar OPD (tab Daftar OPD), lalu tulis berkas provisioning untuk OPD (tab Sinkronisasi, Kunci dan kepercayaan).</translation>
    </message>
    <message>
        <source>{count} OPD(s) sent no bundle in the last {days} days.</source>
        <translation>{count} OPD tidak mengirim paket dalam {days} hari terakhir.</translation>
    </message>
    <message>
        <source>Every OPD sent a bundle recently.</source>
        <translation>Semua OPD baru-baru ini mengirim paket.</translation>
    </message>
    <message>
        <source>{count} OPD(s) have not sent a first bundle yet: each needs its provisioning file (OPD registry tab), then Disnaker opens its key enrollment file (Sync tab, Keys and trust).</source>
        <translation>{count} OPD belum mengirim paket pertamanya: masing-masing perlu berkas provisioning (tab Daftar OPD), lalu Disnaker membuka berkas pendaftaran kuncinya (tab Sinkronisasi, Kunci dan kepercayaan).</translation>
    </message>
    <message>
        <source>{count} OPD(s) wait for an answer bundle (acknowledgement).</source>
        <translation>{count} OPD menunggu paket balasan (tanda terima).</translation>
    </message>
    <message>
        <source>No OPD waits for an answer bundle.</source>
        <translation>Tidak ada OPD yang menunggu paket balasan.</translation>
    </message>
    <message>
        <source>{count} duplicate-NIK case(s) wait for a decision; those workers are held back from BPJS registration until then.</source>
        <translation>{count} kasus NIK ganda menunggu keputusan; pekerja itu ditahan dari pendaftaran BPJS sampai diputuskan.</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>{flag}: &apos;{value}&apos; is not a month (use YYYY-MM).</source>
        <translation>{flag}: &apos;{value}&apos; bukan bulan (gunakan YYYY-MM).</translation>
    </message>
    <message>
        <source>Unknown report: {name} (see &apos;rentan report --list&apos;).</source>
        <translation>Laporan tidak dikenal: {name} (lihat &apos;rentan report --list&apos;).</translation>
    </message>
    <message>
        <source>Give the file to write with --out FILE.</source>
        <translation>Sebutkan berkas tujuan dengan --out BERKAS.</translation>
    </message>
    <message>
        <source>Choose --format xlsx, pdf or csv.</source>
        <translation>Pilih --format xlsx, pdf atau csv.</translation>
    </message>
    <message>
        <source>--opd is for a Disnaker install; an OPD reports on itself.</source>
        <translation>--opd hanya untuk instalasi Disnaker; OPD melaporkan datanya sendiri.</translation>
    </message>
    <message>
        <source>No OPD has the code {code}.</source>
        <translation>Tidak ada OPD dengan kode {code}.</translation>
    </message>
    <message>
        <source>This report has no table &apos;{key}&apos;; it has: {keys}.</source>
        <translation>Laporan ini tidak memiliki tabel &apos;{key}&apos;; yang ada: {keys}.</translation>
    </message>
    <message>
        <source>All OPDs</source>
        <translation>Semua OPD</translation>
    </message>
    <message>
        <source>Sponsors meeting their quota, by position level</source>
        <translation>Penanggung yang memenuhi kuota, per tingkat jabatan</translation>
    </message>
    <message>
        <source>Position level</source>
        <translation>Tingkat jabatan</translation>
    </message>
    <message>
        <source>Quota (workers)</source>
        <translation>Kuota (pekerja)</translation>
    </message>
    <message>
        <source>Active sponsors</source>
        <translation>Penanggung aktif</translation>
    </message>
    <message>
        <source>Meeting quota</source>
        <translation>Memenuhi kuota</translation>
    </message>
    <message>
        <source>Meeting quota (%)</source>
        <translation>Memenuhi kuota (%)</translation>
    </message>
    <message>
        <source>With no worker</source>
        <translation>Tanpa pekerja</translation>
    </message>
    <message>
        <source>Current workers</source>
        <translation>Pekerja berjalan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>City-wide figures count each civil servant once (by NIP).</source>
        <translation>Angka tingkat Pemda menghitung setiap ASN satu kali (menurut NIP).</translation>
    </message>
    <message>
        <source>Active sponsors with no worker</source>
        <translation>Penanggung aktif yang belum menanggung pekerja</translation>
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
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Compliance by OPD</source>
        <translation>Kepatuhan per OPD</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Meeting quota (%) by position level</source>
        <translation>Memenuhi kuota (%) per tingkat jabatan</translation>
    </message>
    <message>
        <source>Sponsor compliance</source>
        <translation>Kepatuhan penanggung</translation>
    </message>
    <message>
        <source>Vulnerable workers protected</source>
        <translation>Pekerja rentan yang terlindungi</translation>
    </message>
    <message>
        <source>Workers protected (distinct NIK)</source>
        <translation>Pekerja terlindungi (NIK unik)</translation>
    </message>
    <message>
        <source>Target: uncovered non-wage workers</source>
        <translation>Sasaran: pekerja BPU yang belum terlindungi</translation>
    </message>
    <message>
        <source>Achieved (%)</source>
        <translation>Capaian (%)</translation>
    </message>
    <message>
        <source>Still to cover</source>
        <translation>Belum terlindungi</translation>
    </message>
    <message>
        <source>ASN participation</source>
        <translation>Partisipasi ASN</translation>
    </message>
    <message>
        <source>ASN</source>
        <translation>ASN</translation>
    </message>
    <message>
        <source>Sponsors with a worker</source>
        <translation>Penanggung yang menanggung pekerja</translation>
    </message>
    <message>
        <source>Participation (%)</source>
        <translation>Partisipasi (%)</translation>
    </message>
    <message>
        <source>Target participation (%)</source>
        <translation>Sasaran partisipasi (%)</translation>
    </message>
    <message>
        <source>OPDs taking part</source>
        <translation>OPD yang berpartisipasi</translation>
    </message>
    <message>
        <source>OPDs</source>
        <translation>Jumlah OPD</translation>
    </message>
    <message>
        <source>Monthly trend</source>
        <translation>Tren bulanan</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Workers owing a contribution</source>
        <translation>Pekerja wajib iuran</translation>
    </message>
    <message>
        <source>Workers owing a contribution: workers whose contribution was due that month (submitted to BPJS or active). Protected workers are those BPJS accepted.</source>
        <translation>Pekerja wajib iuran: pekerja yang iurannya jatuh tempo pada bulan itu (sudah diajukan ke BPJS atau aktif). Pekerja terlindungi adalah yang sudah diterima BPJS.</translation>
    </message>
    <message>
        <source>Workers owing a contribution per month</source>
        <translation>Pekerja wajib iuran per bulan</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Coverage against the target</source>
        <translation>Cakupan terhadap sasaran</translation>
    </message>
    <message>
        <source>Same NIK in more than one place</source>
        <translation>NIK yang sama di lebih dari satu tempat</translation>
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
        <source>Membership status</source>
        <translation>Status kepesertaan</translation>
    </message>
    <message>
        <source>First month covered</source>
        <translation>Bulan pertama iuran</translation>
    </message>
    <message>
        <source>Nothing is merged: the Disnaker duplicates queue decides which sponsorship stands.</source>
        <translation>Tidak ada yang digabung otomatis: antrean data ganda Disnaker memutuskan penanggungan mana yang berlaku.</translation>
    </message>
    <message>
        <source>Duplicates by OPD</source>
        <translation>Data ganda per OPD</translation>
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
        <source>Duplicate entries by OPD</source>
        <translation>Entri ganda per OPD</translation>
    </message>
    <message>
        <source>Duplicate NIKs</source>
        <translation>NIK ganda</translation>
    </message>
    <message>
        <source>Never sent</source>
        <translation>Belum pernah mengirim</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Mutakhir</translation>
    </message>
    <message>
        <source>Last bundle of each OPD</source>
        <translation>Paket data terakhir setiap OPD</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>Paket terakhir</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Nomor urut</translation>
    </message>
    <message>
        <source>Days ago</source>
        <translation>Hari yang lalu</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>OPDs with no bundle in the last {n} days</source>
        <translation>OPD tanpa paket data dalam {n} hari terakhir</translation>
    </message>
    <message>
        <source>Data freshness</source>
        <translation>Kemutakhiran data</translation>
    </message>
    <message>
        <source>More than 3 months</source>
        <translation>Lebih dari 3 bulan</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 bulan</translation>
    </message>
    <message>
        <source>2 months</source>
        <translation>2 bulan</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 bulan</translation>
    </message>
    <message>
        <source>Due, paid and outstanding per month</source>
        <translation>Iuran terutang, dibayar dan tunggakan per bulan</translation>
    </message>
    <message>
        <source>Workers due</source>
        <translation>Pekerja wajib iuran</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Terutang</translation>
    </message>
    <message>
        <source>Months paid</source>
        <translation>Bulan dibayar</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Tunggakan</translation>
    </message>
    <message>
        <source>Reversed payments are not counted as paid.</source>
        <translation>Pembayaran yang dibatalkan (koreksi) tidak dihitung sebagai dibayar.</translation>
    </message>
    <message>
        <source>Arrears by age at {month}</source>
        <translation>Tunggakan menurut lamanya per {month}</translation>
    </message>
    <message>
        <source>Behind by</source>
        <translation>Tertunggak</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <source>Amount owed</source>
        <translation>Jumlah tunggakan</translation>
    </message>
    <message>
        <source>Money by OPD over the period</source>
        <translation>Iuran per OPD selama periode</translation>
    </message>
    <message>
        <source>Paid (%)</source>
        <translation>Dibayar (%)</translation>
    </message>
    <message>
        <source>Workers in arrears</source>
        <translation>Pekerja menunggak</translation>
    </message>
    <message>
        <source>Due and paid per month</source>
        <translation>Iuran terutang dan dibayar per bulan</translation>
    </message>
    <message>
        <source>Workers in arrears by age</source>
        <translation>Pekerja menunggak menurut lamanya</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Iuran</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Tidak ada data.</translation>
    </message>
    <message>
        <source>The first {shown} of {total} rows are printed; the .xlsx export holds them all.</source>
        <translation>Dicetak {shown} baris pertama dari {total}; ekspor .xlsx memuat semuanya.</translation>
    </message>
    <message>
        <source>OPD ranking</source>
        <translation>Peringkat OPD</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>Workers per sponsor</source>
        <translation>Pekerja per penanggung</translation>
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
        <source>Participation = sponsors with at least one current worker / ASN count (active sponsors where the ASN count is not known). On time = paid on or before the due date.</source>
        <translation>Partisipasi = penanggung dengan sedikitnya satu pekerja berjalan / jumlah ASN (penanggung aktif bila jumlah ASN tidak diketahui). Tepat waktu = dibayar paling lambat pada tanggal jatuh tempo.</translation>
    </message>
    <message>
        <source>Participation and punctuality (%) by OPD</source>
        <translation>Partisipasi dan ketepatan waktu (%) per OPD</translation>
    </message>
    <message>
        <source>Programme summary</source>
        <translation>Rekap program</translation>
    </message>
    <message>
        <source>Paritrana Award submission</source>
        <translation>Usulan Paritrana Award</translation>
    </message>
    <message>
        <source>as of {month}</source>
        <translation>per {month}</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>per {date}</translation>
    </message>
    <message>
        <source>report built</source>
        <translation>laporan dibuat</translation>
    </message>
    <message>
        <source>Unknown report: {name}</source>
        <translation>Laporan tidak dikenal: {name}</translation>
    </message>
    <message>
        <source>Workers to sponsor, by position level</source>
        <translation>Jumlah pekerja yang ditanggung, per tingkat jabatan</translation>
    </message>
    <message>
        <source>Monthly contribution per worker (JKK + JKM, lowest bracket)</source>
        <translation>Iuran bulanan per pekerja (JKK + JKM, golongan terendah)</translation>
    </message>
    <message>
        <source>Not set (Settings)</source>
        <translation>Belum ditetapkan (Pengaturan)</translation>
    </message>
    <message>
        <source>Target ASN participation (%)</source>
        <translation>Sasaran partisipasi ASN (%)</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Kebijakan</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Monthly trend, last 12 months</source>
        <translation>Tren bulanan, 12 bulan terakhir</translation>
    </message>
    <message>
        <source>Implementation: OPD ranking</source>
        <translation>Pelaksanaan: peringkat OPD</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Di bawah 18</translation>
    </message>
    <message>
        <source>65 and over</source>
        <translation>65 ke atas</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>Persons (distinct NIK)</source>
        <translation>Orang (NIK unik)</translation>
    </message>
    <message>
        <source>The same NIK entered by two OPDs is one person.</source>
        <translation>NIK yang sama yang dimasukkan dua OPD dihitung satu orang.</translation>
    </message>
    <message>
        <source>Workers by membership status</source>
        <translation>Pekerja menurut status kepesertaan</translation>
    </message>
    <message>
        <source>Workers by occupation</source>
        <translation>Pekerja menurut pekerjaan</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Workers by gender</source>
        <translation>Pekerja menurut jenis kelamin</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Workers by age band</source>
        <translation>Pekerja menurut kelompok umur</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Kelompok umur</translation>
    </message>
    <message>
        <source>Workers by district and village</source>
        <translation>Pekerja menurut kecamatan dan kelurahan/desa</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Kelurahan/desa</translation>
    </message>
    <message>
        <source>New workers this month, by OPD</source>
        <translation>Pekerja baru bulan ini, per OPD</translation>
    </message>
    <message>
        <source>New workers this month</source>
        <translation>Pekerja baru bulan ini</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Tanpa alasan</translation>
    </message>
    <message>
        <source>Workers ended in the period, by reason</source>
        <translation>Pekerja berhenti dalam periode, menurut alasan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Workers ended in the period</source>
        <translation>Pekerja berhenti dalam periode</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Berhenti pada</translation>
    </message>
    <message>
        <source>Workers by OPD and status</source>
        <translation>Pekerja per OPD dan status</translation>
    </message>
</context>
<context>
    <name>view_export</name>
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
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Penanggung</translation>
    </message>
    <message>
        <source>Sponsor NIP</source>
        <translation>NIP penanggung</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>Bulan pertama</translation>
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
        <source>Workers</source>
        <translation>Pekerja</translation>
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
        <translation>Tingkat jabatan</translation>
    </message>
    <message>
        <source>Current workers</source>
        <translation>Pekerja saat ini</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Kuota</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>Penanggung</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Iuran</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
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
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Contributions {month}</source>
        <translation>Iuran {month}</translation>
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
    <message>
        <source>First unpaid month</source>
        <translation>Bulan pertama belum dibayar</translation>
    </message>
    <message>
        <source>Last unpaid month</source>
        <translation>Bulan terakhir belum dibayar</translation>
    </message>
    <message>
        <source>Months behind</source>
        <translation>Jumlah bulan menunggak</translation>
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
        <source>Arrears up to {month}</source>
        <translation>Tunggakan s.d. {month}</translation>
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
        <source>Below quota</source>
        <translation>Di bawah kuota</translation>
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
        <source>Per sponsor {month}</source>
        <translation>Per penanggung {month}</translation>
    </message>
    <message>
        <source>Disnaker</source>
        <translation>Disnaker</translation>
    </message>
</context>
</TS>
