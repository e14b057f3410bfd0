"""Scale-out with Dask: lint a partitioned dataset of articles on a cluster.

Install with ``pip install "copylint[dask]"``. Each partition is a list of archive
records (``{"id", "headline", "body", "format"}``, as in ``--input-format jsonl``);
:func:`lint_partition` returns the same result records ``copylint check --input-format
jsonl`` writes. The linter is built once per worker process (``get_linter`` caches it per
configuration) and reused for every partition that worker runs.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from copylint.archive import lint_record, validate_record
from copylint.config import Settings
from copylint.escaping import json_safe


def lint_partition(records: Iterable[dict[str, Any]], settings: Settings | None = None) -> list[dict[str, Any]]:
    """Lint one partition of archive records; a bad record gives an ``error`` result."""
    settings = settings or Settings()
    out = []
    for record in records:
        problem = validate_record(record)
        if problem:
            out.append({"id": record.get("id") if isinstance(record, dict) else None, "error": problem})
        else:
            out.append(lint_record(settings, record))
    return out


def lint_bag(bag: Any, settings: Settings | None = None) -> Any:
    """A ``dask.bag.Bag`` of records -> a Bag of result records (lazy; call ``.compute()``)."""
    return bag.map_partitions(lint_partition, settings=settings or Settings())


def result_line(result: dict[str, Any]) -> str:
    """One result record as a line of JSON, as ``--input-format jsonl`` writes it (without
    the newline: write with :func:`to_textfiles`, which ends every line)."""
    return json_safe(json.dumps(result, ensure_ascii=False))


def to_textfiles(lines: Any, path: str) -> Any:
    """Write a Bag of lines, one file per partition, every line ending in a newline (the
    last one too: ``Bag.to_textfiles`` leaves it off by default, so ``cat part-*`` would
    join one part's last record and the next part's first)."""
    return lines.to_textfiles(path, last_endline=True)
