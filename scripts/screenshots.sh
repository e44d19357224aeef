#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates docs/screenshots/*.png from the GUI tests, rendered offscreen against the demo
# database. Run after scripts/build.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${MIGDESK_BUILD_DIR:-build}
sandbox=$(mktemp -d /tmp/migdesk-shots-XXXXXX)
trap 'rm -rf "$sandbox"' EXIT
mkdir -m 0700 "$sandbox/runtime"
export HOME="$sandbox" XDG_RUNTIME_DIR="$sandbox/runtime" QT_QPA_PLATFORM=offscreen
export MIGDESK_SCREENSHOT_DIR="$PWD/docs/screenshots"
dbus-run-session -- tests/keyring-session.sh \
    ctest --test-dir "$build_dir" -L gui --output-on-failure
ls -l docs/screenshots
