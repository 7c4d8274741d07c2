<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>BpjsAnswerDialog</name>
    <message>
        <source>BPJS answer: {name}</source>
        <translation>Jawaban BPJS: {name}</translation>
    </message>
    <message>
        <source>Sent, waiting for BPJS</source>
        <translation>Sudah dikirim, menunggu BPJS</translation>
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
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>KPJ number</source>
        <translation>Nomor KPJ</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Tanggal mulai</translation>
    </message>
    <message>
        <source>Reason for rejection</source>
        <translation>Alasan penolakan</translation>
    </message>
    <message>
        <source>NIK {nik} · OPD {opd}</source>
        <translation>NIK {nik} · OPD {opd}</translation>
    </message>
</context>
<context>
    <name>BpjsResultPreview</name>
    <message>
        <source>BPJS result: {file}</source>
        <translation>Hasil BPJS: {file}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Jawaban</translation>
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
        <source>KPJ</source>
        <translation>KPJ</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Tanggal mulai</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>already recorded</source>
        <translation>sudah tercatat</translation>
    </message>
    <message>
        <source>will be recorded</source>
        <translation>akan dicatat</translation>
    </message>
    <message>
        <source>{accepted} accepted and {rejected} rejected will be recorded; {unchanged} rows are already recorded. KPJ numbers go back to the OPDs with the next return bundles.</source>
        <translation>{accepted} diterima dan {rejected} ditolak akan dicatat; {unchanged} baris sudah tercatat. Nomor KPJ dikirim kembali ke OPD dengan paket balasan berikutnya.</translation>
    </message>
    <message>
        <source>{count} still in process at BPJS: those workers stay sent and waiting; import the branch&apos;s next answer for them.</source>
        <translation>{count} masih diproses BPJS: pekerja itu tetap berstatus sudah dikirim dan menunggu; impor jawaban kantor cabang berikutnya untuk mereka.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
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
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>{count} problems: nothing will be recorded. Correct the file (or ask the branch) and import it again.</source>
        <translation>{count} masalah: tidak ada yang dicatat. Perbaiki berkasnya (atau tanyakan ke kantor cabang) lalu impor lagi.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>In process</source>
        <translation>Masih diproses</translation>
    </message>
    <message>
        <source>stays waiting</source>
        <translation>tetap menunggu</translation>
    </message>
    <message>
        <source>The file no longer applies: {count} problems.</source>
        <translation>Berkas ini tidak bisa diterapkan lagi: {count} masalah.</translation>
    </message>
</context>
<context>
    <name>BpjsTab</name>
    <message>
        <source>Registration</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <source>Registration result</source>
        <translation>Hasil pendaftaran</translation>
    </message>
    <message>
        <source>Monthly payment list</source>
        <translation>Daftar iuran bulanan</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Rekonsiliasi</translation>
    </message>
    <message>
        <source>BPJS</source>
        <translation>BPJS</translation>
    </message>
</context>
<context>
    <name>BpjsTemplateDialog</name>
    <message>
        <source>Registration file layout</source>
        <translation>Tata letak berkas pendaftaran</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Header text in the file</source>
        <translation>Judul kolom di berkas</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Naikkan</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Turunkan</translation>
    </message>
    <message>
        <source>Default layout</source>
        <translation>Tata letak bawaan</translation>
    </message>
    <message>
        <source>Excel date cell</source>
        <translation>Sel tanggal Excel</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Format tanggal</translation>
    </message>
    <message>
        <source>Phone number format</source>
        <translation>Format nomor HP</translation>
    </message>
    <message>
        <source>Sheet name</source>
        <translation>Nama lembar</translation>
    </message>
    <message>
        <source>Tick the columns your BPJS branch wants, put them in its order and write its header texts.</source>
        <translation>Centang kolom yang diminta kantor cabang BPJS, susun sesuai urutannya dan tulis judul kolomnya.</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Why this sponsorship stands (the OPDs read this note)</source>
        <translation>Mengapa penanggungan ini yang berlaku (catatan ini dibaca OPD)</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Catat keputusan</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Keputusan:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
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
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Mother&apos;s maiden name</source>
        <translation>Nama ibu kandung</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Kelurahan/desa</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
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
        <source>Relation to sponsor</source>
        <translation>Hubungan dengan penanggung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>BPJS</source>
        <translation>BPJS</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>Bulan pertama</translation>
    </message>
    <message>
        <source>Paid through</source>
        <translation>Lunas sampai</translation>
    </message>
    <message>
        <source>Entered on</source>
        <translation>Dicatat pada</translation>
    </message>
    <message>
        <source>Select a case on the left.</source>
        <translation>Pilih kasus di sebelah kiri.</translation>
    </message>
    <message>
        <source>NIK {nik}: {count} records</source>
        <translation>NIK {nik}: {count} data</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(pilih)</translation>
    </message>
    <message>
        <source>Decided by {who} on {day}: {note}</source>
        <translation>Diputuskan oleh {who} pada {day}: {note}</translation>
    </message>
    <message>
        <source>Waiting for the OPD to end the withdrawn record or correct the NIK.</source>
        <translation>Menunggu OPD mengakhiri data yang ditarik atau memperbaiki NIK.</translation>
    </message>
    <message>
        <source>Not decided yet: these workers are held back from BPJS registration.</source>
        <translation>Belum diputuskan: pekerja ini ditahan dari pendaftaran BPJS.</translation>
    </message>
