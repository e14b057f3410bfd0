"""Lint a partitioned archive of articles with Dask.

    python examples/dask_archive.py "archive/part-*.jsonl" results/ [--scheduler tcp://host:8786]

Each input file is a JSON-lines partition of records ``{"id", "headline", "body",
"format"}``; each output file holds the result lines, as ``copylint check
--input-format jsonl`` prints them. Without ``--scheduler`` a LocalCluster on this
machine is used; with it, the same code runs on a real cluster (every worker needs
``pip install "copylint[dask]"``).
"""

from __future__ import annotations

import argparse
import json

import dask.bag as db
from dask.distributed import Client, LocalCluster

from copylint.config import SettingsResolver
from copylint.dask import lint_bag, result_line, to_textfiles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", help="glob of JSON-lines partitions")
    parser.add_argument("output", help="folder for result partitions")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler")
    parser.add_argument("--workers", type=int, default=2, help="LocalCluster workers (no --scheduler)")
    opts = parser.parse_args()

    settings = SettingsResolver().for_file(opts.inputs.split("*")[0] or None)  # the archive's nearest config
    if opts.scheduler:
        client = Client(opts.scheduler)
    else:
        client = Client(LocalCluster(n_workers=opts.workers, threads_per_worker=1, processes=True))
    with client:
        records = db.read_text(opts.inputs).map(json.loads)
        results = lint_bag(records, settings).map(result_line)
        to_textfiles(results, f"{opts.output}/part-*.jsonl")  # whole lines: parts concatenate cleanly


if __name__ == "__main__":
    main()
