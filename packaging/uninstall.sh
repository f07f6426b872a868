#!/bin/sh
# Remove what install.sh installed for the current user: the program, the command, the menu
# entry, the icons, the .ecanvas file type and its association, the AppStream metadata.
# Your workspaces (.ecanvas files), backups and settings are left where they are.
set -eu

MIME_TYPE=application/x-ecanvas
DESKTOP_ID=ecanvas.desktop
APP_ID=org.ecanvas.ecanvas

case "${1:-}" in
-h | --help)
	echo "Usage: uninstall.sh   (removes ecanvas installed by install.sh for $(id -un))"
	exit 0
	;;
"") ;;
*)
	echo "Usage: uninstall.sh" >&2
	exit 2
	;;
esac

[ -n "${HOME:-}" ] && [ -d "$HOME" ] || {
	echo "uninstall.sh: HOME is not set to an existing folder" >&2
	exit 1
}
data_home=${XDG_DATA_HOME:-}
case $data_home in /*) ;; *) data_home=$HOME/.local/share ;; esac
config_home=${XDG_CONFIG_HOME:-}
case $config_home in /*) ;; *) config_home=$HOME/.config ;; esac
app_dir=$HOME/.local/lib/ecanvas
command_link=$HOME/.local/bin/ecanvas

# The command, only when it is our link (a pip-installed ecanvas there stays).
if [ -L "$command_link" ] && [ "$(readlink "$command_link")" = "$app_dir/ecanvas" ]; then
	rm -f "$command_link"
fi

rm -f "$data_home/applications/$DESKTOP_ID" \
	"$data_home/metainfo/$APP_ID.metainfo.xml" \
	"$data_home/mime/packages/ecanvas.xml"
for icon in "$data_home"/icons/hicolor/*/apps/ecanvas.png \
	"$data_home"/icons/hicolor/*/apps/ecanvas.svg \
	"$data_home"/icons/hicolor/*/mimetypes/application-x-ecanvas.png \
	"$data_home"/icons/hicolor/*/mimetypes/application-x-ecanvas.svg; do
	rm -f "$icon"
done
[ -d "$data_home/icons/hicolor" ] && touch "$data_home/icons/hicolor"

# The association, only where it still names ecanvas.
mimeapps=$config_home/mimeapps.list
if [ -f "$mimeapps" ]; then
	awk -v key="$MIME_TYPE" -v value="$DESKTOP_ID" '
		/^\[/ { in_default = ($0 == "[Default Applications]") }
		in_default && ($0 == key "=" value || $0 == key "=" value ";") { next }
		{ print }
	' "$mimeapps" >"$mimeapps.ecanvas-new"
	mv "$mimeapps.ecanvas-new" "$mimeapps"
fi

if command -v update-mime-database >/dev/null 2>&1 && [ -d "$data_home/mime/packages" ]; then
	update-mime-database "$data_home/mime" >/dev/null 2>&1 || true
fi
if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$data_home/applications" ]; then
	update-desktop-database -q "$data_home/applications" || true
fi

# Last, the program folder (this script may be running from inside it; that is fine on Linux).
if [ -x "$app_dir/ecanvas" ] && [ -d "$app_dir/_internal" ]; then
	rm -rf "$app_dir"
fi

echo "ecanvas was removed. Your workspaces and settings were kept, in your own folders and in"
echo "$data_home/ecanvas (the default workspace and its backups)."
