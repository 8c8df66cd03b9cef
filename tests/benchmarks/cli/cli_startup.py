#!/usr/bin/env python3
"""Wall-clock time of whole ridgeline-cli runs (fork, exec, dynamic loading,
static initialisers, the command, exit), as a user or a script sees it.

    tests/benchmarks/cli/cli_startup.py [build/bin/ridgeline-cli] [runs] [--baseline OTHER-CLI]

Runs each command `runs` times (default 50) after 3 warm-up runs, one after
the other as `perf stat -r` does, and prints the median, the 90th and 10th
percentiles and the minimum of the wall clock in milliseconds, and the median
CPU time (user + system of the process, from getrusage: what the run costs
whatever else the machine does), beside /bin/true as the floor of starting
any process. With --baseline, the same commands of another build (a copy of
an older ridgeline-cli) run alternately with these, so both see the same load. The commands that draw nothing (analyze, show,
validate, list) are marked against the 20 ms goal of issue 16. The date, the
machine and its load average before and after are printed with the table:
on a shared machine, compare only numbers taken in the same run. Figures:
BENCHMARKS.md, "CLI start-up".
"""
import datetime
import os
import resource
import platform
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
args = sys.argv[1:]
baseline = None
if "--baseline" in args:
    i = args.index("--baseline")
    baseline = args[i + 1]
    del args[i:i + 2]
cli = args[0] if args else os.path.join(ROOT, "build", "bin", "ridgeline-cli")
runs = int(args[1]) if len(args) > 1 else 50
samples = os.path.join(ROOT, "samples")
project = os.path.join(samples, "projects", "llama2-7b-chat-on-a100.json")
hardware = os.path.join(samples, "hardware", "nvidia-a100-sxm4-80gb.json")
GOAL_MS = 20.0

# (name, command, held to the 20 ms goal)
commands = [
    ("/bin/true (process floor)", ["/bin/true"], False),
    ("--help (loads the commands plugin for the list)", [cli, "--help"], False),
    ("analyze --help", [cli, "analyze", "--help"], True),
    ("analyze --project llama2-7b-chat-on-a100 (table)", [cli, "analyze", "--project", project], True),
    ("analyze --project llama2-7b-chat-on-a100 --format json",
     [cli, "analyze", "--project", project, "--format", "json"], True),
    ("show llama2-7b-chat-on-a100.json", [cli, "show", project], True),
    ("show llama2-7b-chat-on-a100.json --format json", [cli, "show", project, "--format", "json"], True),
    ("validate llama2-7b-chat-on-a100.json nvidia-a100-sxm4-80gb.json",
     [cli, "validate", project, hardware], True),
    ("list hardware", [cli, "list", "hardware"], True),
    ("simulate --help (loads the commands plugin: Qt Core)", [cli, "simulate", "--help"], False),
    ("render --help (loads the drawing plugin)", [cli, "render", "--help"], False),
]


def timed(cmd):
    """(wall ms, CPU ms) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    rc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
    wall = (time.perf_counter() - start) * 1e3
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if rc != 0:
        sys.exit(f"{' '.join(cmd)} exited with {rc}")
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1e3
    return wall, cpu


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def percentile(sorted_values, q):
    k = min(len(sorted_values) - 1, max(0, round(q * (len(sorted_values) - 1))))
    return sorted_values[k]


def report(name, samples, goal):
    walls = sorted(w for w, _ in samples)
    median = statistics.median(walls)
    cpu = statistics.median(c for _, c in samples)
    mark = ""
    if goal:
        mark = "  ok" if median < GOAL_MS else "  over 20 ms"
        if median >= GOAL_MS:
            missed.append(name)
    print(f"{name:<66} {median:7.1f} {percentile(walls, 0.9):7.1f} {percentile(walls, 0.1):7.1f} "
          f"{walls[0]:7.1f} {cpu:7.1f}{mark}")


load_before = os.getloadavg()
print(f"{datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} x {cpu_model()}, "
      f"load average {load_before[0]:.2f} {load_before[1]:.2f} {load_before[2]:.2f}")
print(f"{'command':<66} {'median':>7} {'p90':>7} {'p10':>7} {'min':>7} {'cpu':>7}  (ms, {runs} runs)")
missed = []
for name, cmd, goal in commands:
    if not os.path.exists(cmd[0]):
        sys.exit(f"{cmd[0]}: no such file (build ridgeline-cli first)")
    other = [baseline] + cmd[1:] if baseline and cmd[0] == cli else None
    for _ in range(3):
        timed(cmd)
        if other:
            timed(other)
    ours, theirs = [], []
    for _ in range(runs):
        ours.append(timed(cmd))
        if other:
            theirs.append(timed(other))
    report(name, ours, goal)
    if other:
        report("  baseline: " + name, theirs, False)
load_after = os.getloadavg()
print(f"load average after: {load_after[0]:.2f} {load_after[1]:.2f} {load_after[2]:.2f}")
if missed:
    print(f"median over {GOAL_MS:.0f} ms: " + "; ".join(missed))
