#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs "$@" with an unlocked gnome-keyring secret service on the current D-Bus session bus, so
# QtKeychain works as it does on a desktop. Meant to run inside dbus-run-session.
set -euo pipefail
echo -n migdesk-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
exec "$@"
