#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (fuzz/, with clang) and runs each for SECONDS (default 60) on a
# seed corpus made from the tests' and the demo's own files. Exit 0 when none crashed, hung or
# ran out of memory; a failing input is kept under $MIGDESK_BUILD_DIR/fuzz/crashes.
#   scripts/fuzz.sh            # 60 s each, as the suite runs it
#   scripts/fuzz.sh 3600       # an hour each
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
build_dir=${MIGDESK_BUILD_DIR:-build}/fuzz
if [ ! -f "$build_dir/build.ninja" ]; then
    CXX=clang++ cmake -S fuzz -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build_dir" >/dev/null

work=$(mktemp -d /tmp/migdesk-fuzz-XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/django_reader" "$work/linter" "$work/sqlfolder_name" "$build_dir/crashes"
n=0
while IFS= read -r -d '' file; do
    n=$((n + 1))
    cp "$file" "$work/django_reader/$n"
done < <(find tests resources -name '*.py' -print0)
while IFS= read -r -d '' file; do
    n=$((n + 1))
    cp "$file" "$work/linter/$n"
    printf '%s' "$(basename "$file")" >"$work/sqlfolder_name/$n"
done < <(find tests resources -name '*.sql' -print0)

status=0
for target in django_reader linter sqlfolder_name; do
    log="$work/$target.log"
    if "$build_dir/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -artifact_prefix="$build_dir/crashes/$target-" -print_final_stats=1 \
        "$work/$target" >"$log" 2>&1; then
        runs=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | tail -1)
        echo "fuzz_$target: ${runs:-no summary}, no crash"
    else
        status=1
        echo "fuzz_$target FAILED; the input is under $build_dir/crashes:"
        grep -E 'ERROR|SUMMARY|Test unit written' "$log" | head -5
    fi
done
exit $status
