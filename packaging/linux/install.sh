#!/bin/sh
# Export Risk Register: add the app to your application menu, with its icon, and the
# `export-risk` command to ~/.local/bin. Only files in your home folder are written.
#   ./install.sh              install for the current user (run it again after moving this folder)
#   ./install.sh --uninstall  remove the menu entry, the icon and the command again
# The register itself (~/.local/share/ExportRiskRegister) is never touched by either.
set -eu

NAME=export-risk-register
here=$(cd "$(dirname "$0")" && pwd -P)
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin_dir=$HOME/.local/bin
apps=$data/applications
icons=$data/icons/hicolor

refresh_caches() {
  # Menus notice new entries by themselves on most desktops; these make it immediate where present.
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$apps" 2>/dev/null || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$apps/$NAME.desktop"
  for icon in "$icons"/*/apps/"$NAME".png "$icons"/scalable/apps/"$NAME".svg; do rm -f "$icon"; done
  # The command only if it is this bundle's link (never a file someone else put there).
  if [ -L "$bin_dir/export-risk" ] && [ "$(readlink "$bin_dir/export-risk")" = "$here/export-risk" ]; then
    rm -f "$bin_dir/export-risk"
  fi
  refresh_caches
  echo "Removed the menu entry, the icon and the export-risk command. Your register was not touched."
  exit 0
fi
if [ -n "${1:-}" ]; then
  echo "usage: $0 [--uninstall]" >&2
  exit 2
fi

if [ ! -x "$here/export-risk" ]; then
  echo "error: $here/export-risk is missing; run install.sh from the unpacked export-risk-register folder." >&2
  exit 1
fi
# A desktop entry quotes its command with double quotes, in which these characters would need
# escapes of their own: rather than risk a broken menu entry, ask for a plainer folder.
case "$here" in
  *[\"\`\$\\%]*)
    echo "error: the folder name $here contains one of \" \` \$ \\ %; move the folder somewhere plainer." >&2
    exit 1
    ;;
esac

mkdir -p "$apps" "$bin_dir" "$icons/scalable/apps"
for png in "$here"/icons/*.png; do
  size=$(basename "$png" .png)
  mkdir -p "$icons/${size}x${size}/apps"
  cp "$png" "$icons/${size}x${size}/apps/$NAME.png"
done
cp "$here/icons/$NAME.svg" "$icons/scalable/apps/$NAME.svg"
sed -e "s|^Exec=export-risk |Exec=\"$here/export-risk\" |" -e "s|^TryExec=.*|TryExec=$here/export-risk|" \
  "$here/$NAME.desktop" > "$apps/$NAME.desktop.tmp"
mv "$apps/$NAME.desktop.tmp" "$apps/$NAME.desktop"
if [ -e "$bin_dir/export-risk" ] && [ ! -L "$bin_dir/export-risk" ]; then
  echo "note: $bin_dir/export-risk exists and is not a link; left as it is."
else
  ln -sfn "$here/export-risk" "$bin_dir/export-risk"
fi
refresh_caches

echo "Export Risk Register is in your application menu (Office)."
echo "Command line: $bin_dir/export-risk --help"
case ":$PATH:" in
  *":$bin_dir:"*) ;;
  *) echo "($bin_dir is not on your PATH: add it, or call the command by its full path.)" ;;
esac
