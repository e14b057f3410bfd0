"""House style as data: rule packs in YAML, validated, compiled once, run by
:class:`copylint.checks.house_style.HouseStyle`.

- :mod:`copylint.style.packs` finds packs; :mod:`copylint.style.loader` loads them;
- :mod:`copylint.style.schema` validates rule files (errors name file and line);
- :mod:`copylint.style.ruletypes` holds one module per rule type;
- :mod:`copylint.style.scopes`, :mod:`copylint.style.quotes` and
  :mod:`copylint.style.lexicon` are what the types share: where to look, what is quoted
  speech, and the one-pass matching of literal tokens;
- :mod:`copylint.style.needles` and :mod:`copylint.style.multiscan` are the one
  multi-pattern pass per document: the literal text every match of a pattern must hold,
  looked for for all rules at once, so each pattern runs only where it can match.
"""
