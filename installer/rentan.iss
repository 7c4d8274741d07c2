; Inno Setup 6 script: a per-user Windows installer for Rentan Desktop (no administrator rights).
;
;   1. python installer\build.py            (builds dist\rentan-desktop\ on Windows)
;   2. iscc /DAppVersion=0.1.0 installer\rentan.iss
;
; Output: dist\RentanDesktop-Setup-<version>.exe. The program goes to
; %LOCALAPPDATA%\Programs\Rentan Desktop; the data stays in %LOCALAPPDATA%\RentanDesktop, which
; this installer never touches on upgrade; the uninstaller asks before removing it.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Rentan Desktop"
#define AppExe "rentan-desktop.exe"
#define DataFolder "{localappdata}\RentanDesktop"

[Setup]
; The AppId ties upgrades to the same installation: never change it.
AppId={{AFB9D346-C3DB-43B0-9151-FAE1343AB65E}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Satu ASN Satu Pekerja Rentan
VersionInfoVersion={#AppVersion}
; Per-user install: no administrator rights needed on an office PC.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
SetupIconFile=..\resources\icons\rentan.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\dist
OutputBaseFilename=RentanDesktop-Setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; A running Rentan Desktop is closed (it saves as it goes) before files are replaced.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=no

[Languages]
; Indonesian is not among Inno Setup's bundled languages. If the community translation
; Indonesian.isl (jrsoftware.org/files/istrans) is placed beside this script it is used;
; otherwise the English base with the Indonesian texts of the [Messages] section below.
#if FileExists(AddBackslash(SourcePath) + "Indonesian.isl")
Name: "id"; MessagesFile: "Indonesian.isl"
#else
Name: "id"; MessagesFile: "compiler:Default.isl"
#endif

[LangOptions]
id.LanguageName=Bahasa Indonesia
id.LanguageID=$0421

[Messages]
id.SetupAppTitle=Instalasi
id.SetupWindowTitle=Instalasi - %1
id.UninstallAppTitle=Hapus Instalasi
id.UninstallAppFullTitle=Hapus Instalasi %1
id.InformationTitle=Informasi
id.ConfirmTitle=Konfirmasi
id.ErrorTitle=Galat
id.SetupLdrStartupMessage=Program ini akan memasang %1. Lanjutkan?
id.SetupAlreadyRunning=Instalasi sedang berjalan.
id.SetupAppRunningError=%1 sedang berjalan.%n%nTutup semua jendelanya, lalu klik OK untuk melanjutkan, atau Batal untuk keluar.
id.UninstallAppRunningError=%1 sedang berjalan.%n%nTutup semua jendelanya, lalu klik OK untuk melanjutkan, atau Batal untuk keluar.
id.ExitSetupTitle=Keluar dari Instalasi
id.ExitSetupMessage=Instalasi belum selesai. Jika keluar sekarang, program tidak akan terpasang.%n%nAnda dapat menjalankan instalasi lagi lain waktu.%n%nKeluar dari instalasi?
id.ButtonBack=< &Kembali
id.ButtonNext=&Lanjut >
id.ButtonInstall=&Pasang
id.ButtonOK=OK
id.ButtonCancel=Batal
id.ButtonYes=&Ya
id.ButtonYesToAll=Ya untuk &Semua
id.ButtonNo=&Tidak
id.ButtonNoToAll=T&idak untuk Semua
id.ButtonFinish=&Selesai
id.ButtonBrowse=&Telusuri...
id.ButtonWizardBrowse=T&elusuri...
id.ButtonNewFolder=&Buat Folder Baru
id.ClickNext=Klik Lanjut untuk melanjutkan, atau Batal untuk keluar dari instalasi.
id.BrowseDialogTitle=Pilih Folder
id.BrowseDialogLabel=Pilih folder dari daftar di bawah, lalu klik OK.
id.NewFolderName=Folder Baru
id.WelcomeLabel1=Selamat datang di instalasi [name]
id.WelcomeLabel2=Program ini akan memasang [name/ver] di komputer Anda, hanya untuk pengguna Windows ini (tanpa hak administrator).%n%nData Anda (peserta, penanggung, iuran) disimpan terpisah dan tetap utuh saat pembaruan.
id.WizardSelectDir=Pilih Lokasi Tujuan
id.SelectDirDesc=Di mana [name] akan dipasang?
id.SelectDirLabel3=[name] akan dipasang di folder berikut.
id.SelectDirBrowseLabel=Klik Lanjut untuk melanjutkan. Untuk memilih folder lain, klik Telusuri.
id.DiskSpaceMBLabel=Dibutuhkan ruang kosong sedikitnya [mb] MB.
id.DirExistsTitle=Folder Sudah Ada
id.DirExists=Folder:%n%n%1%n%nsudah ada. Tetap pasang di folder itu?
id.DirDoesntExistTitle=Folder Belum Ada
id.DirDoesntExist=Folder:%n%n%1%n%nbelum ada. Buat folder tersebut?
id.WizardSelectTasks=Pilih Tugas Tambahan
id.SelectTasksDesc=Tugas tambahan apa yang perlu dilakukan?
id.SelectTasksLabel2=Pilih tugas tambahan saat memasang [name], lalu klik Lanjut.
id.WizardReady=Siap Dipasang
id.ReadyLabel1=[name] siap dipasang di komputer Anda.
id.ReadyLabel2a=Klik Pasang untuk mulai, atau Kembali untuk meninjau atau mengubah pilihan.
id.ReadyLabel2b=Klik Pasang untuk mulai.
id.ReadyMemoDir=Lokasi tujuan:
id.ReadyMemoTasks=Tugas tambahan:
id.WizardPreparing=Persiapan Pemasangan
id.PreparingDesc=Menyiapkan pemasangan [name] di komputer Anda.
id.ApplicationsFound=Aplikasi berikut memakai berkas yang perlu diperbarui. Sebaiknya biarkan instalasi menutupnya secara otomatis.
id.ApplicationsFound2=Aplikasi berikut memakai berkas yang perlu diperbarui. Sebaiknya biarkan instalasi menutupnya secara otomatis.
id.CloseApplications=&Tutup aplikasi secara otomatis
id.DontCloseApplications=&Jangan tutup aplikasi
id.WizardInstalling=Memasang
id.InstallingLabel=Mohon tunggu, [name] sedang dipasang di komputer Anda.
id.FinishedHeadingLabel=Instalasi [name] selesai
id.FinishedLabelNoIcons=[name] sudah terpasang di komputer Anda.
id.FinishedLabel=[name] sudah terpasang di komputer Anda. Jalankan melalui pintasan di menu Start atau desktop.
id.ClickFinish=Klik Selesai untuk keluar.
id.RunEntryExec=Jalankan %1
id.SetupAborted=Instalasi tidak selesai.%n%nPerbaiki masalahnya lalu jalankan instalasi lagi.
id.StatusClosingApplications=Menutup aplikasi...
id.StatusCreateDirs=Membuat folder...
id.StatusExtractFiles=Menyalin berkas...
id.StatusCreateIcons=Membuat pintasan...
id.StatusSavingUninstall=Menyimpan informasi penghapusan...
id.StatusRunProgram=Menyelesaikan instalasi...
id.StatusRollback=Membatalkan perubahan...
id.ConfirmUninstall=Hapus %1 dari komputer ini? Data Anda akan ditanyakan terpisah.
id.UninstallStatusLabel=Mohon tunggu, %1 sedang dihapus dari komputer Anda.
id.UninstalledAll=%1 sudah dihapus dari komputer Anda.
id.UninstalledMost=Penghapusan %1 selesai.%n%nBeberapa berkas tidak dapat dihapus; hapus secara manual bila perlu.

[CustomMessages]
id.CreateDesktopIcon=Buat pintasan di &desktop
id.AdditionalIcons=Pintasan tambahan:
id.LaunchProgram=Jalankan %1
id.UninstallProgram=Hapus instalasi %1
id.RemoveDataQuestion=Hapus juga data Rentan Desktop di komputer ini?%n%n%1%n%nFolder ini berisi basis data (peserta, penanggung, iuran), cadangan, kunci, dan log. Pilih Tidak bila akan memasang ulang atau data belum disalin ke tempat lain.
id.RemoveDataConfirm=Data yang dihapus tidak dapat dikembalikan. Yakin menghapus folder data?

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the program files completely (no stale libraries from the old version).
; The data folder is elsewhere and is not touched.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\dist\rentan-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Dirs]
; Issue 14: the data folder belongs to this user only (inheritance removed; the user, SYSTEM and
; Administrators keep full control). The app applies the same ACL at first run for a folder made
; elsewhere (--data-dir, the portable zip): rentan_desktop/security/permissions.py.
Name: "{#DataFolder}"

[Run]
Filename: "{sys}\icacls.exe"; Parameters: """{#DataFolder}"" /inheritance:r /grant:r ""{username}:(OI)(CI)F"" /grant:r *S-1-5-18:(OI)(CI)F /grant:r *S-1-5-32-544:(OI)(CI)F /T /Q"; Flags: runhidden waituntilterminated
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ The uninstaller removes the program; the data folder only when the user says so twice. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  DataDir := ExpandConstant('{#DataFolder}');
  if not DirExists(DataDir) then
    Exit;
  if UninstallSilent then
    Exit;  { a silent uninstall (e.g. an upgrade script) never removes data }
  if MsgBox(FmtMessage(CustomMessage('RemoveDataQuestion'), [DataDir]), mbConfirmation,
            MB_YESNO or MB_DEFBUTTON2) <> IDYES then
    Exit;
  if MsgBox(CustomMessage('RemoveDataConfirm'), mbError, MB_YESNO or MB_DEFBUTTON2) = IDYES then
    DelTree(DataDir, True, True, True);
end;
