#!/bin/sh
# Install ecanvas for the current user: the program, its menu entry and icon, the .ecanvas file
# type opening with ecanvas, and its AppStream metadata. Everything goes into your home folder;
# no administrator rights are needed. Running it again updates an earlier installation.
set -eu

MIME_TYPE=application/x-ecanvas
DESKTOP_ID=ecanvas.desktop
APP_ID=org.ecanvas.ecanvas

usage() {
	cat <<EOF
Usage: ./install.sh

Installs ecanvas for $(id -un) (no administrator rights needed):
  program        ~/.local/lib/ecanvas/   (command: ~/.local/bin/ecanvas)
  menu entry     ~/.local/share/applications/$DESKTOP_ID
  icons          ~/.local/share/icons/hicolor/
  file type      ~/.local/share/mime/packages/ecanvas.xml (.ecanvas files open with ecanvas)
  metadata       ~/.local/share/metainfo/$APP_ID.metainfo.xml
(~/.local/share is \$XDG_DATA_HOME when that is set.)
Remove it all with ~/.local/lib/ecanvas/uninstall.sh; your workspaces are never touched.
EOF
}

fail() {
	echo "install.sh: $*" >&2
	exit 1
}

case "${1:-}" in
-h | --help)
	usage
	exit 0
	;;
"") ;;
*)
	usage >&2
	exit 2
	;;
esac

[ -n "${HOME:-}" ] && [ -d "$HOME" ] || fail "HOME is not set to an existing folder"
here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)
source_dir=$here/ecanvas
[ -x "$source_dir/ecanvas" ] || fail "the program folder is missing next to install.sh ($source_dir)"

# XDG base directories: only absolute paths count (the specification says to ignore others).
data_home=${XDG_DATA_HOME:-}
case $data_home in /*) ;; *) data_home=$HOME/.local/share ;; esac
config_home=${XDG_CONFIG_HOME:-}
case $config_home in /*) ;; *) config_home=$HOME/.config ;; esac
app_dir=$HOME/.local/lib/ecanvas
bin_dir=$HOME/.local/bin

# The program must run here before anything is changed (an old system, a missing library...).
if ! version=$("$source_dir/ecanvas" --version 2>&1); then
	fail "the program does not run on this computer, nothing was installed:
$version"
fi

# ---------------------------------------------------------------------- the program
if [ -e "$app_dir" ] && ! { [ -x "$app_dir/ecanvas" ] && [ -d "$app_dir/_internal" ]; }; then
	fail "$app_dir exists and is not an ecanvas installation; move it away first"
fi
mkdir -p "$(dirname "$app_dir")" "$bin_dir"
staging=$(mktemp -d "$app_dir.new.XXXXXX")
trap 'rm -rf "$staging"' EXIT
cp -R "$source_dir/." "$staging/"
cp "$here/uninstall.sh" "$staging/uninstall.sh"
chmod 755 "$staging" "$staging/uninstall.sh"
if [ -e "$app_dir" ]; then
	previous=$app_dir.old.$$
	mv "$app_dir" "$previous"
	mv "$staging" "$app_dir"
	rm -rf "$previous"
else
	mv "$staging" "$app_dir"
fi
trap - EXIT

command_link=$bin_dir/ecanvas
command=$command_link
if [ -L "$command_link" ] || [ ! -e "$command_link" ]; then
	ln -sfn "$app_dir/ecanvas" "$command_link"
else
	command=$app_dir/ecanvas
	echo "note: $command_link is another program and was left as it is"
fi

# ---------------------------------------------------------------------- desktop integration
share=$app_dir/share

# Exec holds a quoted absolute path (~/.local/bin is not on every desktop session's PATH).
# Desktop Entry quoting: \ " ` $ escaped inside the quotes, then \ escaped again in the value.
quoted=$(printf '%s' "$app_dir/ecanvas" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g')
try_exec=$(printf '%s' "$app_dir/ecanvas" | sed -e 's/\\/\\\\/g')
mkdir -p "$data_home/applications"
EXEC_LINE="Exec=\"$quoted\" %f" TRY_EXEC_LINE="TryExec=$try_exec" awk '
	/^Exec=/ { print ENVIRON["EXEC_LINE"]; next }
	/^TryExec=/ { print ENVIRON["TRY_EXEC_LINE"]; next }
	{ print }
' "$share/applications/$DESKTOP_ID" >"$data_home/applications/$DESKTOP_ID"

mkdir -p "$data_home/icons/hicolor"
cp -R "$share/icons/hicolor/." "$data_home/icons/hicolor/"
touch "$data_home/icons/hicolor" # icon caches look at the folder's time

mkdir -p "$data_home/mime/packages"
cp "$share/mime/packages/ecanvas.xml" "$data_home/mime/packages/ecanvas.xml"

mkdir -p "$data_home/metainfo"
cp "$share/metainfo/$APP_ID.metainfo.xml" "$data_home/metainfo/$APP_ID.metainfo.xml"

# .ecanvas files open with ecanvas: the user's default application for the type.
mkdir -p "$config_home"
mimeapps=$config_home/mimeapps.list
[ -f "$mimeapps" ] || : >"$mimeapps"
awk -v key="$MIME_TYPE" -v value="$DESKTOP_ID" '
	/^\[/ {
		in_default = ($0 == "[Default Applications]")
		print
		if (in_default && !done) { print key "=" value; done = 1 }
		next
	}
	in_default && index($0, key "=") == 1 { next }
	{ print }
	END { if (!done) { if (NR > 0) print ""; print "[Default Applications]"; print key "=" value } }
' "$mimeapps" >"$mimeapps.ecanvas-new"
mv "$mimeapps.ecanvas-new" "$mimeapps"

# Refresh the desktop's databases where the tools exist (they do on every desktop system).
if command -v update-mime-database >/dev/null 2>&1; then
	update-mime-database "$data_home/mime" >/dev/null 2>&1 || echo "note: update-mime-database failed"
fi
if command -v update-desktop-database >/dev/null 2>&1; then
	update-desktop-database -q "$data_home/applications" || echo "note: update-desktop-database failed"
fi

echo "Installed $version for $(id -un)."
echo "Start it from your applications menu, or run: $command"
case ":${PATH:-}:" in
*":$bin_dir:"*) ;;
*) echo "($bin_dir is not on your PATH yet; it usually is after you log in again.)" ;;
esac
echo "To remove it: $app_dir/uninstall.sh"
