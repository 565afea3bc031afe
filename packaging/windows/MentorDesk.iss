; Inno Setup script: turns dist\MentorDesk (from `python scripts/build_app.py` on Windows)
; into MentorDesk-Setup-<version>.exe with a Start-menu entry and an uninstaller.
; Installs for the current user only, so no administrator rights are needed.
;   iscc /DAppVersion=0.1.0 packaging\windows\MentorDesk.iss
; The workflow .github/workflows/build-app.yml runs this on a hosted Windows machine.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define SourceDir "..\..\dist\MentorDesk"

[Setup]
AppId={{6E3C2B9A-4F0D-4C7E-9B61-5A2D8E1F7C43}
AppName=MentorDesk
AppVersion={#AppVersion}
AppPublisher=MentorDesk
DefaultDirName={localappdata}\Programs\MentorDesk
DefaultGroupName=MentorDesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=MentorDesk-Setup-{#AppVersion}
SetupIconFile=..\..\resources\icons\mentordesk.ico
UninstallDisplayIcon={app}\MentorDesk.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder app; the company file is never here (it lives in the user's data folder).
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\MentorDesk"; Filename: "{app}\MentorDesk.exe"
Name: "{group}\{cm:UninstallProgram,MentorDesk}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\MentorDesk"; Filename: "{app}\MentorDesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\MentorDesk.exe"; Description: "{cm:LaunchProgram,MentorDesk}"; Flags: nowait postinstall skipifsilent