</context>
<context>
    <name>DisnakerRegistryTab</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>(tidak aktif)</translation>
    </message>
    <message>
        <source>Head of OPD</source>
        <translation>Kepala OPD</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>ASN</source>
        <translation>ASN</translation>
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
        <source>Key</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>Paket terakhir</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Urutan</translation>
    </message>
    <message>
        <source>Acks owed</source>
        <translation>Tanda terima tertunda</translation>
    </message>
    <message>
        <source>Search code or name</source>
        <translation>Cari kode atau nama</translation>
    </message>
    <message>
        <source>Add OPD…</source>
        <translation>Tambah OPD…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Import OPD list…</source>
        <translation>Impor daftar OPD…</translation>
    </message>
    <message>
        <source>Provisioning file and letter…</source>
        <translation>Berkas provisioning dan surat…</translation>
    </message>
    <message>
        <source>OPD registry</source>
        <translation>Daftar OPD</translation>
    </message>
    <message>
        <source>{opds} OPD · {asn} ASN · {sponsors} sponsors · {workers} workers</source>
        <translation>{opds} OPD · {asn} ASN · {sponsors} penanggung · {workers} pekerja</translation>
    </message>
    <message>
        <source>Import OPD list</source>
        <translation>Impor daftar OPD</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Lembar kerja (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>… and {n} more.</source>
        <translation>… dan {n} lagi.</translation>
    </message>
    <message>
        <source>Nothing was imported; correct these rows and try again:</source>
        <translation>Tidak ada yang diimpor; perbaiki baris berikut lalu coba lagi:</translation>
    </message>
    <message>
        <source>{created} OPD added, {updated} updated, {unchanged} unchanged.</source>
        <translation>{created} OPD ditambahkan, {updated} diperbarui, {unchanged} tidak berubah.</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Provisioning</translation>
    </message>
    <message>
        <source>Select an OPD first.</source>
        <translation>Pilih OPD terlebih dahulu.</translation>
    </message>
    <message>
        <source>Folder for the provisioning file (USB stick)</source>
        <translation>Folder untuk berkas provisioning (flashdisk)</translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>Tersimpan:</translation>
    </message>
    <message>
        <source>Give the file to the OPD on a USB stick and the signed letter on paper; the OPD compares the fingerprint before it trusts Disnaker&apos;s key.</source>
        <translation>Serahkan berkas kepada OPD melalui flashdisk dan surat yang sudah ditandatangani di atas kertas; OPD mencocokkan sidik jarinya sebelum mempercayai kunci Disnaker.</translation>
    </message>
</context>
<context>
    <name>DisnakerRosterTab</name>
    <message>
        <source>Workers</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>Penanggung</translation>
    </message>
    <message>
        <source>Name, NIK or NIP (start of)</source>
        <translation>Nama, NIK atau NIP (awalan)</translation>
    </message>
    <message>
        <source>Any BPJS state</source>
        <translation>Semua status BPJS</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Belum dikirim</translation>
    </message>
    <message>
        <source>Sent, waiting</source>
        <translation>Dikirim, menunggu</translation>
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
        <source>First month: any</source>
        <translation>Bulan pertama: semua</translation>
    </message>
    <message>
        <source>up to: any</source>
        <translation>sampai: semua</translation>
    </message>
    <message>
        <source>BPJS answer…</source>
        <translation>Jawaban BPJS…</translation>
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
        <source>NIK</source>
        <translation>NIK</translation>
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
        <source>Sponsor</source>
        <translation>Penanggung</translation>
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
        <source>BPJS</source>
        <translation>BPJS</translation>
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
        <source>All OPDs&apos; roster</source>
        <translation>Data semua OPD</translation>
    </message>
    <message>
        <source>All OPDs</source>
        <translation>Semua OPD</translation>
    </message>
    <message>
        <source>Current (not ended)</source>
        <translation>Berjalan (belum berakhir)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>{n} workers</source>
        <translation>{n} pekerja</translation>
    </message>
    <message>
        <source>{n} sponsors</source>
        <translation>{n} penanggung</translation>
    </message>
</context>
<context>
    <name>DuplicatesTab</name>
    <message>
        <source>Duplicates</source>
        <translation>Data ganda</translation>
    </message>
    <message>
        <source>Decisions from Disnaker</source>
        <translation>Keputusan dari Disnaker</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Kasus terbuka</translation>
    </message>
    <message>
        <source>Decided cases</source>
        <translation>Kasus yang sudah diputuskan</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Semua kasus</translation>
    </message>
    <message>
        <source>Search NIK, name or OPD</source>
        <translation>Cari NIK, nama atau OPD</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>OPDs</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Waiting for OPD</source>
        <translation>Menunggu OPD</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Sudah diputuskan</translation>
    </message>
    <message>
        <source>Choose a decision for every record.</source>
        <translation>Pilih keputusan untuk setiap data.</translation>
    </message>
    <message>
        <source>Decision recorded for NIK {nik}. It goes to {opds} with the next return bundles; an OPD whose record is withdrawn or must correct the NIK acts on it there.</source>
        <translation>Keputusan untuk NIK {nik} dicatat. Keputusan ini dikirim ke {opds} dalam paket balasan berikutnya; OPD yang datanya ditarik atau harus memperbaiki NIK menindaklanjutinya di sana.</translation>
    </message>
    <message>
        <source>paid through {month}</source>
        <translation>lunas s.d. {month}</translation>
    </message>
    <message>
        <source>{opd}: {name} ({facts}) — {outcome}</source>
        <translation>{opd}: {name} ({facts}) — {outcome}</translation>
    </message>
    <message>
        <source>Duplicate NIK</source>
        <translation>NIK ganda</translation>
    </message>
    <message>
        <source>This decision takes the sponsorship away from a worker already registered or paid for:

{lines}

That OPD will be asked to end the record (its payments stay recorded). Record the decision?</source>
        <translation>Keputusan ini mencabut penanggungan pekerja yang sudah terdaftar atau sudah dibayar iurannya:

{lines}

OPD itu akan diminta mengakhiri datanya (pembayarannya tetap tercatat). Catat keputusan ini?</translation>
    </message>
    <message>
        <source>Disnaker found these workers sponsored by another OPD as well and decided which sponsorship stands. End a withdrawn record, or correct a wrong NIK, in the roster.</source>
        <translation>Disnaker menemukan pekerja ini juga ditanggung oleh OPD lain dan memutuskan penanggungan mana yang berlaku. Akhiri data yang ditarik, atau perbaiki NIK yang salah, di daftar pekerja.</translation>
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
        <source>Sponsorship kept in</source>
        <translation>Penanggungan tetap di</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Diputuskan pada</translation>
    </message>
    <message>
        <source>Worker status</source>
        <translation>Status pekerja</translation>
    </message>
    <message>
        <source>{count} decisions, {todo} need action here.</source>
        <translation>{count} keputusan, {todo} perlu ditindaklanjuti di sini.</translation>
    </message>
    <message>
        <source>{open} open · {decided} decided</source>
        <translation>{open} terbuka · {decided} sudah diputuskan</translation>
    </message>
</context>
<context>
    <name>OpdDialog</name>
    <message>
        <source>Edit OPD</source>
        <translation>Ubah OPD</translation>
    </message>
    <message>
        <source>Add OPD</source>
        <translation>Tambah OPD</translation>
    </message>
    <message>
        <source>phone or e-mail of the OPD operator</source>
        <translation>telepon atau e-mail operator OPD</translation>
    </message>
    <message>
        <source>Active (untick for an OPD that merged or closed; its records stay)</source>
        <translation>Aktif (hapus centang untuk OPD yang digabung atau dibubarkan; datanya tetap disimpan)</translation>
    </message>
    <message>
        <source>Write the provisioning file and fingerprint letter now</source>
        <translation>Buat berkas provisioning dan surat sidik jari sekarang</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Number of ASN (personnel list)</source>
        <translation>Jumlah ASN (daftar pegawai)</translation>
    </message>
</context>
<context>
    <name>PaymentListPage</name>
    <message>
        <source>Save as .xlsx…</source>
        <translation>Simpan sebagai .xlsx…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>KPJ</source>
        <translation>KPJ</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Penanggung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>(no KPJ)</source>
        <translation>(belum ada KPJ)</translation>
    </message>
    <message>
        <source>Total {opd}</source>
        <translation>Jumlah {opd}</translation>
    </message>
    <message>
        <source>{count} workers in {opds} OPD · total {total}</source>
        <translation>{count} pekerja di {opds} OPD · jumlah {total}</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) for a NIK already listed left off (duplicates to resolve)</source>
        <translation>
            <numerusform>%n pembayaran untuk NIK yang sudah tercantum tidak dimasukkan (data ganda perlu diselesaikan)</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} without KPJ</source>
        <translation>{n} belum ada KPJ</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save payment list</source>
        <translation>Simpan daftar iuran</translation>
    </message>
    <message>
        <source>Payment list</source>
        <translation>Daftar iuran</translation>
    </message>
    <message>
        <source>Saved {file}: total {total}.</source>
        <translation>Tersimpan {file}: jumlah {total}.</translation>
    </message>
