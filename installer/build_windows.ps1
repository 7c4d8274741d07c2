# One command on a Windows PC with Python 3.11+ and Inno Setup 6 (choco install innosetup):
#   powershell -ExecutionPolicy Bypass -File installer\build_windows.ps1
# The same steps as .github/workflows/windows.yml: pinned install, translations, PyInstaller
# folder + portable zip, the Inno Setup installer, then the built program's self-test.
$ErrorActionPreference = "Stop"
Set-Location (Split-Path $PSScriptRoot -Parent)
if (-not (Test-Path .venv)) { py -3.11 -m venv .venv }
$py = ".venv\Scripts\python.exe"
& $py -m pip install --upgrade pip
& $py -m pip install -c constraints.txt -e ".[dist]"
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
& $py tools/i18n.py release
& $py installer/build.py
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
$version = & $py -c "import rentan_desktop; print(rentan_desktop.__version__)"
$iscc = (Get-Command iscc -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc /DAppVersion=$version installer\rentan.iss
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
& dist\rentan-desktop\rentan.exe self-test
exit $LASTEXITCODE
