#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb with CPack and checks what it holds: binary, desktop entry, icon, AppStream
# metadata, and Depends filled from the binary's shared libraries.
set -euo pipefail
build_dir=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$build_dir" && cpack -G DEB -B "$work" >/dev/null)
deb=$(ls "$work"/migdesk_*.deb)
contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/migdesk ./usr/share/applications/migdesk.desktop \
            ./usr/share/icons/hicolor/scalable/apps/migdesk.svg \
            ./usr/share/metainfo/io.github.migdesk.metainfo.xml; do
    grep -q " $path\$" <<<"$contents" || { echo "missing from the package: $path"; exit 1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6widgets6 libpq5 libqt6keychain1; do
    grep -q "$lib" <<<"$depends" || { echo "Depends lacks $lib: $depends"; exit 1; }
done
dpkg-deb -x "$deb" "$work/root"
"$work/root/usr/bin/migdesk" --version | grep -q '^migdesk '
echo "package ok: $(basename "$deb")"
