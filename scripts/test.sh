#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's test command: installs what is missing, builds, and runs the whole suite (unit,
# integration against throwaway PostgreSQL clusters, offscreen GUI). Exit code is CTest's.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
build_dir=${MIGDESK_BUILD_DIR:-build}

# A private home and runtime dir keep tests away from the user's settings and keychain.
sandbox=$(mktemp -d /tmp/migdesk-test-XXXXXX)
trap 'rm -rf "$sandbox"' EXIT
mkdir -m 0700 "$sandbox/runtime"
export HOME="$sandbox" XDG_RUNTIME_DIR="$sandbox/runtime" QT_QPA_PLATFORM=offscreen
export MIGDESK_EXPECT_KEYCHAIN=1

# The keychain needs a D-Bus session with an unlocked secret service; tests/keyring-session.sh
# provides one around the whole run.
set +e
dbus-run-session -- tests/keyring-session.sh \
    ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)" "$@" \
    2>&1 | tee "$sandbox/ctest.log"
status=${PIPESTATUS[0]}
set -e
summary=$(grep -E 'tests passed, [0-9]+ tests failed out of' "$sandbox/ctest.log" | tail -1)
echo "migdesk test summary: ${summary:-no tests ran}"
exit "$status"
