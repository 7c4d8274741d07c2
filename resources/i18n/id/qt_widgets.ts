<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt ships no Indonesian qtbase catalogue: the words of Qt's own wizard, file dialog and line-edit
     menu are translated here (the program uses Qt's file dialog so that it speaks Indonesian on
     every Windows). Maintained by hand; tests/ui/test_no_english.py walks these dialogs. -->
<TS version="2.1" language="id_ID">
<context>
    <name>QWizard</name>
    <message><source>&lt; &amp;Back</source><translation>&lt; &amp;Kembali</translation></message>
    <message><source>&amp;Next &gt;</source><translation>&amp;Lanjut &gt;</translation></message>
    <message><source>&amp;Finish</source><translation>&amp;Selesai</translation></message>
    <message><source>Cancel</source><translation>Batal</translation></message>
    <message><source>&amp;Help</source><translation>&amp;Bantuan</translation></message>
    <message><source>Commit</source><translation>Terapkan</translation></message>
    <message><source>Go Back</source><translation>Kembali</translation></message>
    <message><source>Continue</source><translation>Lanjut</translation></message>
    <message><source>Done</source><translation>Selesai</translation></message>
    <message><source>Quit</source><translation>Keluar</translation></message>
    <message><source>Help</source><translation>Bantuan</translation></message>
</context>
<context>
    <name>QFileDialog</name>
    <message><source>&amp;Look in:</source><translation>&amp;Lihat di:</translation></message>
    <message><source>Look in:</source><translation>Lihat di:</translation></message>
    <message><source>File &amp;name:</source><translation>&amp;Nama berkas:</translation></message>
    <message><source>Files of &amp;type:</source><translation>&amp;Jenis berkas:</translation></message>
    <message><source>Files of type:</source><translation>Jenis berkas:</translation></message>
    <message><source>&amp;Open</source><translation>&amp;Buka</translation></message>
    <message><source>&amp;Save</source><translation>&amp;Simpan</translation></message>
    <message><source>&amp;Choose</source><translation>&amp;Pilih</translation></message>
    <message><source>Open</source><translation>Buka</translation></message>
    <message><source>Save As</source><translation>Simpan sebagai</translation></message>
    <message><source>Find Directory</source><translation>Cari folder</translation></message>
    <message><source>Back</source><translation>Kembali</translation></message>
    <message><source>Forward</source><translation>Maju</translation></message>
    <message><source>Parent Directory</source><translation>Folder di atasnya</translation></message>
    <message><source>Create New Folder</source><translation>Buat folder baru</translation></message>
    <message><source>List View</source><translation>Tampilan daftar</translation></message>
    <message><source>Detail View</source><translation>Tampilan rinci</translation></message>
    <message><source>All Files (*)</source><translation>Semua berkas (*)</translation></message>
    <message><source>All files (*)</source><translation>Semua berkas (*)</translation></message>
    <message><source>Directories</source><translation>Folder</translation></message>
    <message><source>Directory:</source><translation>Folder:</translation></message>
    <message><source>Directory</source><translation>Folder</translation></message>
    <message><source>&amp;Delete</source><translation>&amp;Hapus</translation></message>
    <message><source>&amp;New Folder</source><translation>Folder &amp;baru</translation></message>
    <message><source>New Folder</source><translation>Folder baru</translation></message>
    <message><source>&amp;Rename</source><translation>&amp;Ganti nama</translation></message>
    <message><source>Show &amp;hidden files</source><translation>Tampilkan berkas &amp;tersembunyi</translation></message>
    <message><source>Show </source><translation>Tampilkan </translation></message>
    <message><source>Recent Places</source><translation>Tempat terakhir</translation></message>
    <message><source>My Computer</source><translation>Komputer saya</translation></message>
    <message><source>Computer</source><translation>Komputer</translation></message>
    <message><source>Drive</source><translation>Drive</translation></message>
    <message><source>File</source><translation>Berkas</translation></message>
    <message><source>File Folder</source><translation>Folder berkas</translation></message>
    <message><source>Folder</source><translation>Folder</translation></message>
    <message><source>Alias</source><translation>Alias</translation></message>
    <message><source>Shortcut</source><translation>Pintasan</translation></message>
    <message><source>Unknown</source><translation>Tidak diketahui</translation></message>
    <message><source>%1 already exists.