</context>
<context>
    <name>ReconcilePage</name>
    <message>
        <source>Import BPJS confirmation…</source>
        <translation>Impor konfirmasi BPJS…</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <source>KPJ</source>
        <translation>KPJ</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Dikonfirmasi</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>No BPJS confirmation imported for this month yet. Paid: {paid}.</source>
        <translation>Belum ada konfirmasi BPJS yang diimpor untuk bulan ini. Dibayar: {paid}.</translation>
    </message>
    <message>
        <source>Confirmation {file}: paid {paid}, confirmed {confirmed}; {matched} workers match, {count} differences.</source>
        <translation>Konfirmasi {file}: dibayar {paid}, dikonfirmasi {confirmed}; {matched} pekerja cocok, {count} selisih.</translation>
    </message>
    <message>
        <source>BPJS confirmation</source>
        <translation>Konfirmasi BPJS</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation>Lembar kerja (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>Nothing was imported; these rows are wrong:</source>
        <translation>Tidak ada yang diimpor; baris berikut salah:</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <source>Send rejected workers again (after the OPD corrected them)</source>
        <translation>Kirim ulang pekerja yang ditolak (setelah diperbaiki OPD)</translation>
    </message>
    <message>
        <source>Export registration file…</source>
        <translation>Ekspor berkas pendaftaran…</translation>
    </message>
    <message>
        <source>Column layout…</source>
        <translation>Tata letak kolom…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Siap</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Belum lengkap</translation>
    </message>
    <message>
        <source>Held (duplicate)</source>
        <translation>Ditahan (data ganda)</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Yang kurang</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Dikirim pada</translation>
    </message>
    <message>
        <source>BPJS</source>
        <translation>BPJS</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>menunggu</translation>
    </message>
    <message>
        <source>rejected: {reason}</source>
        <translation>ditolak: {reason}</translation>
    </message>
    <message>
        <source>Ready per OPD</source>
        <translation>Siap didaftarkan per OPD</translation>
    </message>
    <message>
        <source>Not ready: what is missing</source>
        <translation>Belum siap: yang masih kurang</translation>
    </message>
    <message>
        <source>Sent, waiting for or rejected by BPJS</source>
        <translation>Sudah dikirim, menunggu atau ditolak BPJS</translation>
    </message>
    <message>
        <source>Ready to register: {ready} · incomplete: {incomplete} · held back by a duplicate case: {blocked}</source>
        <translation>Siap didaftarkan: {ready} · belum lengkap: {incomplete} · ditahan karena data ganda: {blocked}</translation>
    </message>
    <message>
        <source> · withdrawn by a duplicate decision, waiting for the OPD: {n}</source>
        <translation> · ditarik karena keputusan NIK ganda, menunggu OPD: {n}</translation>
    </message>
    <message>
        <source>Save registration file</source>
        <translation>Simpan berkas pendaftaran</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Not in the file:</source>
        <translation>Tidak masuk berkas:</translation>
    </message>
    <message>
        <source>Registration file</source>
        <translation>Berkas pendaftaran</translation>
    </message>
    <message>
        <source>{count} workers written to {file} and marked as sent to BPJS.</source>
        <translation>{count} pekerja ditulis ke {file} dan ditandai sudah dikirim ke BPJS.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Import the branch&apos;s answer to a registration file: NIK, KPJ number, start date, accepted or rejected with a reason. You see every row before anything is recorded; a file with a problem changes nothing.</source>
        <translation>Impor jawaban kantor cabang atas berkas pendaftaran: NIK, nomor KPJ, tanggal mulai, diterima atau ditolak beserta alasannya. Setiap baris ditampilkan sebelum ada yang dicatat; berkas yang bermasalah tidak mengubah apa pun.</translation>
    </message>
    <message>
        <source>Import result file…</source>
        <translation>Impor berkas hasil…</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <source>KPJ</source>
        <translation>KPJ</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Tanggal mulai</translation>
    </message>
    <message>
        <source>Write return bundles…</source>
        <translation>Tulis paket balasan…</translation>
    </message>
    <message>
        <source>Accepted by BPJS (newest first)</source>
        <translation>Diterima BPJS (terbaru di atas)</translation>
    </message>
    <message>
        <source>BPJS result file</source>
        <translation>Berkas hasil BPJS</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation>Lembar kerja (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>Checking the result file</source>
        <translation>Memeriksa berkas hasil</translation>
    </message>
</context>
<context>
    <name>bpjs_export</name>
    <message>
        <source>held back: {opd} {name} (NIK {nik}): missing {fields}</source>
        <translation>ditahan: {opd} {name} (NIK {nik}): kurang {fields}</translation>
    </message>
    <message>
        <source>… and {n} more held back for missing data.</source>
        <translation>… dan {n} lagi ditahan karena data kurang.</translation>
    </message>
    <message>
        <source>{n} held back by a duplicate NIK case (Duplicates tab).</source>
        <translation>{n} ditahan karena kasus NIK ganda (tab Data Ganda).</translation>
    </message>
    <message>
        <source>{n} withdrawn by a duplicate NIK decision: waiting for OPD {opds} to end them (or correct the NIK) and send a bundle.</source>
        <translation>{n} ditarik (keputusan NIK ganda): menunggu OPD {opds} mengakhirinya (atau membetulkan NIK-nya) lalu mengirim paket.</translation>
    </message>
    <message>
        <source>The registration file must be an .xlsx file.</source>
        <translation>Berkas pendaftaran harus berformat .xlsx.</translation>
    </message>
    <message>
        <source>No worker is ready to register with BPJS.</source>
        <translation>Tidak ada pekerja yang siap didaftarkan ke BPJS.</translation>
    </message>
    <message>
        <source>{n} workers are held back for missing data and {b} by a duplicate NIK case: complete them in the roster (filter &apos;data missing&apos;) or decide the case.</source>
        <translation>{n} pekerja ditahan karena data kurang dan {b} karena kasus NIK ganda: lengkapi di daftar peserta (saring &apos;data kurang&apos;) atau putuskan kasusnya.</translation>
    </message>
    <message>
        <source>Writing the registration file</source>
        <translation>Menulis berkas pendaftaran</translation>
    </message>
</context>
<context>
    <name>bpjs_import</name>
    <message>
        <source>The NIK was turned into a number by Excel and lost its last digits.</source>
        <translation>NIK diubah Excel menjadi angka dan digit terakhirnya hilang.</translation>
    </message>
    <message>
        <source>A NIK has exactly 16 digits.</source>
        <translation>NIK harus tepat 16 digit.</translation>
    </message>
    <message>
        <source>This NIK is also on row {row}.</source>
        <translation>NIK ini juga ada di baris {row}.</translation>
    </message>
    <message>
        <source>No worker with this NIK was sent to BPJS for registration.</source>
        <translation>Tidak ada pekerja dengan NIK ini yang dikirim ke BPJS untuk didaftarkan.</translation>
    </message>
    <message>
        <source>This NIK was sent for more than one OPD; decide the duplicate case first.</source>
        <translation>NIK ini dikirim untuk lebih dari satu OPD; putuskan dulu kasus data gandanya.</translation>
    </message>
    <message>
        <source>Say whether the registration was accepted (Diterima), rejected (Ditolak) or is still in process (Proses).</source>
        <translation>Sebutkan apakah pendaftaran diterima (Diterima), ditolak (Ditolak) atau masih diproses (Proses).</translation>
    </message>
    <message>
        <source>An accepted registration needs its KPJ number.</source>
        <translation>Pendaftaran yang diterima harus disertai nomor KPJ.</translation>
    </message>
    <message>
        <source>A KPJ number is made of 11 digits.</source>
        <translation>Nomor KPJ terdiri dari 11 digit.</translation>
    </message>
    <message>
        <source>This KPJ number already belongs to another worker.</source>
        <translation>Nomor KPJ ini sudah dimiliki pekerja lain.</translation>
    </message>
    <message>
        <source>This KPJ number is also on row {row}.</source>
        <translation>Nomor KPJ ini juga ada di baris {row}.</translation>
    </message>
    <message>
        <source>An accepted registration needs its start date (e.g. 01/12/2026).</source>
        <translation>Pendaftaran yang diterima harus disertai tanggal mulai (mis. 01/12/2026).</translation>
    </message>
    <message>
        <source>This worker already has another KPJ number ({kpj}).</source>
        <translation>Pekerja ini sudah memiliki nomor KPJ lain ({kpj}).</translation>
    </message>
    <message>
        <source>A rejected registration needs the branch&apos;s reason.</source>
        <translation>Pendaftaran yang ditolak harus disertai alasan dari kantor cabang.</translation>
    </message>
    <message>
        <source>This worker was already accepted with KPJ {kpj}.</source>
        <translation>Pekerja ini sudah diterima dengan KPJ {kpj}.</translation>
    </message>
    <message>
        <source>The worker no longer exists.</source>
        <translation>Data pekerja sudah tidak ada.</translation>
    </message>
    <message>
        <source>Unknown BPJS answer.</source>
        <translation>Jawaban BPJS tidak dikenal.</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>dimasukkan manual</translation>
    </message>
</context>
<context>
    <name>bpjs_template</name>
    <message>
        <source>Row number</source>
        <translation>Nomor urut</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Sex (L/P)</source>
        <translation>Jenis kelamin (L/P)</translation>
    </message>
    <message>
        <source>Mother&apos;s maiden name</source>
        <translation>Nama ibu kandung</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Nomor HP</translation>
    </message>
    <message>
        <source>Address (one cell)</source>
        <translation>Alamat (satu sel)</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Jalan</translation>
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
        <source>Village (kelurahan/desa)</source>
        <translation>Kelurahan/desa</translation>
    </message>
    <message>
        <source>District (kecamatan)</source>
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
        <source>Programmes</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>First month covered</source>
        <translation>Bulan pertama kepesertaan</translation>
    </message>
    <message>
        <source>Heir name</source>
        <translation>Nama ahli waris</translation>
    </message>
    <message>
        <source>Heir relationship</source>
        <translation>Hubungan ahli waris</translation>
    </message>
    <message>
        <source>Sponsor name</source>
        <translation>Nama penanggung</translation>
    </message>
    <message>
        <source>Sponsor NIP</source>
        <translation>NIP penanggung</translation>
    </message>
    <message>
        <source>Sponsor type</source>
        <translation>Jenis penanggung</translation>
    </message>
    <message>
        <source>Sponsor position</source>
        <translation>Jabatan penanggung</translation>
    </message>
    <message>
        <source>Relation to sponsor</source>
        <translation>Hubungan dengan penanggung</translation>
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
        <source>Rentan reference</source>
        <translation>Referensi Rentan</translation>
    </message>
    <message>
        <source>Unknown column &apos;{field}&apos;.</source>
        <translation>Kolom &apos;{field}&apos; tidak dikenal.</translation>
    </message>
    <message>
        <source>The column &apos;{header}&apos; appears twice.</source>
        <translation>Kolom &apos;{header}&apos; muncul dua kali.</translation>
    </message>
    <message>
        <source>Every column needs a header text.</source>
        <translation>Setiap kolom harus diberi judul.</translation>
    </message>
    <message>
        <source>The NIK column is required: BPJS matches on it.</source>
        <translation>Kolom NIK wajib ada: BPJS mencocokkan data dengan NIK.</translation>
    </message>
    <message>
        <source>Unknown date format.</source>
        <translation>Format tanggal tidak dikenal.</translation>
    </message>
    <message>
        <source>Unknown phone format.</source>
        <translation>Format nomor HP tidak dikenal.</translation>
    </message>
    <message>
        <source>A sheet name cannot contain [ ] : * ? / \</source>
        <translation>Nama lembar tidak boleh berisi [ ] : * ? / \</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Only a Disnaker install can do this.</source>
        <translation>Hanya instalasi Disnaker yang dapat melakukan ini.</translation>
    </message>
    <message>
        <source>Nothing was changed: {count} problems.</source>
        <translation>Tidak ada yang diubah: {count} masalah.</translation>
    </message>
    <message>
        <source>{count} workers written to {file} and marked as submitted on {day}.</source>
        <translation>{count} pekerja ditulis ke {file} dan ditandai terkirim pada {day}.</translation>
    </message>
    <message>
        <source>{accepted} accepted, {rejected} rejected, {unchanged} already recorded.</source>
        <translation>{accepted} diterima, {rejected} ditolak, {unchanged} sudah tercatat.</translation>
    </message>
    <message>
        <source>{count} still in process at BPJS: left waiting.</source>
        <translation>{count} masih diproses BPJS: dibiarkan menunggu.</translation>
    </message>
    <message>
        <source>Dry run: {summary}</source>
        <translation>Uji coba (tanpa perubahan): {summary}</translation>
    </message>
    <message>
        <source>{count} workers in {opds} OPD, total {total}: {file}</source>
        <translation>{count} pekerja di {opds} OPD, jumlah {total}: {file}</translation>
    </message>
    <message>
        <source>Warning: {count} paid workers have no KPJ number yet.</source>
        <translation>Peringatan: {count} pekerja yang dibayar belum memiliki nomor KPJ.</translation>
    </message>
    <message>
        <source>Warning: {count} payments are for a NIK already on the list (paid by two OPDs) and were left off it: resolve the duplicates and refund them.</source>
        <translation>Peringatan: {count} pembayaran untuk NIK yang sudah ada di daftar (dibayar oleh dua OPD) tidak dimasukkan: selesaikan data gandanya dan kembalikan dananya.</translation>
    </message>
    <message>
        <source>No BPJS confirmation is stored for {month}.</source>
        <translation>Belum ada konfirmasi BPJS tersimpan untuk {month}.</translation>
    </message>
    <message>
        <source>Paid {paid}, confirmed {confirmed}, {matched} workers match, {count} differences.</source>
        <translation>Dibayar {paid}, dikonfirmasi {confirmed}, {matched} pekerja cocok, {count} selisih.</translation>
    </message>
    <message>
        <source>OPD {code} is active.</source>
        <translation>OPD {code} aktif.</translation>
    </message>
    <message>
        <source>OPD {code} is inactive.</source>
        <translation>OPD {code} tidak aktif.</translation>
    </message>
    <message>
        <source>OPD {code} {name} added.</source>
        <translation>OPD {code} {name} ditambahkan.</translation>
    </message>
    <message>
        <source>No OPD with code {code}; `rentan opd list` shows them.</source>
        <translation>Tidak ada OPD dengan kode {code}; `rentan opd list` menampilkan daftarnya.</translation>
    </message>
    <message>
        <source>Nothing to change: give --name, --head, --head-nip, --contact, --address, --asn or --active.</source>
        <translation>Tidak ada yang diubah: berikan --name, --head, --head-nip, --contact, --address, --asn atau --active.</translation>
    </message>
    <message>
        <source>OPD {code} saved.</source>
        <translation>OPD {code} disimpan.</translation>
    </message>
    <message>
        <source>{created} OPD added, {updated} updated, {unchanged} unchanged.</source>
        <translation>{created} OPD ditambahkan, {updated} diperbarui, {unchanged} tidak berubah.</translation>
    </message>
</context>
<context>
    <name>consolidated</name>
    <message>
        <source>accepted</source>
        <translation>diterima</translation>
    </message>
    <message>
        <source>sent {day}</source>
        <translation>dikirim {day}</translation>
    </message>
    <message>
        <source>rejected: {reason}</source>
        <translation>ditolak: {reason}</translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <source>Sponsorship stands</source>
        <translation>Penanggungan berlaku</translation>
    </message>
    <message>
        <source>Withdraw this sponsorship</source>
        <translation>Tarik penanggungan ini</translation>
    </message>
    <message>
        <source>NIK is wrong: correct it</source>
        <translation>NIK salah: perbaiki</translation>
    </message>
    <message>
        <source>There is no duplicate for this NIK any more: the OPDs may have resolved it.</source>
        <translation>Tidak ada lagi data ganda untuk NIK ini: mungkin OPD sudah menyelesaikannya.</translation>
    </message>
    <message>
        <source>Give an outcome for every record of this NIK ({count} records).</source>
        <translation>Tentukan keputusan untuk setiap data dengan NIK ini ({count} data).</translation>
    </message>
    <message>
        <source>Unknown outcome.</source>
        <translation>Keputusan tidak dikenal.</translation>
    </message>
    <message>
        <source>Exactly one sponsorship must stand.</source>
        <translation>Harus tepat satu penanggungan yang berlaku.</translation>
    </message>
    <message>
        <source>Write a note saying why (it goes to the OPDs).</source>
        <translation>Tulis catatan alasannya (catatan dikirim ke OPD).</translation>
    </message>
    <message>
        <source>sent to BPJS</source>
        <translation>dikirim ke BPJS</translation>
    </message>
    <message>
        <source>rejected by BPJS</source>
        <translation>ditolak BPJS</translation>
    </message>
</context>
<context>
    <name>home</name>
    <message>
        <source>Write the return bundle for {opds} in the Sync tab: {count} BPJS answer(s) (KPJ numbers, rejection reasons) have not reached those OPDs yet.</source>
        <translation>Tulis paket balasan untuk {opds} di tab Sinkronisasi: {count} jawaban BPJS (nomor KPJ, alasan penolakan) belum sampai ke OPD itu.</translation>
    </message>
</context>
<context>
    <name>payment_list</name>
    <message>
        <source>The month must look like 2026-11 (got &apos;{value}&apos;).</source>
        <translation>Bulan harus ditulis seperti 2026-11 (tertulis &apos;{value}&apos;).</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>KPJ</source>
        <translation>KPJ</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Penanggung</translation>
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
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Collective contribution payment list, {month}</source>
        <translation>Daftar pembayaran iuran kolektif, {month}</translation>
    </message>
    <message>
        <source>{count} workers, total {total}</source>
        <translation>{count} pekerja, jumlah {total}</translation>
    </message>
    <message>
        <source>Total {opd}</source>
        <translation>Jumlah {opd}</translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation>Jumlah keseluruhan</translation>
    </message>
    <message>
        <source>page {n}</source>
        <translation>halaman {n}</translation>
    </message>
    <message>
        <source>{count} workers in {opds} OPD · total {total}</source>
        <translation>{count} pekerja di {opds} OPD · jumlah {total}</translation>
    </message>
    <message>
        <source>(no KPJ)</source>
        <translation>(belum ada KPJ)</translation>
    </message>
    <message>
        <source>Grand total: {total} ({words})</source>
        <translation>Jumlah keseluruhan: {total} ({words})</translation>
    </message>
    <message>
        <source>The payment list is written as .xlsx or .pdf.</source>
        <translation>Daftar iuran disimpan sebagai .xlsx atau .pdf.</translation>
    </message>
    <message>
        <source>No contribution is recorded for {month}.</source>
        <translation>Belum ada iuran yang tercatat untuk {month}.</translation>
    </message>
</context>
<context>
    <name>reconcile</name>
    <message>
        <source>Paid but not confirmed</source>
        <translation>Dibayar tetapi belum dikonfirmasi</translation>
    </message>
    <message>
        <source>Confirmed but not recorded</source>
        <translation>Dikonfirmasi tetapi tidak tercatat</translation>
    </message>
    <message>
        <source>Amount differs</source>
        <translation>Jumlah berbeda</translation>
    </message>
    <message>
        <source>The file needs a KPJ or a NIK column to match workers.</source>
        <translation>Berkas memerlukan kolom KPJ atau NIK untuk mencocokkan pekerja.</translation>
    </message>
    <message>
        <source>Each row needs a KPJ number or a NIK.</source>
        <translation>Setiap baris memerlukan nomor KPJ atau NIK.</translation>
    </message>
    <message>
        <source>A KPJ number is made of digits only.</source>
        <translation>Nomor KPJ hanya terdiri dari angka.</translation>
    </message>
    <message>
        <source>A NIK has exactly 16 digits.</source>
        <translation>NIK harus tepat 16 digit.</translation>
    </message>
    <message>
        <source>The amount must be a Rupiah amount such as 16800.</source>
        <translation>Jumlah harus berupa nominal Rupiah, misalnya 16800.</translation>
    </message>
    <message>
        <source>This row is for another month than {month}.</source>
        <translation>Baris ini untuk bulan selain {month}.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
</context>
<context>
    <name>registry</name>
    <message>
        <source>The OPD no longer exists.</source>
        <translation>Data OPD sudah tidak ada.</translation>
    </message>
    <message>
        <source>The OPD code is required (e.g. 1.01).</source>
        <translation>Kode OPD wajib diisi (mis. 1.01).</translation>
    </message>
    <message>
        <source>The OPD code is too long (20 characters at most).</source>
        <translation>Kode OPD terlalu panjang (paling banyak 20 karakter).</translation>
    </message>
    <message>
        <source>The OPD name is required.</source>
        <translation>Nama OPD wajib diisi.</translation>
    </message>
    <message>
        <source>The number of ASN must be a whole number (got &apos;{value}&apos;).</source>
        <translation>Jumlah ASN harus bilangan bulat (tertulis &apos;{value}&apos;).</translation>
    </message>
    <message>
        <source>The code {code} is already used by {name}.</source>
        <translation>Kode {code} sudah dipakai oleh {name}.</translation>
    </message>
    <message>
        <source>OPD {old} exchanges bundles with this install under its code, so the code cannot change here. To renumber it, revoke its key in the Sync tab first, then change the code and provision the OPD again under {new}.</source>
        <translation>OPD {old} bertukar paket dengan instalasi ini memakai kodenya, jadi kodenya tidak dapat diubah di sini. Untuk mengganti nomornya, cabut dulu kuncinya di tab Sinkronisasi, lalu ubah kodenya dan siapkan kembali OPD itu dengan kode {new}.</translation>
    </message>
    <message>
        <source>No OPD has the code {code}.</source>
        <translation>Tidak ada OPD dengan kode {code}.</translation>
    </message>
    <message>
        <source>Rows {rows} were skipped: they are not OPDs (a total or a numbering row).</source>
        <translation>Baris {rows} dilewati: bukan OPD (baris jumlah atau baris nomor kolom).</translation>
    </message>
    <message>
        <source>The code also appears on row {row}.</source>
        <translation>Kode ini juga ada di baris {row}.</translation>
    </message>
    <message>
        <source>OPD {code} is not in the OPD list.</source>
        <translation>OPD {code} tidak ada di daftar OPD.</translation>
    </message>
    <message>
        <source>DISNAKER KEY FINGERPRINT LETTER</source>
        <translation>SURAT SIDIK JARI KUNCI DISNAKER</translation>
    </message>
    <message>
        <source>Disnaker {pemda}, for OPD {code} {name}</source>
        <translation>Disnaker {pemda}, untuk OPD {code} {name}</translation>
    </message>
</context>
<context>
    <name>sheet</name>
    <message>
        <source>{file}, row {row}, column {column} (&apos;{value}&apos;): {message}</source>
        <translation>{file}, baris {row}, kolom {column} (&apos;{value}&apos;): {message}</translation>
    </message>
    <message>
        <source>Cannot read {file}: it is damaged, protected by a password, or not really a spreadsheet. Open it in Excel or LibreOffice, save it again as .xlsx, then import it again.</source>
        <translation>{file} tidak dapat dibaca: berkas rusak, dilindungi kata sandi, atau sebenarnya bukan lembar kerja. Buka di Excel atau LibreOffice, simpan ulang sebagai .xlsx, lalu impor lagi.</translation>
    </message>
    <message>
        <source>{file}: only .xlsx and .csv files can be read.</source>
        <translation>{file}: hanya berkas .xlsx dan .csv yang dapat dibaca.</translation>
    </message>
    <message>
        <source>{file}: no header row with the expected columns ({columns}).</source>
        <translation>{file}: tidak ada baris judul dengan kolom yang diharapkan ({columns}).</translation>
    </message>
    <message>
        <source>{file}: the column &apos;{column}&apos; is missing. Columns found on row {row}: {found}. Name that column one of these ways: {accepted}; then import the file again.</source>
        <translation>{file}: kolom &apos;{column}&apos; tidak ada. Kolom yang ditemukan di baris {row}: {found}. Beri judul kolom itu salah satu dari: {accepted}; lalu impor berkas itu lagi.</translation>
    </message>
</context>
</TS>
