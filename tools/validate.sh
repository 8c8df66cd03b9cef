#!/usr/bin/env bash
# Regenerates the validation tables (per device and per op family, MAPE next to
# 90% interval coverage where the predictor gives an interval) and pastes them
# into docs/learned.md and BENCHMARKS.md between their
# "<!-- validate:NAME -->" ... "<!-- /validate:NAME -->" markers:
#   lodo, physics, kshot  NeuSight linear + bmm, leave one GPU out (3 runs)
#   conv2d                NeuSight conv2d, leave one GPU out (trained with linear + bmm)
#   vidur-ops             VIDUR fp16 Llama ops per GPU and TP degree, physics alone
#   vidur-transfer        the same, learned and hybrid trained on a100, tested on a40 and back
#   attention             VIDUR A100 FlashAttention prefill/decode, physics alone
#   collectives           VIDUR NCCL per topology, rank count, in node / across nodes
#                         (NCCL's model, isolated calls, each machine's network path)
#
#   tools/validate.sh            # full tables (about 5 minutes on two cores)
#   tools/validate.sh --quick    # 300 rows per device, no k-shot curve (a smoke test)
#   tools/validate.sh --print    # print the tables, leave the docs alone
#
# Environment: RIDGELINE_CLI (default build/bin/ridgeline-cli), RIDGELINE_DATA
# (default ../shared/data beside the checkout), ENSEMBLE (default 3, the
# model users get), THREADS (default 1: XGBoost on an oversubscribed machine
# is far slower with more). Not part of CI (minutes of training).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cli=${RIDGELINE_CLI:-$root/build/bin/ridgeline-cli}
data=${RIDGELINE_DATA:-$root/../shared/data}
neusight=$data/neusight
vidur=$data/vidur
quick=0
print=0
for arg in "$@"; do
    case $arg in
        --quick) quick=1 ;;
        --print) print=1 ;;
        -h | --help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "validate.sh: unknown option $arg (see --help)" >&2; exit 2 ;;
    esac
done
[[ -x $cli ]] || { echo "validate.sh: no ridgeline-cli at $cli (build it, or set RIDGELINE_CLI)" >&2; exit 1; }
for f in neusight/linear_fp32.csv neusight/bmm_fp32.csv neusight/conv2d_fp32.csv \
         vidur/mlp_ops_median_ms.csv vidur/collectives_median_ms.csv \
         vidur/attention_a100_llama2_70b_geometry_tp2_median_ms.csv; do
    [[ -r $data/$f ]] || { echo "validate.sh: missing $data/$f (set RIDGELINE_DATA)" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
started=$SECONDS
common=(--ensemble "${ENSEMBLE:-3}" --threads "${THREADS:-1}" --quiet --format csv)
args=(learn evaluate --lodo "$neusight/linear_fp32.csv" "$neusight/bmm_fp32.csv" "${common[@]}")
if ((quick)); then args+=(--max-rows 300 --ks 0); else args+=(--repeats 5); fi

# name, then the whole command line after the CLI; "tolerate" first: a failure
# is recorded (the table says why) instead of stopping the run.
run() {
    local tolerate=0
    [[ $1 == tolerate ]] && { tolerate=1; shift; }
    local name=$1; shift
    local start=$SECONDS
    if ! "$cli" "$@" > "$work/$name.csv" 2> "$work/$name.log"; then
        if ((tolerate)); then
            rm -f "$work/$name.csv"
        else
            cat "$work/$name.log" >&2; echo "validate.sh: $name run failed" >&2; exit 1
        fi
    fi
    echo "$((SECONDS - start))" > "$work/$name.seconds"
}
run shipped "${args[@]}"                                   # specs as shipped (datasheet + physics, default constants)
run datasheet "${args[@]}" --datasheet-only --no-physics   # datasheet peaks only
run physics "${args[@]}" --datasheet-only                  # datasheet + sustained-clock physics per fold
echo "NeuSight linear + bmm: $((SECONDS - started)) s" >&2

# conv2d: leave one GPU out with the physics fitted per fold. The folds train
# on linear and bmm too: the sustained-clock physics is fitted on GEMM rows,
# and a fold of conv2d rows alone would leave every GPU at its datasheet peak.
# The table reports the conv2d rows.
run conv2d learn evaluate --lodo "$neusight/conv2d_fp32.csv" "$neusight/linear_fp32.csv" \
    "$neusight/bmm_fp32.csv" --datasheet-only --ks 0 $( ((quick)) && echo --max-rows 300 ) \
    "${common[@]}"

# VIDUR: per TP degree and per collective group, files split by the columns
# that the importer folds away (tp; topology, ranks, ranks per node, size).
python3 "$root/tools/validate_tables.py" split "$vidur" "$work/split"
for f in "$work"/split/ops_tp*.csv; do
    run "$(basename "$f" .csv)" learn evaluate "$f" --quiet --format csv
done
# Collectives costed as VIDUR measured them: NCCL's model, one call timed
# alone, over the network path its machine used between nodes.
for f in "$work"/split/coll_*.csv; do
    read -r -a costing <<< "$(python3 "$root/tools/validate_tables.py" collective-options \
        "$(basename "$f" .csv)")"
    run "$(basename "$f" .csv)" learn evaluate "$f" "${costing[@]}" --quiet --format csv
done
for pair in a100:a40 a40:a100; do
    run "transfer_${pair%%:*}_${pair##*:}" learn evaluate --train-devices "${pair%%:*}" \
        --test-devices "${pair##*:}" "$vidur/mlp_ops_median_ms.csv" --ks 0 \
        $( ((quick)) && echo --max-rows 300 ) "${common[@]}"
done
run tolerate attention learn evaluate "$vidur/attention_a100_llama2_70b_geometry_tp2_median_ms.csv" \
    --quiet --format csv
echo "all: $((SECONDS - started)) s" >&2

python3 "$root/tools/validate_tables.py" "$work" "$root" "$((print))" "$((quick))" "$((SECONDS - started))"
