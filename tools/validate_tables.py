#!/usr/bin/env python3
"""Turns the CSV output of tools/validate.sh's `learn evaluate` runs into Markdown tables
and pastes them between the validation markers of docs/learned.md and BENCHMARKS.md.
Usage: validate_tables.py WORKDIR REPO_ROOT PRINT_ONLY QUICK SECONDS
       validate_tables.py split VIDUR_DIR OUT_DIR   (the per-TP and per-collective-group files)
       validate_tables.py collective-options coll_TOPOLOGY_N_PERNODE_all
           (the learn evaluate options that cost a collective group as VIDUR measured it)"""
import csv
import datetime
import io
import os
import re
import sys

MIB = 1 << 20
# The VIDUR op labels by family, in the order the tables list them.
GEMMS = ["attn_pre_proj", "attn_post_proj", "mlp_up_proj", "mlp_down_proj"]
SMALL = ["input_layernorm", "post_attention_layernorm", "attn_rope", "mlp_act", "add", "emb"]


def read_tables(path):
    """The tables of one CSV output: {title: [row dicts]} ("# title" lines separate them)."""
    text = open(path, encoding="utf-8").read().replace("\r\n", "\n")
    tables, title, block = {}, "", []

    def flush():
        if block:
            tables[title] = list(csv.DictReader(io.StringIO("\n".join(block))))

    for line in text.split("\n"):
        if line.startswith("# "):
            flush()
            title, block = line[2:].strip(), []
        elif line.strip():
            block.append(line)
    flush()
    return tables


def short(name):
    return name.replace("NVIDIA ", "")


def cell(v):
    return v if v not in (None, "") else "-"