Do you want to replace it?</source><translation>%1 sudah ada.
Ganti?</translation></message>
    <message><source>%1
File not found.
Please verify the correct file name was given.</source><translation>%1
Berkas tidak ditemukan.
Periksa apakah nama berkas sudah benar.</translation></message>
    <message><source>%1
Directory not found.
Please verify the correct directory name was given.</source><translation>%1
Folder tidak ditemukan.
Periksa apakah nama folder sudah benar.</translation></message>
    <message><source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source><translation>&apos;%1&apos; dilindungi dari penulisan.
Tetap hapus?</translation></message>
    <message><source>Are you sure you want to delete &apos;%1&apos;?</source><translation>Yakin ingin menghapus &apos;%1&apos;?</translation></message>
    <message><source>Could not delete directory.</source><translation>Folder tidak dapat dihapus.</translation></message>
    <message><source>Show Date Modified</source><translation>Tampilkan tanggal diubah</translation></message>
    <message><source>Show Size</source><translation>Tampilkan ukuran</translation></message>
    <message><source>Show Type</source><translation>Tampilkan jenis</translation></message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message><source>Name</source><translation>Nama</translation></message>
    <message><source>Size</source><translation>Ukuran</translation></message>
    <message><source>Type</source><translation>Jenis</translation></message>
    <message><source>Kind</source><translation>Jenis</translation></message>
    <message><source>Date Modified</source><translation>Tanggal diubah</translation></message>
    <message><source>My Computer</source><translation>Komputer saya</translation></message>
    <message><source>Computer</source><translation>Komputer</translation></message>
    <message><source>Invalid filename</source><translation>Nama berkas tidak sah</translation></message>
</context>
<context>
    <name>QFileIconProvider</name>
    <message><source>Drive</source><translation>Drive</translation></message>
    <message><source>File</source><translation>Berkas</translation></message>
    <message><source>File Folder</source><translation>Folder berkas</translation></message>
    <message><source>Folder</source><translation>Folder</translation></message>
    <message><source>Shortcut</source><translation>Pintasan</translation></message>
    <message><source>Unknown</source><translation>Tidak diketahui</translation></message>
</context>
<context>
    <name>QLineEdit</name>
    <message><source>&amp;Undo</source><translation>&amp;Urungkan</translation></message>
    <message><source>&amp;Redo</source><translation>&amp;Ulangi</translation></message>
    <message><source>Cu&amp;t</source><translation>Po&amp;tong</translation></message>
    <message><source>&amp;Copy</source><translation>&amp;Salin</translation></message>
    <message><source>&amp;Paste</source><translation>&amp;Tempel</translation></message>
    <message><source>Delete</source><translation>Hapus</translation></message>
    <message><source>Select All</source><translation>Pilih semua</translation></message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message><source>&amp;Undo</source><translation>&amp;Urungkan</translation></message>
    <message><source>&amp;Redo</source><translation>&amp;Ulangi</translation></message>
    <message><source>Cu&amp;t</source><translation>Po&amp;tong</translation></message>
    <message><source>&amp;Copy</source><translation>&amp;Salin</translation></message>
    <message><source>Copy &amp;Link Location</source><translation>Salin &amp;alamat tautan</translation></message>
    <message><source>&amp;Paste</source><translation>&amp;Tempel</translation></message>
    <message><source>Delete</source><translation>Hapus</translation></message>
    <message><source>Select All</source><translation>Pilih semua</translation></message>
</context>
</TS>
