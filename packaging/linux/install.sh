#!/bin/sh
# Install coopdesk for the current user, or uninstall it (no administrator rights).
#
#   ./install.sh                      install (or update) from this folder
#   ./install.sh --uninstall          remove the program, keep the data
#   ./install.sh --uninstall --purge  remove the program and the user's data
#   --prefix DIR                      where the program goes (default ~/.local/opt/coopdesk)
#
# The program goes to the prefix, the command to ~/.local/bin/coopdesk, the menu entry
# and the icons to ~/.local/share/applications and ~/.local/share/icons/hicolor. The
# data (database, settings, log) lives elsewhere, in the standard folders
# (~/.local/share/coopdesk, ~/.config/coopdesk, ~/.local/state/coopdesk), and stays
# unless --purge is given.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
config_home=${XDG_CONFIG_HOME:-$HOME/.config}
state_home=${XDG_STATE_HOME:-$HOME/.local/state}
cache_home=${XDG_CACHE_HOME:-$HOME/.cache}
prefix=$HOME/.local/opt/coopdesk
bindir=$HOME/.local/bin
action=install
purge=no

while [ $# -gt 0 ]; do
  case "$1" in
    --uninstall) action=uninstall ;;
    --purge) purge=yes ;;
    --prefix) shift; prefix=$1 ;;
    --prefix=*) prefix=${1#--prefix=} ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

refresh_menus() {
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data_home/applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$data_home/icons/hicolor" 2>/dev/null || true
  fi
}

uninstall() {
  rm -f "$data_home/applications/coopdesk.desktop"
  for icon in "$data_home"/icons/hicolor/*/apps/coopdesk.png \
              "$data_home"/icons/hicolor/scalable/apps/coopdesk.svg; do
    rm -f "$icon"
  done
  if [ -L "$bindir/coopdesk" ]; then
    case "$(readlink "$bindir/coopdesk")" in
      "$prefix"/*) rm -f "$bindir/coopdesk" ;;
    esac
  fi
  # Only what the installer put in the prefix; the folder goes if nothing else is left.
  rm -rf "$prefix/coopdesk" "$prefix/icons"
  rm -f "$prefix/install.sh" "$prefix/coopdesk.desktop" "$prefix/README.txt"
  rmdir "$prefix" 2>/dev/null || true
  refresh_menus
  if [ "$purge" = yes ]; then
    rm -rf "$data_home/coopdesk" "$config_home/coopdesk" "$state_home/coopdesk" \
           "$cache_home/coopdesk"
    echo "coopdesk and its data removed."
  else
    echo "coopdesk removed. Your data is kept in $data_home/coopdesk"
    echo "(to delete it too: install.sh --uninstall --purge)."
  fi
}

install() {
  if [ ! -x "$here/coopdesk/coopdesk" ]; then
    echo "install.sh: no coopdesk/coopdesk beside this script" >&2
    exit 1
  fi
  if [ "$here" != "$prefix" ]; then
    mkdir -p "$prefix"
    rm -rf "$prefix/coopdesk" "$prefix/icons"
    cp -R "$here/coopdesk" "$here/icons" "$prefix/"
    cp "$here/install.sh" "$here/coopdesk.desktop" "$prefix/"
    if [ -f "$here/README.txt" ]; then cp "$here/README.txt" "$prefix/"; fi
  fi
  mkdir -p "$bindir" "$data_home/applications"
  ln -sfn "$prefix/coopdesk/coopdesk" "$bindir/coopdesk"
  (cd "$prefix/icons" && find hicolor -type f) | while read -r icon; do
    mkdir -p "$data_home/icons/$(dirname "$icon")"
    cp "$prefix/icons/$icon" "$data_home/icons/$icon"
  done
  # The menu entry starts the program by its full path: ~/.local/bin may not be on PATH.
  sed "s|^Exec=.*|Exec=\"$prefix/coopdesk/coopdesk\" %f|" "$prefix/coopdesk.desktop" \
    > "$data_home/applications/coopdesk.desktop"
  refresh_menus
  echo "coopdesk installed in $prefix: in the applications menu, and as $bindir/coopdesk."
  case ":$PATH:" in
    *":$bindir:"*) ;;
    *) echo "($bindir is not on your PATH: the menu entry works all the same.)" ;;
  esac
}

"$action"
