#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a C++ file of the repository differs from what clang-format makes of it under the
# project's .clang-format, and names the files. `scripts/check-format.sh --fix` rewrites them.
set -euo pipefail
cd "$(dirname "$0")/.."
format=${CLANG_FORMAT:-clang-format-14}
if ! command -v "$format" >/dev/null; then
    echo "check-format: $format is not installed (scripts/install-deps.sh installs it)" >&2
    exit 2
fi
mapfile -t files < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find app core models ui tests bench fuzz -name '*.cpp' -o -name '*.h')
if [ "${1:-}" = "--fix" ]; then
    "$format" -i "${files[@]}"
    exit 0
fi
# One clang-format process for all files: it names each place that differs.
status=0
report=$("$format" --dry-run -Werror "${files[@]}" 2>&1 >/dev/null) || status=$?
mapfile -t differ < <(printf '%s\n' "$report" |
    grep -E ': (error|warning): code should be clang-formatted' | cut -d: -f1 | sort -u)
if [ "$status" -ne 0 ] && [ ${#differ[@]} -eq 0 ]; then
    echo "check-format: $format failed: $report" >&2
    exit 2
fi
if [ ${#differ[@]} -gt 0 ]; then
    echo "check-format: ${#differ[@]} file(s) differ from .clang-format; run scripts/check-format.sh --fix:" >&2
    printf '  %s\n' "${differ[@]}" >&2
    exit 1
fi
echo "check-format: ${#files[@]} files follow .clang-format"
