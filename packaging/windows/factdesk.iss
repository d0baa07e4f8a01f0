; Inno Setup 6 script for FactDesk: a per-user installation that needs no administrator rights.
;
; Build the bundle first (pyinstaller --noconfirm packaging\factdesk.spec writes dist\factdesk\), then:
;
;   iscc /DAppVersion=0.1.0 packaging\windows\factdesk.iss
;
; which writes dist\FactDesk-<version>-setup.exe. The hosted CI (.github/workflows/installers.yml)
; passes the version from the package (app.__version__).
;
; - Installs into %LOCALAPPDATA%\Programs\FactDesk; Start menu entry (and a desktop icon if ticked).
; - FactDesk.exe is the window; factdesk-cli.exe the same program for a console
;   (factdesk-cli --self-test, factdesk-cli import ...).
; - Uninstalling removes the program. The user's database and settings live apart, in
;   %LOCALAPPDATA%\FactDesk (platformdirs' user_data_dir("FactDesk", appauthor=False)); they are kept
;   unless the user answers yes when asked. A silent uninstall always keeps them.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\factdesk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppName "FactDesk"
#define AppExe "FactDesk.exe"

[Setup]
AppId={{6B0E5B8A-3C1F-4E57-9A0D-2F4C1D7E8A93}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
; Per user, without elevation: everything goes below the user's profile.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\icons\factdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
OutputDir={#OutputDir}
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Anything the program left in its own folder (never the user's data, which is elsewhere).
Type: filesandordirs; Name: "{app}"

[Code]
function UserDataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\{#AppName}');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  DataDir := UserDataDir();
  if not DirExists(DataDir) then
    exit;
  if UninstallSilent() then
    exit;
  if MsgBox('FactDesk has been removed.' + #13#10 + #13#10 +
            'Your FactDesk database, its backups and your settings are still in' + #13#10 +
            DataDir + #13#10 + #13#10 +
            'Delete them too? This cannot be undone. Choose No to keep them ' +
            '(a later installation will use them again).',
            mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
  begin
    if not DelTree(DataDir, True, True, True) then
      MsgBox('Some files in ' + DataDir + ' could not be deleted; remove the folder by hand.',
             mbError, MB_OK);
  end;
end;
