"""Dask distributed proof of the pipe contract (run by scripts/test-scale.mjs, `npm run test:scale`).

Maps partitions of a generated catalog through `eco-nudge estimate` on a LocalCluster of two worker processes, twice:
once undisturbed (with dask.bag, as docs/catalog.md shows), once with one worker process killed (SIGKILL) mid-job
(with client.map, to see which worker holds what). Each time it checks that every line of the
catalog comes back exactly once and that the output equals the single-process run byte for byte; for the second run it
also checks that the killed worker was running a partition and that Dask ran some partition again (its nanny restarts
the worker, the scheduler reruns what was lost). Exits 0 when every check passes, 1 otherwise.

Usage: python3 dask_catalog.py --catalog products.jsonl --reference single.jsonl --node /usr/bin/node --bin bin/eco-nudge.mjs
       [--partition-rows 3000]
"""
import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid


def estimate_partition(part, node, bin_path, markers):
    """(offset, lines) -> output lines. Leaves a marker (partition, pid) so reruns can be counted."""
    offset, lines = part
    open(os.path.join(markers, f"{offset}-{os.getpid()}-{uuid.uuid4().hex}"), "w").close()
    p = subprocess.run(
        [node, bin_path, "estimate", "--workers", "1", "--quiet", "--line-offset", str(offset)],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
    )
    if p.returncode > 1:  # 0 all estimated, 1 some error rows (data), 2 a failure
        raise RuntimeError(f"eco-nudge estimate failed on the partition at line {offset + 1}: {p.stderr}")
    return p.stdout.splitlines()


def check(label, outputs, parts, reference_text):
    """Every input line exactly once, in order, equal to the single-process output."""
    problems = []
    got = [line for out in outputs for line in out]
    numbers = [json.loads(line)["line"] for line in got]
    expected = list(range(1, sum(len(lines) for _, lines in parts) + 1))
    if sorted(numbers) != expected:
        seen = {}
        for n in numbers:
            seen[n] = seen.get(n, 0) + 1
        missing = [n for n in expected if n not in seen][:5]
        twice = [n for n, c in seen.items() if c > 1][:5]
        problems.append(f"{label}: {len(numbers)} rows for {len(expected)} lines; missing {missing}, repeated {twice}")
    elif numbers != expected:
        problems.append(f"{label}: every line once, but out of order")
    text = "".join(line + "\n" for line in got)
    if text != reference_text:
        first = next((i for i, (a, b) in enumerate(zip(got, reference_text.splitlines())) if a != b), None)
        problems.append(f"{label}: output differs from the single-process run (first difference at output row {first})")
    errors = sum(1 for line in got if '"error":' in line and '"footprint":' not in line)
    print(f"{label}: {len(got)} rows back for {len(expected)} lines, {errors} error rows, "
          f"{'identical to' if text == reference_text else 'DIFFERENT from'} the single-process output")
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--catalog", required=True)
    ap.add_argument("--reference", required=True)
    ap.add_argument("--node", required=True)
    ap.add_argument("--bin", required=True)
    ap.add_argument("--partition-rows", type=int, default=3000)
    args = ap.parse_args()

    import dask
    import dask.bag as db
    from dask.distributed import Client, LocalCluster, as_completed, wait

    with open(args.catalog, encoding="utf-8") as f:
        lines = f.read().splitlines()
    with open(args.reference, encoding="utf-8") as f:
        reference_text = f.read()
    size = args.partition_rows
    parts = [(i, lines[i:i + size]) for i in range(0, len(lines), size)]
    print(f"catalog: {len(lines)} lines in {len(parts)} partitions of {size}; Dask {dask.__version__}")

    problems = []
    with tempfile.TemporaryDirectory(prefix="eco-dask-") as tmp, \
            LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                         silence_logs=40, local_directory=tmp) as cluster, \
            Client(cluster) as client:
        pids = client.run(os.getpid)
        print(f"cluster: {len(pids)} worker processes (pids {sorted(pids.values())}), 1 thread each")

        # 1. undisturbed, as docs/catalog.md shows it: a bag of partitions mapped through the CLI, flattened
        markers = os.path.join(tmp, "run1")
        os.mkdir(markers)
        t = time.time()
        bag = db.from_sequence(parts, npartitions=len(parts))
        out = bag.map(estimate_partition, node=args.node, bin_path=args.bin, markers=markers).flatten().compute()
        print(f"run 1: {time.time() - t:.1f} s (dask.bag)")
        problems += check("run 1 (two workers)", [out], parts, reference_text)
        del out

        # 2. one worker process killed mid-job
        markers = os.path.join(tmp, "run2")
        os.mkdir(markers)
        t = time.time()
        futures = client.map(estimate_partition, parts, node=args.node, bin_path=args.bin, markers=markers, pure=False)
        done = 0
        for _ in as_completed(futures):
            done += 1
            if done == max(2, len(parts) // 4):
                break
        # the worker holding the most finished results: killing it loses them and the partition it is running
        who = client.who_has(futures)
        held = {}
        for addrs in who.values():
            for a in addrs:
                held[a] = held.get(a, 0) + 1
        pids = client.run(os.getpid)
        victim = max(pids, key=lambda a: held.get(a, 0))
        victim_pid = pids[victim]
        running = client.processing().get(victim, ())
        os.kill(victim_pid, signal.SIGKILL)
        print(f"run 2: killed worker {victim} (pid {victim_pid}) after {done} of {len(parts)} partitions; "
              f"it held {held.get(victim, 0)} results and was running {len(running)} partition(s)")
        wait(futures)
        outputs = client.gather(futures)
        print(f"run 2: {time.time() - t:.1f} s; workers now {sorted(client.run(os.getpid).values())}")
        problems += check("run 2 (one worker killed mid-job)", outputs, parts, reference_text)
        starts = os.listdir(markers)
        by_pid = {}
        for m in starts:
            _, pid, _ = m.split("-")
            by_pid[int(pid)] = by_pid.get(int(pid), 0) + 1
        reruns = len(starts) - len(parts)
        print(f"run 2: {len(starts)} partition runs for {len(parts)} partitions ({reruns} reruns); "
              f"the killed worker had started {by_pid.get(victim_pid, 0)}")
        if by_pid.get(victim_pid, 0) == 0:
            problems.append("run 2: the killed worker had started no partition: the kill proved nothing")
        if reruns < 1:
            problems.append("run 2: no partition ran twice: Dask did not rerun the killed worker's work")

    if problems:
        print("\n".join(f"FAIL {p}" for p in problems))
        return 1
    print("PASS every row back exactly once and identical to the single-process output, with and without a worker killed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
