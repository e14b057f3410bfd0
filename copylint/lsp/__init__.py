"""copylint as a Language Server: diagnostics while writing, in any LSP editor.

``copylint lsp`` speaks the Language Server Protocol over stdin/stdout (pygls). It lints
the unsaved buffer, not the file on disk, debounced after each change; positions are
UTF-16 code units as the protocol requires; code actions apply suggestions and add a
word to the team's word list; configuration and word lists are reloaded when they
change. The modules:

- :mod:`copylint.lsp.documents`: the open buffers and how edits apply to them.
- :mod:`copylint.lsp.configs`: settings and linters per configuration file, reloaded on change.
- :mod:`copylint.lsp.diagnostics`: Issues as LSP diagnostics.
- :mod:`copylint.lsp.actions`: code actions (replace, add to word list).
- :mod:`copylint.lsp.wordlist`: adding a word to the accept list, atomically.
- :mod:`copylint.lsp.server`: the server: handlers, debouncing, publishing.
"""

#: Wait this long after the last change before linting. Linting a 1,000-word article takes
#: ~20 ms, so change-to-diagnostics stays under 150 ms (benchmarks/lsp_latency.py).
DEFAULT_DEBOUNCE_MS = 100
