#!/usr/bin/env bash
# Runs every libFuzzer target of the "fuzz" preset for a bounded time on its
# seed corpus, under ASan + UBSan (docs/reliability.md).
#   tests/fuzz/run_fuzzers.sh [seconds per target, default 45] [build dir, default build-fuzz]
# Seeds: the samples, the hostile corpus (tests/data/hostile), slices of the
# shared measurements and traces, truncations of all of these (a small
# mutation corpus), tests/fuzz/seeds/<target> and every regression kept in
# tests/fuzz/regressions/<target>. A crash, sanitizer report, leak or hang
# (over 10 s for one input) is written to <build>/fuzz-findings/<target>/ and
# fails the run; once fixed, copy the file to tests/fuzz/regressions/<target>/
# so the replay test (ctest -L fuzz) keeps checking it.
set -euo pipefail
seconds=${1:-45}
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${2:-$root/build-fuzz}" && pwd)
shared=${RIDGELINE_SHARED_DATA:-$root/../shared/data}
corpora=$build/fuzz-corpus
findings=$build/fuzz-findings
rm -rf "$findings"
mkdir -p "$corpora" "$findings"

# seed TARGET FILE...: copies the files, plus truncations at a third and two
# thirds of their length, into the target's corpus.
seed() {
    local target=$1 f n
    shift
    mkdir -p "$corpora/$target"
    for f in "$@"; do
        [ -f "$f" ] || continue
        n=$(stat -c %s "$f")
        cp "$f" "$corpora/$target/$(basename "$f")"
        head -c $((n / 3)) "$f" >"$corpora/$target/cut1-$(basename "$f")"
        head -c $((2 * n / 3)) "$f" >"$corpora/$target/cut2-$(basename "$f")"
    done
}
# slice TARGET LINES FILE...: the first LINES lines of each (large data files).
slice() {
    local target=$1 lines=$2 f tmp
    shift 2
    tmp=$(mktemp -d)
    for f in "$@"; do [ -f "$f" ] && head -n "$lines" "$f" >"$tmp/$(basename "$f")"; done
    seed "$target" "$tmp"/*
    rm -rf "$tmp"
}
fixed() {  # the checked-in seeds and regressions of a target
    find "$root/tests/fuzz/seeds/$1" "$root/tests/fuzz/regressions/$1" -type f 2>/dev/null || true
}

shopt -s nullglob
# shellcheck disable=SC2046
seed spec "$root"/samples/{hardware,models,scenarios,projects}/*.json \
    "$root"/tests/data/hostile/*.json $(fixed spec)
# shellcheck disable=SC2046
seed dataflow_spec "$root"/samples/accelerators/*.json "$root"/samples/hardware/*like*.json \
    "$root"/samples/hardware/systolic-*.json $(fixed dataflow_spec)
# shellcheck disable=SC2046
seed learned_csv "$root"/tests/data/learned/*.csv $(fixed learned_csv)
slice learned_csv 40 "$shared"/neusight/{linear,bmm,conv2d}_fp32.csv "$shared"/vidur/*.csv
# shellcheck disable=SC2046
seed learned_model $(fixed learned_model)
# shellcheck disable=SC2046
seed serving_trace $(fixed serving_trace)
slice serving_trace 60 "$shared"/traces/*.csv
# shellcheck disable=SC2046
seed systolic_topology $(fixed systolic_topology)

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=()
printf '%-16s %8s %12s %8s %s\n' target seeds executions corpus result
for target in spec dataflow_spec learned_csv learned_model serving_trace systolic_topology; do
    mkdir -p "$findings/$target"
    log=$findings/$target.log
    seeds=$(find "$corpora/$target" -type f | wc -l)
    result=ok
    "$build/tests/fuzz/fuzz_$target" "$corpora/$target" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$findings/$target/" \
        >"$log" 2>&1 || result="FAILED (see $log)"
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    corpus=$(find "$corpora/$target" -type f | wc -l)
    printf '%-16s %8s %12s %8s %s\n' "$target" "$seeds" "${execs:-?}" "$corpus" "$result"
    [ "$result" = ok ] || failed+=("$target")
done
if [ ${#failed[@]} -gt 0 ]; then
    for target in "${failed[@]}"; do
        echo "== $target"
        grep -E 'ERROR|SUMMARY|runtime error|Test unit written' "$findings/$target.log" | head -20
    done
    exit 1
fi
