"""Spelling: the lexicon, names, dialect word lists, suggestions and the word-level logic
behind ``spelling.misspelling`` and ``spelling.dialect-mix``.

Importing this package is cheap; the lexicon is opened on first use
(:func:`copylint.spelling.store.load_lexicon`).
"""