def markdown(header, rows, right_from=2):
    out = ["| " + " | ".join(header) + " |",
           "|" + "|".join("---:" if i >= right_from else "---" for i in range(len(header))) + "|"]
    out += ["| " + " | ".join(cell(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def held_out(run):
    return {(r["held-out hardware"], r["op"]): r for r in run["held-out devices"]}


def summary(runs):
    ds, ph, sh = (held_out(runs[k]) for k in ("datasheet", "physics", "shipped"))
    keys = sorted(ph, key=lambda k: (k[0], k[1] == "all", k[1]))
    rows = []
    for k in keys:
        p, d, s = ph[k], ds.get(k, {}), sh.get(k, {})
        bold = (lambda x: "**" + x + "**") if k[1] == "all" else (lambda x: x)
        rows.append([bold(short(k[0])), bold(k[1]), p["rows"],
                     d.get("roofline MAPE"), p["roofline MAPE"],
                     p["hybrid MAPE"], p["hybrid 90% coverage"], p.get("hybrid 90% width"),
                     p["trust"], p["learned MAPE"], p["learned 90% coverage"],
                     p.get("learned 90% width"),
                     d.get("hybrid MAPE"), d.get("hybrid 90% coverage"),
                     s.get("roofline MAPE"), s.get("hybrid MAPE"), s.get("hybrid 90% coverage")])
    header = ["held-out GPU", "op", "rows", "roofline, datasheet", "roofline, physics",
              "hybrid", "hybrid 90% cov.", "its width (high/low)", "trust", "learned",
              "learned 90% cov.", "its width",
              "hybrid on datasheet", "its cov.", "roofline, shipped specs",
              "hybrid, shipped", "its cov."]
    return markdown(header, rows)


def physics_table(run):
    rows = [[short(r["held-out hardware"]), r["TDP / (units x GHz)"], r["full-clock budget (fold)"],
             r["achievable (fold)"], r["predicted efficiency"], r["measured efficiency"]]
            for r in run.get("sustained-clock physics per fold (fp32 FMA path)", [])]
    return markdown(["held-out GPU", "TDP / (units x GHz)", "full-clock budget (fold)",
                     "achievable (fold)", "fp32 efficiency, physics", "measured (large GEMMs)"],
                    rows, 1)


def kshot_table(run):
    by = {}
    for r in run.get("k-shot calibration (hybrid)", []):
        by.setdefault(r["hardware"], {})[r["k"]] = r
    ks = sorted({k for v in by.values() for k in v}, key=int)
    rows = [[short(hw)] + [by[hw][k]["MAPE (retrain)"] if k in by[hw] else "-" for k in ks]
            + [" / ".join(by[hw][k]["MAPE (offset)"] for k in ks if k in by[hw] and k != "0")
               or "-"]
            for hw in sorted(by)]
    return markdown(["held-out GPU"] + ["k=" + k for k in ks] + ["offset method, k>0"], rows, 1)


def replace(path, name, body):
    text = open(path, encoding="utf-8").read()
    pattern = re.compile(r"(<!-- validate:%s -->\n)(?:.*?\n)?(<!-- /validate:%s -->)"
                         % (name, name), re.S)
    if not pattern.search(text):
        sys.exit("validate_tables.py: %s has no <!-- validate:%s --> ... <!-- /validate:%s --> "
                 "markers" % (path, name, name))
    text = pattern.sub(lambda m: m.group(1) + body + "\n" + m.group(2), text, count=1)
    open(path, "w", encoding="utf-8").write(text)


def split(vidur, out):
    """Writes VIDUR's op table once per TP degree and its collectives once per (topology,
    ranks, ranks per node), all sizes and 1-64 MiB apart: the importer folds these columns
    away, so that the tables can report them."""
    os.makedirs(out, exist_ok=True)

    def write(name, header, rows):
        with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, header)
            w.writeheader()
            w.writerows(rows)

    with open(os.path.join(vidur, "mlp_ops_median_ms.csv"), encoding="utf-8") as f:
        r = csv.DictReader(f)
        ops = list(r)
        for tp in sorted({row["tp"] for row in ops}, key=int):
            write("ops_tp%s.csv" % tp, r.fieldnames, [x for x in ops if x["tp"] == tp])
    with open(os.path.join(vidur, "collectives_median_ms.csv"), encoding="utf-8") as f:
        r = csv.DictReader(f)
        rows = list(r)
    groups = {}
    for x in rows:
        groups.setdefault((x["network_device"], x["num_workers"], x["devices_per_node"]),
                          []).append(x)
    for (topo, n, per_node), g in groups.items():
        base = "coll_%s_%s_%s" % (topo, n, per_node)
        write(base + "_all.csv", r.fieldnames, g)
        mid = [x for x in g if MIB <= float(x["size_bytes"]) <= 64 * MIB]
        if mid:
            write(base + "_mid.csv", r.fieldnames, mid)


# How VIDUR timed its collectives and the path each machine's bytes took between nodes
# (docs/training.md, "Collectives across nodes"; tests/sim/tst_training_collectives.cpp):
# one call timed alone; the DGX A100 pair through host memory (no GPUDirect RDMA, two
# GPUs per PCIe uplink), the Azure NC96ads A100 v4 and the A40 nodes over TCP sockets.
# The host CPU from each machine's datasheet (NCCL's proxy overhead): AMD EPYC in the
# DGX A100 and the Azure NC96ads A100 v4; not published for the A40 nodes (NCCL's default).
# Inside a node: peer access (p2p) on the DGX and Azure nodes; the A40 pair through host
# memory (shm) behind PCIe Gen3 host links, a hypothesis (docs/training.md, "Collectives
# inside a node") the rows support in two groups.
# GPUs per CPU socket: 4 on a DGX A100 (GPUs 0-3 under the first EPYC, 4-7 under the second);
# 0 (one socket) where the groups never span two.
# topology: (network path, GPUs per uplink, host CPU, intra-node path, host PCIe generation,
#            GPUs per socket)
COLLECTIVE_PATHS = {"a100_dgx": ("host_staged", 2, "amd", "p2p", 4, 4),
                    "a100_pairwise_nvlink": ("socket", 1, "amd", "p2p", 4, 0),
                    "a40_pairwise_nvlink": ("socket", 1, "intel", "shm", 3, 0)}


def collective_path(topology):
    return COLLECTIVE_PATHS.get(topology, ("gpudirect", 1, "intel", "p2p", 4, 0))


def collective_options(base):
    """The learn evaluate options that cost a split collectives file as VIDUR measured it."""
    topo = base[len("coll_"):].rsplit("_", 3)[0]
    path, per_uplink, cpu, intra, pcie, per_socket = collective_path(topo)
    return ["--timing", "isolated", "--network", path, "--gpus-per-uplink", str(per_uplink),
            "--gpus-per-socket", str(per_socket), "--host-cpu", cpu, "--intra-node", intra,
            "--host-pcie", str(pcie)]


def collective_costing(topology, across):
    path, per_uplink, cpu, intra, pcie, per_socket = collective_path(topology)
    host = ", PCIe Gen%d hosts" % pcie if pcie != 4 else ""
    if not across:
        return "isolated, in node%s%s" % (" through host memory" if intra == "shm" else "", host)
    sharing = (["%d GPUs per uplink" % per_uplink] if per_uplink > 1 else []) + \
        (["%d per socket" % per_socket] if per_socket > 0 else [])
    return "isolated, %s%s%s%s" % (path.replace("_", "-"),
                                   " (%s)" % ", ".join(sharing) if sharing else "",
                                   ", AMD hosts" if cpu == "amd" else "", host)


def only_table(work, name):
    """The one table of a run's output, or None when the run failed (its log says why)."""
    path = "%s/%s.csv" % (work, name)
    if not os.path.exists(path):
        return None
    tables = read_tables(path)
    return next(iter(tables.values())) if tables else None


def failure(work, name):
    text = open("%s/%s.log" % (work, name), encoding="utf-8").read().strip().splitlines()
    return text[-1] if text else "no output"


def conv2d_table(work):
    rows = []
    # The conv2d run trains on linear and bmm as well; its conv2d rows.
    for r in read_tables("%s/conv2d.csv" % work)["held-out devices"]:
        if r["op"] != "conv2d":
            continue
        rows.append([short(r["held-out hardware"]), r["rows"], r["roofline MAPE"],
                     r["hybrid MAPE"], r["hybrid 90% coverage"], r.get("hybrid 90% width"),
                     r["trust"], r["learned MAPE"], r["learned 90% coverage"],
                     r.get("learned 90% width")])
    return markdown(["held-out GPU", "rows", "roofline, physics", "hybrid", "hybrid 90% cov.",
                     "its width (high/low)", "trust", "learned", "learned 90% cov.",
                     "its width"], rows, 1)


def vidur_ops_table(work):
    tps = sorted((f[len("ops_tp"):-4] for f in os.listdir(work + "/split")
                  if f.startswith("ops_tp")), key=int)
    by = {}  # (hardware, op) -> {tp: roofline MAPE}
    for tp in tps:
        for r in only_table(work, "ops_tp" + tp) or []:
            by.setdefault((r["hardware"], r["op"]), {})[tp] = r["roofline MAPE"]
    rows = []
    for family, ops in (("GEMM", GEMMS), ("small", SMALL)):
        for hw in sorted({k[0] for k in by if k[0] != "all"}):
            for op in ops:
                if (hw, op) in by:
                    rows.append([family, short(hw), op] + [by[(hw, op)].get(tp) for tp in tps])
    return markdown(["family", "GPU", "op"] + ["TP%s" % tp for tp in tps], rows, 3)


def vidur_transfer_table(work):
    rows = []
    for train, test in (("a100", "a40"), ("a40", "a100")):
        t = read_tables("%s/transfer_%s_%s.csv" % (work, train, test))["held-out devices"]
        order = {op: i for i, op in enumerate(GEMMS + SMALL + ["all"])}
        for r in sorted(t, key=lambda r: order.get(r["op"], 99)):
            rows.append(["%s -> %s" % (train, test), r["op"], r["rows"], r["roofline MAPE"],
                         r["hybrid MAPE"], r["hybrid 90% coverage"], r.get("hybrid 90% width"),
                         r["learned MAPE"], r["learned 90% coverage"],
                         r.get("learned 90% width")])
    return markdown(["trained on -> tested on", "op", "rows", "roofline", "hybrid",
                     "hybrid 90% cov.", "its width", "learned", "learned 90% cov.",
                     "its width"], rows, 2)


def attention_table(work):
    t = only_table(work, "attention")
    if t is None:
        return ("Not measured: `learn evaluate` cannot read the attention file yet (%s)."
                % failure(work, "attention").replace("|", "\\|"))
    rows = [[short(r["hardware"]), r["op"], r["rows"], r["roofline MAPE"], r["median APE"],
             r["Kendall tau"]] for r in t if r["hardware"] != "all"]
    return markdown(["GPU", "op", "rows", "roofline MAPE", "median APE", "Kendall tau"], rows, 2)


def collectives_table(work):
    names = sorted({f[:-len("_all.csv")] for f in os.listdir(work + "/split")
                    if f.startswith("coll_") and f.endswith("_all.csv")})
    rows = []
    for base in names:
        topo, n, per_node = base[len("coll_"):].rsplit("_", 2)
        everything = {r["op"]: r for r in only_table(work, base + "_all") or []
                      if r["hardware"] != "all" and r["op"] != "all"}
        mid = {r["op"]: r for r in only_table(work, base + "_mid") or []
               if r["hardware"] != "all" and r["op"] != "all"}
        across = int(per_node) < int(n)
        for op, r in sorted(everything.items()):
            m = mid.get(op, {})
            rows.append([topo, op, "across nodes" if across else "in node",
                         collective_costing(topo, across), n, per_node, m.get("rows"),
                         m.get("roofline MAPE"),
                         r["rows"], r["roofline MAPE"], r["median APE"]])
    rows.sort(key=lambda x: (x[0], x[1], x[2] != "in node", int(x[4]), int(x[5])))
    return markdown(["topology", "collective", "placement", "timing, network path", "ranks",
                     "per node", "rows 1-64 MiB", "MAPE 1-64 MiB", "rows, all sizes",
                     "MAPE, all sizes", "median APE, all sizes"], rows, 4)


def main():
    if sys.argv[1] == "split":
        split(sys.argv[2], sys.argv[3])
        return
    if sys.argv[1] == "collective-options":
        print(" ".join(collective_options(sys.argv[2])))
        return
    work, root, print_only, quick = sys.argv[1], sys.argv[2], sys.argv[3] == "1", sys.argv[4] == "1"
    total = sys.argv[5]
    runs = {k: read_tables("%s/%s.csv" % (work, k)) for k in ("shipped", "datasheet", "physics")}
    seconds = {k: open("%s/%s.seconds" % (work, k)).read().strip()
               for k in ("shipped", "datasheet", "physics", "conv2d")}
    stamp = "Generated by `tools/validate.sh`%s on %s in %s s on two shared cores (NeuSight " \
            "linear + bmm runs: shipped %s s, datasheet %s s, physics %s s; conv2d %s s)." % (
                " --quick" if quick else "", datetime.date.today().isoformat(), total,
                seconds["shipped"], seconds["datasheet"], seconds["physics"], seconds["conv2d"])
    parts = {"lodo": stamp + "\n\n" + summary(runs),
             "physics": physics_table(runs["physics"]),
             "kshot": kshot_table(runs["physics"]),
             "conv2d": conv2d_table(work),
             "vidur-ops": vidur_ops_table(work),
             "vidur-transfer": vidur_transfer_table(work),
             "attention": attention_table(work),
             "collectives": collectives_table(work)}
    if print_only:
        for name, body in parts.items():
            print("## %s\n\n%s\n" % (name, body))
        return
    for name in parts:
        replace("%s/docs/learned.md" % root, name, parts[name])
    for name in ("lodo", "conv2d", "vidur-ops", "vidur-transfer", "attention", "collectives"):
        replace("%s/BENCHMARKS.md" % root, name, parts[name])
    print("updated docs/learned.md and BENCHMARKS.md", file=sys.stderr)


if __name__ == "__main__":
    main()
