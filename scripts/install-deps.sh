#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages migdesk needs to build, run and test; does nothing when all
# are present. Works as root (CI) and as an ordinary user with sudo.
set -euo pipefail

packages=(
    cmake ninja-build ccache g++ pkg-config
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev libqt6sql6-psql libqt6sql6-sqlite qtkeychain-qt6-dev
    qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools libgl-dev libegl-dev libglu1-mesa-dev
    libpq-dev libpg-query-dev postgresql-15 pgbouncer
    xvfb xauth dbus-x11 gnome-keyring libsecret-tools fonts-dejavu-core
    python3-django python3-psycopg2 file dpkg-dev
    # bench_monitor measures pg_activity's own refresh queries beside migdesk's.
    pg-activity
    # scripts/fuzz.sh: clang with libFuzzer and the sanitizers' runtime.
    clang libclang-rt-14-dev
    # scripts/check-format.sh, the suite's format_check: the code follows .clang-format.
    clang-format-14
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=()
[ "$(id -u)" -ne 0 ] && sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
# Installing postgresql-15 must not start the Debian default cluster on 5432: the project only
# ever uses its own throwaway clusters.
policy=/usr/sbin/policy-rc.d
created_policy=0
if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$policy" >/dev/null
    "${sudo[@]}" chmod +x "$policy"
    created_policy=1
fi
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
[ $created_policy -eq 1 ] && "${sudo[@]}" rm -f "$policy"
exit 0
