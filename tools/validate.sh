#!/usr/bin/env bash
# Regenerates the leave-one-device-out validation tables of the learned and
# hybrid predictors (per held-out GPU and op family: MAPE next to 90%
# interval coverage) and pastes them into docs/learned.md and BENCHMARKS.md
# between their "<!-- validate:NAME -->" ... "<!-- /validate:NAME -->" markers.
#
#   tools/validate.sh            # full tables (a few minutes on two cores)
#   tools/validate.sh --quick    # 300 rows per device, no k-shot curve (a smoke test)
#   tools/validate.sh --print    # print the tables, leave the docs alone
#
# Environment: RIDGELINE_CLI (default build/bin/ridgeline-cli), RIDGELINE_DATA
# (default ../shared/data beside the checkout), ENSEMBLE (default 3, the
# model users get), THREADS (default 1: XGBoost on an oversubscribed machine
# is far slower with more).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cli=${RIDGELINE_CLI:-$root/build/bin/ridgeline-cli}
data=${RIDGELINE_DATA:-$root/../shared/data}
neusight=$data/neusight
quick=0
print=0
for arg in "$@"; do
    case $arg in
        --quick) quick=1 ;;
        --print) print=1 ;;
        -h | --help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "validate.sh: unknown option $arg (see --help)" >&2; exit 2 ;;
    esac
done
[[ -x $cli ]] || { echo "validate.sh: no ridgeline-cli at $cli (build it, or set RIDGELINE_CLI)" >&2; exit 1; }
for f in linear_fp32.csv bmm_fp32.csv; do
    [[ -r $neusight/$f ]] || { echo "validate.sh: missing $neusight/$f (set RIDGELINE_DATA)" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
args=(learn evaluate --lodo "$neusight/linear_fp32.csv" "$neusight/bmm_fp32.csv"
      --ensemble "${ENSEMBLE:-3}" --threads "${THREADS:-1}" --quiet --format csv)
if ((quick)); then args+=(--max-rows 300 --ks 0); else args+=(--repeats 5); fi

run() {  # name, extra options...
    local name=$1; shift
    local start=$SECONDS
    "$cli" "${args[@]}" "$@" > "$work/$name.csv" 2> "$work/$name.log" ||
        { cat "$work/$name.log" >&2; echo "validate.sh: $name run failed" >&2; exit 1; }
    echo "$name: $((SECONDS - start)) s" >&2
    echo "$((SECONDS - start))" > "$work/$name.seconds"
}
run shipped                                  # specs as shipped (datasheet + physics with the default constants)
run datasheet --datasheet-only --no-physics  # datasheet peaks only
run physics --datasheet-only                 # datasheet + sustained-clock physics per fold

python3 "$root/tools/validate_tables.py" "$work" "$root" "$((print))" "$((quick))"
