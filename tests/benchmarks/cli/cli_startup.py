#!/usr/bin/env python3
"""Wall-clock time of whole ridgeline-cli runs (fork, exec, dynamic loading,
static initialisers, the command, exit), as a user or a script sees it.

    tests/benchmarks/cli/cli_startup.py [build/bin/ridgeline-cli] [runs]

Runs each command `runs` times (default 50) after 3 warm-up runs and prints
the median, the 10th percentile and the minimum in milliseconds, beside
/bin/true as the floor of starting any process. Figures: BENCHMARKS.md,
"CLI start-up".
"""
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
cli = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "bin", "ridgeline-cli")
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 50
project = os.path.join(ROOT, "samples", "projects", "llama2-7b-chat-on-a100.json")

commands = [
    ("/bin/true (process floor)", ["/bin/true"]),
    ("ridgeline-cli --help", [cli, "--help"]),
    ("ridgeline-cli analyze --help", [cli, "analyze", "--help"]),
    ("ridgeline-cli analyze --project llama2-7b-chat-on-a100 (table)",
     [cli, "analyze", "--project", project]),
    ("ridgeline-cli analyze --project llama2-7b-chat-on-a100 --format json",
     [cli, "analyze", "--project", project, "--format", "json"]),
    ("ridgeline-cli render --help (loads the drawing plugin)", [cli, "render", "--help"]),
]


def timed(cmd):
    start = time.perf_counter()
    rc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
    if rc != 0:
        sys.exit(f"{' '.join(cmd)} exited with {rc}")
    return (time.perf_counter() - start) * 1e3


print(f"{'command':<72} {'median':>8} {'p10':>8} {'min':>8}  (ms, {runs} runs)")
for name, cmd in commands:
    for _ in range(3):
        timed(cmd)
    ts = sorted(timed(cmd) for _ in range(runs))
    p10 = ts[max(0, len(ts) // 10 - 1)]
    print(f"{name:<72} {statistics.median(ts):8.1f} {p10:8.1f} {ts[0]:8.1f}")
