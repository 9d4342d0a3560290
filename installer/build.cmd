@echo off
rem Builds the Windows installer (MSI, per-user, Start menu entry, desktop shortcut).
rem Needs JDK 17 (jpackage), Maven and WiX Toolset 3.x on PATH. Run from any directory.
setlocal
cd /d "%~dp0\.."
call mvn -B -DskipTests package || exit /b 1
for /f "tokens=2" %%v in ('java -jar target\app\netzatlas.jar --version ^| findstr /b Netzatlas') do set VERSION=%%v
if exist target\installer\*.msi del /q target\installer\*.msi
jpackage @installer\common.args @installer\windows.args --type msi --app-version %VERSION% || exit /b 1
dir /b target\installer\*.msi
