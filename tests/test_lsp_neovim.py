"""copylint's language server with a real editor: Neovim's built-in LSP client, headless.

Debian 12's Neovim (0.7) counts columns in bytes for its diagnostics and sends code-action
ranges in UTF-16; before the server matched overlapping diagnostics itself, fixes were
offered on ASCII lines only. `.ci/run` installs Neovim from Debian; without it this test
is skipped with a reason."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

NVIM = shutil.which("nvim")
CLIENT = Path(__file__).parent / "editors" / "neovim_client.lua"

ARTICLE = (
    "Storm hits coast\n"
    "\n"
    "R\u00e9sidents \U0001F3E0 said the the water rose fast in Caf\u00e9 Street.\n"
    "\n"
    "Officials said it it was the worst in years.\n"
)


@pytest.mark.skipif(NVIM is None, reason="Neovim is not installed (apt-get install neovim; .ci/run does)")
def test_neovim_gets_diagnostics_and_applies_fixes_on_non_ascii_lines(tmp_path: Path):
    article = tmp_path / "storm.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "seen.json"
    script = tmp_path / "run.vim"
    script.write_text(
        f"let g:copylint_python = {json.dumps(sys.executable)}\n"
        f"let g:copylint_file = {json.dumps(str(article))}\n"
        f"let g:copylint_out = {json.dumps(str(out))}\n"
        f"luafile {CLIENT}\n",
        encoding="utf-8",
    )
    env = dict(os.environ, HOME=str(tmp_path))  # no user configuration, no shada in the real home
    subprocess.run([NVIM, "--headless", "-u", "NONE", "-i", "NONE", "-S", str(script)],
                   cwd=tmp_path, env=env, timeout=180, check=True, capture_output=True)
    seen = json.loads(out.read_text(encoding="utf-8"))
    repeated = sorted((d["lnum"], d["col"], d["end_col"]) for d in seen["diagnostics"]
                      if d["code"] == "style.repeated-word")
    line = ARTICLE.split("\n")[2]
    start = len(line[: line.index("the the")].encode("utf-8"))  # Neovim shows byte columns
    assert repeated == [(2, start, start + len("the the")), (4, 15, 20)]
    # a fix was offered at the cursor on both lines, the non-ASCII one included, and applied
    assert sorted(a["lnum"] for a in seen["actions"] if a["titles"]) == [2, 4]
    assert article.read_text(encoding="utf-8") == ARTICLE.replace("the the", "the").replace("it it", "it")
