; Inno Setup script for Office Hours (Windows). Build the PyInstaller bundle first:
;   pyinstaller --noconfirm --distpath build\dist --workpath build\pyinstaller packaging\pyinstaller\office-hours.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\office-hours.iss
; The installer runs without administrator rights (per-user install under
; %LOCALAPPDATA%\Programs); "Start at login" is the HKCU Run key, removed on uninstall.
; Uninstalling never deletes the user's data in %LOCALAPPDATA%\office-hours.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Office Hours"
#define GuiExe "Office Hours.exe"
#define CliExe "office-hours.exe"

[Setup]
; Never change AppId: it ties upgrades and the uninstaller to earlier installs.
AppId={{5C173FEF-C164-4441-A516-0977A80A7581}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Office Hours authors
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\build\windows
OutputBaseFilename=office-hours-{#AppVersion}-setup
SetupIconFile=..\..\build\office-hours.ico
UninstallDisplayIcon={app}\{#GuiExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; A running copy holds its files open: ask it to close (Restart Manager) before replacing them.
CloseApplications=yes
LicenseFile=..\..\LICENSE

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "startatlogin"; Description: "Start {#AppName} when I log in"; GroupDescription: "Start-up:"
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\build\dist\office-hours\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Tasks: desktopicon

[Registry]
; Start at login for this user. uninsdeletevalue: the uninstaller removes the value again.
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "{#AppName}"; ValueData: """{app}\{#GuiExe}"""; Flags: uninsdeletevalue; Tasks: startatlogin

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
