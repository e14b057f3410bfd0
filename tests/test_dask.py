"""The Dask example on a LocalCluster: same results as the per-file run, one linter per worker."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT
from copylint import Settings

dask = pytest.importorskip("dask", reason="the dask extra is not installed (pip install 'copylint[dask]')")
distributed = pytest.importorskip("distributed", reason="dask.distributed is not installed")

CORPUS = ROOT / "tests" / "corpus" / "wikinews"


def write_partitions(folder, parts=3):
    records = []
    for path in sorted((CORPUS / "news").glob("0*.txt")):
        headline, _, body = path.read_text(encoding="utf-8").partition("\n")
        records.append({"id": path.stem, "headline": headline, "body": body.lstrip("\n")})
    records.append({"id": "bad", "headline": "A headline for the test", "body": "The the troops left.\n"})
    folder.mkdir()
    for p in range(parts):
        with open(folder / f"part-{p}.jsonl", "w", encoding="utf-8") as fh:
            for r in records[p::parts]:
                fh.write(json.dumps(r) + "\n")
    return records


def test_example_script_matches_jsonl_mode(tmp_path):
    records = write_partitions(tmp_path / "archive")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    subprocess.run(
        [sys.executable, str(ROOT / "examples" / "dask_archive.py"), str(tmp_path / "archive" / "part-*.jsonl"),
         str(tmp_path / "results"), "--workers", "2"],
        check=True, cwd=tmp_path, env=env, timeout=300, capture_output=True,
    )
    got = {}
    parts = sorted((tmp_path / "results").glob("*.jsonl"))
    assert len(parts) == 3 and all(f.read_bytes().endswith(b"\n") for f in parts)  # whole lines
    joined = b"".join(f.read_bytes() for f in parts).decode()  # `cat part-*` gives one record a line
    for line in joined.splitlines():
        row = json.loads(line)
        got[row["id"]] = row
    data = "".join(json.dumps(r) + "\n" for r in records).encode()
    cli = subprocess.run([sys.executable, "-m", "copylint", "check", "--input-format", "jsonl", "--jobs", "1", "-"],
                         input=data, capture_output=True, cwd=tmp_path, timeout=120)
    expected = {json.loads(line)["id"]: json.loads(line) for line in cli.stdout.decode().splitlines()}
    assert got == expected
    assert got["bad"]["issues"][0]["rule"] == "style.repeated-word"


def test_one_linter_per_worker_process():
    from dask.distributed import Client, LocalCluster

    from copylint.api import get_linter

    def linter_identity(_):
        # tag the linter object itself: a rebuilt linter has no tag (ids may be reused)
        linter = get_linter(Settings())
        if not hasattr(linter, "probe_tag"):
            linter.probe_tag = os.urandom(8).hex()
        return os.getpid(), linter.probe_tag

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        seen = client.gather(client.map(linter_identity, range(40), pure=False))
    by_pid = {}
    for pid, ident in seen:
        by_pid.setdefault(pid, set()).add(ident)
    assert all(len(ids) == 1 for ids in by_pid.values())
