; coopdesk's Windows installer (NSIS 3, Unicode).
;
; Built by `python packaging/build.py --installer` (on Windows, after the bundle),
; which passes VERSION (from the package), VERSION_NUMERIC, BUNDLE (dist\coopdesk),
; ICON and OUTFILE. `--check-installer` compiles it on any platform with CHECK_ONLY
; (no compression): CI checks the script with Debian's makensis.
;
; Per user (the default; no administrator rights): %LOCALAPPDATA%\Programs\coopdesk.
; Per machine (/AllUsers, administrator): %ProgramFiles%\coopdesk.
; Silent: setup.exe /S [/CurrentUser | /AllUsers] [/NODESKTOP] [/D=folder]  (/D last)
; Uninstall: uninstall.exe [/S] [/PURGE]  (/PURGE also deletes the user's data)
; Windows 10 version 1903 (build 18362) or later, Windows 11: Qt 6.10 and later load
; Windows' own ICU (icuuc.dll, which forwards to icu.dll, new in 1903). On an older
; Windows the installer says so and installs nothing (exit code 1 when silent).
; The user's data (%LOCALAPPDATA%\coopdesk: database, settings, log, backups) is never
; inside the program's folder, and the uninstaller keeps it unless asked.

Unicode true
ManifestDPIAware true

!ifndef VERSION | BUNDLE | ICON | OUTFILE
  !error "Build with: python packaging/build.py --installer"
!endif
!ifndef VERSION_NUMERIC
  !define VERSION_NUMERIC "0.0.0.0"
!endif
!ifdef CHECK_ONLY
  SetCompress off
!else
  SetCompressor /SOLID lzma
!endif

!define APP "coopdesk"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\coopdesk"
!define PROGID "coopdesk.ics"

Name "${APP}"
OutFile "${OUTFILE}"
BrandingText "${APP} ${VERSION}"

; Per-user or per-machine (MultiUser.nsh): a user without administrator rights gets a
; per-user install without any UAC prompt; an administrator chooses.
!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_INSTALLMODE_DEFAULT_CURRENTUSER
!define MULTIUSER_INSTALLMODE_INSTDIR "${APP}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${UNINST_KEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallLocation"
!define MULTIUSER_USE_PROGRAMFILES64
!include MultiUser.nsh
!include MUI2.nsh
!include FileFunc.nsh
!include LogicLib.nsh
!include x64.nsh
!include WinVer.nsh

; Windows 10 version 1903 (May 2019 Update): the first with icu.dll.
!define MIN_WINDOWS_BUILD 18362

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_UNCOMPONENTSPAGE_NODESC

!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

; French first: the installer follows the language of Windows, French otherwise.
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "English"

LangString SecProgram ${LANG_FRENCH} "coopdesk"
LangString SecProgram ${LANG_ENGLISH} "coopdesk"
LangString SecDesktop ${LANG_FRENCH} "Raccourci sur le bureau"
LangString SecDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString SecData ${LANG_FRENCH} "Supprimer aussi mes données (base, réglages, journal, sauvegardes)"
LangString SecData ${LANG_ENGLISH} "Also delete my data (database, settings, log, backups)"
LangString CalendarFile ${LANG_FRENCH} "Calendrier (iCalendar)"
LangString CalendarFile ${LANG_ENGLISH} "Calendar (iCalendar)"
LangString Description ${LANG_FRENCH} "Délégations, conférences et résidences"
LangString Description ${LANG_ENGLISH} "Delegations, conferences and residencies"
LangString OldWindows ${LANG_FRENCH} "coopdesk ne peut pas s'installer sur cet ordinateur : il demande Windows 10 version 1903 (mise à jour de mai 2019) ou plus récent, ou Windows 11. Demandez à votre service informatique de mettre Windows à jour, puis relancez l'installation. Rien n'a été installé."
LangString OldWindows ${LANG_ENGLISH} "coopdesk cannot be installed on this computer: it needs Windows 10 version 1903 (May 2019 Update) or later, or Windows 11. Ask your IT department to update Windows, then run the installer again. Nothing was installed."

VIProductVersion "${VERSION_NUMERIC}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APP}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${APP} ${VERSION} installer"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "EUPL-1.2"

Section "!$(SecProgram)" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An update replaces the program's files, never the user's data (not in here).
  RMDir /r "$INSTDIR\_internal"
  File /r "${BUNDLE}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\coopdesk.exe" "" "$INSTDIR\coopdesk.exe" 0 \
    SW_SHOWNORMAL "" "$(Description)"

  ; .ics files: coopdesk in their "Open with" menu (Outlook or the current default
  ; stays the default). Opened so, coopdesk asks which event the file is for and
  ; shows the import preview.
  WriteRegStr SHCTX "Software\Classes\${PROGID}" "" "$(CalendarFile)"
  WriteRegStr SHCTX "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\coopdesk.exe,0"
  WriteRegStr SHCTX "Software\Classes\${PROGID}\shell\open\command" "" \
    '"$INSTDIR\coopdesk.exe" "%1"'
  WriteRegStr SHCTX "Software\Classes\.ics\OpenWithProgids" "${PROGID}" ""
  WriteRegStr SHCTX "Software\Classes\Applications\coopdesk.exe\SupportedTypes" ".ics" ""
  WriteRegStr SHCTX "Software\Classes\Applications\coopdesk.exe\shell\open\command" "" \
    '"$INSTDIR\coopdesk.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayName" "${APP}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINST_KEY}" "Publisher" "${APP}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\coopdesk.exe"
  WriteRegStr SHCTX "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINST_KEY}" "UninstallString" \
    '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINST_KEY}" "QuietUninstallString" \
    '"$INSTDIR\uninstall.exe" /S /$MultiUser.InstallMode'
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD SHCTX "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "$(SecDesktop)" SecDesktop
  CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\coopdesk.exe" "" "$INSTDIR\coopdesk.exe" 0 \
    SW_SHOWNORMAL "" "$(Description)"
SectionEnd

Section "un.$(SecProgram)" UnSecMain
  SectionIn RO
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$DESKTOP\${APP}.lnk"
  ; Only what the installer put there: the folder itself goes only if it is empty.
  Delete "$INSTDIR\coopdesk.exe"
  Delete "$INSTDIR\coopdesk-cli.exe"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey SHCTX "Software\Classes\${PROGID}"
  DeleteRegValue SHCTX "Software\Classes\.ics\OpenWithProgids" "${PROGID}"
  DeleteRegKey SHCTX "Software\Classes\Applications\coopdesk.exe"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  DeleteRegKey SHCTX "${UNINST_KEY}"
SectionEnd

Section /o "un.$(SecData)" UnSecData
  ; The data of the user running the uninstaller: %LOCALAPPDATA%\coopdesk of this
  ; profile (in the all-users context, $LOCALAPPDATA would be ProgramData).
  SetShellVarContext current
  RMDir /r "$LOCALAPPDATA\coopdesk"
  ${If} $MultiUser.InstallMode == "AllUsers"
    SetShellVarContext all
  ${EndIf}
SectionEnd

; After the sections, whose names they use.
Function .onInit
  ; Before anything else: on an older Windows, coopdesk would not even start.
  ${IfNot} ${AtLeastBuild} ${MIN_WINDOWS_BUILD}
    MessageBox MB_OK|MB_ICONSTOP "$(OldWindows)" /SD IDOK
    SetErrorLevel 1
    Quit
  ${EndIf}
  !insertmacro MULTIUSER_INIT
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/NODESKTOP" $R1
  ${IfNot} ${Errors}
    !insertmacro UnselectSection ${SecDesktop}
  ${EndIf}
FunctionEnd

Function un.onInit
  !insertmacro MULTIUSER_UNINIT
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/PURGE" $R1
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${UnSecData}
  ${EndIf}
FunctionEnd
