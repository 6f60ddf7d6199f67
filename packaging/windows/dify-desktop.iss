; Dify Desktop - Inno Setup script. UNTESTED ON WINDOWS (written on Linux, never compiled).
;
; Per-user install (no admin rights) of the PyInstaller one-folder bundle built from the same
; spec as the Linux package:
;   py -m pip install ".[build]"
;   pyinstaller --noconfirm --distpath build\pyinstaller\dist --workpath build\pyinstaller\work packaging\dify-desktop.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\dify-desktop.iss
; Output: dist\dify-desktop-<version>-setup.exe. AppVersion must match dify_desktop/__init__.py.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Dify Desktop"
#define AppExe "dify-desktop.exe"
#define Bundle "..\..\build\pyinstaller\dist\dify-desktop"

[Setup]
; Keep AppId fixed forever: upgrades and the uninstaller find the installation by it.
AppId={{6F3C2B9E-4D1A-4E8B-9C55-2A7D1E0B8F41}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Dify Desktop engineers
VersionInfoVersion={#AppVersion}
DefaultDirName={localappdata}\Programs\Dify Desktop
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\linux\copyright
SetupIconFile=..\..\resources\dify-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=dify-desktop-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; an upgrade replaces the whole bundle: no stale modules from the previous version
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
