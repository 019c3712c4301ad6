#!/usr/bin/python3
"""Scale `replylint qa` out with Dask: one task per shard, then `replylint qa-merge`.

    /usr/bin/python3 qa_dask.py export.jsonl --shards 8 --out-dir run/
    /usr/bin/python3 qa_dask.py part-*.jsonl --out-dir run/             # already sharded
    /usr/bin/python3 qa_dask.py export.jsonl --replylint "node dist/cli.js" --out-dir run/

A JSONL export (one pair or conversation per line) is cut into N shard files of consecutive lines,
byte for byte. A Dask cluster (a LocalCluster of worker processes, or --scheduler ADDRESS) runs
`replylint qa SHARD --workers 1` for each shard; `replylint qa-merge` then joins the shard
summaries, in shard order, into the summary a single run over the whole export gives.
In DIR: shard-NNNNN.jsonl (when split), shard-NNNNN.out.jsonl, shard-NNNNN.summary.json,
merged.summary.json (and merged.report.html with --report).

Exit: 0 done, 3 some input lines were bad (as `replylint qa`), 1 a shard or the merge failed, 2 usage.
Debian: apt-get install python3-distributed (it installs for /usr/bin/python3).
"""
import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys
import time


def split_lines(path, shards, out_dir):
    """Cuts a JSONL file into at most `shards` files of consecutive lines, bytes unchanged."""
    with open(path, "rb") as source:
        total = sum(1 for _ in source)
    shards = max(1, min(shards, total))
    paths = []
    with open(path, "rb") as source:
        for index in range(shards):
            # Shard i gets lines [i*total//shards, (i+1)*total//shards): sizes differ by one at most.
            count = (index + 1) * total // shards - index * total // shards
            shard = os.path.join(out_dir, f"shard-{index:05d}.jsonl")
            with open(shard, "wb") as target:
                for _ in range(count):
                    target.write(source.readline())
            paths.append(shard)
    return paths


def run_shard(command, cwd, shard, out, summary):
    """One Dask task: `replylint qa` over one shard. Exit 0 or 3 (some bad lines) is a finished shard."""
    started = time.perf_counter()
    result = subprocess.run(
        [*command, "qa", shard, "--workers", "1", "--no-progress", "--out", out, "--summary", summary],
        cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    return {"shard": shard, "code": result.returncode, "seconds": time.perf_counter() - started, "stderr": result.stderr}


def main():
    parser = argparse.ArgumentParser(description="Run replylint qa on the shards of an export with Dask, then qa-merge.")
    parser.add_argument("inputs", nargs="+", help="a JSONL export to split, or shard files (.jsonl or .csv) to run as they are")
    parser.add_argument("--out-dir", required=True, help="where shards, results and summaries go")
    parser.add_argument("--shards", type=int, default=os.cpu_count(), help="shards to cut one export into (default: cores)")
    parser.add_argument("--dask-workers", type=int, default=os.cpu_count(), help="LocalCluster worker processes (default: cores)")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler instead of a LocalCluster (files must be on shared storage)")
    parser.add_argument("--replylint", default="replylint", help='the CLI command (default: replylint on PATH; e.g. "node dist/cli.js")')
    parser.add_argument("--report", action="store_true", help="also write merged.report.html")
    args = parser.parse_args()

    command = shlex.split(args.replylint)
    if not command or shutil.which(command[0]) is None:
        parser.error(f'{command[0] if command else "--replylint"} is not on PATH: install replylint or pass --replylint "node dist/cli.js"')
    if args.shards < 1 or args.dask_workers < 1:
        parser.error("--shards and --dask-workers must be at least 1")
    os.makedirs(args.out_dir, exist_ok=True)
    cwd = os.getcwd()
    started = time.perf_counter()

    if len(args.inputs) == 1 and args.shards > 1:
        if args.inputs[0].lower().endswith((".csv", ".tsv")):
            parser.error("a CSV export is not cut by lines (quoted fields span lines): pass its shards, each with the header")
        shards = split_lines(args.inputs[0], args.shards, args.out_dir)
    else:
        shards = args.inputs
    names = [os.path.join(args.out_dir, f"shard-{index:05d}") for index in range(len(shards))]
    split_seconds = time.perf_counter() - started

    # Imported here so that --help and usage errors work without Dask.
    from distributed import Client, LocalCluster

    if args.scheduler:
        cluster, client = None, Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.dask_workers, processes=True, threads_per_worker=1, dashboard_address=None)
        client = Client(cluster)
    try:
        cluster_seconds = time.perf_counter() - started - split_seconds
        futures = client.map(
            run_shard, [command] * len(shards), [cwd] * len(shards), shards,
            [name + ".out.jsonl" for name in names], [name + ".summary.json" for name in names], pure=False,
        )
        results = client.gather(futures)  # in shard order
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    qa_seconds = time.perf_counter() - started - split_seconds - cluster_seconds

    failed = [result for result in results if result["code"] not in (0, 3)]
    for result in failed:
        sys.stderr.write(f"qa_dask: {result['shard']} failed (exit {result['code']}):\n{result['stderr']}")
    if failed:
        return 1
    for result in results:
        if result["code"] == 3:
            # The bad lines, numbered within the shard.
            sys.stderr.write(result["stderr"].split("replylint qa: ")[0])

    merged = os.path.join(args.out_dir, "merged.summary.json")
    merge = [*command, "qa-merge", *[name + ".summary.json" for name in names], "--out", merged]
    if args.report:
        merge += ["--report", os.path.join(args.out_dir, "merged.report.html")]
    result = subprocess.run(merge, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        sys.stderr.write(f"qa_dask: qa-merge failed (exit {result.returncode}):\n{result.stderr}")
        return 1

    with open(merged, encoding="utf-8") as file:
        lines = json.load(file)["lines"]
    seconds = time.perf_counter() - started
    merge_seconds = seconds - split_seconds - cluster_seconds - qa_seconds
    slowest = max(result["seconds"] for result in results)
    workers = args.scheduler or f"{args.dask_workers} Dask worker processes"
    print(
        f"qa_dask: {lines['read']} lines ({lines['linted']} linted, {lines['bad']} bad) in {len(shards)} shards on {workers}: "
        f"{seconds:.1f} s (split {split_seconds:.1f} s, cluster start {cluster_seconds:.1f} s, "
        f"qa {qa_seconds:.1f} s, slowest shard {slowest:.1f} s, merge {merge_seconds:.1f} s)\n"
        f"qa_dask: results {names[0]}.out.jsonl … in shard order, summary {merged}"
    )
    return 3 if any(result["code"] == 3 for result in results) else 0


if __name__ == "__main__":
    sys.exit(main())
