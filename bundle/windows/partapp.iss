; Inno Setup script: the Windows installer for Participation Tracker.
; Build the bundle first (python -m bundle), then, from the repository's root:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 bundle\windows\partapp.iss
; It writes dist\ParticipationTracker-<version>-setup.exe. .github/workflows/bundle.yml does both.
;
; - Installs for this user only, in %LOCALAPPDATA%\Programs\ParticipationTracker: no administrator.
; - Start-menu shortcut (and a desktop one if ticked) to ParticipationTracker.exe, the program
;   without a console window. partapp.exe beside it runs the headless commands.
; - The data file, backups, log and settings are NOT in the program folder: they are in
;   %APPDATA%\ParticipationTracker (partapp.services.files.paths.data_dir) and the registry
;   (HKCU\Software\<organisation>). The uninstaller removes only the program folder, so the data
;   stays. Installing a newer version over an older one (same AppId) replaces the program and
;   keeps the data; the first start then makes the before-upgrade backup and brings the file up
;   to date, as it always does.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Participation Tracker"
#define BundleDir "..\..\dist\ParticipationTracker"

[Setup]
; Never change AppId: it is how a newer installer finds the older version to upgrade.
AppId={{6E0C3B7A-52D4-4C1E-9B5F-0A7D2E9C4F31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
DefaultDirName={localappdata}\Programs\ParticipationTracker
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=ParticipationTracker-{#AppVersion}-setup
SetupIconFile=..\icon\partapp.ico
UninstallDisplayIcon={app}\ParticipationTracker.exe
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; close a running copy before replacing its files (an upgrade while the app is open)
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program's own files, so no library from the older version is left.
; Only the program folder: the data folder is somewhere else.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\ParticipationTracker.exe"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\ParticipationTracker.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\ParticipationTracker.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder, once it is empty. Never {userappdata}\ParticipationTracker.
Type: dirifempty; Name: "{app}"
