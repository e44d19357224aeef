#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's run command: installs what is missing, builds, and opens the console on a
# throwaway local PostgreSQL loaded with the demo database (migdesk --demo).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
exec "${MIGDESK_BUILD_DIR:-build}/app/migdesk" --demo "$@"
